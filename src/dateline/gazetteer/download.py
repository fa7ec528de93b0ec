"""GeoNames dumps named by URL (``dateline gazetteer import https://.../NG.zip``).

A user who can reach a GeoNames mirror gives its URL as GeoNames lists it; the file is
fetched into a temporary folder under its own name (the importer reads the kind of table from
the name) and imported like a local file. Nothing is fetched unless a user names a URL.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from tqdm import tqdm

URL_SCHEMES = ("http://", "https://")
CHUNK_BYTES = 1 << 20
TIMEOUT_SECONDS = 60  # for each read: a stalled mirror is an error, not a hang


class DownloadError(Exception):
    """A URL that could not be fetched; the message is one line naming the URL and why."""


def is_url(name: str) -> bool:
    return name.lower().startswith(URL_SCHEMES)


def url_file_name(url: str) -> str:
    """The file name a URL ends in ('NG.zip'); a URL naming no file is refused up front."""
    name = Path(urllib.parse.unquote(urllib.parse.urlparse(url).path)).name
    if not name:
        raise DownloadError(f"{url}: the URL names no file (expected e.g. .../dump/NG.zip)")
    return name


def fetch(url: str, folder: Path) -> Path:
    """Download ``url`` into ``folder`` under its own file name, with a progress bar on a
    terminal (allCountries.zip is ~400 MB); any failure is a DownloadError."""
    target = folder / url_file_name(url)
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            _copy(response, target, int(response.headers.get("Content-Length") or 0) or None)
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise DownloadError(f"{url}: could not download ({exc.reason})") from None
    except (OSError, http.client.HTTPException) as exc:  # reset, timeout, cut short
        raise DownloadError(f"{url}: download failed ({type(exc).__name__}: {exc})") from None
    return target


def _copy(response: http.client.HTTPResponse, target: Path, size: int | None) -> None:
    with target.open("wb") as out, tqdm(
        total=size, unit="B", unit_scale=True, desc=target.name, disable=None
    ) as bar:
        while chunk := response.read(CHUNK_BYTES):
            out.write(chunk)
            bar.update(len(chunk))
    if size is not None and target.stat().st_size != size:
        got = target.stat().st_size
        raise http.client.IncompleteRead(b"", size - got)
