from dateline.model import Article
from dateline.pipeline.text import TextStage


def test_sentences_break_at_newlines_and_are_trimmed() -> None:
    text = "Blast hits Kabul\n\nA bomb exploded in Kabul on Monday. Two people died.\n"
    doc = TextStage()(_doc(text))
    assert [s.text for s in doc.sentences] == [
        "Blast hits Kabul", "A bomb exploded in Kabul on Monday.", "Two people died."
    ]  # fmt: skip
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_entities_carry_offsets() -> None:
    text = "Police arrested 12 people in Nairobi on Tuesday."
    doc = TextStage()(_doc(text))
    labels = {e.span.text: e.label for e in doc.entities}
    assert labels.get("Nairobi") == "GPE" and labels.get("Tuesday") == "DATE"
    for entity in doc.entities:
        assert text[entity.span.start : entity.span.end] == entity.span.text


def test_only_components_that_feed_entities_run() -> None:
    """The shared tok2vec is dropped when nothing left listens to it; NER output is the same."""
    import spacy

    from dateline.pipeline.text import EXCLUDED, load_nlp
    from dateline.settings import get_settings

    nlp = load_nlp()
    assert "ner" in nlp.pipe_names
    for name in nlp.pipe_names:
        assert getattr(nlp.get_pipe(name), "listening_components", ["someone"])
    with_tok2vec = spacy.load(get_settings().spacy_model, exclude=list(EXCLUDED))
    text = "Gunmen killed 12 people in Maiduguri, Borno State, on Friday, the army said."
    ents = [(e.start_char, e.end_char, e.label_) for e in with_tok2vec(text).ents]
    assert [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents] == ents


def _doc(text: str):  # type: ignore[no-untyped-def]
    from dateline.model import Document

    return Document(Article("t", text))


# Probe texts in several registers: wire, analyst notes, headlines, translated local news,
# paragraph breaks inside would-be names, white-space tokens, and texts of one token or none.
PROBES = [
    "Gunmen killed 12 people in Maiduguri, Borno State, on Friday, the army said.",
    "On 3 March 2024, Fulani militia attacked Ngbo village in Ohaukwu LGA (Ebonyi). 5 killed.",
    "KABUL (Reuters) - A suicide bomber struck a Shi'ite mosque in western Kabul on Tuesday.",
    "Protesters gathered outside the Ministry of Interior in Tbilisi\n\nPolice used tear gas.",
    "Hay'at Tahrir al-Sham shelled positions of the Syrian Arab Army near Saraqib, Idlib.",
    "Les forces de défense et de sécurité (FDS) ont repoussé une attaque à Djibo, Burkina Faso.",
    "Al-Shabaab   fighters  stormed a hotel in Mogadishu's Lido beach area late on Friday night.",
    "The U.N. Security Council met in New York; Russia and the United States disagreed.",
    "Rebels of the M23 seized Bunagana, near the Ugandan border, on June 13, 2022 at 4 a.m.",
    "Myanmar\njunta airstrike hits\nSagaing village",
    "Kenya",
    "",
    " \n ",
]


def test_entity_decoder_matches_spacys_own_decoding() -> None:
    """The numpy decoder sets exactly the entity annotation spaCy's NER sets, token by token."""
    from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE

    from dateline.pipeline.text import entity_decoder, load_nlp, parse

    assert entity_decoder() is not None  # the installed model is one it decodes
    texts = PROBES * 3  # several batches and sub-batches, docs of different lengths
    attrs = [ENT_IOB, ENT_TYPE, ENT_KB_ID]
    ours = list(parse(texts, batch_size=8))
    spacys = list(load_nlp().pipe(texts, batch_size=8))
    assert sum(len(d.ents) for d in spacys) > 30
    for mine, theirs in zip(ours, spacys, strict=True):
        assert mine.text == theirs.text
        assert (mine.to_array(attrs) == theirs.to_array(attrs)).all()
        assert [(e.start, e.end, e.label_) for e in mine.ents] == [
            (e.start, e.end, e.label_) for e in theirs.ents
        ]


def test_entity_decoder_leaves_preset_entities_to_spacy() -> None:
    """Docs that arrive with entities already set (an entity ruler before the NER) take
    spaCy's own decoder, which honours them."""
    from spacy.tokens import Span as SpacySpan

    from dateline.pipeline.text import entity_decoder, load_nlp

    nlp, decoder = load_nlp(), entity_decoder()
    assert decoder is not None
    text = "Fighters of the Wagner Group entered Bamako on Monday."
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(text)
    doc.set_ents([SpacySpan(doc, 3, 5, label="PERSON")], default="missing")
    expected = nlp.get_pipe("ner")(doc.copy())
    decoder.annotate([doc])
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [
        (e.start, e.end, e.label_) for e in expected.ents
    ]
    assert any(e.label_ == "PERSON" and e.text == "Wagner Group" for e in doc.ents)


def test_entity_decoder_declines_models_it_does_not_reimplement() -> None:
    from dateline.pipeline.text import GreedyEntityDecoder, load_nlp

    ner = load_nlp().get_pipe("ner")
    assert GreedyEntityDecoder.supports(ner)
    assert not GreedyEntityDecoder.supports(load_nlp().get_pipe("sentencizer"))
    beam = ner.cfg["beam_width"]
    try:
        ner.cfg["beam_width"] = 4  # beam search is spaCy's to run
        assert not GreedyEntityDecoder.supports(ner)
    finally:
        ner.cfg["beam_width"] = beam


def test_entity_decoder_self_check_catches_a_decoder_that_disagrees() -> None:
    """Loaded with a spaCy whose decoding differed, the decoder would not be used."""
    from dateline.pipeline.text import GreedyEntityDecoder, load_nlp

    nlp = load_nlp()
    decoder = GreedyEntityDecoder(nlp.get_pipe("ner"))
    assert decoder.agrees_with_spacy(nlp)
    decoder.out = decoder.out | True  # as if every action were Out: no entity at all
    assert not decoder.agrees_with_spacy(nlp)
