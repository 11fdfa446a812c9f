"""Parsers for the input formats: plain text, HTML pages, JSONL records and RSS/Atom feeds.

Each parser turns content into ``Article`` drafts (raw text plus whatever metadata the format states) or
``Rejected`` records for single bad entries; cleaning and validation happen afterwards, the same for all.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import feedparser
import lxml.html
from lxml import etree
from trafilatura import bare_extraction

from orbitscope.ingest.cleaning import PARAGRAPH_SEPARATOR
from orbitscope.ingest.dates import date_from_struct_time, parse_iso_date
from orbitscope.ingest.files import RejectedInput, decode_utf8
from orbitscope.model import DateSource, Rejected

STAGE = "ingest"

# htmldate's "extensive search" guesses dates from any text on the page (copyright lines, comment dates);
# only dates the page states as metadata are wanted.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_XML_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)""")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    ("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure")
    + ("footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre")
    + ("section", "table", "td", "th", "tr", "ul")
)


@dataclass(frozen=True, slots=True)
class Article:
    """A draft document: raw text and the metadata its format states, before cleaning."""

    text: str
    entry: int | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    date_source: DateSource = DateSource.UNKNOWN
    language: str | None = None  # stated by the record; trusted, not identified
    may_start_with_title: bool = False  # plain text: the first line can be a headline


def _string(value: object) -> str | None:
    """A metadata value as a non-empty string, else None (records may hold numbers, lists, nulls)."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _dated(published: date | None) -> DateSource:
    return DateSource.RECORD if published else DateSource.UNKNOWN


def parse_text(text: str) -> Iterator[Article]:
    """Plain text: the whole content is one article whose first line may be a title."""
    yield Article(text=text, may_start_with_title=True)


def _codec_name(label: str) -> str | None:
    """Python's canonical codec name for an encoding label ("UTF8" -> "utf-8"), None if unknown."""
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a meta tag, as Python's codec name, or None."""
    declared = _DECLARED_CHARSET.search(data[:4096])
    return _codec_name(declared[1].decode("ascii", errors="replace")) if declared else None


def _decode_html(data: bytes) -> str:
    """UTF-8, or the charset the page itself declares in a meta tag (stated, not guessed)."""
    try:
        return decode_utf8(data)
    except RejectedInput:
        charset = _declared_charset(data)
        if charset is None or charset == "utf-8":
            raise
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            raise RejectedInput(f"cannot decode HTML as its declared charset {charset!r}") from None


def parse_html(data: bytes, min_chars: int) -> Iterator[Article]:
    """An HTML page: main text and metadata by trafilatura, comments and boilerplate left out.

    Args:
        data: the page as bytes.
        min_chars: extracted text shorter than this means the page holds no article (a menu, a stub).

    Raises:
        RejectedInput: the page is empty, undecodable, or has no article text.
    """
    if not data.strip():
        raise RejectedInput("no article text found in HTML (the file is empty)")
    html = _decode_html(data)
    try:
        extracted = bare_extraction(
            html,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except ValueError as error:
        raise RejectedInput(f"cannot extract text from HTML: {error}") from None
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        raise RejectedInput("no article text found in HTML")
    if len(text.strip()) < min_chars:
        raise RejectedInput(f"no article text found in HTML (only {len(text.strip())} characters of text)")
    published = parse_iso_date(extracted.date)
    yield Article(
        # trafilatura puts one paragraph per line; blank lines keep them apart in splitting.
        text=PARAGRAPH_SEPARATOR.join(text.splitlines()),
        title=_string(extracted.title),
        url=_string(extracted.url),
        outlet=_string(extracted.sitename),
        author=_string(extracted.author),
        published=published,
        date_source=DateSource.HTML_METADATA if published else DateSource.UNKNOWN,
    )


def _record_language(value: object) -> str | None:
    """A stated language code reduced to ISO 639-1 form ("pl-PL" -> "pl")."""
    code = _string(value)
    return re.split(r"[-_]", code, maxsplit=1)[0].lower() if code else None


def parse_jsonl(text: str, path: str) -> Iterator[Article | Rejected]:
    """JSON Lines: one object per line with a required "text"; a bad line is rejected on its own.

    Args:
        text: the decoded file.
        path: the file path, for the "path#line" source of rejected lines.
    """
    # Split on "\n" only: str.splitlines would also split on U+2028 inside JSON strings.
    for line_number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        source = f"{path}#{line_number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Rejected(
                source, STAGE, f"line {line_number} is not valid JSON: {error.msg} (column {error.colno})"
            )
            continue
        if not isinstance(record, dict):
            kind = type(record).__name__
            yield Rejected(
                source, STAGE, f'line {line_number} is a JSON {kind}, expected an object with a "text" field'
            )
            continue
        if "text" not in record:
            yield Rejected(source, STAGE, f'line {line_number} has no "text" field')
            continue
        if not isinstance(record["text"], str):
            yield Rejected(source, STAGE, f'line {line_number}: "text" must be a string')
            continue
        published = parse_iso_date(record.get("published"))
        yield Article(
            text=record["text"],
            entry=line_number,
            title=_string(record.get("title")),
            url=_string(record.get("url")),
            outlet=_string(record.get("outlet")),
            author=_string(record.get("author")),
            published=published,
            date_source=_dated(published),
            language=_record_language(record.get("language")),
        )


def html_fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (feed content), one paragraph per block element, blank-line separated."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment
    for element in root.xpath("//script | //style"):
        element.drop_tree()
    for element in root.iter(etree.Element):
        # Whitespace in HTML source is layout, not text: collapse it before marking the blocks.
        if element.text:
            element.text = re.sub(r"\s+", " ", element.text)
        if element.tail:
            element.tail = re.sub(r"\s+", " ", element.tail)
        if element.tag in _BLOCK_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    lines = (line.strip() for line in root.text_content().split("\n"))
    return PARAGRAPH_SEPARATOR.join(line for line in lines if line)


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    """The fullest text of a feed entry: content when present, else the summary."""
    candidates = [*entry.get("content", ()), entry.get("summary_detail")]
    for detail in candidates:
        if not detail or not _string(detail.get("value")):
            continue
        if detail.get("type") == "text/plain":
            return detail["value"]
        return html_fragment_to_text(detail["value"])
    return ""


def parse_feed(data: bytes, path: str) -> Iterator[Article | Rejected]:
    """An RSS or Atom feed: each entry is an article; an entry without text is rejected on its own.

    Raises:
        RejectedInput: the feed cannot be parsed or has no entries.
    """
    # feedparser silently falls back to windows-1252 for a feed that is not valid in its declared
    # encoding; a feed declared (or defaulting to) UTF-8 is therefore checked strictly first.
    declared = _XML_DECLARED_ENCODING.match(data.removeprefix(b"\xef\xbb\xbf"))
    encoding = declared[1].decode("ascii") if declared else "utf-8"
    if _codec_name(encoding) == "utf-8":
        decode_utf8(data)
    # A stream, never a string: feedparser fetches strings that look like URLs.
    parsed = feedparser.parse(io.BytesIO(data))
    if isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride):
        raise RejectedInput(f"feed is not valid in its declared encoding {encoding!r}")
    if not parsed.entries:
        if parsed.get("bozo"):
            raise RejectedInput(f"cannot parse feed: {parsed.get('bozo_exception')}")
        raise RejectedInput("feed has no entries")
    outlet = _string(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        text = _entry_text(entry)
        if not text.strip():
            yield Rejected(f"{path}#{number}", STAGE, "feed entry has no content or summary")
            continue
        published = date_from_struct_time(entry.get("published_parsed") or entry.get("updated_parsed"))
        yield Article(
            text=text,
            entry=number,
            title=_string(entry.get("title")),
            url=_string(entry.get("link")),
            outlet=outlet,
            author=_string(entry.get("author")),
            published=published,
            date_source=_dated(published),
        )
