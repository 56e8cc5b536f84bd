"""A court's or an immigration judge's transcript: a deposition or a hearing's examination.

A US or UK court reporter sets the questions and answers as indented `Q.` / `A.` under an
examination header that names the lawyer who asks (`BY MS. MARLOWE:`), and the rest as
colloquy in capitals with a colon (`MR. FENN: Objection.`, `THE WITNESS: I know because...`,
`THE INTERPRETER: ...`), with `(Whereupon, ...)` parentheticals and a reporter's certificate
at the end. Read as an interview, the header was taken for a speaker who said everything, the
`Q.` / `A.` (beside colon labels) were no labels, every question was coded, and opposing
counsel's objections were testimony.

So, when a file has an examination header and, after it, `Q.` and `A.` lines (two of each at
least): each `Q.` is the examining lawyer's (the last header's, an interviewer), each `A.`
the witness's, as is `THE WITNESS:` (or `THE DEPONENT:`); the examining lawyer speaking in
colloquy (`MS. MARLOWE: You can answer.`) asks as the interviewer; another lawyer speaking
meanwhile (an objection, `No questions.`) is colloquy, context, with the lines that carry it
on; the court, the interpreter and the reporter are context. The headers and headings
(`DIRECT EXAMINATION`), a parenthetical (to its closing bracket, a few lines at most) and
everything from the reporter's certificate on are context; so is the colloquy before the
first header (`THE COURT: We are on the record.`, the oath in brackets).
A file without such a header (an interview labelled `Q.` / `A.`, or `MR. RI:` in capitals)
is left as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_LAWYER = r"(?:MR|MS|MRS|MISS|DR|MX)\.?\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?"
# `DIRECT EXAMINATION`, `CROSS-EXAMINATION (Continued)`, `REDIRECT EXAMINATION`
_EXAMINATION = (r"(?:(?:FURTHER\s+)?(?:DIRECT|CROSS|REDIRECT|RECROSS|RE-DIRECT|RE-CROSS)"
                r"[\s-]?)?EXAMINATION(?:\s+\(?CONTINU(?:ED|ING)\)?)?")
# `BY MS. MARLOWE:`, `CROSS-EXAMINATION BY MR. FENN` (the colon may go only after a heading)
_HEADER = lazy(rf"^\s*(?:BY\s+({_LAWYER})\s*:|{_EXAMINATION}\s+BY\s+({_LAWYER})\s*:?)\s*$")
_HEADING = lazy(rf"^\s*{_EXAMINATION}\s*$")
# `Q.   Why?`, `A:  Yes.`, `Q    Why?` (a reporter's spaces, no stop)
_QA = lazy(r"^\s*([QA])(?:[.:]\s+|\s{2,}|\t\s*)(?=\S)")
_WITNESS = ("THE WITNESS", "THE DEPONENT")
_COLLOQUY = lazy(
    rf"^\s*(THE\s+(?:WITNESS|DEPONENT|INTERPRETER|TRANSLATOR|COURT|REPORTER|COURT\s+REPORTER|"
    rf"VIDEOGRAPHER|CLERK|CHAIR(?:MAN|WOMAN|PERSON)?|HEARING\s+OFFICER|JUDGE|ARBITRATOR)|"
    rf"{_LAWYER}|(?:JUDGE|CHAIR(?:MAN|WOMAN)?)\s+[A-Z][A-Z'’-]+)\s*:(?:\s+|$)")
_CERTIFICATE = lazy(
    r"^\s*(?:(?:COURT\s+|SHORTHAND\s+)?REPORTER['’]?S?\s+CERTIFICA(?:TE|TION)|"
    r"CERTIFICA(?:TE|TION)(?:\s+OF\s+(?:(?:COURT\s+|SHORTHAND\s+)?REPORTER|DEPONENT|"
    r"WITNESS|TRANSCRIPT))?|ERRATA(?:\s+SHEET)?)\s*$")
MIN_EACH = 2  # `Q.` and `A.` lines after the first header
MAX_ASIDE = 6  # lines a `(Whereupon, ...)` parenthetical may run over


def read_examination(lines: list[Line], roles: Roles) -> list[Notice]:
    """Read an examination's questions, answers and colloquy (the module docstring); any
    other file is left as it is."""
    heads = [i for i, ln in enumerate(lines) if ln.kind is None and _HEADER.match(ln.text)]
    if not heads:
        return []
    after = [m[1] for ln in lines[heads[0]:] if ln.kind is None and (m := _QA.match(ln.text))]
    if after.count("Q") < MIN_EACH or after.count("A") < MIN_EACH:
        return []
    examiners = {_examiner(m) for i in heads if (m := _HEADER.match(lines[i].text))}
    for name in examiners:
        roles.assign(name, "interviewer")
    for name in _WITNESS:
        roles.assign(name, "respondent")
    _read_lines(lines, examiners, roles)
    return [Notice(lines[heads[0]].number, (
        f"read as a court transcript: `Q.` is the examining lawyer's ({', '.join(sorted(examiners))}),"
        " `A.` and `THE WITNESS:` the witness's; other speakers in capitals (counsel's "
        "objections, the interpreter, the court), the examination headers, parentheticals "
        "and the reporter's certificate are context"))]


def _read_lines(lines: list[Line], examiners: set[str], roles: Roles) -> None:
    """Each line's speaker, or the context it is (the preliminaries before the first header
    too: `THE COURT: We are on the record.`, `(The witness was sworn.)`).
    A lawyer who speaks while another examines (an objection) or before examining is
    colloquy, context, with the lines that carry it on."""
    examiner, colloquy = "", False
    k = 0
    while k < len(lines):
        ln = lines[k]
        k += 1
        if ln.kind is not None or not ln.text.strip():
            continue
        if ln.text.lstrip().startswith("("):
            k, colloquy = _aside(lines, k - 1), False
        elif m := _HEADER.match(ln.text):
            ln.kind, examiner, colloquy = "heading", _examiner(m), False
        elif _HEADING.match(ln.text):
            ln.kind = "heading"
        elif _CERTIFICATE.match(ln.text):
            _certificate(lines, k - 1)
            return
        elif m := _QA.match(ln.text):
            _label(ln, m, (examiner or "Q") if m[1] == "Q" else _WITNESS[0])
            colloquy = False
        elif m := _COLLOQUY.match(ln.text):
            colloquy = _colloquy(ln, m, examiner, examiners, roles)
        elif colloquy:
            ln.kind = "colloquy"


def _colloquy(line: Line, m: re.Match[str], examiner: str, examiners: set[str],
              roles: Roles) -> bool:
    """A speaker in capitals: the witness, the examining lawyer, or (context) another;
    returns whether the line is colloquy (counsel not examining: context)."""
    who = _name(m[1])
    if who in examiners and who != examiner:
        line.kind = "colloquy"
        return True
    if who not in examiners and who not in _WITNESS and not who.startswith("THE "):
        line.kind = "colloquy"  # counsel who never examines
        return True
    if who not in examiners and who not in _WITNESS:
        roles.assign(who, "other")  # the court, the interpreter, the reporter
    _label(line, m, _WITNESS[0] if who in _WITNESS else who)  # `THE DEPONENT` answers `A.` too
    return False


def _aside(lines: list[Line], start: int) -> int:
    """A parenthetical from its line to its closing bracket (`(Whereupon, at 11:42 a.m., the`
    / `deposition was concluded.)`), MAX_ASIDE lines at most, is context; returns the index
    after it (after its first line if it does not close: then it is text)."""
    end = next((j for j in range(start, min(start + MAX_ASIDE, len(lines)))
                if lines[j].text.rstrip().rstrip(".").endswith(")")), None)
    if end is None or any(ln.speaker or ln.kind for ln in lines[start + 1:end + 1]):
        return start + 1
    for ln in lines[start:end + 1]:
        ln.kind = "note"
    return end + 1


def _certificate(lines: list[Line], start: int) -> None:
    """The reporter's certificate to the end of the file, unless an examination begins again."""
    for ln in lines[start:]:
        if _HEADER.match(ln.text):
            return
        if ln.kind is None and ln.text.strip():
            ln.kind = "certificate"


def _label(line: Line, m: re.Match[str], speaker: str) -> None:
    line.speaker = speaker
    line.offset, line.text = line.offset + m.end(), line.text[m.end():]


def _examiner(m: re.Match[str]) -> str:
    return _name(m[1] or m[2])


def _name(label: str) -> str:
    return " ".join(label.split())
