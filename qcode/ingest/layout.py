"""Lines -> paragraphs, and which single lines are not speech.

**Paragraphs.** A blank line ends a paragraph, and so does a speaker label. A file without
blank lines needs a decision, taken from the file itself: the lines that are followed by
another line of the same block ("inner lines") either end mid-sentence (a hard-wrapped
paragraph: they are joined) or end a sentence (a web page pasted one paragraph per line:
each line is a paragraph). Each line is a paragraph when at least 60% of the inner lines
end with `.`, `?`, `!`, `…` (or a closing quote or bracket after one), and there are at
least three (less is no evidence: the lines are joined, as before). In a file that does
use blank lines, a block is split into lines only when those lines are long as well (a
median over 120 characters, longer than any hard wrap), so a transcript that puts each
sentence of a paragraph on its own line keeps its paragraphs. A hard-wrapped file with no
blank lines at all also ends a paragraph at a line that ends a sentence well short of the
wrap width (under 70% of the 90th-percentile line length); with blank lines, such a line
ends its paragraph only when it asks (`?`): a PDF dump sets each question on the line right
above its answer; or, in hard-wrapped text (at most half its inner lines ended on purpose),
when it was ended where the next word would have fitted and a question of one or two lines
follows (a narrow column: the answer, then the question under it). Each line is a paragraph,
too, when at least half the text of a file without blank lines is in lines over 120
characters (a web page pasted with its many short menu lines), or when its lines are long
(the 90th percentile of all of them, labelled ones too, over 100 characters) and every line
that stops mid-sentence is short (a title, a heading, a link: no wrap). A list is set one item per
line: a line followed by a bullet item (`- `, `• `, `* `) on the next ends its paragraph
when it ends a sentence or is an item itself (an NGO log's `3. (follow-up on dates)` /
`- She thinks...`, answers in two bullets).

**Single lines that are not speech** are classed before labels are read (furniture.py:
headings, bylines and credits, dates, links, captions, footnotes...), and so is text outside
the user's own bounds: front matter `start:` / `end:` (the first and last words of the
interview) or lines `qcode: start` / `qcode: end`. Which whole paragraphs are not speech
(pull quotes, headings, everything after the interview ends): notspeech.py.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qcode.errors import IngestError
from qcode.ingest.furniture import line_kind
from qcode.ingest.lazyre import lazy
from qcode.ingest.pastedqa import exchanges
from qcode.ingest.quotes import told_question
from qcode.ingest.sentences import asks, ends_sentence

LABEL_START = lazy(r"^\S{1,20}[:：]")  # a line a label opens: `A: we paid 12`
_SENTENCE = lazy(r"(?<=[.?!…])[\"'”’)\]]*\s+")
LONG_QUESTION = 40  # words: a `?` paragraph longer than this may be an answer (is_question)


# a web page's accordion or disclosure toggle pasted on a line of its own (`−`, `+`, `▾`,
# `[+]`): a button, no words (not a dash or an ellipsis, which may stand for a silence)
_TOGGLE = lazy(r"^\s*(?:[\[(]\s*)?[+−▾▸▴▿▼►▲◄⌄⌃˅˄⊕⊖⊞⊟❯❮]\s*(?:[\])]\s*)?$")
TOGGLE = "toggle"
_MARKER = lazy(r"^\s*(?:(?:<!--|\[)\s*)?qcode:\s*(start|end)\s*(?:(?:-->|\])\s*)?$", re.I)


@dataclass
class Line:
    """One physical line (a Word paragraph, a subtitle cue) with its place in the source;
    `kind` names the context it is (a credit, a link...), None for text that may be speech.
    """

    number: int
    offset: int
    text: str
    speaker: str | None = None
    time: str | None = None
    kind: str | None = None
    in_table: bool = False  # a Word table cell: short, yet no heading
    emphasis: str | None = None  # a Word paragraph bold or italic as a whole: "bold", "italic"
    carries_on: bool = False  # its label's paragraph translates the turn before (speakers.py)
    joined: bool = False  # the line above's text wrapped in its column (texttables.py)
    beside_table: bool = False  # a Word paragraph outside the table the turns are read from


class Block:
    """A paragraph being built: its lines, its text and speaker (fixed once built), and the
    kind of context it is (None: speech)."""

    __slots__ = ("kind", "lines", "speaker", "text")

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.text = " ".join(ln.text.strip() for ln in lines)
        self.speaker = lines[0].speaker
        self.kind = lines[0].kind

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def emphasis(self) -> str | None:
        """How the paragraph is set apart as a whole, as a page sets its questions: "bold"
        (a Word paragraph in bold, `**...**` / `__...__`), "italic" (in italics, `*...*`
        / `_..._`) or "bar" (opened by a horizontal bar or dash, as Korean and some
        European presses set the interviewer's lines: `― What did you smuggle?`); None if
        not."""
        word = {ln.emphasis for ln in self.lines}
        if len(word) == 1 and None not in word:
            return word.pop()
        s = self.text.strip()
        if _BAR.match(s):
            return "bar"
        for marks, kind in ((("**", "__"), "bold"), (("*", "_"), "italic")):
            n = len(marks[0])
            if len(s) > 2 * n and any(s.startswith(m) and s.endswith(m) and m not in s[n:-n]
                                      for m in marks):
                return kind
        return None


_BAR = lazy(r"^[―—–]\s*\S")  # a dialogue's bar: `― What did you smuggle?`


def _answer_ending_in_question(block: Block) -> bool:
    """A long paragraph whose last sentence merely asks (`... What else could we do?`):
    over 40 words, and at most a third of its sentences are questions."""
    if block.words <= LONG_QUESTION:
        return False
    sentences = [s for s in _SENTENCE.split(block.text.strip()) if s]
    asked = sum(asks(s) for s in sentences)
    return asked * 3 <= len(sentences)


def is_question(block: Block) -> bool:
    """A paragraph ending in `?` that is not an answer ending in a rhetorical question, nor
    in a question the speaker tells (quotes.told_question)."""
    return asks(block.text) and not _answer_ending_in_question(block) \
        and not told_question(block.text)


@dataclass
class Bounds:
    """Where the interview starts and ends (line numbers), when the user said so."""

    start: int | None = None
    end: int | None = None


def mark_lines(lines: list[Line], meta: dict[str, Any], path: Path,
               meta_lines: dict[str, int]) -> None:
    """Classify single lines before labels are read (so `Interviewer: Kim Ji-su` stays a
    credit), blank marker lines, and toggles (a paragraph of their own, dropped once the
    paragraphs are made: no words, no turn); text outside the user's bounds becomes context."""
    bounds = _bounds(lines, meta, path, meta_lines)
    for line in lines:
        if "qcode" in line.text and _MARKER.match(line.text):
            line.text = ""
        elif _TOGGLE.match(line.text):
            line.kind = TOGGLE
        elif bounds.start is not None and line.number < bounds.start:
            line.kind = "before interview"
        elif bounds.end is not None and line.number > bounds.end:
            line.kind = "after interview"
        elif line.kind is None and not line.joined:  # a wrapped line stands not alone
            line.kind = line_kind(line.text)


def _bounds(lines: list[Line], meta: dict[str, Any], path: Path,
            meta_lines: dict[str, int]) -> Bounds:
    """Where the user said the interview starts and ends: `qcode: start` / `qcode: end`
    marker lines, or the front matter's `start:` / `end:` words (an error if not found)."""
    b = Bounds()
    for line in lines:
        m = _MARKER.match(line.text) if "qcode" in line.text else None
        if m and m[1].lower() == "start" and b.start is None:
            b.start = line.number + 1
        elif m and m[1].lower() == "end":
            b.end = line.number - 1
    for key in ("start", "end"):
        if meta.get(key) is not None:
            setattr(b, key, _line_of(lines, key, meta[key], b.start or 0, path,
                                     meta_lines.get(key, 1)))
    return b


def _line_of(lines: list[Line], key: str, words: Any, after: int, path: Path,
             meta_line: int) -> int:
    """The first line from `after` holding the front matter's words (spacing and case aside)."""
    wanted = " ".join(str(words).split()).lower()
    hit = next((ln.number for ln in lines if ln.number >= after
                and wanted in " ".join(ln.text.split()).lower()), None)
    if not wanted or hit is None:
        raise IngestError(
            f"front matter `{key}: {words}` is not found in the text; copy the "
            f"{'first' if key == 'start' else 'last'} words of the interview exactly "
            "(within one line)", path, meta_line)
    return hit


def _is_paragraph_end(lines: list[Line], blank_lines: bool) -> list[bool]:
    """For each line, whether it ends its paragraph (the rule in the module docstring)."""
    ends = [True] * len(lines)
    inner = _inner(lines)
    if not inner or _one_per_line(lines, inner, blank_lines):
        return ends
    lengths = sorted(len(lines[i].text.rstrip()) for i in inner)
    wrap = lengths[int(0.9 * (len(lengths) - 1))]
    deliberate = _deliberate(lines, inner, wrap)
    wrapped = len(deliberate) <= 0.5 * len(inner)
    own = exchanges(lines, inner) if blank_lines else set()  # a pasted Q&A's (pastedqa.py)
    for i in (i for i in inner if i not in own):
        text = lines[i].text.rstrip()
        short = len(text) < 0.7 * wrap or i in deliberate
        before_question = wrapped and i in deliberate and _question_follows(lines, i + 1)
        ends[i] = _opens_next(text, lines[i + 1].text) or (ends_sentence(text) and short and (
            not blank_lines or before_question or _ends_asking(text)))
    return ends


def _inner(lines: list[Line]) -> list[int]:
    """The lines followed by another line of text in the same block (no label, no context
    line either side): the ones a wrap or a paragraph's end may follow."""
    return [i for i in range(len(lines) - 1)
            if lines[i].text.strip() and lines[i + 1].text.strip()
            and lines[i + 1].speaker is None and not lines[i].kind and not lines[i + 1].kind]


def _deliberate(lines: list[Line], inner: list[int], wrap: int) -> set[int]:
    """The inner lines ended on purpose (a sentence's end, and the next word would have
    fitted): few in a hard-wrapped text (a PDF's column: an answer ended, the question on
    the next line), every line in a transcript that sets each sentence on its own line."""
    return {i for i in inner if ends_sentence(lines[i].text)
            and _next_word_fits(lines[i].text.rstrip(), lines[i + 1].text, wrap)}


def _opens_next(text: str, following: str) -> bool:
    """A line that ends where the next line's shape starts a paragraph whatever the wrap:
    a numbered question on its own line (`3. Did you pay?`), or a sentence or list item
    before a bulleted item."""
    return bool(_NUMBERED_QUESTION.match(text)) or (
        _BULLET.match(following) is not None
        and (ends_sentence(text) or _ITEM.match(text) is not None))


def _question_follows(lines: list[Line], k: int) -> bool:
    """Line k opens a question of one or two lines: a capital, then `?` at the end of its
    line or of the next (`You have said you heard about human` / `rights only later. When?`)."""
    s = lines[k].text.strip()
    if not s or not s[0].isupper():
        return False
    if _ends_asking(s):
        return True
    after = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
    return not ends_sentence(s) and _ends_asking(after)


def _ends_asking(text: str) -> bool:
    return text.rstrip("\"”’)*_ ").endswith("?")


def _next_word_fits(text: str, following: str, wrap: int) -> bool:
    """The next line's first word would have fitted on this line (within the file's wrap
    width): the line was ended on purpose, not wrapped. A narrow column's question (`Did
    the amounts change over time?`, 33 of 41 characters) ends there."""
    first = following.split(maxsplit=1)[0] if following.strip() else ""
    return len(text) + 1 + len(first) <= wrap


# `3. Did you pay?` on its own line, the answer on the next: a question, never a wrap
_NUMBERED_QUESTION = lazy(r"^\s*\d{1,3}[.)]\s+\S.{0,300}\?[\"”’)*_]*$")
_BULLET = lazy(r"^\s*[-–•*]\s+\S")  # a list item's bullet; `*` then a space: no italics
_ITEM = lazy(r"^\s*(?:[-–•*]|\d{1,3}[.)])\s+\S")  # an item, bulleted or numbered


def _one_per_line(lines: list[Line], inner: list[int], blank_lines: bool) -> bool:
    """Whether lines that run on into the next are paragraphs of their own (a web page
    pasted as text: most end a sentence, or they are long), not hard wraps."""
    closed = sum(ends_sentence(lines[i].text) for i in inner) >= 0.6 * len(inner)
    sizes = [len(lines[i].text.rstrip()) for i in inner]
    long = statistics.median(sizes) > 120
    if blank_lines:
        return len(inner) >= 3 and closed and long
    # most of the text in lines no hard wrap makes, however many short menu lines around
    wide = sum(n for n in sizes if n > 120) >= 0.5 * sum(sizes)
    return len(inner) >= 3 and (closed or long or wide or _never_wrapped(lines, inner))


def _never_wrapped(lines: list[Line], inner: list[int]) -> bool:
    """A file of long lines (the 90th percentile of every line's length, labelled ones
    too, over 100 characters) whose lines that stop mid-sentence are all short (under 60%
    of that): titles, headings and link lists between whole paragraphs, no hard wrap (a wrap
    stops near its width). A page whose answers are labelled (`Ri: ...`) and whose
    questions, link titles and subheadings are not: before, the title above a question
    and the question were joined into one paragraph."""
    sizes = sorted(len(ln.text.rstrip()) for ln in lines if ln.text.strip() and not ln.kind)
    wrap = sizes[int(0.9 * (len(sizes) - 1))] if sizes else 0
    return wrap > 100 and all(len(lines[i].text.rstrip()) < 0.6 * wrap for i in inner
                              if not ends_sentence(lines[i].text))


def blocks(lines: list[Line], line_is_paragraph: bool, cues: bool = False) -> list[Block]:
    """Group lines into paragraphs: a blank line, a speaker label, a line of context and
    (by the rule above) a line that ends a paragraph each end one; in subtitles (`cues`)
    only the first three. A label alone on its line (`Q:`) passes to the next line."""
    ends = _ends(lines, line_is_paragraph, cues)
    for k in range(len(lines) - 1):
        ends[k] = (ends[k] and not lines[k + 1].joined) or (  # a question in capitals (capitals.py)
            lines[k].emphasis == "capitals" != lines[k + 1].emphasis)
    out: list[Block] = []
    current: list[Line] = []
    label: Line | None = None
    for line, end in zip(lines, ends, strict=True):
        if not line.text.strip():
            if line.speaker is not None:
                label = line
            if current:
                out.append(Block(current))
                current = []
            continue
        if label is not None:
            line.speaker, line.time, label = label.speaker, label.time, None
        if current and (line.speaker is not None or line.kind or current[-1].kind):
            out.append(Block(current))
            current = []
        current.append(line)
        if end or line.kind:
            out.append(Block(current))
            current = []
    if current:
        out.append(Block(current))
    out = [b for b in out if b.kind != TOGGLE]
    return out


def _ends(lines: list[Line], line_is_paragraph: bool, cues: bool) -> list[bool]:
    """Which lines end their paragraph: each where the format gives a line per paragraph,
    none in subtitles, else as `_is_paragraph_end` reads the text."""
    if line_is_paragraph or cues:
        return [line_is_paragraph] * len(lines)
    body = [i for i, ln in enumerate(lines) if ln.text.strip()]
    blank_lines = bool(body) and any(not ln.text.strip() for ln in lines[body[0]:body[-1]])
    return _is_paragraph_end(lines, blank_lines)
