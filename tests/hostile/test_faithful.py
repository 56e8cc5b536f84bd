"""Faithful reading: what qcode cannot read as intended is kept and said, never dropped."""

from __future__ import annotations

import os

from qcode.store import Store
from tests.conftest import Project
from tests.hostile.conftest import run_batch

VTT = """WEBVTT
Kind: captions

NOTE written by hand

1
00:00:01.000 --> 00:00:04.000
<v Interviewer>Did you pay a bribe?

2
00:00:05,000 -> 00:00:09.000
<v Kim>We gave the guard cigarettes.

3
00:00:10.000 --> 00:00:12.000
<v Kim>Then we crossed.

And the river was cold.
"""


def test_malformed_cue_is_kept_with_a_warning_naming_its_line(project: Project):
    project.write("cues.vtt", VTT)
    err = run_batch(project, code=0)
    assert err.splitlines() == [
        "Warning: transcripts/cues.vtt:11: cue time line not understood (expected like "
        "00:01:02.500 --> 00:01:05.000); the cue's text is kept without a time",
        "Warning: transcripts/cues.vtt:18: text outside any cue (no time line before it); kept "
        "as part of the cue before it"]
    with Store(project.root / "outputs" / "qcode.db", create=False) as store:
        turns = next(store.load_transcripts(["cues"])).turns
    assert [(t.speaker, t.text) for t in turns] == [
        ("Interviewer", "Did you pay a bribe?"),
        ("Kim", "We gave the guard cigarettes. Then we crossed. And the river was cold.")]


def test_symlink_out_of_the_folder_is_skipped_with_a_warning(project: Project):
    outside = project.write("secret.txt", "A: a system file, not a transcript.\n",
                            folder="elsewhere")
    os.symlink(outside, project.root / "transcripts" / "link.txt")
    os.symlink(project.root / "transcripts" / "t1.txt", project.root / "transcripts" / "in.txt")
    err = run_batch(project, code=0)
    assert err == ("Warning: transcripts/link.txt: skipped: a symbolic link to a file outside "
                   "the transcript folder; copy the file into the folder to ingest it\n")
