"""Geoparsing scores: recall, precision and Acc@161km against gold place spans.

A gold place is *found* when a predicted mention overlaps its span; a prediction is
*correct* when it overlaps some gold span (adjectival uses, kind 'demonym', are not
predictions). Acc@161 is the share of found gold places whose predicted point lies within
161 km (100 miles) of the gold point; an unresolved prediction counts as a miss.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dateline.gazetteer.resolve import distance_km
from dateline.model import Article, PlaceMention

ACC_KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldPlace:
    start: int
    end: int
    text: str
    lat: float
    lon: float


@dataclass(slots=True)
class GeoArticle:
    id: str
    text: str
    published: date | None
    places: list[GoldPlace]
    tags: tuple[str, ...] = ()


@dataclass(slots=True)
class GeoScores:
    gold: int = 0
    predicted: int = 0
    found: int = 0  # gold places overlapped by a prediction
    correct: int = 0  # predictions overlapping a gold place
    within: int = 0  # found gold places predicted within ACC_KM
    errors_km: list[float] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def acc161(self) -> float:
        return self.within / self.found if self.found else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold, "predicted": self.predicted, "recall": round(self.recall, 4),
            "precision": round(self.precision, 4), "f1": round(self.f1, 4),
            "acc161": round(self.acc161, 4),
        }


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def add_article(scores: GeoScores, gold: Sequence[GoldPlace],
                predicted: Sequence[PlaceMention]) -> None:
    """Accumulate one article's counts into ``scores``."""
    preds = [p for p in predicted if p.kind != "demonym"]
    scores.gold += len(gold)
    scores.predicted += len(preds)
    scores.correct += sum(
        any(_overlaps(p.span.start, p.span.end, g.start, g.end) for g in gold) for p in preds
    )
    for g in gold:
        hits = [p for p in preds if _overlaps(p.span.start, p.span.end, g.start, g.end)]
        if not hits:
            continue
        scores.found += 1
        located = [p.place for p in hits if p.place is not None]
        if not located:
            continue
        error = distance_km(g.lat, g.lon, located[0].latitude, located[0].longitude)
        scores.errors_km.append(error)
        scores.within += error <= ACC_KM


def load_corpus(path: Path | str) -> list[GeoArticle]:
    """Read a JSONL geoparsing corpus: {id, text, published, places: [{start,end,text,lat,lon}]}."""
    articles = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        places = [GoldPlace(p["start"], p["end"], p["text"], p["lat"], p["lon"])
                  for p in row["places"]]
        published = date.fromisoformat(row["published"]) if row.get("published") else None
        articles.append(GeoArticle(row["id"], row["text"], published, places,
                                   tuple(row.get("tags", ()))))
    return articles


def check_spans(article: GeoArticle) -> list[str]:
    """Problems with a gold article: spans whose text does not match the offsets."""
    return [f"{article.id}: {p.text!r} != {article.text[p.start:p.end]!r}"
            for p in article.places if article.text[p.start:p.end] != p.text]


def geoparse_articles(articles: Iterable[GeoArticle]) -> list[list[PlaceMention]]:
    """Run the actors + places stages over ``articles`` (in order)."""
    from dateline.pipeline import Pipeline

    pipeline = Pipeline(stages=("actors", "places"))
    batch = [Article(a.id, a.text, a.published) for a in articles]
    return [doc.places for doc in pipeline.pipe(batch)]


def score_corpus(articles: Sequence[GeoArticle]) -> GeoScores:
    scores = GeoScores()
    for article, mentions in zip(articles, geoparse_articles(articles), strict=True):
        add_article(scores, article.places, mentions)
    return scores
