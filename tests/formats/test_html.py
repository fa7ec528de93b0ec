from datetime import date
from pathlib import Path

from dateline.inputs import InputError, ReadOptions, read_inputs
from dateline.model import Article

PAGE = """<!DOCTYPE html><html><head><title>Clashes in Gao - Sahel Daily</title>
<meta property="og:site_name" content="Sahel Daily">
<meta property="article:published_time" content="2024-02-11T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Clashes in Gao</h1>
<p>Soldiers clashed with militants near Gao on Saturday, killing four, the army said in a
statement released on Sunday morning to local and international reporters.</p>
<p>Residents said the fighting lasted several hours and that shops in the market stayed closed
for the rest of the day as patrols moved through the northern districts of the town.</p>
</article><footer>Copyright Sahel Daily. Subscribe to our newsletter.</footer></body></html>"""


def test_html_page_gives_main_text_and_page_date(tmp_path: Path) -> None:
    path = tmp_path / "gao.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = list(read_inputs([str(path)], ReadOptions()))
    assert isinstance(article, Article)
    assert "Soldiers clashed with militants near Gao" in article.text
    assert "Subscribe" not in article.text and "Home" not in article.text
    assert article.published == date(2024, 2, 11)
    assert article.id == "gao"


def test_page_date_wins_and_published_option_fills_the_gap(tmp_path: Path) -> None:
    # --published dates the plain-text files of a mixed batch; it must not re-date every page
    dated = tmp_path / "gao.htm"
    dated.write_text(PAGE, encoding="utf-8")
    undated = tmp_path / "undated.html"
    undated.write_text(PAGE.replace("2024-02-11T08:00:00Z", ""), encoding="utf-8")
    options = ReadOptions(published=date(2024, 2, 12))
    first, second = read_inputs([str(dated), str(undated)], options)
    assert isinstance(first, Article) and first.published == date(2024, 2, 11)
    assert isinstance(second, Article) and second.published == date(2024, 2, 12)


def test_page_names_its_own_outlet_and_source_option_fills_the_gap(tmp_path: Path) -> None:
    named = tmp_path / "gao.html"
    named.write_text(PAGE, encoding="utf-8")
    unnamed = tmp_path / "anon.html"
    unnamed.write_text(PAGE.replace("Sahel Daily", "").replace("og:site_name", "x"), "utf-8")
    options = ReadOptions(source="Reuters")
    first, second = read_inputs([str(named), str(unnamed)], options)
    assert isinstance(first, Article) and first.source == "Sahel Daily"
    assert isinstance(second, Article) and second.source == "Reuters"


def test_page_in_its_declared_windows_1252_encoding(tmp_path: Path) -> None:
    path = tmp_path / "gao-fr.html"
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">')
    path.write_bytes(page.replace("the army said", "l\u2019armée a dit").encode("cp1252"))
    [article] = list(read_inputs([str(path)], ReadOptions()))
    assert isinstance(article, Article) and "l\u2019armée a dit" in article.text


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><body><div></div></body></html>", encoding="utf-8")
    [error] = list(read_inputs([str(path)], ReadOptions()))
    assert isinstance(error, InputError) and "no article text" in error.reason


def test_outlet_read_from_the_title_when_the_page_declares_no_site_name(tmp_path: Path) -> None:
    # many saved pages name their outlet only after the headline in <title>; a canonical link
    # gives trafilatura a host name, which is no outlet name for ACLED's source column
    bare = PAGE.replace('<meta property="og:site_name" content="Sahel Daily">', "")
    hosted = bare.replace("</head>", '<link rel="canonical" href="https://saheldaily.example/a1">'
                          "</head>")  # fmt: skip
    piped = hosted.replace("Clashes in Gao - Sahel Daily", "Clashes in Gao | Sahel Daily")
    untitled = hosted.replace("Clashes in Gao - Sahel Daily", "Clashes in Gao")
    for name, page in (("dash", bare), ("host", hosted), ("pipe", piped), ("none", untitled)):
        (tmp_path / f"{name}.html").write_text(page, encoding="utf-8")
    names = [str(tmp_path / f"{n}.html") for n in ("dash", "host", "pipe", "none")]
    dash, host, pipe, none = read_inputs(names, ReadOptions())
    assert [a.source for a in (dash, host, pipe) if isinstance(a, Article)] == ["Sahel Daily"] * 3
    assert isinstance(none, Article) and none.source == "saheldaily.example"  # nothing better
