"""Headings that are the interviewer's questions.

A blog post or a magazine's file may set each question as a heading (`## How did you
leave?`, a Word Heading 2) and the answer as plain paragraphs under it. Read as section
titles, the questions were context and every answer an introduction before the first
question: nothing the interviewee said was coded. In a file without labels, headings that ask
are its questions when at least two of them ask, each with a paragraph under it, and more
headings ask than plain paragraphs do (a page whose questions are plain paragraphs keeps its
headings as titles, even one that asks).
"""

from __future__ import annotations

from itertools import pairwise

from qcode.ingest.layout import Block, asks, is_question


def questions_in_headings(found: list[Block]) -> None:
    """Headings that ask, with speech under them, become speech (questions) when they
    outnumber the plain paragraphs that ask."""
    asking = [a for a, b in pairwise(found) if a.kind == "heading" and asks(a.text)
              and _plain(b)]
    plain = sum(_plain(b) and is_question(b) for b in found)
    if len(asking) >= 2 and len(asking) > plain:
        for block in asking:
            block.kind = None


def _plain(block: Block) -> bool:
    """Speech with no label."""
    return block.kind is None and block.speaker is None
