"""Articles that quote participants by code inside their own sentences: `P3 (female, 40s,
left 2011) said: '...'`, `'...' (P7)`.

The results section of a qualitative paper tells its findings in the authors' words and
quotes its participants inline, in single or double quotation marks, each quotation given
to a participant's code: by the sentence that leads into it and ends in a colon (`P9
(female, 20s) described the routine:`), or by the code in brackets right after it (`'...'
(P7)`). Read as unlabelled testimony, the whole section was one respondent's answer: the
authors' prose, headings, tables and notes were coded and five participants were one
speaker. Here each attributed quotation is its participant's turn and everything else is
context, `(report)`. A code in brackets after the authors' own words (`(P1, P6, P11)`), a
quotation no code is given to (`a regular "greeting"`) and one of fewer than three words
stay in the prose, and so does a quotation given to several codes at once (`'...' (P1,
P6)`): nobody's own words.

A file is read this way only when it has no speaker labels, at least two quotations are
attributed so, and the prose around them asks no question and rarely says `I` / `my`
(leadins.py's test: a testimony quoting `my neighbour said: '...'` stays testimony).
Witness designations (`Witness 7 stated: "..."`) are leadins.py's; indented excerpts with
an attribution line under them report.py's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.ingest.feature import text_paragraphs
from qcode.ingest.lazyre import lazy
from qcode.ingest.leadins import Para, Reading, cut_quotations, doubt_prose, join_para
from qcode.ingest.person import OPENS_WITH_SELF
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.layout import Line
    from qcode.ingest.turns import Roles

# a participant's code: `P3`, `R12`, `NK-07`, `Participant 4`, `interviewee no. 2`
_CODE = (r"(?<![\w-])(?:[A-Z]{1,3}-?\d{1,4}|(?i:participant|interviewee|respondent|informant)"
         r"\s{1,3}(?:(?i:no)\.\s{0,3}|#)?(?:\d{1,4}|[A-Z]))(?![\w-])")
_CODE_RE = lazy(_CODE)
# the code in brackets right after a quotation's closing mark: ` (P7)`, ` (P3, woman, 40s)`
_TRAILING = lazy(rf"[ \t]{{0,3}}[(\[][ \t]{{0,3}}({_CODE})[ \t]{{0,3}}(?:[,;:][^()\[\]\n]{{0,80}})?[)\]]")
# an opening mark at a word's start (not an apostrophe inside `didn't`)
_OPENING = lazy(r"(?:^|(?<=[\s(\[:—–]))(['‘\"“])(?=\S)")
_CLOSING = {"'": lazy(r"(?<=\S)'(?![^\W\d_])"), "‘": lazy(r"’(?![^\W\d_])"),
            "\"": lazy(r"\""), "“": lazy(r"”")}
_LEAD_WORDS = 40  # a longer "lead-in" is a paragraph of prose that happens to end in a colon
_MIN_WORDS = 3  # `'greeting' (P4)`: a word the authors discuss, not a turn of speech


def read_code_quotes(lines: list[Line], roles: Roles) -> tuple[list[Line], list[Notice]]:
    """The lines with each attributed quotation cut out as its participant's turn and the
    rest `(report)`, and the notice; the lines as they were and no notice otherwise."""
    paras = [join_para(lines, a, b) for a, b in text_paragraphs(lines)]
    found = Reading()
    for p, para in enumerate(paras):
        _scan(para, p, found)
    if found.quotes < 2 or doubt_prose(paras, found):
        return lines, []
    out = [_unquoted(line) for line in cut_quotations(lines, paras, found)]
    speakers = list(dict.fromkeys(who for spans in found.spans.values() for *_, who in spans))
    for who in speakers:
        roles.assign(who, "respondent")
    where = lines[paras[min(found.spans)].first].number
    return out, [Notice(where, (
        f"read as an article quoting participants inline: {found.quotes} quotations given to "
        f"a participant's code ({', '.join(speakers[:5])}"
        f"{f' and {len(speakers) - 5} more' if len(speakers) > 5 else ''}) are the speech, "
        "the authors' text is context; if that is wrong, label the turns"))]


def _scan(para: Para, p: int, found: Reading) -> None:
    """Record paragraph p's attributed quotations."""
    text, pos = para.text, 0
    while (m := _OPENING.search(text, pos)) is not None:
        close = _CLOSING[m[1]].search(text, m.end())
        if close is None:
            return
        who = _attributed(text, m.start(), close.end())
        if who and len(text[m.end():close.start()].split()) >= _MIN_WORDS:
            found.add(p, m.end(), close.start(), who)
            found.quotes += 1
        pos = close.end()


def _attributed(text: str, opening: int, after: int) -> str | None:
    """The code a quotation is given to: in brackets right after it, else in the sentence
    leading into it that ends in a colon right before it (and does not speak as `I`)."""
    trailing = _TRAILING.match(text, after)
    if trailing:  # `(P1, P6)`: several participants said so, no one's words
        several = _CODE_RE.search(text, trailing.end(1), trailing.end())
        return None if several else " ".join(trailing[1].split())
    before = text[max(0, opening - 400):opening].rstrip()
    if not before.endswith(":"):
        return None
    cut = max(before.rfind(mark) for mark in (". ", "? ", "! ", ".\n", "?\n", "!\n"))
    sentence = before[cut + 1:].strip()
    if len(sentence.split()) > _LEAD_WORDS or OPENS_WITH_SELF.match(sentence):
        return None
    codes = _CODE_RE.findall(sentence)
    return " ".join(codes[-1].split()) if codes else None


def _unquoted(line: Line) -> Line:
    """The authors' piece of a paragraph without the single quotation mark it was cut at
    (`remembered in detail. '`): leadins.py drops the double and curly ones."""
    if line.kind != "report":
        return line
    text = line.text.rstrip(" '")
    lead = len(text) - len(text.lstrip(" '"))
    line.text, line.offset = text[lead:], line.offset + lead
    return line
