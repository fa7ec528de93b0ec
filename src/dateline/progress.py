"""A progress bar for long runs over many documents, shown only where someone watches it.

Library code (``evaluate``) and the commands (``extract``, ``ingest``) share it; it lives outside
the CLI module so that the library does not import the command line.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

from dateline.model import Document


def progress(docs: Iterable[Document], total: int) -> Iterator[Document]:
    """The documents, with a progress bar on stderr when it is a terminal and there are
    several (``ingest`` and ``evaluate`` can wrap their pipeline runs in it too)."""
    if total > 1 and sys.stderr.isatty():
        from tqdm import tqdm

        yield from tqdm(docs, total=total, unit="article", file=sys.stderr)
    else:
        yield from docs
