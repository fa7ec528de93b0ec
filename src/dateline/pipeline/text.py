"""Text stage: sentences and named entities from spaCy.

Only the components dateline needs run (ner, and a rule-based sentencizer that also breaks
at paragraph boundaries); the tagger, parser and lemmatizer are excluded, which is where most
of spaCy's time goes, and so is the shared tok2vec once nothing left listens to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import spacy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language

from dateline.model import Document, Entity, Span
from dateline.pipeline.base import Stage
from dateline.settings import get_settings

EXCLUDED = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


@Language.component("dateline_paragraphs")
def _paragraph_boundaries(doc: Any) -> Any:
    """A newline always ends a sentence: headlines and datelines have no full stop.

    Written back in one array: setting Token.is_sent_start checks the whole Doc for a parse
    each time, which made articles with many paragraphs quadratic."""
    columns = doc.to_array([IS_SPACE, SENT_START])
    starts = columns[:, 1].copy()
    for index in columns[:-1, 0].nonzero()[0].tolist():  # only white space holds a newline
        if "\n" in doc[index].text:
            starts[index + 1] = 1
    if len(doc) > 1:
        doc.from_array([SENT_START], starts)
    return doc


@cache
def load_nlp(model: str | None = None) -> Language:
    name = model or get_settings().spacy_model
    try:
        nlp = spacy.load(name, exclude=list(EXCLUDED))
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; install it or set DATELINE_SPACY_MODEL"
        ) from exc
    _drop_unheard_tok2vec(nlp)
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("dateline_paragraphs", after="sentencizer")
    return nlp


def _drop_unheard_tok2vec(nlp: Language) -> None:
    """The shared tok2vec feeds only the components that listen to it (the tagger and parser
    in the small English model, both excluded); its NER embeds a tok2vec of its own. Running
    it then is wasted time that changes no entity."""
    for name in ("tok2vec", "transformer"):
        if name in nlp.pipe_names and not getattr(nlp.get_pipe(name), "listening_components", 1):
            nlp.remove_pipe(name)


class TextStage(Stage):
    name = "text"
    requires = ("article.text",)
    assigns = ("sentences", "entities")

    def __init__(self, model: str | None = None) -> None:
        self.model = model

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document], batch_size: int = 32) -> Iterator[Document]:
        docs = list(docs)
        nlp = load_nlp(self.model)
        for doc, parsed in zip(
            docs, nlp.pipe((d.text for d in docs), batch_size=batch_size), strict=True
        ):
            fill_from_spacy(doc, parsed)
            yield doc


def fill_from_spacy(doc: Document, parsed: Any) -> None:
    text = doc.text  # what spaCy read; slicing it is cheaper than joining a span's tokens
    doc.sentences = [
        _trimmed(doc, s.start_char, s.end_char)
        for s in parsed.sents
        if not text[s.start_char : s.end_char].isspace() and s.end_char > s.start_char
    ]
    doc.entities = [
        Entity(Span(e.start_char, e.end_char, text[e.start_char : e.end_char]), e.label_)
        for e in parsed.ents
    ]
    doc.extras["spacy"] = parsed


def _trimmed(doc: Document, start: int, end: int) -> Span:
    """The span without its leading and trailing white space."""
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return doc.span(start, end)
