"""A video's transcript panel pasted as text: YouTube's (`0:03` on a line of its own above
each caption line, chapter titles between), Vimeo's, or a meeting's (`00:01:02` lines).

Read as prose, the time lines were words of the turns, and so were the chapter titles; with
no speaker named and next to no punctuation, the whole video was one or two turns, most
answers not coded. A panel is told by its time lines: six or more, a quarter of the lines of
text at least, nearly all followed by a line of text, their times running forward. Then the
time lines are no words: each is the time of the caption under it. In a panel that sets one
line under each time (four in five of them), a line of text with no time above it is a
chapter title (context).

Where the captions name no speaker (`Kim:`), who speaks is told from the questions, as a
careful reader tells it: a caption line ending `?` is the interviewer's, from the line that
opens the question (itself, or one of the two before it that holds `did you`, `what`...),
and the lines after it, up to the next question, the respondent's. Before the first
question, the host's opening (the guest's `thank you for having me` answers it); after the
last answer, a `thank you...` that speaks to the audience (`like and subscribe`, `see you
next time`) is the host's sign-off. It is a guess from the wording, so it is always said;
with fewer than two questions, or questions that do not speak to anyone (`what could we
do?`, a speaker's own), no speaker is named (one person's talk), and that is said too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from qcode.ingest.discord import is_compact_discord
from qcode.ingest.layout import Line, asks, ends_sentence
from qcode.ingest.lazyre import lazy
from qcode.ingest.person import YOU
from qcode.ingest.prompts import THANKS, opens_as_question
from qcode.model import Notice
from qcode.plural import counted, plural

MIN_STAMPS = 6
INTERVIEWER, RESPONDENT = "Interviewer", "Respondent"
# a time, or the time range a speech-to-text program prints before each segment in square
# brackets (Whisper's `[00:00.000 --> 00:03.680]`): its start is the caption's time, the range
# no words. A bare range (`00:00:01,000 --> 00:00:04,000`) is a subtitle file's, not a panel's.
_CLOCK = r"((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d{1,3})?"
_SPAN = rf"\[{_CLOCK}\s*-->\s*(?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}}(?:[.,]\d{{1,3}})?\]"
_TIME_LINE = lazy(rf"^\s*(?:{_SPAN}|[\[(]?{_CLOCK}[\])]?)\s*$")
_INLINE = lazy(rf"^\s*((?:{_SPAN}|[\[(]?{_CLOCK}[\])]?))\s+(?=\S)")
_LABEL = lazy(r"^\s*[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3}\s*:\s+\S")
# where a question without its `?` opens, on a caption line before the one that ends it
_ASKING_WORDS = lazy(r"\b(?:(?:did|do|does|were|was|are|have|can|could|would) you|what|"
                     r"why|how|where|when|who|which|tell (?:me|us))\b", re.I)
_THANKS_BACK = lazy(
    r"^\W*(?:(?:oh|well|yeah|yes|um+|uh+|and)\W+)*(?:thank(?:s| you)(?: so much| very much)? "
    r"for having me|(?:i'?m |it'?s )?(?:so |really )?(?:great|good|nice|happy|glad|a "
    r"pleasure|an hono(?:u)?r) to be here)", re.I)
_HOST = lazy(r"\b(?:welcome|joining (?:us|me)|(?:my|our) guest|channel|episode|podcast|"
             r"today (?:i|we)|sitting down with)\b", re.I)
_AUDIENCE = lazy(r"\b(?:subscribe|channel|next (?:time|week|video|episode)|see you|"
                 r"you guys|everyone|watching|comments?)\b", re.I)


@dataclass
class _Caption:
    line: Line  # its first line of text
    text: str  # its words, over all its lines
    time: str


def read_panel(lines: list[Line]) -> tuple[list[Line], bool, list[Notice]]:
    """The lines without their time lines (each caption's first line carries its time),
    whether speakers were named, and what the user must know. Lines that are no panel are
    returned as they are."""
    if is_compact_discord(lines):  # `[8:05 PM] name: text`: discord.py's
        return lines, False, []
    stamps = [i for i, ln in enumerate(lines) if _TIME_LINE.match(ln.text)]
    if not _is_panel(lines, stamps):
        lines = _stamps_apart(lines)
        stamps = [i for i, ln in enumerate(lines) if _TIME_LINE.match(ln.text)]
        if not _is_panel(lines, stamps):
            return lines, False, []
    captions, chapters = _captions(lines, stamps)
    times = set(stamps)
    kept = [ln for i, ln in enumerate(lines) if i not in times]
    said = (f"a transcript panel ({len(stamps)} time lines, each above or before its caption: "
            "a video site's panel, or a speech-to-text program's segments): "
            "the time lines are read as the captions' times"
            + (f", {counted(chapters, 'other line')} as {plural(chapters, 'chapter title')}"
               if chapters else ""))
    if sum(bool(_LABEL.match(c.text)) for c in captions) * 3 >= len(captions):
        return kept, False, [Notice(lines[stamps[0]].number, said)]  # labelled: labels.py
    roles = _roles(captions)
    if roles is None:
        return kept, False, [Notice(lines[stamps[0]].number, (
            f"{said}; no speaker is named and fewer than two questions are put to anyone: "
            "read as one person's words; if it is an interview, label the speakers"))]
    before, after_context = None, _after_context(kept)
    for caption, role in zip(captions, roles, strict=True):
        if role != before or id(caption.line) in after_context:
            caption.line.speaker, caption.line.time = role, caption.time
        before = role
    return kept, True, [Notice(lines[stamps[0]].number, (
        f"{said}; no speaker is named: the lines that ask (from the words that open the "
        "question) are read as the interviewer's, the lines after them as the respondent's, "
        "and the host's opening and sign-off as the interviewer's; if that is wrong, label "
        "the speakers"))]


def _stamps_apart(lines: list[Line]) -> list[Line]:
    """A panel copied with each time before its caption on one line (`0:03 hi everyone`,
    `[00:01:02] so where...`): each time set on a line of its own, when three in four lines
    of text open so, unlabelled (a `00:44 Kim:` transcript is labels.py's); else the lines
    as they are."""
    found = [_INLINE.match(ln.text) for ln in lines]
    text = sum(bool(ln.text.strip()) for ln in lines)
    opened = [m for m in found if m]
    if len(opened) < MIN_STAMPS or 4 * len(opened) < 3 * text \
            or 3 * sum(bool(_LABEL.match(m.string[m.end():])) for m in opened) >= len(opened):
        return lines
    out = []
    for line, m in zip(lines, found, strict=True):
        if m:
            out.append(Line(line.number, line.offset, m[1]))
            line.offset, line.text = line.offset + m.end(), line.text[m.end():]
        out.append(line)
    return out


def _is_panel(lines: list[Line], stamps: list[int]) -> bool:
    """Six time lines or more, a quarter of the text lines, four in five followed by a line
    of text (a blank line between allowed), their times running forward (nine in ten)."""
    text = sum(bool(ln.text.strip()) for ln in lines)
    if len(stamps) < MIN_STAMPS or 4 * len(stamps) < text:
        return False
    followed = sum(_next_text(lines, i) is not None for i in stamps)
    times = [_seconds(lines[i].text) for i in stamps]
    forward = sum(a <= b for a, b in pairwise(times))
    return 5 * followed >= 4 * len(stamps) and 10 * forward >= 9 * (len(times) - 1)


def _next_text(lines: list[Line], i: int) -> int | None:
    """The line of text right under time line i (one blank line between allowed)."""
    for j in (i + 1, i + 2):
        if j < len(lines) and lines[j].text.strip():
            return None if _TIME_LINE.match(lines[j].text) else j
        if j == i + 1 and j < len(lines) and lines[j].kind is not None:
            return None
    return None


def _seconds(text: str) -> int:
    m = _TIME_LINE.match(text)
    assert m is not None
    parts = [int(p) for p in (m[1] or m[2]).split(":")]
    return sum(p * 60 ** k for k, p in enumerate(reversed(parts)))


def _captions(lines: list[Line], stamps: list[int]) -> tuple[list[_Caption], int]:
    """Each time line's caption (its lines up to a blank line or the next time line), and
    how many lines were chapter titles: in a panel of one line a caption, a line of text
    after the caption's one, and a short one right above the first time line."""
    runs = []
    for i in stamps:
        j = _next_text(lines, i)
        run = []
        while j is not None and j < len(lines) and lines[j].text.strip() \
                and not _TIME_LINE.match(lines[j].text):
            run.append(lines[j])
            j += 1
        runs.append((lines[i].text.strip().strip("[]()").split("-->")[0].strip(), run))
    one_line = 5 * sum(len(run) == 1 for _, run in runs) >= 4 * len(runs)
    captions, chapters = [], 0
    above = lines[stamps[0] - 1] if stamps[0] else None  # the first chapter's title
    if one_line and above is not None and above.text.strip() and _chapter(above.text):
        above.kind, chapters = above.kind or "heading", 1
    for time, run in runs:
        if not run:
            continue
        if one_line and all(_chapter(extra.text) for extra in run[1:]):
            for extra in run[1:]:
                extra.kind, chapters = "heading", chapters + 1
            run = run[:1]
        captions.append(_Caption(run[0], " ".join(ln.text.strip() for ln in run), time))
    return captions, chapters


def _chapter(text: str) -> bool:
    """A chapter's title: a few words, no sentence ended."""
    return 0 < len(text.split()) <= 8 and not ends_sentence(text)


def _roles(captions: list[_Caption]) -> list[str] | None:
    """Each caption's speaker, told from the questions; None when they tell nothing."""
    texts = [c.text for c in captions]
    spans = _questions(texts)
    if len(spans) < 2 or 2 * sum(any(YOU.search(t) for t in texts[a:b + 1])
                                 for a, b in spans) < len(spans):
        return None
    roles = [RESPONDENT] * len(texts)
    for a, b in spans:
        roles[a:b + 1] = [INTERVIEWER] * (b + 1 - a)
    first = spans[0][0]
    opening = " ".join(texts[:first])
    if _HOST.search(opening):
        back = next((k for k in range(first) if _THANKS_BACK.match(texts[k])), first)
        roles[:back] = [INTERVIEWER] * back
    last = spans[-1][1] + 2  # the sign-off follows the last answer's first line
    bye = next((k for k in range(last, len(texts)) if _signs_off(texts[k:])), None)
    if bye is not None:
        roles[bye:] = [INTERVIEWER] * (len(texts) - bye)
    return roles


def _signs_off(texts: list[str]) -> bool:
    """Whether the captions left, after the last answer, are the host's thanks: they speak
    to the audience (`see you next time`), or they close the file, a caption or two of a
    few words (`Thank you. That's very helpful.`), not the guest's `thank you for having
    me`. A thanks closing the file was coded as the last answer's words."""
    if not THANKS.match(texts[0]):
        return False
    if _AUDIENCE.search(" ".join(texts)):
        return True
    return len(texts) <= 2 and not _THANKS_BACK.match(texts[0]) \
        and all(len(t.split()) <= _CLOSING_WORDS for t in texts)


_CLOSING_WORDS = 12


def _questions(texts: list[str]) -> list[tuple[int, int]]:
    """(first, last) caption of each question: a caption ending `?`, from the caption that
    opens it (itself if it opens as a question, else the nearer of the two before it that
    holds a question's words, not before the last question's end)."""
    spans: list[tuple[int, int]] = []
    for q, text in enumerate(texts):
        if not asks(text):
            continue
        start, floor = q, spans[-1][1] + 1 if spans else 0
        if q > floor and _quoted(texts[q - 1], text):
            continue
        if not opens_as_question(text):
            start = next((k for k in (q - 1, q - 2) if k >= floor
                          and _ASKING_WORDS.search(texts[k])), q)
        if spans and start == spans[-1][1] + 1:  # a question right after a question
            spans[-1] = (spans[-1][0], q)
        else:
            spans.append((start, q))
    return spans


def _quoted(before: str, text: str) -> bool:
    """A question the speaker quotes in an answer, no question to anyone: the caption before
    leads into it (`and the guard asked me,` / `whose card is this?`), or it is all in
    quotation marks. Read as the interviewer's, it cut the answer in two."""
    words = text.strip()
    return bool(_LEADS_IN.search(before)) or (
        words[:1] in _OPENING_QUOTES and words[-1:] in _CLOSING_QUOTES)


_LEADS_IN = lazy(r"\b(?:asked|asks|said|says|thought|wondered|shouted|whispered|yelled|"
                 r"told \w+)(?: to)?(?: me| us| him| her| them| myself| ourselves)?"
                 r"\s*[,:]\s*[\"“‘']?\s*$", re.I)
_OPENING_QUOTES, _CLOSING_QUOTES = "\"“‘'«", "\"”’'»"


def _after_context(lines: list[Line]) -> set[int]:
    """The lines (ids) right after a line of context (a chapter title), blank lines
    between: a caption there names its turn again."""
    out, context = set(), False
    for line in lines:
        if line.text.strip():
            if context:
                out.add(id(line))
            context = line.kind is not None
    return out
