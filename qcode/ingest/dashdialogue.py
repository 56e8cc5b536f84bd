"""A book's or an article's dialogue set with dashes, without names: `— Where did you
first see a drama?` / `— At my aunt's house.`

Non-fiction books (and French, Spanish, Russian, Korean typesetting generally) open each
line of speech with a dash and name no one; the author's narration comes between the lines
(`She laughed, and then she stopped laughing.`, `I asked her when she first thought of
leaving.`). Read as unlabelled text, the narration was coded in the answers and the turns
alternated on it, so that an answer after a narration line was read as a question. So, in a
file without labels where at least four paragraphs open with a dash (`—`, `―`, `–`) and a
capital or a quotation mark after it (an epigraph's `— a saying in Hyesan` is no speech), two
of them asking, each answered by the next dash paragraph: each dash paragraph that asks (its
question may be followed by the author's tag, `? I asked.`, `? she wanted to know.`) is
the interviewer's, every other the respondent's (an attribution inside one, `she repeated`,
stays in its turn); a paragraph between dash paragraphs is the author's narration
(context), and so is a page number alone on its line. What comes before the first dash
paragraph is read as before. A file whose narration outweighs its dialogue (a feature
quoting a few dash lines) is left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.ingest.layout import Line, asks
from qcode.ingest.lazyre import lazy
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_DASH = lazy(r"^[ \t]{0,8}[—―–][ \t\u00a0]{1,3}(?=[\"“«„'‘]?[^\W\d_a-zà-ÿ])")
_PAGE = lazy(r"^\s{0,80}\d{1,4}\s{0,9}$")
# a question followed by the author's tag saying it was asked (`— When did you leave? I
# asked.`, `...? she asked him again.`): the question is the line's, the tag no answer
_ASK_TAG = lazy(r"\?[\"”’'»]?,?[ \t]{1,3}(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[A-Z][a-z]{1,20})[ \t]{1,3}"
                r"(?:asked|wanted to know|inquired|enquired|pressed|wondered)\b[^?!]{0,40}$")
MIN_LINES = 4
ASKER, ANSWERER = "Interviewer", "Respondent"


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    """The lines in paragraphs: runs of lines with text between blank lines, a dash line
    opening one of its own (dialogue is often set without blank lines)."""
    out: list[list[Line]] = []
    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        if i and lines[i - 1].text.strip() and out and not _DASH.match(line.text):
            out[-1].append(line)
        else:
            out.append([line])
    return out


def _dialogue(paras: list[list[Line]]) -> int | None:
    """Where the dialogue starts, when the paragraphs are dash dialogue (the docstring)."""
    dashed = [i for i, p in enumerate(paras) if p[0].kind is None and _DASH.match(p[0].text)]
    if len(dashed) < MIN_LINES:
        return None
    start = dashed[0]
    text = [i for i in range(start, len(paras)) if paras[i][0].kind is None]
    narration = len(text) - len(dashed)
    said = set(dashed)
    answered = sum(1 for i in dashed if _asks(paras[i])
                   and i + 1 in said and not _asks(paras[i + 1]))
    if answered < 2 or 2 * narration > len(dashed):
        return None
    return start


def _joined(para: list[Line]) -> str:
    return " ".join(line.text.strip() for line in para)


def _asks(para: list[Line]) -> bool:
    """The paragraph asks: it ends with `?`, or with a tag saying a question was asked."""
    text = _joined(para)
    return asks(text) or _ASK_TAG.search(text) is not None


def read_dash_dialogue(lines: list[Line], roles: Roles) -> list[Notice]:
    """Read dash dialogue (the module docstring); any other file is left as it is."""
    paras = _paragraphs(lines)
    start = _dialogue(paras)
    if start is None:
        return []
    for para in paras[start:]:
        head = para[0]
        if head.kind is not None:
            continue
        m = _DASH.match(head.text)
        if m is None:
            kind = "page number" if len(para) == 1 and _PAGE.match(head.text) else "narration"
            for line in para:
                line.kind = kind
            continue
        head.offset, head.text = head.offset + m.end(), head.text[m.end():]
        head.speaker = ASKER if _asks(para) else ANSWERER
    roles.assign(ASKER, "interviewer")
    roles.assign(ANSWERER, "respondent")
    return [Notice(paras[start][0].number, (
        "dialogue set with dashes and no names: each dash line that asks is read as the "
        "interviewer's, every other as the respondent's, the paragraphs between them as the "
        "author's narration (context); if that is wrong, label the speakers"))]
