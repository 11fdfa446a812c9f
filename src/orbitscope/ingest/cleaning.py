"""Text cleaning: normalization, paragraph splitting, title detection and scraper debris.

Everything here works on plain text and returns plain strings. The final document text is the cleaned
paragraphs joined by exactly ``PARAGRAPH_SEPARATOR``; every later offset points into that string, so no
later stage may clean it again.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

PARAGRAPH_SEPARATOR = "\n\n"

# Characters that are invisible in print but would break tokenization and offsets: zero-width
# space/joiners, word joiner, BOM used as a zero-width no-break space, and the soft hyphen.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Space-like characters that should behave like an ordinary space (no-break, narrow, figure, ideographic ...).
_SPACE_LIKE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Control characters other than tab and newline: debris from copy-paste and broken converters.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HORIZONTAL_RUN = re.compile(r"[ \t]+")
_LINE_SEPARATORS = re.compile(r"\r\n?|[\u2028\u2029\u0085]")

# A line ending like this closes a sentence; a title or a hard-wrapped line does not.
_SENTENCE_END = (".", "!", "?", "…", ":", ";")
_TITLE_MAX_CHARS = 150
_TITLE_MAX_WORDS = 20
# Typewriter-style wrapping produces lines of roughly this many characters.
_WRAPPED_LINE_CHARS = range(40, 91)
_WRAPPED_SHARE = 0.6
_TWO_LINE_WRAP_CHARS = 60
# Optional count or colon after a debris word: "Komentarze (12)", "Komentarze: 3".
_DEBRIS_SUFFIX = re.compile(r"\s*:?\s*(\(\d+\)|\d+)?\s*:?$")


def normalize(text: str) -> str:
    """Normalize raw text line by line, keeping the line structure.

    NFC; unified line breaks; no-break and other space-like characters become spaces; zero-width characters,
    soft hyphens and stray control characters are dropped; runs of spaces and tabs inside a line collapse
    to one space; lines are stripped. Blank lines are kept (as empty lines) because they separate blocks.

    Args:
        text: decoded text from any reader.

    Returns:
        The normalized text, lines separated by "\\n".
    """
    text = unicodedata.normalize("NFC", text)
    text = _LINE_SEPARATORS.sub("\n", text)
    text = text.translate(_INVISIBLE)
    text = _SPACE_LIKE.sub(" ", text)
    text = _CONTROL.sub(" ", text)
    return "\n".join(_HORIZONTAL_RUN.sub(" ", line).strip() for line in text.split("\n"))


def _blocks(lines: list[str]) -> list[list[str]]:
    """Group lines into blocks separated by blank lines."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _is_wrapped_line(line: str) -> bool:
    return len(line) in _WRAPPED_LINE_CHARS and not line.endswith(_SENTENCE_END)


def is_hard_wrapped(block: list[str]) -> bool:
    """True when a block's lines are the pieces of one wrapped paragraph rather than paragraphs.

    The last line of a wrapped paragraph is naturally short and ends a sentence, so only the other lines
    are judged: most of them must be 40-90 characters long and not end with sentence punctuation. A
    two-line block is one line to judge, too little evidence: a heading directly followed by a paragraph
    looks the same, so there the first line must be as long as typical wrapping (60+ characters) or the
    second line must continue a sentence (start lowercase).
    """
    if len(block) < 2:
        return False
    body = block[:-1]
    if len(block) == 2 and len(block[0]) < _TWO_LINE_WRAP_CHARS and not block[1][:1].islower():
        return False
    return sum(_is_wrapped_line(line) for line in body) >= _WRAPPED_SHARE * len(body)


def split_paragraphs(text: str) -> list[str]:
    """Split normalized text into paragraphs.

    Every non-empty line is a paragraph, except in hard-wrapped blocks, whose lines are joined with a space.

    Args:
        text: output of ``normalize``.

    Returns:
        Non-empty paragraphs without line breaks.
    """
    paragraphs: list[str] = []
    for block in _blocks(text.split("\n")):
        if is_hard_wrapped(block):
            paragraphs.append(" ".join(block))
        else:
            paragraphs.extend(block)
    return paragraphs


def looks_like_title(line: str) -> bool:
    """True for a short line without sentence-final punctuation (a headline, not a lead sentence)."""
    return (
        0 < len(line) <= _TITLE_MAX_CHARS
        and len(line.split()) <= _TITLE_MAX_WORDS
        and not line.endswith(_SENTENCE_END)
        and any(character.isalpha() for character in line)
    )


def take_title(text: str) -> tuple[str | None, str]:
    """Split a leading title line off normalized plain text.

    The first non-empty line is a title only when it looks like one and a blank line follows it: a lead
    sentence directly followed by the article body stays in the text.

    Args:
        text: output of ``normalize``.

    Returns:
        (title or None, the remaining text).
    """
    lines = text.split("\n")
    first = next((index for index, line in enumerate(lines) if line), None)
    if first is None or first + 1 >= len(lines) or lines[first + 1]:
        return None, text
    if not looks_like_title(lines[first]):
        return None, text
    return lines[first], "\n".join(lines[first + 1 :])


@lru_cache(maxsize=1)
def debris_lines() -> frozenset[str]:
    """The known scraper debris lines from ``data/debris_lines.txt``, casefolded (read once)."""
    raw = resources.files("orbitscope.ingest").joinpath("data/debris_lines.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in raw.splitlines())
    return frozenset(entry.casefold() for entry in entries if entry)


def is_debris(paragraph: str) -> bool:
    """True when a whole paragraph is a known debris line, optionally followed by a count or colon."""
    core = _DEBRIS_SUFFIX.sub("", paragraph).strip()
    return core.casefold() in debris_lines()


def cut_trailing_debris(paragraphs: list[str]) -> list[str]:
    """Drop trailing paragraphs that are exactly known debris lines ("Komentarze", "Udostępnij" ...)."""
    end = len(paragraphs)
    while end and is_debris(paragraphs[end - 1]):
        end -= 1
    return paragraphs[:end]


def same_text(first: str, second: str) -> bool:
    """Compare two short texts ignoring case, spacing and trailing punctuation (title vs. first line)."""

    def key(value: str) -> str:
        return " ".join(value.casefold().split()).rstrip(" .:")

    return key(first) == key(second)
