"""Which engine analysed a document: orbitscope's version and a fingerprint of its code, data and models.

The store records it with every document; ``orbitscope run`` analyses a known document again when the
engine that stored it is not this one, so an upgrade never leaves old analyses behind (a knowledge-base
file, a trigger lexicon or the NER model changed as much as the code). Hashing the package's ~150 files
(~20 MB, most of it the NER model) takes ~40 ms, once per process.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from orbitscope import __version__

_PACKAGE = Path(__file__).resolve().parent


@cache
def engine_version() -> str:
    """``<version>+<12 hex digits>``: the same for the same package files, whatever their mtime or place."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"
