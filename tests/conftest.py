"""Shared test fixtures and the --update-golden switch for golden files in tests/golden/<stage>/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
SHARED_DATA = ROOT.parent / "shared" / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from current output")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def language_layer():
    from orbitscope.nlp import LanguageLayer

    return LanguageLayer()


def load_golden(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def save_golden(path: Path, cases: list[dict]) -> None:
    path.write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
