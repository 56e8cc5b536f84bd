"""Speakers that subtitles name outside `Name:` and `<v Name>`: `[HAN]` in square brackets
opening a cue, as subtitles for the deaf set it, and `CHOI EUN-HYE` alone in capitals on a
cue's first line, as documentary and broadcast subtitles set it (a screenplay's way).

Either counts only when it is credible: it opens two cues or more, or it says a role
(`INTERVIEWER`, `NARRATOR`); and it names a person (speakers.a_name), never a sound
(`[LAUGHTER]`, `MUSIC`: furniture.STAGE).
"""

from __future__ import annotations

import re
from collections import Counter

from qcode.ingest.furniture import STAGE
from qcode.ingest.speakers import a_name

BRACKET_NAME = re.compile(r"^\s*(?:[-–—]\s*)?\[([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})\]\s*")
# a name in capitals, with what the script says of the voice (`(OFF CAMERA)`, `(V.O.)`)
_CAPS_NAME = re.compile(r"^\s*([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})"
                        r"(?:\s*\(([A-Za-z][A-Za-z .'’-]{0,24})\))?\s*$")
# roles a name line may be alone in saying (one use is enough)
_ROLES = {"interviewer", "narrator", "host", "presenter", "reporter", "anchor", "moderator",
          "interpreter", "translator", "voice-over", "narration"}
_SAID_ROLES = {"interpreter", "translator", "interviewer"}  # kept in the name: turns.Roles


def bracket_names(rows: list[tuple[int, int, str]]) -> set[str]:
    """Names in square brackets that open cue text at least twice with words after them
    (`[HAN] I was a cook.`). A sound set in capitals alone on its line is never a name; one
    that opens speech twice (`[GUNSHOT] Get down!`) would be: said in a warning."""
    counts: Counter[str] = Counter()
    for _, _, text in rows:
        m = BRACKET_NAME.match(text) if "[" in text else None
        if m and text[m.end():].strip():
            counts[m[1]] += 1
    return {name for name, n in counts.items() if n >= 2 and _person(name)}


def caps_names(firsts: list[tuple[str, bool]]) -> dict[str, str]:
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
    return out


def _person(name: str) -> bool:
    return a_name(name) and not STAGE.intersection(name.lower().replace(".", " ").split())


def _written(name: str) -> str:
    """`CHOI EUN-HYE` -> `Choi Eun-hye`: each word capitalised, the rest lower case."""
    return " ".join(w[:1] + w[1:].lower() for w in name.split())
