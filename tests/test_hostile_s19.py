"""Hostile input against session 19's new and changed readers: e-mail answers typed between
quoted questions (replies.py), numbered roles and full names used once before their
initials (speakers.py, samepeople.py), labels a header equates (`F3 = P3`, equated.py), a
feature's trailing Q&A box, sponsor lines and closing cues, title cards and dialogue
dashes after a sound cue: files of thousands of the shape's lines, headers of hundreds of
equations, thousands of labels used once.

Three were quadratic. A full name used once was checked against every other label, again
for each full name (2,000 people named in full, then by their initials: 22 s; 4,000: 69 s);
the header's equations were found again for every label used once (900 equations above
10,000 such labels: seconds), and each equation sought its labels' turns through every
label; and a label used once was tried as a slip of every label used twice (slips.py,
older, reached by the same files: 15,000 labels used once beside 6,000 used twice took five
minutes). No timing is asserted: each case asserts what the file reads as."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from qcode.config import Config
from qcode.ingest import parse_file

EMAIL = "Subject: Re: questions\n\nDear Ms Park,\n\n"
FEATURE = ('She left in winter.\n\n"We crossed at night," Park recalls.\n\n"The river was '
           'frozen."\n\n"My brother stayed."\n\n')
SHOW = "HOST: q?\nGUEST: a.\n"
CUE = "{0}\n00:00:{1:02d},000 --> 00:00:{1:02d},500\n{2}\n\n"


def _turns(tmp_path: Path, text: str, name: str = "t.txt") -> list[tuple[str, str]]:
    """Parse the text as a file; each turn's (speaker, role)."""
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return [(t.speaker or "", t.role) for t in parse_file(path, Config()).turns]


# --- the new readers' shapes in bulk: read as their shape --------------------------------

@pytest.mark.parametrize(("text", "name", "read"), [
    (EMAIL + "".join(f"> {i % 99}. Where did he live {i}?\nIN HYESAN {i}.\n>\n"
                     for i in range(3_000)), "t.txt",
     {("Interviewer", "interviewer"): 3_000, ("Respondent", "respondent"): 3_000}),
    (EMAIL + "".join(f"> {i % 99}. q {i}?\n\nanswer {i}.\n\n" for i in range(3_000)), "t.txt",
     {("Interviewer", "interviewer"): 3_000, ("Respondent", "respondent"): 3_000}),
    (EMAIL + "> 1. Where?\nA.\n> 2. When?\nB.\n" + "> " * 40_000 + "x\n", "t.txt",
     {("Interviewer", "interviewer"): 2, ("Respondent", "respondent"): 2}),
    ("".join(f"[Respondent {i % 100}]\nwords {i}.\n\n[Interviewer]\nq {i}?\n\n"
             for i in range(3_000)), "t.txt",
     {("Interviewer", "interviewer"): 3_000, ("Respondent 7", "respondent"): 30}),
    (FEATURE + "".join(f'"Quote {i}," she says.\n\nNarration {i}.\n\n' for i in range(3_000)),
     "t.txt", {("Park", "respondent"): 3_003, ("(narration)", "other"): 3_001}),
    (FEATURE * 3 + "SIDEBAR\n\n" + "".join(f"Question {i}?\n\nAnswer {i}.\n\n"
                                            for i in range(3_000)), "t.txt",
     {("Park", "respondent"): 3_009, ("Interviewer", "interviewer"): 3_000}),
    (SHOW + "\n" + "".join(f"HOST: after this short break.\n\nThis show is brought to you by "
                           f"Acme {i}.\n\n[BREAK]\n\nGUEST: a {i}.\n\n" for i in range(2_000)),
     "t.txt", {("(ad)", "other"): 2_000, ("GUEST", "respondent"): 2_001}),
    (SHOW * 3 + "".join(f"[closing music]\ncredits {i}\n" for i in range(3_000)), "t.txt",
     {("(after interview)", "other"): 3_000, ("GUEST", "respondent"): 3}),
    ("".join(f"THE CARD {i}\nA documentary by Hollis Ward\n\nKIM: hello?\nLEE: yes.\n\n"
             for i in range(3_000)), "t.txt",
     {("(heading)", "other"): 3_000, ("LEE", "respondent"): 3_000}),
    ("".join(CUE.format(2 * i + 1, i % 60, "[music]") + CUE.format(
        2 * i + 2, i % 60, f"- Why {i}?\n- Hunger {i}.") for i in range(3_000)), "t.srt",
     {("Interviewer", "interviewer"): 3_000, ("Respondent", "respondent"): 3_000}),
    ("Participants: four" + " " * 40_000 + "women x\n\nM: q?\nP1: a.\nM: q?\nP1: b.\n", "t.txt",
     {("M", "interviewer"): 2, ("P1", "respondent"): 2}),
])
def test_new_shapes_in_bulk_read_as_their_shape(tmp_path: Path, text: str, name: str,
                                                read: dict[tuple[str, str], int]):
    counts = Counter(_turns(tmp_path, text, name))
    assert {k: counts[k] for k in read} == read


# --- what was quadratic ---------------------------------------------------------------------

def _letters(i: int) -> tuple[str, str, str]:
    return chr(65 + i % 26), chr(65 + i // 26 % 26), chr(65 + i // 676 % 26)


def test_full_names_once_then_initials_in_bulk(tmp_path: Path):
    # each person named in full once, then labelled by initials: the full names label
    # turns of their own (not words of the host's), as three people's do
    people = [_letters(i) for i in range(1_500)]
    text = "".join(f"HOST: Welcome, question {i}?\n{a}yxe {b}oqa {c}uvo: hello {i}.\n"
                   for i, (a, b, c) in enumerate(people)) \
        + "".join(f"HOST: and then {i}?\n{a}{b}{c}: answer {i}.\nHOST: more {i}?\n"
                  f"{a}{b}{c}: more {i}.\n" for i, (a, b, c) in enumerate(people))
    speakers = {s for s, _ in _turns(tmp_path, text)}
    assert {f"{a}yxe {b}oqa {c}uvo" for a, b, c in people} <= speakers


def test_three_full_names_then_initials_are_three_people(tmp_path: Path):
    text = "".join(f"HOST: Welcome {i}?\n{a}yxe {b}oqa {c}uvo: hello.\n"
                   for i, (a, b, c) in enumerate(map(_letters, range(3)))) \
        + "".join(f"HOST: then?\n{a}{b}{c}: yes.\nHOST: more?\n{a}{b}{c}: no.\n"
                  for a, b, c in map(_letters, range(3)))
    counts = Counter(_turns(tmp_path, text))
    assert counts == {("HOST", "interviewer"): 9, ("Ayxe Aoqa Auvo", "respondent"): 3,
                      ("Byxe Aoqa Auvo", "respondent"): 3, ("Cyxe Aoqa Auvo", "respondent"): 3}


def test_slips_in_bulk_are_read_as_the_labels_they_misspell(tmp_path: Path):
    text = "".join(f"M: q?\nKimabc{i:05d}: a.\nM: q?\nKimabc{i:05d}: b.\n" for i in range(3_000)) \
        + "".join(f"M: q?\n\nKimabx{i:05d}: c.\n" for i in range(3_000))
    counts = Counter(s for s, _ in _turns(tmp_path, text))
    assert not any(s.startswith("Kimabx") for s in counts)
    assert all(counts[f"Kimabc{i:05d}"] == 3 for i in range(3_000))


def test_a_label_of_thousands_of_capitals_is_no_slip(tmp_path: Path):
    long = "A" * 40_000
    text = f"M: q?\n{long}: x\nM: q?\n{long}: y\nM: q?\n\n{long[:-1]}B: z\nM: q?\nKIM: a.\n"
    assert ("KIM", "respondent") in _turns(tmp_path, text)


def test_a_header_of_hundreds_of_equations_joins_each_pair(tmp_path: Path):
    head = "Participants: " + " ".join(f"F{i} = P{i};" for i in range(300)) + "\n\n"
    text = head + "".join(f"M: q?\nF{i}: a.\nM: q?\nP{i}: b.\nM: q?\nF{i}: c.\n"
                          for i in range(300))
    counts = Counter(s for s, _ in _turns(tmp_path, text))
    assert not any(s.startswith("F") for s in counts)
    assert all(counts[f"P{i}"] == 3 for i in range(300))


def test_a_chain_of_equations_joins_every_label_to_the_last(tmp_path: Path):
    head = "Participants: " + " ".join(f"P{i}=P{i + 1}" for i in range(400)) + "\n\n"
    text = head + "".join(f"M: q?\nP{i}: a.\nM: q?\nP{i}: b.\n" for i in range(400))
    counts = Counter(_turns(tmp_path, text))
    assert counts[("P399", "respondent")] == 800 and counts[("M", "interviewer")] == 800


def test_labels_used_once_that_the_header_equates_speak(tmp_path: Path):
    head = ("Participants: four women. The assistant typed W in places: "
            + " ".join(f"W{i} is also written as P{i};" for i in range(150)) + "\n\n")
    text = head + "".join(f"M: q?\nP{i}: b.\nM: q?\nP{i}: c.\nM: q?\nW{i}: d.\n"
                          for i in range(150))
    counts = Counter(s for s, _ in _turns(tmp_path, text))
    assert not any(s.startswith("W") for s in counts)
    assert all(counts[f"P{i}"] == 3 for i in range(150))


def test_thousands_of_labels_used_once_under_a_header_of_equations(tmp_path: Path):
    head = "Note that the labels are " + " ".join(f"A{i}=B{i}" for i in range(900)) + "\n\n"
    text = head + "M: q?\nP3: a.\n" * 3 + "".join(f"\nSaid{i}: text {i}\n" for i in range(8_000))
    assert {s for s, r in _turns(tmp_path, text) if r != "other"} == {"M", "P3"}
