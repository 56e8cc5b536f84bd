"""An interview record's notes in parentheses, on lines of their own.

An asylum, police or tribunal interview record is typed by the officer, who puts what the
interpreter explained or what happened in the room in brackets between the numbered
answers: `(Interpreter clarified: the applicant refers to money paid to a workplace in
exchange for not attending.)`, `(The applicant was shown a map of the border.)`. Hard-wrapped,
the note runs over two or three lines; read as lines of the answer above, it is coded and
quoted as the applicant's words. (A one-line note without a colon is page furniture already:
furniture.py's `note`; the record's breaks and close too: `procedure`, `end`.)

The rule: a bracketed passage that opens a line after a sentence's end (or a blank line),
closes at the end of a line, spans at most six lines, and opens with who speaks in the
record but is not interviewed (the interpreter, translator, interviewer or officer, a
`Note:`, a new session's `(Recap: ...)` of the last), or with the person interviewed in the
third person (`the applicant`, `the witness`), with no `I`, `me`, `my`, `we` outside
quotation marks. A respondent's own aside
(`(I never told my aunt.)`, `(my cousin, the officer, took it)`) and a bracket inside a
sentence stay in the answer; `(Interviewer: So you went back?)` stays an interjection
(interjections.py), the interviewer's words. A note that opens with the name of the one a
credit line names as translator or interpreter (`Translation: Soo-ah (volunteer)` above,
`[Soo-ah: the call dropped here; we did not reconnect that day.]` at the end) is hers,
context too, whatever person it is written in.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line, ends_sentence
from qcode.ingest.lazyre import lazy
from qcode.ingest.person import SELF_OR_GROUP

MAX_LINES = 6
# who opens such a note: a person of the record, a note, or the interviewee named by role
_OPENS = lazy(
    r"^\s*[(\[]\s*(?:(?:the\s+)?(?:interpreter|translator|interviewer|interviewing\s+officer)"
    r"(?-i:\s+[a-z]+\b)|(?:interpreter|translator|interviewer|officer|caseworker|clerk|"
    r"transcriber)['’]s\s+(?:note|comment|remark|clarification|observation)|"
    r"(?:note|n\.\s?b\.?)\s*[:：–—]|"
    # an oral history's summary of the session before, under a new session's heading
    r"(?:recap|summary|previously|background)\s*[:：–—]|"
    # the interpreter's or translator's note in Korean, Japanese, Chinese, French, Spanish,
    # German (`(통역 주: ...)`, `(N.d.T. : ...)`), which kinds.py names when on one line
    r"(?:(?:통역(?:자|사)?|역자|옮긴이|번역자)\s*주|역주|(?:通訳|訳者|译者|譯者|口译)\s*[注註]|"
    r"[訳译譯][注註]|n\.\s?d\.\s?t\.?|note du traduct(?:eur|rice)|n\.\s?del\s?t\.?|"
    r"nota del traductor|anm\.\s?d\.\s?übers\.?)\s*[:：–—]|"
    r"the\s+(?:applicant|claimant|appellant|witness|interviewee)\b)", re.I)
_QUOTED = lazy(r"\"[^\"]*\"|“[^”]*”")
# a credit naming who translates: `Translation: Soo-ah (volunteer)`, `interpreted by Ana Lim`
_CREDITED = lazy(r"(?:\b(?:translation|translator|translating|interpreter|interpretation|"
                 r"interpreting)\s?[:：]|\b(?:translated|interpreted)\s+by\s?:?)\s{0,3}"
                 r"(?P<name>(?-i:[A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30})?))", re.I)
_NAMED = lazy(r"^\s*[(\[]\s*(?P<name>[^\W\d_][\w'’-]{0,30}(?: [^\W\d_][\w'’-]{0,30})?)\s?[:：]")


def mark_record_notes(lines: list[Line]) -> None:
    """Each line of such a note becomes context of kind `note` (the rule above)."""
    translators = _translators(lines)
    i = 0
    while i < len(lines):
        end = _note_at(lines, i, translators)
        if end is None:
            i += 1
            continue
        for line in lines[i:end + 1]:
            line.kind = "note"
        i = end + 1


def _translators(lines: list[Line]) -> set[str]:
    """The names a credit line gives the translator or interpreter, and their first names."""
    names = set()
    for line in lines:
        low = line.text.lower()
        if "transl" in low or "interpret" in low:
            for m in _CREDITED.finditer(line.text):
                names |= {m["name"], m["name"].split()[0]}
    return names


def _by_translator(text: str, translators: set[str]) -> bool:
    """A note opening with the credited translator's name: `[Soo-ah: the call dropped]`."""
    m = _NAMED.match(text) if translators else None
    return m is not None and m["name"] in translators


def _note_at(lines: list[Line], i: int, translators: set[str]) -> int | None:
    """The last line of a note opening line i, or None."""
    line = lines[i]
    own = _by_translator(line.text, translators)
    if line.kind not in (None, "editorial note") or not (own or _OPENS.match(line.text)):
        return None
    before = lines[i - 1] if i else None
    if before is not None and before.text.strip() and before.kind is None \
            and not ends_sentence(before.text):
        return None  # inside a wrapped sentence: a bracket in the answer's text
    end, text = _closing(lines, i)
    if end is None or (end == i and line.kind is not None):
        return None  # unclosed, or an editor's note on one line that kinds.py named
    return end if own or not SELF_OR_GROUP.search(_QUOTED.sub("", text)) else None


def _closing(lines: list[Line], i: int) -> tuple[int | None, str]:
    """The line where the bracket opening line i closes at the end of its line, within
    MAX_LINES lines of text and no context, and the note's text; None if it does not."""
    opener = lines[i].text.lstrip()[0]
    closer = ")" if opener == "(" else "]"
    depth, text = 0, ""
    for j in range(i, min(i + MAX_LINES, len(lines))):
        s = lines[j].text.strip()
        if not s or (j > i and lines[j].kind is not None):
            return None, text
        for k, c in enumerate(s):
            depth += (c == opener) - (c == closer)
            if depth == 0:
                if s[k + 1:].strip(" .;") or (j == i and k == 0):
                    return None, text  # the bracket closes inside the line: words go on
                return j, text + " " + s
        text += " " + s
    return None, text
