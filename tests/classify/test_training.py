"""The training scripts run end to end on a small subset and are deterministic."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import numpy as np

from dateline.classify import classify_texts
from dateline.classify.model import load_model

ROOT = Path(__file__).resolve().parents[2]


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "training" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    return module


def test_generator_is_deterministic_and_varied() -> None:
    generator = load_script("generate_corpus")
    first, second = generator.generate(per_core=1), generator.generate(per_core=1)
    assert first == second
    assert len(generator.load_countries()) >= 40
    assert {r["register"] for r in first} == {"note", "wire", "feature", "headline", "local"}


def test_train_script_with_limit(tmp_path: Path) -> None:
    out = tmp_path / "model.npz"
    subprocess.run(
        [sys.executable, str(ROOT / "training" / "train_classifier.py"),
         "--limit", "400", "--out", str(out), "--no-report"],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    model = load_model(str(out))
    assert len(model.labels) >= 20  # a 400-row sample still covers most of the taxonomy
    [prediction] = classify_texts(["Warplanes bombed the town, killing six."], model)
    assert prediction.sub_event_type == "Air/drone strike"


def _toy_frames() -> tuple[list[str], list[str]]:
    """Nine clashes, four protests and two air strikes in our own words: an imbalanced toy
    training set (three types: the model is one-vs-rest, as on the corpus)."""
    clashes = [f"Soldiers and {group} militants exchanged fire near {town}, killing {n}."
               for group, town, n in zip(("JNIM", "ISWAP", "Shabaab", "ADF", "ELN", "NPA",
                                          "Ansaru", "CODECO", "TTP"),
                                         ("Djibo", "Monguno", "Afgooye", "Beni", "Arauca",
                                          "Samar", "Birnin Gwari", "Djugu", "Bannu"),
                                         range(2, 11), strict=True)]
    strikes = ["Warplanes bombed a market in Idlib, killing six.",
               "A drone strike hit a car near Marib, killing two."]
    protests = [f"Hundreds of {who} marched peacefully in {town} to demand {what}."
                for who, town, what in (("teachers", "Lilongwe", "unpaid wages"),
                                        ("farmers", "Ludhiana", "higher prices"),
                                        ("students", "Dhaka", "fair exams"),
                                        ("nurses", "Nairobi", "new contracts"))]
    labels = ["Armed clash"] * 9 + ["Air/drone strike"] * 2 + ["Peaceful protest"] * 4
    return clashes + strikes + protests, labels


def test_frame_model_recipe_is_deterministic_and_class_weight_is_opt_in() -> None:
    trainer = load_script("train_frame_model")
    texts, labels = _toy_frames()
    plain = trainer.fit_frame_model(texts, labels)
    again = trainer.fit_frame_model(texts, labels, class_weight=None)
    balanced = trainer.fit_frame_model(texts, labels, class_weight="balanced")
    assert np.array_equal(plain.coef, again.coef) and plain.classes == balanced.classes
    strike = plain.classes.index("Air/drone strike")
    rare = [t for t, label in zip(texts, labels, strict=True) if label == "Air/drone strike"]
    # balanced weights (round 5's A3) push the rare type's own texts further towards it
    assert balanced.scores(rare)[:, strike].mean() > plain.scores(rare)[:, strike].mean()
    assert plain.best(["Jets bombed a village near Hama, killing four."]) == ["Air/drone strike"]
