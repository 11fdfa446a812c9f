"""Language identification with lingua, restricted to the languages the project expects."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from orbitscope.errors import ConfigurationError

# Below this relative confidence the top language is a guess between similar languages ("Astana",
# a line of names): better to say "unknown" than to route a text through the wrong language layer.
MIN_CONFIDENCE = 0.5
# lingua's cost grows with the text; the opening of an article tells its language just as well.
_SAMPLE_CHARS = 5000

_detectors: dict[tuple[str, ...], LanguageDetector] = {}
_lock = threading.Lock()


def _language(code: str) -> Language:
    try:
        return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
    except (AttributeError, ValueError) as error:
        raise ConfigurationError(
            f"unknown language code {code!r} in settings.languages: use ISO 639-1 codes such as pl, en, ru"
        ) from error


def detector_for(languages: Sequence[str]) -> LanguageDetector:
    """The lingua detector for these languages, built on first use and cached for the process.

    Raises:
        ConfigurationError: a code is not an ISO 639-1 code lingua knows, or fewer than two are given.
    """
    key = tuple(sorted({code.strip().lower() for code in languages}))
    detector = _detectors.get(key)
    if detector is not None:
        return detector
    with _lock:
        if key not in _detectors:
            if len(key) < 2:
                raise ConfigurationError("settings.languages needs at least two languages to choose between")
            _detectors[key] = LanguageDetectorBuilder.from_languages(*map(_language, key)).build()
        return _detectors[key]


def identify_language(text: str, languages: Sequence[str]) -> tuple[str | None, float | None]:
    """Identify the language of a text.

    Args:
        text: the document text.
        languages: ISO 639-1 codes lingua may answer with, e.g. ``settings.languages``.

    Returns:
        (code, confidence): the ISO 639-1 code and lingua's relative confidence; the code is None when the
        confidence is below ``MIN_CONFIDENCE``, and both are None for a text without letters.

    Raises:
        ConfigurationError: ``languages`` holds an unknown code.
    """
    detector = detector_for(languages)
    sample = text[:_SAMPLE_CHARS]
    if not any(character.isalpha() for character in sample):
        return None, None
    values = detector.compute_language_confidence_values(sample)
    if not values:
        return None, None
    best = values[0]
    confidence = round(best.value, 4)
    if confidence < MIN_CONFIDENCE:
        return None, confidence
    return best.language.iso_code_639_1.name.lower(), confidence
