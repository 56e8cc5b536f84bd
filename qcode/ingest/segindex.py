"""An oral-history archive's segment index (OHMS) printed with the transcript.

An archive that indexes its interviews with OHMS (the Oral History Metadata Synchronizer)
prints, before or after the transcript, one entry per segment: a time and a title
(`00:12:15 - Dramas and the 109 group`), then fields: `Partial Transcript:` (the segment's
first words, repeating the question), `Segment Synopsis:` (the archivist's third-person
summary, full of theme words: "the payments her mother made to the market manager"),
`Keywords:`, `Subjects:` (`Bribery--Korea (North)`), perhaps `GPS:` or `Hyperlink:`. Read
as labels, `Partial Transcript:` became an interviewer repeating the questions and
`Segment Synopsis:` / `Subjects:` a respondent whose summaries were coded as testimony.

The index is the archivist's words about the interview, context (`index`). It is found by
its fields: at least two lines open with `Partial Transcript:` or `Segment Synopsis:` (an
OHMS field name, not a speaker's), and the index is every line from the first such entry
(its time-and-title line above, if any, and
a heading `INDEX` or `Segment index` above that) to the end of the last field's paragraph. A
transcript with a `Keywords:` header, time stamps or a speaker who mentions a synopsis has
no such fields twice and is read as before.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line

INDEX = "index"
MIN_ENTRIES = 2
# the fields of an OHMS index entry (English labels of the viewer and its printouts)
_FIELD = re.compile(r"^\s{0,8}(?:partial\s+transcript|segment\s+(?:synopsis|title|summary)|"
                    r"keywords|subjects|gps|hyperlink|related\s+resources?)\s{0,4}:", re.I)
_ENTRY = re.compile(r"^\s{0,8}(?:partial\s+transcript|segment\s+synopsis)\s{0,4}:", re.I)
# a segment's time and title: `00:12:15 - Title`, `[00:12:15] Title`, `12:15 – Title`
_SEGMENT = re.compile(r"^\s{0,8}\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s{0,4}(?:[-–—]\s{0,4})?\S")

# the index's own heading: `INDEX`, `Segment Index`, `Interview index`
_HEADING = re.compile(r"^\s{0,8}(?:[A-Za-z]{1,20}\s{1,4}){0,2}index\s{0,4}:?\s{0,4}$", re.I)


def mark_segment_index(lines: list[Line]) -> None:
    """Mark an OHMS segment index's lines as context (the module docstring)."""
    entries = [i for i, line in enumerate(lines) if _ENTRY.match(line.text)]
    if len(entries) < MIN_ENTRIES:
        return
    start = _segment_above(lines, entries[0])
    end = _end_of_fields(lines, entries[-1])
    for line in lines[start:end]:
        if line.text.strip():
            line.kind, line.speaker = INDEX, None


def _segment_above(lines: list[Line], first: int) -> int:
    """The first entry's time-and-title line, if the line above the field is one, and the
    index's heading above that (`INDEX`, `Segment index`), if there is one."""
    start = _above(lines, first, _SEGMENT)
    return _above(lines, start, _HEADING)


def _above(lines: list[Line], at: int, shape: re.Pattern[str]) -> int:
    """The nearest line with text above line `at` if it has `shape`, else `at`."""
    i = at - 1
    while i >= 0 and not lines[i].text.strip():
        i -= 1
    return i if i >= 0 and shape.match(lines[i].text) else at


def _end_of_fields(lines: list[Line], j: int) -> int:
    """Past the last paragraph of the fields that follow the last entry (line j)."""
    while True:
        while j < len(lines) and lines[j].text.strip():
            j += 1  # the field's paragraph
        end, k = j, j
        while k < len(lines) and not lines[k].text.strip():
            k += 1
        if k == len(lines) or not _FIELD.match(lines[k].text):
            return end
        j = k
