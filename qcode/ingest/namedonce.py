"""A label-free Q&A that names its respondent once, in round brackets opening the first
answer, as a magazine sets a pseudonym: `1) Where were you stationed?` / `(Oh Tae-sik) On the
Tumen, near Musan...`, then never again; and the editors' note on him after the last
answer, `Mr. Oh now works in construction near Incheon.` (eval32's num01: the name was read
as the answer's first words and the respondent left unnamed `Respondent`; the note was read
as the last answer's paragraph and coded).

The name counts only when the file has no labels, the line it opens follows a question (a
line ending `?`), no other line opens with a name in brackets, and it names a person (not a
sound or a delivery: `(Laughs)`, `(Quietly)`, `(Translated)`); a one-word name must occur
elsewhere in the file too (`call him Mr. Oh`). The note counts only as the file's last
paragraph of text, one line after a blank line that follows no question, opening with the
respondent named in the third person (`Mr. Oh`, `Ms. Tae-sik`, `Oh Tae-sik`), with no `I`,
`my`, `we` outside quotation marks: the respondent never calls himself `Mr. Oh`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.ingest.cuenames import delivery
from qcode.ingest.kinds import STAGE
from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.ingest.person import SELF_OR_GROUP
from qcode.ingest.speakers import a_name
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_OPENING = lazy(r"^\s*\((?P<name>[A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30}){0,3})\)[ \t]+(?=\S)")
_HONORIFIC = lazy(r"^\s*(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s(?P<word>[\w'’-]{1,30})")
_QUOTED = lazy(r"\"[^\"]{0,2000}\"|“[^”]{0,2000}”")
_MAX_NOTE = 300


def name_in_brackets(lines: list[Line], roles: Roles) -> list[Notice]:
    """Read the name opening the first answer as the respondent's (no words of the answer)
    and the note on him after the last answer as context of kind `note`."""
    if any(line.speaker for line in lines):
        return []
    found = [(i, m) for i, line in enumerate(lines)
             if line.kind is None and "(" in line.text[:3] and (m := _OPENING.match(line.text))]
    if len(found) != 1:
        return []
    i, m = found[0]
    name = m["name"]
    before = next((ln for ln in reversed(lines[:i]) if ln.text.strip()), None)
    if before is None or not before.text.rstrip().endswith("?") or not _a_person(name, lines, i):
        return []
    line = lines[i]
    line.offset += m.end()
    line.text = line.text[m.end():]
    roles.respondent_names.add(name.lower())
    roles.respondent_shown = name
    notices = [Notice(line.number, (
        f"'({name})' opening the first answer read as the respondent's name, not words of "
        "the answer; every unlabelled answer is theirs"))]
    return notices + _closing_note(lines, name)


def _a_person(name: str, lines: list[Line], at: int) -> bool:
    """A person's name, not a sound or a delivery; one word only if the file says it again."""
    words = name.split()
    if not a_name(name) or STAGE.intersection(w.lower() for w in words) \
            or delivery(name):
        return False
    return len(words) > 1 or any(name in line.text for k, line in enumerate(lines) if k != at)


def _closing_note(lines: list[Line], name: str) -> list[Notice]:
    """The last paragraph of text, when it is the editors' note on the respondent."""
    last = next((k for k in range(len(lines) - 1, -1, -1)
                 if lines[k].text.strip() and lines[k].kind is None), None)
    if last is None or last == 0 or lines[last - 1].text.strip():
        return []
    line = lines[last]
    before = next((ln for ln in reversed(lines[:last]) if ln.text.strip()), None)
    if before is None or before.text.rstrip().endswith("?") or len(line.text) > _MAX_NOTE \
            or SELF_OR_GROUP.search(_QUOTED.sub("", line.text)) or not _names(line.text, name):
        return []
    line.kind = "note"
    return [Notice(line.number, f"the note on {name} after the last answer read as context")]


def _names(text: str, name: str) -> bool:
    """Whether `text` opens naming the respondent in the third person."""
    if text.lstrip().startswith(name):
        return True
    m = _HONORIFIC.match(text)
    return m is not None and m["word"] in name.split()
