"""Shared test fixtures and the --update-golden switch for golden files in tests/golden/<stage>/."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from current output")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def language_layer():
    from orbitscope.nlp import LanguageLayer

    return LanguageLayer()
