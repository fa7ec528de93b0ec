"""Deduplication through the real store on what the NLP pipeline extracted (not on the records
it should produce): a snapshot of its event records for every test article
(``corpus/dedup/extracted-2026-11-26.json``, written by ``dedup_eval --cache``), replayed
through ingest, candidate search, complete linkage and fusion. The pipeline changes under the
store; the snapshot does not, so these floors measure the store's rules on realistic
extraction errors (namesakes, missing places, generic actors, confused event types)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from dateline.store.dedup_eval import evaluate_end_to_end, load_testset

TESTSET = Path(__file__).resolve().parents[2] / "corpus" / "dedup"
SNAPSHOT = TESTSET / "extracted-2026-11-26.json"
# File order on the snapshot; before round 4's rules (commit 292807b) in brackets.
PIPELINE_FLOORS = {  # split: (precision, recall)
    "reports": (0.98, 0.89),  # 1.000 / 0.902 (1.000 / 0.918: a Kharkiv strike TASS dated a
    # day late and read as a clash now needs a shared non-state actor to bridge the day)
    # reports2: 1.000 / 0.811 (1.000 / 0.774); round 5: 1.000 / 0.830 (a headline naming only
    # the province, "Boko Haram kills 7 in Far North village", is placed in that province)
    # round 7: a place named in the text bridges confusable event types (a police raid in
    # Penha, Rio, read as a clash by one outlet and as an attack on residents by another): 0.868
    "reports2": (0.98, 0.86),
    "reports3": (0.98, 0.98),  # 1.000 / 1.000 (1.000 / 0.700)
    # reports4: 0.905 / 0.655 (0.895 / 0.586) until round 5: arrests of rally organisers the
    # next morning, read as another dispersed protest, joined the rally; demonstrations are now
    # coded per day (one_day_gap.per_day_event_types): 1.000 / 0.655; demonstrations that
    # disagree on the sub-event type need only the usual radius (a blockade near Quillacollo /
    # in Cochabamba, 13 km): 1.000 / 0.690
    "reports4": (0.98, 0.68),
    "holdout": (0.98, 0.53),  # 1.000 / 0.536 (1.000 / 0.500); scored, never studied
    # reports5 (written for round 6 before its rules; its records extracted 26 Nov 12:05 UTC
    # and added to the snapshot): 0.964 / 0.659 before round 6 and after its sub-type rules
    # (arrests the next day read as another police attack in Zvecan still join the Banjska
    # ambush); an unplaced riot report naming Makeni joins the excessive-force report there
    # (placeless_report.loose_demonstrations): 0.967 / 0.707; round 7, violence against
    # civilians coded per day (the next day's arrests read as a police attack in Zvecan no
    # longer join the ambush report): 1.000 / 0.707; a place named in the text bridges
    # confusable event types (Banjska / Zvecan, a Mindouli namesake in Likouala): 1.000 / 0.829.
    "reports5": (0.98, 0.82),
}


@pytest.fixture(scope="module")
def snapshot() -> dict[str, list[dict[str, object]]]:
    return dict(json.loads(SNAPSHOT.read_text(encoding="utf-8")))


@pytest.mark.parametrize("split", sorted(PIPELINE_FLOORS))
def test_dedup_through_the_store_on_extracted_records(
    split: str, snapshot: dict[str, list[dict[str, object]]], tmp_path: Path
) -> None:
    reports = load_testset(TESTSET, split)
    result = evaluate_end_to_end(reports, str(tmp_path / "e2e.sqlite"), snapshot)  # type: ignore[arg-type]
    precision, recall = PIPELINE_FLOORS[split]
    assert len(result.scored) >= 0.8 * len(reports)  # the snapshot covers the test set
    assert result.scores.precision >= precision, result.scores
    assert result.scores.recall >= recall, result.scores


# Worst precision over arrival orders (seeds 1-3) on the snapshot, round 5: reports 0.981,
# reports2 0.976, reports3 0.941, reports4 0.950 (0.842 before round 5), holdout 0.929 (a
# province-level report arriving first takes a same-day incident of that province along).
# Round 6, seeds 1-10: reports 0.981, reports2 0.976, reports3 1.000 (an area-level kidnapping
# report no longer takes a village attack along), reports4 1.000 (nor an area-level clash
# a bomb, nor a capital-placed crackdown a peaceful protest in another city), reports5 0.964,
# holdout 0.929. Round 7, seeds 1-20: reports 0.981, reports2 0.955, reports3 1.000, reports4
# 1.000, reports5 1.000 (violence against civilians coded per day), holdout 0.929: a report
# with only generic actors that fits both a same-day look-alike at one place name and its own
# incident joins whichever is stored first or scores higher (arrival order; not fixed, see
# docs/store.md). Round 9, seeds 1-20 (area-level reports re-decided whenever a report of their
# country and window is stored, store/regroup.py): reports 0.981 -> 1.000, reports2 0.955 ->
# 0.976 (country-level reports placed at Porto-Novo and Bangkok no longer join a look-alike
# stored first), the others unchanged.
SHUFFLED_PRECISION_FLOORS = {"reports": 0.99, "reports2": 0.97, "reports3": 0.98,
                             "reports4": 0.98, "reports5": 0.98, "holdout": 0.92}  # fmt: skip
SHUFFLE_SEEDS = range(1, 11)


@pytest.mark.parametrize("split", sorted(SHUFFLED_PRECISION_FLOORS))
def test_dedup_precision_through_the_store_in_shuffled_orders(
    split: str, snapshot: dict[str, list[dict[str, object]]], tmp_path: Path
) -> None:
    for seed in SHUFFLE_SEEDS:
        reports = load_testset(TESTSET, split)
        random.Random(seed).shuffle(reports)
        url = str(tmp_path / f"e2e-{seed}.sqlite")
        result = evaluate_end_to_end(reports, url, snapshot)  # type: ignore[arg-type]
        assert result.scores.precision >= SHUFFLED_PRECISION_FLOORS[split], (seed, result.scores)


# Round 9: the pipeline's records of every file at 26 Nov 17:12 UTC
# (extracted-2026-11-26-round9.json), file order, then worst precision over seeds 1-5 (over
# seeds 1-20 it is the same or higher: reports 1.000, reports2 0.981, reports3-6 1.000). Before
# round 9 (rules of a5c0c81) in brackets: reports 1.000 / 0.951 (worst 0.982), reports2
# 1.000 / 1.000 (0.940), reports3 1.000 / 0.944, reports4 1.000 / 0.765 (a crackdown in Harare
# read as an attack on civilians: +2 pairs), reports5 1.000 / 0.907, reports6 0.800 / 0.800
# (0.667), holdout 1.000 / 0.714 (0.947). Round 11 (actors agreeing side by side, a named
# group facing 'gunmen': store/roles.py): reports6 0.900 -> 1.000 in file order and every order.
ROUND9_FLOORS = {  # split: (precision, recall, worst precision over seeds 1-5)
    "reports": (0.98, 0.94, 0.98), "reports2": (0.98, 0.98, 0.97),
    "reports3": (0.98, 0.93, 0.98), "reports4": (0.98, 0.81, 0.98),
    "reports5": (0.98, 0.90, 0.98), "reports6": (0.98, 0.98, 0.98),
    "holdout": (0.98, 0.70, 0.92),
}  # fmt: skip


def _snapshot_meets_floors(name: str, split: str, floors: tuple[float, float, float],
                           tmp_path: Path) -> None:
    """A snapshot of the pipeline's records through the store: precision and recall in file
    order, precision in each of the orders of seeds 1-5."""
    snapshot = json.loads((TESTSET / name).read_text("utf-8"))
    precision, recall, worst = floors
    for seed in [None, *range(1, 6)]:
        reports = load_testset(TESTSET, split)
        if seed is not None:
            random.Random(seed).shuffle(reports)
        result = evaluate_end_to_end(reports, str(tmp_path / f"e2e-{seed}.sqlite"), snapshot)
        assert result.scores.precision >= (precision if seed is None else worst), (seed, result)
        if seed is None:
            assert len(result.scored) >= 0.8 * len(reports)
            assert result.scores.recall >= recall, result.scores


@pytest.mark.parametrize("split", sorted(ROUND9_FLOORS))
def test_round9_snapshot_through_the_store(split: str, tmp_path: Path) -> None:
    _snapshot_meets_floors("extracted-2026-11-26-round9.json", split, ROUND9_FLOORS[split],
                           tmp_path)


# Round 10: the pipeline's records of reports7 at 26 Nov 19:47 UTC (the working tree then,
# extracted-2026-11-26-round10.json), file order, then worst precision over seeds 1-5. Before
# round 10 (rules of 6bc9b6d): 0.929 / 0.553, worst 0.885 (an NPA clash the day after the Las
# Navas ambush, placed by extraction at Las Navas, which its text names as the earlier
# incident's place, joined it); round 10: 1.000 / 0.638 (an unplaced report is re-decided
# too), worst 0.966 (a solidarity rally in Novi Sad placed by extraction at Belgrade joins
# the Belgrade clash in some orders).
ROUND10_FLOORS = {"reports7": (0.98, 0.62, 0.95)}  # split: (precision, recall, worst precision)


@pytest.mark.parametrize("split", sorted(ROUND10_FLOORS))
def test_round10_snapshot_through_the_store(split: str, tmp_path: Path) -> None:
    _snapshot_meets_floors("extracted-2026-11-26-round10.json", split, ROUND10_FLOORS[split],
                           tmp_path)


# Round 11: the pipeline's records of holdout3 at 26 Nov 22:15 UTC (the working tree then,
# extracted-2026-11-26-round11.json; holdout3 is a development file since round 11), file
# order, then worst precision over seeds 1-5. Before round 11 (rules of 36a9221): 0.825 /
# 0.452, worst 0.821 (two drone strikes a night apart in Paktika and Khost, one text naming
# the other's district "hours after"; two gunfights in south Kashmir 29 km apart); round 11:
# 0.946 / 0.479, 0.946 at worst of seeds 1-20; a place read from a translation note is no
# place (store/translation_note.py): 0.947 / 0.493.
ROUND11_FLOORS = {"holdout3": (0.94, 0.48, 0.94)}  # split: (precision, recall, worst precision)


@pytest.mark.parametrize("split", sorted(ROUND11_FLOORS))
def test_round11_snapshot_through_the_store(split: str, tmp_path: Path) -> None:
    _snapshot_meets_floors("extracted-2026-11-26-round11.json", split, ROUND11_FLOORS[split],
                           tmp_path)


# Round 12: the pipeline's records of holdout4 at 27 Nov ~01:15 UTC (the working tree then, two
# votes off; extracted-2026-11-27-round12.json; holdout4 is a development file since round 12),
# file order, then worst precision over seeds 1-5. Before round 12 (rules of 0c6890b): 0.816 /
# 0.500, worst of seeds 1-20 0.778; round 12 (a bearing names no place, a translation note in a
# language at home in one country vouches for the place the text names, a coalition and its
# member): 0.946 / 0.565, worst of seeds 1-20 0.912.
ROUND12_FLOORS = {"holdout4": (0.94, 0.55, 0.90)}  # split: (precision, recall, worst precision)


@pytest.mark.parametrize("split", sorted(ROUND12_FLOORS))
def test_round12_snapshot_through_the_store(split: str, tmp_path: Path) -> None:
    _snapshot_meets_floors("extracted-2026-11-27-round12.json", split, ROUND12_FLOORS[split],
                           tmp_path)


# Round 13: the pipeline's records of holdout5 at 27 Nov 03:35 UTC (the working tree then,
# default settings; extracted-2026-11-27-round13.json; holdout5 is a development file since
# round 13), file order, then worst precision over seeds 1-5. Before round 13 (rules of
# 35d85b3): 0.929 / 0.650, worst of seeds 1-20 0.854; round 13 ('a separate attack', a named
# group's reach, a border firefight): 1.000 / 0.683, worst of seeds 1-5 0.925 (pre-existing
# false merges: a JNIM ambush 66 km away 'the same day as the Solenzo assault', a drone on
# Nizhyn joining a province-level Chernihiv report), of seeds 1-20 0.897.
ROUND13_FLOORS = {"holdout5": (0.98, 0.67, 0.92)}  # split: (precision, recall, worst precision)


@pytest.mark.parametrize("split", sorted(ROUND13_FLOORS))
def test_round13_snapshot_through_the_store(split: str, tmp_path: Path) -> None:
    _snapshot_meets_floors("extracted-2026-11-27-round13.json", split, ROUND13_FLOORS[split],
                           tmp_path)
