"""Who a label names: a name quoted inside someone's answer, a name that speaks once, a
heading word that is no name (one person under two labels: samepeople.py). labels.py finds
the labels; these checks decide which of them are people taking part in the interview."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from qcode.ingest.layout import Block, Line, asks
from qcode.ingest.lazyre import lazy
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.labels import Found
    from qcode.ingest.turns import Roles

COLONS = (":", "：")  # the full-width colon of East Asian typesetting too


# the sentence before a quoted line introduces it: `Then she said:`, `He told me plainly.`
SAYS = lazy(r"(?:^|[.?!…]\s)(?:[^.?!…]{0,80}\b(?:said|says|told|tells|asked|asks|"
                   r"shouted|whispered|replied|answered|warned|yelled|screamed|begged|"
                   r"ordered|went)\b[^.?!…]{0,40}[.:,…]?|[^.?!…]{0,120}:)[\"”’]?\s*$", re.I)


def quoted_speech(credible: list[Found], lines: list[Line],
                  roles: Roles) -> tuple[set[int], list[Notice]]:
    """Labels that are speech a respondent quotes (`Kim: ... she said.` / `Mother: If you
    go, do not look back.` / `Kim: ...`): a speaker whose every turn sits between turns of
    one other respondent, never after anyone else, right after a line that introduces speech.
    Read as a speaker, the mother would be quoted in digests as if she had been interviewed."""
    order = [f.speaker for f in credible]
    index = {id(line): i for i, line in enumerate(lines)}
    places: dict[str, list[int]] = {}
    for i, s in enumerate(order):
        places.setdefault(s, []).append(i)
    quoted: set[int] = set()
    notices = []
    for speaker, at in places.items():
        if len(at) > 4:  # first: the neighbours of a speaker's run of many turns are far
            continue  # (one speaker labelling thousands of turns took minutes)
        hosts = {_neighbour(order, i, -1) for i in at} | {_neighbour(order, i, +1) for i in at}
        host = next(iter(hosts))
        if len(hosts) != 1 or host is None or roles.is_known(speaker) \
                or roles.role(host) != "respondent":
            continue
        first = index[id(credible[at[0]].line)]
        before = next((ln.text for ln in reversed(lines[:first]) if ln.text.strip()), "")
        if SAYS.search(before):
            quoted |= {id(credible[i]) for i in at}
            notices.append(Notice(credible[at[0]].line.number, (
                f"'{speaker}:' is read as words {host} quotes, inside {host}'s answer, not as "
                f"a speaker: it comes only between {host}'s turns, after words that introduce "
                f"speech; if {speaker} took part in the interview, check the file")))
    return quoted, notices


def one_off_names(labels: list[Found], credible: list[Found]) -> list[Notice]:
    """A name that labels one paragraph, not after the interviewer, in a labelled file
    (`Park: Yes, and the broker said...` between Kim's turns) is read as the text of the
    turn it sits in: said, since it may be a second respondent speaking once."""
    chosen = {id(f) for f in credible}
    if not chosen:
        return []
    counts = Counter(f.speaker for f in labels)
    return [Notice(f.line.number, (
        f"'{f.speaker}:' labels only this paragraph, so it is read as words of the turn "
        f"before it, not as a speaker; if {f.speaker} took part in the interview, check the "
        f"file (one label used once is not trusted as a speaker)"))
        for f in labels if id(f) not in chosen and f.opens and counts[f.speaker] == 1
        and f.match["sep"] in COLONS and a_name(f.speaker)
        and not _PEOPLE.intersection(f.speaker.lower().split())]  # `Mother:` quoted


def attendee_once(colon: list[Found], i: int, chosen: set[int], top: str | None) -> bool:
    """A full name labelling one line between two other speakers' turns, in a file whose
    speakers are all full names as a meeting app writes them (Google Meet, Zoom, Teams),
    when the line asks or the list above the turns names them (`Attendees` / `Chloé
    Marchetti, Lim Jae-hyun, Nari Cho`): a second interviewer's one question (`Nari Cho:
    Sorry, can I check the year?`), before read as words of the answer above it. `top` is
    None when not every credible label is a full name (full_names). Not read: a surname or
    a first name alone speaking once (`Park: Yes, and...`: one_off_names)."""
    f = colon[i]
    if top is None or not (0 < i < len(colon) - 1 and f.opens and _full_name(f.speaker)
                           and id(colon[i - 1]) in chosen and id(colon[i + 1]) in chosen
                           and f.speaker not in (colon[i - 1].speaker, colon[i + 1].speaker)):
        return False
    return f.match["rest"].rstrip().endswith("?") or f.speaker in top


def named_in_full_once(colon: list[Found], chosen: set[int]) -> set[int]:
    """The places in `colon` of full names labelling one paragraph, the first time their
    person speaks, whose surname or first name then labels turns (`NADIA FERRANTE:` once,
    then `FERRANTE:`; `Lee Ok-sun:` once, then `Ok-sun:`), as podcast and broadcast
    transcripts name a speaker at first mention: the same person (same_people merges the
    two), not words of the turn above. Read as text, the host's welcome was preamble and
    `FERRANTE` a respondent whose every question was coded. Only when the short label speaks
    twice or more after it and no other full name of the file shares that word (`Kim
    Min-su`, `Kim Ok-hee`, `Kim:`). So too when its initials label turns from there on and
    never before (`THOMAS BRANDT:` then `TB:`, `KIM YOUNG-HEE:` then `KYH:`, as an
    introduction gives them): read as text, the first question and answer were the
    preamble's (short_forms merges the two). What it asks of the other labels is counted
    once for the file (_Counted): asked again for each label, 4,000 full names used once and
    then their initials took over a minute."""
    counted = _Counted(colon, chosen)
    return {i for i, f in enumerate(colon) if f.opens and _full_name(_untitled(f.speaker))
            and (counted.short_after(i) or counted.initials_after(i))}


def _untitled(label: str) -> str:
    """The label without a title before the name (`Dr. Thomas Brandt` -> `Thomas Brandt`,
    `Prof. Anna Maria Lenz` -> `Anna Maria Lenz`): a title is no word of the name."""
    words = label.split()
    return " ".join(words[1:]) if len(words) > 2 and words[0].rstrip(".").lower() in TITLES \
        else label


class _Counted:
    """Where each label is used, for named_in_full_once: the chosen labels by their
    case-folded spelling, every label as its initials would be written (no dots, case
    folded), and the full names (labels with a space) by each word and by their initials."""

    def __init__(self, colon: list[Found], chosen: set[int]) -> None:
        self.colon = colon
        self.chosen_at: dict[str, list[int]] = {}
        self.said_at: dict[str, list[int]] = {}
        self.by_word: dict[str, set[str]] = {}  # a word -> the full names (case folded) with it
        self.by_initials: dict[str, set[str]] = {}  # initials -> the full names with them
        for k, g in enumerate(colon):
            if id(g) in chosen:
                self.chosen_at.setdefault(g.speaker.casefold(), []).append(k)
            self.said_at.setdefault(g.speaker.replace(".", "").casefold(), []).append(k)
            if " " in g.speaker and g.speaker not in self.by_initials.get(_initials(g.speaker),
                                                                          ()):
                self.by_initials.setdefault(_initials(g.speaker), set()).add(g.speaker)
                for w in g.speaker.split():
                    self.by_word.setdefault(w.casefold(), set()).add(g.speaker.casefold())

    def short_after(self, i: int) -> bool:
        """A word of the full name colon[i] labels two chosen turns after it, and no other
        full name has that word."""
        name = self.colon[i].speaker
        words = {w.casefold() for w in name.split() if w.rstrip(".").lower() not in TITLES}
        return any(_after(self.chosen_at.get(w, []), i) >= 2
                   and not self.by_word.get(w, set()) - {name.casefold()} for w in words)

    def initials_after(self, i: int) -> bool:
        """The full name colon[i] is used once, its initials (two to four letters) label at
        least two paragraphs after it and none before, and no other full name of the file
        has the same initials."""
        name = self.colon[i].speaker
        initials = _initials(name)
        if not 2 <= len(initials) <= 4:
            return False
        at = self.said_at.get(initials, [])
        return (not at or at[0] >= i) and _after(at, i) >= 2 \
            and len(self.said_at.get(name.replace(".", "").casefold(), [])) == 1 \
            and not self.by_initials.get(initials, set()) - {name}


def _after(places: list[int], i: int) -> int:
    """How many of the places (in order) come after i."""
    return len(places) - bisect_right(places, i)


def _initials(label: str) -> str:
    """`KIM YOUNG-HEE` -> `kyh`, `Dr. Thomas Brandt` -> `tb`: the first letter of each
    word and of each part of a hyphenated one, titles left out."""
    return "".join(w[0] for w in _LETTERS.findall(label.casefold()) if w not in TITLES)


def full_names(labels: list[Found]) -> bool:
    """Every label a full name, as a meeting app writes its attendees' display names."""
    return all(_full_name(f.speaker) for f in labels)


def asked_once(found: list[Block], roles: Roles) -> list[Notice]:
    """Someone who speaks once, to ask, when the file has an interviewer: the one turn
    is one paragraph that asks, between two turns of one respondent, who answers it
    (a research assistant's `Nari Cho: Can I check the year?` in a meeting's transcript):
    an interviewer too, so the question is not coded as testimony. Said in a notice."""
    spoken = [b for b in found if b.speaker is not None and b.kind is None]
    if not any(roles.role(b.speaker) == "interviewer" for b in spoken if b.speaker):
        return []
    counts = Counter(b.speaker for b in spoken)
    notices = []
    for i in range(1, len(spoken) - 1):
        s, before, after = spoken[i].speaker, spoken[i - 1].speaker, spoken[i + 1].speaker
        if s and counts[s] == 1 and before == after and before and not roles.is_known(s) \
                and before != s and roles.role(before) == "respondent" and asks(spoken[i].text):
            roles.assign(s, "interviewer")
            notices.append(Notice(spoken[i].lines[0].number, (
                f"'{s}' speaks once, to ask a question {before} answers: read as an "
                f"interviewer; if {s} was interviewed, check the file")))
    return notices


# the name a transcription app gives a voice it could not tell (Otter.ai's `Unknown
# Speaker`), or a transcriber's
_UNNAMED = lazy(r"^(?:unknown|unidentified|unnamed)(?: (?:speaker|voice|person|male|"
                r"female|man|woman))?(?: \d{1,2})?$", re.I)


def unnamed_voice(found: list[Block], roles: Roles) -> list[Notice]:
    """A voice the app or the transcriber could not name (`Unknown Speaker`) speaking once
    between the turns of others (a waiter's `Sorry to interrupt, can I take these cups?`)
    is context: nobody interviewed, so not coded as a respondent's words and not read into
    the answer above. Said in a notice. A name that speaks twice or more is a speaker, and
    one whose role is known already (a broadcast's `UNIDENTIFIED MAN`, other) stays so."""
    spoken = [b for b in found if b.speaker is not None and b.kind is None]
    counts = Counter(b.speaker for b in spoken)
    notices = []
    for i in range(1, len(spoken) - 1):
        s = spoken[i].speaker
        if s and counts[s] == 1 and _UNNAMED.match(s) and not roles.is_known(s):
            spoken[i].kind = "unnamed voice"
            notices.append(Notice(spoken[i].lines[0].number, (
                f"'{s}' speaks once: read as context (a voice nobody named, not a person "
                f"interviewed); if it is the respondent or the interviewer, label it")))
    return notices


def _full_name(label: str) -> bool:
    """`Nari Cho`, `Lim Jae-hyun`: two or three words naming a person, not `Older sister`."""
    return 2 <= len(label.split()) <= 3 and a_name(label) \
        and all(w[:1].isupper() for w in label.split()) \
        and not _PEOPLE.intersection(label.lower().split())


def _neighbour(order: list[str], i: int, step: int) -> str | None:
    """The nearest other speaker before (step -1) or after (+1) position i."""
    j = i + step
    while 0 <= j < len(order) and order[j] == order[i]:
        j += step
    return order[j] if 0 <= j < len(order) else None


TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor"})


_PEOPLE = frozenset({
    "sister", "brother", "mother", "father", "son", "daughter", "wife", "husband", "aunt",
    "uncle", "cousin", "grandmother", "grandfather", "friend", "neighbour", "neighbor",
    "respondent", "interviewee", "participant", "defector", "speaker", "woman", "man"})
# a paragraph may open with these and a colon without anyone new speaking
_NOT_SPEAKERS = frozenset({
    "note", "notes", "update", "correction", "warning", "context", "background", "summary",
    "translation", "translator", "editor", "source", "sources", "caption", "photo", "image",
    "day", "part", "chapter", "episode", "step", "rule", "example", "answer", "question",
    "lesson", "tip", "ps", "nb", "read", "watch", "listen", "see", "also", "more", "tags",
    "me", "him", "her", "i", "we", "us", "they", "them", "he", "she", "you", "but", "and",
    "so", "yes", "no", "then", "now", "first", "second", "finally", "later"})


def a_name(label: str) -> bool:
    """A label that names a person (`Mr. Cho`, `Younger sister`), not a heading word
    (`Note`, `Day 3`, `Rule one`): only such a label counts when it speaks once."""
    words = label.replace(".", " ").split()
    if any(w.lower() in _NOT_SPEAKERS or any(c.isdigit() for c in w) for w in words):
        return False
    return all(w[0].isupper() or w.lower() in _PEOPLE or _caseless(w[0]) for w in words)


def _caseless(c: str) -> bool:
    """A letter of a script without capitals (Hangul, Chinese, Arabic...): `한성호` names."""
    return c.isalpha() and not c.isupper() and not c.islower()


# the ids speech-to-text diarization gives the voices it cannot name (WhisperX and
# pyannote's `SPEAKER_00`, others' `Speaker 1`): a speaker's label, digits and all (a_name
# refuses digits, `Day 3`), in brackets too (`[SPEAKER_01]: text`, as WhisperX sets it)
_LETTERS = lazy(r"[^\W\d_]+")
_DIARIZED = lazy(r"(?i:speaker)[ _]?\d{1,3}")


def diarized(label: str) -> bool:
    """Whether a label is a diarization id (`SPEAKER_00`, `Speaker 2`)."""
    return bool(_DIARIZED.fullmatch(label.strip()))


# a role word and the number a transcript gives each of several people taking that part
# (`Respondent 1` / `Respondent 2`, a mother and her daughter; `Participant 3`), as a
# transcription tool sets them in brackets alone on their lines: a speaker's label, digits
# and all (a_name refuses digits: `Day 3`, `Tape 2`, `Part 1` name nobody)
_NUMBERED_ROLE = lazy(r"(?i:respondent|interviewee|participant|interviewer|moderator|"
                      r"narrator|guest|woman|man)[ _]?\d{1,2}")


def numbered_role(label: str) -> bool:
    """Whether a label is a role and its number (`Respondent 2`, `PARTICIPANT 3`)."""
    return bool(_NUMBERED_ROLE.fullmatch(label.strip()))
