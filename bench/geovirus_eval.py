"""Score the geoparser on GeoVirus (Gritta et al. 2018): recall, precision, Acc@161km.

    python bench/geovirus_eval.py /work/shared/data/geovirus/GeoVirus.xml [--limit N] [--errors]

The XML is read where it lies (never copied into the repo). GeoVirus leaves metonymic and
adjectival uses unannotated, so precision here is a lower bound.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from dateline.gazetteer.evaluate import (
    GeoArticle,
    GeoScores,
    GoldPlace,
    add_article,
    geoparse_articles,
)


def load_geovirus(path: Path) -> list[GeoArticle]:
    root = ET.parse(path).getroot()
    articles = []
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        places = [
            GoldPlace(int(loc.findtext("start") or 0), int(loc.findtext("end") or 0),
                      loc.findtext("name") or "", float(loc.findtext("lat") or 0),
                      float(loc.findtext("lon") or 0))
            for loc in art.iter("location")
        ]
        articles.append(GeoArticle(f"geovirus-{i}", text, None, places))
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("xml", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--errors", action="store_true", help="print misses and far picks")
    args = parser.parse_args(argv)
    try:
        articles = load_geovirus(args.xml)
    except (OSError, ET.ParseError) as exc:  # one line, not a traceback from deep in the parser
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        parser.exit(1, f"geovirus_eval: {args.xml}: {reason} (give GeoVirus.xml)\n")
    if args.limit:
        articles = articles[: args.limit]
    started = time.perf_counter()
    predictions = geoparse_articles(articles)
    elapsed = time.perf_counter() - started
    scores = GeoScores()
    for article, mentions in zip(articles, predictions, strict=True):
        add_article(scores, article.places, mentions)
        if args.errors:
            _print_errors(article, mentions)
    print(json.dumps({**scores.as_dict(), "articles": len(articles),
                      "seconds": round(elapsed, 1)}))
    return 0


def _print_errors(article: GeoArticle, mentions: list) -> None:
    from dateline.gazetteer.resolve import distance_km

    for g in article.places:
        hits = [m for m in mentions if m.span.start < g.end and g.start < m.span.end
                and m.kind != "demonym"]
        if not hits:
            print(f"MISS {article.id} {g.text!r}", file=sys.stderr)
        elif hits[0].place is None:
            print(f"UNRESOLVED {article.id} {g.text!r}", file=sys.stderr)
        else:
            p = hits[0].place
            km = distance_km(g.lat, g.lon, p.latitude, p.longitude)
            if km > 161:
                print(f"FAR {article.id} {g.text!r} -> {p.name} {p.country_code} {km:.0f}km",
                      file=sys.stderr)
    gold_spans = [(g.start, g.end) for g in article.places]
    for m in mentions:
        if m.kind != "demonym" and not any(m.span.start < e and s < m.span.end
                                           for s, e in gold_spans):
            print(f"EXTRA {article.id} {m.span.text!r} {m.kind}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
