"""A linguist's CHAT transcript (TalkBank / CLAN, `.cha` saved as text).

CHAT puts each utterance on a main tier, `*INV:` then a TAB then the words (a speaker code
of a few capitals or digits), a tier's further lines start with a TAB, `%com:` / `%mor:`
dependent tiers under it hold the analyst's comments and codings, and `@` lines (`@Begin`,
`@Participants:`, `@ID:`, `@Comment:`, `@Bg:` gems, `@End`) are the file's header and
markers. Read as text, `*INV:` with a TAB after it was no label qcode knew, so the file was
refused for having no respondent. So, in a file with `@Begin` or `@Participants:` and main
tiers of two speakers or more: each main tier is its speaker's (the code as the label), a
TAB-led line goes on with the tier above, dependent tiers and `@` lines are context. Each
code's role is the one `@Participants:` (or `@ID:`) gives it: an investigator or interviewer
asks, a participant, subject or informant answers, a translator or observer is context
(their tier too: a translator clarifying a word is not the respondent's testimony); other
roles (`Mother`, `Child`...) are left to qcode's usual guess. The media bullets (`·1_2·`
between NAK characters) and `xxx` / `yyy` / `www` (unintelligible, phonetic, untranscribed)
are no words; CHAT's other codes (`(.)`, `&-um`, `[/]`) stay as transcribed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_MAIN = lazy(r"^\*(?P<code>[A-Z][A-Z0-9]{1,6}):\t(?P<text>.*)$")
_DEPENDENT = lazy(r"^%[a-z]{2,8}:\t")
_HEADER = lazy(r"^@[A-Z][A-Za-z0-9 _-]{0,30}(?::\t|\s*$)")
_CONTINUED = lazy(r"^\t")
_BULLET = lazy(r"\x15[^\x15\n]{0,60}\x15")
_NO_WORDS = lazy(r"(?<![\w&@])(?:xxx|yyy|www)(?![\w@])")
_PARTICIPANT = lazy(r"(?P<code>[A-Z][A-Z0-9]{1,6})\b[^,]{0,80}?\b(?P<role>[A-Za-z_]{3,30})\s*$")
_ID = lazy(r"^@ID:\t[^|\n]{0,40}\|[^|\n]{0,40}\|(?P<code>[A-Z][A-Z0-9]{1,6})\|"
           r"(?:[^|\n]{0,40}\|){4}(?P<role>[A-Za-z_]{3,30})\|")
ASKS = {"investigator", "interviewer", "examiner", "clinician", "experimenter"}
ANSWERS = {"participant", "subject", "informant", "target_adult", "target_child", "patient",
           "narrator", "speaker"}
APART = {"translator", "interpreter", "observer", "environment", "media", "unidentified",
         "uncertain", "other"}
MIN_TIERS = 3


def read_cha(lines: list[Line], roles: Roles) -> bool:
    """Read a CHAT transcript (the module docstring); any other file is left as it is."""
    mains = [m for ln in lines if (m := _MAIN.match(ln.text))]
    if len(mains) < MIN_TIERS or len({m["code"] for m in mains}) < 2 \
            or not any(ln.text.startswith(("@Begin", "@Participants:")) for ln in lines):
        return False
    _mark_tiers(lines, _give_roles(_participants(lines), roles))
    return True


def _give_roles(parts: dict[str, str], roles: Roles) -> set[str]:
    """Each code's role as its participant's role says; the codes whose tiers are context."""
    for code, role in parts.items():
        if role in ASKS:
            roles.assign(code, "interviewer")
        elif role in ANSWERS:
            roles.assign(code, "respondent")
    return {code for code, role in parts.items() if role in APART}


def _mark_tiers(lines: list[Line], apart: set[str]) -> None:
    """Main tiers their speaker's, dependent tiers and `@` lines context, a TAB-led line
    what the line above is."""
    kind: str | None = "header"
    for line in lines:
        m = _MAIN.match(line.text)
        if m:
            kind = "translator" if m["code"] in apart else None
            line.offset, line.text = line.offset + m.start("text"), _words(m["text"])
            line.speaker, line.kind = (None if kind else m["code"]), kind
        elif _DEPENDENT.match(line.text):
            kind = line.kind = "comment"
        elif _HEADER.match(line.text):
            kind = line.kind = "header"
        elif _CONTINUED.match(line.text):
            line.text, line.kind = _words(line.text), kind
        elif line.text.strip():
            kind = line.kind = line.kind or "header"  # no CHAT: say nothing of its words


def _words(text: str) -> str:
    """A tier's text without its media bullets and unintelligible words, blanked in place
    (so offsets into the line still hold)."""
    text = _BULLET.sub(lambda m: " " * len(m[0]), text)
    return _NO_WORDS.sub(lambda m: " " * len(m[0]), text)


def _participants(lines: list[Line]) -> dict[str, str]:
    """Each speaker code's role, from `@Participants:` (`INV Investigator, PAR Participant`
    or `CHI Ruth Target_Child`) and `@ID:` lines (their seventh field)."""
    parts: dict[str, str] = {}
    for line in lines:
        if line.text.startswith("@Participants:\t"):
            for entry in line.text.split("\t", 1)[1].split(","):
                m = _PARTICIPANT.match(entry.strip())
                if m:
                    parts.setdefault(m["code"], m["role"].lower())
        elif (m := _ID.match(line.text)):
            parts.setdefault(m["code"], m["role"].lower())
    return parts
