"""classify.frames (the frame model) and the "two votes" override in the events stage."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from dateline.classify import vote
from dateline.classify.classifier import Prediction
from dateline.classify.frames import (
    FRAME_MODEL_FILE,
    FrameModel,
    TermBlock,
    char_terms,
    load_frame_model,
    save_frame_model,
    shipped_frame_model,
    word_terms,
)
from dateline.model import Article
from dateline.pipeline import Pipeline
from dateline.pipeline.events import TWO_VOTES_FIELD, TYPING_KEY
from dateline.resources import data_path
from dateline.taxonomy import sub_event_types

PROBES = Path(__file__).parent / "data" / "frame_probes.tsv"
PROBE_FLOOR = 0.85  # first score of the table (before any change): 14/14
# Tricky tokenisation: apostrophes, hyphens, digits, accents, runs of spaces, tabs, newlines,
# one-letter words and words shorter than the n-gram sizes.
SAMPLES = (
    "Gunmen shot dead 4 villagers in Kaïdi's market  on  Tuesday.",
    "A\tsuicide-bomber\nhit an army post; 12 killed, I am told.",
    "Ｆｕｌｌ-width text, ÉLYSÉE, l'armée, x y z, Ü.",
    "",
    "   ",
)
ATTACK = "On Monday, gunmen shot dead three farmers in Tillaberi, residents said."


def _sklearn(block: TermBlock, analyzer: str, sizes: tuple[int, int]) -> TfidfVectorizer:
    """scikit-learn's vectoriser with the block's own vocabulary and IDF."""
    vectoriser = TfidfVectorizer(analyzer=analyzer, ngram_range=sizes, sublinear_tf=True,
                                 vocabulary={t: i for i, t in enumerate(block.terms)})
    vectoriser.fit(["x"])  # sets up the fixed vocabulary; the IDF is then the model's
    vectoriser.idf_ = block.idf
    return vectoriser


def _dense(block: TermBlock, texts: list[str]) -> np.ndarray:
    rows, columns, values = block.rows(texts)
    out = np.zeros((len(texts), len(block.terms)))
    out[rows, columns] = values
    return out


def test_the_shipped_model_loads_small_with_plain_arrays() -> None:
    model = shipped_frame_model()
    assert model is not None
    assert set(model.classes) <= set(sub_event_types()) and len(model.classes) >= 20
    assert model.coef.shape == (len(model.word.terms) + len(model.char.terms), len(model.classes))
    assert model.intercept.shape == (len(model.classes),)
    with data_path(FRAME_MODEL_FILE).open("rb") as handle:
        payload = handle.read()
    assert len(payload) < 3_000_000
    with np.load(io.BytesIO(payload), allow_pickle=False) as arrays:
        assert all(arrays[name].dtype != object for name in arrays.files)


@pytest.mark.parametrize(("name", "analyzer", "sizes"),
                         [("word", "word", (1, 2)), ("char", "char_wb", (2, 5))])
def test_features_are_scikit_learns(name: str, analyzer: str, sizes: tuple[int, int]) -> None:
    model = shipped_frame_model()
    assert model is not None
    block = getattr(model, name)
    texts = [*SAMPLES, *(t for _, t in _probes())]
    reference = _sklearn(block, analyzer, sizes).transform(texts).toarray()
    assert np.allclose(_dense(block, texts), reference, atol=1e-12)


def test_terms_follow_scikit_learns_analysers() -> None:
    assert word_terms("Gunmen shot a man") == ["gunmen", "shot", "man", "gunmen shot", "shot man"]
    # a word shorter than n is counted once, padded
    assert char_terms("I") == [" i", "i ", " i "]


def test_saving_is_byte_identical_and_round_trips(tmp_path: Path) -> None:
    model = shipped_frame_model()
    assert model is not None
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    save_frame_model(model, first)
    save_frame_model(model, second)
    assert first.read_bytes() == second.read_bytes()
    texts = [t for _, t in _probes()]
    assert np.array_equal(load_frame_model(first).scores(texts), model.scores(texts))


def _probes() -> list[tuple[str, str]]:
    lines = PROBES.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [(label, text) for label, text in rows]


def test_short_frames_of_new_wording_are_typed() -> None:
    model = shipped_frame_model()
    assert model is not None
    probes = _probes()
    best = model.best([text for _, text in probes])
    right = sum(b == label for b, (label, _) in zip(best, probes, strict=True))
    assert right / len(probes) >= PROBE_FLOOR


def test_two_votes_replace_only_a_rules_type_both_learners_name() -> None:
    assert vote.two_votes("Attack", "Armed clash") == "Armed clash"
    assert vote.two_votes("Attack", "Attack") is None
    assert vote.two_votes("Attack", None) is None
    assert vote.two_votes(None, "Armed clash") is None  # never types what the rules did not


def test_two_votes_keep_the_codebook_hierarchy() -> None:
    # remote violence inside a battle the rules read is the battle (DESIGN.md); outside a
    # battle the learners may still name it
    for battle in ("Armed clash", "Non-state actor overtakes territory"):
        assert vote.two_votes(battle, "Suicide bomb") is None
        assert vote.two_votes(battle, "Air/drone strike") is None
    assert vote.two_votes("Attack", "Air/drone strike") == "Air/drone strike"
    assert vote.two_votes("Armed clash", "Attack") == "Attack"


class _Says:
    """A stand-in frame model that names one type for every text."""

    def __init__(self, label: str) -> None:
        self.label = label

    def best(self, texts: list[str]) -> list[str]:
        return [self.label] * len(texts)


def _learners(monkeypatch: pytest.MonkeyPatch, framed: str, read: str) -> None:
    model: FrameModel | _Says = _Says(framed)
    monkeypatch.setattr(vote, "shipped_frame_model", lambda: model)
    monkeypatch.setattr(vote, "classify_texts",
                        lambda texts: [Prediction("x", read, 0.9) for _ in texts])


def test_agreed_types_need_both_learners(monkeypatch: pytest.MonkeyPatch) -> None:
    _learners(monkeypatch, "Armed clash", "Armed clash")
    assert vote.agreed_types(["a", "b"]) == ["Armed clash", "Armed clash"]
    _learners(monkeypatch, "Armed clash", "Attack")
    assert vote.agreed_types(["a"]) == [None]
    _learners(monkeypatch, "Armed clash", "NONE")
    assert vote.agreed_types(["a"]) == [None]


def _typed(monkeypatch: pytest.MonkeyPatch, framed: str, read: str) -> tuple[str, bool, bool]:
    """(sub-type, two-votes evidence shown, trace says two votes) of the ATTACK report."""
    _learners(monkeypatch, framed, read)
    doc = Pipeline()(Article("frame-vote", ATTACK, date(2024, 3, 5)))
    assert len(doc.events) == 1
    event = doc.events[0]
    shown = any(e.field == TWO_VOTES_FIELD and e.text == ATTACK[e.start : e.end]
                for e in event.evidence)
    return event.sub_event_type, shown, doc.extras[TYPING_KEY][event.event_id].two_votes


def test_the_override_needs_both_votes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(vote.FRAME_VOTE_SWITCH, raising=False)
    assert _typed(monkeypatch, "Attack", "Attack") == ("Attack", False, False)
    assert _typed(monkeypatch, "Armed clash", "Attack") == ("Attack", False, False)
    assert _typed(monkeypatch, "Attack", "Armed clash") == ("Attack", False, False)
    assert _typed(monkeypatch, "Armed clash", "Armed clash") == ("Armed clash", True, True)


def test_the_switch_turns_the_override_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(vote.FRAME_VOTE_SWITCH, "0")
    assert not vote.frame_vote_on()
    assert _typed(monkeypatch, "Armed clash", "Armed clash") == ("Attack", False, False)
    monkeypatch.setenv(vote.FRAME_VOTE_SWITCH, "1")
    assert vote.frame_vote_on()
