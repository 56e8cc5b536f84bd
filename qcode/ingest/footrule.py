"""Footnotes typed under a rule at the foot of a Word document.

A transcript typed in Word may end with its notes set by hand rather than as Word's own
footnotes: the mark typed as a digit glued to the word it annotates (`per driver.1`), a
rule of dashes or em dashes (`—————`), then the note as a paragraph opening with its number
(`1 The interviewee was unsure whether...`). Read as paragraphs, the rule and the note went
on the last turn, a closing question's. pages.py finds such notes in text copied from a PDF,
line by line; a Word file's paragraphs are read here: after a rule, each paragraph opening
with a number the text glued to a word is a footnote (its number taken off the word), and
the first that is not one ends the notes. A numbered paragraph under a rule whose number no
word carries (`1 Never sell in the open.`, a list) stays text.
"""

from __future__ import annotations

from qcode.ingest.kinds import RULE
from qcode.ingest.layout import Line
from qcode.ingest.pages import MARKER, NOTE, unglue_markers


def notes_under_rule(lines: list[Line]) -> None:
    """Mark the footnotes under a rule (the module docstring)."""
    rules = [i for i, ln in enumerate(lines) if RULE.match(ln.text)]
    if not rules:
        return
    markers = {m[1] for ln in lines[:rules[-1]] if ln.kind is None
               for m in MARKER.finditer(ln.text)}
    noted: set[str] = set()
    for i in rules:
        for line in lines[i + 1:]:
            if not line.text.strip():
                continue
            note = NOTE.match(line.text)
            if note is None or note[1] not in markers or line.kind not in (None, "footnote"):
                break
            line.kind = "footnote"
            noted.add(note[1])
        if noted or lines[i].kind is None:
            lines[i].kind = "rule"
    unglue_markers(lines, noted)
