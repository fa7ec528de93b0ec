"""Plain-text rendering of evaluation scores for the terminal."""

from __future__ import annotations

from dateline.evaluation.scoring import Scores

DETECTION = ("detection_precision", "detection_recall", "detection_f1")
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
    lines.append("")
    lines.extend(_confusion_lines(scores))
    lines.append("")
    lines.extend(_register_lines(scores))
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


def _cell(column: str, value: float) -> str:
    return f"{int(value):>16d}" if column == "articles" else f"{value:>16.3f}"
