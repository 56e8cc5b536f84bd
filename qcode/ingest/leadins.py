"""Reports that quote witnesses inline: `Witness 7 stated: "..."` inside the report's prose.

A UN or NGO submission tells its findings in numbered paragraphs of its own and lets the
witnesses speak in the middle of them: `2. Several witnesses described the collapse of the
rations. Witness 7 stated: "After the rations stopped..."`, or a paragraph ending in `A
woman from Hyesan (Witness 12) told the Commission:` with the quotation as the next
paragraph. Read as unlabelled testimony, the report's findings, its lead-ins and its
recommendations were coded as testimony and every witness was one speaker. Here each
quotation is a turn of the witness its lead-in names, and the report's text is context.

A lead-in is one sentence ending in a colon that has a speech verb (`stated`, `told the
Commission`, `explained`, `according to`) and does not speak as `I` / `my`; the quotation follows in
quotation marks, or is the next paragraph (one that is not a numbered paragraph of the
report). A file is read this way only when at least two lead-ins name a witness
(`Witness 7`, `Interviewee 3`, `(Witness 12)`), the report's own words (outside the
quotations) ask no question and rarely say `I`, `me` or `my` (a testimony quoting `My
mother said:` stays testimony); with two such lead-ins but prose that asks or speaks as `I`,
the file is read as before and a warning says why. A lead-in that names no one is the
witness named last when it opens with `He` / `She` (`She added:`), else, when it speaks of
a person (`One former soldier explained:`, not `Article 63 states:`), a witness of its own,
`Unnamed witness 1` (said in the notice).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qcode.ingest.feature import text_paragraphs
from qcode.ingest.layout import Line, asks
from qcode.ingest.lazyre import lazy
from qcode.ingest.person import OPENS_WITH_SELF
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

# who the text says is quoted: `Interviewee 14`, `(Witness 12)`, `participant no. 3`
WHO = lazy(r"\b(interviewee|respondent|participant|informant|witness|defector)"
           r"\s+(?:no\.\s*|#)?([A-Z]|\d{1,4})\b", re.I)
_COLON = lazy(r":\s*(?=[\"“‘]|$)")  # a colon before a quotation or the paragraph's end
_SPEECH = lazy(r"\b(?:stated|states|said|says|told|tells|explained|explains|recalled|"
               r"recalls|described|describes|testified|added|adds|continued|noted|"
               r"remembered|recounted|reported|observed|commented|related|put it|wrote|"
               r"writes|according to|in (?:the|his|her|their) (?:own )?words)\b", re.I)
_OPEN = {"\"": "\"", "“": "”", "‘": "’"}
_CLOSE = {"\"": lazy("\""), "”": lazy("”"), "’": lazy(r"’(?![^\W\d_])")}
# someone a lead-in that names no one may introduce (not `Article 63 states:`, not `The
# Government told the Committee:`, which quote no testimony)
_PERSON = lazy(r"\b(?:wom[ae]n|m[ae]n|girl|boy|mother|father|son|daughter|wife|husband|"
               r"former|soldier|guard|trader|farmer|worker|student|teacher|defector|"
               r"escapee|refugee|survivor|detainee|prisoner|returnee|interviewee|"
               r"witness|victim|person|resident)s?\b", re.I)
_SAME = lazy(r"^(?:he|she|the same (?:witness|interviewee|woman|man)|this witness)\b", re.I)
_NUMBERED = lazy(r"^\s*\d{1,3}\.\s")  # a numbered paragraph of the report itself
_LEAD_WORDS = 40  # a lead-in longer than this is a paragraph of prose that ends in a colon


@dataclass
class Para:
    """A paragraph's lines joined by newlines, and where each line starts in the join."""

    first: int
    starts: list[int]
    text: str


@dataclass
class Reading:
    """Quotation spans by paragraph: (start, end, witness), the witness '' in a quotation's
    later paragraphs (they carry its turn on)."""

    spans: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    named: int = 0  # lead-ins that name their witness
    unnamed: int = 0
    quotes: int = 0
    last: str | None = None  # the witness named last
    kind: str = "witness"  # what the report calls them, for unnamed ones

    def add(self, p: int, start: int, end: int, who: str) -> None:
        self.spans.setdefault(p, []).append((start, end, who))


def read_leadins(lines: list[Line], roles: Roles) -> tuple[list[Line], list[Notice], bool]:
    """The lines with each quotation cut out as its witness's turn and the report's text
    marked `(report)`, the notices, and whether the file was read so (if not, the lines as
    they were, perhaps with a warning)."""
    paras = [join_para(lines, a, b) for a, b in text_paragraphs(lines)]
    found = Reading()
    for p in range(len(paras)):
        _scan(paras, p, found)
    if found.named < 2:
        return lines, [], False
    doubt = doubt_prose(paras, found)
    where = lines[paras[min(found.spans)].first].number
    if doubt:
        return lines, [Notice(where, (
            f"{found.named} quotations are introduced like a report's (`Witness 7 stated:`) "
            f"but the text around them {doubt}: read as one person's testimony, the "
            "quotations in it; if each quotation is a witness's testimony, label the turns"))], False
    out = cut_quotations(lines, paras, found)
    speakers = list(dict.fromkeys(who for spans in found.spans.values() for *_, who in spans if who))
    for who in speakers:
        roles.assign(who, "respondent")
    return out, [Notice(where, _told(found, speakers))], True


def _told(found: Reading, speakers: list[str]) -> str:
    who = ", ".join(speakers[:5]) + (f" and {len(speakers) - 5} more" if len(speakers) > 5 else "")
    unnamed = (f"; {found.unnamed} that name no one (`One former soldier explained:`) are "
               "each read as a witness of their own") if found.unnamed else ""
    return (f"read as a report quoting testimony: {found.quotes} quotations "
            f"introduced like `Witness 7 stated:` ({who}) are the speech, the report's own "
            f"text is context{unnamed}; if that is wrong, label the turns")


def join_para(lines: list[Line], a: int, b: int) -> Para:
    starts, at = [], 0
    for line in lines[a:b]:
        starts.append(at)
        at += len(line.text) + 1
    return Para(a, starts, "\n".join(line.text for line in lines[a:b]))


def _scan(paras: list[Para], p: int, found: Reading) -> None:
    """Find the lead-ins of paragraph p (after a quotation that ends in it) and their
    quotations, in this paragraph or the next ones."""
    text = paras[p].text
    pos = max((end + 1 for _, end, _ in found.spans.get(p, [])), default=0)
    while pos < len(text) and (m := _COLON.search(text, pos)) is not None:
        lead = _lead_in(text, pos, m.start(), found)
        if lead is None:
            pos = m.end()
            continue
        who, named = lead
        pos = _quote(paras, p, m.end(), who or f"Unnamed {found.kind} {found.unnamed + 1}",
                     found)
        if pos < 0:
            return  # no quotation follows
        found.quotes += 1
        found.named += named
        found.unnamed += who is None


def _lead_in(text: str, pos: int, colon: int, found: Reading) -> tuple[str | None, bool] | None:
    """The witness a lead-in ending at `colon` names (None: it names no one) and whether it
    names them itself; None when the sentence before the colon is no lead-in."""
    lo = max(pos, colon - 400)
    cut = max(text.rfind(mark, lo, colon) for mark in (". ", "? ", "! ", ".\n", "\n("))
    sentence = text[max(lo, cut + 1):colon].strip()
    if not _SPEECH.search(sentence) or len(sentence.split()) > _LEAD_WORDS \
            or OPENS_WITH_SELF.match(sentence):
        return None
    named = WHO.findall(text, lo, colon)
    if named:
        found.last = _designation(*named[-1])
    named = WHO.findall(sentence)
    if named:
        found.kind = named[-1][0].lower()
        return _designation(*named[-1]), True
    if _SAME.match(sentence) and found.last:
        return found.last, False
    return (None, False) if _PERSON.search(sentence) else None


def _designation(kind: str, ident: str) -> str:
    return f"{kind.title()} {ident}"


def _quote(paras: list[Para], p: int, at: int, who: str, found: Reading) -> int:
    """Record the quotation after a lead-in (paragraph p, from `at`); where the scan of
    paragraph p goes on (its length when the quotation is in later paragraphs), -1 when
    no quotation follows."""
    text = paras[p].text
    if at < len(text) and text[at] in _OPEN:
        return _quoted(paras, p, at, who, found)
    if p + 1 >= len(paras) or _NUMBERED.match(paras[p + 1].text):
        return -1
    start = _opening(paras[p + 1].text)
    if paras[p + 1].text[start:start + 1] in _OPEN:
        _quoted(paras, p + 1, start, who, found)
        return len(text)
    found.add(p + 1, start, len(paras[p + 1].text), who)
    # an indented quotation goes on over the indented paragraphs after it
    while start > 0 and p + 2 < len(paras) and _opening(paras[p + 2].text) > 0:
        p += 1
        found.add(p + 1, _opening(paras[p + 1].text), len(paras[p + 1].text), "")
    return len(text)


def _opening(text: str) -> int:
    """Where a paragraph's text starts after its indentation."""
    return len(text) - len(text.lstrip())


def _quoted(paras: list[Para], p: int, at: int, who: str, found: Reading) -> int:
    """A quotation opening at `at` in paragraph p: to its closing mark, or on over the next
    paragraphs that open with a quotation mark (as long quotations are set) to the close.
    Where the scan of paragraph p goes on."""
    first, speaker = p, who
    while True:
        text = paras[p].text
        close = _CLOSE[_OPEN[text[at]]].search(text, at + 1)
        found.add(p, at + 1, close.start() if close else len(text), speaker)
        if close is not None or p + 1 >= len(paras) or \
                paras[p + 1].text[_opening(paras[p + 1].text):][:1] not in _OPEN:
            return close.end() if close is not None and p == first else len(paras[first].text)
        p, at, speaker = p + 1, _opening(paras[p + 1].text), ""


def doubt_prose(paras: list[Para], found: Reading) -> str:
    """Why the text around the quotations may be testimony or an interview, '' if not."""
    prose: list[str] = []
    for p, para in enumerate(paras):
        at = 0
        for start, end, _ in found.spans.get(p, []):
            prose.append(para.text[at:start])
            at = end
        prose.append(para.text[at:])
    if any(asks(piece.rstrip(" \n\"“”‘’:")) for piece in prose):
        return "asks questions"
    words = sum(len(piece.split()) for piece in prose)
    said_i = sum(len(OPENS_WITH_SELF.findall(piece)) for piece in prose)
    return "speaks as `I`" if 50 * said_i > words else ""


def cut_quotations(lines: list[Line], paras: list[Para], found: Reading) -> list[Line]:
    """The lines with each paragraph's quotations cut out as lines of their own (the first
    line of a quotation carries its witness), the rest `(report)`, quotation marks dropped."""
    para_of = {para.first: p for p, para in enumerate(paras)}
    out: list[Line] = []
    i = 0
    while i < len(lines):
        p = para_of.get(i)
        if p is None:
            out.append(lines[i])
            i += 1
            continue
        para = paras[p]
        out += _pieces(lines[i:i + len(para.starts)], para, found.spans.get(p, []))
        i += len(para.starts)
    return out


def _pieces(lines: list[Line], para: Para, spans: list[tuple[int, int, str]]) -> list[Line]:
    """One paragraph's lines cut at its quotations' ends (a closing mark is in no piece)."""
    out: list[Line] = []
    at = 0
    for start, end, who in sorted(spans):
        out += _slice(lines, para, at, start, None)
        out += _slice(lines, para, start, end, who)
        at = end + 1
    return out + _slice(lines, para, at, len(para.text), None)


_MARKS = " \t\"“”‘’"


def _slice(lines: list[Line], para: Para, a: int, b: int, who: str | None) -> list[Line]:
    """The text of the paragraph from a to b as pieces of its lines: a quotation's (its
    first piece has its witness, `who`), or the report's (`who` None: context, its
    quotation marks at either end dropped)."""
    out: list[Line] = []
    for k in range(max(0, bisect_right(para.starts, a) - 1), bisect_left(para.starts, b)):
        line, s = lines[k], para.starts[k]
        lo, hi = max(a, s) - s, min(b, s + len(line.text)) - s
        piece = line.text[lo:hi] if lo < hi else ""
        if who is None:
            lo += len(piece) - len(piece.lstrip(_MARKS))
            piece = piece.strip(_MARKS)
        if piece.strip():
            out.append(Line(line.number, line.offset + lo, piece, (who or None) if not out
                            else None, kind=None if who is not None else "report"))
    return out
