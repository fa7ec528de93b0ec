from datetime import date
from pathlib import Path

from dateline.inputs import InputError, ReadOptions, read_inputs
from dateline.model import Article

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Horn Monitor</title>
<item><title>Blast in Mogadishu</title><link>https://example.org/a</link>
<guid>https://example.org/a</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>A roadside bomb killed two soldiers in Mogadishu on Monday.</p>
<p>Al-Shabaab claimed it.</p>]]></content:encoded></item>
<item><title>Protest in Hargeisa</title><link>https://example.org/b</link>
<description>Hundreds marched in Hargeisa on Tuesday.</description></item>
<item><title>Empty</title><link>https://example.org/c</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Andes Wire</title>
<entry><id>urn:1</id><title>Strike in Cauca</title><updated>2024-01-20T12:00:00Z</updated>
<summary>ELN fighters attacked a police station in Cauca on Friday.</summary></entry></feed>"""


def test_rss_entries_become_articles_with_page_text(tmp_path: Path) -> None:
    path = tmp_path / "horn.xml"
    path.write_text(RSS, encoding="utf-8")
    results = list(read_inputs([str(path)], ReadOptions()))
    first, second, third = results
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text.startswith("A roadside bomb killed two soldiers in Mogadishu on Monday.")
    assert "Al-Shabaab claimed it." in first.text
    assert first.published == date(2024, 3, 5)
    assert first.source == "Horn Monitor" and first.url == "https://example.org/a"
    assert second.text == "Hundreds marched in Hargeisa on Tuesday." and second.published is None
    # a headline-and-link entry is still an article: its headline is all the text there is
    assert (
        isinstance(third, Article) and third.text == "Empty" and third.id == "https://example.org/c"
    )


def test_published_and_source_options_only_fill_what_entries_lack(tmp_path: Path) -> None:
    # --published/--source label the plain-text files of a mixed batch, not the feed's entries
    path = tmp_path / "horn.xml"
    path.write_text(RSS, encoding="utf-8")
    options = ReadOptions(published=date(2024, 3, 14), source="Reuters")
    first, second, _ = read_inputs([str(path)], options)
    assert isinstance(first, Article) and first.published == date(2024, 3, 5)
    assert isinstance(second, Article) and second.published == date(2024, 3, 14)
    assert first.source == second.source == "Horn Monitor"
    untitled = tmp_path / "untitled.xml"
    untitled.write_text(RSS.replace("<title>Horn Monitor</title>", ""), encoding="utf-8")
    assert {a.source for a in read_inputs([str(untitled)], options)} == {"Reuters"}


def test_entry_with_neither_text_nor_title_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bare.rss"
    path.write_text(RSS.replace("<title>Empty</title>", ""), encoding="utf-8")
    *_, bare = read_inputs([str(path)], ReadOptions())
    assert isinstance(bare, InputError)
    assert bare.origin.endswith("bare.rss#3") and "neither text nor title" in bare.reason


def test_feed_broken_midway_keeps_the_entries_before_the_break(tmp_path: Path) -> None:
    path = tmp_path / "cut.rss"
    cut = RSS.index("<item><title>Empty")
    path.write_text(RSS[:cut] + "<item><title>Broken <b>tag</title><description>x", "utf-8")
    results = list(read_inputs([str(path)], ReadOptions()))
    articles = [r for r in results if isinstance(r, Article)]
    assert [a.url for a in articles[:2]] == ["https://example.org/a", "https://example.org/b"]
    [error] = [r for r in results if isinstance(r, InputError)]
    assert error.origin.endswith("cut.rss") and "malformed feed XML" in error.reason
    assert error.reason.startswith("whatever follows entry 3")  # what was skipped, and why


def test_feed_in_its_declared_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "soleil.xml"
    feed = ATOM.replace('encoding="utf-8"', 'encoding="ISO-8859-1"')
    path.write_bytes(feed.replace("Strike in Cauca", "Grève à Cauca").encode("latin-1"))
    [article] = list(read_inputs([str(path)], ReadOptions()))
    assert isinstance(article, Article) and article.title == "Grève à Cauca"


def test_atom_feed_from_stdin_like_bytes(tmp_path: Path) -> None:
    path = tmp_path / "andes.atom"
    path.write_text(ATOM, encoding="utf-8")
    [article] = list(read_inputs([str(path)], ReadOptions()))
    assert isinstance(article, Article)
    assert article.id == "urn:1" and article.published == date(2024, 1, 20)


def test_malformed_feed_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><item><title>oops", encoding="utf-8")
    [error] = list(read_inputs([str(path)], ReadOptions()))
    assert isinstance(error, InputError) and "broken.rss" in str(error)


def test_entry_without_id_or_link_is_named_by_file_and_position(tmp_path: Path) -> None:
    path = tmp_path / "bulletin.rss"
    bare = "<item><title>Shelling in Kherson</title><description>x</description></item>"
    path.write_text(f"<rss><channel><title>B</title>{bare}{bare}</channel></rss>", "utf-8")
    assert [a.id for a in read_inputs([str(path)], ReadOptions())] == ["bulletin#1", "bulletin#2"]
