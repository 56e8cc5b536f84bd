"""A witness statement (a court's, a tribunal's, an asylum claim's): one person's account
in their own words, in numbered paragraphs, with no questions in it.

Read as text, no label opened it but a header field (`Witness: Ms Y`), so the field was
the one turn and every numbered paragraph after it context `(after interview)`: none of
the testimony was coded. A file is read as a statement when it has

- a heading naming it (`WITNESS STATEMENT OF ...`, `STATEMENT OF ...`, `DECLARATION OF`,
  `AFFIDAVIT`, `SWORN STATEMENT`, `진술서`) or a preamble (`I, Ms Y, of ... will say as
  follows:`, `... state as follows`, `... declare as follows`, `... make this statement`),
- then MIN_PARAGRAPHS or more numbered paragraphs (`1.`, `2)`), most of them in the first
  person (`I`, `my`, `me`), none opening with a label (`Q:`, `Name:`).

Then the numbered paragraphs (their numbers out), and any unnumbered paragraph of a few
sentences between them, are the witness's words, one speaker: the name the preamble
gives (`I, Ms Y, of...`), else the header's `Witness:` / `Name:` field. A statement that
names no one is read as before (prompts.py: one unnamed respondent's testimony).
Everything before the first numbered paragraph (the case heading, the fields, the
preamble) is context, so is a short line between them (a section heading), and so is all
after the last numbered paragraph (the statement of truth, the signature, the exhibit
list), unless labelled turns follow it (a consent form's numbered lines above an
interview: _turns_after). A document whose numbered paragraphs are not first-person (a report, a judgment),
or with no such heading or preamble, is read as before. Linear: each regex is anchored
and bounded, each line looked at once or twice.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line
from qcode.ingest.person import SELF_IN_PROSE
from qcode.model import Notice
from qcode.plural import counted

MIN_PARAGRAPHS = 3
_TITLE = re.compile(r"^[ \t]{0,8}(?:(?:FIRST|SECOND|THIRD|SUPPLEMENTARY|FURTHER)[ \t]{1,3})?"
                    r"(?:WITNESS[ \t]{1,3}STATEMENT|SWORN[ \t]{1,3}STATEMENT|STATUTORY[ \t]{1,3}"
                    r"DECLARATION|STATEMENT[ \t]{1,3}OF|DECLARATION[ \t]{1,3}OF|AFFIDAVIT|진술서)"
                    r"(?![a-z])[^\n]{0,120}$", re.I)
_PREAMBLE = re.compile(r"^[ \t]{0,8}I,[ \t]{1,3}(?P<name>[A-Z][^,\n]{0,60}),[^\n]{0,400}?\b(?:"
                       r"(?:will[ \t]{1,3})?(?:say|state|declare|affirm|make[ \t]{1,3}oath)"
                       r"[ \t]{1,3}(?:as[ \t]{1,3}follows|that)|make[ \t]{1,3}this[ \t]{1,3}"
                       r"statement)\b[^\n]{0,200}$")
_NUMBERED = re.compile(r"^[ \t]{0,8}\(?(\d{1,3})[.)][ \t]{1,8}(?=\S)")
_OPENS_LABEL = re.compile(r"^[A-Z][\w.'’ -]{0,30}:[ \t]")
_FIELD = re.compile(r"^[ \t]{0,8}(?:Witness|Name|Deponent|Declarant|Statement[ \t]of)"
                    r"[ \t]{0,3}:[ \t]{0,3}(?P<name>[^()\n]{1,60})")


def read_statement(lines: list[Line], paragraphs: bool = False,
                   listed: set[int] | None = None) -> list[Notice]:
    """Mark the lines of a witness statement as the module docstring says, in place, and
    say so (a notice: the reader knows one person's words were read, so the file's one
    speaker is no misreading); a file that is no statement is left as it was (no notice).
    `paragraphs`: each line is a paragraph of its own (Word's); `listed`: the paragraphs
    (line number - 1) Word numbers itself."""
    numbers = _Numbers(lines, listed or set())
    found = _shape(lines, numbers, paragraphs)
    if found is None:
        return []
    first, last, name = found
    for line in lines[:first]:
        if line.text.strip() and line.kind is None:
            line.kind = "preamble" if _PREAMBLE.match(line.text) else "header"
    said = False  # the line above is the witness's: a line right under it goes on
    for i in range(first, last + 1):
        line = lines[i]
        if not line.text.strip() or line.kind is not None:
            said = False
            continue
        m = _NUMBERED.match(line.text)
        if m is not None:
            line.offset, line.text = line.offset + m.end(), line.text[m.end():]
        if i in numbers.at or (not said and _sentences(line.text)):
            line.speaker, said = name, not paragraphs  # a paragraph of the witness's
        elif not said:
            line.kind = "heading"
    for line in lines[last + 1:]:
        if line.text.strip() and line.kind is None:
            line.kind = "signature"
    count = sum(first <= i <= last for i in numbers.at)
    return [Notice(lines[first].number, (
        f"read as a witness statement: its {counted(count, 'numbered paragraph')} (the first "
        f"on this line) are {name}'s words; the heading, preamble, and all after the last "
        "paragraph (statement of truth, signature) context; if it is not one person's "
        "statement, label the turns (e.g. `Q:` / `A:`)"))]


class _Numbers:
    """The lines that open a numbered paragraph, by typed number (`1.`) or Word's list
    numbering, and each one's number."""

    def __init__(self, lines: list[Line], listed: set[int]) -> None:
        self.at: dict[int, int] = {}
        count = 0
        for i, line in enumerate(lines):
            if line.number - 1 in listed and line.text.strip():
                count += 1
                self.at[i] = count
            elif (m := _NUMBERED.match(line.text)) is not None:
                self.at[i] = int(m[1])


def _shape(lines: list[Line], numbers: _Numbers,
           paragraphs: bool) -> tuple[int, int, str] | None:
    """(first numbered line, last line of the last numbered paragraph, the witness's
    name) of a statement; None for any other file."""
    opened, name = _opening(lines)
    if opened is None:
        return None
    numbered = [i for i in numbers.at if i > opened]
    for i in range(opened + 1, numbered[0] if numbered else len(lines)):
        if (m := _PREAMBLE.match(lines[i].text)) is not None:
            name = m["name"].strip()
    if not name or len(numbered) < MIN_PARAGRAPHS or not _testimony(lines, numbered, numbers):
        return None
    last = numbered[-1]
    while not paragraphs and last + 1 < len(lines) and lines[last + 1].text.strip():
        last += 1  # the paragraph's lines
    if _turns_after(lines[last + 1:]):
        return None
    return numbered[0], last, name


def _turns_after(tail: list[Line]) -> bool:
    """Labelled turns follow the numbered paragraphs (a label opening two lines or more
    after them): the numbers were a consent form's (`Declaration of consent`, `1. I
    understand that my words will be recorded`) above an interview, not a statement; read
    as one, the whole interview after it was its signature. A statement's tail (`Signed:`,
    `Dated:`, `Witness:`) names each field once."""
    seen: set[str] = set()
    for line in tail:
        m = _OPENS_LABEL.match(line.text)
        if m is not None:
            label = m[0].rstrip(": \t").casefold()
            if label in seen:
                return True
            seen.add(label)
    return False


def _opening(lines: list[Line]) -> tuple[int | None, str | None]:
    """The line of the statement's title or preamble, and the name a field or the
    preamble gives so far."""
    name = None
    for i, line in enumerate(lines):
        text = line.text
        if (m := _PREAMBLE.match(text)) is not None:
            return i, m["name"].strip()
        if _TITLE.match(text) and (text.strip() == text.strip().upper()
                                   or line.kind == "heading"):  # a Word heading's style
            return i, name
        if name is None and (f := _FIELD.match(text)) is not None:
            name = f["name"].strip()
    return None, name


def _testimony(lines: list[Line], numbered: list[int], numbers: _Numbers) -> bool:
    """Numbered paragraphs from 1, none opening with a label, most in the first person."""
    bodies = [_NUMBERED.sub("", lines[i].text) for i in numbered]
    if any(_OPENS_LABEL.match(b) for b in bodies):
        return False
    if [numbers.at[i] for i in numbered[:2]] != [1, 2]:
        return False
    return sum(SELF_IN_PROSE.search(b) is not None for b in bodies) * 2 >= len(bodies)


def _sentences(text: str) -> bool:
    """A paragraph of the witness's words between numbered ones: a sentence or more, not
    a heading (`Background`, `Leaving North Korea`)."""
    words = text.split()
    return len(words) > 12 and text.rstrip().endswith((".", "?", "!", "\"", "”", ":"))
