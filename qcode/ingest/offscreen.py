"""A documentary's subtitles where the interviewer is off screen (`INTERVIEWER (O.S.): And
if you didn't pay?`) and names open only some cues: the cue after the off-screen question,
with no name of its own, is the answer of the one asked, the voice on screen before it. Read
as cues without a name are read (the voice before goes on), the answer went on the
interviewer's turn and the interviewer's question took it in.

Only where the shape is plain: the question's cue opens with an off-screen mark after its
name (cuenames.OFF_SCREEN) and asks, and is no narrator's (`NARRATOR (V.O.): Was it worth
it?` asks no one); the next cue names no one, is no sound or caption and
asks nothing; the voice before the question is another's and no narrator's (an answer is
never given to the narration). Else the cues are read as before.

An answer may open by echoing the question (`Did you ever go back?` / `Go back? To what?`,
`Were you afraid?` / `Afraid? Every day.`): a short question of the asked question's own
words opening the cue does not make it a question (read so, the answer was glued onto the
interviewer's question). And an off-screen question going on over more cues that ask
(`And your daughter?` / `Did she cross with you?`) is still asked: the first unnamed cue
after them that asks nothing is the answer.
"""

from __future__ import annotations

import re

from qcode.ingest import cuetext
from qcode.ingest.cuenames import OFF_SCREEN
from qcode.ingest.layout import Line, asks
from qcode.ingest.lazyre import lazy

_OFF_LABEL = lazy(rf"^\s*(?P<name>[A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){{0,2}}){OFF_SCREEN}:\s")
_NARRATION = {"narrator", "narration", "voice-over", "voiceover", "announcer"}


def answers_back(lines: list[Line], times: dict[int, str | None],
                 rows: list[tuple[int, int, str]]) -> list[Line]:
    """The lines, each unnamed cue right after an off-screen question given to the voice
    asked, a paragraph break before it; an off-screen voice asking again after that answer
    is its own turn again (subtitles.py read its label as the same voice going on)."""
    raw = {number: text for number, _, text in rows}
    out: list[Line] = []
    voice: str | None = None  # the voice on screen before the question
    asked: tuple[int, str, str] | None = None  # the question's line index, speaker, words
    opened: set[int] = set()  # the rows whose first line was seen
    for k, line in enumerate(lines):
        label = None if line.number in opened or not line.text.strip() else _OFF_LABEL.match(
            cuetext.words(raw.get(line.number, "")))
        opened.update([line.number] if line.text.strip() else [])
        if label and line.speaker is None and line.kind is None:  # the same voice asks again
            out.append(Line(line.number, line.offset, ""))
            line.speaker, line.time = label["name"], times.get(k)
        if asked is not None and line.text.strip() and times.get(k) != times.get(asked[0]):
            if _answers(line, asked[2]) and voice not in (None, asked[1]):
                out += [Line(line.number, line.offset, "")]
                line.speaker, line.time = voice, times.get(k)
            asked = (k, asked[1], asked[2]) if _asks_on(line) else None
        if line.speaker is not None:
            narrates = line.speaker.lower() in _NARRATION
            if not narrates and label and asks(cue := _cue(lines, times, k)):
                asked = (k, line.speaker, cue)
            else:
                voice = None if narrates else line.speaker
        out.append(line)
    return out


def _cue(lines: list[Line], times: dict[int, str | None], k: int) -> str:
    """The text of the cue line k opens (its next lines with the same time, a few at most)."""
    return " ".join(ln.text for j, ln in enumerate(lines[k:k + 6], k) if times.get(j) == times.get(k))


def _answers(line: Line, question: str) -> bool:
    """An unnamed line of speech that asks nothing, or opens by echoing the question."""
    return line.speaker is None and line.kind is None \
        and (not asks(line.text) or _echoes(line.text, question)) \
        and not (line.text.lstrip()[:1] in "[(♪" and line.text.rstrip()[-1:] in "])♪")


def _asks_on(line: Line) -> bool:
    """An unnamed line of speech that asks: the off-screen question going on."""
    return line.speaker is None and line.kind is None and asks(line.text)


# a short question opening a line (`Go back?`, `My mother?`); the words that may differ
# from the question's in an echo (the pronouns turned round, little words)
_OPENING_ASK = lazy(r"^\W{0,3}([^?.!]{1,40})\?")
_ECHO_FREE = {"i", "me", "my", "we", "us", "our", "you", "your", "the", "a", "an", "to",
              "of", "and", "so", "oh", "well"}


def _echoes(text: str, question: str) -> bool:
    """The line opens with a short question of the question's own words (an answer
    repeating what was asked before answering it)."""
    m = _OPENING_ASK.match(text)
    if m is None or m.end() >= len(text.rstrip()):  # the line is that question alone:
        return False  # `Go back?` alone may be the interviewer's follow-up
    words = set(re.findall(r"\w+", m[1].casefold())) - _ECHO_FREE
    return bool(words) and len(words) <= 4 and words <= set(re.findall(r"\w+", question.casefold()))
