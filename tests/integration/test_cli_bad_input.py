"""Bad input is data, not a crash: a folder of broken files through `orbitscope run`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

GOOD_TEXT = "pl-kazakhstan-turns-west.txt"
GOOD_JSONL_SOURCE = "pl-kazakhstan-russia-orbit.txt"

#: Rejected source (relative to the folder) -> words its reason must contain (case-insensitive).
EXPECTED_REASONS = {
    "binary.txt": ["binary"],
    "blob.bin": ["unsupported", ".bin"],
    "empty.txt": ["empty"],
    "latin2.txt": ["utf-8"],
    "empty.html": ["empty"],
    "mixed.jsonl#2": ["not valid json", "line 2"],
    "short.txt": ["too short"],
    "big.txt": ["limit", "max_file_bytes"],
}


def build_bad_folder(cli, folder: Path) -> int:
    """Write one file per kind of bad input plus two good articles; return a size limit only big.txt exceeds."""
    folder.mkdir()
    shutil.copyfile(cli.samples / GOOD_TEXT, folder / "good.txt")
    (folder / "binary.txt").write_bytes(b"Kazachstan\x00\x01\x02\x00" * 50)
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin2.txt").write_bytes(
        "Zażółć gęślą jaźń: Kazachstan i Rosja rozmawiają o współpracy gospodarczej.".encode("cp1250")
    )
    (folder / "empty.html").write_bytes(b"")
    (folder / "short.txt").write_text("Ala ma kota.\n", encoding="utf-8")
    paragraphs = (cli.samples / GOOD_JSONL_SOURCE).read_text(encoding="utf-8").split("\n\n")[:3]
    good_line = json.dumps(
        {"text": "\n\n".join(paragraphs), "title": "Rosja i Kazachstan"}, ensure_ascii=False
    )
    (folder / "mixed.jsonl").write_text(good_line + "\n{this is not json\n", encoding="utf-8")
    limit = max(path.stat().st_size for path in folder.iterdir()) + 1
    (folder / "big.txt").write_text(
        "Rosja i Kazachstan rozmawiają w Astanie. " * (limit // 20), encoding="utf-8"
    )
    assert (folder / "big.txt").stat().st_size > limit
    return limit


def relative_sources(items: list[dict], folder: Path) -> dict[str, str]:
    return {str(Path(item["source"]).relative_to(folder)): item["reason"] for item in items}


@pytest.fixture
def bad_folder(cli, tmp_path: Path) -> tuple[Path, int]:
    folder = tmp_path / "input"
    return folder, build_bad_folder(cli, folder)


def assert_expected_rejections(reasons: dict[str, str]) -> None:
    assert set(reasons) == set(EXPECTED_REASONS)
    for source, words in EXPECTED_REASONS.items():
        for word in words:
            assert word in reasons[source].lower(), f"{source}: {reasons[source]!r} does not say {word!r}"


def test_bad_files_are_rejected_with_reasons_and_the_good_ones_analysed(
    cli, store_file, bad_folder: tuple[Path, int], tmp_path: Path
) -> None:
    folder, limit = bad_folder
    db = tmp_path / "store.duckdb"

    result = cli.invoke("run", folder, "--db", db, "--max-file-bytes", str(limit), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)

    assert summary["counts"] == {"analysed": 2, "rejected": len(EXPECTED_REASONS)}
    assert_expected_rejections(relative_sources(summary["rejected"], folder))
    assert {item["stage"] for item in summary["rejected"]} == {"ingest"}

    docs = cli.invoke_json("docs", "--db", db)
    assert sorted(source for doc in docs for source in doc["sources"]) == [
        str(folder / "good.txt"),
        str(folder / "mixed.jsonl#1"),
    ]
    assert all(doc["language"] == "pl" and doc["analysed"] and doc["tokens"] > 100 for doc in docs)
    assert next(doc for doc in docs if doc["sources"][0].endswith("#1"))["title"] == "Rosja i Kazachstan"

    stats = cli.invoke_json("stats", "--db", db)
    assert stats["rejected"] == len(EXPECTED_REASONS)
    assert stats["rejected_by_stage"] == {"ingest": len(EXPECTED_REASONS)}
    assert_expected_rejections(relative_sources(stats["rejected_inputs"], folder))

    rows = store_file.query(db, "SELECT source, stage, reason, run_id FROM rejected")
    assert_expected_rejections(
        {str(Path(source).relative_to(folder)): reason for source, _, reason, _ in rows}
    )
    assert {(stage, run_id) for _, stage, _, run_id in rows} == {("ingest", summary["run_id"])}

    # The table view says the same without --json, and a second run adds no rejected rows.
    again = cli.invoke("run", folder, "--db", db, "--max-file-bytes", str(limit))
    assert again.exit_code == 0, again.output
    text = cli.plain(again.output)
    assert f"2 known, {len(EXPECTED_REASONS)} rejected" in text and "Rejected input" in text
    counts = store_file.table_counts(db)
    assert counts["rejected"] == len(EXPECTED_REASONS)
    assert counts["documents"] == 2 and counts["runs"] == 2


def test_strict_exits_1_on_rejected_input_but_still_stores_the_good_articles(
    cli, bad_folder: tuple[Path, int], tmp_path: Path
) -> None:
    folder, limit = bad_folder
    db = tmp_path / "strict.duckdb"
    result = cli.invoke("run", folder, "--db", db, "--max-file-bytes", str(limit), "--strict")
    assert result.exit_code == 1, result.output
    assert "Rejected input" in result.output
    assert len(cli.invoke_json("docs", "--db", db)) == 2

    clean = cli.invoke("run", cli.samples, "--db", tmp_path / "clean.duckdb", "--strict")
    assert clean.exit_code == 0, clean.output


def test_a_missing_path_exits_2_before_touching_the_store(cli, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    missing = tmp_path / "no-such-folder"
    result = cli.invoke("run", cli.samples, missing, "--db", db)
    assert result.exit_code == 2
    message = cli.plain(result.stderr)
    assert "Error" in message and "does not exist" in message and "no-such-folder" in message
    assert result.stdout == ""
    assert not db.exists()


def test_explicit_file_of_unknown_type_is_sniffed_not_rejected(cli, tmp_path: Path) -> None:
    # Only files met while walking a folder are filtered by extension; a file named explicitly is read.
    article = tmp_path / "article.dat"
    shutil.copyfile(cli.samples / GOOD_TEXT, article)
    summary = cli.invoke_json("run", article, "--db", tmp_path / "store.duckdb")
    assert summary["counts"] == {"analysed": 1}
