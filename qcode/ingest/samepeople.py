"""One person under two labels: `Kim:` and `KIM:`, a full name and its surname, `R:` for
`Researcher:` once the labels are shortened, a name in two scripts, a generic label and a
name for the same role. Merged into one speaker, each merge said; labels.py calls these
after it has found the credible labels."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from qcode.ingest.briefing import ASKERS
from qcode.ingest.lazyre import lazy
from qcode.ingest.speakers import TITLES
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.labels import Found
    from qcode.ingest.turns import Roles


def same_people(labels: list[Found]) -> list[Notice]:
    """One person labelled two ways becomes one speaker: `Kim:` and `KIM:`; a full name at
    first mention, then the surname (`LEE SANG-CHUL:` then `LEE:`, `Sarah Cho:` then `Cho:`,
    `Mr. Ko:` then `Ko:`). Read as two speakers, one interviewee's quotes and counts were
    split in two. A surname two full names share (`Kim Min-su`, `Kim Ok-hee`, `Kim:`) stays
    as it is: which Kim speaks cannot be told."""
    spelling: dict[str, str] = {}  # case-folded label -> its first spelling
    for f in labels:
        spelling.setdefault(f.speaker.casefold(), f.speaker)
    named = _named_in_brackets(labels)
    short = {key for key in spelling if " " not in key}
    claims: dict[str, list[str]] = {}  # a short label -> the longer labels it may shorten
    for key in spelling:
        words = [w for w in key.split() if w.rstrip(".") not in TITLES]
        if " " in key and words:
            for part in {words[0], words[-1]} & short:
                claims.setdefault(part, []).append(key)
    merged = {key: part for part, keys in claims.items() if len(keys) == 1 for key in keys}
    notices, told = [], set()
    for f in labels:
        key = f.speaker.casefold()
        target = named.get(key) or spelling[merged.get(key, key)]
        if f.speaker != target and key not in told:
            told.add(key)
            notices.append(Notice(f.line.number, (
                f"'{f.speaker}:' and '{target}:' are read as one speaker, {target}; if they "
                f"are two people, label them apart")))
        f.speaker = target
    return notices


def short_forms(labels: list[Found]) -> list[Notice]:
    """Labels shortened halfway (a transcriber's habit after the first page, or a new
    page of a PDF): `Researcher:` / `Participant 9:`, then `R:` / `P9:`; `Interviewer:`,
    then `Int.:` or `I:`. Read apart, `R` was a respondent (a generic label) and the
    researcher's questions were coded as testimony. A short label whose letters are the
    initials of an earlier label's words with its number (`P9`, `KYH` for `Kim Young-hee`),
    or open its one word (`Int.`), names that person when the earlier label is never used
    again once it appears, each short label has one such earlier label and each earlier
    label one short form, and every label new from there on is such a short form (a new
    `I:` beside `R:` means `R` is someone else: a respondent, not the researcher)."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for i, f in enumerate(labels):
        first.setdefault(f.speaker, i)
        last[f.speaker] = i
    pairs = _short_pairs(first, last)
    if not pairs or len(set(pairs.values())) < len(pairs):
        return []
    start = min(first[short] for short in pairs)
    last_long = min(last[long] for long in pairs.values())
    longs = set(pairs.values())  # `THOMAS BRANDT:` once, `KIM YOUNG-HEE:` once, then initials
    if any(first[s] > last_long and s not in pairs and s not in longs for s in first):
        return []
    for f in labels:
        f.speaker = pairs.get(f.speaker, f.speaker)
    shorts = " and ".join(f"'{short}:'" for short in pairs)
    named = " and ".join(f"'{long}:'" for long in pairs.values())
    return [Notice(labels[start].line.number, (
        f"{shorts} (from this line on) read as short forms of {named} before, the same "
        f"{'people' if len(pairs) > 1 else 'person'}; if not, label them apart"))]


def _short_pairs(first: dict[str, int], last: dict[str, int]) -> dict[str, str]:
    """Each short label with the one earlier label it shortens (`first` / `last`: where
    each label is used first and last), the candidates found by the short form itself (the
    labels' initials and the starts of their one word), not by trying every pair of labels:
    10,000 names used twice were 50 million tries (minutes)."""
    index: dict[str, dict[str, None]] = {}  # a short form -> the labels it may shorten
    for long in first:
        for key in _short_keys(long):
            index.setdefault(key, {})[long] = None
    pairs: dict[str, str] = {}
    for short in first:
        longs = [long for long in index.get(_short_key(short), ())
                 if last[long] < first[short] and _shortens(short, long)]
        if len(longs) == 1:
            pairs[short] = longs[0]
    return pairs


def _short_key(short: str) -> str:
    return re.sub(r"[\s.]", "", short).casefold()


def _short_keys(long: str) -> list[str]:
    """The short forms _shortens may pair with a label: its initials, the starts of its
    one word (at most four letters)."""
    words = _words(long)
    if not words:
        return []
    keys = ["".join(w if w.isdigit() else w[0] for w in words)]
    if len(words) == 1:
        keys += [words[0][:k] for k in range(2, min(4, len(words[0])) + 1)]
    return [k for k in keys if len(k) <= 4]


def _shortens(short: str, long: str) -> bool:
    """`R` / `Researcher`, `P9` / `Participant 9`, `KYH` / `Kim Young-hee`, `Int.` /
    `Interviewer`: the initials of the long label's words (its numbers whole), or the start
    of its one word; at most four letters and digits."""
    s = _short_key(short)
    words = _words(long)
    if not s or len(s) > 4 or len(s) >= len(long) or not words:
        return False
    initials = "".join(w if w.isdigit() else w[0] for w in words)
    return s == initials or (len(words) == 1 and len(s) >= 2 and words[0].startswith(s))


def _words(long: str) -> list[str]:
    """The label's words and numbers, case folded; a title before a name of two words or
    more left out (`Dr. Thomas Brandt` is `TB`, not `DTB`; `Mr Kim` stays `MK`)."""
    words = re.findall(r"[^\W\d_]+|\d+", long.casefold())
    return words[1:] if len(words) > 2 and words[0] in TITLES else words


def _named_in_brackets(labels: list[Found]) -> dict[str, str]:
    """A label that gave a name in brackets (`탈북민 한성호 (Han Seong-ho):`, a romanised
    gloss), written later without it, whole or by one of its words (`한성호:`), is that name:
    read apart, one guest was two speakers. A word two such labels share names no one. So
    too a role naming its person once (`PRESENTER (Harriet Quaye):`, then `PRESENTER:`),
    the whole role only, and only when named at its first use: a radio transcript names the
    presenter at her first line, while a briefing's `QUESTION:` is any reporter, one of whom
    is named later (`QUESTION (Tomas Berg, Baltic Wire):`; briefing.ASKERS never name one)."""
    claims: dict[str, set[str]] = {}
    bare: set[str] = set()  # role labels already used without a name
    for f in labels:
        said = " ".join(f.match["label"].split())
        if f.speaker == said:
            bare.add(said.casefold())
        elif f.role is None or said.casefold() not in bare | ASKERS:
            words = [w for w in said.casefold().split() if w.rstrip(".") not in TITLES]
            keys = {said.casefold(), *words[:1], *words[-1:]} if f.role is None \
                else {said.casefold()}
            for key in keys:
                claims.setdefault(key, set()).add(f.speaker)
    return {key: next(iter(names)) for key, names in claims.items() if len(names) == 1}


_GENERIC = {"interviewer": {"interviewer", "q", "question", "int", "i"},
            "respondent": {"a", "answer", "r", "respondent", "interviewee"}}
_INITIALS = lazy(r"^[A-Z]{2,4}$")


def one_person_in_parts(labels: list[Found], roles: Roles) -> list[Notice]:
    """A file put together from sessions that different people transcribed changes label
    style part by part: `Q:`, then `INTERVIEWER:`, then `Int:` ask; `A:`, then `HWANG:`,
    then `HJM:` answer. Read as six speakers, one interviewee's counts and quotes were split
    in three. Labels of one role that each keep to a part of the file of their own (never
    between each other's turns) and can name one person (generic labels such as `Q` or `A`;
    for answers, besides them, one name and initials that start as it does) are one speaker:
    the name, else the interviewer's `Interviewer` or the first label. Two labels of one
    role in two languages that come in pairs are one speaker too (_in_two_languages)."""
    notices: list[Notice] = []
    for role, generic in _GENERIC.items():
        spans: dict[str, list[int]] = {}  # label -> first and last index, turns
        for i, f in enumerate(labels):
            if roles.role(f.speaker) == role:
                span = spans.setdefault(f.speaker, [i, i, 0])
                span[1:] = [i, span[2] + 1]
        order = sorted(spans, key=lambda s: spans[s][0])
        if len(order) == 2 and _in_two_languages(labels, *order):
            notices.append(_one_in_two_languages(labels, *order))
            continue
        if not 2 <= len(order) <= 4 or any(spans[s][2] < 2 for s in order) or any(
                spans[a][1] > spans[b][0] for a, b in pairwise(order)):
            continue  # one label, a part of one turn, or labels taking turns: several people
        target = _one_name(order, generic, role)
        if target is None:
            continue
        for f in labels:
            if f.speaker in spans:
                f.speaker = target
        notices.append(Notice(labels[spans[order[1]][0]].line.number, (
            f"{', '.join(repr(s + ':') for s in order)} each label one part of the file and are "
            f"read as one speaker, {target}; if they are different people, label them apart")))
    return notices


def _latin(label: str) -> bool:
    return all(c < "\u0250" for c in label if c.isalpha())


def _in_two_languages(labels: list[Found], first: str, second: str) -> bool:
    """A bilingual transcript gives each turn twice, a paragraph in one language under its
    label (`문:`, `질문:`, `問:`) and its translation under the label in the other (`Q:`,
    `Question:`): two labels of one role, one in Latin letters and one not, the second
    right after the first at least twice, and (all but one in four pairs) never alone."""
    if _latin(first) == _latin(second):
        return False
    said = [f.speaker for f in labels]
    pairs = sum(a == first and b == second for a, b in pairwise(said))
    alone = said.count(first) + said.count(second) - 2 * pairs
    return pairs >= 2 and 4 * alone <= pairs


def _one_in_two_languages(labels: list[Found], first: str, second: str) -> Notice:
    """The pair is one speaker, named by the label in Latin letters (what an English
    reader of the outputs reads), and each translation carries on its original's turn:
    read apart, `문` and `Q` were two interviewers and each turn was split in two."""
    target = first if _latin(first) else second
    carried = [f for before, f in pairwise(labels)
               if f.speaker == second and before.speaker == first]
    for f in carried:
        f.line.carries_on = True
    for f in labels:
        if f.speaker in (first, second):
            f.speaker = target
    at = carried[0].line.number
    return Notice(at, (
        f"'{first}:' and '{second}:' take turns in pairs, a paragraph and its translation, and "
        f"are read as one speaker, {target}, each pair one turn; if they are two people, label "
        "them apart"))


def _one_name(order: list[str], generic: set[str], role: str) -> str | None:
    """The one person these labels can all name, or None."""
    names = [s for s in order if s.lower() not in generic]
    full = [n for n in names if not _INITIALS.match(n)]
    if role == "interviewer":
        return None if names else next((s for s in order if s.lower() == "interviewer"),
                                       order[0])
    if len(full) > 1 or (not full and len(names) > 1):
        return None
    if full and any(n[0] != full[0][0].upper() for n in names if n not in full):
        return None  # initials that do not start as the name does
    return full[0] if full else (names[0] if names else order[0])
