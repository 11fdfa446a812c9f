"""Readers for HTML, JSONL, RSS/Atom feeds and stdin; publication dates (ingest stage)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from orbitscope.config import Settings
from orbitscope.errors import InputPathError
from orbitscope.ingest import check_paths, read_documents
from orbitscope.ingest.dates import date_from_file_name, parse_iso_date
from orbitscope.model import DateSource, Document, Rejected, Source

PARAGRAPHS = [
    (
        "Prezydent Kasym-Żomart Tokajew spotkał się w Astanie z Władimirem Putinem, ale kilka dni wcześniej "
        "rozmawiał z prezydentem Francji o dostawach uranu i współpracy energetycznej."
    ),
    (
        "Według ekspertów Astana konsekwentnie prowadzi politykę wielowektorową, starając się nie drażnić "
        "Moskwy, a jednocześnie zacieśniać więzi z Unią Europejską, Stanami Zjednoczonymi i Chinami."
    ),
    (
        "Rosja pozostaje największym partnerem handlowym Kazachstanu, a wymiana handlowa między oboma "
        "krajami osiągnęła w ubiegłym roku rekordowe 27 mld USD."
    ),
]

ARTICLE_PAGE = f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Kazachstan zbliża się do Zachodu | Przegląd Wschodni</title>
<meta property="og:title" content="Kazachstan zbliża się do Zachodu">
<meta property="og:site_name" content="Przegląd Wschodni">
<meta property="article:published_time" content="2023-11-10T08:30:00+01:00">
<meta name="author" content="Anna Kowalska">
<link rel="canonical" href="https://przeglad.example.pl/swiat/kazachstan-zachod">
</head>
<body>
<header><nav><a href="/">Strona główna</a> <a href="/swiat">Świat</a> <a href="/kraj">Kraj</a></nav></header>
<main>
<article>
<h1>Kazachstan zbliża się do Zachodu</h1>
{"".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)}
</article>
<section id="comments" class="comments">
<h2>Komentarze</h2>
<div class="comment"><p>Jan123: To wszystko propaganda, nic się nie zmieni w tej sprawie przez lata.</p></div>
<div class="comment"><p>Obserwator: Świetny artykuł, czekam na więcej analiz o Azji Centralnej.</p></div>
</section>
</main>
<footer><p>© 2019 Przegląd Wschodni. Wszelkie prawa zastrzeżone.</p></footer>
</body>
</html>
"""


def read_all(paths: list[str], stdin: io.StringIO | None = None) -> list[Document | Rejected]:
    return list(read_documents(paths, Settings(), stdin=stdin))


def test_html_article_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "strona.html"
    path.write_text(ARTICLE_PAGE, encoding="utf-8")
    [document] = read_all([str(path)])
    assert isinstance(document, Document)
    assert document.text == "\n\n".join(PARAGRAPHS)
    assert "propaganda" not in document.text and "Obserwator" not in document.text
    assert "Strona główna" not in document.text and "prawa zastrzeżone" not in document.text
    assert document.title == "Kazachstan zbliża się do Zachodu"
    assert document.url == "https://przeglad.example.pl/swiat/kazachstan-zachod"
    assert document.outlet == "Przegląd Wschodni"
    assert document.author == "Anna Kowalska"
    assert document.published == date(2023, 11, 10)
    assert document.date_source is DateSource.HTML_METADATA
    assert document.language == "pl"
    assert document.sources == (Source(str(path)),)


def test_html_in_declared_legacy_charset(tmp_path: Path) -> None:
    page = ARTICLE_PAGE.replace('charset="utf-8"', 'charset="iso-8859-2"').replace("©", "(c)")
    path = tmp_path / "latin2.html"
    path.write_bytes(page.encode("iso-8859-2"))
    [document] = read_all([str(path)])
    assert isinstance(document, Document) and document.text == "\n\n".join(PARAGRAPHS)


def test_explicit_file_with_unknown_extension_is_sniffed_as_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "eksport.data"
    path.write_text(
        json.dumps({"text": PARAGRAPHS[1], "title": "Astana"}, ensure_ascii=False), encoding="utf-8"
    )
    [document] = read_all([str(path)])
    assert isinstance(document, Document) and document.title == "Astana"
    assert document.sources == (Source(str(path), 1),)


def test_html_date_is_not_guessed_from_page_text(tmp_path: Path) -> None:
    page = ARTICLE_PAGE.replace(
        '<meta property="article:published_time" content="2023-11-10T08:30:00+01:00">', ""
    )
    page = page.replace("<article>", "<article><p>Astana, 10 listopada 2023 r.</p>")
    path = tmp_path / "bez-daty.html"
    path.write_text(page, encoding="utf-8")
    [document] = read_all([str(path)])
    assert isinstance(document, Document)
    assert document.published is None
    assert document.date_source is DateSource.UNKNOWN


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    good = {
        "text": PARAGRAPHS[0],
        "title": "Tokajew i Putin",
        "url": "https://example.pl/a",
        "outlet": "Gazeta",
        "published": "2023-11-09T10:00:00Z",
    }
    english = {"text": "A short English text about Kazakhstan and Russia.", "language": "en-GB"}
    lines = [
        json.dumps(good, ensure_ascii=False),
        "{not json",
        "[1, 2]",
        "",
        '{"title": "bez tekstu"}',
        json.dumps(english),
    ]
    path = tmp_path / "2024-01-05-batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = read_all([str(path)])
    assert [type(result) for result in results] == [Document, Rejected, Rejected, Rejected, Document]
    first, not_json, array, no_text, second = results
    assert (
        first.title == "Tokajew i Putin" and first.outlet == "Gazeta" and first.url == "https://example.pl/a"
    )
    assert first.published == date(2023, 11, 9) and first.date_source is DateSource.RECORD
    assert first.sources == (Source(str(path), 1),)
    assert (
        not_json.source == f"{path}#2" and not_json.stage == "ingest" and "not valid JSON" in not_json.reason
    )
    assert array.source == f"{path}#3" and "expected an object" in array.reason
    assert no_text.source == f"{path}#5" and '"text"' in no_text.reason
    # Stated language is trusted without a confidence; no date in the record -> the file name's date.
    assert second.language == "en" and second.language_confidence is None
    assert second.published == date(2024, 1, 5) and second.date_source is DateSource.FILE_NAME
    assert second.sources == (Source(str(path), 6),)


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Wiadomości ze Wschodu</title><link>https://wschod.example.pl</link><description>Kanał</description>
<item>
  <title>Tokajew spotkał się z Putinem</title>
  <link>https://wschod.example.pl/1</link>
  <author>redakcja@wschod.example.pl (Jan Nowak)</author>
  <pubDate>Thu, 09 Nov 2023 10:15:00 +0000</pubDate>
  <description><![CDATA[<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>]]></description>
</item>
<item><title>Pusty wpis</title><link>https://wschod.example.pl/2</link></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Przegląd Atom</title>
  <id>urn:uuid:1</id><updated>2023-11-12T00:00:00Z</updated>
  <entry>
    <title>Handel Rosji z Kazachstanem</title>
    <link href="https://atom.example.pl/handel"/>
    <id>urn:uuid:2</id>
    <updated>2023-11-12T07:00:00Z</updated>
    <author><name>Anna Kowalska</name></author>
    <summary>Krótko o handlu.</summary>
    <content type="html">&lt;p&gt;{PARAGRAPHS[2]}&lt;/p&gt;&lt;p&gt;{PARAGRAPHS[1]}&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_rss_feed_entries(tmp_path: Path) -> None:
    path = tmp_path / "kanal.rss"
    path.write_text(RSS, encoding="utf-8")
    document, empty = read_all([str(path)])
    assert isinstance(document, Document)
    assert document.text == PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1]
    assert len(document.paragraphs) == 2
    assert document.title == "Tokajew spotkał się z Putinem"
    assert document.url == "https://wschod.example.pl/1"
    assert document.outlet == "Wiadomości ze Wschodu"
    assert document.author and "Jan Nowak" in document.author
    assert document.published == date(2023, 11, 9) and document.date_source is DateSource.RECORD
    assert document.sources == (Source(str(path), 1),)
    assert isinstance(empty, Rejected) and empty.source == f"{path}#2" and "no content" in empty.reason


def test_atom_feed_prefers_full_content(tmp_path: Path) -> None:
    path = tmp_path / "przeglad.atom"
    path.write_text(ATOM, encoding="utf-8")
    [document] = read_all([str(path)])
    assert isinstance(document, Document)
    assert document.text == PARAGRAPHS[2] + "\n\n" + PARAGRAPHS[1]
    assert document.title == "Handel Rosji z Kazachstanem"
    assert document.url == "https://atom.example.pl/handel"
    assert document.outlet == "Przegląd Atom" and document.author == "Anna Kowalska"
    assert document.published == date(2023, 11, 12)


def test_feed_is_sniffed_from_content_of_an_xml_or_unknown_file(tmp_path: Path) -> None:
    path = tmp_path / "export.feed"  # unknown extension, given explicitly
    path.write_text(RSS, encoding="utf-8")
    results = read_all([str(path)])
    assert isinstance(results[0], Document) and results[0].outlet == "Wiadomości ze Wschodu"


def test_stdin_plain_text_jsonl_and_html() -> None:
    [text] = read_all(["-"], io.StringIO("Nagłówek artykułu\n\n" + PARAGRAPHS[0]))
    assert isinstance(text, Document)
    assert text.title == "Nagłówek artykułu" and text.text == PARAGRAPHS[0]
    assert text.sources == (Source("<stdin>"),) and text.date_source is DateSource.UNKNOWN

    jsonl = "\n".join(json.dumps({"text": paragraph}, ensure_ascii=False) for paragraph in PARAGRAPHS)
    documents = read_all(["-"], io.StringIO(jsonl))
    assert [document.text for document in documents] == PARAGRAPHS
    assert [document.sources for document in documents] == [(Source("<stdin>", line),) for line in (1, 2, 3)]

    [page] = read_all(["-"], io.StringIO(ARTICLE_PAGE))
    assert isinstance(page, Document) and page.title == "Kazachstan zbliża się do Zachodu"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2023-11-09-putin-w-astanie.txt", date(2023, 11, 9)),
        ("putin_20231109.txt", date(2023, 11, 9)),
        ("putin_2023_11_09.html", date(2023, 11, 9)),
        ("astana 09.11.2023.txt", date(2023, 11, 9)),
        ("artykul-1989-01-01.txt", None),  # before the sanity range
        ("id-2023-13-45.txt", None),  # not a calendar day
        ("12023110955.txt", None),  # digits of a longer number
        ("artykul.txt", None),
    ],
)
def test_dates_in_file_names(name: str, expected: date | None) -> None:
    assert date_from_file_name(name) == expected


def test_file_name_date_and_unknown_date_on_documents(tmp_path: Path) -> None:
    dated = tmp_path / "2023-11-09-wizyta.txt"
    undated = tmp_path / "wizyta.txt"
    for path in (dated, undated):
        path.write_text(PARAGRAPHS[0], encoding="utf-8")
    first, second = read_all([str(dated), str(undated)])
    assert first.published == date(2023, 11, 9) and first.date_source is DateSource.FILE_NAME
    assert second.published is None and second.date_source is DateSource.UNKNOWN


def test_parse_iso_date_variants() -> None:
    assert parse_iso_date("2023-11-09") == date(2023, 11, 9)
    assert parse_iso_date("2023-11-09T23:30:00+01:00") == date(2023, 11, 9)
    assert parse_iso_date("9 listopada") is None
    assert parse_iso_date(20231109) is None


def test_folder_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text(PARAGRAPHS[0], encoding="utf-8")
    (tmp_path / "a.txt").write_text(PARAGRAPHS[1], encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(PARAGRAPHS[2], encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(PARAGRAPHS[2], encoding="utf-8")
    (tmp_path / "README.md").write_text("# Opis folderu", encoding="utf-8")
    results = read_all([str(tmp_path)])
    assert [result.sources[0].path for result in results] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "z.txt"),
    ]


def test_check_paths(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    check_paths([str(tmp_path), str(tmp_path / "a.txt"), "-"])
    missing = str(tmp_path / "brak.txt")
    with pytest.raises(InputPathError, match="brak.txt does not exist"):
        check_paths([str(tmp_path), missing])
