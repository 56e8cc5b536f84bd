"""A chat interview with a translator in the group: the translator's renderings of the
respondent's answers are hers, the translator's own messages context.

A respondent who writes in her own language is often interviewed in a group chat where a
pastor, an NGO worker or a friend translates: `[12/03/2019, 21:16] Pastor Han: She writes:
I grew up in Hyesan...`. Read as any chat, the translator was a second respondent, his
renderings his own testimony and his introductions and remarks (`That is a picture of her
school`) testimony too. So, in a chat export (chats.py) where one sender

- opens messages with a rendering mark: `She writes:`, `He says:`, `They wrote:`, the
  respondent's name (`Mi-rae writes:`, `Chol writes:` for Kim Chol: any other sender's
  name or a word of it), or `Translation:`, and
- is a translator by his own word (a message of his says he translates or interprets:
  `I will translate`, `interpreting for her`; in Korean `통역`, `번역`) or by his name
  (`Ji-ho (interpreter)`),

each rendering is the words of the person it renders, its mark no word of them (as
`(Through interpreter)`), and every other message of his is context (kind `translator`).
Whom a `She writes:` renders: the one sender left when the translator and the one who asks
most are set aside; with several left (a group of respondents) only named renderings are
read so, and a pronoun's stay as they were. A respondent who quotes someone once (`She
said: come home`) and never says she translates is read as before.
"""

from __future__ import annotations

import re
from collections import Counter

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.model import Notice
from qcode.plural import counted

_VERBS = r"(?:writes|wrote|says|said|answers|answered|replies|replied|adds|added)"
_MARK = lazy(rf"^\s*(?:(?P<who>(?i:she|he|they)|[A-Z][\w'’-]{{0,30}}(?: [A-Z][\w'’-]{{0,30}})?)"
             rf"\s{_VERBS}|(?i:translation|translated))\s?[:：]\s*(?=\S)")
_PRONOUNS = frozenset({"she", "he", "they"})
_SAYS_TRANSLATES = lazy(r"\b(?:translat|interpret)|통역|번역|翻訳|翻译|traduc|übersetz",
                        re.I)
_TRANSLATOR_NAME = lazy(r"\((?:translator|interpreter|통역|번역)\)|\btranslator\b|"
                        r"\binterpreter\b", re.I)


def read_renderings(lines: list[Line]) -> list[Notice]:
    """Give a translator's renderings to whom they render and make his other messages
    context (the module docstring); a chat without such a sender is left as it is. Returns
    the notice that says so, for the user to check."""
    messages = _messages(lines)
    senders = list(dict.fromkeys(who for m in messages if (who := lines[m[0]].speaker)))
    for translator in senders:
        notice = _as_translator(lines, messages, senders, translator)
        if notice is not None:
            return [notice]
    return []


def _as_translator(lines: list[Line], messages: list[list[int]], senders: list[str],
                   translator: str) -> Notice | None:
    """Read one sender as the translator, when he is one whose renderings are known to be
    someone's (the module docstring); None, the lines untouched, when not."""
    own = [m for m in messages if lines[m[0]].speaker == translator]
    marks = {m[0]: found for m in own if (found := _MARK.match(lines[m[0]].text))}
    if not marks or not _translates(translator, [m for m in own if m[0] not in marks], lines):
        return None
    target = _pronoun_target(lines, messages, translator)
    whom = {i: _whom(mark["who"], senders, translator, target) for i, mark in marks.items()}
    if not any(whom.values()):
        return None  # whose words they are is not known: read as before
    given = Counter(_render(lines[i], marks[i], who) for i, who in whom.items())
    for m in own:
        if m[0] not in marks:  # his own words: an introduction, a remark
            for i in m:
                lines[i].kind, lines[i].speaker = "translator", None
    read = ", ".join(f"{counted(n, 'rendering')} as {who}'s" for who, n in given.items() if who)
    return Notice(lines[own[0][0]].number, (
        f"read '{translator}' as a translator in the chat: renderings opening `She writes:` "
        f"or the like read as the words of whom they render ({read}), the translator's own "
        "messages as context; check these messages"))


def _messages(lines: list[Line]) -> list[list[int]]:
    """Each message's lines: a line with its time opens one (chats.py keeps it), the lines
    under it without a time go on with it."""
    messages: list[list[int]] = []
    for i, line in enumerate(lines):
        if line.time is not None:
            messages.append([i])
        elif messages and line.text.strip():
            messages[-1].append(i)
    return messages


def _translates(sender: str, own: list[list[int]], lines: list[Line]) -> bool:
    return bool(_TRANSLATOR_NAME.search(sender)) or any(
        _SAYS_TRANSLATES.search(lines[i].text) for m in own for i in m)


def _pronoun_target(lines: list[Line], messages: list[list[int]], translator: str) -> str | None:
    """The one sender left when the translator and the one who asks most are set aside."""
    asked: Counter[str] = Counter()
    for m in messages:
        who = lines[m[0]].speaker
        if who and who != translator:
            asked[who] += any("?" in lines[i].text for i in m)
    if len(asked) < 2:
        return None
    asker = asked.most_common(1)[0][0]
    left = [who for who in asked if who != asker]
    return left[0] if len(left) == 1 else None


def _whom(who: str | None, senders: list[str], translator: str,
          target: str | None) -> str | None:
    """Whom a rendering mark names: a sender by name or a word of it, or the pronoun's one."""
    if who is None or who.lower() in _PRONOUNS:
        return target
    named = [s for s in senders if s != translator and (s == who or who in s.split())]
    return named[0] if len(named) == 1 else None


def _render(head: Line, mark: re.Match[str], whom: str | None) -> str | None:
    """The rendering's words its speaker's, the mark cut; left the translator's when it is
    not known whose they are (never given to a guessed speaker, never made context)."""
    if whom is None:
        return None
    head.offset += mark.end()
    head.text = head.text[mark.end():]
    head.speaker = whom
    return whom
