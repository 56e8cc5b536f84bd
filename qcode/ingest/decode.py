"""Bytes -> text: BOMs, UTF-16, legacy encodings, and repaired mojibake.

A file that is not UTF-8 is almost always Western text saved on Windows, so it is read as
Windows-1252 unless its bytes clearly say otherwise. General-purpose detectors guess among
a hundred code pages and, on a short English file, pick one that turns every curly quote or
`é` into another letter (cp775 gave `cafķ`); a wrong guess is a silent misreading of every
output. So the candidates are few, and each decision is said as a notice naming the line:

- mostly valid UTF-8 with a few bad lines (two files pasted together): UTF-8, and each bad
  line read as Windows-1252, named;
- high bytes mostly in runs of three or more (whole words of Korean, Chinese, Cyrillic,
  Greek...): not Western; a CJK code page whose strict decoding gives that script, else the
  single-byte non-Latin code pages only;
- Mac Roman quotes and dashes (`itÕs`, `ÒquoteÓ`) and no Windows ones: Mac Roman;
- otherwise Windows-1252, with its five undefined bytes replaced and named by line, and a
  warning when the result holds characters that are rare in Western text.

Text copied out of a PDF keeps the typesetter's Latin ligatures as single characters (`ﬁ`
U+FB01, `ﬂ`, `ﬀ`, `ﬃ`, `ﬄ`, `ﬅ`, `ﬆ`): `ofﬁcials`, `ﬂour` would match no rule for
`official` or `flour`, and a search for them would miss the passage. They are read as the
letters they join (said in a notice, with the line of the first); nothing else of the
author's typography is changed (full-width punctuation, Hangul).

A line break that is not a newline (Word's "Plain Text" export writes a manual line break as
a vertical tab; U+2028 / U+2029 from web pages and macOS; a form feed; NEL; the
information separators `str.splitlines` breaks at) separates the words either side of it,
as it does on the page; left alone it was dropped by the mojibake repair (`USB\vsticks` ->
`USBsticks`, a word no rule matches). Each is read as a space, not a newline, so every line
keeps the number an editor shows it at and a paragraph is not cut where Word kept it whole.
A lone U+0085 amid Windows-1252 quotes read as Latin-1 is that mojibake's `…`, left to the
repair.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from qcode.errors import IngestError
from qcode.ingest.lazyre import lazy
from qcode.ingest.quotedprintable import decode_quoted_printable
from qcode.model import Notice
from qcode.plural import counted, plural

_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
_CP1252_TYPOGRAPHY = re.compile(rb"[\x85\x91-\x97]")  # … ‘ ’ “ ” • – —
# Mac Roman's quotes and dashes read as Windows-1252 letters, next to plain text: `itÕs`
_MAC_PUNCT = re.compile(rb"(?<=[\x00-\x7f])[\xd0-\xd5]|[\xd0-\xd5](?=[\x00-\x7f])")
# Characters Windows-1252 has but Western prose hardly uses: a sign of a wrong guess.
_RARE_CP1252 = set("ƒˆ‰Š‹ŒŽ˜™š›œžŸ¤¦¨¯¸¹²³¬¶÷ÞþÐð")
_CJK = (  # code page, and a test that a decoded character belongs to its script
    ("cp949", lambda c: "\uac00" <= c <= "\ud7a3" or "\u3130" <= c <= "\u318f"),
    ("shift_jis", lambda c: "\u3040" <= c <= "\u30ff"),
    ("gb18030", lambda c: "\u4e00" <= c <= "\u9fff"),
    ("big5", lambda c: "\u4e00" <= c <= "\u9fff"),
)
_SINGLE_BYTE_NON_LATIN = ["cp1251", "koi8_r", "cp1253", "cp1255", "cp1256"]
NAMES = {"cp1252": "Windows-1252 (Western)", "mac_roman": "Mac Roman (Western)",
         "cp949": "CP949 (Korean)"}
_FIX = "re-save the file as UTF-8 in the program that made it"


@dataclass
class Decoded:
    text: str
    encoding: str
    repaired_lines: int
    notices: list[Notice] = field(default_factory=list)


def _line_of(data: bytes, pos: int) -> int:
    return data.count(b"\n", 0, pos) + 1


def decode(data: bytes, path: Path) -> Decoded:
    """Decode a transcript, refusing empty and binary files, and repair mojibake line by line."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise IngestError("empty file; nothing to ingest (add the transcript text)", path, 1)
    notices: list[Notice] = []
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
        notices += _undecodable_utf8(data)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise IngestError(f"broken UTF-16 ({e.reason}); re-save as UTF-8", path, 1) from e
    elif b"\x00" in data and (utf16 := _utf16_without_bom(data)):
        text, encoding = data.decode(utf16), utf16
        notices.append(Notice(1, f"UTF-16 without a byte-order mark; read as {utf16}; {_FIX}"))
    elif b"\x00" in data:
        raise IngestError(
            "binary file, not text (found NUL bytes); export the transcript as "
            ".txt, .md, .docx, .vtt or .srt",
            path,
            _line_of(data, data.index(b"\x00")),
        )
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding, notices = _legacy(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, said = decode_quoted_printable(text)  # an e-mail saved as its raw source
    notices += [said] if said else []
    text, entities, first = _html_entities(text) if path.suffix.lower() not in _OWN_ESCAPES \
        else (text, 0, 0)
    if entities:
        notices.append(Notice(first, (
            f"{entities} HTML entities (`&nbsp;`, `&rsquo;`...: text copied from a web "
            "page's source) read as the characters they stand for")))
    text, breaks, first = _other_line_breaks(text)
    if breaks:
        notices.append(Notice(first, (
            f"{counted(breaks, 'line break')} of another kind than a newline (a vertical tab "
            "from Word's \"Plain Text\", a form feed, U+2028...) read as "
            f"{plural(breaks, 'a space', 'spaces')}")))
    text, ligatures, first = _ligatures(text)
    if ligatures:
        notices.append(Notice(first, (
            f"{counted(ligatures, 'typeset ligature')} (`ﬁ`, `ﬂ`...: text copied from a PDF) read as the "
            "letters they join, so that words match the codebook's")))
    if text.isascii():
        return Decoded(text, encoding, 0, notices)  # nothing ftfy could repair
    import ftfy  # imported only for text that could hold mojibake: slow to import

    # mojibake only: full-width punctuation (`Q：`), ligatures and Unicode forms are the
    # author's text, not garbling, and are kept as they are
    fix = ftfy.TextFixerConfig(uncurl_quotes=False, unescape_html=False, fix_line_breaks=False,
                               fix_character_width=False, fix_latin_ligatures=False,
                               normalization=None)
    lines = text.split("\n")
    repaired = 0
    for i, raw in enumerate(lines):
        if not raw.isascii():
            fixed = ftfy.fix_text(raw, fix)
            if fixed != raw:
                lines[i] = fixed
                repaired += 1
    return Decoded("\n".join(lines), encoding, repaired, notices)


# formats whose text escapes `&` and `<` by their own rules (subtitles.py reads WebVTT's)
# or comes from XML already unescaped (Word)
_OWN_ESCAPES = {".vtt", ".srt", ".docx"}
# entities a page's source holds where its text has a character: `Mrs.&nbsp;Cha:`
_ENTITY = lazy(r"&(?:nbsp|amp|quot|apos|lt|gt|[lr][sd]quo|[mn]dash|hellip|middot|"
               r"#\d{2,7}|#x[0-9a-fA-F]{2,6});")


def _html_entities(text: str) -> tuple[str, int, int]:
    """The text with its HTML entities as characters, when it holds two or more (one may be
    meant: `AT&amp;T` in a note), how many, and the line of the first."""
    found = list(_ENTITY.finditer(text)) if "&" in text else []
    if len(found) < 2:
        return text, 0, 0
    first = text.count("\n", 0, found[0].start()) + 1
    return _ENTITY.sub(lambda m: html.unescape(m[0]), text), len(found), first


# the Latin ligatures of Unicode's Alphabetic Presentation Forms, as the letters they join
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}
_LIGATURE = lazy("[\ufb00-\ufb06]")


def _ligatures(text: str) -> tuple[str, int, int]:
    """The text with its Latin ligatures as letters, how many there were, and the line of the
    first."""
    found = _LIGATURE.search(text)
    if found is None:
        return text, 0, 0
    first = text.count("\n", 0, found.start()) + 1
    return _LIGATURE.sub(lambda m: _LIGATURES[m[0]], text), len(_LIGATURE.findall(text)), first


# line breaks other than a newline: vertical tab, form feed, the information separators,
# NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR (those `str.splitlines` breaks at but `\n`)
_OTHER_BREAK = lazy("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_OTHER_BREAK_NOT_NEL = lazy("[\x0b\x0c\x1c-\x1e\u2028\u2029]")
# C1 characters that are Windows-1252 quotes and dashes read as Latin-1: U+0085 among them is
# that mojibake's ellipsis, which ftfy repairs
_C1_QUOTES = lazy("[\x91-\x97]")


def _other_line_breaks(text: str) -> tuple[str, int, int]:
    """The text with every line break other than a newline read as a space, how many (form
    feeds aside), and the line of the first."""
    if _OTHER_BREAK.search(text) is None:
        return text, 0, 0
    other = _OTHER_BREAK_NOT_NEL if _C1_QUOTES.search(text) else _OTHER_BREAK
    spaced = other.sub(" ", text)
    # a form feed between a PDF's pages is ordinary in text copied from one: not said
    said = [m.start() for m in other.finditer(text) if m[0] != "\x0c"]
    return spaced, len(said), text.count("\n", 0, said[0]) + 1 if said else 0


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when every other byte is NUL (text in the Latin range saved
    as UTF-16 without a BOM) and the file decodes, else None: a binary file."""
    if len(data) < 4 or len(data) % 2:
        return None
    for encoding, zeros in (("utf-16-le", data[1::2]), ("utf-16-be", data[::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _undecodable_utf8(data: bytes) -> list[Notice]:
    lines = data.split(b"\n")
    return [Notice(i + 1, "bytes that are not UTF-8 on this line became '\ufffd'; " + _FIX)
            for i, line in enumerate(lines) if _bad_utf8(line)]


def _bad_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _legacy(data: bytes, path: Path) -> tuple[str, str, list[Notice]]:
    """Bytes that are not valid UTF-8: the few candidates in the module docstring, in order."""
    high = sum(len(m) for m in _HIGH_RUN.findall(data))
    utf8 = sum(len(m) for m in _UTF8_SEQ.findall(data))
    if utf8 * 2 >= high:
        return _mixed_utf8(data)
    long_runs = [m for m in _HIGH_RUN.findall(data) if len(m) >= 3]
    if sum(map(len, long_runs)) * 2 >= high and (len(long_runs) >= 2 or high * 2 > len(data)):
        return _non_latin(data, path)
    mac = len(_MAC_PUNCT.findall(data))
    if mac >= 3 and not _CP1252_TYPOGRAPHY.search(data):
        return data.decode("mac_roman"), "mac_roman", [Notice(1, (
            f"not UTF-8; read as {NAMES['mac_roman']}: its quotes and dashes appear {mac} "
            f"times and Windows ones never; if accented letters look wrong, {_FIX}"))]
    text = data.decode("cp1252", errors="replace")
    notices = [Notice(1, f"not UTF-8; read as {NAMES['cp1252']}, the usual encoding of files "
                         f"saved on Windows; {_FIX} to be sure")]
    for m in _CP1252_UNDEFINED.finditer(data):
        notices.append(Notice(_line_of(data, m.start()), (
            f"byte 0x{m.group()[0]:02X} means nothing in {NAMES['cp1252']} and became "
            f"'\ufffd'; {_FIX}")))
    rare = [(i, c) for i, c in enumerate(text) if c in _RARE_CP1252]
    if rare:
        first = text.count("\n", 0, rare[0][0]) + 1
        notices.append(Notice(first, (
            f"doubtful decoding: read as {NAMES['cp1252']}, but "
            f"{counted(len(rare), 'character')} {plural(len(rare), 'is')} rare in Western text "
            f"(first '{rare[0][1]}' on line {first}); if {plural(len(rare), 'it is', 'they are')} "
            f"wrong, {_FIX}")))
    return text, "cp1252", notices


def _mixed_utf8(data: bytes) -> tuple[str, str, list[Notice]]:
    """Mostly UTF-8: each line that is not is read as Windows-1252 and named."""
    lines = data.split(b"\n")
    out, notices = [], []
    for i, line in enumerate(lines):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace"))
            notices.append(Notice(i + 1, (
                f"this line is not UTF-8 like the rest of the file; read as "
                f"{NAMES['cp1252']}; check it, or {_FIX}")))
    return "\n".join(out), "utf-8", notices


def _non_latin(data: bytes, path: Path) -> tuple[str, str, list[Notice]]:
    """Whole words of high bytes: a CJK code page whose decoding is that script, else the
    single-byte non-Latin code pages (charset-normalizer, restricted to them)."""
    for encoding, in_script in _CJK:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = [c for c in text if not c.isascii()]
        if sum(map(in_script, wide)) * 10 >= len(wide) * 8:
            name = NAMES.get(encoding, encoding)
            return text, encoding, [Notice(1, (
                f"not UTF-8; read as {name}, guessed from its words of non-Latin script; "
                f"if the text looks wrong, {_FIX}"))]
    from charset_normalizer import from_bytes  # imported only when needed: slow

    best = from_bytes(data, cp_isolation=_SINGLE_BYTE_NON_LATIN).best()
    if best is None or best.encoding is None:
        first = _HIGH_RUN.search(data)
        raise IngestError(
            "unreadable encoding: not UTF-8, not Western text, and no other encoding fits; "
            + _FIX,
            path,
            _line_of(data, first.start() if first else 0),
        )
    return str(best), best.encoding, [Notice(1, (
        f"doubtful decoding: not UTF-8 and not Western text; read as {best.encoding} "
        f"(guessed); if the text looks wrong, {_FIX}"))]
