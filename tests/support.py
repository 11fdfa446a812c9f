"""Paths and helpers shared by the test suites (importable as ``support``: pyproject sets pythonpath)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
SHARED_DATA = ROOT.parent / "shared" / "data"
KB_FIXTURE = Path(__file__).parent / "fixtures" / "kb"


def load_golden(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def save_golden(path: Path, cases: list[dict]) -> None:
    path.write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
