"""Chat exports: a WhatsApp or KakaoTalk chat saved as text, a newspaper's live reader chat.

An interview done by message is exported one message a line, its sender and time in front:
WhatsApp's `04/03/2021, 21:05 - Lena: text` (the US `3/4/21, 9:05 PM - Lena:`, iOS's
`[04/03/2021, 21:05:13] Lena: text`), KakaoTalk's `[Lena] [9:05 PM] text` (its phone's
`2021. 3. 4. 오후 9:05, Lena : text`). Read as text, the date and time opened every turn
as words, short messages were headings and speakers were guessed from `?`. So, when such
lines are at least a quarter of the file's lines, from two senders or more: each is its
sender's message (its time kept as the line's time, never words); a line under it is the
same message going on; WhatsApp's lines without a sender (the encryption notice, `X
created group`, `X added Y`; an iPhone's put them under the admin's name, their text opened
by a left-to-right mark or naming the sender again), the export's header, KakaoTalk's date
dividers and `X joined` / `X left` lines, and placeholders sent as messages (`<Media
omitted>`, `Missed voice call`, `This message was deleted`, `Photo`, `Emoticon`, in a few
languages) are context. A translator in the group: chatrenderings.py. LINE's export
(`21:02<TAB>Sora<TAB>text`, linechat.py) is read the same way.
A file quoting a few such lines inside an interview is read as before.

Telegram Desktop copies messages with a header alone above each one: `Han Ji-woo,
[04.02.2022 20:13]` (`[4/2/22 8:13 PM]`, `[4 February 2022 at 20:13]` in other settings),
then the message's lines. Read as text, the header was the turn's first words. So such a
header is its sender's label, the lines under it (to the next header) the message; what
Telegram writes into a message is context: `[In reply to X]`, `[Forwarded from X]` with the
whole forwarded message under it (someone else's words: a news item, another chat), and
media placeholders in brackets (`[Photo]`, `[ Sticker ]`).

Who interviews: a chat has no labels that say it. The sender whose messages ask most
(messages with a `?`) is the interviewer when they ask at least twice and twice as often
as anyone else, the others respondents (a notice says so); otherwise nothing is decided
here (turns.infer_interviewer still looks, and warns).

A live reader chat (`1:02 [Comment From Lisa, Toronto] question`, CoveritLive's form, also
`[Comment From Lisa: ]`) takes questions from readers: each reader is an interviewer of
their own; of the people whose lines carry a time and a name (`1:05 Kwon Bo-ra: ...`), the
one who speaks most often right after a reader is the guest (respondent), every other one
a moderator (interviewer), as the paper's reporter who welcomes, hands over and signs off.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcode.ingest.chatrenderings import read_renderings
from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.ingest.linechat import DATE as LINE_DATE
from qcode.ingest.linechat import FURNITURE, is_line_export, line_head, unquote
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_DATE = r"\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{1,4}\.?"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[\s\u202f]?[AaPp]\.?\s?[Mm]\.?)?"
_MARKS = "\u200e\u200f\ufeff"
# WhatsApp: `date, time - body` (Android) or `[date, time] body` (iOS); body `Name: text`
_WHATSAPP = lazy(
    rf"^[{_MARKS}]?\s*(?:\[(?P<b>{_DATE},?\s{_CLOCK})\]|(?P<a>{_DATE},?\s{_CLOCK})\s[-–])"
    r"\s(?P<body>.*)$")
# Telegram Desktop: `Name, [date time]` alone on its line, the message under it
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?")
_WORD_DATE = rf"(?:\d{{1,2}}\s{_MONTH}\s\d{{4}}|{_MONTH}\s\d{{1,2}},?\s\d{{4}})"
_TELEGRAM = lazy(
    rf"^[{_MARKS}]?\s*(?P<name>[^\[\]:\n]{{1,40}}?),\s\[(?P<time>(?:{_DATE}|{_WORD_DATE}),?"
    rf"\s(?:at\s)?{_CLOCK})\]\s*$")
_FORWARDED = lazy(r"^\s*\[Forwarded from [^\]\n]{1,80}\]\s*$")
_REPLY = lazy(r"^\s*\[In reply to [^\]\n]{1,80}\]\s*$")
_MEDIA = lazy(r"^\s*\[\s?(?:Photo|Album|Video|Video message|Voice message|Sticker|GIF|"
              r"File|Audio|Music|Document|Poll|Location|Contact|Game|Invoice)"
              r"(?:\s?[:,][^\]\n]{0,80})?\s?\]\s*$")
_SENDER = lazy(rf"^[{_MARKS}]?(?P<name>[^:\"“”<>\n]{{1,40}}?):(?:\s(?P<text>.*))?$")
_HALF = r"(?:오전|오후|AM|PM|午前|午後)"
_KAKAO = lazy(
    rf"^\s*\[(?P<name>[^\[\]\n]{{1,40}})\]\s\[(?P<time>{_HALF}\s?\d{{1,2}}:\d{{2}}|"
    r"\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)\]\s?(?P<text>.*)$")
_KAKAO_PHONE = lazy(
    rf"^\s*(?P<time>\d{{4}}\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?\s{_HALF}?\s?\d{{1,2}}:\d{{2}}),\s"
    r"(?P<name>[^:\n]{1,40}?)\s:\s(?P<text>.*)$")
# a divider of dashes around a date (KakaoTalk PC), a date alone (its phone's export)
_DIVIDER = lazy(r"^\s*(?:-{5,} ?[^-\n]{1,60}? ?-{5,}|\d{4}년 \d{1,2}월 \d{1,2}일\s?\S*)\s*$")
# what a member's joining or leaving says, on a line of its own
_JOINED = lazy(r"^\s*\S.{0,40}?\s(?:joined|left|has left|left this chatroom|"
               r"joined this chatroom|invited .{1,80})\.?\s*$|"
               r"^\s*\S.{0,40}님[이을]\s.{0,40}(?:들어왔습니다|나갔습니다|초대했습니다)\.?\s*$")
# a message that is no words of the sender: media and call placeholders, deleted messages
_PLACEHOLDER = lazy(
    r"^\s*[\u200e]?(?:<[^<>\n]{1,40}>|(?:image|video|audio|sticker|GIF|document|"
    r"contact card|photo) omitted|"
    r"\S{1,12} (?:omitted|weggelassen|omis|omise|omitido|omitida|omesso|omessa)|"
    r"this message was deleted\.?|you deleted this message\.?|"
    r"this message has been deleted\.?|missed (?:voice|video|group voice|group video) call|"
    r"(?:photo|video|emoticon|sticker|file|voice message|audio|사진|동영상|이모티콘|파일|"
    r"음성메시지)(?:\s\d{1,3})?|삭제된 메시지입니다\.?|null)\s*$", re.I)
# an iPhone export's system lines carry a sender: the admin, named again in the text
_ENCRYPTED = lazy(r"^(?:Messages and calls are end-to-end encrypted|Messages to this group "
                  r"are now secured)")
_NAMED = r"(?:you|[^\W\d_a-z][\w'’-]{0,30}(?: [^\W\d_a-z][\w'’-]{0,30}){0,3})"
_ACTS = lazy(rf"(?:created group [\"“][^\"“”\n]{{1,100}}[\"”]|created this group|left|"
             rf"(?:added|removed) {_NAMED}(?:(?:, | and ){_NAMED}){{0,20}}|"
             r"joined using this group's invite link|changed the subject (?:from|to) .{1,200}|"
             r"changed (?:this group's|the group) (?:icon|description|settings).{0,80}|"
             r"changed their phone number.{0,120})\.?\s*$")
_COMMENT = lazy(
    rf"^\s*(?P<time>{_CLOCK})\s+\[Comment From\s+(?P<name>[^\]\n]{{1,60}}?)\s*:?\s*\]"
    r"\s*(?P<text>.*)$", re.I)
_TIMED = lazy(
    rf"^\s*(?P<time>{_CLOCK})\s+(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,3}}):"
    r"\s+(?P<text>.*)$")
_LABEL = lazy(r"^\s*(?:\*\*)?([A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]{0,20}){0,2})(?:\*\*)?:\s")
_WORD = lazy(r"[^\W_]")
_AS_WRITTEN = ("before interview", "after interview")  # the user's own bounds win
MIN_MESSAGES = 3


def read_chat(lines: list[Line], roles: Roles) -> list[Notice]:
    """Read a chat export or a live reader chat (the module docstring); any other file is
    left as it is. Returns what the user should check (who was taken to interview)."""
    if sum("Comment From" in ln.text[:40] for ln in lines) >= 2:
        notices = _live_chat(lines, roles)
        if notices is not None:
            return notices
    line_export = is_line_export(lines)
    heads = [_head(ln.text) or (line_head(ln.text) if line_export else None) for ln in lines]
    if not _a_chat(lines, heads):
        return []
    first = next(i for i, h in enumerate(heads) if h is not None)
    above: _Above | None = None  # the message under a Telegram header
    for i, (line, head) in enumerate(zip(lines, heads, strict=True)):
        if line.kind in _AS_WRITTEN:
            continue
        if head is not None:
            alone = _TELEGRAM.match(line.text)
            _message(line, *head)
            above = _Above(head[0], head[1]) if alone else None
            if alone:  # a label alone: no words, its sender on the lines under it
                line.speaker = None
        elif i < first:
            line.kind = line.kind or ("header" if line.text.strip() else None)
        elif above is not None:
            above.read(line)
        else:
            line.kind = _between(line.text)
    if line_export:
        unquote(lines)
    translated = read_renderings(lines)  # a translator's `She writes: ...`
    return translated + _chat_roles(lines, roles)


@dataclass
class _Above:
    """A message under a Telegram header: its sender and time, whether it is a forwarded one
    and whether its sender's words have begun."""
    sender: str
    time: str
    forwarded: bool = False
    begun: bool = False

    def read(self, line: Line) -> None:
        """A line of the message: the sender's words (its first paragraph carries the
        sender and time, the next ones go on in the same turn), or what Telegram wrote
        in (context)."""
        text = line.text
        if not text.strip():
            return
        self.forwarded = self.forwarded or bool(_FORWARDED.match(text))
        if self.forwarded:
            line.kind, line.speaker = "forwarded", None
        elif _REPLY.match(text):
            line.kind = "reply"
        elif _MEDIA.match(text) or _PLACEHOLDER.match(text):
            line.kind = "media"
        elif not _WORD.search(text):  # an emoji or a sticker's symbol alone: no words
            line.kind = "reaction"
        else:
            line.kind = None
            if not self.begun:
                line.speaker, line.time, self.begun = self.sender, self.time, True


def _a_chat(lines: list[Line], heads: list[tuple[str, str, str, int] | None]) -> bool:
    """Three messages or more from two senders or more, a quarter of the file's lines at
    least, and no other labels."""
    said = [h for h in heads if h is not None and h[0]]
    text_lines = sum(bool(ln.text.strip()) for ln in lines)
    return len(said) >= MIN_MESSAGES and len({h[0] for h in said}) >= 2 \
        and 4 * sum(h is not None for h in heads) >= text_lines \
        and 2 * _prose(lines, heads) <= len(said) and not _labelled_apart(lines, heads)


def _prose(lines: list[Line], heads: list[tuple[str, str, str, int] | None]) -> int:
    """Paragraphs that are no message, after a blank line, below the first message: an
    export puts a message a line (a line under it goes on with it), while an unlabelled
    interview quoting a few messages has its questions and answers around them."""
    first = next((i for i, h in enumerate(heads) if h is not None), len(lines))
    return sum(1 for i in range(max(first, 1), len(lines))
               if heads[i] is None and lines[i].text.strip() and not lines[i - 1].text.strip())


def _labelled_apart(lines: list[Line], heads: list[tuple[str, str, str, int] | None]) -> bool:
    """Whether lines that are no messages carry a label used twice (`Interviewer:`): an
    interview quoting a few messages inside an answer, read as before."""
    labels = Counter(m[1] for ln, h in zip(lines, heads, strict=True)
                     if h is None and (m := _LABEL.match(ln.text)))
    return any(n >= 2 for n in labels.values())


def _head(text: str) -> tuple[str, str, str, int] | None:
    """A message's sender ('' for a system line), time, text and where its text starts."""
    m = _WHATSAPP.match(text)
    if m:
        time = m["a"] or m["b"]
        sent = _SENDER.match(m["body"])
        if sent and sent["name"].count(" ") < 5:
            return sent["name"].strip(), time, sent["text"] or "", \
                m.start("body") + (sent.start("text") if sent["text"] else len(m["body"]))
        return "", time, m["body"], m.start("body")
    m = _KAKAO.match(text) or _KAKAO_PHONE.match(text)
    if m:
        return m["name"].strip(), m["time"], m["text"], m.start("text")
    m = _TELEGRAM.match(text)
    if m:
        return m["name"].strip(), m["time"], "", len(text)
    return None


def _message(line: Line, sender: str, time: str, text: str, at: int) -> None:
    line.time, line.offset, line.text = time, line.offset + at, text
    if not sender:
        line.kind = "system"
    elif _PLACEHOLDER.match(text) or FURNITURE.match(text):
        line.kind = "media"
    elif text.startswith("\u200e") or _ENCRYPTED.match(text) or _acts(sender, text):
        line.kind = "system"  # iPhone's: the group's notices under the admin's name
    elif text.strip() and not _WORD.search(text):  # an emoji or a sticker's symbol alone: no words
        line.kind = "reaction"
    else:
        line.kind, line.speaker = None, sender


def _acts(sender: str, text: str) -> bool:
    """An iPhone's system line under its admin's name: `Ana Lim added Tom Berg` sent by
    `Ana Lim` (or `Ana Lim (interpreter)`)."""
    name = sender.split(" (")[0]
    return text.startswith(f"{name} ") and _ACTS.match(text, len(name) + 1) is not None


def _between(text: str) -> str | None:
    """A line between messages: a date divider, a member joining, or the message above
    going on (whatever else was made of it: an export's lines are its sender's)."""
    if _DIVIDER.match(text) or LINE_DATE.match(text):
        return "date"
    if _JOINED.match(text) or _PLACEHOLDER.match(text) or FURNITURE.match(text):
        return "system"
    return None


def sender_counts(lines: list[Line]) -> tuple[Counter[str], Counter[str], dict[str, int]]:
    """Per sender of a chat: messages sent, messages that ask, the line of the first; who
    interviews in a chat is told by who asks (here and in discord.py)."""
    sent: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    where: dict[str, int] = {}
    for line in lines:
        if line.speaker is not None:
            sent[line.speaker] += 1
            asked[line.speaker] += "?" in line.text
            where.setdefault(line.speaker, line.number)
    return sent, asked, where


def _chat_roles(lines: list[Line], roles: Roles) -> list[Notice]:
    """The sender who asks most interviews, when clearly so (the module docstring)."""
    sent, asked, where = sender_counts(lines)
    if any(roles.role(s) == "interviewer" for s in sent):
        return []  # the user said who interviews
    ranked = asked.most_common()
    top, n = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    if n < 2 or n < 2 * runner:
        return [Notice(min(where.values()), (
            f"read as a chat export; no sender clearly asks most ('{top}': {n} messages "
            f"ask, another: {runner}), so who interviews is guessed as in any file; list "
            "the interviewer under `interviewers:` in the front matter or in qcode.toml"))]
    roles.assign(top, "interviewer")
    for sender in sent:
        if sender != top:
            roles.assign(sender, "respondent")
    return [Notice(where[top], (
        f"read as a chat export; took '{top}' as the interviewer ({n} of their {sent[top]} "
        f"messages ask, {runner} of anyone else's) and every other sender as a respondent; "
        "if that is wrong, list the interviewer under `interviewers:` in the front matter "
        "or in qcode.toml"))]


def _live_chat(lines: list[Line], roles: Roles) -> list[Notice] | None:
    """Readers' comments and the timed lines of the guest and the moderator; None when
    fewer than two comments are read."""
    comments = [(i, m) for i, ln in enumerate(lines) if (m := _COMMENT.match(ln.text))]
    if len(comments) < 2:
        return None
    timed = {i: m for i, ln in enumerate(lines) if (m := _TIMED.match(ln.text))}
    for i, m in [*comments, *timed.items()]:
        _said(lines[i], m)
    for _, m in comments:
        roles.assign(" ".join(m["name"].split()), "interviewer")
    after = _answering(lines, [i for i, _ in comments], timed)
    at = lines[comments[0][0]].number
    if not after:
        return [Notice(at, "read as a live reader chat, but no one named answers the "
                       "readers; check who is the respondent")]
    guest = after.most_common(1)[0][0]
    roles.assign(guest, "respondent")
    hosts = sorted({lines[i].speaker or "" for i in timed} - {guest})
    for host in hosts:
        roles.assign(host, "interviewer")
    said = f"; {', '.join(hosts)} moderating (interviewer)" if hosts else ""
    return [Notice(at, (
        f"read as a live reader chat: each reader who comments asks (interviewer); took "
        f"'{guest}' as the guest who answers ({after[guest]} of {len(comments)} comments "
        f"answered){said}; if that is wrong, list the interviewers under `interviewers:` in "
        "the front matter or in qcode.toml"))]


def _said(line: Line, m: re.Match[str]) -> None:
    """A comment's or a timed line's speaker and time, its text what follows them."""
    if line.kind not in _AS_WRITTEN:
        line.kind, line.speaker, line.time = None, " ".join(m["name"].split()), m["time"]
        line.offset, line.text = line.offset + m.start("text"), m["text"]


def _answering(lines: list[Line], comments: list[int],
               timed: dict[int, re.Match[str]]) -> Counter[str]:
    """How often each person with timed lines speaks right after a reader's comment."""
    after: Counter[str] = Counter()
    for i in comments:
        j = next((k for k in range(i + 1, len(lines)) if lines[k].speaker is not None), None)
        if j is not None and j in timed:
            after[lines[j].speaker or ""] += 1
    return after
