"""A typed table of contents: a report's list of its sections with their page numbers.

An NGO's Word testimony record, a thesis or a report copied to text opens with `Contents`
and a line per section, its page number after a tab or a leader of dots: `1. Consent<TAB>2`,
`3. Interviewer's assessment ....... 6`. Read as text, a numbered entry was a question
typed in notes (`1. Consent` asked, the next entries answered it) and the consent section
under it the respondent's. Such lines are context (`contents`) when at least two stand in a
row (blank lines between allowed), each short, ending in its page number after a tab or dots,
the numbers never going down: one line ending in a number after a tab is a table row or an
answer, a run of them whose numbers fall is a list of counts, not pages.
"""

from __future__ import annotations

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

_PAGE = lazy(r"(?<!\d)\d{1,4}$")  # the page number ending an entry
MIN_ENTRIES = 2


def mark_contents(lines: list[Line]) -> None:
    """Mark each run of contents entries (the module docstring) as context."""
    run: list[tuple[Line, int]] = []
    for line in [*lines, Line(0, 0, "x")]:  # a line of text closes the last run
        if not line.text.strip() and run:
            continue
        page = _entry(line.text) if line.kind is None else None
        if page is not None and (not run or page >= run[-1][1]):
            run.append((line, page))
            continue
        if len(run) >= MIN_ENTRIES:
            for entry, _ in run:
                entry.kind = "contents"
        run = [(line, page)] if page is not None else []


def _entry(text: str) -> int | None:
    """The page number of a contents entry: a title of up to 80 characters, no tab in it,
    then a tab or a leader of three dots or more (`.....`, `. . .`), then the number. Read
    by hand from the line's end: a regex with a lazy title before the dots backtracked
    (milliseconds a line)."""
    line = text.rstrip(" \t")
    m = _PAGE.search(line) if len(line) <= MAX_ENTRY else None
    if m is None:
        return None
    before = line[:m.start()].rstrip(" ")
    title = before.rstrip(". ")
    leader = before[len(title):]
    tabbed = before.endswith("\t")
    if not tabbed and leader.count(".") < 3:
        return None
    title = title.rstrip("\t ")
    if not title.strip() or "\t" in title or len(title) > 80:
        return None
    return int(m[0])


MAX_ENTRY = 120  # characters: longer is text, not an entry
