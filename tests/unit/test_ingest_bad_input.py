"""Bad input becomes Rejected records with a clear reason; the rest of the batch goes on (ingest stage)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from orbitscope.config import Settings
from orbitscope.ingest import read_documents
from orbitscope.model import Document, Rejected

GOOD_TEXT = "Prezydent Kazachstanu rozmawiał w Astanie z delegacją Unii Europejskiej o handlu i energii."


def rejection(path: Path, settings: Settings | None = None) -> Rejected:
    """Read a bad file between two good ones; return its rejection after checking the batch went on."""
    before, after = path.parent / "0-dobry.txt", path.parent / "zz-dobry.txt"
    before.write_text(GOOD_TEXT, encoding="utf-8")
    after.write_text(GOOD_TEXT, encoding="utf-8")
    results = list(read_documents([str(before), str(path), str(after)], settings or Settings()))
    assert isinstance(results[0], Document) and isinstance(results[-1], Document)
    [rejected] = results[1:-1]
    assert isinstance(rejected, Rejected), rejected
    assert rejected.source == str(path) and rejected.stage == "ingest"
    return rejected


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_binary_file_with_text_extension(tmp_path: Path) -> None:
    path = write(tmp_path, "obraz.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in rejection(path).reason


def test_control_characters_without_nul(tmp_path: Path) -> None:
    path = write(tmp_path, "dziwny.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8] * 50) + b"abc")
    assert "binary" in rejection(path).reason


def test_utf16_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "utf16.txt", GOOD_TEXT.encode("utf-16"))
    assert "UTF-16" in rejection(path).reason


@pytest.mark.parametrize(("content", "reason"), [(b"", "empty"), (b"  \n\t\r\n ", "only whitespace")])
def test_empty_and_whitespace_only(tmp_path: Path, content: bytes, reason: str) -> None:
    assert reason in rejection(write(tmp_path, "pusty.txt", content)).reason


def test_invalid_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    good_start = "Zażółć gęślą jaźń".encode()
    content = good_start + "ąę".encode("cp1250") + " i dalej tekst artykułu.".encode()
    reason = rejection(write(tmp_path, "cp1250.txt", content)).reason
    assert "not valid UTF-8" in reason
    assert f"offset {len(good_start)}" in reason


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + GOOD_TEXT.encode("utf-8"))
    [document] = list(read_documents([str(path)], Settings()))
    assert isinstance(document, Document) and document.text == GOOD_TEXT


def test_empty_html(tmp_path: Path) -> None:
    assert "no article text found in HTML" in rejection(write(tmp_path, "pusta.html", b"")).reason


def test_html_without_article_text(tmp_path: Path) -> None:
    page = b"<html><head><title>Menu</title></head><body><nav><a href='/'>Start</a></nav></body></html>"
    assert "no article text found in HTML" in rejection(write(tmp_path, "menu.html", page)).reason


def test_file_larger_than_limit_is_not_read(tmp_path: Path) -> None:
    path = write(tmp_path, "duzy.txt", GOOD_TEXT.encode("utf-8") * 10)
    reason = rejection(path, Settings(max_file_bytes=500)).reason
    assert "larger than the limit of 500 bytes" in reason and "max_file_bytes" in reason


def test_text_too_short_and_too_long(tmp_path: Path) -> None:
    assert "too short" in rejection(write(tmp_path, "krotki.txt", b"Tak.")).reason
    long_path = write(tmp_path, "dlugi.txt", (GOOD_TEXT * 40).encode("utf-8"))
    assert "too long" in rejection(long_path, Settings(max_document_chars=1000)).reason


def test_title_only_text_is_too_short(tmp_path: Path) -> None:
    reason = rejection(write(tmp_path, "tytul.txt", b"Sam tytul bez tresci\n\n")).reason
    assert "too short" in reason


def test_unsupported_extension_in_folder(tmp_path: Path) -> None:
    folder = tmp_path / "wejscie"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "dane.bin").write_bytes(b"\x00\x01")
    results = list(read_documents([str(folder)], Settings()))
    assert isinstance(results[0], Document)
    assert isinstance(results[1], Rejected)
    assert "unsupported file type '.bin'" in results[1].reason and ".txt" in results[1].reason


def test_explicit_unknown_extension_is_sniffed_as_text(tmp_path: Path) -> None:
    path = write(tmp_path, "notatka.md", GOOD_TEXT.encode("utf-8"))
    [document] = list(read_documents([str(path)], Settings()))
    assert isinstance(document, Document) and document.text == GOOD_TEXT


def test_broken_link_in_folder_is_rejected(tmp_path: Path) -> None:
    folder = tmp_path / "wejscie"
    folder.mkdir()
    os.symlink(tmp_path / "nie-istnieje.txt", folder / "link.txt")
    [rejected] = list(read_documents([str(folder)], Settings()))
    assert isinstance(rejected, Rejected) and "does not exist" in rejected.reason


def test_missing_explicit_path_is_rejected_not_raised(tmp_path: Path) -> None:
    [rejected] = list(read_documents([str(tmp_path / "brak.txt")], Settings()))
    assert isinstance(rejected, Rejected) and "does not exist" in rejected.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "tajny.txt", GOOD_TEXT.encode("utf-8"))
    path.chmod(0)
    try:
        assert "permission denied" in rejection(path).reason
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<rss version='2.0'><channel><<<< nonsense", "cannot parse feed"),
        (
            b"<?xml version='1.0'?><rss version='2.0'><channel><title>Pusty</title></channel></rss>",
            "feed has no entries",
        ),
        (
            (
                b"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><item><description>"
                b"Tre\x9c\xe6 wpisu w cp1250</description></item></channel></rss>"
            ),
            "not valid UTF-8",
        ),
    ],
)
def test_undecodable_or_empty_feed(tmp_path: Path, content: bytes, reason: str) -> None:
    assert reason in rejection(write(tmp_path, "kanal.rss", content)).reason


def test_feed_in_declared_legacy_encoding_is_read(tmp_path: Path) -> None:
    content = (
        "<?xml version='1.0' encoding='windows-1250'?><rss version='2.0'><channel><title>Kanał</title>"
        f"<item><description>{GOOD_TEXT}</description></item></channel></rss>"
    ).encode("cp1250")
    [document] = list(read_documents([str(write(tmp_path, "stary.rss", content))], Settings()))
    assert isinstance(document, Document) and document.text == GOOD_TEXT and document.outlet == "Kanał"


def test_bad_stdin_is_rejected() -> None:
    [rejected] = list(read_documents(["-"], Settings(), stdin=io.StringIO("   \n")))
    assert isinstance(rejected, Rejected) and rejected.source == "<stdin>"
    assert rejected.reason == "standard input contains only whitespace"


def test_stdin_bytes_are_checked_for_utf8() -> None:
    stdin = io.TextIOWrapper(
        io.BytesIO(b"Zdanie po polsku " + "ść".encode("cp1250")), encoding="utf-8"
    )
    [rejected] = list(read_documents(["-"], Settings(), stdin=stdin))
    assert isinstance(rejected, Rejected) and "offset 17" in rejected.reason


def test_invalid_language_setting_is_a_configuration_error(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", GOOD_TEXT.encode("utf-8"))
    with pytest.raises(ValueError, match="unknown language code 'xx'"):  # refused by the settings already
        list(read_documents([str(path)], Settings(languages=("pl", "xx"))))
