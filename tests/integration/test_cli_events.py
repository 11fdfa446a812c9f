"""events, claims, quantities, show, export and extract on a store of three articles with known events."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb
import pytest

from orbitscope.model import Event, EventActor, Granularity
from orbitscope.store import Store

ARTICLES = [
    {"text": "Prezydent Rosji Władimir Putin spotkał się 9 listopada 2023 r. w Astanie z prezydentem Kazachstanu "
             "Kasymem-Żomartem Tokajewem. Dwustronna wymiana handlowa wyniosła 27 mld USD. Tokajew podkreślił, "
             "że współpraca z Rosją jest dla Kazachstanu kluczowa.",
     "title": "Putin w Astanie", "outlet": "pap.pl", "url": "https://pap.example/putin", "published": "2023-11-09"},
    {"text": "Władimir Putin rozmawiał w czwartek w Astanie z Kasymem-Żomartem Tokajewem. Według Kremla rozmowy "
             "dotyczyły energetyki, a około 80 procent kazachskiej ropy płynie przez Rosję.",
     "title": "Rozmowy w Astanie", "outlet": "rp.pl", "published": "2023-11-10"},
    {"text": "Rosja oskarżyła Zachód o próby destabilizacji Azji Środkowej. Rzecznik Kremla Dmitrij Pieskow "
             "powiedział, że <b>Zachód</b> „gra przeciw regionowi”.",
     "title": "Oskarżenia Moskwy", "outlet": "pap.pl", "published": "2024-02-01"},
]

WIDE = {"COLUMNS": "250"}  # a terminal wide enough that table cells and messages are not wrapped

RUSSIA, KAZAKHSTAN, WEST = ("Q159", "RUSGOV"), ("Q232", "KAZGOV"), ("place:the-west", "WST")


def _actor(text: str, surface: str, actor: tuple[str, str]) -> EventActor:
    start = text.index(surface)
    return EventActor(actor[0], actor[1], surface, start, start + len(surface))


def _event(analysis, trigger: str, event_type: str, source: EventActor, target: EventActor, when: str,
           **fields: object) -> Event:
    text = analysis.document.text
    start = text.index(trigger)
    sentence = next(s for s in analysis.sentences if s.start <= start < s.end)
    return Event(analysis.document.id, sentence.index, sentence.start, sentence.end, trigger, start,
                 start + len(trigger), event_type, source=source, target=target, date=when,
                 date_granularity=Granularity.DAY, date_method="sentence", **fields)  # type: ignore[arg-type]


@dataclass(frozen=True)
class EventStore:
    db: Path
    ids: list[str]  # document ids in ARTICLES order


@pytest.fixture(scope="module")
def events_store(cli, tmp_path_factory: pytest.TempPathFactory) -> Iterator[EventStore]:
    """The articles run through the real pipeline, then given hand-made events (the extractor still changes)."""
    folder = tmp_path_factory.mktemp("events")
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(article, ensure_ascii=False) + "\n" for article in ARTICLES),
                      encoding="utf-8")
    db = folder / "store.duckdb"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        assert cli.invoke_json("run", source, "--db", db)["counts"] == {"analysed": 3}
    with Store(db) as store:
        analyses = list(store.iter_analyses())
        first, second, third = analyses
        t1, t2, t3 = (a.document.text for a in analyses)
        events = {
            0: (_event(first, "spotkał się", "CONSULT", _actor(t1, "Władimir Putin", RUSSIA),
                       _actor(t1, "Kasymem-Żomartem Tokajewem", KAZAKHSTAN), "2023-11-09", mode="visit",
                       quad_class=1, intensity=1.0),),
            # The same meeting told the other way round, a day later: one distinct event, two reports.
            1: (_event(second, "rozmawiał", "CONSULT", _actor(t2, "Kasymem-Żomartem Tokajewem", KAZAKHSTAN),
                       _actor(t2, "Władimir Putin", RUSSIA), "2023-11-09", quad_class=1, intensity=3.0),),
            2: (_event(third, "oskarżyła", "ACCUSE", _actor(t3, "Rosja", RUSSIA), _actor(t3, "Zachód", WEST),
                       "2024-02-01", quad_class=3, intensity=-4.0, reported=True),),
        }
        store.write_extractions([replace(analysis, events=events[i]) for i, analysis in enumerate(analyses)])
    yield EventStore(db, [analysis.document.id for analysis in analyses])


def test_events_lists_distinct_events_with_report_and_document_counts(cli, events_store: EventStore) -> None:
    rows = cli.invoke_json("events", "--db", events_store.db)
    assert [(row["type"], row["reports"], row["documents"], row["outlets"]) for row in rows] == [
        ("CONSULT", 2, 2, 2), ("ACCUSE", 1, 1, 1)]
    meeting = rows[0]
    assert meeting["source_name"] == "Rosja" and meeting["target_id"] == "Q232"
    assert meeting["doc_ids"] == sorted(events_store.ids[:2])
    assert meeting["evidence"].startswith("Prezydent Rosji Władimir Putin spotkał się")
    output = cli.plain(cli.invoke("events", "--db", events_store.db, **WIDE).output)
    assert "2 distinct events from 3 reports" in output and "CONSULT" in output


def test_events_reports_lists_every_report_with_trigger_and_evidence(cli, events_store: EventStore) -> None:
    rows = cli.invoke_json("events", "--reports", "--db", events_store.db)
    assert [(row["type"], row["trigger"]) for row in rows] == [
        ("CONSULT", "spotkał się"), ("CONSULT", "rozmawiał"), ("ACCUSE", "oskarżyła")]
    assert rows[0]["event_id"] == rows[1]["event_id"] != rows[2]["event_id"]
    assert rows[1]["evidence"].startswith("Władimir Putin rozmawiał")
    assert rows[2]["reported"] is True
    output = cli.plain(cli.invoke("events", "--reports", "--db", events_store.db, **WIDE).output)
    assert "3 event reports" in output and "oskarżyła" in output


@pytest.mark.parametrize(("options", "expected"), [
    (["--type", "accuse"], ["ACCUSE"]),
    (["--actor", "place:the-west"], ["ACCUSE"]),
    (["--actor", "Q232"], ["CONSULT"]),
    (["--since", "2024-01"], ["ACCUSE"]),
    (["--until", "2023"], ["CONSULT"]),
    (["--since", "2023-11-09", "--until", "2023-11-09"], ["CONSULT"]),
    (["--type", "SANCTION"], []),
])
def test_event_filters(cli, events_store: EventStore, options: list[str], expected: list[str]) -> None:
    assert [row["type"] for row in cli.invoke_json("events", *options, "--db", events_store.db)] == expected


def test_event_doc_filter_takes_a_prefix_and_reports_only_that_documents_reports(cli, events_store) -> None:
    second = events_store.ids[1]
    rows = cli.invoke_json("events", "--doc", second[:6], "--reports", "--db", events_store.db)
    assert [(row["doc_id"], row["trigger"]) for row in rows] == [(second, "rozmawiał")]
    [story] = cli.invoke_json("events", "--doc", second[:6], "--db", events_store.db)
    assert story["reports"] == 2  # the distinct event keeps all its reports


@pytest.mark.parametrize(("options", "message"), [
    (["--since", "yesterday"], "--since 'yesterday' is not a date"),
    (["--until", "2023-02-30"], "--until '2023-02-30' is not a date"),
    (["--type", "MEET"], "unknown event type 'MEET'"),
    (["--doc", "zzzzzz"], "no document with id or id prefix"),
])
def test_bad_event_options_exit_2_with_one_line(cli, events_store: EventStore, options, message) -> None:
    result = cli.invoke("events", *options, "--db", events_store.db, **WIDE)
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_claims_and_their_filters(cli, events_store: EventStore) -> None:
    claims = cli.invoke_json("claims", "--db", events_store.db)
    assert any(c["speaker"] == "Tokajew" and c["cue"] == "podkreślić" for c in claims)
    by_doc = cli.invoke_json("claims", "--doc", events_store.ids[0], "--db", events_store.db)
    assert by_doc and {c["doc_id"] for c in by_doc} == {events_store.ids[0]}
    speaker = next(c["speaker_id"] for c in claims if c["speaker_id"])
    assert {c["speaker_id"] for c in cli.invoke_json("claims", "--actor", speaker, "--db", events_store.db)} == {
        speaker}
    assert "podkreślić" in cli.plain(cli.invoke("claims", "--db", events_store.db, **WIDE).output)


def test_quantities_and_their_filters(cli, events_store: EventStore) -> None:
    figures = cli.invoke_json("quantities", "--db", events_store.db)
    assert {(f["value"], f["unit"]) for f in figures} >= {(27e9, "USD"), (80.0, "%")}
    money = cli.invoke_json("quantities", "--kind", "money", "--db", events_store.db)
    assert [(f["value"], f["unit"]) for f in money] == [(27e9, "USD")]
    assert "27,000,000,000" in cli.plain(cli.invoke("quantities", "--db", events_store.db, **WIDE).output)
    result = cli.invoke("quantities", "--kind", "dollars", "--db", events_store.db)
    assert result.exit_code == 2 and "unknown quantity kind 'dollars'" in cli.plain(result.output)


def test_show_marks_events_and_lists_dates_figures_and_claims(cli, events_store: EventStore) -> None:
    output = cli.plain(cli.invoke("show", events_store.ids[0], "--db", events_store.db, **WIDE).output)
    assert "⚑ CONSULT · visit Władimir Putin (Q159) → Kasymem-Żomartem Tokajewem (Q232) «spotkał się»" in output
    assert "Dates (" in output and "9 listopada 2023 r." in output
    assert "Figures (" in output and "27 mld USD" in output
    assert "Claims (" in output and "1 event reports" in output


@pytest.mark.parametrize("file_format", ["csv", "parquet", "jsonl"])
def test_export_events_in_every_format_reads_back(cli, events_store: EventStore, tmp_path: Path,
                                                  file_format: str) -> None:
    reader = {"csv": "read_csv", "parquet": "read_parquet", "jsonl": "read_json"}[file_format]
    for options, rows in (([], 2), (["--reports"], 3), (["--gdelt"], 2)):
        path = tmp_path / f"out-{len(options)}-{options[0][2:] if options else 'events'}.{file_format}"
        result = cli.invoke_json("export", "events", "--format", file_format, "--output", path, *options,
                                 "--db", events_store.db)
        assert result["rows"] == rows and result["distinct_events"] == 2 and result["reports"] == 3
        with duckdb.connect() as connection:
            table = connection.execute(f"SELECT * FROM {reader}(?)", [str(path)])
            columns = [column[0] for column in table.description]
            records = [dict(zip(columns, row, strict=True)) for row in table.fetchall()]
        assert len(records) == rows
        if options == ["--gdelt"]:
            assert columns[:3] == ["GLOBALEVENTID", "SQLDATE", "MonthYear"]
            meeting = next(r for r in records if r["EventCode"] == "CONSULT")
            assert (meeting["SQLDATE"], meeting["NumMentions"], meeting["NumArticles"], meeting["NumSources"]) == (
                20231109, 2, 2, 2)
            assert (meeting["Actor1Code"], meeting["Actor2Code"], meeting["QuadClass"]) == ("RUSGOV", "KAZGOV", 1)
            assert meeting["GoldsteinScale"] == pytest.approx(2.0)  # mean intensity of the two reports
            assert meeting["SOURCEURL"] == "https://pap.example/putin"
        elif options == ["--reports"]:
            assert sorted(r["trigger"] for r in records) == ["oskarżyła", "rozmawiał", "spotkał się"]
        else:
            assert sorted((r["type"], r["reports"]) for r in records) == [("ACCUSE", 1), ("CONSULT", 2)]


def test_export_defaults_to_csv_in_the_working_directory(cli, events_store: EventStore, tmp_path: Path) -> None:
    result = cli.invoke("export", "events", "--db", events_store.db)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "events.csv").read_text(encoding="utf-8").startswith("event_id,date,")


@pytest.mark.parametrize(("options", "code", "message"), [
    (["--format", "xlsx"], 2, "unknown format 'xlsx'"),
    (["--gdelt", "--reports"], 2, "exclude each other"),
    (["--output", "missing-folder/events.csv"], 1, "cannot write missing-folder/events.csv"),
    (["--since", "31.12.2023"], 2, "is not a date"),
])
def test_bad_export_options_fail_cleanly(cli, events_store: EventStore, options, code, message) -> None:
    result = cli.invoke("export", "events", *options, "--db", events_store.db)
    assert result.exit_code == code
    assert message in cli.plain(result.output)


def test_extract_reruns_the_extractors_without_duplicating(cli, events_store: EventStore, tmp_path: Path,
                                                           store_file) -> None:
    db = tmp_path / "copy.duckdb"
    db.write_bytes(events_store.db.read_bytes())
    first = cli.invoke_json("extract", "--db", db)
    second = cli.invoke_json("extract", "--db", db)
    assert first == second and first["documents"] == 3
    assert store_file.table_counts(db)["claims"] == first["claims"] > 0


def test_report_has_the_events_table_and_the_dyad_summary(cli, events_store: EventStore, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    assert cli.invoke("report", "--html", page, "--db", events_store.db).exit_code == 0
    html = page.read_text(encoding="utf-8")
    events = html[html.index('id="events-table"'):html.index('id="dyads"')]
    assert events.count("<tr>") == 3  # header + two distinct events
    assert "spotkał się" in events and "oskarżyła" in events and ">reported<" in events
    dyads = html[html.index('id="dyads-table"'):]
    assert "<td>Rosja</td><td>Kazachstan</td>" in dyads
    # The article's markup is text in the evidence column, never markup of the page.
    assert "&lt;b&gt;Zachód&lt;/b&gt;" in html and "<b>Zachód</b>" not in html
