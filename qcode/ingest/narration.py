"""A broadcast script's narration.

A radio or television package is written as a script: the anchor's lead (`ANCHOR: ...`),
the reporter's narration (`REPORTER: ...`) and, between them, the recorded quotes of the
people interviewed (`SOUNDBITE (...) SUN-HEE, ESCAPEE: "..."`, labels.py). Anchors and
reporters are interviewers by default, since in a live interview they ask; in a script they
never do, and their narration read as an interviewer's words was taken for the questions
the quotes answer. So a broadcaster's label (anchor, reporter, correspondent, presenter,
newsreader, announcer) none of whose paragraphs asks, in a file where someone else speaks,
narrates: context, never coded nor a question, said in a notice (which stands for the
warning that a file with one speaker and no interviewer was misread).

A blog or magazine interview labels each turn (`**Me:**` / `**Her:**`, `Q:` / `Kim:`) and
the writer may step in between two turns, unlabelled: `Her husband came in at this point,
and we stopped for a few minutes.` Read by the label before it, that was the answer's last
paragraph, coded. A careful reader hears the writer: the paragraph speaks of the respondent
in the third person (she / her under a label `Her` or `She`, he / his under `Him` or `He`;
the respondent's name opening it, `Kim laughed...`), never says I, me or my, while the
answer above it does, and the interviewer's next label follows it; or it is set in italics
under an answer that is not (in the same script: an italic translation under an answer in
Korean is the answer). Such a paragraph is the writer's aside: context, said in a
notice. In the third person it must also tell the interview as it happens (the writer's
`we`, `at this point`, `laughed`, `came in`): a respondent's own next paragraph about
another woman (`Her husband was a guard, so she knew...`) or another Kim (`Kim said he
would take care of the guards`) under a `Her` or `Kim` label tells the past, and stays the
answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.credits import ROLE_WORDS
from qcode.ingest.layout import Block, asks
from qcode.ingest.lazyre import lazy
from qcode.ingest.person import SELF
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

# (`BYLINE` is how a radio transcript titles its reporter: `KIM SOO, BYLINE:`)
BROADCASTER = lazy(r"^(?:the\s+)?(?:anchor|reporter|correspondent|presenter|newsreader|"
                   r"announcer|byline)s?\b", re.I)


def titled(m: re.Match[str], opens: bool) -> bool:
    """A broadcaster's label, a name in capitals and what the person is after a comma
    (`MAREN COLE, ANCHOR:`, `MOON JI-HYE, DEFECTOR:`), opening a paragraph: a speaker even
    when used once, since such transcripts give the full label once and the surname after
    (read as words, the anchor's lead and a defector's first quote were one preamble).
    Not a title in capitals: `NORTH KOREA, HUMAN RIGHTS: A REPORT` (nothing in lower case);
    nor a one-word label, which is no full name: a news article's dateline (`SEOUL, KOREA:
    When Park...`), a form's field (`PLACE, DATE: Seoul, 2019`)."""
    return bool(m.groupdict().get("title")) and opens and m["label"].isupper() \
        and len(m["label"].split()) >= 2 and any(c.islower() for c in m["rest"])


def title_role(m: re.Match[str], speaker: str, roles: Roles) -> str | None:
    """The role a title after the comma gives: a broadcaster's (`ANCHOR`, `CNN
    CORRESPONDENT`) asks unless they only narrate (mark_narration, which knows them by
    `roles.broadcasters`, since the surname alone, `LAM:`, names no role); `HOST` asks."""
    title = (m.groupdict().get("title") or "").lower().split()
    if any(BROADCASTER.match(word) for word in title):
        roles.broadcasters.add(speaker.casefold())
        return "interviewer"
    return next(filter(None, map(ROLE_WORDS.get, title)), None)


def mark_narration(found: list[Block], roles: Roles) -> list[Notice]:
    """Broadcasters who never ask narrate (the module docstring)."""
    asked, first = _who_asks(found)
    introduced = _introduced(found, roles)
    narrators = [s for s, a in asked.items() if not a and (BROADCASTER.match(s)
                 or s.casefold() in roles.broadcasters or s.casefold() in introduced)]
    notices = _reporters_ask([s for s, a in asked.items() if a and s.casefold() in introduced
                              and roles.role(s) == "respondent"], first, roles)
    if not narrators or len(narrators) == len(asked):
        return notices
    for name in narrators:
        roles.narrates(name)
    named = "', '".join(narrators)
    return [*notices, Notice(first[narrators[0]], (
        f"'{named}' never ask{'s' if len(narrators) == 1 else ''}: read as a broadcast "
        "script's narration (context, not coded) around the quotes; if they interview, "
        "list them under `interviewers:` in the front matter"))]


def _reporters_ask(askers: list[str], first: dict[str, int], roles: Roles) -> list[Notice]:
    """The reporter the presenter introduces, who asks in his report (`BERG: When did you
    start selling rice?`), interviews, as a titled reporter does: read by the question rule
    beside the presenter, he was a respondent and his questions were coded."""
    for name in askers:
        roles.assign(name, "interviewer")
    return [Notice(first[name], (
        f"'{name}' is the reporter the presenter introduces, and asks: read as an "
        "interviewer; if they testify, check the labels")) for name in askers]


# the presenter introducing her reporter: `Our reporter Oskar Lindahl has been...`, `Oskar
# Lindahl reporting.`, `..., reports Mina Park.`, `our correspondent, Ana Ruiz`
_NAME = r"[A-Z][\w'’-]{1,30}(?: [A-Z][\w'’-]{1,30}){0,2}"
_REPORTER = lazy(rf"\b(?:reporter|correspondent)s?,? (?P<a>{_NAME})|(?P<b>{_NAME}),? reporting\b|"
                 rf"\breports (?P<c>{_NAME})")


def _introduced(found: list[Block], roles: Roles) -> set[str]:
    """The names (whole, and the surname) the presenter gives her reporter: a label
    `LINDAHL:` says no role, but the presenter's `Our reporter Oskar Lindahl` does; a
    reporter none of whose paragraphs asks narrates (mark_narration). Only in the words of
    one who asks (an interviewer's label): a respondent's `my cousin Kim, reporting to the
    office` makes no one a reporter."""
    names: set[str] = set()
    speaker: str | None = None
    for block in found:
        speaker = block.speaker if block.speaker is not None else speaker
        if block.kind is None and speaker is not None and roles.role(speaker) == "interviewer":
            for m in _REPORTER.finditer(block.text[:2000]):
                name = (m["a"] or m["b"] or m["c"]).casefold()
                names |= {name, name.split()[-1]}
    return names


# a programme's break, after which the next item begins: `(COMMERCIAL BREAK)`, `[BREAK]`
_BREAK = lazy(r"^\W*(?:commercial\s+)?break\W*$", re.I)


def next_segment(found: list[Block], roles: Roles) -> list[Notice]:
    """After a programme's last `(COMMERCIAL BREAK)`, when no one who answers speaks again,
    what follows is the next item of the programme (`COLE: Now to the markets...`): context.
    Read as the anchor's, it was a question to the guest; read as a respondent's (a file
    with no interviewer), it was coded. A guest who speaks after the break keeps it all."""
    at = next((i for i in range(len(found) - 1, -1, -1) if found[i].kind is not None
               and _BREAK.match(found[i].text)), None)
    if at is None:
        return []
    after = [b for b in found[at + 1:] if b.kind is None]
    if not after or after[0].speaker is None or any(
            b.speaker is not None and roles.role(b.speaker) == "respondent" for b in after):
        return []
    for block in after:
        block.kind = "next segment"
    return [Notice(after[0].lines[0].number, (
        "after the break no one who answers speaks again: read as the programme's next item "
        "(context, not coded); if the interview goes on, check the labels"))]


def _who_asks(found: list[Block]) -> tuple[dict[str, bool], dict[str, int]]:
    """Each speaker: whether a paragraph of theirs asks, and the line of their first."""
    asked: dict[str, bool] = {}
    first: dict[str, int] = {}
    speaker: str | None = None
    for block in found:
        speaker = block.speaker if block.speaker is not None else speaker
        if block.kind is None and speaker is not None:
            asked[speaker] = asked.get(speaker, False) or asks(block.text)
            first.setdefault(speaker, block.lines[0].number)
    return asked, first


_PRONOUNS = {"her": "she|her|hers|herself", "she": "she|her|hers|herself",
             "him": "he|him|his|himself", "he": "he|him|his|himself"}
MAX_ASIDE = 80  # words: a writer's aside is a sentence or two
# the interview as it happens, which only the writer tells between two turns: "we stopped",
# "at this point", "laughed", "brought in a plate"; a respondent speaking of a neighbour
# (`Her husband was a guard, so she knew...`) tells the past, not the room
_SCENE = lazy(r"\b(?:we|us|our|at this point|here (?:she|he)|paused|pauses|laughed|"
              r"laughs|smiled|smiles|sighed|sighs|fell silent|went quiet|came in|"
              r"brought in|interrupted|the interview|the recorder|recording)\b", re.I)


def mark_asides(found: list[Block], roles: Roles) -> list[Notice]:
    """A writer's aside between two labelled turns is context (the module docstring)."""
    notices: list[Notice] = []
    answer: Block | None = None  # the labelled paragraph that opened the turn
    first_person = False  # the answer so far says I, me or my
    speech = [b for b in found if b.kind is None]
    for n, block in enumerate(speech):
        if block.speaker is not None:
            answer, first_person = block, bool(SELF.search(block.text))
            continue
        after = speech[n + 1] if n + 1 < len(speech) else None
        before = speech[n - 1] if n else None
        if answer is not None and _before_question(str(answer.speaker), after, roles) \
                and not _quoted(block, before) and _aside(block, answer, first_person):
            block.kind = "narration"
            notices.append(Notice(block.lines[0].number, (
                f"a paragraph after {answer.speaker}'s answer, before the next question, "
                "is in italics or speaks of them in the third person, and never says I: read "
                "as the writer's aside (context, not coded); if it is the answer, label it "
                f"`{answer.speaker}:`")))
        first_person = first_person or bool(SELF.search(block.text))
    return notices


def _quoted(block: Block, before: Block | None) -> bool:
    """What the answer quotes: a paragraph that a colon above introduces (`I sang it to my
    daughter:`), or one wholly in quotation marks (a song's line set in italics)."""
    text = block.text.strip().strip("*_").strip()
    return (before is not None and before.text.rstrip().rstrip("*_").rstrip()[-1:] == ":") \
        or (text[:1] in "\"“‘'" and text[-1:] in "\"”’'" and len(text) > 2)


def _latin(text: str) -> bool:
    """Whether most of the letters are Latin (an English aside under an English answer; an
    English translation under a Korean answer is the answer, in italics)."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isascii() for c in letters) * 2 > len(letters)


def _before_question(speaker: str, after: Block | None, roles: Roles) -> bool:
    """The respondent's turn, and another speaker's label (not a respondent's) next."""
    return after is not None and after.speaker not in (None, speaker) \
        and roles.role(speaker) == "respondent" and roles.role(str(after.speaker)) != "respondent"


def _aside(block: Block, answer: Block, first_person: bool) -> bool:
    """Short and no I / me / my; in italics under an answer that is not, or, under an
    answer that says I, the respondent in the third person: the label's pronoun anywhere,
    or the label's name opening the paragraph before a lower-case word."""
    text, speaker = block.text, str(answer.speaker).strip()
    if block.words > MAX_ASIDE or SELF.search(text) or asks(text):
        return False
    if block.emphasis == "italic" and answer.emphasis != "italic":
        return _latin(text) == _latin(answer.text)  # not the answer's translation
    label = speaker.strip("*_").lower()
    if not first_person or not _SCENE.search(text):
        return False
    if label in _PRONOUNS:
        return bool(re.search(rf"\b(?:{_PRONOUNS[label]})\b", text, re.I))
    return len(speaker) >= 3 and speaker[:1].isupper() and not speaker.isupper() and bool(
        re.match(rf"^\W*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?{re.escape(speaker)}\s+[a-z]", text))
