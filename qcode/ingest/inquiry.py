"""A public inquiry's, truth commission's or tribunal's hearing transcript, as its reporters
set it (Canada's and New Zealand's commissions, truth commissions' public hearings).

Each turn opens with a capitalised label: the presiding member by title (`THE PRESIDING
COMMISSIONER:`, `THE CHAIR:`, `THE COMMISSIONER:`), other members by title and name
(`COMMISSIONER WIERZBA:`), counsel by name (`MS. KINGI:`), the witness by number or as
`THE WITNESS:`, with how the evidence was given after the name and a pseudonym before it:
`WITNESS 11 ("MRS. YOON") (Interpreted):`, later `WITNESS 11 (Interpreted):`. Read as plain
labels, the two brackets were no label (the witness's first answer was glued into counsel's
question), the presiding member's and counsel's titles answered like any unknown label, and
`THE INTERPRETER:`, used once, was words of the witness's turn.

In a file with a presiding label and a witness label (each a line's label), the witness
answers, the interpreter is neither, every other label asks (it counts even used once: a
commissioner's single question). Its furniture is context: the reporter's procedure lines
(`--- Upon recessing at 10:15 a.m.`, `--- Luncheon recess`), a page number set far right on
its own line, and the reporter's certificate (`Certified a true record: ...`) to the end.
A court's examination with `Q.` / `A.` is examination.py's; a GPO hearing is hearing.py's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.labeltext import NAME
from qcode.ingest.lazyre import lazy

if TYPE_CHECKING:
    from qcode.ingest.labels import Found
    from qcode.ingest.layout import Line

# how the evidence was given, in brackets after the name (and its pseudonym)
_NOTE = (r"(?i:interpreted|through\s(?:an?\s|the\s)?interpreter|via\s(?:an?\s|the\s)?"
         r"interpreter|by\s(?:video\s?link|audio\s?link|AVL)|sworn|affirmed|on\s(?:oath|"
         r"affirmation)|in\s[a-z]{3,12})")
# compiled now: matches are told by it (`m.re is INQUIRY_LABEL`), see lazyre.py
INQUIRY_LABEL = re.compile(
    rf"^[ \t]{{0,8}}(?P<label>{NAME})(?: ?\((?P<alias>[^()\n]{{1,40}})\))? ?\({_NOTE}\)"
    r"(?P<after>)(?P<time>)(?P<bare>) ?(?P<sep>:)\s+(?P<rest>\S.*)$")
_PRESIDING = lazy(r"^(?:the\s)?(?:(?:deputy|acting|chief)\s)?(?:presiding\s(?:commissioner|"
                  r"member|officer)|commissioner|chair(?:man|woman|person)?|president|"
                  r"(?:tribunal|panel)\s(?:chair|member))(?:\s[A-Z][\w'’-]{1,30})?$", re.I)
_WITNESS = lazy(r"^(?:the\s)?witness(?:\s[A-Z0-9][\w-]{0,6})?$", re.I)
_INTERPRETER = lazy(r"^(?:the\s)?(?:interpreter|translator)$", re.I)
# a label at the start of a line, as the two kinds above are told from the raw lines
_LINE_LABEL = lazy(rf"^[ \t]{{0,8}}(?P<label>{NAME})(?: ?\([^()\n]{{1,40}}\)){{0,2}} ?:\s")
_PROCEDURE = lazy(
    r"^\s{0,8}(?:-{2,3}|[–—])\s?(?:upon\s(?:commencing|recessing|resuming|adjourning|"
    r"reconvening)|(?:luncheon\s|short\s|morning\s|afternoon\s)?(?:recess|adjournment)|"
    r"(?:the\s)?(?:hearing|proceedings|inquiry|session)\s(?:adjourned|resumed|recessed|"
    r"commenced))\b[^\n]{0,120}$", re.I)
_PAGE = lazy(r"^\s{20,}\d{1,4}\s*$")
_CERTIFIED = lazy(r"^\s{0,8}(?:certified\s(?:to\sbe\s)?(?:a\s|as\sa\s)?(?:true|correct|"
                  r"accurate)|(?:reporter['’]?s\s)?certificate\b|i,\s[A-Z][^,\n]{1,60},\s"
                  r"(?:hereby\s)?certify)", re.I)


def _kinds(labels: list[str]) -> tuple[bool, bool]:
    return any(_PRESIDING.match(x) for x in labels), any(_WITNESS.match(x) for x in labels)


def is_inquiry(lines: list[Line]) -> bool:
    """A presiding label and a witness label, each opening a line."""
    labels = [" ".join(m["label"].split()) for ln in lines if ln.kind is None
              and ln.speaker is None and (m := _LINE_LABEL.match(ln.text))]
    return all(_kinds(labels))


def inquiry_roles(labels: list[Found], lines: list[Line]) -> None:
    """The witness answers, the interpreter is neither, the presiding member, the other
    members and counsel ask (the module docstring); labels from the first presiding or
    witness label on, with words after them."""
    if not is_inquiry(lines):
        return
    first = next((f.line.number for f in labels if any(_kinds([f.match["label"]]))), 0)
    for f in labels:
        if f.role is not None or f.match["sep"] != ":" or not f.match["rest"].strip() \
                or f.line.number < first:
            continue  # the header's `Commissioners:` above the list of them
        if _WITNESS.match(f.match["label"]):
            f.role = "respondent"
        elif _INTERPRETER.match(f.match["label"]):
            f.role = "other"
        else:
            f.role = "interviewer"


def inquiry_furniture(lines: list[Line]) -> None:
    """Procedure lines, page numbers and the certificate are context in a hearing."""
    if not is_inquiry(lines):
        return
    certificate = False
    for line in lines:
        if line.kind is not None or line.speaker is not None:
            continue
        if certificate or _CERTIFIED.match(line.text):
            certificate = bool(line.text.strip()) or certificate
            line.kind = "certificate" if line.text.strip() else line.kind
        elif _PROCEDURE.match(line.text):
            line.kind = "procedure"
        elif _PAGE.match(line.text):
            line.kind = "page number"
