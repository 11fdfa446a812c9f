"""`orbitscope eval dates|quantities|claims|ner` print their scores as JSON (NKJP data comes from ../shared)."""

from __future__ import annotations

import pytest

from support import ROOT, SHARED_DATA

pytestmark = pytest.mark.skipif(not (SHARED_DATA / "nkjp-ner-iob").is_dir(), reason="needs ../shared/data")


def test_eval_dates_reaches_its_floor(cli) -> None:
    result = cli.invoke_json("eval", "dates", ROOT / "eval" / "gold" / "dates.jsonl")
    assert result["normalization"]["accuracy"] >= 0.9
    assert result["documents"] >= 50


def test_eval_ner_scores_all_three_systems(cli) -> None:
    result = cli.invoke_json("eval", "ner", "--limit", "3")
    for corpus in ("nkjp-test", "kpwr-test"):
        assert set(result["scores"][corpus]) == {"model", "rules+kb", "fused"}
        assert result["scores"][corpus]["model"]["ALL"]["exact"]["f1"] > 0.4
    assert result["samples"]["names"] > 200 and result["samples"]["misses"] == []
