"""``read_documents``: from paths to cleaned, dated, language-tagged Documents (or Rejected records).

Per input: read bytes safely, refuse binary/empty content, pick the format (extension, else sniffing),
parse into drafts, then clean and validate every draft the same way. A failure in one file or one entry
becomes a ``Rejected`` record; the batch goes on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from orbitscope.config import Settings
from orbitscope.errors import OrbitscopeError
from orbitscope.ingest import cleaning
from orbitscope.ingest.dates import date_from_file_name
from orbitscope.ingest.files import (
    STDIN,
    STDIN_NAME,
    RejectedInput,
    check_not_binary,
    check_not_empty,
    decode_utf8,
    format_for_extension,
    is_feed,
    iter_input_files,
    read_file_bytes,
    read_stream_bytes,
    sniff_format,
    unsupported_reason,
)
from orbitscope.ingest.formats import STAGE, Article, parse_feed, parse_html, parse_jsonl, parse_text
from orbitscope.ingest.language import detector_for, identify_language
from orbitscope.ingest.repeats import mark_repeated_paragraphs
from orbitscope.model import DateSource, Document, Rejected, Source, document_id


def read_documents(
    paths: Sequence[str], settings: Settings, stdin: TextIO | None = None
) -> Iterator[Document | Rejected]:
    """Read articles from files, folders and standard input.

    Folders are walked recursively in sorted order. Supported: plain text (.txt), HTML pages (.html, .htm),
    JSON Lines (.jsonl, one article per line) and RSS/Atom feeds (.rss, .atom, .xml, or any file that
    looks like a feed); "-" reads standard input and sniffs its format.

    Args:
        paths: files, folders, or "-" for standard input.
        settings: limits (file size, text length), languages and the paragraph repeat threshold.
        stdin: the stream "-" reads; ``sys.stdin`` when None.

    Yields:
        A Document per article, in input order, or a Rejected record (stage "ingest") for each input,
        line or entry that cannot be used.

    Raises:
        ConfigurationError: ``settings.languages`` is invalid (raised before any input is read).
    """
    detector_for(settings.languages)  # a configuration error must stop the run, not reject every file
    for path, explicit, problem in iter_input_files(paths):
        display = STDIN_NAME if path == STDIN else path
        if problem is not None:
            yield Rejected(display, STAGE, problem)
            continue
        try:
            for item in _parse_input(path, explicit, settings, stdin):
                yield item if isinstance(item, Rejected) else _build_safely(item, display, settings)
        except RejectedInput as rejection:
            yield Rejected(display, STAGE, str(rejection))
        except OrbitscopeError:
            raise
        except Exception as error:  # noqa: BLE001 - one broken file must never end the batch
            yield Rejected(display, STAGE, f"unexpected error {type(error).__name__}: {error}")


def _parse_input(
    path: str, explicit: bool, settings: Settings, stdin: TextIO | None
) -> Iterator[Article | Rejected]:
    """Read one input and parse it into drafts; raises RejectedInput when the whole input is unusable."""
    if path == STDIN:
        data = read_stream_bytes(stdin if stdin is not None else sys.stdin, settings.max_file_bytes)
        kind: str | None = None
        display = STDIN_NAME
    else:
        kind = format_for_extension(path)
        if kind is None and not explicit:
            raise RejectedInput(unsupported_reason(path))
        data = read_file_bytes(path, settings.max_file_bytes)
        display = path
    check_not_binary(data)
    if kind == "html" and not data.strip():
        raise RejectedInput("no article text found in HTML (the file is empty)")
    check_not_empty(data, "standard input" if path == STDIN else "file")
    head = data[:4096].decode("utf-8", errors="replace")
    if kind != "jsonl" and is_feed(head):
        kind = "feed"
    elif kind is None:
        kind = sniff_format(head)
    if kind == "feed":
        return parse_feed(data, display)
    if kind == "html":
        return parse_html(data, settings.min_document_chars)
    text = decode_utf8(data)
    return parse_jsonl(text, display) if kind == "jsonl" else parse_text(text)


def _build_safely(article: Article, path: str, settings: Settings) -> Document | Rejected:
    """Build a Document from one draft; a failure rejects only this draft (one entry of a feed)."""
    source = Source(path, article.entry)
    try:
        return build_document(article, source, settings)
    except RejectedInput as rejection:
        return Rejected(str(source), STAGE, str(rejection))
    except OrbitscopeError:
        raise
    except Exception as error:  # noqa: BLE001 - one broken entry must not lose the rest of its file
        return Rejected(str(source), STAGE, f"unexpected error {type(error).__name__}: {error}")


def _one_line(value: str | None) -> str | None:
    """Metadata text normalized to a single line; None when nothing is left."""
    if value is None:
        return None
    return " ".join(cleaning.normalize(value).split()) or None


def build_document(article: Article, source: Source, settings: Settings) -> Document:
    """Clean a draft's text, check its length, and complete its metadata.

    Args:
        article: the parsed draft.
        source: where it came from (the file name may carry the publication date).
        settings: text length limits, languages, paragraph repeat threshold.

    Raises:
        RejectedInput: the cleaned text is too short or too long.
    """
    text = cleaning.normalize(article.text)
    title = _one_line(article.title)
    if article.may_start_with_title and title is None:
        title, text = cleaning.take_title(text)
    paragraphs = cleaning.cut_trailing_debris(cleaning.split_paragraphs(text))
    if title and paragraphs and cleaning.same_text(paragraphs[0], title):
        paragraphs = paragraphs[1:]  # pages repeat their headline as the first line of the body
    text = cleaning.PARAGRAPH_SEPARATOR.join(paragraphs)
    if len(text) < settings.min_document_chars:
        raise RejectedInput(
            f"text too short: {len(text)} characters after cleaning "
            f"(minimum {settings.min_document_chars}, min_document_chars)"
        )
    if len(text) > settings.max_document_chars:
        raise RejectedInput(
            f"text too long: {len(text):,} characters (maximum {settings.max_document_chars:,}, "
            f"max_document_chars)"
        )

    published, date_source = article.published, article.date_source
    if published is None:
        date_source = DateSource.UNKNOWN
        if source.path != STDIN_NAME:
            published = date_from_file_name(os.path.basename(source.path))
            date_source = DateSource.FILE_NAME if published else DateSource.UNKNOWN

    if article.language:
        language, confidence = article.language, None  # stated by the record: trusted as given
    else:
        language, confidence = identify_language(text, settings.languages)

    return Document(
        id=document_id(text),
        text=text,
        title=title,
        url=_one_line(article.url),
        outlet=_one_line(article.outlet),
        author=_one_line(article.author),
        published=published,
        date_source=date_source,
        language=language,
        language_confidence=confidence,
        sources=(source,),
        paragraphs=mark_repeated_paragraphs(text, settings.repeat_paragraph_threshold),
    )
