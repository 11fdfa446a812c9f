"""HTML report: rendered from a hand-built store; content, escaping, marks and self-containment."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from orbitscope.model import (
    Analysis,
    DateSource,
    Document,
    Event,
    EventActor,
    Granularity,
    Mention,
    MentionKind,
    Paragraph,
    Rejected,
    Sentence,
    Source,
    Token,
    document_id,
)
from orbitscope.report import write_report
from orbitscope.store import Store


def build(
    paragraphs: list[list[str]], names: dict[str, tuple[str, MentionKind]], **fields: object
) -> Analysis:
    """Build an analysis by hand: whitespace tokens, a mention for each whole-word occurrence of a name."""
    text = "\n\n".join(" ".join(sentences) for sentences in paragraphs)
    doc_id = document_id(text)
    sentences, mentions, paragraph_records, position = [], [], [], 0
    for paragraph_index, paragraph in enumerate(paragraphs):
        paragraph_start = position
        for sentence_text in paragraph:
            start = text.index(sentence_text, position)
            tokens = tuple(
                Token(start + m.start(), start + m.end(), m.group(), m.group().lower(), "ign")
                for m in re.finditer(r"\S+", sentence_text)
            )
            index = len(sentences)
            sentences.append(
                Sentence(doc_id, index, start, start + len(sentence_text), paragraph_index, tokens)
            )
            for surface, (base, kind) in names.items():
                for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", sentence_text):
                    mentions.append(
                        Mention(doc_id, index, start + m.start(), start + m.end(), surface, base, kind)
                    )
            position = start + len(sentence_text)
        paragraph_records.append(Paragraph(paragraph_index, paragraph_start, position))
        position += 2
    document = Document(
        id=doc_id, text=text, language="pl", paragraphs=tuple(paragraph_records),
        sources=(Source(f"{doc_id}.txt"),), **fields,  # type: ignore[arg-type]
    )  # fmt: skip
    return Analysis(document, tuple(sentences), tuple(mentions))


NAMES = {
    "Wielkiej Brytanii": ("Wielka Brytania", MentionKind.PLACE),
    "Putina": ("Władimir Putin", MentionKind.PERSON),
    "NATO": ("NATO", MentionKind.ORGANIZATION),
}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("report")
    titled = build(
        [
            ["Premier Wielkiej Brytanii rozmawiał o NATO.", "Kreml <script>alert('x')</script> milczy."],
            ["Rzecznik Putina zaprzeczył.", "Rzecznik Putina zaprzeczył."],
        ],
        NAMES,
        title="Rozmowy o NATO & Rosji",
        url="https://wiadomosci.example.pl/artykul?id=1&x=2",
        outlet="wiadomosci.example.pl",
        author="Anna Nowak",
        published=date(2023, 11, 9),
        date_source=DateSource.HTML_METADATA,
    )
    # The second paragraph's second sentence repeats the first one.
    sentences = list(titled.sentences)
    sentences[3] = replace(sentences[3], repeat_of=2)
    titled = replace(titled, sentences=tuple(sentences))
    untitled = build(
        [["Sojusznicy z NATO spotkali się w Brukseli, by omówić pomoc dla Ukrainy w nadchodzącej zimie i dalej."],
         ["Sojusznicy z NATO spotkali się w Brukseli."]],
        NAMES,
        url="javascript:alert(1)",
        near_duplicate_of=titled.document.id,
        near_duplicate_similarity=0.83,
    )  # fmt: skip
    # Its second paragraph repeats the first.
    document = untitled.document
    paragraphs = (document.paragraphs[0], replace(document.paragraphs[1], repeat_of=0, similarity=0.7))
    untitled = replace(untitled, document=replace(document, paragraphs=paragraphs))
    english_text = "The Prime Minister met NATO allies in Brussels on Monday."
    english = Document(
        id=document_id(english_text), text=english_text, language="en", language_confidence=0.97,
        sources=(Source("feed.xml", 2),), paragraphs=(Paragraph(0, 0, len(english_text)),),
    )  # fmt: skip
    path = folder / "store.duckdb"
    with Store(path) as store:
        run_id = store.start_run("{}", ["in"])
        store.write_analysis(titled, None, run_id)
        store.write_analysis(untitled, None, run_id)
        store.write_unanalysed(english, None, run_id)
        store.write_rejected(Rejected("broken.html", "ingest", "no text <found>"), run_id)
    output = folder / "report.html"
    with Store(path, read_only=True) as store:
        write_report(store, output)
    return {"html": output.read_text(encoding="utf-8"), "titled": titled, "untitled": untitled,
            "english": english, "path": path}  # fmt: skip


def test_header_shows_counts_version_and_store(rendered: dict) -> None:
    page = rendered["html"]
    assert "orbitscope 0.1.0" in page
    assert html.escape(str(rendered["path"])) in page
    assert "<li><b>3</b> documents</li>" in page
    assert "<li><b>1</b> rejected</li>" in page
    assert "<li><b>3</b> names</li>" in page
    assert re.search(r"Generated \d{4}-\d\d-\d\d \d\d:\d\d UTC", page)


def test_article_text_is_escaped(rendered: dict) -> None:
    page = rendered["html"]
    assert "<script" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "Rozmowy o NATO &amp; Rosji" in page
    assert "no text &lt;found&gt;" in page


def test_marks_wrap_exactly_the_mentions(rendered: dict) -> None:
    page = rendered["html"]
    marks = re.findall(r'<mark class="kind-(\w+)" title="([^"]*)">([^<]*)</mark>', page)
    titled = rendered["titled"]
    expected = [
        (m.kind.value, f"{m.base} ({m.kind.value})", titled.document.text[m.start : m.end])
        for m in titled.mentions
    ]
    assert marks[: len(expected)] == expected
    assert "Premier <mark" in page  # the text before the first mark is kept
    assert (
        '<mark class="kind-place" title="Wielka Brytania (place)">Wielkiej Brytanii</mark> rozmawiał o '
        in page
    )


def test_base_forms_and_name_table(rendered: dict) -> None:
    page = rendered["html"]
    assert '<td>Putina</td><td>Władimir Putin</td><td>person</td><td class="number">2</td>' in page
    assert "<td>Wielkiej Brytanii</td><td>Wielka Brytania</td><td>place</td>" in page


def test_metadata_and_unknowns(rendered: dict) -> None:
    page = rendered["html"]
    titled, untitled = rendered["titled"].document, rendered["untitled"].document
    assert '2023-11-09 <span class="muted">(from the page&#39;s metadata)</span>' in page
    assert '<span class="unknown">unknown</span>' in page  # the untitled document's date
    assert "Anna Nowak" in page and "wiadomosci.example.pl" in page
    assert f'<a href="#doc-{titled.id}" class="id">{titled.id}</a>' in page  # near-duplicate link
    assert "(similarity 0.83)" in page
    # A javascript: URL is shown, never linked.
    assert 'href="javascript:' not in page
    assert "javascript:alert(1)" in page
    assert f'id="doc-{untitled.id}"' in page


def test_untitled_document_is_named_by_its_first_sentence(rendered: dict) -> None:
    page = rendered["html"]
    untitled = rendered["untitled"].document
    heading = re.search(rf'<article class="document" id="doc-{untitled.id}">\s*<h3>(.*?)</h3>', page).group(1)
    assert heading.startswith("Sojusznicy z NATO spotkali się w Brukseli")
    assert heading.endswith('… <span class="badge">untitled</span>')
    assert len(heading.split(" <span")[0]) <= 91


def test_repeats_are_marked(rendered: dict) -> None:
    page = rendered["html"]
    doc_id = rendered["titled"].document.id
    assert f'<a class="badge repeat" href="#doc-{doc_id}-s3">repeat of #3</a>' in page
    assert f'id="doc-{doc_id}-s3"' in page
    untitled_id = rendered["untitled"].document.id
    assert re.search(
        rf'<section class="paragraph repeated" id="doc-{untitled_id}-p2">\s*<p><span class="badge repeat">'
        r"paragraph repeat of ¶1 \(0.70\)</span>",
        page,
    )


def test_unanalysed_document_is_listed_with_its_language(rendered: dict) -> None:
    page = rendered["html"]
    english = rendered["english"]
    section = page.split("<h2>Documents not analysed</h2>")[1].split('<h2 id="names">')[0]
    assert f'id="doc-{english.id}"' in section
    assert "Not analysed: language <b>en</b>." in section
    assert "The Prime Minister met NATO allies" in section
    assert "<code>feed.xml#2</code>" in section


def test_rejected_inputs_are_listed(rendered: dict) -> None:
    section = rendered["html"].split('<h2 id="rejected">')[1]
    assert "<code>broken.html</code></td><td>ingest</td><td>no text &lt;found&gt;</td>" in section


def test_page_is_self_contained(rendered: dict) -> None:
    page = rendered["html"]
    assert "<link" not in page and "<img" not in page and "@import" not in page and "url(" not in page
    allowed = {html.escape(rendered["titled"].document.url)}
    remote = set(re.findall(r'(?:href|src)="(https?:[^"]*)"', page))
    assert remote == allowed
    assert all(match in allowed for match in re.findall(r'"(https?://[^"]*)"', page))


def test_empty_store_renders(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.duckdb") as store:
        write_report(store, tmp_path / "empty.html")
    page = (tmp_path / "empty.html").read_text(encoding="utf-8")
    assert "The store holds no documents." in page
    assert "No input was rejected." in page
    assert "No events." in page and "No event between two known actors." in page


def test_events_table_dyad_summary_and_document_events_are_shown_escaped(tmp_path: Path) -> None:
    analysis = build([["Premier Wielkiej Brytanii <i>spotkał</i> Putina.", "Putina <b>oskarżono</b>."]], NAMES,
                     published=date(2023, 11, 9), date_source=DateSource.RECORD)
    first, second = analysis.sentences
    text = analysis.document.text
    uk = EventActor("Q145", "GBR", "Wielkiej Brytanii", text.index("Wielkiej"), text.index(" <i>"))
    putin = EventActor("Q7747", "RUSGOV", "Putina <x>", text.index("Putina"), text.index("Putina") + 6)
    meeting = Event(analysis.document.id, 0, first.start, first.end, "<i>spotkał</i>", text.index("<i>"),
                    text.index("</i>") + 4, "CONSULT", "visit", source=uk, target=putin, date="2023-11-09",
                    date_granularity=Granularity.DAY, quad_class=1, intensity=1.0)
    accusation = Event(analysis.document.id, 1, second.start, second.end, "oskarżono", text.index("oskarżono"),
                       text.index("oskarżono") + 9, "ACCUSE", target=putin, source=uk, negated=True,
                       hypothetical=True, quad_class=3, intensity=-3.0)
    with Store(tmp_path / "s.duckdb") as store:
        store.write_analysis(replace(analysis, events=(meeting, accusation)), None, store.start_run("{}", []))
        write_report(store, tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    table = page[page.index('id="events-table"'):page.index('id="dyads"')]
    assert table.count("<tr>") == 3
    assert "&lt;i&gt;spotkał&lt;/i&gt;" in table and "<i>" not in table
    assert '<span class="flag">negated</span><span class="flag">hypothetical</span>' in table
    assert f'href="#doc-{analysis.document.id}-s1"' in table  # evidence links to its sentence
    dyads = page[page.index('id="dyads-table"'):page.index('id="names"')]
    # Knowledge-base names where known (Putin); the text otherwise, escaped; QuadClass 1 and 3 once each.
    assert "Władimir Putin" in dyads and "Putina &lt;x&gt;" not in dyads
    assert ('<td class="number">1</td><td class="number">0</td><td class="number">1</td>'
            '<td class="number">0</td><td class="number">2</td><td class="number">2</td>'
            '<td class="number">-1.00</td>') in dyads
    assert "<b>oskarżono" not in page and "&lt;b&gt;oskarżono&lt;/b&gt;" in page
