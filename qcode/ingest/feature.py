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
person's; the others are the interviewee's: the one name quotes are given to when the piece
names no other (`"...," Park recalls.` then `"...," she says.`: one woman, not two
speakers), else front matter `pseudonym`, else "Respondent".

A feature may end with a box of questions for her (`SIDEBAR`, `Five questions for...`):
unlabelled questions, each a paragraph ending in `?` (or a line ending in `?` right above
its answer), her answers under them. Its
questions kept the whole piece from being read as a feature, so the narration above was an
introduction and her quoted testimony was never coded. When every question outside
quotation marks is in such a trailing box (questions and answers only, no quote-led
paragraph in it) and the body above is a feature by itself, the body is read as one and the
box's questions are the writer's, its answers hers.

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
from itertools import pairwise
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.ingest.quotes import QUOTED, experts, narrator_asks, reported_by, said_by
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_OPENS_QUOTE = lazy(r"^\s*[\"“‘]\S")
NARRATOR = "Interviewer"  # the writer who asks: the feature's one interviewer
_QUESTION_CHARS = 300  # a box's question is one short paragraph


def read_feature(lines: list[Line], roles: Roles) -> list[Notice]:
    """Give quoted paragraphs their speaker and mark the narration `(narration)`; an empty
    list when the file is not such a feature (its lines are left as they were)."""
    paragraphs = text_paragraphs(lines)
    if not paragraphs:
        return []
    texts = {start: " ".join(lines[i].text for i in range(start, end))
             for start, end in paragraphs}
    paragraphs, box = _box_after(paragraphs, texts, lines)
    opening = [p for p in paragraphs if _OPENS_QUOTE.match(lines[p[0]].text)]
    if len(opening) < 3 or 5 * len(opening) < len(paragraphs):
        return []
    if any("?" in QUOTED.sub("", texts[start]) for start, _ in paragraphs):
        return []  # a question in the writer's words: an interview, or not a feature
    starts = [start for start, _ in paragraphs]
    speakers, asked = _speakers(texts, starts, {s for s, _ in opening}, roles)
    boxed = _read_box(box, texts, speakers, roles) if box else set()
    commenting = experts(texts, speakers)
    for start, end in paragraphs + box:
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
        + (f"; the {len(boxed)} questions of the box after it are the writer's, the answers "
           "the interviewee's" if boxed else "")
        + _experts_said(_longest(commenting))
        + "; if that is wrong, label the turns"))]


def _speakers(texts: dict[int, str], starts: list[int], opening: set[int],
              roles: Roles) -> tuple[dict[int, str], set[int]]:
    """Who speaks each paragraph that is speech (by its first line), and which of them are
    the narrator's questions."""
    given = {start: said_by(texts[start]) for start in starts if start in opening}
    named = Counter(n for n in given.values() if n)
    # the interviewee: the name most quotes are given to, when more than one is, or the
    # only name any quote is given to
    main = named.most_common(1)[0][0] if named and (
        named.most_common(1)[0][1] > 1 or len(named) == 1) else None
    speakers = {start: who or main or roles.respondent for start, who in given.items()}
    speakers |= {start: who for start in starts if start not in speakers
                 and (who := reported_by(texts[start], set(speakers.values())))}
    speakers |= _narrated_quotes(texts, starts, speakers)
    asked = narrator_asks(texts, opening, set(texts) - set(speakers))
    if asked:
        roles.assign(NARRATOR, "interviewer")
        speakers |= dict.fromkeys(asked, NARRATOR)
    return speakers, asked


# a pronoun's attribution right after a quote: `," she says`, `" he recalled`
_PRONOUN_SAYS = lazy(r"[\"”],?[ \t]{1,3}(she|he)[ \t](?:says|said|recalls|recalled|adds|added|"
                     r"remembers|remembered|explains|explained)\b")
_ABOUT = {"she": ("She", "Her"), "he": ("He", "His")}  # how a paragraph about them opens
# a verb of saying in the narration, and the word before it (`Her lawyer says`: not hers)
_SAYS = lazy(r"\b(\w{1,40})\W{1,3}(?:says|said|recalls|recalled|adds|added|tells|told|explains|"
             r"explained|remembers|remembered|insists|insisted)\b")


def _narrated_quotes(texts: dict[int, str], starts: list[int],
                     speakers: dict[int, str]) -> dict[int, str]:
    """Paragraphs that open in narration about the one interviewee (`She did not leave
    because...`, `Her son, now 34, ...`) and carry her quotes, given as the quoted
    paragraphs give them (`," she says`, every verb of saying in it hers): hers, as a coder
    reads them (her reasons told and quoted), not narration. Only when every quoted
    paragraph is one person's and two in three of their attributions name her by the same
    pronoun; narration without her words, or quoting someone else (`," he says`), stays."""
    if len(set(speakers.values())) != 1:
        return {}
    said = Counter(m[1] for s in speakers for m in _PRONOUN_SAYS.finditer(texts[s]))
    if not said:
        return {}
    pronoun, n = said.most_common(1)[0]
    if n < 2 or 3 * n < 2 * sum(said.values()):
        return {}
    who = next(iter(speakers.values()))
    return {s: who for s in starts if s not in speakers
            and texts[s].split(maxsplit=1)[0].strip(",") in _ABOUT[pronoun]
            and (found := [m[1] for m in _PRONOUN_SAYS.finditer(texts[s])])
            and all(p == pronoun for p in found) and _only_they_say(texts[s], pronoun)}


def _only_they_say(text: str, pronoun: str) -> bool:
    """Whether every verb of saying outside the quotes is the pronoun's (`he says`), none
    someone else's (`Her lawyer, Kim Dae-ho, says...`)."""
    return all(m[1] == pronoun for m in _SAYS.finditer(QUOTED.sub(" ", text)))


def _box_after(paragraphs: list[tuple[int, int]], texts: dict[int, str],
               lines: list[Line]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The paragraphs above a trailing box of questions and answers, and the box: from the
    first paragraph with a question outside quotation marks to the end, when it holds at
    least two questions (a short paragraph ending in `?`), each followed by at least one
    answer (no `?` at its end), and no paragraph opening with a quotation mark. Otherwise
    all the paragraphs and no box."""
    first = next((n for n, (start, _) in enumerate(paragraphs)
                  if "?" in QUOTED.sub("", texts[start])), None)
    if first is None:
        return paragraphs, []
    box = _split_asked(paragraphs[first:], texts, lines)
    asks = [_asks(texts[start]) for start, _ in box]
    if sum(asks) < 2 or not asks[0] or asks[-1] \
            or any(a and b for a, b in pairwise(asks)) \
            or any(_OPENS_QUOTE.match(lines[start].text) for start, _ in box):
        return paragraphs, []
    return paragraphs[:first], box


def _split_asked(box: list[tuple[int, int]], texts: dict[int, str],
                 lines: list[Line]) -> list[tuple[int, int]]:
    """The box's paragraphs, a question set on the line right above its answer (no blank
    line between them, as many magazines print a box) cut into the question and the answer;
    `texts` gets the pieces' texts."""
    out: list[tuple[int, int]] = []
    for start, end in box:
        if end - start > 1 and _asks(lines[start].text) and not _asks(texts[start]):
            texts[start], texts[start + 1] = lines[start].text, " ".join(
                lines[i].text for i in range(start + 1, end))
            out += [(start, start + 1), (start + 1, end)]
        else:
            out.append((start, end))
    return out


def _asks(text: str) -> bool:
    """A question of the box: one short paragraph that ends in `?`."""
    return len(text) <= _QUESTION_CHARS and text.rstrip(" *_").endswith("?")


def _read_box(box: list[tuple[int, int]], texts: dict[int, str], speakers: dict[int, str],
              roles: Roles) -> set[int]:
    """Give the box's questions to the writer and its answers to the interviewee (the one
    most of the body's quotes are hers); the questions, by first line."""
    said = Counter(v for v in speakers.values() if v != NARRATOR).most_common(1)
    who = said[0][0] if said else roles.respondent
    roles.assign(NARRATOR, "interviewer")
    asked = set()
    for start, _ in box:
        if _asks(texts[start]):
            asked.add(start)
        speakers[start] = NARRATOR if start in asked else who
    return asked


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
