"""Floors for the geoparser on the hand-written gold set (corpus/geo/geo.jsonl).

Measured 2026-11-26 (round 2): recall 0.936, precision 0.986, Acc@161 0.961 (220 places,
46 articles); round 3: recall 0.936, precision 0.986, Acc@161 0.966; session 2 (places4):
recall 0.950, precision 0.990, Acc@161 0.976.
Floors sit slightly below; never lower them.
"""

from functools import cache
from pathlib import Path

from dateline.gazetteer.evaluate import GeoScores, add_article, check_spans, load_corpus
from dateline.gazetteer.evaluate import geoparse_articles as run
from dateline.model import PlaceMention, Span

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "geo" / "geo.jsonl"
RECALL_FLOOR, PRECISION_FLOOR, ACC161_FLOOR = 0.945, 0.985, 0.97


@cache
def _scores() -> GeoScores:
    articles = load_corpus(CORPUS)
    scores = GeoScores()
    for article, mentions in zip(articles, run(articles), strict=True):
        add_article(scores, article.places, mentions)
    return scores


def test_corpus_is_large_varied_and_consistent():
    articles = load_corpus(CORPUS)
    assert len(articles) >= 40
    assert sum(len(a.places) for a in articles) >= 200
    regions = {t for a in articles for t in a.tags}
    assert {"europe", "oceania", "south-america", "north-america", "east-africa"} <= regions
    assert all(not check_spans(a) for a in articles)


def test_geoparse_scores_stay_above_floors():
    scores = _scores()
    assert scores.recall >= RECALL_FLOOR, scores.as_dict()
    assert scores.precision >= PRECISION_FLOOR, scores.as_dict()
    assert scores.acc161 >= ACC161_FLOOR, scores.as_dict()


def test_scorer_counts_overlaps_and_distances():
    from dateline.gazetteer.evaluate import GoldPlace
    from dateline.model import Place

    gold = [GoldPlace(0, 5, "Homs", 34.72, 36.72), GoldPlace(10, 15, "Hama", 35.13, 36.75)]
    near = PlaceMention(Span(0, 5, "Homs"), Place(1, "Homs", 34.73, 36.71, "SY"))
    far = PlaceMention(Span(10, 15, "Hama"), Place(2, "Hama", 0.0, 0.0, "XX"))
    extra = PlaceMention(Span(20, 25, "Idlib"), None)
    scores = GeoScores()
    add_article(scores, gold, [near, far, extra])
    assert (scores.recall, scores.acc161) == (1.0, 0.5)
    assert abs(scores.precision - 2 / 3) < 1e-9
