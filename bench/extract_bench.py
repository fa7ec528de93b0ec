"""Throughput and memory of ``dateline extract``, beside spaCy's full small pipeline.

Usage: .venv/bin/python bench/extract_bench.py [CORPUS.jsonl ...] [--workers N] [--repeat K]

Prints, for the development corpus and for long articles (corpus texts joined into ~5,000-word
pieces): articles/s and words/s of dateline's complete extraction, the same for spaCy's full
small pipeline (tagger, parser, NER, ...) over the same texts as the reference, their ratio,
peak memory (this process plus worker processes), and the time from starting the
``dateline extract`` command to its first line of output.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from dateline.inputs import ReadOptions, read_inputs
from dateline.model import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "corpus" / "dev" / "gold.jsonl"
LONG_WORDS = 5000


def load_articles(paths: list[Path]) -> list[Article]:
    items = read_inputs([str(p) for p in paths], ReadOptions())
    return [a for a in items if isinstance(a, Article)]


def long_articles(articles: list[Article]) -> list[Article]:
    """Corpus texts joined into pieces of about LONG_WORDS words (a long feature's size)."""
    pieces: list[Article] = []
    buffer: list[str] = []
    for article in articles:
        buffer.append(article.text)
        if sum(len(t.split()) for t in buffer) >= LONG_WORDS:
            pieces.append(Article(f"long-{len(pieces)}", "\n\n".join(buffer), article.published))
            buffer = []
    return pieces


def timed(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def dateline_run(articles: list[Article], workers: int) -> Callable[[], object]:
    from dateline.pipeline import process

    return lambda: sum(len(d.events) for d in process(articles, workers=workers))


def spacy_reference_run(articles: list[Article]) -> Callable[[], object]:
    import spacy

    from dateline.settings import get_settings

    nlp = spacy.load(get_settings().spacy_model)  # every component: the usual way to run spaCy
    return lambda: sum(len(d.ents) for d in nlp.pipe((a.text for a in articles), batch_size=32))


def peak_memory_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def first_output_seconds(sample: Path) -> float:
    """Wall time from launching the CLI on one article to its first line on stdout."""
    exe = Path(sys.executable).with_name("dateline")
    start = time.perf_counter()
    with subprocess.Popen([str(exe), "extract", str(sample)], stdout=subprocess.PIPE) as proc:
        assert proc.stdout is not None
        proc.stdout.readline()
        elapsed = time.perf_counter() - start
        proc.wait()
    return elapsed


def report(name: str, articles: list[Article], workers: int, repeat: int) -> dict[str, float]:
    words = sum(len(a.text.split()) for a in articles)
    dateline_run(articles[:4], 1)()  # load models and gazetteers outside the timing
    ours = timed(dateline_run(articles, workers), repeat)
    ref = timed(spacy_reference_run(articles), repeat)
    row = {
        "articles": len(articles),
        "words": words,
        "dateline_articles_per_s": len(articles) / ours,
        "dateline_words_per_s": words / ours,
        "spacy_full_articles_per_s": len(articles) / ref,
        "spacy_full_words_per_s": words / ref,
        "speedup_vs_spacy_full": ref / ours,
    }
    print(f"{name}: " + json.dumps({k: round(v, 2) for k, v in row.items()}))
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    articles = load_articles(args.corpus)
    if not articles:
        sys.exit("no articles to benchmark")
    report("corpus", articles, args.workers, args.repeat)
    long = long_articles(articles * 4)
    if long:
        report("long", long, args.workers, args.repeat)
    print(f"peak_memory_mb: {peak_memory_mb():.0f}")
    example = ROOT / "examples" / "kidal-2024-03-14.txt"
    print(f"first_output_seconds: {first_output_seconds(example):.2f}")


if __name__ == "__main__":
    main()
