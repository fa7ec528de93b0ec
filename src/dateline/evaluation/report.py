"""Plain-text rendering of evaluation scores for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from dateline.evaluation.gold import CodedEvent
from dateline.evaluation.scoring import FIELD_CHECKS, ArticleResult, Scores

DETECTION = ("detection_precision", "detection_recall", "detection_f1")
NULL_ARTICLES = "null_articles_clean"
REGISTER_COLUMNS = ("articles", "detection_f1", "sub_event_type", "event_date", "location_25km")


def render(scores: Scores, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(" ".join(f"{k}={v}" for k, v in scores.counts.items()))
    lines.append("")
    lines.append("Event detection")
    lines.extend(f"  {name:<28}{scores.metrics[name]:6.3f}" for name in DETECTION)
    lines.append("")
    lines.append("Fields over matched pairs (accuracy unless named f1)")
    lines.extend(
        f"  {name:<28}{value:6.3f}"
        for name, value in scores.metrics.items()
        if name not in DETECTION
    )
    if NULL_ARTICLES not in scores.metrics:  # scored only when some article has no events
        lines.append(f"  {NULL_ARTICLES:<28}   n/a (no article without events)")
    lines.append("")
    lines.extend(_confusion_lines(scores))
    lines.append("")
    lines.extend(_register_lines(scores))
    lines.append("")
    lines.extend(_sub_type_lines(scores))
    return "\n".join(lines)


def _confusion_lines(scores: Scores) -> list[str]:
    lines = ["Top sub-event confusions (gold -> predicted; NONE = missed or spurious)"]
    if not scores.confusions:
        lines.append("  (none)")
    lines.extend(f"  {n:4d}  {g} -> {p}" for g, p, n in scores.confusions)
    return lines


def _register_lines(scores: Scores) -> list[str]:
    header = "  " + f"{'register':<10}" + "".join(f"{c:>16}" for c in REGISTER_COLUMNS)
    lines = ["By register", header]
    for register, metrics in scores.by_register.items():
        cells = "".join(_cell(column, metrics.get(column, 0.0)) for column in REGISTER_COLUMNS)
        lines.append(f"  {register:<10}{cells}")
    return lines


def _sub_type_lines(scores: Scores) -> list[str]:
    lines = ["By gold sub-event type (detected: matched at all; correct: matched with this type)"]
    lines.append(f"  {'sub_event_type':<36}{'gold':>6}{'detected':>10}{'correct':>10}")
    for name, row in scores.by_sub_event_type.items():
        lines.append(
            f"  {name:<36}{int(row['gold']):>6d}{row['detected']:>10.3f}{row['correct']:>10.3f}"
        )
    return lines


def _cell(column: str, value: float) -> str:
    return f"{int(value):>16d}" if column == "articles" else f"{value:>16.3f}"


def render_errors(results: Sequence[ArticleResult]) -> str:
    """Per article: missed gold events, spurious predictions and wrong fields of matched pairs."""
    lines = []
    for result in results:
        article_lines = _article_errors(result)
        if article_lines:
            lines.append(f"{result.article_id} ({result.register})")
            lines.extend(f"  {line}" for line in article_lines)
    return "\n".join(lines)


def _article_errors(result: ArticleResult) -> list[str]:
    lines = [f"missed    {_brief(result.gold[i])}" for i in result.match.missed]
    lines += [f"spurious  {_brief(result.predicted[j])}" for j in result.match.spurious]
    for gold, predicted in result.pairs():
        wrong = [name for name, check in FIELD_CHECKS.items() if not check(gold, predicted)]
        for name in wrong:
            lines.append(
                f"{name:<18}gold {_field(gold, name)!r}  predicted {_field(predicted, name)!r}"
            )
    return lines


def _brief(event: CodedEvent) -> str:
    return (
        f"{event.event_date} {event.sub_event_type}: {event.actor1} / {event.actor2 or '-'} "
        f"at {event.location or '?'} ({event.country}), {event.fatalities} dead"
    )


def _field(event: CodedEvent, name: str) -> object:
    if name == "location_25km":
        return f"{event.location} {event.latitude},{event.longitude}"
    return getattr(event, name)
