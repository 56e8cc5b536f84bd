"""A book of testimonies: chapters, each one person's first-person account under the
editor's introduction.

An anthology of testimony (a book copied from its PDF, an NGO's collection) gives each
narrator a chapter: a title, a few paragraphs in which the editor presents the narrator in
the third person (`Mrs. Ok was fifty-six when I met her...`, italic in print), then the
narrator's own account, in the first person, with no question anywhere. Read as one
unlabelled testimony, the book's credit line ended the "interview" before it began and the
file was refused (no respondent text); a single testimony would also have made the
narrators one speaker and coded the editor's introductions. Here each chapter's account is
its narrator's turn, and the title page, chapter titles and introductions are context.

A chapter opens with a title (a short line of its own that ends no sentence), one to
three paragraphs about someone in the third person (more `she` / `he` / `her` than `I` /
`my`), then a paragraph in the first person: the account, which runs to the next chapter
(a footnote, already marked by pages.py, inside it is left out); a title inside it ends it
unless the first person goes on after it. The narrator is the person the introduction
opens with (`Mrs. Ok`, `Chul-min`). Read so only with two chapters or more, each
introduction opening with a narrator's name, no two the same, none saying `my` (a
memoir's chapter opening `My father was a carpenter. He...` is no introduction), no
speaker label, and no paragraph that asks without speaking as `I` (an interviewer's
question: an interview, not a book of accounts).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.feature import text_paragraphs
from qcode.ingest.lazyre import lazy
from qcode.ingest.person import SELF
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.layout import Line
    from qcode.ingest.turns import Roles

_THIRD = lazy(r"\b(?:she|he|her|him|his|hers|herself|himself)\b", re.I)
# the person an introduction opens with: `Mrs. Ok (the name...)`, `Chul-min was`, `Kim
# Young-hee, 52,`
_OPENS_WITH = lazy(r"^\W{0,3}((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s{1,3})?[A-Z][\w'’-]{0,30}"
                   r"(?:\s{1,3}[A-Z][\w'’-]{0,30}){0,2})(?=\s{0,3}[(,]|\s{1,3}[a-z])")
_OWN = lazy(r"\b(?:[Mm]y|[Mm]ine|[Mm]yself)\b")  # a memoir's `My father was...`
_NOT_NAMES = {"Father", "Mother", "Grandmother", "Grandfather", "Uncle", "Aunt", "Brother",
              "Sister", "Papa", "Mama", "Granny", "Grandma", "Grandpa",
              "The", "A", "An", "In", "On", "At", "When", "After", "Before", "This", "That",
              "Her", "His", "She", "He", "It", "There", "Born", "Like", "Many", "Most", "Some",
              "Few", "For", "From", "By", "As", "Since", "Until", "While", "Only", "Even",
              "Every", "Each", "One", "Now", "Today", "Later", "We", "They", "Our", "Their"}
_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr"}
_TITLE_WORDS = 12
_MAX_INTRO = 3


def read_chapters(lines: list[Line], roles: Roles) -> list[Notice]:
    """Give each chapter's account its narrator and mark the rest context; an empty list
    (the lines left as they were) when the file is no book of testimonies."""
    paras = text_paragraphs(lines)
    texts = [" ".join(lines[i].text.strip() for i in range(a, b)) for a, b in paras]
    if any(t.rstrip(" \"”’)").endswith("?") and not SELF.search(t) for t in texts):
        return []  # someone asks: an interview
    starts = [(h, k) for h in range(len(paras)) if (k := _intro_length(texts, h))]
    found = [_narrator(texts[h + 1]) for h, _ in starts]
    names = [name for name in found if name]
    if len(starts) < 2 or len(names) < len(found) or len(set(names)) < len(names):
        return []  # an introduction that presents no one, or one person twice: a memoir
    kinds = ["front matter"] * len(paras)
    for n, (h, k) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(paras)
        name = names[n]
        kinds[h] = "heading"
        kinds[h + 1:h + 1 + k] = ["introduction"] * k
        _account(texts, kinds, h + 1 + k, end, name)
    _mark(lines, paras, kinds)
    for name in names:
        roles.assign(name, "respondent")
    who = ", ".join(names)
    return [Notice(lines[paras[starts[0][0]][0]].number, (
        f"read as a book of testimonies: {len(starts)} chapters, each a title, the editor's "
        f"introduction (context) and one person's account in the first person ({who}); if "
        "that is wrong, label the turns"))]


_CONTEXT = {"front matter", "heading", "introduction", "back matter"}  # else a narrator's name


def _mark(lines: list[Line], paras: list[tuple[int, int]], kinds: list[str]) -> None:
    """Each paragraph's lines context of its kind, or its first line the narrator's."""
    for (a, b), kind in zip(paras, kinds, strict=True):
        if kind not in _CONTEXT:
            lines[a].speaker = kind
            continue
        for i in range(a, b):
            lines[i].kind = kind


def _account(texts: list[str], kinds: list[str], start: int, end: int, name: str) -> None:
    """Paragraphs start..end of a chapter: its narrator's, to a title the first person does
    not go on after."""
    told = True
    for p in range(start, end):
        if _title(texts[p]):
            told = p + 1 < end and _first_person(texts[p + 1])
            kinds[p] = "heading"
        else:
            kinds[p] = name if told else "back matter"


def _intro_length(texts: list[str], h: int) -> int:
    """How many introduction paragraphs follow a chapter title at h (0: no chapter
    starts here)."""
    if not _title(texts[h]):
        return 0
    k = 0
    while k < _MAX_INTRO and h + 1 + k < len(texts) and _third_person(texts[h + 1 + k]):
        k += 1
    if k == 0 or h + 1 + k >= len(texts) or not _first_person(texts[h + 1 + k]):
        return 0
    return k


def _title(text: str) -> bool:
    """A short line that ends no sentence: `The Fish Seller of Chongjin`, `Chapter 4`."""
    words = text.split()
    return 0 < len(words) <= _TITLE_WORDS and text.rstrip()[-1] not in ".,;:?!\"”’" \
        and (text.lstrip()[:1].isupper() or text.lstrip()[:1].isdigit())


def _third_person(text: str) -> bool:
    """About someone else, as an editor writes (`when I met her` at most: never `my`)."""
    return not _OWN.search(text) and len(_THIRD.findall(text)) > max(1, len(SELF.findall(text)))


def _first_person(text: str) -> bool:
    return len(SELF.findall(text)) >= 2 and \
        len(SELF.findall(text)) > len(_THIRD.findall(text))


def _narrator(intro: str) -> str | None:
    """The person an introduction opens with (`Mrs. Ok`, `Chul-min`), None when it opens
    with no one's name (`My father was...`, `In 1997 she...`)."""
    m = _OPENS_WITH.match(intro)
    if m is None:
        return None
    words = m[1].split()
    if words[0].rstrip(".") in _TITLES:
        return " ".join(words) if len(words) > 1 else None
    return None if words[0] in _NOT_NAMES else " ".join(words)
