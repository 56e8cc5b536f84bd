"""Speaker labels at the start of a line (several speakers on one line: inline.py).

Publishers label turns in many ways: `Interviewer:`, `Q.` / `A.`, `Q -`, `**Q:**`,
`[00:01:02] Kim:`, `00:44Kim:`, `Kim Young-ho (Kim):` then `Kim:`, initials such as `KJ:`.
A prefix is a label only when it is credible (a known label, or used at least twice), so a
one-off `Note:` inside an answer stays text. Labels without a colon (`Q.`, `Q -`, `Park — `,
`[Interviewer]`) are looser, so they count only in a file with no credible colon labels (or
none used twice), and only when two such labels are each used twice (a `Q.` / `A.` pair) or
a known label is. Which labels name people taking part is speakers.py's to say.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcode.ingest.briefing import asker_name
from qcode.ingest.credits import GLOSSES, ROLE_WORDS, SCRIPT_ROLES, staff_credits
from qcode.ingest.equated import equated_labels, equated_once, key_lines
from qcode.ingest.headlabels import (
    ALONE,
    ALONE_TABBED,
    STAMP_ALONE,
    once_stamped,
    stamped_in_order,
)
from qcode.ingest.hearing import (
    HEARING_LABEL,
    centred_title,
    committee_furniture,
    hearing_roles,
    opens_turn,
)
from qcode.ingest.inline import end_apart, split_inline
from qcode.ingest.inquiry import INQUIRY_LABEL, inquiry_furniture, inquiry_roles
from qcode.ingest.kinds import STAGE
from qcode.ingest.labelshapes import BRACKETED, DASHED, LABEL, LOOSE, TABBED
from qcode.ingest.labeltext import NAME as _NAME
from qcode.ingest.labeltext import QUALIFIER as _QUALIFIER
from qcode.ingest.labeltext import stamped_again, text_after_label
from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.ingest.narration import title_role, titled
from qcode.ingest.parliament import EVIDENCE_LABEL, evidence_furniture, evidence_roles
from qcode.ingest.postscripts import POSTSCRIPTS, initials_speak
from qcode.ingest.respelt import GARBLED, byline_asker, generic_into_names, one_pair, respelt
from qcode.ingest.samepeople import one_person_in_parts, same_people, short_forms
from qcode.ingest.sections import interviews_under_headings
from qcode.ingest.slips import (
    misspelt,
    named_first_question,
    question_in_answer,
    reported_dialogue,
)
from qcode.ingest.speakerkey import key_above
from qcode.ingest.speakers import (
    COLONS,
    a_name,
    attendee_once,
    diarized,
    full_names,
    named_in_full_once,
    numbered_role,
    one_off_names,
    quoted_speech,
)
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that",
    "these", "those", "he", "she", "they", "we", "i", "you", "it", "is", "was", "were", "are",
    "be", "been", "am", "said", "says", "told", "asked", "answered", "replied", "wrote",
    "writes", "added", "and", "or", "but", "so", "then", "of", "to", "in", "on", "at", "for",
    "with", "from", "by", "as", "if", "when", "what", "who", "why", "how",
})
_NUMBERED_QA = lazy(r"^([QA])\d{1,3}$")
_INITIALS = lazy(r"^[A-Z]{2,3}\d?$")
# a participant's code as a university transcript sets it in brackets without a colon,
# `[R1] I worked at the mine.` beside the interviewer's `[HJ]`: a speaker only in a pair of
# bracketed labels each used twice (_credible_loose), so a one-off `[A1]` stays text
_CODE = lazy(r"^[A-Z]{1,3}\d{1,3}$")
# Microsoft Teams' tags of an account from outside the organisation (`Kim (External)`)
_ACCOUNT_TAGS = {"external", "unverified"}
# a word in capitals opening an answer, never a name before `.`: `NEVER. We had nothing.`
_SAID_IN_CAPS = {"never", "always", "maybe", "okay", "right", "sure", "exactly", "correct",
                 "really", "nothing", "everything", "everyone", "nobody", "please", "thanks",
                 "sorry", "hello", "sometimes", "often", "mostly", "twice", "once", "hunger"}
_NOT_INITIALS = {"NOTE", "PS", "NB", "TV", "USB", "DVD", "CD", "UN", "US", "UK", "NK", "SK",
                 "ROK", "PRC", "KPA", "WPK", "OK"}


# the shapes a label takes, tried in this order (labelshapes.py, parliament.py, ...)
_SHAPES = (LABEL, EVIDENCE_LABEL, INQUIRY_LABEL, LOOSE, DASHED, ALONE, STAMP_ALONE, ALONE_TABBED, BRACKETED,
           TABBED, HEARING_LABEL, GARBLED)


@dataclass
class Found:
    line: Line
    match: re.Match[str]
    speaker: str  # the label, or its short form `Full Name (Short)` -> `Short`
    role: str | None  # from `Name (interviewer)`
    inline: bool = False  # split off a line by _split_inline, which judged it credible
    opens: bool = False  # its line opens a paragraph (after a blank line or another label)


def _found(line: Line, speaking: frozenset[str] = frozenset()) -> Found | None:
    """The line's label, if it opens with one; `speaking`: postscript words that label turns
    in this file (postscripts.py)."""
    if line.kind is not None or line.speaker is not None:  # a credit such as
        return None  # `Interviewer: Kim Ji-su`, or a speaker the format gave
    m = next(filter(None, (shape.match(line.text) for shape in _SHAPES)), None)
    if m is None or not _names_someone(m["label"], m["sep"], speaking) or (
            m.re is LABEL and centred_title(line.text, m["rest"])):
        return None
    alias, role = _alias(asker_name(m["label"], m["alias"] or ""), m.groupdict().get("title"))
    role = role or SCRIPT_ROLES.get(m["label"])  # `문:` asks, `답:` answers
    numbered = _NUMBERED_QA.match(m["label"])  # `Q1:` / `A1:`, `Q2:` / `A2:`...
    speaker = alias or (numbered[1] if numbered else m["label"])
    return Found(line, m, " ".join(speaker.split()), role)  # no-break spaces: plain ones


def _names_someone(label: str, sep: str, speaking: frozenset[str] = frozenset()) -> bool:
    """Whether a label-shaped prefix can name a speaker: not a sentence's start (`He said:`),
    not an abbreviation (`USB:`), not a word in capitals opening an answer (`NEVER. We...`:
    `HARLAN. Thank you` names), not what was heard (`[Laughter]`)."""
    if _common_words(label) or (label in _NOT_INITIALS and label not in speaking) \
            or label[:1].islower():
        return False  # `он сказал:`: a script with cases names people in capitals too
    if sep in (".", ")") and len(label) > 4 and (
            not a_name(label) or label.lower() in _SAID_IN_CAPS):
        return False
    return sep != "]" or diarized(label) or numbered_role(label) or bool(_CODE.match(label)) \
        or (a_name(label) and not STAGE.intersection(label.lower().replace(".", " ").split()))


def _alias(said: str, title: str | None = None) -> tuple[str, str | None]:
    """What `Name (...)` puts in brackets: a role (`Kim (interviewer)`), a short name
    (`Kim Young-ho (Kim)`), or a description that is neither (`Interviewee (41, Hyesan)`);
    and the role a title after a comma names (`DALE, HOST`; `JEON, ESCAPEE` names none)."""
    alias = said.strip()
    if alias.lower() in _ACCOUNT_TAGS:  # what a meeting app says of the account, no name
        return "", None
    if alias.lower() in GLOSSES:
        return "", GLOSSES[alias.lower()]
    if _QUALIFIER.match(alias):
        return "", ROLE_WORDS.get((title or "").lower())  # `KANG (VOICED BY ACTOR)`: KANG
    return (alias if alias and re.fullmatch(_NAME, alias) else ""), \
        ROLE_WORDS.get((title or "").lower())


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
    committee_furniture(lines)  # a select committee's title page, before its `I:` panel line
    evidence_furniture(lines)  # a committee's time and language marks (parliament.py)
    inquiry_furniture(lines)  # an inquiry's procedure lines, certificate (inquiry.py)
    lines, found, credited = _candidates(lines, roles)
    labels, header = key_lines([f for f in found if f is not None], lines, roles)  # `Name = K` lines
    evidence_roles(labels)  # a committee's member asks, its witness answers (parliament.py)
    inquiry_roles(labels, lines)  # an inquiry's witness answers, the rest ask (inquiry.py)
    key_above(lines, [(f.speaker, f.line.number) for f in labels], roles)
    _assign_roles(labels, roles)
    first = next((i for i, f in enumerate(found) if f is not None), 0)
    top = " ".join(ln.text for ln in lines[:first])  # a meeting's list of attendees
    credible = respelt(labels, _credible(labels, roles, _answers_labelled(lines, found, roles),
                                         top, header), roles)
    credible, slips = misspelt(labels, credible, roles)
    credible, asked = question_in_answer(credible, roles)
    notices_same = same_people(credible) + short_forms(credible) + equated_labels(credible, lines)
    _assign_roles(credible, roles)  # `SCOTT DALE, HOST:` then `DALE:`: DALE hosts
    notices_same += hearing_roles(credible, lines, roles)
    notices_same += one_person_in_parts(credible, roles)
    notices_same += interviews_under_headings(credible, lines, roles) or one_pair(credible, roles) \
        or generic_into_names(credible, roles) or byline_asker(credible, lines, roles)
    quoted, notices = _quoted(credible, lines, roles)
    reported, told = reported_dialogue(labels, credible, lines, roles)
    quoted |= reported
    notices += slips + asked + told + credited + notices_same + one_off_names(labels, credible)
    for f in credible:
        if id(f) not in quoted:
            f.line.speaker = f.speaker
            m = f.match
            f.line.time = m["time"] or m["bare"] or m["after"] or f.line.time  # a Time cell's
            text_after_label(f.line, m)
    notices += [] if credible else named_first_question(labels, lines)
    stamped_again(lines)
    return lines, notices


def _candidates(lines: list[Line],
                roles: Roles) -> tuple[list[Line], list[Found | None], list[Notice]]:
    """Each line's label if it has one, lines with several speakers split, staff credits
    read first (`Interviewer: Jonah Pryce (JP)` names JP), a hearing's `Mr. Kim.` only where
    it opens a turn, and whether each label opens a paragraph."""
    lines = end_apart(lines)
    speaking = initials_speak(lines, lambda line: _found(line, POSTSCRIPTS))

    def find(line: Line) -> Found | None:
        return _found(line, speaking)

    credited = staff_credits(lines, [f.speaker if f else None for f in map(find, lines)], roles)
    lines, found = split_inline(lines, [find(line) for line in lines], roles, find)
    found = [None if f is not None and f.match.re is HEARING_LABEL
             and not opens_turn(line, lines[i - 1] if i else None) else f
             for i, (line, f) in enumerate(zip(lines, found, strict=True))]
    stamped = [(id(f), f.speaker) for f in found if f is not None and f.match.re is STAMP_ALONE]
    dropped = once_stamped(stamped)
    found = [None if id(f) in dropped else f for f in found]
    for i, f in enumerate(found):
        if f is not None:
            f.opens = i == 0 or not lines[i - 1].text.strip() or found[i - 1] is not None
            f.speaker = roles.names.get(f.speaker, f.speaker)  # `(M)` in a list: M's name
    return lines, found, credited


def _assign_roles(labels: list[Found], roles: Roles) -> None:
    """Roles the labels themselves give: `Kim (interviewer):`, or `Interviewer (Kim):`;
    and a broadcaster's title (`COLE, ANCHOR:`, `LAM, CORRESPONDENT:`), which asks unless
    it only narrates (narration.py: `roles.broadcasters`)."""
    for f in labels:
        titled_role = title_role(f.match, f.speaker, roles)  # the surname too, once merged
        f.role = f.role or titled_role
        if f.role is None and f.speaker != f.match["label"] and roles.is_known(f.match["label"]):
            f.role = roles.role(f.match["label"])  # `Interviewer (Kim):` -> Kim interviews
        if f.role is not None:
            roles.assign(f.speaker, f.role)


def _answers_labelled(lines: list[Line], found: list[Found | None], roles: Roles) -> bool:
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


def _credible(labels: list[Found], roles: Roles, answers_labelled: bool,
              top: str, header: str) -> list[Found]:
    """Colon labels used twice, known, saying their role (`박은정 (Guest):`, a short form
    of `탈북자 박은정 (Guest):`), split off inline or after a committee's question number
    (`Q26   Tom Haldane:`, in a file with two or more); failing any, loose labels (`Q.`, `A -`)
    used twice in a pair or known."""
    colon = [f for f in labels if f.match["sep"] in COLONS]
    counts = Counter(f.speaker for f in colon)
    numbered = sum(bool(f.match.groupdict().get("qno")) for f in colon)  # a committee's
    credible = [f for f in colon if counts[f.speaker] >= 2 or f.inline
                or f.role is not None or roles.is_known(f.speaker) or titled(f.match, f.opens)
                or (numbered >= 2 and f.match.groupdict().get("qno"))]
    loose = _credible_loose([f for f in labels if f.match["sep"] not in COLONS], roles)
    if len(loose) >= 4 and all(counts[f.speaker] == 1 for f in credible):
        return _loose_with_colons(labels, loose, credible)
    return _with_once(colon, credible, roles, answers_labelled, top, header) if credible \
        else loose


def _with_once(colon: list[Found], credible: list[Found], roles: Roles,
               answers_labelled: bool, top: str, header: str) -> list[Found]:
    """In a labelled file, initials that speak once (`PY: In Musan.`) speak too, and so does
    a name answering the interviewer, or a meeting's attendee asking once (`top`: the text
    above the first label), or a label the header says is one that speaks (`header`: the
    text above the first label that recurs)."""
    chosen, named = {id(f) for f in credible}, top if full_names(credible) else None
    once = named_in_full_once(colon, chosen)
    equated = equated_once(header, {f.speaker for f in credible})
    return [f for i, f in enumerate(colon) if id(f) in chosen or _initials(f.speaker)
            or f.speaker in equated
            or attendee_once(colon, i, chosen, named) or i in once or _voiced(f)
            or (answers_labelled and f.opens and i > 0 and id(colon[i - 1]) in chosen
                and roles.role(colon[i - 1].speaker) == "interviewer" and a_name(f.speaker))]


# how a broadcast says a clip's words are heard: `BAEK (voiced by an actor):`, `(read by an
# actress)`, `(VOICE-OVER)`
_VOICED = lazy(r"^(?:(?:voiced|read|spoken|dubbed|revoiced|re-voiced)\s+by\b|(?:an?\s+)?"
               r"(?:actor|actress|voice[\s-]?over)$)", re.I)


def _voiced(f: Found) -> bool:
    """A label whose brackets say an actor voices it opens a clip of a broadcast: a speaker
    even when used once (the package plays each clip once, the voice heard is the
    witness's). Read as words, the clip was glued into the reporter's narration above it."""
    return f.opens and bool(f.match["alias"]) and bool(_VOICED.match(f.match["alias"].strip())) \
        and a_name(f.speaker)


def _quoted(credible: list[Found], lines: list[Line],
            roles: Roles) -> tuple[set[int], list[Notice]]:
    """Labels that are speech a respondent quotes (speakers.quoted_speech), a clip voiced by
    an actor never: `CHO (voiced by an actor):` between the reporter's lines after `She
    says...` is the package's clip, not the reporter quoting."""
    quoted, notices = quoted_speech(credible, lines, roles)
    voiced = [f for f in credible if _voiced(f)]
    lines_voiced = {f.line.number for f in voiced}
    return quoted - {id(f) for f in voiced}, [n for n in notices if n.line not in lines_voiced]


def _loose_with_colons(labels: list[Found], loose: list[Found],
                       colon: list[Found]) -> list[Found]:
    """A `Q.` / `A.` or `Interviewer —` file whose colon labels are each used once: the
    colon lines before the first turn describe the interview (`Respondent: male, 52`), those
    after it speak once (`Interpreter: She means...`). Before, such a line made the whole file
    count as colon-labelled and every question was read as the respondent's words."""
    first = loose[0].line.number
    chosen = {id(f) for f in loose} | {id(f) for f in colon if f.line.number > first}
    return [f for f in labels if id(f) in chosen]


def _credible_loose(loose: list[Found], roles: Roles) -> list[Found]:
    """`Q.` / `A -` labels count when used twice, in a pair or when known; next to such a
    pair, a label saying its role counts once (`[Hana Lee (interpreter)]`), and so does a
    diarization id (`[SPEAKER_02]`) anywhere."""
    counts = Counter(f.speaker for f in loose)
    pairs = sum(n >= 2 for n in counts.values()) >= 2
    chosen = {id(f) for f in loose if (counts[f.speaker] >= 2 and (pairs or roles.is_known(
        f.speaker))) or (pairs and f.role is not None) or diarized(f.speaker)}
    return [f for i, f in enumerate(loose) if id(f) in chosen
            or (pairs and counts[f.speaker] == 1 and stamped_in_order(loose, i, chosen))]


def _initials(label: str) -> bool:
    return bool(_INITIALS.match(label)) and label not in _NOT_INITIALS  # `PS:` once: text
