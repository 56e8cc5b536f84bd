"""A page without labels that sets its questions in bold (a blog's or a magazine's Q&A in
Markdown or Word), around its questions and answers.

The writer's name in bold may label the first question only (`**Tobias Renwick:** Mrs. Lim,
you told me...`), the other questions bold and unlabelled: used once, the name is no
credible label, and it was read as the question's first words. When every other question
is bold, the first question's bold name is its label, no words.

After the last answer the writer may close in italics (`*Thank you to Mrs. Lim and to Kim
Da-som for interpreting.*`): read as the answer's last paragraph, the thanks was coded as
the interviewee's words. On such a page, the italic paragraphs that end the speech after
the last answer are a closing note, when the answer above is not in italics and no answer
before it has a paragraph in italics (a page that sets some of her words in italics keeps
them hers). labels.py's closing note is the same for a labelled page.
"""

from __future__ import annotations

from qcode.ingest.labeltext import NAME
from qcode.ingest.layout import Block, is_question
from qcode.ingest.lazyre import lazy
from qcode.ingest.speakers import a_name

_BOLD_LABEL = lazy(rf"^\s{{0,8}}(?:\*\*(?P<a>{NAME}):\*\*|__(?P<b>{NAME}):__)[ \t]{{1,8}}(?=\S)")
MAX_NOTE = 2  # italic paragraphs in a closing note
MAX_NOTE_WORDS = 60


def bold_page(found: list[Block], asked: list[int]) -> None:
    """The first question's bold name and the closing italic note, on a page whose
    questions (`asked`: their places in `found`) are set in bold (the module docstring)."""
    questions = [found[i] for i in asked if is_question(found[i])]
    if len(questions) < 3 or any(b.emphasis != "bold" for b in questions[1:]):
        return
    _first_label(questions[0])
    _closing_note(found, asked)


def _first_label(block: Block) -> None:
    line = block.lines[0]
    m = _BOLD_LABEL.match(line.text)
    if m is None or block.emphasis == "bold" or not a_name(m["a"] or m["b"]):
        return
    line.offset += m.end()
    line.text = line.text[m.end():]
    block.text = " ".join(ln.text.strip() for ln in block.lines)


def _speech(block: Block) -> bool:
    return block.kind is None and block.speaker is None


def _closing_note(found: list[Block], asked: list[int]) -> None:
    after = [b for b in found[asked[-1] + 1:] if _speech(b)]
    notes = len(after)
    while notes and after[notes - 1].emphasis == "italic":
        notes -= 1
    closing = after[notes:]
    answers = [b for b in found[asked[0]:asked[-1]] if _speech(b) and not is_question(b)]
    if not closing or notes == 0 or len(closing) > MAX_NOTE \
            or any(b.words > MAX_NOTE_WORDS for b in closing) \
            or any(b.emphasis == "italic" for b in [*answers, *after[:notes]]):
        return
    for block in closing:
        block.kind = "closing note"
