"""Crash safety: `kill -9` a real `orbitscope run` mid-way, check the store, then resume to completion."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

DOCUMENTS = 300
BATCH_SIZE = 4
# The WAL holds ~5 KB after the schema and the run row; each committed batch of four documents adds
# ~60 KB. Past this size several batches are committed and most of the input is still to come.
KILL_AT_WAL_BYTES = 400_000
TIMEOUT_S = 60


def write_documents(cli, path: Path) -> None:
    """DOCUMENTS distinct Polish articles: a numbered lead, two sample paragraphs (a distinct pair each)."""
    paragraphs = cli.sample_paragraphs()
    count = len(paragraphs)
    assert count * (count - 1) >= DOCUMENTS
    with path.open("w", encoding="utf-8") as out:
        for number in range(DOCUMENTS):
            first = number % count
            second = (first + 1 + number // count) % count
            text = (
                f"Raport numer {number}.\n\n{paragraphs[first]}\n\n{paragraphs[second]}\n\n"
                f"Koniec raportu {number}: Kazachstan, Rosja i Astana."
            )
            out.write(json.dumps({"text": text, "title": f"Raport {number}"}, ensure_ascii=False) + "\n")


def assert_consistent(store_file, db: Path) -> int:
    """Every stored document is complete and nothing hangs without its document; returns the count."""
    query = store_file.query
    incomplete = query(
        db,
        """
        SELECT d.id, d.sentence_count, d.token_count,
            (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id) AS sentences,
            (SELECT count(*) FROM tokens t WHERE t.doc_id = d.id) AS tokens,
            (SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.id) AS paragraphs,
            (SELECT count(*) FROM document_sources s WHERE s.doc_id = d.id) AS sources
        FROM documents d
        WHERE sentences <> d.sentence_count OR tokens <> d.token_count
            OR d.sentence_count = 0 OR d.token_count = 0 OR paragraphs = 0 OR sources <> 1
        """,
    )
    assert incomplete == []
    # Every table keyed by document (including those later stages add) has no rows of a missing document.
    tables = [
        row[0]
        for row in query(
            db, "SELECT table_name FROM information_schema.columns WHERE column_name = 'doc_id' ORDER BY 1"
        )
    ]
    assert {"sentences", "tokens", "mentions", "paragraphs", "document_sources"} <= set(tables)
    for table in tables:
        orphans = query(db, f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)")
        assert orphans == [(0,)], f"orphan rows in {table}"
    for table in ("tokens", "mentions"):
        orphans = query(
            db,
            f"SELECT count(*) FROM {table} x WHERE NOT EXISTS "
            f'(SELECT 1 FROM sentences s WHERE s.doc_id = x.doc_id AND s."index" = x.sentence)',
        )
        assert orphans == [(0,)], f"{table} rows without their sentence"
    documents_without_mentions = query(
        db, "SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc_id FROM mentions)"
    )
    assert documents_without_mentions == [(0,)]  # every text names Kazachstan, Rosja and Astana
    return query(db, "SELECT count(*) FROM documents")[0][0]


def test_a_killed_run_leaves_a_consistent_store_and_the_next_run_completes_it(
    cli, store_file, tmp_path: Path
) -> None:
    articles = tmp_path / "articles.jsonl"
    write_documents(cli, articles)
    db = tmp_path / "store.duckdb"
    wal = Path(f"{db}.wal")

    process = subprocess.Popen(
        [str(cli.executable), "run", str(articles), "--db", str(db)],
        cwd=tmp_path,
        env=cli.process_environment(ORBITSCOPE_BATCH_SIZE=str(BATCH_SIZE)),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + TIMEOUT_S
        while process.poll() is None and time.monotonic() < deadline:
            if wal.exists() and wal.stat().st_size > KILL_AT_WAL_BYTES:
                break
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
    finally:
        output = process.communicate(timeout=TIMEOUT_S)[0].decode("utf-8", "replace")
    assert process.returncode == -signal.SIGKILL, f"the run ended before it was killed:\n{output}"

    stored = assert_consistent(store_file, db)
    assert 0 < stored < DOCUMENTS, stored
    runs = store_file.query(db, "SELECT id, finished_at FROM runs")
    assert runs == [(1, None)]  # the killed run never finished

    summary = cli.invoke_json("run", articles, "--db", db)
    assert summary["counts"] == {"known": stored, "analysed": DOCUMENTS - stored}

    assert assert_consistent(store_file, db) == DOCUMENTS
    entries = store_file.query(db, "SELECT path, entry FROM document_sources ORDER BY entry")
    assert entries == [(str(articles), number) for number in range(1, DOCUMENTS + 1)]
    assert store_file.query(db, "SELECT count(DISTINCT id), count(DISTINCT title) FROM documents") == [
        (DOCUMENTS, DOCUMENTS)
    ]
    assert store_file.query(db, "SELECT id, finished_at IS NOT NULL FROM runs ORDER BY id") == [
        (1, False),
        (2, True),
    ]
