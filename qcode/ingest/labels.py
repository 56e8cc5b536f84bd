"""Speaker labels at the start of a line, and several speakers run together on one line.

Publishers label turns in many ways: `Interviewer:`, `Q.` / `A.`, `Q -`, `**Q:**`,
`[00:01:02] Kim:`, `00:44Kim:`, `Kim Young-ho (Kim):` then `Kim:`, initials such as `KJ:`.
A prefix is a label only when it is credible (a known label, or used at least twice), so a
one-off `Note:` inside an answer stays text. Labels without a colon (`Q.`, `Q -`, `Park — `,
`[Interviewer]`) are looser, so they count only in a file with no credible colon labels (or
none used twice), and only when two such labels are each used twice (a `Q.` / `A.` pair) or
a known label is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from qcode.ingest.credits import ROLE_WORDS, staff_credits
from qcode.ingest.furniture import STAGE
from qcode.ingest.layout import Line
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
# the space between a name's words may be a no-break space (`Kim\u00a0Hye-jin:`), as word
# processors and web pages set names so they do not wrap
_SPACE = "[ \u00a0\u202f]"
_NAME = rf"[A-Z][\w.'’-]*(?:{_SPACE}[A-Z0-9][\w.'’-]*){{0,2}}"
# `Older sister:`, `Second respondent:`: lower-case words after the first, not `He said:`
_LOWER_NAME = rf"[A-Z][\w.'’-]*(?:{_SPACE}[a-z][\w'’-]*){{1,2}}"
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that",
    "these", "those", "he", "she", "they", "we", "i", "you", "it", "is", "was", "were", "are",
    "be", "been", "am", "said", "says", "told", "asked", "answered", "replied", "wrote",
    "writes", "added", "and", "or", "but", "so", "then", "of", "to", "in", "on", "at", "for",
    "with", "from", "by", "as", "if", "when", "what", "who", "why", "how",
})
_LABEL = re.compile(
    rf"^\s*(?:[\[(](?P<time>{_TIME})[\])]|(?P<bare>{_TIME}))?\s*"
    rf"(?:\*\*|__)?(?P<label>{_NAME}|{_LOWER_NAME})(?:\s*\((?!{_TIME}\))(?P<alias>[^()\n]{{1,40}})\))?"
    rf"(?:\s*[\[(](?P<after>{_TIME})[\])])?"
    r"(?:\*\*|__)?\s*(?P<sep>[:：])(?:\*\*|__)?(?:\s+|$)(?P<rest>.*)$"
)
# Q, A, KJ, R07, INT may also be used with `.`, `)` or `-`: `Q. Why?`, `A) Hunger.`, `A - Yes.`
_LOOSE = re.compile(
    rf"^\s*(?:[\[(](?P<time>{_TIME})[\])]|(?P<bare>{_TIME}))?\s*"
    r"(?:\*\*|__)?(?P<label>[A-Z][A-Z0-9]{0,3})(?P<alias>)(?P<after>)(?:\*\*|__)?"
    r"(?P<sep>[.)]|\s[-–—])(?:\*\*|__)?\s+(?P<rest>.*)$"
)
# a name and a spaced en or em dash (or `--`, a typewriter's dash), as some publishers set a
# dialogue: `Park — In Chongjin.`
_DASHED = re.compile(
    rf"^\s*(?:[\[(](?P<time>{_TIME})[\])]|(?P<bare>{_TIME}))?\s*"
    rf"(?:\*\*|__)?(?P<label>{_NAME})(?P<alias>)(?P<after>)(?:\*\*|__)?"
    r"(?P<sep>\s(?:[–—]|--))(?:\*\*|__)?\s+(?P<rest>.*)$"
)
# a name in square brackets, as some transcribers set it: `[Interviewer] Why?`, `[Ms. Yoon]`
_BRACKETED = re.compile(
    rf"^\s*\[(?P<label>{_NAME})(?P<sep>\])(?P<alias>)(?P<after>)(?P<time>)(?P<bare>)"
    r"\s*(?P<rest>.*)$"
)
_NUMBERED_QA = re.compile(r"^([QA])\d{1,3}$")
_COLONS = (":", "：")  # the full-width colon of East Asian typesetting too
# A label alone on its line, the turn's text below it: `INTERVIEWER` / `LEE` in capitals, or
# a name and a time stamp as transcription services write them (`Park  0:07`)
_ALONE = re.compile(
    rf"^\s*(?:\*\*|__)?(?P<label>[A-Z][A-Z0-9.'’-]+(?:{_SPACE}[A-Z][A-Z0-9.'’-]+){{0,2}}"
    rf"|{_NAME}(?=\s+{_TIME}\s*$))(?P<alias>)(?:\*\*|__)?(?:\s+(?P<after>{_TIME}))?"
    r"(?P<time>)(?P<bare>)(?P<sep>)\s*(?P<rest>)$")
_CAPITALS = re.compile(r"^[A-Z][A-Z0-9]{0,3}$")
_INITIALS = re.compile(r"^[A-Z]{2,3}\d?$")
_NOT_INITIALS = {"NOTE", "PS", "NB", "TV", "USB", "DVD", "CD", "UN", "US", "UK", "NK", "SK",
                 "ROK", "PRC", "KPA", "WPK", "OK"}
# Another speaker's label after the end of a sentence, on the same line: `... home. A: Yes.`
_INLINE = re.compile(
    r"(?<=[.?!…])[\"”’)\]]*\s+(?P<cut>(?:\*\*)?(?P<label>[A-Z][\w'’-]{0,11}):(?:\*\*)?)\s+")


@dataclass
class _Found:
    line: Line
    match: re.Match[str]
    speaker: str  # the label, or its short form `Full Name (Short)` -> `Short`
    role: str | None  # from `Name (interviewer)`
    inline: bool = False  # split off a line by _split_inline, which judged it credible
    opens: bool = False  # its line opens a paragraph (after a blank line or another label)


def _found(line: Line) -> _Found | None:
    if line.kind is not None or line.speaker is not None:  # a credit such as
        return None  # `Interviewer: Kim Ji-su`, or a speaker the format gave
    m = _LABEL.match(line.text) or _LOOSE.match(line.text) or _DASHED.match(line.text) \
        or _ALONE.match(line.text) or _BRACKETED.match(line.text)
    if m is None or _common_words(m["label"]) or m["label"] in _NOT_INITIALS:
        return None
    if m["sep"] == "]" and (not _a_name(m["label"])
                            or STAGE.intersection(m["label"].lower().replace(".", " ").split())):
        return None  # `[Laughter]`, `[Music]`: what was heard, not who speaks
    alias, role = _alias(m["alias"] or "")
    numbered = _NUMBERED_QA.match(m["label"])  # `Q1:` / `A1:`, `Q2:` / `A2:`...
    speaker = alias or (numbered[1] if numbered else m["label"])
    return _Found(line, m, " ".join(speaker.split()), role)  # no-break spaces: plain ones


def _alias(said: str) -> tuple[str, str | None]:
    """What `Name (...)` puts in brackets: a role (`Kim (interviewer)`), a short name
    (`Kim Young-ho (Kim)`), or a description that is neither (`Interviewee (41, Hyesan)`)."""
    alias = said.strip()
    if alias.lower() in ROLE_WORDS:
        return "", ROLE_WORDS[alias.lower()]
    return (alias if alias and re.fullmatch(_NAME, alias) else ""), None


def _common_words(label: str) -> bool:
    """A label with lower-case words (`Older sister`) must not read like a sentence's start
    (`He said`, `My mother`)."""
    words = label.split()
    return any(w[0].islower() for w in words[1:]) and \
        bool(_FUNCTION_WORDS.intersection(w.lower() for w in words))


def read_labels(lines: list[Line], roles: Roles) -> tuple[list[Line], list[Notice]]:
    """Split lines that hold several speakers, then move credible `Label:` prefixes into
    Line.speaker (and time stamps into Line.time); `Full Name (Short):` and `Short:`
    become one speaker, `Short`. Returns the lines, split, and what the user should check
    (labels read as quoted speech)."""
    staff_credits(lines, [_found(line) is not None for line in lines], roles)
    lines, found = _split_inline(lines, [_found(line) for line in lines], roles)
    for i, f in enumerate(found):
        if f is not None:
            f.opens = i == 0 or not lines[i - 1].text.strip() or found[i - 1] is not None
    labels = [f for f in found if f is not None]
    _assign_roles(labels, roles)
    credible = _credible(labels, roles, _answers_labelled(lines, found, roles))
    notices_same = _same_people(credible)
    quoted, notices = _quoted_speech(credible, lines, roles)
    notices += notices_same + _one_off_names(labels, credible)
    for f in credible:
        if id(f) in quoted:
            continue
        m = f.match
        f.line.speaker = f.speaker
        f.line.time = m["time"] or m["bare"] or m["after"]
        f.line.offset += m.start("rest")
        f.line.text = _unbolded(m)
    for line in lines:
        stamp = _STAMP.match(line.text) if line.speaker is None and line.kind is None else None
        if stamp:  # `[00:02:15] And the market...`: a turn going on, stamped again
            line.time = stamp[1] or stamp[2]
            line.offset, line.text = line.offset + stamp.end(), line.text[stamp.end():]
    return lines, notices


# a time stamp opening a paragraph that carries on a turn: bracketed, or with seconds
_STAMP = re.compile(rf"^\s*(?:[\[(]({_TIME})[\])]|(\d{{1,2}}:\d{{2}}:\d{{2}}))\s+(?=\S)")


# the sentence before a quoted line introduces it: `Then she said:`, `He told me plainly.`
_SAYS = re.compile(r"(?:^|[.?!…]\s)(?:[^.?!…]{0,80}\b(?:said|says|told|tells|asked|asks|"
                   r"shouted|whispered|replied|answered|warned|yelled|screamed|begged|"
                   r"ordered|went)\b[^.?!…]{0,40}[.:,…]?|[^.?!…]{0,120}:)[\"”’]?\s*$", re.I)


def _quoted_speech(credible: list[_Found], lines: list[Line],
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
        if _SAYS.search(before):
            quoted |= {id(credible[i]) for i in at}
            notices.append(Notice(credible[at[0]].line.number, (
                f"'{speaker}:' is read as words {host} quotes, inside {host}'s answer, not as "
                f"a speaker: it comes only between {host}'s turns, after words that introduce "
                f"speech; if {speaker} took part in the interview, check the file")))
    return quoted, notices


def _one_off_names(labels: list[_Found], credible: list[_Found]) -> list[Notice]:
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
        and f.match["sep"] in _COLONS and _a_name(f.speaker)
        and not _PEOPLE.intersection(f.speaker.lower().split())]  # `Mother:` quoted


def _neighbour(order: list[str], i: int, step: int) -> str | None:
    """The nearest other speaker before (step -1) or after (+1) position i."""
    j = i + step
    while 0 <= j < len(order) and order[j] == order[i]:
        j += step
    return order[j] if 0 <= j < len(order) else None


def _unbolded(m: re.Match[str]) -> str:
    """The text after a label; a line bold as a whole (`**Q: Why did you leave?**`) loses
    the closing `**` its label's opening one left behind."""
    rest, before, between = m["rest"], m.string[:m.start("label")], \
        m.string[m.end("label"):m.start("rest")]
    for mark in ("**", "__"):
        if before.rstrip().endswith(mark) and mark not in between and \
                rest.rstrip().endswith(mark) and mark not in rest.rstrip()[:-2]:
            return rest.rstrip()[:-2].rstrip()
    return rest


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof"})


def _same_people(labels: list[_Found]) -> list[Notice]:
    """One person labelled two ways becomes one speaker: `Kim:` and `KIM:`; a full name at
    first mention, then the surname (`LEE SANG-CHUL:` then `LEE:`, `Sarah Cho:` then `Cho:`,
    `Mr. Ko:` then `Ko:`). Read as two speakers, one interviewee's quotes and counts were
    split in two. A surname two full names share (`Kim Min-su`, `Kim Ok-hee`, `Kim:`) stays
    as it is: which Kim speaks cannot be told."""
    spelling: dict[str, str] = {}  # case-folded label -> its first spelling
    for f in labels:
        spelling.setdefault(f.speaker.casefold(), f.speaker)
    short = {key for key in spelling if " " not in key}
    claims: dict[str, list[str]] = {}  # a short label -> the longer labels it may shorten
    for key in spelling:
        words = [w for w in key.split() if w.rstrip(".") not in _TITLES]
        if " " in key and words:
            for part in {words[0], words[-1]} & short:
                claims.setdefault(part, []).append(key)
    merged = {key: part for part, keys in claims.items() if len(keys) == 1 for key in keys}
    notices, told = [], set()
    for f in labels:
        key = f.speaker.casefold()
        target = spelling[merged.get(key, key)]
        if f.speaker != target and key not in told:
            told.add(key)
            notices.append(Notice(f.line.number, (
                f"'{f.speaker}:' and '{target}:' are read as one speaker, {target}; if they "
                f"are two people, label them apart")))
        f.speaker = target
    return notices


def _assign_roles(labels: list[_Found], roles: Roles) -> None:
    """Roles the labels themselves give: `Kim (interviewer):`, or `Interviewer (Kim):`."""
    for f in labels:
        if f.role is None and f.speaker != f.match["label"] and roles.is_known(f.match["label"]):
            f.role = roles.role(f.match["label"])  # `Interviewer (Kim):` -> Kim interviews
        if f.role is not None:
            roles.assign(f.speaker, f.role)


def _answers_labelled(lines: list[Line], found: list[_Found | None], roles: Roles) -> bool:
    """Whether the file labels its answers: at least half of the interviewer's labelled
    lines are followed by another label. In a `Q:` file with plain answers, an answer that
    opens `Grandmother: she raised me` is text, not a speaker (read as one, it made the file
    labelled, and every later plain answer was read as the interviewer's)."""
    asking = [i for i, f in enumerate(found) if f is not None
              and roles.role(f.speaker) == "interviewer"]
    answered = 0
    for i in asking:
        j = next((k for k in range(i + 1, len(lines)) if lines[k].text.strip()), None)
        answered += j is not None and found[j] is not None
    return 2 * answered >= len(asking)


def _credible(labels: list[_Found], roles: Roles, answers_labelled: bool) -> list[_Found]:
    """Colon labels used twice, known or split off inline; failing any, loose labels
    (`Q.`, `A -`) used twice in a pair or known."""
    colon = [f for f in labels if f.match["sep"] in _COLONS]
    counts = Counter(f.speaker for f in colon)
    credible = [f for f in colon
                if counts[f.speaker] >= 2 or f.inline or roles.is_known(f.speaker)]
    loose = _credible_loose([f for f in labels if f.match["sep"] not in _COLONS], roles)
    if len(loose) >= 4 and all(counts[f.speaker] == 1 for f in credible):
        return _loose_with_colons(labels, loose, credible)
    if credible:  # a labelled file: initials that speak once (`PY: In Musan.`) speak too,
        chosen = {id(f) for f in credible}  # and a name answering the interviewer
        return [f for i, f in enumerate(colon) if id(f) in chosen or _initials(f.speaker)
                or (answers_labelled and f.opens and i > 0 and id(colon[i - 1]) in chosen
                    and roles.role(colon[i - 1].speaker) == "interviewer" and _a_name(f.speaker))]
    return loose


def _loose_with_colons(labels: list[_Found], loose: list[_Found],
                       colon: list[_Found]) -> list[_Found]:
    """A `Q.` / `A.` or `Interviewer —` file whose colon labels are each used once: the
    colon lines before the first turn describe the interview (`Respondent: male, 52`), those
    after it speak once (`Interpreter: She means...`). Before, such a line made the whole file
    count as colon-labelled and every question was read as the respondent's words."""
    first = loose[0].line.number
    chosen = {id(f) for f in loose} | {id(f) for f in colon if f.line.number > first}
    return [f for f in labels if id(f) in chosen]


def _credible_loose(loose: list[_Found], roles: Roles) -> list[_Found]:
    """`Q.` / `A -` labels count when used twice, in a pair or when known."""
    counts = Counter(f.speaker for f in loose)
    pairs = sum(n >= 2 for n in counts.values()) >= 2
    return [f for f in loose if counts[f.speaker] >= 2 and (pairs or roles.is_known(f.speaker))]


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


def _a_name(label: str) -> bool:
    """A label that names a person (`Mr. Cho`, `Younger sister`), not a heading word
    (`Note`, `Day 3`, `Rule one`): only such a label counts when it speaks once."""
    words = label.replace(".", " ").split()
    if any(w.lower() in _NOT_SPEAKERS or any(c.isdigit() for c in w) for w in words):
        return False
    return all(w[0].isupper() or w.lower() in _PEOPLE for w in words)


def _initials(label: str) -> bool:
    return bool(_INITIALS.match(label)) and label not in _NOT_INITIALS


def _split_inline(lines: list[Line], found: list[_Found | None],
                  roles: Roles) -> tuple[list[Line], list[_Found | None]]:
    """Split a line where another speaker's label follows the end of a sentence (`Q: Why?
    A: Hunger. Q: ...`). The label must be known or start lines elsewhere in the file, or
    occur inline at least twice alongside another such label."""
    inline = _inline_labels(lines, found)
    if not inline:
        return lines, found
    starts = Counter(f.speaker for f in found if f is not None)
    counts = Counter(m["label"] for matches in inline.values() for m in matches)
    several = sum(n >= 2 for n in counts.values()) >= 2

    def usable(label: str, labelled_line: bool) -> bool:
        """Known, or starting lines, or twice inline beside another; or capitals (`F:`,
        `M2:`) on a line that itself starts with a label: `Q: Why? F: Hunger.`"""
        return (roles.is_known(label) or starts[label] >= 2
                or (several and counts[label] >= 2)
                or (labelled_line and bool(_CAPITALS.match(label))))

    out: list[Line] = []
    out_found: list[_Found | None] = []
    for i, (line, f) in enumerate(zip(lines, found, strict=True)):
        cuts = [m.start("cut") for m in inline.get(i, []) if usable(m["label"], f is not None)]
        pieces = _cut(line, cuts) if cuts else [(line, f)]
        out += [piece for piece, _ in pieces]
        out_found += [label for _, label in pieces]
    return out, out_found


def _inline_labels(lines: list[Line], found: list[_Found | None]) -> dict[int, list[re.Match[str]]]:
    """Line index -> labels that follow a sentence's end inside the line's text."""
    inline: dict[int, list[re.Match[str]]] = {}
    for i, (line, f) in enumerate(zip(lines, found, strict=True)):
        begin = f.match.start("rest") if f else 0
        if line.kind is None and line.text.find(": ", begin) >= 0:  # cheap test first
            matches = list(_INLINE.finditer(line.text, begin))
            if matches:
                inline[i] = matches
    return inline


def _cut(line: Line, cuts: list[int]) -> list[tuple[Line, _Found | None]]:
    """A line cut before each inline label, each piece with its label read again."""
    pieces = []
    for a, b in pairwise([0, *cuts, len(line.text)]):
        piece = Line(line.number, line.offset + a, line.text[a:b].rstrip())
        label = _found(piece)
        if label is not None and a > 0:
            label.inline = True
        pieces.append((piece, label))
    return pieces
