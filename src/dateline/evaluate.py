"""``dateline evaluate``: run the pipeline over a gold-coded corpus and score its events.

The library entry point is :func:`evaluate_corpus` (used by the corpus floors test); the
click command ``evaluate`` is a thin layer over it. See docs/corpus.md for the corpus format.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from dateline.evaluation.gold import SPLITS, GoldArticle, coded_from_event, load_gold
from dateline.evaluation.report import render, render_errors
from dateline.evaluation.scoring import ArticleResult, Scores, match_articles, score_results
from dateline.model import Document

STAGE_FAILURE = "failed ("  # how Pipeline words a stage that raised (see pipeline/__init__.py)


def evaluate_corpus(path: str | Path, split: str = "all", workers: int | None = None) -> Scores:
    """Scores of the current pipeline on the gold articles of ``path`` in ``split``.

    ``counts["articles_with_stage_failures"]`` says how many articles lost events because a
    pipeline stage raised; their scores are still counted (as misses).
    """
    results, failures = run_corpus(path, split, workers)
    scores = score_results(results)
    scores.counts["articles_with_stage_failures"] = failures
    return scores


def run_corpus(
    path: str | Path, split: str = "all", workers: int | None = None
) -> tuple[list[ArticleResult], int]:
    """The pipeline's events on the gold articles of ``path`` matched to the gold events, and
    the number of articles on which a pipeline stage failed."""
    return run_gold(load_gold(path, split), workers)


def run_gold(
    gold: Sequence[GoldArticle], workers: int | None = None
) -> tuple[list[ArticleResult], int]:
    """The pipeline's events on ``gold`` matched to its events, and the number of articles on
    which a pipeline stage failed."""
    from dateline.pipeline import process
    from dateline.progress import progress

    # the bar shows only on a terminal: a corpus run takes minutes
    documents = list(progress(process((g.article for g in gold), workers=workers), len(gold)))
    failures = sum(any(STAGE_FAILURE in w for w in doc.warnings) for doc in documents)
    return match_documents(gold, documents), failures


def evaluate_documents(gold: Sequence[GoldArticle], documents: Sequence[Document]) -> Scores:
    """Scores of already processed ``documents`` (paired with ``gold`` by article id)."""
    return score_results(match_documents(gold, documents))


def match_documents(
    gold: Sequence[GoldArticle], documents: Sequence[Document]
) -> list[ArticleResult]:
    by_id = {doc.article.id: doc for doc in documents}
    rows = []
    for item in gold:
        doc = by_id.get(item.article.id)
        predicted = [coded_from_event(e) for e in doc.events] if doc else []
        rows.append((item.article.id, item.register, item.events, predicted))
    return match_articles(rows)


EVALUATE_EXIT_CODES = (
    "Exit status: 0 every gold line read; 3 some lines skipped (each named on stderr with its "
    "line number and reason; the rest scored); 1 nothing could be scored; 2 usage error."
)


@click.command("evaluate", epilog=EVALUATE_EXIT_CODES)
@click.argument("gold_file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--split",
    type=click.Choice(SPLITS),
    default="all",
    show_default=True,
    help="Which articles of the gold file to score.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", is_flag=True, help="Also list every disagreement, article by article.")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Processes to use (default: all cores, at most 2).",
)
def evaluate_command(
    gold_file: str, split: str, as_json: bool, errors: bool, workers: int | None
) -> None:
    """Score the pipeline's events against the hand-coded events of GOLD_FILE (JSONL)."""
    skipped: list[str] = []
    try:
        gold = load_gold(gold_file, split, skipped)
    except ValueError as exc:  # the whole file (not UTF-8)
        raise click.ClickException(str(exc)) from None
    for reason in skipped:
        click.echo(f"dateline: skipped {reason}", err=True)
    if skipped and not gold:
        raise click.ClickException(f"{gold_file}: no gold line could be read")
    results, failures = run_gold(gold, workers)
    scores = score_results(results)
    scores.counts["articles_with_stage_failures"] = failures
    if as_json:
        click.echo(json.dumps(scores.to_dict(), indent=2))
    else:
        click.echo(render(scores, f"{gold_file} (split: {split})"))
    if errors:
        click.echo(render_errors(results), err=as_json)  # keep stdout valid JSON with --json
    if skipped:  # partial, as extract's skipped inputs: scripts notice
        click.echo(f"dateline: {len(skipped)} gold line(s) skipped (see above)", err=True)
        sys.exit(3)
