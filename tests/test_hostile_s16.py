"""Hostile input against the readers added in session 16 (records, comments, text tables,
browser print footers and download stamps, labels shortened halfway, speaker keys in prose):
lines that almost match a new pattern, tens of thousands of them long, and files of
thousands of labels or header lines. Each case hung or took minutes before its fix; the
bound asserted is generous (the case takes well under a second now), the outcome is that the
file is read."""

from __future__ import annotations

import itertools
import random
import re
import string
from pathlib import Path

import pytest

from qcode.config import Config
from qcode.errors import QcodeError
from qcode.ingest import parse_file
from qcode.ingest.descriptor import _LABELLED, _PERSON, _SEGMENT
from qcode.ingest.layout import _MARKER, _TOGGLE
from qcode.ingest.linear import split_spaced, strip_tags
from qcode.ingest.pages import _without_sound
from qcode.ingest.pipes import DELIMITER
from qcode.ingest.present import _ITEMS
from qcode.ingest.printmarks import _STAMP
from qcode.ingest.samepeople import _short_pairs
from qcode.ingest.sections import _PART_OF_HEADING
from qcode.ingest.speakerkey import key_in_prose

QA = "Interviewer: Where did you live?\n\nRespondent: In Hyesan, near the river.\n\n"
END = "\nRespondent: The next line.\n\nInterviewer: And then?\n\nRespondent: We left.\n"


def _read(tmp_path: Path, text: str, name: str = "t.txt") -> int:
    """Parse the text as a file; the number of its turns (benchmarks, not tests, time it)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return len(parse_file(path, Config()).turns)


@pytest.mark.parametrize("line", [
    # pages.mark_apparatus: `\s*` before a closing `[laughs]`, searched from every space
    "Respondent: a" + " " * 40_000 + "b",
    # pages._MARKER (a footnote's glued number), from every letter of a run: quadratic
    "Respondent: " + "a" * 40_000,
    # the same run made by ligatures read as letters (`ﬁ` -> `fi`)
    "Respondent: " + "\ufb01" * 20_000,
    # printmarks._STAMP's site: `[\w-]+(?:\.[\w-]+)+\S*` tried every split (never returned)
    "Downloaded from a." + "b." * 20_000,
    "Downloaded from " + "a.b" * 13_000 + " on x",
    # speakerkey._PAIR: `\s*` on both sides of a role holding spaces
    "Speaker 1 = interviewer" + " " * 40_000 + "x = y",
])
def test_long_lines_that_almost_match_are_read(tmp_path: Path, line: str):
    assert _read(tmp_path, QA + line + "\n" + END) >= 4


def test_thousands_of_names_used_twice_are_read(tmp_path: Path):
    # samepeople.short_forms tried every earlier label for every label: 3,000 names used
    # twice took over 30 s (10,000: minutes); now an index of initials and word starts
    names = ["K" + "".join(t) for t in itertools.islice(
        itertools.product(string.ascii_lowercase, repeat=4), 3_000)]
    text = "".join(f"{n}: I said {i}?\n\n{n}: Again {i}.\n\n" for i, n in enumerate(names))
    assert _read(tmp_path, text + QA) > 6_000


def test_short_forms_are_still_paired():
    first = {"Researcher": 0, "Participant 9": 1, "Kim Young-hee": 2, "Interviewer": 3,
             "R": 10, "P9": 11, "KYH": 12, "Int.": 13, "Nobody": 14}
    last = {**first, "Researcher": 4, "Participant 9": 5, "Kim Young-hee": 6,
            "Interviewer": 7}
    assert _short_pairs(first, last) == {"R": "Researcher", "P9": "Participant 9",
                                         "KYH": "Kim Young-hee", "Int.": "Interviewer"}


def test_thousands_of_header_lines_are_read(tmp_path: Path):
    # texttables: each `Speaker<TAB>Text` line a header whose rows (the lines after it) ran
    # to the end and were refused as no transcript: 2,000 lines took 14 s, 8,000 minutes
    assert _read(tmp_path, "Speaker\tText\n" * 4_000 + QA) >= 2


def test_a_key_in_prose_is_read_as_before():
    used = {"Speaker 1", "Speaker 2", "Speaker 3"}
    key = key_in_prose("Speaker 1 = interviewer, Speaker 2 = participant, Speaker 3 = "
                       "interpreter.", used)
    assert key is not None and [k for k in key] == ["Speaker 1", "Speaker 2", "Speaker 3"]
    assert key_in_prose("Speaker 1 = interviewer" + " " * 50_000 + "= x", used) is None


def test_closing_sound_and_stamp_shapes_are_kept():
    assert _without_sound("good flour.  [laughs]") == "good flour."
    assert _without_sound("good flour (laughs)") == "good flour"
    assert _without_sound("no [sound] here") == "no [sound] here"
    assert _STAMP.match("Downloaded from https://academic.oup.com/jrs/article/33/2/1 by "
                        "guest on 12 March 2024")
    assert _STAMP.match("This content downloaded from 203.0.113.5 on Tue, 12 Mar 2024 "
                        "10:14:22 UTC")
    assert not _STAMP.match("Downloaded from a Chinese server on 3 May 2016, he said, and "
                            "then we watched it.")


@pytest.mark.parametrize(("name", "text"), [
    ("empty-cells.txt", "Speaker\tText\n\t\n\t\nINT\t\n\tWords\n" + QA),
    ("header-no-rows.txt", "Speaker\tText\n\n" + QA),
    ("only-headers.txt", "Speaker\tText\nSpeaker\tText\nSpeaker\tText\n"),
    ("tabs-only.txt", "\t\t\t\n\t\n" + QA),
    ("pipes-only.md", "|\n||\n|||\n| |\n|---|\n" + QA),
    ("fixed-wrapped-only.txt", "TC IN   TC OUT   SPEAKER   DIALOGUE\n" + " " * 27
     + "words\n" + QA),
    ("rtl.txt", "מראיין: שלום?\n\nעד: כן.\n\nמראיין: ואז?\n\nעד: הלכנו.\n"),
    ("combining.txt", "Q\u0301: Whe\u0301re?\n\nA\u0308: The\u0308re.\n"),
    ("zwj.txt", "Interviewer\u200d: Where?\n\n\u200dRespondent: \u200d\u200d\n\n" + QA),
    ("ligatures-alone.txt", "\ufb01\n\ufb02\n\ufb03\n"),
    ("comments-only.txt", "[a]x\n[b]y\n"),
    ("postscripts-only.txt", "PS:\nPS:\nNB:\n"),
    ("record-brackets.txt", QA + "(Interpreter clarified: ((((\n"),
    ("stamp-only.txt", "This content downloaded from 1.2.3.4 on 12 March 2024\n"),
    ("empty-key.txt", "Speaker 1 = , Speaker 2 = \n\nSpeaker 1: a?\n\nSpeaker 2: b\n"),
    ("tn-empty.srt", "1\n00:00:01,000 --> 00:00:02,000\nT/N:\n\n"),
    ("colour-empty.srt", "1\n00:00:01,000 --> 00:00:02,000\n<font color=>\n\n2\n"
     "00:00:03,000 --> 00:00:04,000\n<c.></c>\n"),
])
def test_degenerate_files_are_read_or_refused_with_a_message(tmp_path: Path, name: str,
                                                            text: str):
    try:
        _read(tmp_path, text, name)
    except QcodeError as e:  # qcode's own error, with a message (no crash)
        assert str(e)


# the `\s*` shapes older than session 16: a whitespace run entered from every position
_SRT = "1\n00:00:01,000 --> 00:00:02,000\n{}\n\n2\n00:00:03,000 --> 00:00:04,000\nHello.\n"


@pytest.mark.parametrize(("name", "text"), [
    # descriptor._LABELLED (`\s*(?:\*\*|__)?\s*` before the colon): 40k: 12.7 s
    ("kim.txt", "KIM" + " " * 40_000 + "x\n" + QA + END),
    # descriptor._SEGMENT (split on `\s*[,;]\s*`): 40k: 14.5 s
    ("value.txt", "Kim: woman" + " " * 40_000 + "x\n" + QA + END),
    # descriptor._PERSON (`([^\s,;()]+)\s*\(`, from every letter of a word): 10k: 3.6 s
    ("word.txt", "Kim: woman, 50s, " + "x" * 40_000 + "\n" + QA + END),
    # present._ITEMS (split on `\s*[,;&]\s*|\s+and\s+`): 40k: 34 s
    ("present.txt", "Present: Kim Ji-ho (K), Lee Su-min" + " " * 40_000 + "x (L)\n\n" + QA + END),
    # sections._PART_OF_HEADING (split on `\s+[—–-]\s+|[,:(]`): 40k: 15.5 s
    ("headings.md", "# Interview 1" + " " * 40_000 + "x\n\nQ: Where?\n\nA: Here.\n\n"
     "# Interview 2\n\nQ: When?\n\nA: Then.\n"),
    # layout._TOGGLE (`^\s*[\[(]?\s*`, matched on every line): 40k spaces: 11.8 s
    ("spaces.txt", QA + " " * 40_000 + "x\n" + END),
    # pipes.DELIMITER (`^\s*\|?\s*`) under a pipe row: 40k: 30 s
    ("pipe.txt", "| Speaker | Text |\n" + " " * 40_000 + "| x\n" + QA + END),
    # cuetext._TAG and colours' tags (`</?[^>]+>`, `<(/?)(font|c)\b([^>]*)>`): 40k: 6-7 s
    ("lt.srt", _SRT.format("<" * 40_000)),
    ("ltc.srt", _SRT.format("<c" * 20_000)),
    ("brace.srt", _SRT.format("{\\" * 20_000)),
])
def test_long_whitespace_runs_and_open_tags_are_read(tmp_path: Path, name: str, text: str):
    assert _read(tmp_path, text, name) >= 1


_OLD_PERSON = re.compile(r"([^\s,;()]+)\s*\(([^()]*)\)")
_OLD_WHOLE = [  # the line patterns rewritten, and their new forms
    (re.compile(r"^\s*[\[(]?\s*[+−▾▸▴▿▼►▲◄⌄⌃˅˄⊕⊖⊞⊟❯❮]\s*[\])]?\s*$"), _TOGGLE),
    (re.compile(r"^\s*(?:<!--|\[)?\s*qcode:\s*(start|end)\s*(?:-->|\])?\s*$", re.I), _MARKER),
    (re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$"), DELIMITER),
]
_OLD_TAG = re.compile(r"</?[^>]+>|\{\\[^}]*\}")
_OLD_SPLITS = [  # the patterns split_spaced replaces, and how it is called for each
    (re.compile(r"\s*[,;]\s*|(?<=[a-z\d)])\.\s+"), _SEGMENT, ",;", ""),
    (re.compile(r"\s*[,;&]\s*|\s+and\s+"), _ITEMS, ",;&", "a"),
    (re.compile(r"\s+[—–-]\s+|[,:(]"), _PART_OF_HEADING, "", "—–-"),
]
_OLD_LABELLED = re.compile(r"^\s*(?:\*\*|__)?([A-Z][\w.'’-]*(?:\s[\w.'’-]+){0,2})\s*(?:\*\*|__)?"
                           r"\s*[:：]\s*(?:\*\*|__)?\s*(\S.*)$")
_PIECES = [" ", "  ", "\t", "\u00a0", ",", ";", "&", "and", " and ", "a", "K", "KIM", "**",
           "__", ":", "：", ".", "1", ")", "—", "-", "(", "<", ">", "/", "{", "\\", "}", "c",
           "font", "x", "+", "▾", "<!--", "-->", "qcode:", "start", "---"]


def test_linear_scans_find_what_the_old_patterns_found():
    rnd = random.Random(16)
    texts = ["Woman, 50s ,  from Musan. Left in 2010; now in Seoul",
             "Kim (K),  interpreter & Lee and  Park", "P1 (woman, 40s), P2(man) and x (y",
             "Interview 3 — Woman, 50s (Musan)",
             "<i>Yes</i> {\\an8}<c.yellow>no</c> <> </> <a<b> {\\x",
             "**Kim** : __ Woman, 40s__", "Kim Sun-hee ：  a", "KIM" + " " * 50]
    texts += ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 12)))
              for _ in range(5_000)]
    for text in texts:
        for old, core, may, must in _OLD_SPLITS:
            assert split_spaced(core, text, may, must) == old.split(text), text
        assert strip_tags(text) == _OLD_TAG.sub("", text), text
        old_m, new_m = _OLD_LABELLED.match(text), _LABELLED.match(text)
        assert (old_m and old_m.groups()) == (new_m and new_m.groups()), text
        for old, new in _OLD_WHOLE:
            old_m, new_m = old.match(text), new.match(text)
            assert (old_m and old_m.groups()) == (new_m and new_m.groups()), text
        assert _PERSON.sub("", text) == _OLD_PERSON.sub("", text), text
        assert [m.groups() for m in _PERSON.finditer(text)] == \
            [m.groups() for m in _OLD_PERSON.finditer(text)], text
