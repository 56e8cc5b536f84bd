"""A form's response copied as text (Google Forms' or Microsoft Forms' view of one response).

The form sets each question on a line right above its answer, with no blank line between
them and a blank line after the answer; a required question ends in ` *`; a checkbox or
multiple-choice question lists every option with a box or a button, ticked (`☑`, `◉`,
`[x]`) or not (`☐`, `○`, `[ ]`); section headings (`Section 2 of 3` and its title), the
form's title and description, `Response 14 of 37`, `* Indicates required question` and the
form service's footer surround them. Read as text, a question and its answer were one
paragraph, the first pairs an introduction (not coded) and later questions, the unticked
options (options the respondent did not choose) and the footer her answer, coded.

Read here: each question is the interviewer's (the form's author), the lines under it the
respondent's, each line a paragraph; an option not ticked is context, as is everything that
is not a question with its answer. An identifying field (`Email *`, `Your name *`, `Year you
left *`: a few words, no `?`, no sentence, answered in a word or two) is context: a header,
not testimony.

Only when the file says it is a form: two kinds of the form's furniture (its response
counter, its required note, a section counter, its footer, option lines with boxes), at
least three questions with their answers, and hardly any speaker label (a transcript with a
consent checklist pasted above it stays a transcript)."""

from __future__ import annotations

import re

from qcode.ingest.layout import Line, asks
from qcode.ingest.turns import Roles

INTERVIEWER = "Interviewer"
# the form's furniture, each line whole (`kind`: what it tells of a form)
_FURNITURE = (
    ("counter", re.compile(r"^(?:response|antwort|réponse|respuesta)\s+\d{1,6}\s+"
                           r"(?:of|von|sur|de)\s+\d{1,6}$", re.I)),
    ("required", re.compile(r"^\*\s*(?:indicates\s+required(?:\s+question)?|required|"
                            r"erforderlich|obligatoire|obligatorio)\.?$", re.I)),
    ("section", re.compile(r"^(?:section|abschnitt|sección)\s+\d{1,3}\s+(?:of|von|de)\s+"
                           r"\d{1,3}$", re.I)),
    ("footer", re.compile(r"^(?:this\s+content\s+is\s+neither\s+created\s+nor\s+endorsed\s+"
                          r"by\s+google\.?(?:\s.{0,200})?|google\s+forms|microsoft\s+forms|this\s+content\s+"
                          r"is\s+created\s+by\s+the\s+owner\s+of\s+the\s+form\..{0,300}|"
                          r"(?:report\s+abuse|terms\s+of\s+service|privacy\s+policy)"
                          r"(?:\s*[-–·|]\s*(?:report\s+abuse|terms\s+of\s+service|privacy"
                          r"\s+policy|help)){0,3}|never\s+submit\s+passwords.{0,200})$", re.I)),
    ("submitted", re.compile(r"^(?:submitted|completed|abgeschickt)\s+(?:on\s+|at\s+)?\d"
                             r"[\d/.:, -]{0,30}(?:\s*[AP]M)?$", re.I)),
)
# an option line: its box or button, ticked or not, then the option's text
_TICKED = re.compile(r"^\s*(?:[☑☒✅✔✓◉●⦿]|\[[xX✓]\]|\([xX•]\))\s*(\S.{0,1000})$")
_UNTICKED = re.compile(r"^\s*(?:[☐□❏○◯]|\[\s\]|\(\s\))\s*(\S.{0,1000})$")
_LABEL = re.compile(r"^[A-Z][\w.'’-]{0,20}(?:\s[A-Z][\w.'’-]{0,20}){0,2}:\s")
_REQUIRED_MARK = re.compile(r"\s\*$")


def _furniture(text: str) -> str | None:
    s = text.strip()
    if len(s) > 400:
        return None
    return next((kind for kind, shape in _FURNITURE if shape.match(s)), None)


def _groups(lines: list[Line]) -> list[list[Line]]:
    """The lines between blank lines."""
    out: list[list[Line]] = [[]]
    for line in lines:
        if line.text.strip():
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return [g for g in out if g]


def _is_field(question: str, answer: list[Line]) -> bool:
    """An identifying field: a few words, neither asking nor a sentence, answered in one
    short line (`Year you left North Korea *` / `2018`)."""
    q = _REQUIRED_MARK.sub("", question.strip())
    return (len(q.split()) <= 8 and not asks(q) and not q.endswith((".", ":"))
            and len(answer) == 1 and len(answer[0].text.split()) <= 5)


def _a_question(group: list[Line]) -> bool:
    """A group whose first line may ask and whose next lines answer it."""
    first = group[0].text.strip()
    return len(group) >= 2 and len(first.split()) <= 60 and not _TICKED.match(first) \
        and not _UNTICKED.match(first) and not any(_furniture(ln.text) for ln in group)


def read_form(lines: list[Line], roles: Roles) -> bool:
    """Give each question and answer of a form's response its speaker, and mark the rest as
    context (the module docstring); False, touching nothing, for any other file."""
    groups = _groups(lines)
    if not _a_form(lines, groups):
        return False
    section = False
    for group in groups:
        section = _furniture(group[0].text) == "section" or (section and len(group) == 1
                                                             and not _a_question(group))
        if section or not _a_question(group):
            _context(group, "section" if section else None)
        elif _is_field(group[0].text, group[1:]):
            _context(group, "field")
        else:
            _question(group, roles.respondent)
    roles.assign(INTERVIEWER, "interviewer")
    return True


def _a_form(lines: list[Line], groups: list[list[Line]]) -> bool:
    """Two kinds of a form's furniture, three questions or more, hardly any label."""
    kinds = {k for line in lines if (k := _furniture(line.text))}
    if any(_TICKED.match(ln.text) or _UNTICKED.match(ln.text) for ln in lines):
        kinds.add("options")
    asked = [g for g in groups if _a_question(g)]
    labelled = sum(1 for g in asked if _LABEL.match(g[0].text) or _LABEL.match(g[1].text))
    return len(kinds) >= 2 and len(asked) >= 3 and labelled * 5 <= len(asked)


def _context(group: list[Line], kind: str | None) -> None:
    for line in group:
        line.speaker = None
        line.kind = kind or _furniture(line.text) or "form"


def _question(group: list[Line], respondent: str) -> None:
    """The question the interviewer's, each ticked option or line of answer the
    respondent's (each a paragraph of one turn), an option not ticked context."""
    first = group[0]
    first.speaker, first.kind = INTERVIEWER, None
    answered = False
    for line in group[1:]:
        line.kind = line.speaker = None
        if _UNTICKED.match(line.text):
            line.kind, answered = "option not chosen", False
            continue
        line.speaker, line.carries_on, answered = respondent, answered, True
