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


def _doc(text: str):  # type: ignore[no-untyped-def]
    from dateline.model import Document

    return Document(Article("t", text))
