"""A talk show's (a broadcast's) sponsor line at a break and its closing credits.

A short unlabelled line saying the show is brought to you by someone, at a break (the
host's `after this short break` before it, or the break's music after it), is an ad, not
the host's words; and a cue that the programme closes (`♪ CLOSING MUSIC ♪`, `[OUTRO
MUSIC]`, `(END CREDITS)`) after the last turn ends the interview, the credits after it
context (notspeech.py applies both). Each is a reading the file does not spell out, so
each is said (talk_show_notices), with how to undo it if it is wrong. Linear: each regex is
anchored or bounded, each block looked at once.
"""

from __future__ import annotations

from qcode.ingest.layout import Block
from qcode.ingest.lazyre import lazy
from qcode.model import Notice
from qcode.plural import counted, plural

# a broadcast's sponsor line on a line of its own, no label above it: `This programme is
# brought to you by Hanul Rice Cookers.` (the show says so, or `brought to you by`)
SPONSOR_LINE = lazy(
    r"^\W*(?:(?:[Tt]his|[Tt]oday['’]s|[Oo]ur|[Tt]onight['’]s) (?:episode|show|podcast|programme|"
    r"program|series|season|broadcast|edition)\b[^.!?]{0,60}? (?:is|are) (?:(?:also|proudly|"
    r"generously) )?(?:supported|sponsored|brought to you|made possible|presented) by\b|"
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} (?:is|are) brought to you by\b)")
SPONSOR_LINE_CHARS = 300
_BREAK_SAID = lazy(r"(?i:\b(?:break|commercials?|word from our sponsors?)\b)")
# a cue that the programme closes (`♪ CLOSING MUSIC ♪`, `[outro music]`, `(END CREDITS)`):
# after the last turn, what follows it unlabelled (the credits) is after the interview
CLOSING_CUE = lazy(r"(?i:\b(?:closing|outro|end|ending|final)\s+(?:music|theme|song|"
                   r"credits|titles|sting|jingle)\b|\bcredits\s+roll\b)")
_CUES = ("sound", "direction")


def sponsor_at_break(found: list[Block], i: int) -> bool:
    """found[i] is a short unlabelled sponsor line at a break (the module docstring)."""
    block = found[i]
    return block.speaker is None and len(block.text) < SPONSOR_LINE_CHARS \
        and SPONSOR_LINE.match(block.text) is not None and at_a_break(found, i)


def at_a_break(found: list[Block], i: int) -> bool:
    """A sponsor line sits at a break: a cue or a marker (context) right after it, or the
    host's line before it says the break (`after this short break`). A respondent's
    paragraph quoting the state broadcaster's announcer sits at neither."""
    after = found[i + 1] if i + 1 < len(found) else None
    before = found[i - 1] if i else None
    return (after is not None and after.kind is not None) or (
        before is not None and bool(_BREAK_SAID.search(before.text[-200:])))


def closing_cue(block: Block) -> bool:
    return block.kind in _CUES and CLOSING_CUE.search(block.text) is not None


def talk_show_notices(found: list[Block], labelled: bool) -> list[Notice]:
    """What was read so, once notspeech.mark_context has read it: each sponsor line made an
    ad, and the credits a closing cue cut off."""
    if not labelled:
        return []
    out = [Notice(b.lines[0].number, (
        f"'{b.text[:60]}' (a line nobody is labelled saying, at a break) is read as the "
        "show's sponsor line, an ad, not coded; if someone in the programme says it, label it"))
        for i, b in enumerate(found) if b.kind == "ad" and sponsor_at_break(found, i)]
    last = max((i for i, b in enumerate(found) if b.speaker is not None), default=None)
    if last is None:
        return out
    cue = next((i for i in range(last + 1, len(found))
                if found[i].kind is not None and (found[i].kind not in _CUES
                                                  or closing_cue(found[i]))), None)
    if cue is None or not closing_cue(found[cue]):
        return out
    cut = [b for b in found[cue + 1:] if b.kind == "after interview"]
    if cut:
        out.append(Notice(found[cue].lines[0].number, (
            f"the closing cue '{found[cue].text[:40]}' ends the programme: the "
            f"{counted(len(cut), 'paragraph')} after it (the credits) "
            f"{plural(len(cut), 'is')} read as after the interview, not coded; if the "
            "interview goes on there, delete or move the cue")))
    return out
