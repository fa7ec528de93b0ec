"""Throughput and memory of ``dateline extract``, beside spaCy's full small pipeline.

Usage: .venv/bin/python bench/extract_bench.py [CORPUS.jsonl ...] [--workers N] [--repeat K]

Prints, for the development corpus and for long articles (corpus texts joined into ~5,000-word
pieces): articles/s and words/s of dateline's complete extraction, the same for spaCy's full
small pipeline (tagger, parser, NER, ...) over the same texts as the reference, their ratio,
peak memory of the ``dateline extract`` command (its main process plus workers: summed RSS,
which counts the pages forked workers share once per process, and summed PSS), and the
time from starting that command to its first line of output. Both sides are timed warm (best
of --repeat runs after an untimed one), in wall-clock and in CPU seconds.
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


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (pool workers, once joined)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best wall time and best CPU time of ``repeat`` runs, after one untimed warm-up run
    (both sides then run warm: spaCy's vocabulary and dateline's gazetteer caches filled)."""
    run()
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), cpu_seconds()
        run()
        best_wall = min(best_wall, time.perf_counter() - start)
        best_cpu = min(best_cpu, cpu_seconds() - start_cpu)
    return best_wall, best_cpu


def dateline_run(articles: list[Article], workers: int) -> Callable[[], object]:
    """Our complete extraction. The warm-up runs in this process (one worker), so that the
    pool's workers, forked from it, start with its caches, as a long-running job's do."""
    from dateline.pipeline import process

    warm = False

    def run() -> int:
        nonlocal warm
        n = workers if warm else 1
        warm = True
        return sum(len(d.events) for d in process(articles, workers=n))

    return run


def spacy_reference_run(articles: list[Article]) -> Callable[[], object]:
    import spacy

    from dateline.settings import get_settings

    nlp = spacy.load(get_settings().spacy_model)  # every component: the usual way to run spaCy
    return lambda: sum(len(d.ents) for d in nlp.pipe((a.text for a in articles), batch_size=32))


def tree_memory_mb(root: int) -> tuple[float, float]:
    """Resident memory of a process and all its descendants (from /proc), in MB: the sum of
    their RSS (pages shared by forked workers counted once per process) and of their PSS
    (each shared page split among its sharers: what the processes take from the machine)."""
    parents: dict[int, int] = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            status = _read(proc / "status")
            fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
            if "PPid" in fields:
                parents[int(proc.name)] = int(fields["PPid"].split()[0])

    def in_tree(pid: int) -> bool:
        while pid > 1:
            if pid == root:
                return True
            pid = parents.get(pid, 0)
        return False

    rss_kb = pss_kb = 0
    for pid in filter(in_tree, parents):
        rollup = dict(
            line.split(":", 1)
            for line in _read(Path(f"/proc/{pid}/smaps_rollup")).splitlines()
            if ":" in line
        )
        rss_kb += int(rollup.get("Rss", "0 kB").split()[0])
        pss_kb += int(rollup.get("Pss", "0 kB").split()[0])
    return rss_kb / 1024, pss_kb / 1024


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except OSError:
        return ""  # the process ended while we looked


def cli_peak_memory_mb(corpus: list[Path], workers: int) -> tuple[float, float]:
    """Peak summed RSS and peak summed PSS of ``dateline extract`` (main process + workers),
    sampled every 50 ms."""
    exe = Path(sys.executable).with_name("dateline")
    command = [str(exe), "extract", *map(str, corpus), "--workers", str(workers), "-o", "/dev/null"]
    peak_rss = peak_pss = 0.0
    with subprocess.Popen(command, stderr=subprocess.DEVNULL) as proc:
        while proc.poll() is None:
            rss, pss = tree_memory_mb(proc.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            time.sleep(0.05)
    return peak_rss, peak_pss


def first_output_seconds(sample: Path, published: str) -> float:
    """Wall time from launching the CLI on one article to its first line on stdout (dated
    as the README's first command dates it: an undated article's events are skipped)."""
    exe = Path(sys.executable).with_name("dateline")
    command = [str(exe), "extract", str(sample), "--published", published]
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE) as proc:
        assert proc.stdout is not None
        proc.stdout.readline()
        elapsed = time.perf_counter() - start
        proc.wait()
    return elapsed


def report(name: str, articles: list[Article], workers: int, repeat: int) -> dict[str, float]:
    words = sum(len(a.text.split()) for a in articles)
    ours, ours_cpu = timed(dateline_run(articles, workers), repeat)
    ref, ref_cpu = timed(spacy_reference_run(articles), repeat)
    row = {
        "articles": len(articles),
        "words": words,
        "dateline_articles_per_s": len(articles) / ours,
        "dateline_words_per_s": words / ours,
        "spacy_full_articles_per_s": len(articles) / ref,
        "spacy_full_words_per_s": words / ref,
        "speedup_vs_spacy_full": ref / ours,
        # CPU seconds (all processes): on a busy machine the wall-clock ratio is noise, and
        # this one times ``workers`` is what free cores would give
        "dateline_cpu_s": ours_cpu,
        "spacy_full_cpu_s": ref_cpu,
        "cpu_ratio": ref_cpu / ours_cpu,
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
    rss, pss = cli_peak_memory_mb(args.corpus, args.workers)
    print(f"peak_memory_mb (extract command, all processes): rss {rss:.0f}, pss {pss:.0f}")
    example = ROOT / "examples" / "kidal-2024-03-14.txt"
    print(f"first_output_seconds: {first_output_seconds(example, '2024-03-14'):.2f}")


if __name__ == "__main__":
    main()
