"""Speech-to-text and captioning exports (session 14): WhisperX's diarization ids opening
cue text (`[SPEAKER_00]:`, `[SPEAKER_01]`, `SPEAKER_00:`), Whisper's console segments
(`[00:00.000 --> 00:03.680]  text`, no speaker), Zoom's saved captions with a role in the
bracketed name (`[Hana Lee (interpreter)] 14:03:40 ...`); and what looks like them but is
no speaker (`[MUSIC]`, `[Laughter (both)]`). Fixtures in tests/data/layouts/."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from tests.test_word_subtitles import messages

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def turns(path: Path) -> list[tuple[str, str, str]]:
    """(speaker, role, first words) of each turn."""
    t = parse_file(path, Config())
    return [(turn.speaker, turn.role, " ".join(turn.text.split()[:4])) for turn in t.turns]


def test_whisperx_speaker_ids_in_subtitles_are_speakers():
    """`[SPEAKER_01]: text` opens a cue: the id is the speaker, not words of the turn; a
    cue without one goes on with the voice before; roles by who asks (the id says none):
    the interviewer's `Right.` is his own turn, the respondent's `you know what he asked
    me?` stays in her answer."""
    assert turns(LAYOUTS / "srt-diarized-speakers.srt") == [
        ("SPEAKER_01", "interviewer", "Thanks for staying after"),
        ("SPEAKER_00", "respondent", "Socks and batteries, mostly."),
        ("SPEAKER_01", "interviewer", "Who checked the sacks?"),
        ("SPEAKER_00", "respondent", "A young soldier. He"),
        ("SPEAKER_01", "interviewer", "Right."),
        ("SPEAKER_00", "respondent", "After that he never"),
    ]
    t = parse_file(LAYOUTS / "srt-diarized-speakers.srt", Config())
    assert not any("SPEAKER" in turn.text for turn in t.turns)
    assert "Whether I had any chewing gum." in t.turns[3].text


def test_speaker_ids_without_a_colon_in_webvtt():
    assert turns(LAYOUTS / "vtt-diarized-no-colon.vtt") == [
        ("SPEAKER_00", "interviewer", "When did you first"),
        ("SPEAKER_01", "respondent", "In the winter of"),
        ("SPEAKER_00", "interviewer", "What did you listen"),
        ("SPEAKER_01", "respondent", "The weather from Seoul,"),
    ]


def test_speaker_ids_in_brackets_in_plain_text():
    """`[SPEAKER_00]: text` in a text file: read as `SPEAKER_00:` is; a third id speaking
    once is a speaker too (digits and all, no `Day 3` heading)."""
    assert turns(LAYOUTS / "text-diarized-brackets.txt") == [
        ("(preamble)", "other", "Automatic transcript (diarized). Speakers"),
        ("SPEAKER_00", "interviewer", "Could you say where"),
        ("SPEAKER_01", "respondent", "At a shoe factory"),
        ("SPEAKER_00", "interviewer", "Were you paid?"),
        ("SPEAKER_01", "respondent", "Almost nothing. We sold"),
        ("SPEAKER_02", "respondent", "I worked there too,"),
        ("SPEAKER_01", "respondent", "So the offcuts paid"),
        ("SPEAKER_00", "interviewer", "Thank you."),
    ]


def test_sound_tags_opening_cues_are_no_speakers():
    """`[MUSIC]` and `[laughs]` open two cues each: sounds, never speakers' names."""
    t = parse_file(LAYOUTS / "srt-sound-tags.srt", Config())
    assert {turn.speaker for turn in t.turns} == {"Respondent"}


def test_whisper_segments_are_told_apart_by_the_questions():
    """Whisper's `[00:00:00.000 --> 00:00:04.200]  text` lines: the range is no words (the
    start is the segment's time); a question is the interviewer's, the segments after it
    the respondent's one turn; a question she quotes after `asked me,` stays hers; the
    closing thanks after the last answer is the interviewer's; said in a notice."""
    path = LAYOUTS / "whisper-segments-hours.txt"
    assert turns(path) == [
        ("Interviewer", "interviewer", "Let's start with the"),
        ("Respondent", "respondent", "Three nights. The broker"),
        ("Interviewer", "interviewer", "And were the new"),
        ("Respondent", "respondent", "Yes, by my uncle,"),
        ("Interviewer", "interviewer", "What did you feel"),
        ("Respondent", "respondent", "Cold, mostly. My shoes"),
        ("Interviewer", "interviewer", "Thanks, that is all"),
    ]
    t = parse_file(path, Config())
    assert "why are you carrying so little?" in t.turns[3].text
    assert not any("-->" in turn.text for turn in t.turns)
    assert t.turns[1].time == "00:00:04.900"
    assert any("speech-to-text program's segments" in m and "no speaker is named" in m
               for m in messages(path))


def test_whisper_segments_with_speaker_ids_keep_their_labels():
    """`[00:03.600 --> 00:08.400]  SPEAKER_01: text`: labelled, so the labels say who."""
    path = LAYOUTS / "whisper-segments-labelled.txt"
    assert [(who, role) for who, role, _ in turns(path)] == [
        ("SPEAKER_00", "interviewer"), ("SPEAKER_01", "respondent"), ("SPEAKER_01", "respondent"),
        ("SPEAKER_00", "interviewer"), ("SPEAKER_01", "respondent"), ("SPEAKER_01", "respondent")]
    t = parse_file(path, Config())
    assert t.turns[1].text.startswith("On memory cards") and t.turns[1].time == "00:03.600"


def test_a_thanks_answering_the_last_question_stays_an_answer(tmp_path: Path):
    """Only a thanks after an answer closes the interview: `Is there anything you want to
    add?` / `Thank you for asking...` is her answer."""
    path = tmp_path / "segments.txt"
    said = ["Where did you work?", "At the port in Nampo.", "Did you load the ships?",
            "Yes, coal mostly, at night.", "Is there anything you want to add?",
            "Thank you for asking about the port."]
    path.write_text("".join(f"[00:{k:02d}.000 --> 00:{k:02d}.900]  {s}\n"
                            for k, s in enumerate(said)), encoding="utf-8")
    assert [role for _, role, _ in turns(path)] == ["interviewer", "respondent"] * 3


def test_zoom_captions_with_a_role_in_the_name():
    """`[Name (host)] 10:15:02 text`: the role in brackets is read as it is after `Name
    (interpreter):`, the host asks, the guest answers, the interpreter is context."""
    assert turns(LAYOUTS / "zoom-captions-roles.txt") == [
        ("Marta Lindgren", "interviewer", "Good morning, and thank"),
        ("Marta Lindgren", "interviewer", "Could you tell us"),
        ("Ri Kyong-ae", "respondent", "At a neighbour's house,"),
        ("Ri Kyong-ae", "respondent", "We watched it with"),
        ("Ju Min-seo", "other", "She is saying a"),
        ("Marta Lindgren", "interviewer", "Were you afraid of"),
        ("Ri Kyong-ae", "respondent", "Always. But everyone on"),
        ("Marta Lindgren", "interviewer", "Thank you, that is"),
    ]


def test_sound_notes_in_brackets_with_parentheses_are_no_speakers():
    """`[Laughter (both)]` twice in a stamped, labelled transcript: a sound, in the turn."""
    rows = turns(LAYOUTS / "stamps-labelled-sound-notes.txt")
    assert [who for who, _, _ in rows] == ["Interviewer", "Mun Hye-ri"] * 3
    t = parse_file(LAYOUTS / "stamps-labelled-sound-notes.txt", Config())
    assert "[Laughter (both)] So nobody refused twice." in t.turns[-1].text


def test_long_segment_and_caption_files_read_in_one_pass(tmp_path: Path):
    """Some thousands of lines of segments and cues read (each rule is one pass over the lines)."""
    seg, cues = tmp_path / "long.txt", tmp_path / "long.srt"
    said = ["Did you pay the guards?", "Yes, in cigarettes.", "Every month."]
    seg.write_text("".join(f"[{k // 60:02d}:{k % 60:02d}.000 --> {k // 60:02d}:{k % 60:02d}.500]"
                           f"  {said[k % 3]}\n" for k in range(600)), encoding="utf-8")
    cues.write_text("".join(f"{k + 1}\n00:{k // 60 % 60:02d}:{k % 60:02d},000 --> "
                            f"00:{k // 60 % 60:02d}:{k % 60:02d},500\n[SPEAKER_0{min(k % 3, 1)}]:"
                            f" {said[k % 3]}\n\n" for k in range(300)), encoding="utf-8")
    assert len(parse_file(seg, Config()).turns) == 400
    assert len(parse_file(cues, Config()).turns) == 200


def test_a_subtitle_file_saved_as_text_is_no_segment_list(tmp_path: Path):
    """Bare cue ranges (`00:00:00,120 --> 00:00:03,900`, an .srt saved as .txt) are not
    Whisper's bracketed segments: not read as a panel's time lines (the speakers' ids are
    still read)."""
    path = tmp_path / "cues.txt"
    path.write_bytes((LAYOUTS / "srt-diarized-speakers.srt").read_bytes())
    assert not any("transcript panel" in m for m in messages(path))
    assert {who for who, role, _ in turns(path) if role != "other"} == {"SPEAKER_00", "SPEAKER_01"}
