"""Geoparsing speed on one core: articles/s for the actors + places stages.

    python bench/geoparse_bench.py [GeoVirus.xml] [--repeat N]

Texts: corpus/geo/geo.jsonl, or the GeoVirus XML when given (read where it lies). Reports the
spaCy text stage and the actors+places stages separately (the gazetteer is opened and warmed
before timing, as in a long-running process).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from dateline.gazetteer.evaluate import load_corpus  # noqa: E402
from dateline.model import Article, Document  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "geo" / "geo.jsonl"


def _texts(xml: Path | None) -> list[str]:
    if xml is None:
        return [a.text for a in load_corpus(CORPUS)]
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from geovirus_eval import load_geovirus

    return [a.text for a in load_geovirus(xml)]


def _run_stages(pipeline: Pipeline, docs: list[Document]) -> float:
    started = time.perf_counter()
    for doc in docs:
        for stage in pipeline.stages:
            stage(doc)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("xml", type=Path, nargs="?")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    texts = _texts(args.xml) * args.repeat
    pipeline = Pipeline(stages=("actors", "places"))
    pipeline(Article("warm", "Shelling hit Homs in Syria."))  # load models and gazetteer
    started = time.perf_counter()
    docs = [Document(Article(str(i), t)) for i, t in enumerate(texts)]
    docs = list(pipeline.text.pipe(docs))
    text_seconds = time.perf_counter() - started
    cold = _run_stages(pipeline, docs)  # first pass also loads per-country fuzzy indexes
    warm = _run_stages(pipeline, docs)
    n = len(texts)
    print(json.dumps({
        "articles": n, "chars_per_article": sum(map(len, texts)) // n,
        "spacy_articles_per_s": round(n / text_seconds, 1),
        "actors_places_articles_per_s_cold": round(n / cold, 1),
        "actors_places_articles_per_s": round(n / warm, 1),
        "end_to_end_articles_per_s": round(n / (text_seconds + warm), 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
