"""Captions that mark each change of speaker with `>>` and name no one (television captions,
YouTube's automatic captions). Read without names, such a file had no speakers: its
paragraphs were told apart by `?` alone, and automatic captions have no punctuation, so the
whole file was one respondent turn and every question was coded as testimony.

`>>` says only that the voice changes. In an interview two voices take turns, so the
pieces between one `>>` and the next belong to two speakers, one piece in two (the text
before the first `>>`, if any, to the voice the first one hands over from). The interviewer
is the one whose pieces open as questions (a `?`, or the wording: `so when did you`, `were
you`, `tell me about`...): at least half of them, and at least twice the share of the
other's. When the two cannot be told apart so, nothing is named, and a warning says so.
Either way it is a guess from the file's shape: said in a warning.

Documentary subtitles mark the voice off screen another way: in italics (`<i>Why did you
leave?</i>`), the person filmed plain, and no one named. Read without names, the italic
questions were coded as testimony. When at least two runs of italic lines and two plain ones
are said, and the italic runs ask (half of them at least, and twice the share of the plain
ones), the italic voice is the interviewer's and the plain one the respondent's, named as
the film's only lower third names her (cuenames.cue_context), else `Respondent`. A film
whose italics are a narrator, a song or a phone call does not ask so: read as before.
"""

from __future__ import annotations

from qcode.ingest.layout import Line, asks
from qcode.ingest.lazyre import lazy
from qcode.ingest.prompts import opens_as_question
from qcode.model import Notice

MIN_TURNS = 2  # pieces each voice must have before their questions are compared
MIN_CHANGES = 3  # fewer `>>` is no evidence of turns (a stray one in a cue): read as before


def name_caption_voices(lines: list[Line], changes: list[tuple[int, str | None]],
                        key: dict[str, tuple[str, str]] | None = None
                        ) -> tuple[bool, list[Notice]]:
    """Give each piece between `>>` marks (`changes`: the index of its first line in
    `lines`, and its cue's time) the speaker `Interviewer` or `Respondent`, or the names
    `>> NAME:` gives the two voices (the asker's role put in `key`). Returns whether the
    voices were named, and the warning."""
    if len(changes) < MIN_CHANGES:
        return False, []
    starts = [(0, None)] if changes[0][0] > 0 and _said(lines, 0, changes[0][0]) else []
    pieces = starts + changes
    offset = len(starts)  # the piece before the first `>>` is the other voice's
    ends = [start for start, _ in pieces[1:]] + [len(lines)]
    asked = [0, 0]
    count = [0, 0]
    for k, ((start, _), end) in enumerate(zip(pieces, ends, strict=True)):
        text = _said(lines, start, end)
        voice = (k - offset) % 2
        count[voice] += 1
        asked[voice] += piece_asks(text)
    first = lines[changes[0][0]].number
    share = [asked[v] / count[v] if count[v] else 0.0 for v in (0, 1)]
    asker = next((v for v in (0, 1) if min(count) >= MIN_TURNS and share[v] >= 0.5
                  and share[v] >= 2 * share[1 - v]), None)
    names = _voice_names(lines, [start for start, _ in pieces], offset)
    if names is not None:
        return True, _name_voices(lines, pieces, ends, offset, names, asker, key)
    if asker is None:
        return False, [Notice(first, (
            f"`>>` marks {len(changes)} changes of speaker, but who asks could not be told "
            "from the wording; read without speakers; tag the voices (<v Name>) to read them"))]
    for k, ((start, time), end) in enumerate(zip(pieces, ends, strict=True)):
        line = next((ln for ln in lines[start:end] if ln.text), None)
        if line is not None:
            voice = (k - offset) % 2
            line.speaker = "Interviewer" if voice == asker else "Respondent"
            line.time = time
    return True, [Notice(first, (
        f"`>>` marks {len(changes)} changes of speaker and no one is named: read as two "
        f"voices taking turns, the interviewer the one whose turns open as questions "
        f"({asked[asker]} of {count[asker]}, the other's {asked[1 - asker]} of "
        f"{count[1 - asker]}); if that is wrong, tag the voices (<v Name>)"))]


def name_italic_voices(lines: list[Line], times: dict[int, str | None], shown: list[str]
                       ) -> tuple[bool, list[Notice]]:
    """Give each run of italic lines the speaker `Interviewer` and each run of plain ones
    the respondent's (`times`: each line's cue time; `shown`: the names lower thirds show).
    Returns whether the voices were named, and the warning."""
    runs: list[tuple[int, bool, str]] = []  # (first line's index, italic, text)
    for i, line in enumerate(lines):
        if line.text and line.kind is None:
            italic = line.emphasis == "italic"
            if runs and runs[-1][1] == italic:
                runs[-1] = (runs[-1][0], italic, f"{runs[-1][2]} {line.text}")
            else:
                runs.append((i, italic, line.text))
    count = [sum(r[1] == v for r in runs) for v in (True, False)]
    asked = [sum(r[1] == v and piece_asks(r[2]) for r in runs) for v in (True, False)]
    if min(count) < MIN_TURNS or 2 * asked[0] < count[0] \
            or asked[0] * count[1] < 2 * asked[1] * count[0]:
        return False, []
    names = sorted(set(shown))
    respondent = names[0] if len(names) == 1 else "Respondent"
    for i, italic, _ in runs:
        lines[i].speaker = "Interviewer" if italic else respondent
        lines[i].time = times.get(i)
    return True, [Notice(lines[runs[0][0]].number, (
        f"no speaker is named, but {count[0]} passages are in italics, {asked[0]} of them "
        f"asking: read as the interviewer off camera, the plain ones as {respondent}'s; if "
        "that is wrong, tag the voices (<v Name>)"))]


def piece_asks(text: str) -> bool:
    """A piece that opens as a question (`so when did you...`, `WHERE DID YOU LIVE?`) or
    ends asking."""
    first = _FIRST_SENTENCE.match(text)
    return opens_as_question(text) or asks(text) or bool(first and asks(first[0]))


_FIRST_SENTENCE = lazy(r"[^.?!…]*[.?!…]")


def _said(lines: list[Line], start: int, end: int) -> str:
    return " ".join(ln.text for ln in lines[start:end] if ln.text).strip()


# `>> HOST:` / `>> MIN-SEO:`: broadcast captions name a voice in capitals when it first speaks
_CAPS_LABEL = lazy(r"^\s{0,4}(?P<name>[A-Z][A-Z.'’-]{0,24}(?: [A-Z][A-Z.'’-]{0,24}){0,2})"
               r"\s{0,2}:\s+(?=\S)")


def _voice_names(lines: list[Line], starts: list[int], offset: int) -> dict[int, str] | None:
    """The name each of the two voices takes from the `>> NAME:` labels of its pieces, when
    both voices are named and each only ever by one name (a third name, or a name on both
    voices' pieces, says the voices do not simply alternate: None, read as before)."""
    names: dict[int, str] = {}
    for k, start in enumerate(starts):
        m = _CAPS_LABEL.match(lines[start].text)
        if m is None:
            continue
        voice, name = (k - offset) % 2, m["name"]
        if names.setdefault(voice, name) != name:
            return None
    return names if len(names) == 2 and names[0] != names[1] else None


def _name_voices(lines: list[Line], pieces: list[tuple[int, str | None]], ends: list[int],
                 offset: int, names: dict[int, str], asker: int | None,
                 key: dict[str, tuple[str, str]] | None) -> list[Notice]:
    """Each piece its voice's name, the `NAME:` labels out of the text; the voice that asks
    is the interviewer (else the roles are left to the reading of questions)."""
    for k, ((start, time), end) in enumerate(zip(pieces, ends, strict=True)):
        line = next((ln for ln in lines[start:end] if ln.text), None)
        if line is None:
            continue
        m = _CAPS_LABEL.match(line.text) if line is lines[start] else None
        if m is not None:
            line.offset, line.text = line.offset + m.end(), line.text[m.end():]
        line.speaker, line.time = names[(k - offset) % 2], time
    if asker is not None and key is not None:
        key[names[asker]] = ("interviewer", "")
        key[names[1 - asker]] = ("respondent", "")
    return [Notice(lines[pieces[offset][0]].number, (
        f"`>>` marks {len(pieces) - offset} changes of speaker and names two voices "
        f"({names[0]}, {names[1]}) where they first speak: read as the two taking turns at "
        "each `>>`; if that is wrong, tag the voices (<v Name>)"))]
