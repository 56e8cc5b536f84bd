"""An e-mail saved as its raw source with a quoted-printable body: decoded.

A newsletter or a reply saved from a mail program's "Show original" keeps its body in
quoted-printable: `=20` for a space at the end of a line, `=E2=80=99` for a curly quote, and
a soft line break, a line ending in `=`, wherever a line passed 76 characters, cutting words
(`thoug=` / `ht`). Left so, every coded passage carries the escapes and a rule or a search
for `thought` misses it: a silent garbling. So the body is decoded, said in a notice.

Strict, because `=` is ordinary in other text (`x = 5`, `a=b`, a rule of `====`): the body is
read as quoted-printable only when every `=` in it is an escape of two capital hex digits or
ends its line, and either the file's own header says `Content-Transfer-Encoding:
quoted-printable` (the body is what follows that header block) or, with no header, the text
holds at least three soft line breaks and three escapes, every line at most 76 characters.

Lines keep the numbers an editor shows them at: a soft line break that cuts a word brings the
rest of the word up to the end of its line (or, when that would leave the next line empty,
takes the start of the word down), and the `=` of one between words is dropped.
"""

from __future__ import annotations

import quopri

from qcode.ingest.lazyre import lazy
from qcode.model import Notice

_CTE = lazy(r"(?im)^content-transfer-encoding:[ \t]{0,9}quoted-printable[ \t]{0,9}$")
_CHARSET = lazy(r'(?im)^content-type:[^\n]{0,200}?charset="?([A-Za-z0-9_.:-]{1,40})')
_BOUNDARY = lazy(r'(?im)boundary="?([^"\s;]{1,70})')
_ESCAPE = lazy(r"=[0-9A-F]{2}")
_BAD_EQUALS = lazy(r"=(?![0-9A-F]{2}|\n|$)")
_SOFT = lazy(r"(?m)=$")
_FIRST_WORD = lazy(r"^\S{1,200}")
_LAST_WORD = lazy(r"\S{1,200}$")


def _body(text: str) -> tuple[int, int, str] | None:
    """Where the quoted-printable body starts and ends (offsets), and its charset, or None."""
    header = _CTE.search(text)
    if header is not None:
        blank = text.find("\n\n", header.end())
        if blank < 0:
            return None
        start = blank + 2
        boundary = _BOUNDARY.search(text, 0, header.start())
        end = text.find("\n--" + boundary[1], start) if boundary else -1
        charset = _CHARSET.search(text, 0, start)
        return start, end if end >= 0 else len(text), charset[1] if charset else "utf-8"
    lines = text.split("\n")
    if (len(_SOFT.findall(text)) >= 3 and len(_ESCAPE.findall(text)) >= 3
            and max(len(line) for line in lines) <= 76):
        return 0, len(text), ""
    return None


def _join_soft_breaks(lines: list[str]) -> list[str]:
    """The lines without their soft breaks' `=`, a word cut by one whole on one line."""
    out = list(lines)
    for i in range(len(out) - 1):
        if not out[i].endswith("=") or out[i].endswith("=="):
            continue
        out[i] = out[i][:-1]
        head, tail = _LAST_WORD.search(out[i]), _FIRST_WORD.search(out[i + 1])
        if head is None or tail is None:
            continue  # cut between words: the line break stands for the space
        if out[i + 1][tail.end():].strip() or not out[i][:head.start()].strip():
            out[i], out[i + 1] = out[i] + tail[0], out[i + 1][tail.end():].lstrip()
        else:
            out[i], out[i + 1] = out[i][:head.start()].rstrip(), head[0] + out[i + 1]
    return out


def _decode_line(line: str, charset: str) -> str:
    raw = quopri.decodestring(line.encode("ascii", "ignore"))
    for encoding in (charset or "utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("utf-8", errors="replace")


def decode_quoted_printable(text: str) -> tuple[str, Notice | None]:
    """The text with a quoted-printable body decoded, and the notice that says so."""
    if "=" not in text:
        return text, None
    found = _body(text)
    if found is None:
        return text, None
    start, end, charset = found
    body = text[start:end]
    if not body.isascii() or _BAD_EQUALS.search(body) or not _ESCAPE.search(body):
        return text, None
    lines = _join_soft_breaks(body.split("\n"))
    decoded = "\n".join(_decode_line(line, charset) for line in lines)
    first = text.count("\n", 0, start) + 1
    return text[:start] + decoded + text[end:], Notice(first, (
        "the e-mail's body is quoted-printable (`=20`, `=E2=80=99`, lines ending in `=`: a "
        "message saved as its raw source): decoded, so that its words read whole"))
