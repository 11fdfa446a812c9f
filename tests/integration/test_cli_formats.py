"""Other ways in: standard input (in-process and through a real pipe), an HTML page, an RSS feed."""

from __future__ import annotations

import html
import json
import subprocess
from pathlib import Path

GOOD_TEXT = "pl-kazakhstan-turns-west.txt"


def test_stdin_is_read_with_source_stdin(cli, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    article = (cli.samples / GOOD_TEXT).read_text(encoding="utf-8")
    summary = cli.invoke_json("run", "-", "--db", db, input=article)
    assert summary["counts"] == {"analysed": 1}
    [doc] = cli.invoke_json("docs", "--db", db)
    assert doc["sources"] == ["<stdin>"]
    assert doc["language"] == "pl" and doc["date_source"] == "unknown" and doc["tokens"] > 500
    # The same article from its file is the same document: one more source, no second document.
    again = cli.invoke_json("run", cli.samples / GOOD_TEXT, "--db", db)
    assert again["counts"] == {"new source": 1}
    [doc] = cli.invoke_json("docs", "--db", db)
    assert doc["sources"] == ["<stdin>", str(cli.samples / GOOD_TEXT)]


def test_stdin_through_a_real_pipe(cli, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    completed = subprocess.run(
        [str(cli.executable), "run", "-", "--db", str(db), "--json"],
        check=False,
        input=(cli.samples / GOOD_TEXT).read_bytes(),
        capture_output=True,
        cwd=tmp_path,
        env=cli.process_environment(),
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr.decode()
    assert json.loads(completed.stdout)["counts"] == {"analysed": 1}
    [doc] = cli.invoke_json("docs", "--db", db)
    assert doc["sources"] == ["<stdin>"]


def test_empty_stdin_is_rejected_not_a_crash(cli, tmp_path: Path) -> None:
    summary = cli.invoke_json("run", "-", "--db", tmp_path / "store.duckdb", input="  \n")
    assert summary["counts"] == {"rejected": 1}
    [rejected] = summary["rejected"]
    assert rejected["source"] == "<stdin>" and "standard input" in rejected["reason"]


def _paragraphs(cli, count: int, skip: int = 0) -> list[str]:
    return cli.sample_paragraphs()[skip : skip + count]


def test_html_page_with_a_metadata_date(cli, tmp_path: Path) -> None:
    body = "\n".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in _paragraphs(cli, 4))
    page = f"""<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Putin w Astanie</title>
<meta property="og:title" content="Putin w Astanie">
<meta property="article:published_time" content="2023-11-09T08:30:00+01:00">
</head><body><nav><a href="/">Strona główna</a> | <a href="/swiat">Świat</a></nav>
<article><h1>Putin w Astanie</h1>
{body}
</article><footer>© Przegląd Wschodni. Wszelkie prawa zastrzeżone.</footer></body></html>"""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "putin.html").write_text(page, encoding="utf-8")
    db = tmp_path / "store.duckdb"

    assert cli.invoke_json("run", folder, "--db", db)["counts"] == {"analysed": 1}
    [doc] = cli.invoke_json("docs", "--db", db)
    assert doc["published"] == "2023-11-09"
    assert doc["date_source"] == "html_metadata"
    assert doc["title"] == "Putin w Astanie"
    assert doc["language"] == "pl"
    analysis = cli.invoke_json("show", doc["id"], "--db", db)
    text = analysis["document"]["text"]
    assert "Strona główna" not in text and "Wszelkie prawa" not in text  # boilerplate left out
    assert "Kazachstan" in {mention["base"] for mention in analysis["mentions"]}


def test_rss_feed_with_two_entries_gives_two_dated_documents(cli, tmp_path: Path) -> None:
    entries = [
        ("Kazachstan i Rosja", "Thu, 09 Nov 2023 08:00:00 +0000", _paragraphs(cli, 2, skip=0)),
        ("Kazachstan zwraca się na Zachód", "Mon, 03 Feb 2025 12:00:00 +0000", _paragraphs(cli, 2, skip=12)),
    ]
    items = "\n".join(
        f"<item><title>{title}</title><link>https://example.pl/{number}</link><pubDate>{date}</pubDate>"
        f"<description>{html.escape(''.join(f'<p>{html.escape(p)}</p>' for p in paragraphs))}</description>"
        "</item>"
        for number, (title, date, paragraphs) in enumerate(entries, start=1)
    )
    feed = tmp_path / "wschod.rss"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Przegląd Wschodni</title>'
        f"<link>https://example.pl</link><description>Wiadomości</description>\n{items}\n</channel></rss>\n",
        encoding="utf-8",
    )
    db = tmp_path / "store.duckdb"

    assert cli.invoke_json("run", feed, "--db", db)["counts"] == {"analysed": 2}
    docs = cli.invoke_json("docs", "--db", db)
    assert [
        (doc["title"], doc["published"], doc["date_source"], doc["outlet"], doc["url"], doc["sources"])
        for doc in docs
    ] == [
        (
            "Kazachstan i Rosja",
            "2023-11-09",
            "record",
            "Przegląd Wschodni",
            "https://example.pl/1",
            [f"{feed}#1"],
        ),
        (
            "Kazachstan zwraca się na Zachód",
            "2025-02-03",
            "record",
            "Przegląd Wschodni",
            "https://example.pl/2",
            [f"{feed}#2"],
        ),
    ]
    assert all(doc["language"] == "pl" and doc["analysed"] for doc in docs)


def test_file_name_date_is_used_when_nothing_else_states_one(cli, tmp_path: Path) -> None:
    dated = tmp_path / "2023-11-09-putin-w-astanie.txt"
    dated.write_text((cli.samples / GOOD_TEXT).read_text(encoding="utf-8"), encoding="utf-8")
    cli.invoke_json("run", dated, "--db", tmp_path / "store.duckdb")
    [doc] = cli.invoke_json("docs", "--db", tmp_path / "store.duckdb")
    assert (doc["published"], doc["date_source"]) == ("2023-11-09", "file_name")
