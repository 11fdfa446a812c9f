"""Near-duplicate detection with MinHash/LSH (ingest stage)."""

from __future__ import annotations

from pathlib import Path

import pytest

from orbitscope.ingest import NearDuplicateIndex

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
ORBIT = (SAMPLES / "pl-kazakhstan-russia-orbit.txt").read_text(encoding="utf-8")
TURNS_WEST = (SAMPLES / "pl-kazakhstan-turns-west.txt").read_text(encoding="utf-8")


def edited_copy(text: str) -> str:
    """The same article re-published: other whitespace and case, a changed sentence, a footer added."""
    edited = text.replace("Ugrzęzła na Ukrainie", "UGRZĘZŁA  NA UKRAINIE").replace(
        "27 mld USD", "ponad 27 mld dolarów"
    )
    return edited + "\n\nArtykuł ukazał się pierwotnie w serwisie partnerskim."


def test_edited_copy_is_found_and_unrelated_text_is_not() -> None:
    index = NearDuplicateIndex(threshold=0.8)
    index.add("orbit", index.signature(ORBIT))
    found = index.find(index.signature(edited_copy(ORBIT)))
    assert found is not None
    doc_id, similarity = found
    assert doc_id == "orbit" and 0.8 <= similarity < 1.0
    assert index.find(index.signature(TURNS_WEST)) is None


def test_earliest_added_match_wins() -> None:
    index = NearDuplicateIndex()
    index.add("first", index.signature(ORBIT))
    index.add("second", index.signature(edited_copy(ORBIT)))
    index.add("first", index.signature(TURNS_WEST))  # re-adding an id changes nothing
    assert len(index) == 2
    assert index.find(index.signature(ORBIT)) == ("first", 1.0)


def test_signature_round_trips_through_bytes() -> None:
    index = NearDuplicateIndex(num_perm=64)
    signature = index.signature(ORBIT)
    assert isinstance(signature, bytes) and len(signature) == 64 * 8
    assert index.signature(ORBIT) == signature  # deterministic across calls
    stored = bytes(bytearray(signature))  # as read back from a database column
    fresh = NearDuplicateIndex(num_perm=64)
    fresh.add("orbit", stored)
    assert fresh.find(signature) == ("orbit", 1.0)


def test_signature_of_other_size_is_refused() -> None:
    with pytest.raises(ValueError, match="num_perm"):
        NearDuplicateIndex(num_perm=128).add("x", NearDuplicateIndex(num_perm=64).signature(ORBIT))
