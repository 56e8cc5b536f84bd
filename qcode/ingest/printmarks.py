"""What a browser's print and an archive's download add to a page break: found here, left
out by pages.py with the page numbers and running headers.

A web page printed to PDF by the browser brings its own header and footer to every page
(`browser_print`): Chrome and Edge the date, time and page title at the top (`3/12/24,
10:14 AM Testimony: ...`) and the address with the page of pages at the foot
(`https://.../testimony-31/ 1/3`), Firefox and Safari the title and address, `Page 1 of 3`
and the date. A line of nothing but two of address, page of pages and date with time is
such a footer or header wherever it sits; a line of a title with the date and time before
or after it, or the address after it, is one when the same line comes again or it sits
beside such a footer. Left out like a running header, the halves of a sentence the break
cut are joined again.

An article downloaded from an archive carries the archive's stamp at the foot of every page
(`download_stamps`): JSTOR's `This content downloaded from 203.0.113.5 on Tue, 12 Mar 2024
10:14:22 UTC` / `All use subject to https://about.jstor.org/terms`, a publisher's
`Downloaded from https://... by guest on 12 March 2024`, `Downloaded by [University of X]
at 10:14 12 March 2024`, De Gruyter's `Brought to you by | ... Download Date | 3/12/24`.
Each is left out wherever it sits (an answer says `we downloaded it from a Chinese site`,
never `Downloaded from ... on 12 March 2024` on a line of its own), with the journal's
running header and page number on the line beside it (`222 JOURNAL OF BORDERLAND STUDIES`,
one is enough there), and the halves of a sentence it cut are joined again.
"""

from __future__ import annotations

import re
from collections import Counter

from qcode.ingest.layout import LABEL_START, Line
from qcode.ingest.lazyre import lazy

# what a browser prints at a page's top and foot: the address (in full or cut short with
# `...`), the page of pages (`1/3`, `Page 1 of 3`, `1 of 3`) and the date with the time
# (`3/12/24, 10:14 AM`, `12/03/2024, 10:14`, `2024-03-12 10:14:05`)
_ADDRESS = r"(?:https?://|www\.)\S+"
_WHEN = (r"(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|"
         r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}),?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?"
         r"(?:\s*[AaPp]\.?[Mm]\.?(?!\w))?")
_PRINT_MARK = lazy(rf"(?P<address>{_ADDRESS})|(?P<when>{_WHEN})|"
                   r"(?P<page>(?:[Pp]age\s+)?(?P<n>\d{1,3})\s*(?:/|\bof\b)\s*"
                   r"(?P<of>\d{1,3}))(?=\s|$)")
_BETWEEN = lazy(r"^\s*[|·•–—-]?\s*$")  # what may set the marks apart
# a title with the date and time before or after it, or the address after it
_PRINT_TITLED = lazy(rf"^\s*(?:{_WHEN})\s+\S.{{0,200}}$|^\s*\S.{{0,200}}?\s(?:{_WHEN}|"
                     rf"{_ADDRESS})\s*$")


def browser_print(lines: list[Line], text: list[int]) -> set[int]:
    """The lines of a browser's print header and footer (module docstring)."""
    only = {i for i in text if len(lines[i].text) < 300 and _print_only(lines[i].text)}
    if not only:
        return set()
    seen = Counter(" ".join(lines[i].text.split()) for i in text)
    found = set(only)
    for k, i in enumerate(text):
        s = " ".join(lines[i].text.split())
        beside = {text[j] for j in (k - 1, k + 1) if 0 <= j < len(text)}
        if i not in only and len(s) < 300 and len(s.split()) <= 30 and (
                seen[s] >= 2 or (beside & only and not LABEL_START.match(s))) \
                and _PRINT_TITLED.match(s):  # `Story: Squid...` only when it comes again
            found.add(i)
    return found


# a date as a stamp writes it: `12 March 2024`, `Mar 12, 2024`, `12-03-2024`, `3/12/24`
_DATE = (r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|"
         r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})")
# where a stamp says the file came from: an address, a domain or an IP address
_SITE = r"(?:https?://)?[\w-]+\.[\w-]\S*"  # (`(?:\.[\w-]+)+\S*`: each split tried, a hang)
# what may follow a stamp's date: its time and zone, the terms it is subject to
_STAMP_END = (r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?(?:\s+(?:UTC|GMT|"
              r"[A-Z]{3,4}))?\s*(?:[,;.]\s*(?:(?:all use |use )?subject to|see the terms)\b.*)?[.]?\s*$")
_STAMP = lazy(
    rf"^\s*(?:(?:this (?:content|article|pdf|document) (?:was )?)?downloaded (?:from\s+"
    rf"{_SITE}|by\s+(?:\[|guest\b)).{{0,200}}?\b(?:on|at)\s+\[?(?:[A-Z][a-z]{{2,8}},?\s+|"
    rf"\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s+)?{_DATE}\]?{_STAMP_END}|"
    r"(?:brought to you by|authenticated)\b.{0,160}\bdownload date\b|"
    r"all use subject to\s+(?:https?://\S+|(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,3}\s+"
    r"terms\b))", re.I)
MAX_STAMP = 60  # words
MAX_STAMP_CHARS = 1000  # a stamp is short: a word of 100,000 characters is none


def download_stamps(lines: list[Line], text: list[int],
                     titles: dict[str, list[tuple[int, str]]]) -> set[int]:
    """An archive's download stamp lines, and a running header with its page number
    right beside one (module docstring)."""
    found = {i for i in text if len(lines[i].text) <= MAX_STAMP_CHARS
             and len(lines[i].text.split()) <= MAX_STAMP
             and _STAMP.match(lines[i].text) and lines[i].text.lstrip()[:1].isupper()}
    if not found:
        return set()
    headed = {i for where in titles.values() for i, _ in where}
    at = {i: k for k, i in enumerate(text)}
    for i in sorted(found):
        for j in (text[at[i] - 1] if at[i] else None,
                  text[at[i] + 1] if at[i] + 1 < len(text) else None):
            if j is not None and j in headed and j not in found:
                found.add(j)
    return found


def _print_only(line: str) -> bool:
    """Nothing but two or three of address, page of pages, date with time (two kinds at
    least, spaces or a bar between), and a page of pages, if any, that is one (`4/3` is
    not)."""
    kinds: set[str] = set()
    at = 0
    for m in _PRINT_MARK.finditer(line):
        if not _BETWEEN.match(line[at:m.start()]):
            return False
        if m["page"] and int(m["n"]) > int(m["of"]):
            return False
        kinds.add(str(m.lastgroup if m.lastgroup != "of" else "page"))
        at = m.end()
    return len(kinds) >= 2 and not line[at:].strip()
