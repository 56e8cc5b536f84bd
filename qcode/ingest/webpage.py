"""What a web page puts after an interview: the author box (`About the author`, `Daniel Cho
is a reporter at...`), the comments (`12 comments`, `Leave a reply`, `Min-jun says:`) and a
list of related articles. Their lines are furniture (furniture.py), but what sits under them,
readers' comments and article titles, is not: a comment that asks (`Did she ever see her
grandmother again?`) was read as the interviewer's last question and the next comment as
the answer. So, after the first question, an author box or a comment section ends the
interview wherever it sits, and so does a related-articles heading followed only by short
lines (titles; a box of links in the middle of a page is followed by the interview going
on). What is cut off that asks is said, with the line.

In the middle of a news page, a newsletter sign-up box (`Newsletter`, its name and blurb,
`Enter your email address`, `Sign up`, `By signing up you agree to our privacy notice.`) and
an audio player (`Listen to this article`, `0:00 / 11:42`) sit between two answers, a line
each: read as speech, the box's lines were answers, coded.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Block, asks, ends_sentence, is_question
from qcode.ingest.lazyre import lazy
from qcode.model import Notice
from qcode.plural import counted, plural

ENDS_PAGE = {"comments", "author"}
# a comment's button (`Reply`, `Report`, `Report this comment`): furniture of a comment
# section, but alone it opens none (a transcript's `REPORT` line is no comments heading)
_BUTTON = lazy(r"^\W{0,3}(?:reply|report(?: this)?(?: comment)?)\W{0,3}$", re.I)
_RELATED_SECTION = lazy(r"^\W*(?:related|more (?:from|in|on)|you (?:may|might) also "
                        r"like|recommended|popular|most read)", re.I)
_WHAT = {"comments": "comments", "author": "author box", "related": "related articles"}
MAX_TITLE = 25  # words: a related article's title; a longer paragraph is the interview


def end_of_page(found: list[Block]) -> list[Notice]:
    """Mark what follows the page's tail (after the first question) as after the interview."""
    _titles_under_links(found)
    _sign_up_boxes(found)
    first = next((i for i, b in enumerate(found) if b.kind is None
                  and (b.speaker is not None or is_question(b))), None)
    tail = None if first is None else _tail(found, first)
    if tail is None:
        return []
    cut = [b for b in found[tail + 1:] if b.kind is None]
    for b in cut:
        b.kind = "after interview"
    asking = [b for b in cut if asks(b.text)]
    if not asking:
        return []
    return [Notice(asking[0].lines[0].number, (
        f"{counted(len(asking), 'paragraph')} ending in '?' after the page's "
        f"{_WHAT[str(found[tail].kind)]} "
        f"(line {found[tail].lines[0].number}) {plural(len(asking), 'is')} read as page text, "
        "not the interview; if "
        "the interview goes on there, mark its end with a line `qcode: end`"))]


def _tail(found: list[Block], first: int) -> int | None:
    """The page's tail after the first question: an author box, comments, or a related
    articles heading with only titles (no paragraph longer than a title) after it."""
    longest_after = [0] * (len(found) + 1)  # the longest speech paragraph after each one,
    for i in range(len(found) - 1, -1, -1):  # up to the next author box or comments; a
        b = found[i]  # labelled turn, however short, is no title: the interview goes on
        longest_after[i] = 0 if _ends_page(b) else max(longest_after[i + 1], (
            b.words if b.speaker is None else MAX_TITLE + 1) if b.kind is None else 0)
    return next((i for i in range(first + 1, len(found)) if _ends_page(found[i]) or (
        found[i].kind == "related" and _RELATED_SECTION.match(found[i].text)
        and longest_after[i + 1] <= MAX_TITLE)), None)


def _ends_page(block: Block) -> bool:
    """An author box or a comment section's heading (not a comment's button alone)."""
    return block.kind in ENDS_PAGE and not (block.kind == "comments"
                                            and _BUTTON.match(block.text))


def _titles_under_links(found: list[Block]) -> None:
    """The titles a box of links lists under its heading (`READ MORE`, `Related`) in the
    middle of a page are links too, not words of the answer around them: short lines that
    neither end a sentence nor ask, up to the first that does. A link that carries its own
    title (`Read more: Why the markets are shrinking`) is one link, no box: the paragraph
    under it is the interview going on (a question that lost its `?` was read as a title)."""
    for i, block in enumerate(found):
        if block.kind != "related" or _OWN_TITLE.match(block.text):
            continue
        for title in found[i + 1:i + 1 + MAX_TITLES]:
            if title.kind is not None or title.speaker is not None or asks(title.text) \
                    or ends_sentence(title.text) or title.words > MAX_TITLE:
                break
            title.kind = "related"


MAX_TITLES = 8  # links a box lists
# a link line with its title after the colon: `Read more: ...`, `Related: ...`
_OWN_TITLE = lazy(r"^\W*(?:read (?:more|next|also)|related(?: articles?| stories| story| posts?| "
                  r"reading)?|see also)\s*:\s*\w", re.I)


# a sign-up box's form: its e-mail field, its consent line (only a box has them)
_SIGN_UP_FORM = lazy(
    r"^\W*(?:(?:enter|type|add) (?:your )?e-?mail(?: address)?(?: here)?|your e-?mail(?: address)?|"
    r"e-?mail address|by (?:signing up|subscribing|registering|entering your e-?mail|clicking"
    r"[^,]{0,30}),? you(?:['’]re| are)? (?:agree|agreeing|consent|accept)\b.*|"
    r"you (?:can|may) unsubscribe at any time\b.*|we(?:['’]ll| will) never share your e-?mail"
    r"\b.*)\W*$", re.I)
# its heading and button (alone, not enough: a box has a form too)
_SIGN_UP = lazy(r"^\W*(?:(?:[\w'’-]+ ){0,3}newsletters?|(?:sign (?:me )?up|subscribe)"
                r"(?: now| for free| here| (?:for|to) [^.!?]{1,50})?|(?:get|receive) "
                r"(?:our|the) [^.!?]{0,40}newsletter\b[^?]*)\W*$", re.I)
MAX_GAP = 2  # lines between two of the box's (its name, its blurb)
# an audio player's line: `0:00 / 11:42`, `Listen to this article · 5 min`
_PLAYER = lazy(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?\s*$|^\W*"
               r"(?:listen to this (?:article|story|interview)|listen)\W*(?:\d{1,3}\s*"
               r"min(?:ute)?s?\W*)?$", re.I)


def _sign_up_boxes(found: list[Block]) -> None:
    """A newsletter box: its lines (heading, button, form field, consent) close together,
    one at least of its form, with at most MAX_GAP short lines between two (the
    newsletter's name, its blurb), each alone on its line; and an audio player's lines."""
    def line(b: Block) -> bool:
        return b.speaker is None and len(b.lines) == 1 and b.words <= MAX_TITLE

    box: list[int] = []
    for i, block in enumerate(found):
        if line(block) and block.kind is None and _PLAYER.match(block.text):
            block.kind = "audio player"
        if not line(block) or not (_SIGN_UP_FORM.match(block.text) or _SIGN_UP.match(block.text)):
            continue
        gap = found[box[-1] + 1:i] if box else []
        if box and (len(gap) > MAX_GAP or not all(line(b) and not asks(b.text) for b in gap)):
            _close_box(found, box)
            box = []
        box.append(i)
    _close_box(found, box)


def _close_box(found: list[Block], box: list[int]) -> None:
    """Mark the box's lines and those between them, when it has a form and another line."""
    if len(box) < 2 or not any(_SIGN_UP_FORM.match(found[i].text) for i in box):
        return
    for block in found[box[0]:box[-1] + 1]:
        if block.kind is None:
            block.kind = "newsletter"
