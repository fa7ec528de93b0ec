"""The statistical half of the classifier: TF-IDF features -> multinomial logistic regression.

Stored as plain arrays in ``data/classifier/model.npz`` (loaded with ``allow_pickle=False``):
no pickle, so loading cannot run code and does not depend on the scikit-learn version that
trained it; inference is a sparse dot product in numpy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray

from dateline.classify.features import extract
from dateline.resources import data_path

MODEL_FILE = "classifier/model.npz"


@dataclass(frozen=True)
class SparseRows:
    """Rows of a CSR matrix: row i is ``indices/values[indptr[i]:indptr[i+1]]``."""

    indptr: NDArray[np.int64]
    indices: NDArray[np.int64]
    values: NDArray[np.float32]


class Vectoriser:
    """Feature strings -> L2-normalised sublinear TF-IDF rows over a fixed vocabulary."""

    def __init__(self, features: Sequence[str], idf: NDArray[np.float32]) -> None:
        self.index = {feature: i for i, feature in enumerate(features)}
        self.idf = idf

    def transform(self, texts: Sequence[str]) -> SparseRows:
        """One L2-normalised row per text; the arithmetic is done for the whole batch at once."""
        get = self.index.get
        lengths: list[int] = []
        found: list[int] = []
        counts: list[int] = []
        for text in texts:
            features = extract(text)
            found.extend([get(f, -1) for f in features])
            counts.extend(features.values())
            lengths.append(len(features))
        rows = np.repeat(np.arange(len(texts)), lengths)
        indices = np.asarray(found, np.int64)
        known = indices >= 0
        rows, indices = rows[known], indices[known]
        values = (1.0 + np.log(np.asarray(counts, np.float64)[known])) * self.idf[indices]
        norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=len(texts)))
        values = values / np.where(norms > 0, norms, 1.0)[rows]
        indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=len(texts)))])
        return SparseRows(indptr.astype(np.int64), indices, values.astype(np.float32))


class LinearModel:
    """Softmax over ``x @ coef + intercept``, scaled by a fitted temperature (calibration)."""

    def __init__(self, labels: Sequence[str], vectoriser: Vectoriser, coef: NDArray[np.float32],
                 intercept: NDArray[np.float32], temperature: float = 1.0) -> None:
        self.labels = tuple(labels)
        self.vectoriser = vectoriser
        self.coef = coef
        self.intercept = intercept
        self.temperature = temperature

    def proba(self, texts: Sequence[str]) -> NDArray[np.float64]:
        """Class probabilities, one row per text, columns in ``self.labels`` order."""
        rows = self.vectoriser.transform(texts)
        scores = np.tile(self.intercept.astype(np.float64), (len(texts), 1))
        if rows.indices.size:
            contrib = self.coef[rows.indices].astype(np.float64) * rows.values[:, None]
            lengths = np.diff(rows.indptr)
            nonempty = lengths > 0
            sums = np.add.reduceat(contrib, rows.indptr[:-1][nonempty], axis=0)
            scores[nonempty] += sums
        scores /= self.temperature
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def save(self, path: str) -> None:
        np.savez_compressed(
            path, labels=np.array(self.labels), features=np.array(list(self.vectoriser.index)),
            idf=self.vectoriser.idf.astype(np.float32), coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32), temperature=np.float32(self.temperature),
        )  # fmt: skip


def load_model(source: object) -> LinearModel:
    """A model from an ``.npz`` path or file object written by ``LinearModel.save``."""
    with np.load(source, allow_pickle=False) as arrays:  # type: ignore[arg-type]
        vectoriser = Vectoriser([str(f) for f in arrays["features"]], arrays["idf"])
        return LinearModel([str(x) for x in arrays["labels"]], vectoriser,
                           arrays["coef"].astype(np.float32), arrays["intercept"],
                           float(arrays["temperature"]))


@cache
def shipped_model() -> LinearModel:
    """The trained model shipped with the package (loaded once, on first use)."""
    with data_path(MODEL_FILE).open("rb") as fh:
        return load_model(fh)
