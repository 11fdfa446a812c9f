"""One settings object: defaults, overridden by a TOML file, overridden by ORBITSCOPE_* environment variables.

The effective settings are saved with each run in the store (``runs`` table), so a result can always be
traced to the configuration that produced it.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from orbitscope.errors import ConfigurationError

#: Languages the language identifier may answer with (ISO 639-1). Anything else is "unknown".
EXPECTED_LANGUAGES = ("pl", "en", "ru", "uk", "be", "de", "cs", "sk", "kk")

ENV_PREFIX = "ORBITSCOPE_"
DEFAULT_CONFIG_FILE = "orbitscope.toml"


class Settings(BaseModel):
    """Validated settings; every field can be set in ``orbitscope.toml`` or as ``ORBITSCOPE_<FIELD>``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    db: Path = Field(Path("orbitscope.duckdb"), description="DuckDB store file")
    max_file_bytes: int = Field(20_000_000, gt=0, description="larger input files are rejected")
    max_document_chars: int = Field(2_000_000, gt=0, description="longer documents are rejected")
    min_document_chars: int = Field(20, ge=1, description="shorter texts are rejected as empty")
    languages: tuple[str, ...] = Field(EXPECTED_LANGUAGES, description="languages lingua may answer")
    near_duplicate_threshold: float = Field(0.8, gt=0, le=1, description="MinHash Jaccard for near-duplicates")
    repeat_paragraph_threshold: float = Field(
        0.6, gt=0, le=1, description="word containment above which a paragraph repeats an earlier one"
    )
    repeat_sentence_threshold: float = Field(
        0.8, gt=0, le=1, description="word containment above which a sentence repeats an earlier one"
    )
    batch_size: int = Field(32, gt=0, description="documents analysed per batch")
    kb_extra: tuple[Path, ...] = Field((), description="extra knowledge-base files or folders (kb/data formats)")
    ner: bool = Field(True, description="run the statistical NER model (False: rules and knowledge base only)")
    ner_model: Path | None = Field(None, description="NER model folder; None: the model bundled with the package")

    @field_validator("languages")
    @classmethod
    def _known_languages(cls, languages: tuple[str, ...]) -> tuple[str, ...]:
        from lingua import IsoCode639_1  # the identifier's own list of ISO 639-1 codes

        unknown = [code for code in languages if not hasattr(IsoCode639_1, code.upper())]
        if unknown or not languages:
            listed = ", ".join(repr(code) for code in unknown) or "(none given)"
            raise ValueError(f"unknown language code {listed}; use ISO 639-1 codes such as pl, en, ru")
        return tuple(code.lower() for code in languages)

    def as_json(self) -> str:
        return self.model_dump_json()


def _from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in Settings.model_fields:
        raw = environ.get(ENV_PREFIX + name.upper())
        if raw is None:
            continue
        listed = name in ("languages", "kb_extra")
        values[name] = tuple(part.strip() for part in raw.split(",") if part.strip()) if listed else raw
    return values


def load_settings(config_file: Path | None = None, environ: Mapping[str, str] | None = None,
                  **overrides: Any) -> Settings:
    """Build the settings from defaults, a TOML file, the environment and explicit overrides (in that order).

    Args:
        config_file: a TOML file; when None, ``./orbitscope.toml`` is read if it exists.
        environ: the environment to read ORBITSCOPE_* variables from (``os.environ`` when None).
        **overrides: values given on the command line; None values are ignored.

    Raises:
        ConfigurationError: the file cannot be read or a value is invalid.
    """
    values: dict[str, Any] = {}
    path = config_file or Path(DEFAULT_CONFIG_FILE)
    if config_file is not None and not path.is_file():
        raise ConfigurationError(f"config file {path} does not exist")
    if path.is_file():
        try:
            values.update(tomllib.loads(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise ConfigurationError(f"cannot read config file {path}: {error}") from error
    values.update(_from_environment(os.environ if environ is None else environ))
    values.update({key: value for key, value in overrides.items() if value is not None})
    try:
        return Settings(**values)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(part) for part in problem['loc'])}: {problem['msg']}"
                             for problem in error.errors())
        raise ConfigurationError(f"invalid settings: {problems}") from error
