"""The furniture of an e-mail thread: quote headers, signatures, disclaimers, forward marks.

An interview answered by e-mail reaches the researcher forwarded, often through an
intermediary (a pastor, a caseworker), with each mail client's furniture around the quoted
questions and the answers: `-----Original Message-----`, `---------- Forwarded message
---------`, a Gmail or Apple Mail quote header (`On Fri, 10 Nov 2023 at 16:02, Hana Lindgren
<...> wrote:`, `Am 10.11.2023 um 16:02 schrieb ...:`, `Le ven. 10 nov. 2023 à 16:02, ... a
écrit :`) set right above the quoted text with no blank line, a signature under `-- `, and a
confidentiality notice at the foot. Read as text, the quote header glued the quoted greeting
and the first question into the intermediary's cover note (so the first answer after it was
not read as one), and the notice under the last quoted lines made them a question and
itself a coded answer.

In a file with a mail's marks (a `From:` line with `Sent:` or `Date:`, a forward or
original-message rule, or a quote header), each of these is context of its own: the mail's
fields (`From:` with `Sent:` or `Date:` below it, then `To:`, `Subject:`...), the quote
header (a line that opens as a client opens it, holds a clock time or an address and ends as
it ends), the forward rules, a signature (`--` alone, then the lines up to a blank line, at
most eight), and a disclaimer paragraph (opening `CONFIDENTIALITY NOTICE:`, `Disclaimer:` or
`This e-mail ... is confidential`, and naming a recipient, addressee, sender or whom it is
intended for). replies.py then reads the quoted questions."""

from __future__ import annotations

import re

from qcode.ingest.layout import Line

SIGNATURE_LINES = 8
_RULE = re.compile(r"^\s{0,4}-{2,12}\s{0,4}(?:original\s+message|forwarded\s+message|"
                   r"message\s+d['’]origine|mensaje\s+original|ursprüngliche\s+nachricht|"
                   r"weitergeleitete\s+nachricht|message\s+transféré|mensaje\s+reenviado|"
                   r"원본\s?메시지|전달된\s?메시지)\s{0,4}-{2,12}\s{0,4}$", re.I)
# a quote header: `On <date>, <name> wrote:`; German, French, Spanish, Dutch; Korean Gmail
_QUOTE_HEADER = re.compile(
    r"^\s{0,4}(?:(?:on|am|le|el|op)\s[^\n]{4,300}?(?:wrote|schrieb|a\s+écrit|escribió|"
    r"schreef)\s{0,2}[:：]|\d{4}년\s[^\n]{4,300}?작성\s{0,2}[:：])\s{0,4}$", re.I)
_FROM = re.compile(r"^\s{0,4}(?:from|von|de|van|보낸\s?사람)\s{0,2}:", re.I)
_SENT = re.compile(r"^\s{0,4}(?:sent|date|gesendet|datum|envoyé|enviado|fecha|"
                   r"보낸\s?날짜)\s{0,2}:", re.I)
_MAIL_FIELD = re.compile(r"^\s{0,4}(?:from|sent|date|to|cc|bcc|subject|reply-to|von|an|"
                         r"gesendet|datum|betreff|de|à|envoyé|objet|para|enviado|fecha|"
                         r"asunto|보낸\s?사람|받는\s?사람|보낸\s?날짜|제목)\s{0,2}:", re.I)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.\w")
_ADDRESSEE = re.compile(r"\b(?:recipient|addressee|sender|intended|destinataire|empfänger|"
                        r"destinatario|수신자)", re.I)
_SIGNATURE = re.compile(r"^\s{0,4}--\s?$")
_DISCLAIMER = re.compile(
    r"^\s{0,4}(?:(?:confidentiality|privacy|legal|email|e-mail)\s+(?:notice|statement|"
    r"warning|disclaimer)\s{0,2}[:.]|disclaimer\s{0,2}[:.]|this\s+(?:e-?mail|message|"
    r"communication)\b[^.]{0,80}?\b(?:is|are|may\s+be|contains?)\s+(?:strictly\s+)?"
    r"(?:confidential|privileged|intended\s+(?:solely|only)))", re.I)


def mark_mail(lines: list[Line]) -> None:
    """Mark a mail's quote headers, forward rules, signatures and disclaimers as context, in
    a file with a mail's marks (the module docstring)."""
    if not _a_mail(lines):
        return
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.speaker is not None or line.kind not in (None, "rule"):
            i += 1
            continue
        if _RULE.match(line.text):
            line.kind = "e-mail header"
        elif _FROM.match(line.text) and any(_SENT.match(ln.text) for ln in lines[i + 1:i + 5]):
            i = _mark_fields(lines, i)
            continue
        elif _quote_header(line.text):
            line.kind = "quote header"
        elif _SIGNATURE.match(line.text) or _disclaimer(line.text):
            kind = "signature" if _SIGNATURE.match(line.text) else "disclaimer"
            i = _mark_paragraph(lines, i, kind)
            continue
        i += 1


def _a_mail(lines: list[Line]) -> bool:
    """A `From:` line with a `Sent:` / `Date:` line among the next four, a forward rule or a
    quote header with a digit."""
    for i, line in enumerate(lines):
        if _RULE.match(line.text) or _quote_header(line.text):
            return True
        if _FROM.match(line.text) and any(_SENT.match(ln.text) for ln in lines[i + 1:i + 5]):
            return True
    return False


def _quote_header(text: str) -> bool:
    """A client's quote header: its words, and a clock time or an address in it (`On 3 May
    2019 my mother wrote:` is a sentence of a testimony)."""
    return bool(_QUOTE_HEADER.match(text) and (_CLOCK.search(text) or _ADDRESS.search(text)))


def _disclaimer(text: str) -> bool:
    """A disclaimer: its opening, and whom it is meant for or to be told (`This message is
    confidential, the broker told me` is an answer)."""
    return bool(_DISCLAIMER.match(text) and _ADDRESSEE.search(text))


def _mark_fields(lines: list[Line], i: int) -> int:
    """A mail's `From:` / `Sent:` / `To:` / `Subject:` lines from line i; the next i."""
    j = i
    while j < len(lines) and _MAIL_FIELD.match(lines[j].text) and lines[j].speaker is None:
        if lines[j].kind is None:
            lines[j].kind = "e-mail header"
        j += 1
    return max(j, i + 1)


def _mark_paragraph(lines: list[Line], i: int, kind: str) -> int:
    """Lines i.. up to a blank line (a signature: at most eight) become `kind`; the next i."""
    j = i
    limit = i + SIGNATURE_LINES + 1 if kind == "signature" else len(lines)
    while j < min(limit, len(lines)) and lines[j].text.strip() and lines[j].speaker is None:
        lines[j].kind = kind
        j += 1
    return max(j, i + 1)
