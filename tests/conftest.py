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


@pytest.fixture(scope="session")
def ner_model():
    from orbitscope.nlp.ner import load_ner_model

    model = load_ner_model()
    assert model is not None, "the NER model bundled with the package is missing"
    return model


@pytest.fixture(scope="session")
def full_pipeline():
    """The engine as `orbitscope run` builds it (rules + NER + knowledge base), shared by the session."""
    from orbitscope.config import Settings
    from orbitscope.pipeline import default_pipeline

    return default_pipeline(Settings())
