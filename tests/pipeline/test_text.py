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
