"""The progress bar: drawn on a terminal, silent when stderr is piped."""

from __future__ import annotations

import io
import sys

import pytest

from dateline.model import Article, Document
from dateline.progress import progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [Document(Article(f"a{i}", "text")) for i in range(3)]
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert list(progress(iter(docs), 3)) == docs
    assert "3/3" in terminal.getvalue()
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    assert list(progress(iter(docs), 3)) == docs and piped.getvalue() == ""
