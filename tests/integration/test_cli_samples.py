"""End to end over data/samples: run, then every reading command on the resulting store, then a re-run."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class SampleStore:
    """A store made by one `orbitscope run data/samples`; the tests below only read it."""

    db: Path
    run: dict
    docs: list[dict]

    def id_of(self, file_name: str) -> str:
        return next(doc["id"] for doc in self.docs if doc["sources"][0].endswith(file_name))


@pytest.fixture(scope="module")
def samples(cli, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SampleStore]:
    folder = tmp_path_factory.mktemp("samples")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        db = folder / "store.duckdb"
        run = cli.invoke_json("run", cli.samples, "--db", db)
        docs = cli.invoke_json("docs", "--db", db)
    yield SampleStore(db, run, docs)


def test_run_analyses_both_samples_and_skips_the_readme(cli, samples: SampleStore) -> None:
    assert samples.run["counts"] == {"analysed": 2}
    assert samples.run["rejected"] == []
    assert samples.run["store"] == str(samples.db.resolve())
    assert len(cli.sample_files) == 2 and (cli.samples / "README.md").is_file()
    assert all("README" not in source for doc in samples.docs for source in doc["sources"])


def test_docs_lists_both_samples_as_polish_with_estimated_or_unknown_dates(cli, samples: SampleStore) -> None:
    assert sorted(Path(doc["sources"][0]).name for doc in samples.docs) == [p.name for p in cli.sample_files]
    # Neither file states a publication date. The extract stage estimates one from the dates the text
    # mentions: the latest month with its year ("We wrześniu 2022 roku") beside day dates written without
    # a year ("9 listopada", "17 marca") puts the article in the next year, on its latest yearless day; the
    # other sample names no explicit date, month or year, so its date stays unknown.
    dates = {Path(doc["sources"][0]).name: (doc["published"], doc["date_source"]) for doc in samples.docs}
    assert dates == {"pl-kazakhstan-russia-orbit.txt": ("2023-11-09", "estimated"),
                     "pl-kazakhstan-turns-west.txt": (None, "unknown")}
    for doc in samples.docs:
        assert re.fullmatch(r"[0-9a-f]{16}", doc["id"])
        assert doc["language"] == "pl"
        assert doc["analysed"] is True
        assert doc["sentences"] > 20 and doc["tokens"] > 500 and doc["mentions"] > 30
        assert doc["near_duplicate_of"] is None


def test_names_holds_the_base_forms_with_their_kinds(cli, samples: SampleStore) -> None:
    names = cli.invoke_json("names", "--db", samples.db)
    kinds = {(row["base"], row["kind"]) for row in names}
    expected = {
        ("Kazachstan", "place"),
        ("Rosja", "place"),
        ("Astana", "place"),
        ("Wielka Brytania", "place"),
        ("Stany Zjednoczone", "place"),
        ("Putin", "person"),
        ("Tokajew", "person"),
        ("Kassym-Żomart Tokajew", "person"),
        ("NATO", "organization"),
        ("Organizacja Państw Tureckich", "organization"),
        ("Międzynarodowy Trybunał Karny", "organization"),
        ("Unia Europejska", "organization"),
    }
    assert expected <= kinds, f"missing: {sorted(expected - kinds)}"
    by_base = {row["base"]: row for row in names}
    # Inflected forms are counted under their base form, in both documents.
    assert by_base["Kazachstan"]["documents"] == 2
    assert {"Kazachstanu", "Kazachstan"} <= set(by_base["Kazachstan"]["forms"])
    assert "Wielką Brytanią" in by_base["Wielka Brytania"]["forms"]
    assert sorted(by_base["Kazachstan"]["doc_ids"]) == sorted(doc["id"] for doc in samples.docs)
    assert names == sorted(names, key=lambda row: (-row["mentions"], row["base"], row["kind"]))
    assert sum(row["mentions"] for row in names) == sum(doc["mentions"] for doc in samples.docs)

    top = cli.invoke_json("names", "--top", "3", "--db", samples.db)
    assert top == names[:3]


def test_show_prints_the_text_with_names_marked(cli, samples: SampleStore) -> None:
    doc_id = samples.id_of("pl-kazakhstan-russia-orbit.txt")
    result = cli.invoke("show", doc_id[:6], "--db", samples.db)
    assert result.exit_code == 0, result.output
    output = cli.plain(result.output)
    assert doc_id in output
    assert "language: pl" in output and "published: 2023-11-09 (estimated)" in output
    assert "[Kazachstanu]{Kazachstan·place→Q232}" in output  # base form, kind and linked actor
    assert "[Rosja]{Rosja·place→Q159}" in output
    assert re.search(r"\[Putin\w*\]\{Putin·person", output)
    assert "orbicie geopolitycznej" in output  # running text between the names is printed too


def test_show_json_gives_sentences_with_tokens_that_point_into_the_text(cli, samples: SampleStore) -> None:
    doc = next(doc for doc in samples.docs if doc["sources"][0].endswith("pl-kazakhstan-turns-west.txt"))
    analysis = cli.invoke_json("show", doc["id"][:8], "--db", samples.db)
    text = analysis["document"]["text"]
    assert analysis["document"]["id"] == doc["id"]
    assert len(analysis["sentences"]) == doc["sentences"]
    assert sum(len(sentence["tokens"]) for sentence in analysis["sentences"]) == doc["tokens"]
    assert len(analysis["mentions"]) == doc["mentions"]
    for sentence in analysis["sentences"]:
        assert sentence["doc_id"] == doc["id"]
        assert sentence["tokens"], f"sentence {sentence['index']} has no tokens"
        for token in sentence["tokens"]:
            assert sentence["start"] <= token["start"] < token["end"] <= sentence["end"]
            assert text[token["start"] : token["end"]] == token["orth"]
            assert token["lemma"] and token["tag"]
    for mention in analysis["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]
    assert "Wielka Brytania" in {mention["base"] for mention in analysis["mentions"]}


def test_show_unknown_id_fails_cleanly(cli, samples: SampleStore) -> None:
    result = cli.invoke("show", "ffffffffffffffff", "--db", samples.db)
    assert result.exit_code == 1
    assert "no document" in cli.plain(result.output)


def test_stats_counts_match_the_documents(cli, samples: SampleStore) -> None:
    stats = cli.invoke_json("stats", "--db", samples.db)
    assert stats["documents"] == stats["analysed"] == 2
    assert stats["not_analysed"] == 0
    assert stats["sentences"] == sum(doc["sentences"] for doc in samples.docs)
    assert stats["tokens"] == sum(doc["tokens"] for doc in samples.docs)
    assert stats["mentions"] == sum(doc["mentions"] for doc in samples.docs)
    assert sum(stats["mentions_by_kind"].values()) == stats["mentions"]
    assert stats["sources"] == 2
    assert stats["rejected"] == 0 and stats["rejected_inputs"] == []
    assert stats["runs"] == 1
    # The orbit article repeats one paragraph almost word for word (see data/samples/README.md).
    assert stats["repeated_paragraphs"] >= 1


def test_report_writes_a_self_contained_page(cli, samples: SampleStore, tmp_path: Path) -> None:
    page = tmp_path / "out" / "report.html"
    page.parent.mkdir()
    result = cli.invoke("report", "--html", page, "--db", samples.db)
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.IGNORECASE)
    assert not re.search(r"<link[^>]*\bhref\s*=\s*[\"']?(?!data:)", html, re.IGNORECASE)
    assert not re.search(r"\b(src|href)\s*=\s*[\"']?(https?:)?//", html, re.IGNORECASE)
    assert "Wielka Brytania" in html
    for doc in samples.docs:
        assert doc["id"] in html


def test_report_to_an_unwritable_place_fails_cleanly(cli, samples: SampleStore, tmp_path: Path) -> None:
    result = cli.invoke("report", "--html", tmp_path / "missing-folder" / "report.html", "--db", samples.db)
    assert result.exit_code == 1
    assert "cannot write" in cli.plain(result.output)


@pytest.mark.parametrize(
    "command",
    [["docs"], ["names"], ["names", "--top", "1"], ["stats"], ["show", "<id>"], ["events"], ["events", "--reports"],
     ["claims"], ["quantities"]],
    ids=lambda command: "-".join(command),
)
def test_json_output_is_valid_json_and_nothing_else(cli, samples: SampleStore, command: list[str]) -> None:
    command = [samples.docs[0]["id"] if part == "<id>" else part for part in command]
    result = cli.invoke(*command, "--db", samples.db, "--json")
    assert result.exit_code == 0, result.output
    parsed = json.loads(result.stdout)  # raises on any stray line in standard output
    assert parsed


def test_reading_commands_on_a_missing_store_fail_cleanly(cli, tmp_path: Path) -> None:
    for command in (["docs"], ["names"], ["stats"], ["show", "abcd"], ["report", "--html", "r.html"], ["events"],
                    ["claims"], ["quantities"], ["export", "events"]):
        result = cli.invoke(*command, "--db", tmp_path / "none.duckdb")
        assert result.exit_code == 1, command
        assert "no store" in cli.plain(result.output)
    assert not (tmp_path / "none.duckdb").exists()


def test_a_second_identical_run_adds_only_a_run_row(cli, store_file, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    first = cli.invoke_json("run", cli.samples, "--db", db)
    before = store_file.table_counts(db)
    assert {
        "documents",
        "document_sources",
        "paragraphs",
        "sentences",
        "tokens",
        "mentions",
        "rejected",
        "runs",
        "time_expressions",
        "quantities",
        "claims",
        "events",
    } <= set(before)
    assert before["documents"] == 2 and before["runs"] == 1
    assert before["time_expressions"] and before["quantities"] and before["claims"]

    second = cli.invoke_json("run", cli.samples, "--db", db)
    after = store_file.table_counts(db)

    assert second["run_id"] == first["run_id"] + 1
    assert second["counts"] == {"known": 2}
    assert after == {**before, "runs": before["runs"] + 1}
    finished = store_file.query(db, "SELECT id, counts FROM runs WHERE finished_at IS NOT NULL ORDER BY id")
    assert [(run_id, json.loads(counts)) for run_id, counts in finished] == [
        (1, {"analysed": 2}),
        (2, {"known": 2}),
    ]
