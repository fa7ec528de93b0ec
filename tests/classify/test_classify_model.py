"""The numpy linear model: vectoriser, probabilities, safe save/load round trip."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from dateline.classify.features import extract, normalise
from dateline.classify.model import LinearModel, Vectoriser, load_model, shipped_model


def tiny_model() -> LinearModel:
    features = ["w:bomb", "w:march", "cue:Grenade"]
    vectoriser = Vectoriser(features, np.ones(3, np.float32))
    coef = np.array([[2.0, -1.0], [-1.0, 2.0], [3.0, 0.0]], np.float32)  # features x labels
    return LinearModel(["Grenade", "Peaceful protest"], vectoriser, coef,
                       np.zeros(2, np.float32), temperature=1.0)


def test_vectoriser_rows_are_l2_normalised() -> None:
    rows = tiny_model().vectoriser.transform(["bomb march", "nothing known"])
    first = rows.values[rows.indptr[0] : rows.indptr[1]]
    assert np.isclose(np.linalg.norm(first), 1.0)
    assert rows.indptr[2] == rows.indptr[1]  # unknown words: empty row


def test_proba_follows_weights_and_handles_empty_rows() -> None:
    model = tiny_model()
    bomb, march, empty = model.proba(["a bomb", "a march", "zzz"])
    assert bomb[0] > 0.9 and march[1] > 0.9
    assert np.allclose(empty, [0.5, 0.5])  # no features: the intercepts decide


def test_temperature_softens_without_changing_the_ranking() -> None:
    model = tiny_model()
    sharp = model.proba(["a bomb"])[0]
    model.temperature = 4.0
    soft = model.proba(["a bomb"])[0]
    assert soft.argmax() == sharp.argmax() and soft.max() < sharp.max()


def test_save_load_round_trip_needs_no_pickle(tmp_path: Path) -> None:
    path = tmp_path / "m.npz"
    model = tiny_model()
    model.save(str(path))
    loaded = load_model(str(path))
    assert loaded.labels == model.labels
    assert np.allclose(loaded.proba(["a bomb march"]), model.proba(["a bomb march"]), atol=1e-3)
    with np.load(path, allow_pickle=False) as arrays:  # raises if anything needed pickle
        assert {"labels", "features", "idf", "coef", "intercept", "temperature"} <= set(arrays)


def test_shipped_model_covers_the_taxonomy() -> None:
    from dateline.taxonomy import NONE, sub_event_types

    model = shipped_model()
    assert set(model.labels) == {*sub_event_types(), NONE}
    assert model.coef.shape == (len(model.vectoriser.index), len(model.labels))


def test_features_fold_digits_and_add_cues() -> None:
    assert normalise("Killed 43 on 8 June") == "killed 0 on 0 june"
    feats = extract("A grenade killed 3")
    assert feats["w:grenade"] == 1 and feats["b:killed 0"] == 1
    assert feats["cue:Grenade"] == 1
    assert "c: gre" in feats
