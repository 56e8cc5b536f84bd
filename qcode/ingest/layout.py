"""Lines -> paragraphs, and which paragraphs are not speech.

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
above its answer.

**Not speech** (kept as context turns, never coded or quoted): headings, bylines and
credits, dates, links, "watch the video" and share lines, photo captions, footnotes, an
editor's note; text after the interview ends (the first credit, link, footnote or end
marker after the last question); and text outside the user's own bounds: front matter
`start:` / `end:` (the first and last words of the interview) or lines `qcode: start` /
`qcode: end`. What a single line of page furniture is: furniture.py.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from qcode.errors import IngestError
from qcode.ingest.furniture import line_kind

_SENTENCE = re.compile(r"(?<=[.?!…])[\"'”’)\]]*\s+")
LONG_QUESTION = 40  # words: a `?` paragraph longer than this may be an answer (is_question)
_CLOSERS = " \t\"'”’)]*_"  # may follow the end of a sentence: quotes, brackets, emphasis


def ends_sentence(text: str) -> bool:
    """Ends with `.`, `?`, `!` or `…`, perhaps followed by closing quotes or brackets."""
    return text.rstrip(_CLOSERS)[-1:] in (".", "?", "!", "…")


def asks(text: str) -> bool:
    """Ends with `?`, perhaps followed by closing quotes or brackets."""
    return text.rstrip(_CLOSERS)[-1:] == "?"


_MARKER = re.compile(r"^\s*(?:<!--|\[)?\s*qcode:\s*(start|end)\s*(?:-->|\])?\s*$", re.I)
# The first of these after the last question ends the interview. (Anywhere else they are
# only context: a page may put "Read more" or an "END" of tape 1 in the middle.)
ENDS_INTERVIEW = {"link", "footnote", "end", "notes", "related", "credit", "social", "date",
                  "byline", "rule", "editorial note", "comments", "author"}
_MAY_ANSWER = {"date"}  # "March 2010." answers; a caption or plug after a question does not


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


def _answer_ending_in_question(block: Block) -> bool:
    """A long paragraph whose last sentence merely asks (`... What else could we do?`):
    over 40 words, and at most a third of its sentences are questions."""
    if block.words <= LONG_QUESTION:
        return False
    sentences = [s for s in _SENTENCE.split(block.text.strip()) if s]
    asked = sum(asks(s) for s in sentences)
    return asked * 3 <= len(sentences)


def is_question(block: Block) -> bool:
    """A paragraph ending in `?` that is not an answer ending in a rhetorical question."""
    return asks(block.text) and not _answer_ending_in_question(block)


@dataclass
class Bounds:
    """Where the interview starts and ends (line numbers), when the user said so."""

    start: int | None = None
    end: int | None = None


def mark_lines(lines: list[Line], meta: dict[str, Any], path: Path,
               meta_lines: dict[str, int]) -> None:
    """Classify single lines before labels are read (so `Interviewer: Kim Ji-su` stays a
    credit), and blank marker lines; text outside the user's bounds becomes context."""
    bounds = _bounds(lines, meta, path, meta_lines)
    for line in lines:
        if "qcode" in line.text and _MARKER.match(line.text):
            line.text = ""
        elif bounds.start is not None and line.number < bounds.start:
            line.kind = "before interview"
        elif bounds.end is not None and line.number > bounds.end:
            line.kind = "after interview"
        elif line.kind is None:
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
    inner = [i for i in range(len(lines) - 1)
             if lines[i].text.strip() and lines[i + 1].text.strip()
             and lines[i + 1].speaker is None and not lines[i].kind and not lines[i + 1].kind]
    if not inner or _one_per_line(lines, inner, blank_lines):
        return ends
    lengths = sorted(len(lines[i].text.rstrip()) for i in inner)
    wrap = lengths[int(0.9 * (len(lengths) - 1))]
    for i in inner:
        text = lines[i].text.rstrip()
        ends[i] = bool(_NUMBERED_QUESTION.match(text)) or \
            (ends_sentence(text) and len(text) < 0.7 * wrap
             and (not blank_lines or text.rstrip("\"”’)*_").endswith("?")))
    return ends


# `3. Did you pay?` on its own line, the answer on the next: a question, never a wrap
_NUMBERED_QUESTION = re.compile(r"^\s*\d{1,3}[.)]\s+\S.{0,300}\?[\"”’)*_]*$")


def _one_per_line(lines: list[Line], inner: list[int], blank_lines: bool) -> bool:
    """Whether lines that run on into the next are paragraphs of their own (a web page
    pasted as text: most end a sentence, or they are long), not hard wraps."""
    closed = sum(ends_sentence(lines[i].text) for i in inner) >= 0.6 * len(inner)
    long = statistics.median(len(lines[i].text.rstrip()) for i in inner) > 120
    if blank_lines:
        return len(inner) >= 3 and closed and long
    return len(inner) >= 3 and (closed or long)


def blocks(lines: list[Line], line_is_paragraph: bool, cues: bool = False) -> list[Block]:
    """Group lines into paragraphs: a blank line, a speaker label, a line of context and
    (by the rule above) a line that ends a paragraph each end one; in subtitles (`cues`)
    only the first three. A label alone on its line (`Q:`) passes to the next line."""
    body = [i for i, ln in enumerate(lines) if ln.text.strip()]
    blank_lines = bool(body) and any(not ln.text.strip() for ln in lines[body[0]:body[-1]])
    ends = [True] * len(lines) if line_is_paragraph else \
        [False] * len(lines) if cues else _is_paragraph_end(lines, blank_lines)
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
    return out


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _heading(block: Block, previous: Block | None, following: Block | None) -> bool:
    """A short line with no sentence punctuation that does not answer a question, in Title
    Case or capitals, or short and just before a question."""
    if len(block.lines) > 1 or block.speaker is not None or block.lines[0].in_table:
        return False
    text = block.text.strip().strip("*_#").strip()
    if not text or len(text) > 120 or len(text.split()) > 12:
        return False
    if re.search(r"[.?!…:;,\"”’)]$", text) or not (text[0].isupper() or text[0].isdigit()):
        return False
    if previous is not None and asks(previous.text):
        return False
    before_question = following is not None and asks(following.text)
    return _title_case(text) or (before_question and len(text.split()) <= 8)


def mark_context(found: list[Block], labelled: bool, names: set[str] | None = None) -> None:
    """Pull quotes, headings, and everything after the interview ends, become context.
    After the last question a paragraph that opens with the respondent's name (`names`: the
    pseudonym) is the editors' note on the speaker, not the answer (see _about_the_speaker)."""
    _mark_pull_quotes(found)
    _mark_headings(found)
    if labelled:
        asked = [i for i, b in enumerate(found) if b.speaker is not None]
    else:
        asked = [i for i, b in enumerate(found) if b.kind is None
                 and (is_question(b) or b.speaker is not None)]  # or a prompt (prompts.py)
    last = asked[-1] if asked else -1
    about = _about_the_speaker(found, asked, labelled, names or set())
    ended = False
    for i, block in enumerate(found):
        if i > last and block.kind is None and block.speaker is None and about is not None \
                and about.match(block.text):
            block.kind = "about the speaker"
        if i > last and block.kind in ENDS_INTERVIEW | {"about the speaker"}:
            ended = True
        elif ended and block.kind is None:
            block.kind = "after interview"


# `Ms. Choi, 47, taught school in Hyesan`: the person an introduction presents
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][\w'’-]+)")


def _about_the_speaker(found: list[Block], asked: list[int], labelled: bool,
                       names: set[str]) -> re.Pattern[str] | None:
    """How a paragraph about the respondent opens: `Kim now lives...`, `Ms. Kim, 52, ...`,
    `Kim (not her real name) ...`, `Today, Ms. Kim...` (a name, then a lower-case word, a
    bracket, or a comma after a title or before an age: `Kim, my cousin,` is a namesake in the
    answer; not `Kim Jong Un`, not `Kim:`). Nobody opens a paragraph of their own answer with their
    own name. The names: the pseudonym, the last labelled speaker, and whoever the text
    before the first question presents as `Ms. Choi` or `Kang, 45,`."""
    names = {*names, *(m[1] for b in found[:asked[0] if asked else 0]
                       for m in (*_TITLED.finditer(b.text), *_AGED.finditer(b.text)))}
    if labelled and asked and found[asked[-1]].speaker:
        names.add(str(found[asked[-1]].speaker))
    usable = sorted(n for n in names if len(n) >= 3 and n[0].isupper() and not n.isupper())
    if not usable:
        return None
    alternatives = "|".join(re.escape(n) for n in usable)
    return re.compile(rf"^\W*(?:(?:{_SINCE}),\s+)?(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:{alternatives})"
                      rf"(?:,|\s+\(|\s+[a-z])|^\W*(?:{alternatives})(?:,\s*\d|\s+\(|\s+[a-z])")


# `Kang, 45, worked at...`, `Interview: Kang, 45, from Sinuiju`: the person an introduction
# presents by name and age
_AGED = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+),\s+\d{1,2},")


# `Today, Ms. Choi runs...`: when the note on the speaker is set (only before a title: a
# respondent may say `Today, Kim...` of a namesake, never `Today, Ms. Choi...` of herself)
_SINCE = (r"Today|Now|These days|Since then|Currently|Later|Afterwards|Since (?:arriving|"
          r"(?:her|his|their) arrival)[^,]{0,30}|In \d{4}")


_QUOTED = re.compile(r"^\s*(?:>\s*)+|^\s*[\"“‘']|[\"”’']\s*$")
MAX_PULL_QUOTES = 50  # candidates checked per file: each is looked for in the whole text
MAX_ABRIDGED = 20  # of those, checked for a quote that leaves words out (slower)
NEAR = 5  # paragraphs either side where a quote that leaves words out is looked for


def _mark_pull_quotes(found: list[Block]) -> None:
    """A web page repeats a line of an answer as a pull quote, set apart (`> "..."`, or a
    paragraph in quotation marks): a quoted paragraph without a label whose words are in
    another paragraph is context, not the answer told twice."""
    candidates = [b for b in found if b.kind is None and b.speaker is None
                  and 3 <= b.words <= 60 and _QUOTED.search(b.text)][:MAX_PULL_QUOTES]
    if not candidates:
        return
    texts = [(b, " ".join(b.text.lower().split())) for b in found]
    where = {id(b): i for i, b in enumerate(found)}
    for n, block in enumerate(candidates):
        inner = " ".join(block.text.lstrip(" >").strip(" *_\"“”‘’'").lower().split())
        near = texts[max(0, where[id(block)] - NEAR):where[id(block)] + NEAR + 1]
        if len(inner.split()) >= 3 and any(other is not block and inner in text
                                           for other, text in texts):
            block.kind = "pull quote"
        elif n < MAX_ABRIDGED and len(inner.split()) >= 6 and any(
                other is not block and _abridged(inner, text) for other, text in near):
            block.kind = "pull quote"  # the quote leaves words out: `... Seoul, you cannot`


def _abridged(quote: str, text: str) -> bool:
    """Whether the quote's words are all in the text, in order, within a stretch at most
    twice as long (an editor left a few words out), not scattered over a long answer.
    Bounded: the text's first 20,000 characters, the first word's first 100 places."""
    want, words = re.findall(r"\w+", quote), re.findall(r"\w+", text[:20_000])
    if not set(want) <= set(words):
        return False
    for start in islice((i for i, w in enumerate(words) if w == want[0]), 100):
        at, end = start, min(len(words), start + 2 * len(want))
        for word in want[1:]:
            at = next((j for j in range(at + 1, end) if words[j] == word), -1)
            if at < 0:
                break
        if at >= 0:
            return True
    return False


def _mark_headings(found: list[Block]) -> None:
    """Headings become context; a date that answers a question stays speech."""
    previous: Block | None = None  # the last paragraph of speech, past any context
    for i, block in enumerate(found):
        following = found[i + 1] if i + 1 < len(found) else None
        answers = previous is not None and asks(previous.text)
        if answers and block.kind in _MAY_ANSWER:
            block.kind = None  # "March 2010." after "When did you leave?" is an answer
        elif block.kind is None and _heading(block, previous, following):
            block.kind = "heading"
        if block.kind is None:
            previous = block
