"""Speakers that subtitles name outside `Name:` and `<v Name>`: `[HAN]` in square brackets
opening a cue, as subtitles for the deaf set it (or `(Host)` in round ones, as a YouTube
channel's subtitles do: read as words, the host's sign-off was glued into the last answer),
and `CHOI EUN-HYE` alone in capitals on a cue's first line, as documentary and broadcast
subtitles set it (a screenplay's way).

Either counts only when it is credible: it opens two cues or more, or it says a role
(`INTERVIEWER`, `NARRATOR`); and it names a person (speakers.a_name), never a sound
(`[LAUGHTER]`, `MUSIC`: furniture.STAGE).

A documentary's subtitles also show text no one says, a cue of its own: a content warning
before anyone speaks (`This programme contains some strong language.`), the film's title
card before anyone speaks (`Voices Across the Tumen` / `Episode 4: The Trader`: every line
in title case, no sentence ended), and the lower third that introduces a speaker (`Kang
Min-ho (pseudonym)` / `Former border guard`: a name alone, then a line that says who he is,
neither ending a sentence). Read as speech, the title was a label (`Episode 4:`) and the
caption the answer's opening words.

Dual subtitles show each cue twice, in a script without capitals (Korean, Chinese, Japanese)
above its English: such a cue is read by its English lines, and the line above goes with
them. So a title card, a sound (`[바람 소리]` / `[wind]`) or a credit (`자막: ...` /
`Subtitles: ...`) is context in both languages, and a lower third (`박은희 (가명), 무산 출신`
/ `Park Eun-hee (pseudonym), from Musan`) is recognised by its one English line, a name
then a comma and who she is, before anyone speaks.
"""

from __future__ import annotations

import re
from collections import Counter

from qcode.ingest.furniture import line_kind
from qcode.ingest.kinds import STAGE
from qcode.ingest.lazyre import lazy
from qcode.ingest.speakers import a_name, diarized

VOICE = lazy(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")  # WebVTT's voice tag: `<v Kim Ji-su>`
BRACKET_NAME = lazy(r"^\s*(?:[-–—]\s*)?\[([A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,2})\]:?\s*")
# a YouTube channel's subtitles name the speaker in round brackets: `(Host) Welcome back.`,
# `(Hyo-jin) Hello.`; not how something is said (`(Sarcastically)`, `(Laughing)`)
_PAREN_NAME = lazy(r"^\s*(?:[-–—]\s*)?\(([A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,2})\):?\s*")
# how a line is said or rendered, in round brackets as a name is: not a name (`Ming`, `Ted`,
# `Emily` are: no suffix alone tells them apart, so the words are listed)
_DELIVERY_WORD = lazy(r"(?:ally|ously|fully|ingly)$|^(?:quietly|softly|slowly|sadly|angrily|"
                      r"laughing|smiling|translated|translation|interpreted|interpreting|"
                      r"continued|contd|cont'd|voice|emotional|tearful|off|on)$", re.I)


def delivery(name: str) -> bool:
    """Whether a word in round brackets says how a line is said (`(Quietly)`), not who."""
    return any(_DELIVERY_WORD.search(w) for w in name.split())


def bracket_name(text: str) -> tuple[str, int, str] | None:
    """The name in square or round brackets opening a cue's text: the name, where the text
    after it starts and the name as written (`[HAN]`, `(Host)`)."""
    if "[" in text:
        m = BRACKET_NAME.match(text)
        if m:
            return m[1], m.end(), f"[{m[1]}]"
    m = _PAREN_NAME.match(text) if "(" in text else None
    if m and not delivery(m[1]):
        return m[1], m.end(), f"({m[1]})"
    return None
# a name in capitals, with what the script says of the voice (`(OFF CAMERA)`, `(V.O.)`)
_CAPS_NAME = lazy(r"^\s*([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})"
                  r"(?:\s*\(([A-Za-z][A-Za-z .'’-]{0,24})\))?\s*$")
# roles a name line may be alone in saying (one use is enough)
_ROLES = {"interviewer", "narrator", "host", "presenter", "reporter", "anchor", "moderator",
          "interpreter", "translator", "voice-over", "narration"}
_SAID_ROLES = {"interpreter", "translator", "interviewer"}  # kept in the name: turns.Roles


def bracket_names(rows: list[tuple[int, int, str]]) -> set[str]:
    """Names in square or round brackets that open cue text at least twice with words after
    them (`[HAN] I was a cook.`, `(Host) Welcome back.`). A sound set in capitals alone on
    its line is never a name; one that opens speech twice (`[GUNSHOT] Get down!`) would be:
    said in a warning. A diarization id (`[SPEAKER_01]: In Musan.`, WhisperX's) is a
    speaker's, once is enough."""
    counts: Counter[str] = Counter()
    for _, _, text in rows:
        m = bracket_name(text)
        if m and text[m[1]:].strip():
            counts[m[0]] += 1
    return {name for name, n in counts.items() if (n >= 2 and _person(name)) or diarized(name)}


def caps_names(firsts: list[tuple[str, str]]) -> dict[str, str]:
    """Cue first lines that are a speaker's name -> the name as a reader writes it
    (`CHOI EUN-HYE` -> `Choi Eun-hye`, `INTERVIEWER (OFF CAMERA)` -> `Interviewer`).
    `firsts`: each cue's first line, and whether more text follows it in the cue."""
    counts = Counter(line.strip() for line, more in firsts if more and _CAPS_NAME.match(line))
    out = {}
    for line, n in counts.items():
        m = _CAPS_NAME.match(line)
        assert m is not None
        name = m[1]
        if _person(name) and (n >= 2 or name.lower() in _ROLES) and any(
                c.isalpha() for c in name):
            said = (m[2] or "").strip().lower()
            out[line] = _written(name) + (f" ({said})" if said in _SAID_ROLES else "")
    return out | _title_names(firsts)


# a name in title case alone on a cue's first line, no colon: `Marit Olsen`, `Cha Hye-won`
_TITLE_NAME = lazy(r"^[A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30}){1,2}$")


def _title_names(firsts: list[tuple[str, str]]) -> dict[str, str]:
    """Names in title case alone on a cue's first line, as subtitles name the speaker when
    the voice changes: only when two names or more each open two cues with a sentence's
    start under them, and never a line broken mid-sentence (`North Korea` / `was hard`:
    capitalised words that a line break left alone). Read as text, each name was the first
    words of its turn."""
    counts: Counter[str] = Counter()
    broken: set[str] = set()
    for line, more in firsts:
        if more and _TITLE_NAME.match(line) and not line.isupper():
            counts[line] += 1
            if not _SENTENCE_START.match(more):
                broken.add(line)
    names = {line: line for line, n in counts.items()
             if n >= 2 and line not in broken and _person(line)}
    return names if len(names) >= 2 else {}


_SENTENCE_START = lazy(r"^[\W_]{0,3}[A-Z0-9\u00c0-\u00de]")


# a person's name alone on a line, perhaps with a note on it: `Yoon Chae-rin (pseudonym)`
_NAME_LINE = lazy(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})(?:\s*\([a-z][\w .'’-]{0,30}\))?$")
_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "from",
                    "by", "with", "across", "over", "under", "into", "beyond"})
_ENDS = (".", "?", "!", "…", ",", ";")
# a broadcaster's content warning before anyone speaks (`This programme contains some strong
# language.`, `Some viewers may find scenes distressing`): shown, said by no one in the film
_WARNING = lazy(r"^\W*(?:(?:this|the following) (?:programme|program|film|documentary|"
                r"episode|report|broadcast|video) (?:contains|includes|features)\b|"
                r"(?:some )?viewers may find\b|viewer discretion\b)", re.I)


def shown(texts: list[str], before_speech: bool) -> tuple[str, str | None] | None:
    """cue_context, or ("warning", None) for a content warning before anyone speaks."""
    if before_speech and _WARNING.match(" ".join(t.strip() for t in texts if t.strip())):
        return "warning", None
    return cue_context(texts, before_speech)


def cue_context(texts: list[str], before_speech: bool) -> tuple[str, str | None] | None:
    """What a whole cue shows without saying it: ("heading", None) for a title card (only
    before the first words spoken), ("caption", name) for a lower third; None for speech.
    `texts`: the cue's lines without markup."""
    texts = [t.strip() for t in texts if t.strip()]
    cased = [t for t in texts if _cased(t)]
    if len(cased) < len(texts) and cased:  # dual subtitles: read by the cased lines
        return _dual_context(texts, cased, before_speech)
    if not texts or any(t.rstrip("\"”’'*_ ").endswith(_ENDS) for t in texts):
        return None
    if before_speech and _title_card(texts):
        return "heading", None
    name = _NAME_LINE.match(texts[0]) if len(texts) == 2 else None
    if name and _person(name[1]) and texts[1][:1].isupper() and len(texts[1].split()) <= 10 \
            and not _NAME_LINE.match(texts[1]):
        return "caption", name[1]
    return None


def _title_card(texts: list[str]) -> bool:
    """A title (in title case), a title over its maker's credit, or the credit alone."""
    return all(_title(t) for t in texts) or _film_by(texts) \
        or (len(texts) == 1 and bool(_FILM_BY.match(texts[0])))


# a title card's credit line: `A documentary by Hollis Ward`, `A film by...`, `Directed by...`
_FILM_BY = lazy(r"^(?:An?\s+(?:[\w'’-]+\s+){0,2}(?:film|documentary|production|programme|program|"
                r"series|report)\s+by|(?:Directed|Written and directed|Produced|Filmed)\s+by)"
                r"\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
_TITLE_WORDS = 8


def title_over_two_cues(texts: list[str], following: list[str]) -> bool:
    """A title card set over two cues before anyone speaks: the title alone (`NORTHERN
    LIGHTS`, in capitals or title case), then its maker alone (`A film by Teresa Quinn`).
    `texts`: the cue's lines, `following`: the next cue's (without markup)."""
    texts = [t.strip() for t in texts if t.strip()]
    following = [t.strip() for t in following if t.strip()]
    return len(texts) == 1 and not texts[0].endswith(_ENDS) and _title_line(texts[0]) \
        and len(following) == 1 and bool(_FILM_BY.match(following[0]))


def _film_by(texts: list[str]) -> bool:
    """A title card that credits its maker under the title (`THE CARD IN THE SHOE` / `A
    documentary by Hollis Ward`): read as said, the title and the credit opened the first
    question. The title may be in capitals, as title cards set it."""
    return len(texts) > 1 and bool(_FILM_BY.match(texts[-1])) \
        and all(_title_line(t) for t in texts[:-1])


def _title_line(text: str) -> bool:
    """A film's title as title cards set it: title case, or a few words in capitals."""
    return _title(text) or (text.isupper() and len(text.split()) <= _TITLE_WORDS)


def _cased(text: str) -> bool:
    """Whether a line has a letter with capitals (Latin, Cyrillic...); Hangul, kana and
    Chinese characters have none."""
    return any(c.isupper() or c.islower() for c in text)


def _dual_context(texts: list[str], cased: list[str],
                  before_speech: bool) -> tuple[str, str | None] | None:
    """A dual-subtitle cue (module docstring): what its cased lines show, for the whole
    cue, the caseless line above them being their translation."""
    if any(not _cased(t) and not any(c.isalpha() for c in t) for t in texts):
        return None  # a line of digits or signs: not a translation
    kinds = {line_kind(t) or "" for t in cased}
    if len(kinds) == 1 and kinds <= _NEVER_SAID:
        return kinds.pop(), None  # a sound, a credit (not a date: `March 1998` answers)
    shown = cue_context(cased, before_speech)
    if shown is not None or not before_speech or len(cased) != 1:
        return shown
    lower = _NAME_COMMA.match(cased[0])
    if lower and _person(lower[1]) and len(cased[0].split()) <= 14 \
            and not cased[0].rstrip("\"”’'*_ ").endswith(_ENDS[:4]):
        return "caption", lower[1]
    return None


_NEVER_SAID = {"sound", "credit", "note", "editorial note", "social", "end"}
# a lower third on one line: `Park Eun-hee (pseudonym), from Musan, North Hamgyong`
_NAME_COMMA = lazy(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})(?:\s*\([^()]{1,30}\))?,\s+\S")


def _title(text: str) -> bool:
    """A title card's line: two to eight words, each capitalised but the small ones (not
    all in capitals, as television captions are), no dash or `>>` before them, and no
    speaker's label (`Host: Welcome Back`; `Episode 4: The Trader` names no one)."""
    words = text.split()
    label = text.split(":", 1)[0] if ":" in text else ""
    return 1 < len(words) <= 8 and not (label and a_name(label)) and not text.isupper() \
        and text[:1].isalnum() and all(
        not any(c.isalpha() for c in w) or w.lstrip("\"“‘'(")[:1].isupper()
        or w.strip(":,").lower() in _SMALL for w in words)


def first_voices(rows: list[tuple[int, int, str]]) -> list[str]:
    """The first three voices of the file, in order (one of them is not the voice at hand)."""
    found: list[str] = []
    for _, _, text in rows:
        for voice in VOICE.finditer(text) if "<v" in text else ():
            if voice.group(1).strip() not in found:
                found.append(voice.group(1).strip())
                if len(found) == 3:
                    return found
    return found


def _person(name: str) -> bool:
    return a_name(name) and not STAGE.intersection(name.lower().replace(".", " ").split())


def _written(name: str) -> str:
    """`CHOI EUN-HYE` -> `Choi Eun-hye`: each word capitalised, the rest lower case."""
    return " ".join(w[:1] + w[1:].lower() for w in name.split())


# `Name:` opening a cue, or `Name (interpreter):` / `Name (Interpreter):`, the role kept
# with the name (turns.Roles); a meeting app's `Interpreter - Name:` (the role before the
# display name, as Webex shows it) is read as `Name (interpreter)`
# a script's mark that the voice is off screen after the name, `INTERVIEWER (O.S.):`, `(V.O.)`,
# `(OS)`, `(off camera)`: no part of the name (read as no label, the off-screen questions were
# words of the answers around them); offscreen.py gives the next cue back to the one asked
OFF_SCREEN = (r" ?\((?i:o\.? ?s\.?|v\.? ?o\.?|off[ -]?(?:screen|camera|mic)|voice[ -]?over)\)")
_CUE_LABEL = lazy(rf"^([A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){{0,2}}(?: \([A-Za-z][a-z]{{2,14}}\))?)"
                  rf"(?:{OFF_SCREEN})?:\s+")
_ROLE_FIRST = lazy(r"^(?P<role>Interpreter|Translator|Interviewer|Moderator|Host|Guest|"
                   r"Facilitator|Researcher) [-–—] (?P<name>[A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*)"
                   r"{0,2}):\s+")


def cue_label(clean: str) -> tuple[str, int] | None:
    """The speaker a cue's `Name:` label names and where its text starts (subtitles.py)."""
    m = _CUE_LABEL.match(clean)
    if m:
        return m[1], m.end()
    first = _ROLE_FIRST.match(clean)
    return (f"{first['name']} ({first['role'].lower()})", first.end()) if first else None
