"""Feature articles that quote their interviewee: narration around quoted paragraphs.

A magazine or newspaper feature tells a life in the writer's words and lets the
interviewee speak in paragraphs that open with a quotation mark (`"In Musan you could hear
a cart coming," she says.`). Read as a Q&A without labels and without questions, the whole
piece was an introduction, or its standfirst an answer: none of what the interviewee said
was coded, or the writer's words were. Here the quoted paragraphs are the speech, the
narration is context, `(narration)`.

A file is read this way only when it has no speaker labels and no question outside
quotation marks, and at least three paragraphs open with a quotation mark, at least a
fifth of its paragraphs. A quote the text gives to someone named (`says Dr. Lee`) is that
person's; the others are the interviewee's (front matter `pseudonym`, else "Respondent").

Who else speaks in such a piece (quotes.py says how each is told):
- a book's or a memoir's dialogue: the narrator who asks (`"When did you leave?" I asked.`,
  a quoted question with no one named after such a line, `I asked whether...`) is the
  interviewer; read as the interviewee's words, the writer's questions were coded;
- a wire story's reported speech carrying a quote (`Choi said he first watched... "They
  took the player," he said.`) is the speech of the one it names, not narration;
- an expert the piece describes as such (`Park, a researcher at...`) in a piece about
  escapees comments: context `(expert)`, not testimony.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.ingest.quotes import QUOTED, experts, narrator_asks, reported_by, said_by
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_OPENS_QUOTE = lazy(r"^\s*[\"“‘]\S")
NARRATOR = "Interviewer"  # the writer who asks: the feature's one interviewer


def read_feature(lines: list[Line], roles: Roles) -> list[Notice]:
    """Give quoted paragraphs their speaker and mark the narration `(narration)`; an empty
    list when the file is not such a feature (its lines are left as they were)."""
    paragraphs = text_paragraphs(lines)
    if not paragraphs:
        return []
    opening = [p for p in paragraphs if _OPENS_QUOTE.match(lines[p[0]].text)]
    if len(opening) < 3 or 5 * len(opening) < len(paragraphs):
        return []
    texts = {start: " ".join(lines[i].text for i in range(start, end))
             for start, end in paragraphs}
    if any("?" in QUOTED.sub("", text) for text in texts.values()):
        return []  # a question in the writer's words: an interview, or not a feature
    starts = [start for start, _ in paragraphs]
    speakers, asked = _speakers(texts, starts, {s for s, _ in opening}, roles)
    commenting = experts(texts, speakers)
    for start, end in paragraphs:
        who = speakers.get(start)
        if who is not None and who not in commenting:
            lines[start].speaker = who
            continue
        for i in range(start, end):
            lines[i].kind = "expert" if who else "narration"
    return [Notice(lines[opening[0][0]].number, (
        f"read as a feature article: its {len(opening)} paragraphs that open with a "
        "quotation mark are the interviewee's speech, the narration around them is context"
        + (f"; the writer's {len(asked)} questions ('I asked') are the interviewer's"
           if asked else "")
        + _experts_said(_longest(commenting))
        + "; if that is wrong, label the turns"))]


def _speakers(texts: dict[int, str], starts: list[int], opening: set[int],
              roles: Roles) -> tuple[dict[int, str], set[int]]:
    """Who speaks each paragraph that is speech (by its first line), and which of them are
    the narrator's questions."""
    given = {start: said_by(texts[start]) for start in starts if start in opening}
    named = Counter(n for n in given.values() if n)
    # the interviewee: the name most quotes are given to, when more than one is
    main = named.most_common(1)[0][0] if named and named.most_common(1)[0][1] > 1 else None
    speakers = {start: who or main or roles.respondent for start, who in given.items()}
    speakers |= {start: who for start in starts if start not in speakers
                 and (who := reported_by(texts[start], set(speakers.values())))}
    asked = narrator_asks(texts, opening, set(texts) - set(speakers))
    if asked:
        roles.assign(NARRATOR, "interviewer")
        speakers |= dict.fromkeys(asked, NARRATOR)
    return speakers, asked


def _experts_said(names: list[str]) -> str:
    if not names:
        return ""
    return f"; {', '.join(names)} " + ("comment as experts" if len(names) > 1
                                       else "comments as an expert") + " (context, not coded)"


def _longest(names: set[str]) -> list[str]:
    """Each person once, by the longest form the piece uses (`Kwon Tae-il`, not `Kwon`)."""
    return sorted(n for n in names if not any(n != m and n in m.split() for m in names))


def text_paragraphs(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, end) line indexes of each paragraph of text that may be speech: lines
    between blank lines, or each line in a file without blank lines (a web page pasted)."""
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    if filled and len(filled) == filled[-1] - filled[0] + 1:
        return [(i, i + 1) for i in filled if lines[i].kind is None]
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, line in enumerate([*lines, Line(0, 0, "")]):
        speech = bool(line.text.strip()) and line.kind is None
        if speech and start is None:
            start = i
        elif not speech and start is not None:
            out.append((start, i))
            start = None
    return out
