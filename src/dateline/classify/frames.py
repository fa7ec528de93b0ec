"""The frame model: a linear model of the sub-event type learned from the pipeline's own frames.

Trained by ``training/train_frame_model.py`` on the whole text of the frames the events stage
built for gold-matched events of the development corpus (docs/classifier.md, last section).
Features reproduce scikit-learn's ``TfidfVectorizer`` exactly: word 1-2 grams
(``(?u)\\b\\w\\w+\\b`` tokens of the lower-cased text) and, separately, ``char_wb`` 2-5 grams
(space-padded words), each block sublinear TF-IDF, L2-normalised on its own. The model is a
linear SVM's weights: the best type is the argmax of ``x @ coef + intercept``.

Stored in ``data/classifier/frame_model.npz`` as plain arrays (loaded with
``allow_pickle=False``): inference needs numpy only, never scikit-learn, and loading cannot
run code. ``save_frame_model`` writes the archive byte for byte the same for the same arrays
(fixed zip timestamps), so a retrain on the same inputs gives an identical file.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import csr_matrix

from dateline.resources import data_path

FRAME_MODEL_FILE = "classifier/frame_model.npz"
# the same recipe trained also on the typing probe sentences (our own wording): the learner of
# the opt-in gated mode (classify.gate, DATELINE_FRAME_VOTE=gate; docs/classifier.md)
PROBE_MODEL_FILE = "classifier/frame_model_probes.npz"
WORD_SIZES = (1, 2)
CHAR_SIZES = (2, 5)
# scikit-learn's default token pattern and char_wb's whitespace folding, verbatim
WORD_TOKEN = re.compile(r"(?u)\b\w\w+\b")
WHITE_SPACES = re.compile(r"\s\s+")
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed member timestamps: same arrays -> same bytes


def word_terms(text: str) -> list[str]:
    """Word unigrams then bigrams of the lower-cased text (``analyzer="word"``)."""
    tokens = WORD_TOKEN.findall(text.lower())
    low, high = WORD_SIZES
    return [" ".join(tokens[i : i + n]) for n in range(low, high + 1)
            for i in range(len(tokens) - n + 1)]  # fmt: skip


def char_terms(text: str) -> list[str]:
    """Character n-grams inside space-padded words (``analyzer="char_wb"``); a word shorter
    than n is counted once, as scikit-learn does."""
    grams: list[str] = []
    low, high = CHAR_SIZES
    for word in WHITE_SPACES.sub(" ", text.lower()).split():
        padded = f" {word} "
        for n in range(low, high + 1):
            grams.extend(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
            if len(padded) <= n:
                break
    return grams


@dataclass
class TermBlock:
    """One TF-IDF block: a vocabulary (term -> column) and its IDF weights."""

    terms: tuple[str, ...]
    idf: NDArray[np.float64]
    analyse: Callable[[str], list[str]]
    index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.index = {term: i for i, term in enumerate(self.terms)}

    def rows(self, texts: Sequence[str]) -> tuple[list[int], list[int], NDArray[np.float64]]:
        """(row, column, value) of the L2-normalised sublinear TF-IDF entries of ``texts``."""
        index = self.index
        rows: list[int] = []
        columns: list[int] = []
        counts: list[int] = []
        for n, text in enumerate(texts):
            for term, count in Counter(self.analyse(text)).items():
                column = index.get(term)
                if column is not None:
                    rows.append(n)
                    columns.append(column)
                    counts.append(count)
        tf = 1.0 + np.log(np.asarray(counts, np.float64))  # sublinear term frequency
        values: NDArray[np.float64] = tf * self.idf[np.asarray(columns, np.int64)]
        at = np.asarray(rows, np.int64)
        norms = np.sqrt(np.bincount(at, weights=values * values, minlength=len(texts)))
        return rows, columns, values / np.where(norms > 0, norms, 1.0)[at]


@dataclass(frozen=True)
class FrameModel:
    """Word and char TF-IDF blocks side by side -> linear scores per sub-event type."""

    classes: tuple[str, ...]
    word: TermBlock
    char: TermBlock
    coef: NDArray[np.float64]  # (word terms + char terms) x classes (stored as float16)
    intercept: NDArray[np.float64]

    def scores(self, texts: Sequence[str]) -> NDArray[np.float64]:
        """Decision values, one row per text, columns in ``classes`` order."""
        rows: list[int] = []
        columns: list[int] = []
        parts = []
        offset = 0
        for block in (self.word, self.char):
            at, found, values = block.rows(texts)
            rows += at
            columns += [c + offset for c in found]
            parts.append(values)
            offset += len(block.terms)
        features = csr_matrix((np.concatenate(parts), (rows, columns)), shape=(len(texts), offset))
        return np.asarray(features @ self.coef) + self.intercept

    def best(self, texts: Sequence[str]) -> list[str]:
        """The best sub-event type for each frame text."""
        if not texts:
            return []
        return [self.classes[i] for i in self.scores(texts).argmax(axis=1)]

    def ranked(self, texts: Sequence[str], top: int) -> list[tuple[str, ...]]:
        """The ``top`` best sub-event types for each frame text, best first (ties: class
        order, as ``best``)."""
        if not texts:
            return []
        order = np.argsort(-self.scores(texts), axis=1, kind="stable")[:, :top]
        return [tuple(self.classes[i] for i in row) for row in order]


def frame_model_arrays(model: FrameModel) -> dict[str, NDArray[np.generic]]:
    """The plain arrays an archive holds (what ``load_frame_model`` reads back)."""
    return {
        "classes": np.array(model.classes), "word_terms": np.array(model.word.terms),
        "word_idf": model.word.idf.astype(np.float64), "char_terms": np.array(model.char.terms),
        "char_idf": model.char.idf.astype(np.float64), "coef": model.coef.astype(np.float16),
        "intercept": model.intercept.astype(np.float64),
    }  # fmt: skip


def save_frame_model(model: FrameModel, path: Path) -> None:
    """Write the model as an ``.npz`` archive, byte-identical for identical arrays."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, array in frame_model_arrays(model).items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
            member = zipfile.ZipInfo(f"{name}.npy", date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(member, buffer.getvalue(), compresslevel=9)


def load_frame_model(source: object) -> FrameModel:
    """A model from an ``.npz`` path or binary file object written by ``save_frame_model``."""
    with np.load(source, allow_pickle=False) as arrays:  # type: ignore[arg-type]
        word = TermBlock(tuple(str(t) for t in arrays["word_terms"]), arrays["word_idf"],
                         word_terms)
        char = TermBlock(tuple(str(t) for t in arrays["char_terms"]), arrays["char_idf"],
                         char_terms)
        return FrameModel(tuple(str(c) for c in arrays["classes"]), word, char,
                          arrays["coef"].astype(np.float64), arrays["intercept"])


@cache
def _shipped_frame_archive(name: str) -> FrameModel | None:
    """A model shipped under ``data/`` (loaded once), or None if it is not there."""
    resource = data_path(name)
    if not resource.is_file():
        return None
    with resource.open("rb") as handle:
        return load_frame_model(handle)


def shipped_frame_model() -> FrameModel | None:
    """The frame model of two votes (dev frames only), or None if it is not shipped."""
    return _shipped_frame_archive(FRAME_MODEL_FILE)


def shipped_probe_model() -> FrameModel | None:
    """The frame model of the gated mode (dev frames + probes), or None if not shipped."""
    return _shipped_frame_archive(PROBE_MODEL_FILE)
