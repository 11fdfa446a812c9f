"""Finding input files, reading their bytes safely, and telling what kind of content they hold.

Problems with one input raise ``RejectedInput``; the reader turns it into a ``Rejected`` record so the rest
of the batch goes on. Nothing here reads more than ``max_file_bytes`` into memory.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Sequence
from typing import BinaryIO, TextIO

from orbitscope.errors import InputPathError

STDIN = "-"
STDIN_NAME = "<stdin>"

#: File extension -> content format. Other extensions are rejected when met while walking a folder.
FORMATS_BY_EXTENSION = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}

_SNIFF_BYTES = 8192
# Share of control bytes (other than tab, line breaks, form feed) above which content is not text.
_MAX_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = {9, 10, 11, 12, 13}
_CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in _TEXT_CONTROLS) + b"\x7f"
_FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)[\s>/]")


class RejectedInput(Exception):
    """One input cannot be used; the message is the reason shown to the user."""


def check_paths(paths: Sequence[str]) -> None:
    """Check that every input path exists before any work starts.

    Args:
        paths: files and folders; "-" stands for standard input.

    Raises:
        InputPathError: a path does not exist (the message names it).
    """
    for path in paths:
        if path != STDIN and not os.path.lexists(path):
            raise InputPathError(f"path {path} does not exist")


def iter_input_files(paths: Sequence[str]) -> Iterator[tuple[str, bool, str | None]]:
    """Expand paths into input files: (path, given explicitly, reason it cannot be used or None).

    Folders are walked recursively in sorted order (for deterministic runs), skipping hidden files and
    folders and README files, which document a folder rather than being articles.
    """
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            for found, reason in _walk(path):
                yield found, False, reason
        else:
            yield path, True, None


def _walk(root: str) -> Iterator[tuple[str, str | None]]:
    errors: list[OSError] = []
    for folder, subfolders, names in os.walk(root, onerror=errors.append):
        while errors:
            error = errors.pop(0)
            yield str(error.filename or folder), f"cannot list folder: {error.strerror or error}"
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or name.upper().startswith("README"):
                continue
            yield os.path.join(folder, name), None
    for error in errors:  # the root itself could not be listed
        yield str(error.filename or root), f"cannot list folder: {error.strerror or error}"


def format_for_extension(path: str) -> str | None:
    """The content format its extension promises, or None for an unknown extension."""
    return FORMATS_BY_EXTENSION.get(os.path.splitext(path)[1].lower())


def unsupported_reason(path: str) -> str:
    """The rejection reason for a file met in a folder whose extension is not supported."""
    extension = os.path.splitext(path)[1].lower()
    supported = ", ".join(sorted(set(FORMATS_BY_EXTENSION)))
    kind = f"'{extension}'" if extension else "(no extension)"
    return f"unsupported file type {kind} (supported: {supported})"


def _read_limited(stream: BinaryIO, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise RejectedInput(f"input is larger than the limit of {max_bytes:,} bytes (max_file_bytes)")
    return data


def read_file_bytes(path: str, max_bytes: int) -> bytes:
    """Read a file, checking its size with stat first so a huge file is never loaded.

    Raises:
        RejectedInput: missing, unreadable, not a regular file, or larger than ``max_bytes``.
    """
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise RejectedInput(
                f"file is {size:,} bytes, larger than the limit of {max_bytes:,} bytes (max_file_bytes)"
            )
        with open(path, "rb") as stream:
            return _read_limited(stream, max_bytes)
    except FileNotFoundError:
        raise RejectedInput("file does not exist (or is a broken link)") from None
    except PermissionError:
        raise RejectedInput("cannot read file: permission denied") from None
    except IsADirectoryError:
        raise RejectedInput("is a folder, not a file") from None
    except OSError as error:
        raise RejectedInput(f"cannot read file: {error.strerror or error}") from None


def read_stream_bytes(stream: TextIO, max_bytes: int) -> bytes:
    """Read standard input as bytes (its binary buffer when it has one, so UTF-8 is checked like files)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return _read_limited(buffer, max_bytes)
    text = stream.read(max_bytes + 1)
    data = text.encode("utf-8", errors="surrogatepass")
    if len(data) > max_bytes:
        raise RejectedInput(f"input is larger than the limit of {max_bytes:,} bytes (max_file_bytes)")
    return data


def check_not_binary(data: bytes) -> None:
    """Reject content that is not text: UTF-16, NUL bytes or many control bytes in the first 8 KiB."""
    head = data[:_SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RejectedInput(
            "file is UTF-16 encoded; only UTF-8 is supported (convert it, e.g. iconv -f UTF-16 -t UTF-8)"
        )
    if b"\x00" in head:
        raise RejectedInput("looks like a binary file (NUL bytes in the first 8 KiB), not UTF-8 text")
    controls = sum(head.count(byte) for byte in _CONTROL_BYTES)
    if head and controls > _MAX_CONTROL_SHARE * len(head):
        raise RejectedInput(f"looks like a binary file ({controls} control bytes in the first 8 KiB)")


def check_not_empty(data: bytes, what: str = "file") -> None:
    """Reject empty and whitespace-only content; ``what`` names the input in the reason."""
    if not data:
        raise RejectedInput(f"{what} is empty")
    if not data.strip():
        raise RejectedInput(f"{what} contains only whitespace")


def decode_utf8(data: bytes) -> str:
    """Decode UTF-8 strictly (a leading BOM is accepted and dropped); no other encoding is guessed.

    Raises:
        RejectedInput: the bytes are not valid UTF-8; the reason names the first bad byte offset.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RejectedInput(
            f"not valid UTF-8 (first invalid byte at offset {error.start}); only UTF-8 text is supported, "
            f"convert the file first (e.g. iconv -f CP1250 -t UTF-8)"
        ) from None


def is_feed(head: str) -> bool:
    """True when the start of a document is the root of an RSS, Atom or RDF feed."""
    return _FEED_ROOT.search(head[:2048]) is not None


def sniff_format(head: str) -> str:
    """Guess the format of content without a telling extension: feed, html, jsonl or text.

    Args:
        head: the beginning of the content, decoded leniently.
    """
    stripped = head.lstrip("\ufeff \t\r\n")
    if is_feed(stripped):
        return "feed"
    if stripped.startswith("<"):
        return "html"
    first_line = stripped.split("\n", 1)[0].strip()
    if first_line.startswith("{"):
        try:
            if isinstance(json.loads(first_line), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
    return "text"
