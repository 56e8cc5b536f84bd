"""Paragraphs -> turns with speakers and roles, shared by every format.

Speakers come from `Label: text` prefixes (labels.py) or from the format itself (subtitle
voice tags). Paragraphs that are not speech (layout.py) become context turns, named for
their kind, e.g. `(credit)`: kept, never coded. When no label of the file is a known
interviewer label, the speaker whose turns mostly open with a question is taken as the
interviewer, and the choice is reported. A file with no labels at all is read as a
published Q&A (see _question_answer_turns).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from qcode.config import DEFAULT_INTERVIEWERS, Config
from qcode.errors import IngestError
from qcode.ingest.credits import ROLE_WORDS
from qcode.ingest.labeltext import drop_opening_mark
from qcode.ingest.layout import Block, Line, asks, is_question
from qcode.ingest.lazyre import lazy
from qcode.ingest.prompts import closing_thanks, question_goes_on
from qcode.model import Notice, Paragraph, Role, Turn, normalize_ws

if TYPE_CHECKING:
    from pathlib import Path

_KNOWN_RESPONDENT = lazy(
    r"^(a|answer|r\d*|p\d+|(?:respondent|interviewee|participant|defector|witness)"
    r"(?:\s*\d{1,3}|\s+[a-z]{1,2})?)$"  # `Respondent 2`, `Defector A`; not `Respondents`
)


# voices that are no one taking part: a documentary's narrator, a voice-over (`<v Narrator>`,
# `NARRATOR:`): read as the respondent, the film's commentary was coded as testimony
# and a broadcast's READER or ANNOUNCER, who reads a document or a link aloud (`READER: The
# regime's rotten culture...`, an archive extract): read as a once-used name, it was the words
# of the answer before it
_NOT_TAKING_PART = lazy(r"^(?:the\s+)?(?:narrator|narration|voice[\s-]?over|v\.o|"
                        r"reader|announcer|continuity)"
                        r"(?:\s*\([^)]*\))?$|"
                        # a broadcast's clip of someone unnamed: `UNIDENTIFIED NEWSREADER`
                        r"^unidentified(?:\s+[\w#-]+){0,3}$")


# the role a label says in brackets, as subtitles and chat exports write it: `Sora Lim
# (interpreter)` (text files: labels.py takes it off the name)
_ROLE_SAID = lazy(r"\(\s*([a-z]+)\s*\)$")
# someone in a panel's audience, a caller (`AUDIENCE MEMBER:`, `QUESTIONER:`, `FROM THE
# FLOOR:`): asks, so their words are questions, never testimony, even under a label used once
# (read into the turn before it, an audience question became the moderator's or an answer)
_AUDIENCE = lazy(r"^(?:(?:an?|the)\s+)?(?:audience(?:\s+(?:member|question))?|member of "
                 r"the audience|questioner|(?:question\s+)?from the (?:floor|audience)|"
                 r"caller)$")


# who presides over a hearing or an inquiry, and asks: `Chair`, `Commissioner Ferrante`,
# `The Chairman`, `Presiding Judge` (the witness answers)
_PRESIDING = lazy(r"^(?:the\s+|mr\.?\s+|madam\s+)?(?:(?:vice|deputy|acting|co)[\s-]+)?"
                  r"(?:chair(?:man|woman|person)?|commissioner|presiding\s+(?:officer|"
                  r"member|judge)|rapporteur|panel\s+member)\b")


def _by_title(label: str) -> Role:
    """A label the file gives no role: its title says it presides, or it answers."""
    return "interviewer" if _PRESIDING.match(label) else "respondent"


def _norm_label(label: str) -> str:
    return re.sub(r"[\s.\d]+$", "", label.strip().lower()) or label.strip().lower()


class Roles:
    """Decides a speaker's role from qcode.toml, the transcript's front matter and what the
    file itself says (`Kim (interviewer):`, or the speaker who asks the questions)."""

    def __init__(self, config: Config, meta: dict[str, Any]):
        extra = meta.get("interviewers") or []
        if isinstance(extra, str):
            extra = [extra]
        self.interviewers = {_norm_label(x) for x in [*config.interviewers, *map(str, extra)]}
        self.interviewers |= {x.strip().lower() for x in map(str, extra)}
        self.others = {_norm_label(x) for x in config.other_speakers}
        self.chosen = {_norm_label(x) for x in [*config.interviewers, *map(str, extra)]
                       if x not in DEFAULT_INTERVIEWERS}  # not qcode's default labels
        self.respondent_names = {
            str(meta[k]).strip().lower() for k in ("pseudonym",) if meta.get(k)
        }
        self.respondent_shown = ""  # the name as the file writes it (namedonce.py)
        self.assigned: dict[str, Role] = {}
        self.names: dict[str, str] = {}  # label -> who a list of those present says it is
        self.broadcasters: set[str] = set()  # labels titled `ANCHOR`, `CORRESPONDENT`...
        self._roles: dict[str, Role] = {}  # label -> role, as decided so far

    def assign(self, label: str, role: str) -> None:
        """A role the file gives a speaker; the user's settings still win."""
        self.assigned.setdefault(label.strip().lower(), role)  # type: ignore[arg-type]
        self._roles.clear()

    def role(self, label: str) -> Role:
        if label not in self._roles:
            self._roles[label] = self._decide(label)
        return self._roles[label]

    def _decide(self, label: str) -> Role:
        low = label.strip().lower()
        if low in self.interviewers or _norm_label(label) in self.interviewers:
            return "interviewer"
        if _norm_label(label) in self.others or _NOT_TAKING_PART.match(_norm_label(label)):
            return "other"
        said = _ROLE_SAID.search(low)
        if said and said[1] in ROLE_WORDS and low not in self.assigned:
            return ROLE_WORDS[said[1]]  # type: ignore[return-value]
        if self.in_audience(label):
            return "interviewer"
        return self.assigned.get(low) or _by_title(low)

    def is_respondent(self, label: str) -> bool:
        """Known to be a respondent by its name (`A`, `R07`, the pseudonym)."""
        low = label.strip().lower()
        return low in self.respondent_names or bool(_KNOWN_RESPONDENT.match(low))

    def in_audience(self, label: str) -> bool:
        """Someone in the audience who asks: an interviewer, but not the one who interviews
        (whom infer_interviewer still looks for)."""
        return bool(_AUDIENCE.match(_norm_label(label)))

    def narrates(self, label: str) -> None:
        """A broadcaster who never asks narrates (narration.py): context, even under a
        label the settings list as an interviewer's (`Reporter`)."""
        self.interviewers -= {label.strip().lower(), _norm_label(label)}
        self.others.add(_norm_label(label))
        self._roles.clear()

    def is_known(self, label: str) -> bool:
        return self.role(label) != "respondent" or self.is_respondent(label)

    @property
    def respondent(self) -> str:
        """The name for unlabelled answers."""
        return self.respondent_shown or (next(iter(self.respondent_names), "") or "Respondent").title()


def infer_interviewer(found: list[Block], roles: Roles) -> list[Notice]:
    """When no label is a known interviewer, take the speaker whose turns mostly open with
    a question (at least two turns, more than half), if exactly one speaker does; or, in a
    panel, every speaker whose turns nearly all ask (four in five) when others answer."""
    opened: dict[str, list[Block]] = {}
    for block in found:
        if block.speaker is not None and block.kind is None \
                and not roles.in_audience(block.speaker):
            opened.setdefault(block.speaker, []).append(block)
    if not opened or any(roles.role(s) == "interviewer" for s in opened):
        return []
    asked = {s: sum(asks(b.text) for b in bs) for s, bs in opened.items()}
    share = {s: asked[s] / len(bs)
             for s, bs in opened.items() if len(bs) >= 2 and not roles.is_respondent(s)}
    # in a panel, an interviewer's closing thanks (`Thank you both.`) is an interviewer's turn
    closed = {s: sum(asks(b.text) or closing_thanks(b.text) for b in opened[s]) / len(opened[s])
              for s in share}
    askers = _askers(opened, asked, share, roles, closed)
    notices = []
    one = len(askers) == 1
    for asker in askers:
        roles.assign(asker, "interviewer")
        notices.append(Notice(opened[asker][0].lines[0].number, (
            f"no interviewer label is known; took '{asker}' as {'the' if one else 'an'} "
            f"interviewer ({asked[asker]} of {len(opened[asker])} of their turns open with a "
            f"question); if that is wrong, list the interviewer{'' if one else 's'} under "
            "`interviewers:` in the front matter or in qcode.toml")))
    return notices


def _askers(opened: dict[str, list[Block]], asked: dict[str, int], share: dict[str, float],
            roles: Roles, closed: dict[str, float]) -> list[str]:
    """The one speaker whose turns mostly ask; in a panel (two interviewers of a family),
    every speaker whose turns nearly all ask or close with thanks while others answer; none
    when several ask and nobody, or only some, answer."""
    askers = [s for s, x in share.items() if x > 0.5] or _only_asker(asked, roles)
    if len(askers) > 1 and (len(askers) == len(opened) or any(closed[s] < 0.8 for s in askers)):
        return []
    return askers


def _only_asker(asked: dict[str, int], roles: Roles) -> list[str]:
    """Of two speakers, the one who asks when the other hardly does (at least two turns
    that ask, more than twice the other's), though most of their turns do not ask: a
    podcast host who welcomes, prompts ("And you were caught.") and thanks. The notice
    says how many of their turns ask, so a reader can judge the guess. The host speaks
    first: a respondent whose answers end in a rhetorical question ("What else could you
    do?"), answering prompts that do not ask ("Tell me about the market."), is not taken."""
    if len(asked) != 2 or any(roles.is_respondent(s) for s in asked):
        return []
    (a, n), (_, m) = sorted(asked.items(), key=lambda x: -x[1])
    return [a] if n >= 2 and 2 * m < n and a == next(iter(asked)) else []


def _paragraph(lines: list[Line]) -> Paragraph:
    """One paragraph from its lines; PDF hyphenation (`escap-` / `ed`) is rejoined."""
    text = ""
    for ln in lines:
        piece = ln.text.strip()
        if text[-1:] == "-" and "a" <= text[-2:-1] <= "z" and piece[:1].islower():
            text = text[:-1] + piece
        else:
            text = f"{text} {piece}" if text else piece
    first, last = lines[0], lines[-1]
    start = first.offset + (len(first.text) - len(first.text.lstrip()))
    end = last.offset + len(last.text.rstrip())
    return Paragraph(normalize_ws(text), first.number, start, end)


class _TurnBuilder:
    def __init__(self) -> None:
        self.turns: list[Turn] = []

    def add(self, speaker: str, role: Role, block: Block, *, new_turn: bool = False) -> None:
        """Add a paragraph to the last turn, or start a turn when the speaker changes."""
        last = self.turns[-1] if self.turns else None
        new_turn = new_turn or last is None or last.speaker != speaker or last.role != role
        if new_turn and role != "other":
            drop_opening_mark(block.lines[0])
        p = _paragraph(block.lines)
        if new_turn:
            self.turns.append(Turn(speaker, role, p.line, p.start, p.end, [],
                                   block.lines[0].time))
        turn = self.turns[-1]
        turn.paragraphs.append(p)
        turn.end = p.end

    def context(self, block: Block) -> None:
        self.add(f"({block.kind})", "other", block)


def build_turns(found: list[Block], roles: Roles, *, labelled: bool) -> list[Turn]:
    """Turns from paragraphs: by their labels, or as an unlabelled Q&A."""
    if not labelled:
        return _question_answer_turns(found, roles)
    b = _TurnBuilder()
    speakers = {blk.speaker for blk in found if blk.speaker is not None and blk.kind is None}
    only_questions = bool(speakers) and all(roles.role(s) == "interviewer" for s in speakers)
    current: tuple[str, Role] | None = None
    previous: Block | None = None
    for block in found:
        if block.kind is not None:
            b.context(block)
            continue
        if block.speaker is not None:
            current = (block.speaker, roles.role(block.speaker))
            b.add(*current, block, new_turn=not block.lines[0].carries_on)
        elif current is None:
            b.add("(preamble)", "other", block)
        else:
            if (only_questions and current[1] == "interviewer" and previous is not None
                    and not question_goes_on(previous, block)):
                current = (roles.respondent, "respondent")  # `Q:` labels, answers unlabelled
            b.add(*current, block)
        previous = block
    return b.turns


def _question_answer_turns(found: list[Block], roles: Roles) -> list[Turn]:
    """Unlabelled Q&A: a question is a paragraph ending in `?`, unless it is a long one of
    several sentences that mostly do not ask (an answer ending in a rhetorical question).
    A piece with a speaker is an `[Interviewer: ...]` cut out of an answer, and the answer
    going on after it. Speech before the first question is an introduction (context, not coded) unless the
    file has no question."""
    speech = [blk for blk in found if blk.kind is None]
    any_question = any(is_question(blk) and (blk.speaker is None or roles.role(blk.speaker)
                                              != "respondent") for blk in speech)
    # not `asks`: a file whose only `?` ends a list item or a long answer has no question,
    # so no introduction either; nor does one whose only question is the speaker's own
    b = _TurnBuilder()
    role: Role | None = None
    for block in found:
        if block.kind is not None:
            b.context(block)
            continue
        if block.speaker is not None:  # an interjection set in brackets (interjections.py)
            role = roles.role(block.speaker)
            name = {"interviewer": "Interviewer", "respondent": roles.respondent}
            b.add(name.get(role, block.speaker), role, block)
            continue
        question = is_question(block)
        if question:
            role = "interviewer"
            b.add("Interviewer", role, block)
        elif role is None and any_question:
            b.add("Intro", "other", block)
        else:
            role = "respondent"
            b.add(roles.respondent, role, block)
    return b.turns


def check_has_respondent(turns: list[Turn], path: Path) -> None:
    if not any(t.role == "respondent" for t in turns):
        n = sum(t.role == "interviewer" for t in turns)
        raise IngestError(
            f"no respondent text found ({n} interviewer turns); check the speaker labels, "
            "or list the interviewer labels under `interviewers:` in the front matter",
            path,
            turns[0].line if turns else 1,
        )


def structure_notices(turns: list[Turn], quoted: bool = False) -> list[Notice]:
    """Warnings for structures that usually mean the file was misread. A report quoting
    testimony (`quoted`) has no interviewer and may quote one person: not a misreading."""
    speech = [t for t in turns if t.role != "other"]
    words = [sum(p.text.count(" ") + 1 for p in t.paragraphs) for t in speech]
    out, total = [] if quoted else _speaker_notices(speech), sum(words)
    for t, n in zip(speech, words, strict=True):
        out += _turn_notices(t, n, total, len(speech))
    return out


def _speaker_notices(speech: list[Turn]) -> list[Notice]:
    """One speaker only, or nobody who interviews."""
    speakers = Counter(t.speaker for t in speech)
    first = speech[0].line if speech else 1
    if len(speakers) == 1:
        return [Notice(first, (
            f"only one speaker ('{next(iter(speakers))}'): no questions were told apart; "
            "label the turns (e.g. `Q:` / `A:`) or end each question with '?'"))]
    if speech and not any(t.role == "interviewer" for t in speech):
        return [Notice(first, (
            "no interviewer found: every speaker is read as a respondent and coded; list "
            "the interviewer under `interviewers:` in the front matter or in qcode.toml"))]
    return []


def _turn_notices(t: Turn, n: int, total: int, turns: int) -> list[Notice]:
    """A turn too long to be one person speaking once, or an answer full of questions."""
    out = []
    if n > 800:
        out.append(Notice(t.line, (
            f"a turn of {n} words ('{t.speaker}'); check that questions, answers and "
            "page text were told apart")))
    elif total >= 300 and turns > 1 and n * 2 > total:
        out.append(Notice(t.line, (
            f"one turn ('{t.speaker}') holds {round(100 * n / total)}% of the words; "
            "check that questions and answers were told apart")))
    asked = [p for p in t.paragraphs if asks(p.text)]
    if t.role == "respondent" and len(asked) >= 2:
        out.append(Notice(asked[0].line, (
            f"an answer ('{t.speaker}') holds {len(asked)} paragraphs ending in '?'; "
            "if they are questions, label them (e.g. `Q:`)")))
    return out
