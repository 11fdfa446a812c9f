"""A spelling-insensitive matching key for names across Polish, English and Cyrillic spellings.

"Tokayev", "Tokajew", "Токаев" and "Tokaev" share the key "tokaev"; "Zhaksylykov", "Żaksyłykow" and
"Жаксылыков" share "zhaksilikov". The key is phonetic, not a transliteration anyone would print:

* Cyrillic (Russian, Ukrainian, Kazakh, Belarusian letters) is romanized letter by letter;
* Polish and English spellings of the same sounds are folded together: sz/sh/ш → sh, cz/ч → ch,
  ż/rz/zh/ж → zh, ch(Polish)/kh/х → h, w/v → v, ł → l, x → ks;
* the glide j/y/i before a vowel is dropped (Tokajew / Tokayev / Токаев, Siergiej / Sergei), i and y
  (и/ы) are one letter, as is a j/y that is not before a vowel (Szojgu / Shoigu); doubled letters are
  single (Kassym / Kasym).

Latin "ch" is Polish [x] in "Chabarowsk" but English [tʃ] in "Chernenko": a Latin name without
language-specific letters gets a key under both readings, and two names match when any keys are equal.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "o", "ж": "zh", "з": "z", "и": "i",
    "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "ju", "я": "ja",
    # Ukrainian, Belarusian, Kazakh
    "і": "i", "ї": "ji", "є": "je", "ґ": "g", "ў": "u", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o",
    "ұ": "u", "ү": "u", "һ": "h",
}
_POLISH = {"ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "zh"}
_POLISH_MARKERS = re.compile(r"[ąćęłńóśźż]|w|sz|cz|rz")
_ENGLISH_MARKERS = re.compile(r"sh|zh|kh|v")
_VOWELS = "aeiouy"
_NON_LETTERS = re.compile(r"[^a-z0-9 ]+")  # digits stay: "Mi-8" is not "MI6"


def _strip_marks(char: str) -> str:
    return "".join(part for part in unicodedata.normalize("NFD", char) if unicodedata.category(part) != "Mn")


def _romanize(text: str) -> str:
    return "".join(_CYRILLIC.get(char, char) for char in text)


def _fold(latin: str, polish: bool) -> str:
    text = latin
    if polish:
        text = text.replace("sz", "\x01").replace("cz", "\x02").replace("rz", "\x03").replace("ch", "h")
    else:
        text = text.replace("sh", "\x01").replace("ch", "\x02").replace("zh", "\x03").replace("kh", "h")
    text = "".join(_POLISH.get(char, char) for char in text)
    text = text.replace("zh", "\x03").replace("x", "ks").replace("w", "v").replace("ph", "f")
    text = text.replace("\x01", "S").replace("\x02", "C").replace("\x03", "Z")
    # y before a vowel is the glide j ("Tokayev", "Yerlan"); j, y and i before a vowel are dropped.
    text = re.sub(r"y(?=[aeiou])", "j", text)
    text = re.sub(r"[jiy](?=[aeiouy])", "", text)
    text = text.replace("j", "i").replace("y", "i")
    text = re.sub(r"(.)\1+", r"\1", text)
    return text.replace("S", "sh").replace("C", "ch").replace("Z", "zh")


@lru_cache(maxsize=200_000)
def match_keys(name: str) -> frozenset[str]:
    """All matching keys of a name (one, or two for Latin names whose "ch" is ambiguous)."""
    text = unicodedata.normalize("NFC", name).lower().replace("-", " ").replace("’", "").replace("'", "")
    text = " ".join(_romanize(text).split())
    # Letters outside Polish and English (é, ö, ğ, ş) lose their diacritics.
    text = "".join(char if char in _POLISH or char.isascii() else _strip_marks(char) for char in text)
    polish = bool(_POLISH_MARKERS.search(text))
    english = bool(_ENGLISH_MARKERS.search(text))
    readings = [polish or not english] + ([False] if not polish else [])
    keys = {_NON_LETTERS.sub("", _fold(text, reading)).strip() for reading in set(readings)}
    return frozenset(key for key in keys if key)


def match_key(name: str) -> str:
    """The first (canonical) matching key of a name; use ``match_keys`` to compare two names."""
    return min(match_keys(name), default="")


def same_name(first: str, second: str) -> bool:
    """Whether two spellings are the same name under the matching keys."""
    return bool(match_keys(first) & match_keys(second))
