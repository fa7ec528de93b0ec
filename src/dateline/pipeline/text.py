"""Text stage: sentences and named entities from spaCy.

Only the components dateline needs run (ner, and a rule-based sentencizer that also breaks
at paragraph boundaries); the tagger, parser and lemmatizer are excluded, which is where most
of spaCy's time goes, and so is the shared tok2vec once nothing left listens to it. The NER's
network runs as spaCy runs it, but its greedy decoding is done by ``GreedyEntityDecoder``
(same arithmetic, same entities, a third of the time).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import numpy
import spacy
from blis.py import gemm as blis_gemm
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Span as SpacySpan
from spacy.util import minibatch

from dateline.model import Document, Entity, Span
from dateline.pipeline.base import Stage
from dateline.settings import get_settings

TokenSpans = list[tuple[int, int, int]]  # (start token, end token, label id) per entity
# Read by both entity decoders when the model loads (multi-token entities, a paragraph break)
SELF_CHECK_TEXT = (
    "UN envoy Martin Griffiths met Houthi leaders in Sanaa on 12 June 2018.\n"
    "Gunmen killed 12 people in Maiduguri, Borno State, on Friday, the army said."
)
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


class SpacyModelMissing(RuntimeError):
    """The spaCy model named by the settings (or the caller) is not installed: no article
    can be read, so callers stop with this one line instead of failing every article."""


def load_nlp(model: str | None = None) -> Language:
    """The spaCy pipeline of ``model`` (default: the settings'), loaded once per process."""
    return _load_nlp(model or get_settings().spacy_model)


@cache  # keyed by the resolved name: load_nlp() and load_nlp(None) share one pipeline
def _load_nlp(name: str) -> Language:
    try:
        nlp = spacy.load(name, exclude=list(EXCLUDED))
    except OSError as exc:
        raise SpacyModelMissing(
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
        parsed_docs = parse((d.text for d in docs), self.model, batch_size)
        for doc, parsed in zip(docs, parsed_docs, strict=True):
            fill_from_spacy(doc, parsed)
            yield doc


def parse(texts: Iterable[str], model: str | None = None, batch_size: int = 32) -> Iterator[Any]:
    """spaCy Docs of ``texts`` as ``load_nlp(model).pipe`` makes them (same sentences, same
    entities), with the entity decoding done by ``GreedyEntityDecoder`` where it applies."""
    nlp = load_nlp(model)
    decoder = entity_decoder(model)
    if decoder is None:
        return nlp.pipe(texts, batch_size=batch_size)
    return decoder.pipe(nlp.pipe(texts, batch_size=batch_size, disable=["ner"]), batch_size)


def entity_decoder(model: str | None = None) -> GreedyEntityDecoder | None:
    """The decoder for the model's NER, or None when spaCy's own must run (another kind of
    model, or components after the NER that would then see no entities)."""
    return _entity_decoder(model or get_settings().spacy_model)


@cache
def _entity_decoder(name: str) -> GreedyEntityDecoder | None:
    nlp = _load_nlp(name)
    if not nlp.pipe_names or nlp.pipe_names[-1] != "ner":
        return None
    ner = nlp.get_pipe("ner")
    if not GreedyEntityDecoder.supports(ner):
        return None
    decoder = GreedyEntityDecoder(ner)
    return decoder if decoder.agrees_with_spacy(nlp) else None


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



class GreedyEntityDecoder:
    """spaCy's greedy BILUO decoding of its NER (``Parser.greedy_parse``), re-done in numpy.

    spaCy 3.8's compiled decoder takes and drops the GIL in every state lookup of every
    candidate action (74 per token): most of its time goes to that locking. The arithmetic
    here is the same, step for step (the three features summed in spaCy's order, its maxout
    tie rule, the same BLIS gemm for the scores, the first best valid action), so the
    entities are the same. A state with no open entity has features that depend on its token
    alone, so those scores come from one gemm over all tokens; only the I/L decisions inside
    an entity take a step each."""

    def __init__(self, ner: Any) -> None:
        self.ner = ner
        self.tok2vec, self.lower, upper = ner.model.layers
        self.bias = self.lower.get_param("b")  # (hidden, pieces)
        self.weights = upper.get_param("W")  # (classes, hidden)
        self.class_bias = upper.get_param("b")
        moves = [_move(ner.moves.get_class_name(i)) for i in range(ner.moves.n_moves)]
        self.labels = [ner.vocab.strings.add(label) if label else 0 for _, label in moves]
        kinds = numpy.array([kind for kind, _ in moves])
        labelled = numpy.array([label != 0 for label in self.labels])
        # the actions open to a state with no open entity: Begin, Unit (with a label), Out
        self.begin = (kinds == "B") & labelled
        self.unit = (kinds == "U") & labelled
        self.out = kinds == "O"
        self.opens = [kind == "B" for kind, _ in moves]  # else a Unit (an Out is never walked)
        # per Begin action: the In and Last actions of its label (-1 for none)
        actions = list(enumerate(zip([kind for kind, _ in moves], self.labels, strict=True)))
        inside = {label: i for i, (kind, label) in actions if kind == "I"}
        last = {label: i for i, (kind, label) in actions if kind == "L"}
        self.inside_of = numpy.array([inside.get(label, -1) for label in self.labels])
        self.last_of = numpy.array([last.get(label, -1) for label in self.labels])

    @staticmethod
    def supports(ner: Any) -> bool:
        """Only the configuration whose decoding is re-done here; for others spaCy's runs."""
        from spacy.pipeline import EntityRecognizer
        from thinc.api import NumpyOps

        try:
            model = ner.model
            shape_ok = (
                [layer.name for layer in model.layers[1:]] == ["precomputable_affine", "linear"]
                and model.layers[1].get_dim("nF") == 3 and model.layers[1].get_dim("nP") == 2
            )
            config_ok = (
                isinstance(ner, EntityRecognizer) and ner.cfg.get("beam_width") == 1
                and model.attrs["has_upper"] and not model.attrs["unseen_classes"]
                and not ner.postprocesses and type(model.ops) is NumpyOps and model.ops.use_blis
            )
            moves = [_move(ner.moves.get_class_name(i)) for i in range(ner.moves.n_moves)]
        except (AttributeError, KeyError, IndexError, ValueError):
            return False
        kinds = {kind for kind, _ in moves}
        closable = {label for kind, label in moves if kind == "B"} <= {
            label for kind, label in moves if kind == "L"
        }
        return shape_ok and config_ok and kinds <= {"B", "I", "L", "U", "O"} and closable

    def agrees_with_spacy(self, nlp: Language) -> bool:
        """A check at load time, should another spaCy version decode differently: both
        decoders read a short report (a few ms); any difference leaves the NER to spaCy."""
        theirs = nlp(SELF_CHECK_TEXT)
        ours = next(self.pipe(nlp.pipe([SELF_CHECK_TEXT], disable=["ner"]), batch_size=1))
        spans = [[(e.start, e.end, e.label) for e in doc.ents] for doc in (ours, theirs)]
        return spans[0] == spans[1] and bool(spans[0])

    def pipe(self, docs: Iterable[Any], batch_size: int) -> Iterator[Any]:
        """The docs with their entities set, in the sub-batches ``Parser.pipe`` would use."""
        for batch in minibatch(docs, size=batch_size):
            by_length = sorted(batch, key=len)
            for sub in minibatch(by_length, size=max(batch_size // 4, 2)):
                self.annotate(list(sub))
            yield from batch

    def annotate(self, docs: list[Any]) -> None:
        columns = [doc.to_array([ENT_IOB, IS_SPACE, SENT_START]) for doc in docs]
        spans = None
        if not any(column[:, 0].any() for column in columns):  # no preset entities
            spans = self.decode(docs, columns)
        if spans is None:  # preset entities or a non-finite score: spaCy's own decoder
            self.ner.set_annotations(docs, self.ner.predict(docs))
            return
        for doc, found in zip(docs, spans, strict=True):
            doc.set_ents([SpacySpan(doc, s, e, label=lab) for s, e, lab in found])

    def decode(self, docs: list[Any], columns: list[Any]) -> list[TokenSpans] | None:
        """(start, end, label) token spans per doc, None if a score is not finite."""
        if not any(len(doc) for doc in docs):
            return [[] for _ in docs]
        # (tokens + 1, 3 features, hidden, pieces); row 0 is the padding for absent tokens
        cached = self.lower.predict(self.tok2vec.predict(docs))
        space = numpy.concatenate([c[:, 1] for c in columns]).astype(bool)
        # may the entity go on to the next token? (not past the doc or a sentence start)
        goes_on = numpy.concatenate([_goes_on(c[:, 2]) for c in columns])
        choices = self._closed_choices(cached, space, goes_on)
        ends = None if choices is None else self._entity_ends(cached, choices, goes_on)
        if choices is None or ends is None:
            return None
        spans, offset = [], 0
        for doc in docs:
            spans.append(self._walk(choices, ends, offset, len(doc)))
            offset += len(doc)
        return spans

    def _closed_choices(self, cached: Any, space: Any, goes_on: Any) -> Any:
        """The action of every token's state when no entity is open (its features: the
        token, then two absent ones)."""
        summed = numpy.zeros((cached.shape[0] - 1, *cached.shape[2:]), dtype="f")
        summed += cached[1:, 0]
        summed += cached[0, 1]
        summed += cached[0, 2]
        scores = self._scores(summed)
        if not numpy.isfinite(scores).all():
            return None
        valid = (self.out | (self.begin & (goes_on & ~space)[:, None])
                 | (self.unit & ~space[:, None]))
        return numpy.where(valid, scores, -numpy.inf).argmax(axis=1)

    def _scores(self, summed: Any) -> Any:
        """Action scores of states from their summed features (states, hidden, pieces)."""
        summed += self.bias
        first, second = summed[..., 0], summed[..., 1]
        hidden = numpy.where(first > second, first, second)  # spaCy's maxout picks the 2nd on ties
        scores = blis_gemm(numpy.ascontiguousarray(hidden), self.weights, trans2=True, beta=0.0)
        scores += self.class_bias
        return scores

    def _entity_ends(self, cached: Any, choices: Any, goes_on: Any) -> Any:
        """Per token whose closed state would Begin an entity: the token after the entity,
        stepped In or Last token by token (features: the token, the entity's first token,
        the token before), all such entities at once. None on a non-finite score."""
        ends = numpy.full(len(choices), -1)
        starts = numpy.flatnonzero(self.begin[choices])
        inside, last = self.inside_of[choices[starts]], self.last_of[choices[starts]]
        tokens, active = starts + 1, numpy.arange(len(starts))
        while active.size:
            token, rows = tokens[active], numpy.arange(active.size)
            summed = numpy.zeros((active.size, *cached.shape[2:]), dtype="f")
            summed += cached[token + 1, 0]
            summed += cached[starts[active] + 1, 1]
            summed += cached[token, 2]
            scores = self._scores(summed)
            may_go_in = goes_on[token] & (inside[active] >= 0)
            in_score, last_score = scores[rows, inside[active]], scores[rows, last[active]]
            if not (numpy.isfinite(last_score).all() and numpy.isfinite(in_score[may_go_in]).all()):
                return None
            # the first of the best valid actions, as spaCy's arg_max_if_valid takes it
            goes_in = may_go_in & numpy.where(
                inside[active] < last[active], in_score >= last_score, in_score > last_score
            )
            ends[starts[active[~goes_in]]] = token[~goes_in] + 1
            tokens[active[goes_in]] += 1
            active = active[goes_in]
        return ends

    def _walk(self, choices: Any, ends: Any, offset: int, length: int) -> TokenSpans:
        """One doc's entities: its tokens left to right, each entity to its end."""
        found: TokenSpans = []
        position = 0
        for start in numpy.flatnonzero(~self.out[choices[offset : offset + length]]).tolist():
            if start < position:
                continue  # inside the entity before
            action = int(choices[offset + start])
            end = int(ends[offset + start]) - offset if self.opens[action] else start + 1
            found.append((start, end, self.labels[action]))
            position = end
        return found


def _move(name: str) -> tuple[str, str]:
    """A transition's kind and label from its name ("B-GPE", "U-", "O")."""
    kind, _, label = name.partition("-")
    return kind, label


def _goes_on(sent_starts: Any) -> Any:
    """Per token: a next token exists in the doc and does not start a sentence."""
    nxt = numpy.zeros(len(sent_starts), dtype=bool)
    nxt[:-1] = sent_starts[1:] != 1
    return nxt
