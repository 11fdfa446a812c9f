"""Crash safety: a writer killed with SIGKILL mid-batch leaves a consistent store that the next run completes."""

from __future__ import annotations

import os
import runpy
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from orbitscope.store import Store

DOCUMENTS = 120
TOKENS_PER_DOCUMENT = 600
KILL_AFTER = 10  # documents reported written before the kill

# The child builds the same documents as the parent (deterministic), then writes them, reporting each.
_WRITER = textwrap.dedent(
    f"""
    import sys
    from pathlib import Path
    from orbitscope.model import (
        Analysis, Document, Mention, MentionKind, NameKind, Paragraph, Sentence, Source, Token, document_id,
    )

    def make(number):
        words = [f"Słowo{{number}}x{{k}}" if k % 25 == 0 else f"słowo{{k}}" for k in range({TOKENS_PER_DOCUMENT})]
        text = " ".join(words)
        doc_id = document_id(text)
        sentences, mentions, position = [], [], 0
        for index in range(len(words) // 20):
            tokens = []
            start = position
            for word in words[index * 20 : index * 20 + 20]:
                kind = NameKind.GUESSED if word[0].isupper() else NameKind.NONE
                tokens.append(Token(position, position + len(word), word, word.lower(), "subst:sg:nom:m3", kind))
                if word[0].isupper():
                    mentions.append(Mention(doc_id, index, position, position + len(word), word, word, MentionKind.NAME))
                position += len(word) + 1
            sentences.append(Sentence(doc_id, index, start, position - 1, 0, tuple(tokens)))
        document = Document(
            id=doc_id, text=text, language="pl", sources=(Source("batch.jsonl", number),),
            paragraphs=(Paragraph(0, 0, len(text)),),
        )
        return Analysis(document, tuple(sentences), tuple(mentions))

    if __name__ == "__main__":
        from orbitscope.store import Store
        batch = int(sys.argv[2])
        analyses = [make(number) for number in range({DOCUMENTS})]
        with Store(Path(sys.argv[1])) as store:
            run_id = store.start_run("{{}}", ["batch.jsonl"])
            print("ready", flush=True)
            for first in range(0, len(analyses), batch):
                store.write_analyses([(a, bytes(8)) for a in analyses[first : first + batch]], run_id)
                print(first + batch, flush=True)
    """
)


def _assert_consistent(store: Store) -> int:
    """Every stored document has all its rows; no row lacks its document. Returns the document count."""
    connection = store._connection
    for table in ("document_sources", "paragraphs", "sentences", "tokens", "mentions"):
        orphans = connection.execute(
            f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        assert orphans == 0, f"{orphans} orphan rows in {table}"
    incomplete = connection.execute(
        """
        SELECT d.id FROM documents d
        WHERE d.token_count != (SELECT count(*) FROM tokens t WHERE t.doc_id = d.id)
           OR d.sentence_count != (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id)
           OR (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id) != d.token_count / 25
           OR (SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.id) != 1
           OR (SELECT count(*) FROM document_sources s WHERE s.doc_id = d.id) != 1
        """
    ).fetchall()
    assert incomplete == []
    return connection.execute("SELECT count(*) FROM documents").fetchone()[0]


@pytest.mark.parametrize("batch", [1, 8])
def test_killed_writer_leaves_a_consistent_store(tmp_path: Path, batch: int) -> None:
    script = tmp_path / "writer.py"
    script.write_text(_WRITER, encoding="utf-8")
    path = tmp_path / "store.duckdb"
    child = subprocess.Popen(
        [sys.executable, str(script), str(path), str(batch)], stdout=subprocess.PIPE, text=True
    )
    written = 0
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        while written < KILL_AFTER:
            line = child.stdout.readline()
            assert line, "the writer ended before it could be killed"
            written = int(line)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    make = runpy.run_path(str(script))["make"]
    with Store(path) as store:
        stored = _assert_consistent(store)
        # Everything reported as written was committed; the kill came before the end.
        assert written <= stored < DOCUMENTS
        # The next run writes the rest; documents already there are skipped, not duplicated.
        analyses = [make(number) for number in range(DOCUMENTS)]
        run_id = store.start_run("{}", ["batch.jsonl"])
        written_now = store.write_analyses([(a, bytes(8)) for a in analyses], run_id)
        assert written_now == DOCUMENTS - stored
        assert _assert_consistent(store) == DOCUMENTS
        assert store.stats()["tokens"] == DOCUMENTS * TOKENS_PER_DOCUMENT
        assert len(list(store.minhash_signatures())) == DOCUMENTS
