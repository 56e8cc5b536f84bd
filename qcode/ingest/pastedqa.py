"""A published Q&A pasted from a web page one paragraph per line, with blank lines only
around its furniture (a title and credit above, a note or a rule below) and none between
the paragraphs of the interview: `**How did you leave?**` (or a plain line ending in `?`),
then the answer's paragraphs a line each, then the next question.

layout.py decides a file's paragraphs from the file as a whole: in a file that uses blank
lines, lines inside one block are joined unless they are long (a transcript that sets each
sentence of a paragraph on a line of its own keeps its paragraphs). Here the blank lines
were the furniture's, and the whole interview was one block: the answers were joined with
the questions into paragraphs the interviewer said, and went uncoded.

A block is read a line per paragraph (a line ending mid-sentence is a hard wrap, joined to
the next) when it is unmistakably a run of exchanges rather than
one speaker's paragraph: most of its lines end a sentence, at least two short lines that
ask (or are set in bold as a whole) are each followed by a line that does not, and such
blocks hold at least half the file's lines (the interview, not one paragraph of a
transcript whose speaker asks rhetorical questions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.ingest.sentences import asks, ends_sentence

if TYPE_CHECKING:
    from qcode.ingest.layout import Line

_SHORT_QUESTION = 40  # words


def _asks(text: str) -> bool:
    """A short line ending in `?`, or set in bold as a whole (`**Tell us about it.**`)."""
    s = text.strip()
    bold = len(s) > 4 and s[:2] in ("**", "__") and s[-2:] == s[:2] and s[:2] not in s[2:-2]
    return len(s.split()) <= _SHORT_QUESTION and (bold or asks(s))


def exchanges(lines: list[Line], inner: list[int]) -> set[int]:
    """The inner lines (followed by another line of their block) that end their paragraph
    because their block is a run of exchanges (the module docstring)."""
    runs: list[list[int]] = []
    for i in inner:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    found: set[int] = set()
    held = 0  # the lines of the blocks found
    for run in runs:
        block = [*run, run[-1] + 1]  # the block's lines: its inner lines and the last one
        if _exchanging(lines, block):  # a line ending mid-sentence is wrapped: joined
            found.update(i for i in run if _asks(lines[i].text) or ends_sentence(lines[i].text))
            held += len(block)
    return found if 2 * held >= sum(1 for ln in lines if ln.text.strip()) else set()


def _exchanging(lines: list[Line], block: list[int]) -> bool:
    texts = [lines[i].text for i in block]
    if len(texts) < 4 or 5 * sum(ends_sentence(t) for t in texts) < 3 * len(texts):
        return False
    asked = [_asks(t) for t in texts]
    turns = sum(1 for k in range(len(texts) - 1) if asked[k] and not asked[k + 1])
    return turns >= 2
