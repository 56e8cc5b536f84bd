"""A Discord server's text Q&A copied from the desktop app.

Discord copies each run of a member's messages under a header alone on its line: the name,
an em dash, the date and time (`sora.kim — 03/14/2024 8:05 PM`, `sora.kim — Today at 8:05
PM`, `— 14.03.2024 20:05`, `— Heute um 20:05`); the member's next message in the run
opens with its time glued on (`[8:06 PM]My mother...`); a bot's or an app's header comes
over three lines (`Carl-bot` / `APP` / ` — 03/14/2024 8:12 PM`); an edited message ends in
`(edited)`; the reactions under a message are an emoji line and a count line. Read as
text, the headers were paragraphs coded in the answer before and speakers were guessed
from `?`. So, when such headers are three or more from two members or more: each header
is its sender's label (no words), the lines under it to the next header their messages, the
glued time the message's time; a bot's messages, reactions, `(edited)` and the channel and
server names above the first header are context. In compact mode, Discord copies a
message a line, `[8:05 PM] sora.kim: text`: read the same way when three or more such lines
come from two members or more and the file has no headers; only with a 12-hour clock, as a
transcript's `[00:12] Interviewer:` time stamps are labels.py's.

Who asks: the member whose messages ask most, as in a chat export (chats.py), and any other
member whose every message asks (an audience member asking the guest directly); the others
answer. A file with labels of its own (`Interviewer:` twice) quoting a few Discord messages
is read as before.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from qcode.ingest.chats import sender_counts
from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_DAY = (r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|"
        r"(?:Today|Yesterday) at|(?:Heute|Gestern) um|(?:Aujourd’hui|Aujourd'hui|Hier) à|"
        r"(?:Hoy|Ayer) a las|(?:Oggi|Ieri) alle|(?:Hoje|Ontem) às|오늘|어제)")
_CLOCK = r"(?:\d{1,2}:\d{2}(?:[ \u202f]?[AP]M)?|(?:오전|오후) \d{1,2}:\d{2})"
_HEADER = lazy(rf"^(?P<name>[^\s—][^—\n]{{0,40}}?)?[ \u00a0]?—[ \u00a0](?P<time>{_DAY}"
               rf"[ \u00a0]{_CLOCK})[ \t]{{0,9}}$")
_GLUED = lazy(rf"^\[(?P<time>{_CLOCK})\][ ]?")
_COMPACT = lazy(r"^\[(?P<time>\d{1,2}:\d{2}[ \u202f][AP]M)\][ ](?P<name>[^\s:\[\]][^:\[\]\n]{0,40}?):"
                r"[ ](?P<text>\S.*)$")
_TAG = lazy(r"^\s*(?:APP|BOT)\s*$")
_EDITED = lazy(r"[ ]?\(edited\)\s*$")
_COUNT = lazy(r"^\s*\d{1,6}\s*$")
_WORD = lazy(r"[^\W_]")
_LABEL = lazy(r"^\s*(?:\*\*)?[A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]{0,20}){0,2}(?:\*\*)?:\s")
_BOT = "bot"


def read_discord(lines: list[Line], roles: Roles) -> list[Notice]:
    """Read a Discord copy (the module docstring); any other file is left as it is."""
    heads = _headers(lines)
    compact = not heads and is_compact_discord(lines)
    if not heads and not compact:
        return []
    sender: str | None = None
    for i, line in enumerate(lines):
        if line.kind in ("before interview", "after interview"):
            continue
        if i in heads:
            sender = heads[i]
            line.kind, line.speaker = "bot" if sender is _BOT else "sender", None
            continue
        m = _COMPACT.match(line.text) if compact else None
        if m:
            sender = m["name"].strip()
            _said(line, sender, m["time"], m.start("text"))
        elif sender is None:
            line.kind = line.kind or ("header" if line.text.strip() else None)
        else:
            _message(line, sender, lines[i - 1])
    return _roles(lines, roles)


def _headers(lines: list[Line]) -> dict[int, str]:
    """Each header's line and its sender (`_BOT` for a bot's), when there are enough."""
    heads: dict[int, str] = {}
    for i, line in enumerate(lines):
        m = _HEADER.match(line.text) if "—" in line.text else None
        if m is None:
            continue
        if m["name"]:
            heads[i] = m["name"].strip()
        elif i >= 2 and _TAG.match(lines[i - 1].text) and lines[i - 2].text.strip():
            heads[i] = _BOT  # `Carl-bot` / `APP` / ` — date`
            for j in (i - 2, i - 1):
                lines[j].kind, heads[j] = "bot", _BOT
    members = {s for s in heads.values() if s is not _BOT}
    text_lines = sum(bool(ln.text.strip()) for ln in lines)
    if len(heads) < 3 or len(members) < 2 or 8 * len(heads) < text_lines \
            or _labelled_apart(lines, heads):
        return {}
    return heads


def is_compact_discord(lines: list[Line]) -> bool:
    """Discord's compact mode: three lines or more `[8:05 PM] name: text`, from two members
    or more, a quarter of the text lines at least."""
    if not any(ln.text.startswith("[") for ln in lines[:50]):
        return False
    said = [m["name"].strip() for ln in lines if (m := _COMPACT.match(ln.text))]
    return len(said) >= 3 and len(set(said)) >= 2 and 4 * len(said) >= sum(
        bool(ln.text.strip()) for ln in lines)


def _labelled_apart(lines: list[Line], heads: dict[int, str]) -> bool:
    """Whether lines that are no headers carry a label used twice (`Interviewer:`)."""
    labels = Counter(m[0].strip() for i, ln in enumerate(lines)
                     if i not in heads and (m := _LABEL.match(ln.text)))
    return any(n >= 2 for n in labels.values())


def _message(line: Line, sender: str, above: Line) -> None:
    """A line under a header: a bot's (context), a reaction or its count, or the sender's
    message, its glued time and its `(edited)` no words."""
    text = line.text
    if not text.strip():
        return
    if sender is _BOT:
        line.kind, line.speaker = "bot", None
    elif not _WORD.search(text) or (_COUNT.match(text) and above.kind == "reaction"):
        line.kind, line.speaker = "reaction", None  # an emoji line, its count under it
    else:
        m = _GLUED.match(text)
        _said(line, sender, m["time"] if m else None, m.end() if m else 0)


def _said(line: Line, sender: str, time: str | None, at: int) -> None:
    text = line.text[at:]
    edited = _EDITED.search(text)
    line.offset, line.text = line.offset + at, text[:edited.start()] if edited else text
    line.kind, line.speaker, line.time = None, sender, time or line.time


def _roles(lines: list[Line], roles: Roles) -> list[Notice]:
    """The member who asks most interviews, and any other whose every message asks."""
    sent, asked, where = sender_counts(lines)
    if not sent:
        return []
    first = min(where.values())
    if any(roles.role(s) == "interviewer" for s in sent):
        return [Notice(first, "read as messages copied from Discord")]
    top, n = asked.most_common(1)[0]
    askers = [top] + [s for s in sent if s != top and asked[s] == sent[s] and sent[s] < n]
    if n < 2:
        return [Notice(first, (
            "read as messages copied from Discord; no member clearly asks, so who interviews "
            "is guessed as in any file; list the interviewer under `interviewers:`"))]
    for s in sent:
        roles.assign(s, "interviewer" if s in askers else "respondent")
    return [Notice(where[top], (
        f"read as messages copied from Discord; took '{top}' as the interviewer ({n} of "
        f"their {sent[top]} messages ask)"
        + (f", and {', '.join(askers[1:])} asking too (every message asks)" if askers[1:]
           else "")
        + " and every other member as a respondent; if that is wrong, list the interviewers "
        "under `interviewers:` in the front matter or in qcode.toml"))]
