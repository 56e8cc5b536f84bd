"""Shapes published interview documents take that eval6 (tests/data/eval6/) found misread,
each fix proven on its own fixture in another wording and style (tests/data/layouts/ or
tmp_path): a documentary's narrator and on-screen text, subtitles for the deaf..."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.config import Config
from qcode.ingest import parse_file
from tests.test_word_subtitles import messages, turns, word_tables

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def test_names_in_square_brackets_open_subtitle_cues():
    """Subtitles for the deaf name the speaker in brackets (`[Park Ji-won] In Onsong`): the
    names were words of the answers, and the first answer an introduction (not coded). A
    dash cue after the interviewer's question opens with the answer (`- Twice...` / `- The
    radios?`), one after an answer with the question; a description in brackets (`[Door
    slams]`) is a sound; `[CHUCKLES]` opening a line is no name."""
    path = LAYOUTS / "srt-bracket-names.srt"
    park = "Park Ji-won"
    assert turns(path) == [
        ("Host", "interviewer", "Welcome back. Where did your family live?"),
        (park, "respondent", "In Onsong, two streets from the railway station. My father "
                             "repaired bicycles in a shed behind the house."),
        ("(sound)", "other", "[Door slams]"),
        ("Host", "interviewer", "Did the police ever come to the shed?"),
        (park, "respondent", "Twice, for the radios."),
        ("Host", "interviewer", "The radios?"),
        (park, "respondent", "People brought him radios too. He fixed the dials so they "
                             "stayed on Pyongyang. [CHUCKLES] Mostly."),
        ("Host", "interviewer", "And that was allowed?"),
        (park, "respondent", "Nobody asked."),
    ]
    assert messages(path) == [
        "3: [Host], [Park Ji-won] read as speakers' names (in square brackets, each opening two "
        "cues or more); if one is a sound, write it on a line of its own"]


def test_a_sound_in_capitals_is_no_name(tmp_path: Path):
    """`[WHISPERS]` opens cues as a name does, twice, but is what was heard: the answer
    goes on."""
    path = tmp_path / "s.srt"
    cues = ["[INTERVIEWER] Who sold the films?", "[HAN] The teacher.",
            "[WHISPERS] She sold them at night.", "[INTERVIEWER] Your own teacher?",
            "[HAN] Yes.", "[WHISPERS] Nobody knew."]
    path.write_text("".join(f"{n}\n00:00:0{n},000 --> 00:00:0{n},900\n{c}\n\n"
                            for n, c in enumerate(cues, 1)), encoding="utf-8")
    assert turns(path) == [
        ("INTERVIEWER", "interviewer", "Who sold the films?"),
        ("HAN", "respondent", "The teacher. [WHISPERS] She sold them at night."),
        ("INTERVIEWER", "interviewer", "Your own teacher?"),
        ("HAN", "respondent", "Yes. [WHISPERS] Nobody knew.")]


def test_a_documentary_narrator_and_screen_text_are_not_testimony():
    """A documentary's script as text: `NARRATOR:` was a respondent (coded), `TITLE CARD:`
    and `On-screen text:` lines speech, `♪ ... ♪` and `[gulls crying]` words of a turn."""
    rows = turns(LAYOUTS / "documentary-script.txt")
    assert [(s, r) for s, r, _ in rows] == [
        ("(preamble)", "other"), ("NARRATOR", "other"), ("(sound)", "other"),
        ("(on screen)", "other"), ("INTERVIEWER", "interviewer"), ("KANG", "respondent"),
        ("NARRATOR", "other"), ("(sound)", "other"), ("INTERVIEWER", "interviewer"),
        ("KANG", "respondent"), ("(on screen)", "other")]
    assert all("Chongjin" not in text and "2003" not in text
               for _, role, text in rows if role == "respondent")


def test_a_narrator_voice_tag_in_webvtt(tmp_path: Path):
    path = tmp_path / "film.vtt"
    path.write_text("WEBVTT\n\n00:01.000 --> 00:03.000\n<v Voice-over>Sinuiju faces China "
                    "across the river.\n\n00:03.500 --> 00:05.000\n<v Interviewer>Could you see "
                    "China from home?\n\n00:05.500 --> 00:07.000\n<v Mrs. Oh>Every morning.\n\n"
                    "00:07.500 --> 00:09.000\nLower third: Mrs. Oh, 61, left in 2011\n",
                    encoding="utf-8")
    assert turns(path) == [
        ("Voice-over", "other", "Sinuiju faces China across the river."),
        ("Interviewer", "interviewer", "Could you see China from home?"),
        ("Mrs. Oh", "respondent", "Every morning."),
        ("(on screen)", "other", "Lower third: Mrs. Oh, 61, left in 2011")]


def test_captions_that_mark_each_new_speaker_with_chevrons():
    """Captions with `>>` at each change of speaker, no names and no punctuation (as
    automatic and broadcast captions come): the whole file was one respondent turn, every
    question coded as testimony. The two voices take turns; the one whose turns open as
    questions asks (an answer opening `WHAT I REMEMBER` is outvoted); the text before the
    first `>>` is the other voice's."""
    path = LAYOUTS / "captions-chevrons.srt"
    rows = turns(path)
    assert [(s, r) for s, r, _ in rows] == [
        ("Respondent", "respondent")] + [("Interviewer", "interviewer"),
                                         ("Respondent", "respondent")] * 3
    assert rows[1][2] == "TELL ME ABOUT THE DAY YOU CROSSED THE RIVER"
    assert rows[2][2].endswith("MY BROTHER HELD MY HAND")
    assert messages(path) == [
        "8: `>>` marks 6 changes of speaker and no one is named: read as two voices taking "
        "turns, the interviewer the one whose turns open as questions (3 of 3, the other's 0 "
        "of 4); if that is wrong, tag the voices (<v Name>)"]


def test_chevrons_whose_voices_both_ask_name_no_one(tmp_path: Path):
    """When both voices ask as often, who interviews is not guessed: said, read as before."""
    path = tmp_path / "talk.vtt"
    pieces = ["did you see it", "why do you ask", "what do you think", "were you there"]
    path.write_text("WEBVTT\n\n" + "".join(f"00:0{n}.000 --> 00:0{n}.900\n&gt;&gt; {p}\n\n"
                                           for n, p in enumerate(pieces, 1)), encoding="utf-8")
    assert {s for s, _, _ in turns(path)} == {"Respondent"}
    assert messages(path)[1] == (
        "4: `>>` marks 4 changes of speaker, but who asks could not be told from the wording; "
        "read without speakers; tag the voices (<v Name>) to read them")


def test_a_question_that_lost_its_mark():
    """A page's bold question without `?` (`__Were the machines old__`) opened the answer,
    coded as testimony; it is a question when bold like the page's questions and opening as
    one, and a bold heading before it (`__Life on the night shift__`) stays a heading. Copied
    as plain text, such a line (no full stop, opening as a question) is one too, said."""
    rows = turns(LAYOUTS / "question-lost-mark.md")
    assert [(s, r) for s, r, _ in rows] == [
        ("(heading)", "other"), ("Intro", "other"),
        *[("Interviewer", "interviewer"), ("Respondent", "respondent")] * 1,
        ("(heading)", "other"),
        *[("Interviewer", "interviewer"), ("Respondent", "respondent")] * 3]
    assert messages(LAYOUTS / "question-lost-mark.md") == []
    plain = LAYOUTS / "question-lost-mark-plain.txt"
    assert [(s, text) for s, _, text in turns(plain)][4:6] == [
        ("Interviewer", "Did the market managers take a share"),
        ("Respondent", "Every day, a fixed sum per stall. If you did not pay, your stall went "
                       "to someone else.")]
    assert [m.split(" is read")[0] for m in messages(plain)] == [
        "9: 'Did the market managers take a ...'"]


def test_answers_that_open_like_questions_stay_answers(tmp_path: Path):
    """Only a line without a full stop that opens with a verb before its subject (`Did the
    managers`) or `What made you` loses its `?`: answers opening `What I remember`, `When
    you cross`, or ending a sentence, stay answers."""
    path = tmp_path / "a.txt"
    path.write_text("Where were you born?\n\nIn Musan.\n\nWhat I remember is the cold\n\n"
                    "Everybody was hungry.\n\nDid you walk?\n\nYes.\n\n"
                    "When you cross at night you do not speak\n\nNot a word.\n\n"
                    "Were you caught?\n\nDid they catch us. No, they did not.\n\nThank you.\n",
                    encoding="utf-8")
    assert [t.role for t in parse_file(path, Config()).turns] == [
        "interviewer", "respondent", "interviewer", "respondent", "interviewer", "respondent"]
    assert messages(path) == []


def test_an_audience_question_under_a_label_used_once():
    """`Questioner:` (`AUDIENCE MEMBER:`, `From the floor:`...) labels one paragraph: read as
    words of the host's turn before it (a notice said so), the question was lost in his
    turn; it is a question of its own, and the host is still found by his questions. A
    `* * *` separator was read as the host's last words."""
    path = LAYOUTS / "townhall-questioner.txt"
    rows = turns(path)
    assert rows[9:11] == [
        ("Questioner", "interviewer", "Did your mother ever come to the South herself?"),
        ("Ms. Seo", "respondent", "No. She stayed in Kimchaek with my younger brother. I send "
                                  "money through a broker twice a year.")]
    assert rows[8][0] == rows[11][0] == "Min Ji-ho"
    assert [(s, r) for s, r, _ in rows[7:8] + rows[12:]] == [
        ("(sound)", "other"), ("(rule)", "other"), ("(credit)", "other")]
    assert [m.split(" (")[0] for m in messages(path)] == [
        "4: no interviewer label is known; took 'Min Ji-ho' as the interviewer"]


def test_a_word_transcript_closing_with_the_end_and_a_credit(tmp_path: Path):
    """`End of interview. Transcribed and translated by ...` after the table was read into
    the last speaker's turn, and a row without a speaker (`[Phone rings, recording
    stopped]`) into the answer before it."""
    path = word_tables(tmp_path / "t.docx", [
        ("Speaker", "Text"), ("Interviewer", "Who found the broker?"),
        ("Jang", "My sister. She had a number in Yanji."),
        ("", "[Phone rings, recording stopped]"),
        ("Interviewer", "And the money?"), ("Jang", "We sold the television.")],
        after=("End of interview. Transcribed and translated by K. Ryu, March 2022.",))
    assert [(s, r) for s, r, _ in turns(path)] == [
        ("(heading)", "other"), ("(heading)", "other"), ("Interviewer", "interviewer"),
        ("Jang", "respondent"), ("(sound)", "other"), ("Interviewer", "interviewer"), ("Jang", "respondent"),
        ("(end)", "other")]


def test_a_pdf_excerpt_that_runs_into_the_next_testimony():
    """Running headers with their page number on the same line (`Refugee Voices ... 33`,
    `34 ... Refugee Voices`) were words of the answer, and after the last one, the next
    testimony's heading and particulars too. The headers are left out (the answer's halves
    joined), and `Testimony No. 15` after the last answer ends the interview."""
    path = LAYOUTS / "pdf-next-testimony.txt"
    rows = turns(path)
    assert rows[-3:] == [
        ("RESPONDENT", "respondent", "A few fish at the holidays. My husband said the plant "
                                     "fed everyone except the people who worked there. Why "
                                     "would anyone stay?"),
        ("(interview heading)", "other", "Testimony No. 15"),
        ("(after interview)", "other", "Man, 29, from Musan. Interviewed in Seoul, 2020.")]
    assert rows[1] == ("(interview heading)", "other", "Testimony No. 14")
    assert messages(path) == [
        "12: 2 running header lines ('Refugee Voices Quarterly, Autumn issue 33'), with their "
        "page numbers, are left out of the text (the first on this line)"]


def test_a_list_of_titled_years_is_no_running_header(tmp_path: Path):
    """Lines that repeat a title with another number are running headers only when the
    numbers run as pages with lines between: a list in an answer stays the answer."""
    path = tmp_path / "list.txt"
    path.write_text("Q: What did you grow?\nA: Every year it was the same field:\n"
                    "Potatoes in Kapsan 2009\nPotatoes in Kapsan 2010\nand then nothing.\n",
                    encoding="utf-8")
    assert turns(path)[1] == ("A", "respondent", "Every year it was the same field: Potatoes "
                              "in Kapsan 2009 Potatoes in Kapsan 2010 and then nothing.")


def test_a_form_feed_is_a_page_break_not_a_control_character(tmp_path: Path):
    """Text from a PDF puts a form feed at each page break: it is whitespace, so no output
    shows it as �, and the warning that said so was false. ESC still is counted."""
    path = tmp_path / "ff.txt"
    path.write_text("Q: Where did you work?\nA: At the mill,\n\x0cuntil it closed.\n"
                    "Q: And then?\nA: Nothing\x1b.\n", encoding="utf-8")
    assert [m.split(" such as")[0] for m in messages(path)] == ["5: 1 control character"]
    assert turns(path)[1][2] == "At the mill, until it closed."


def test_a_video_transcript_panel_is_told_apart_by_its_questions():
    """A YouTube transcript panel pasted as text: a time line above each caption line,
    chapter titles between, no speaker named. The time lines and titles were words of the
    turns, and the whole video one or two turns. The questions (from the words that open
    them: `right and um if you had no cigarettes what` / `happened then?`) are the
    interviewer's, the lines after them the respondent's; the host's welcome and sign-off
    are his, the guest's `thanks for having me` hers; said in a warning."""
    path = LAYOUTS / "youtube-panel.txt"
    said = [(who, role, text[:30]) for who, role, text in turns(path)]
    assert said == [
        ("(heading)", "other", "Transcript"),
        ("(preamble)", "other", "Search in video"),
        ("(heading)", "other", "Welcome"),
        ("Interviewer", "interviewer", "hey guys welcome to another ep"),
        ("Respondent", "respondent", "thanks for having me it's grea"),
        ("Interviewer", "interviewer", "okay so what was your job back"),
        ("Respondent", "respondent", "I drove a truck for a mine so "),
        ("(heading)", "other", "Checkpoints"),
        ("Interviewer", "interviewer", "and were the checkpoints a pro"),
        ("Respondent", "respondent", "every single one you kept a ca"),
        ("Interviewer", "interviewer", "right and um if you had no cig"),
        ("Respondent", "respondent", "then you paid in diesel honest"),
        ("(heading)", "other", "The river"),
        ("Interviewer", "interviewer", "how did you finally get across"),
        ("Respondent", "respondent", "a broker in Musan took my cous"),
        ("Interviewer", "interviewer", "so what do you miss most?"),
        ("Respondent", "respondent", "my mother's cooking and the mo"),
        ("Interviewer", "interviewer", "okay thank you so much Min-jun"),
    ]
    t = parse_file(path, Config())
    assert not any(":" in turn.text for turn in t.turns if turn.role != "other")
    assert [turn.time for turn in t.turns if turn.role == "respondent"][-1] == "12:09"
    assert any("transcript panel (25 time lines" in m and "no speaker is named" in m
               for m in messages(path))


def test_a_video_panel_of_one_speaker_names_no_interviewer():
    """The same panel shape holding one person's talk, its questions her own (`so what
    could we do?`, `who would risk that without a reason?`, nobody asked): no interviewer
    is made up; the time lines and chapter titles are still no words; said."""
    path = LAYOUTS / "youtube-panel-talk.txt"
    t = parse_file(path, Config())
    assert {turn.role for turn in t.turns} == {"respondent", "other"}
    coded = " ".join(turn.text for turn in t.turns if turn.role == "respondent")
    assert coded.startswith("my name is Ri Eun-ha")
    assert not any(w in coded for w in ("0:", "Introduction", "Leaving"))
    assert any("fewer than two questions are put to anyone" in m for m in messages(path))


def test_times_given_as_answers_are_no_panel(tmp_path: Path):
    """An interview whose answers are times (`When did the market open?` / `7:30`) keeps
    them as words: a handful of time lines among many lines is no transcript panel."""
    path = tmp_path / "t.txt"
    rows = [("When did the market open?", "7:30"), ("And close?", "18:00"),
            ("When did the inspectors come?", "9:15"),
            ("How much did you pay them each week?", "Two packs of cigarettes.")]
    path.write_text("".join(f"Q: {q}\nA: {a}\n\n" for q, a in rows), encoding="utf-8")
    assert [text for who, role, text in turns(path) if role == "respondent"] == [
        "7:30", "18:00", "9:15", "Two packs of cigarettes."]


def test_a_big_video_panel_reads_in_linear_time(tmp_path: Path):
    """50,000 lines of panel read in seconds (every rule is one pass over the lines)."""
    path = tmp_path / "big.txt"
    out = []
    for k in range(6_250):
        h, rest = divmod(4 * k, 3600)
        stamp = f"{h}:{rest // 60:02d}:{rest % 60:02d}"
        out += [stamp, "did you ever pay the guards?" if k % 3 == 0 else
                "yes we paid them in cigarettes", stamp, "every month"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    t = parse_file(path, Config())
    assert {turn.role for turn in t.turns} == {"interviewer", "respondent"}


def test_italic_subtitles_are_the_voice_off_camera():
    """Documentary subtitles with the off-camera questions in italics and the filmed
    person plain, no one named: the title card (`<i>Part Two: The Driver</i>`) was a
    speaker `Part Two`, the whole film one respondent turn with the questions and the
    lower third coded, and `Translation: ...` a speaker. Now the italics are the
    interviewer's (an italic prompt without `?` too), the plain lines the respondent's,
    named by the film's lower third; title, lower third and credit are context."""
    path = LAYOUTS / "srt-italic-offscreen.srt"
    kang = "Kang Min-ho"
    assert turns(path) == [
        ("(heading)", "other", "Across the Iron Bridge"),
        ("(heading)", "other", "Part Two: The Driver"),
        ("(caption)", "other", "Kang Min-ho (not his real name)"),
        ("(caption)", "other", "Former truck driver, Musan"),
        ("Interviewer", "interviewer", "Tell me about the checkpoints."),
        (kang, "respondent", "There were six between the mine and the coast. Every guard "
                             "wanted something."),
        ("Interviewer", "interviewer", "What did they want?"),
        (kang, "respondent", "Cigarettes mostly. Sometimes diesel from the tank."),
        ("Interviewer", "interviewer", "And when you had nothing to give?"),
        (kang, "respondent", "Then you waited by the road all day."),
        ("(sound)", "other", "[engine idling]"),
        ("(credit)", "other", "Translation: Kestrel Subtitle House"),
    ]
    assert messages(path) == [
        "13: no speaker is named, but 3 passages are in italics, 3 of them asking: read as "
        "the interviewer off camera, the plain ones as Kang Min-ho's; if that is wrong, tag "
        "the voices (<v Name>)"]


def test_italics_that_do_not_ask_are_no_interviewer(tmp_path: Path):
    """A film whose italics are a narrator's (statements) and whose interviewee speaks
    plain: the italics name no one, the file reads as before (no voice made up)."""
    path = tmp_path / "n.srt"
    cues = ["<i>In 2015 the border was sealed.</i>", "We still crossed. At night.",
            "<i>Brokers raised their prices.</i>", "It cost my mother two years of work.",
            "<i>Many never arrived.</i>", "My cousin was caught near Hyesan."]
    path.write_text("".join(f"{n}\n00:00:0{n},000 --> 00:00:0{n},900\n{c}\n\n"
                            for n, c in enumerate(cues, 1)), encoding="utf-8")
    t = parse_file(path, Config())
    assert "Interviewer" not in {turn.speaker for turn in t.turns}
    assert not any("italics" in n.message for n in t.notices)


def test_a_video_panel_with_the_time_before_each_caption(tmp_path: Path):
    """The same panel copied with each time on its caption's line (`0:30 and were the
    checkpoints a problem?`) reads the same: the times are no words."""
    import re
    text = (LAYOUTS / "youtube-panel.txt").read_text(encoding="utf-8")
    path = tmp_path / "inline.txt"
    path.write_text(re.sub(r"^(\d+:\d\d)\n", r"\1 ", text, flags=re.M), encoding="utf-8")
    assert [(w, r, t[:30]) for w, r, t in turns(path)] == [
        (w, r, t[:30]) for w, r, t in turns(LAYOUTS / "youtube-panel.txt")]


def test_a_questionnaire_listing_all_questions_before_all_answers():
    """Questions numbered 1..N, then answers numbered 1..N: read as one respondent turn
    from the header on (questions, headings and sign-off coded). Now each question is the
    interviewer's and is followed by its answer, numbers off; the header, the headings and
    the sign-off are context, a paragraph under an answer stays in it (`Thanks to him...`
    too, no sign-off)."""
    t = parse_file(LAYOUTS / "questionnaire-listed.txt", Config())
    assert [(turn.speaker, turn.role, [" ".join(p.text.split()[:3]) for p in turn.paragraphs])
            for turn in t.turns if turn.role != "other"] == [
        ("Interviewer", "interviewer", ["Who did you"]),
        ("Respondent", "respondent", ["The market manager", "Sometimes it was"]),
        ("Interviewer", "interviewer", ["How were the"]),
        ("Respondent", "respondent", ["On USB sticks."]),
        ("Interviewer", "interviewer", ["What happened on"]),
        ("Respondent", "respondent", ["The water was", "Thanks to him"])]
    context = [turn.text for turn in t.turns if turn.role == "other"]
    assert "Questions prepared by: Dana Okafor" in context[0]
    assert context[1:] == ["Answers", "With best wishes, and good luck with your study. Ri"]
    assert not t.notices


def test_a_questionnaire_whose_answers_are_not_numbered_as_its_questions():
    """Three questions, answers numbered 1 and 3: no pairing is guessed; read as before,
    and a warning says why."""
    t = parse_file(LAYOUTS / "questionnaire-unmatched.txt", Config())
    assert not [turn for turn in t.turns if turn.role == "interviewer"]
    assert any("answers are numbered 1, 3, not 1 to 3" in n.message for n in t.notices)


def test_a_time_text_table_whose_text_carries_the_labels(tmp_path: Path):
    """A Google Docs or transcription-service table, `Timestamp | Transcript` with
    `Researcher:` / `Ms. Choi:` inside the text, was kept as a table (context): no turn of it
    was read. Now its text column is read as labelled text, each row's time the time of its
    paragraph, a row without a label going on with the turn before; the time column and the
    header row are no words of any turn, in any column order."""
    rows = [("00:02:10", "Researcher: You said the inspectors came every month?"),
            ("00:02:16", "Ms. Choi: Every month, and at New Year twice."),
            ("00:02:31", "We kept a bag of rice for them behind the counter."),
            ("00:02:40", "[inaudible]"),
            ("00:02:45", "Researcher: And if you had nothing to give?"),
            ("00:02:50", "Ms. Choi: Then they found something wrong with the scales.")]
    want = [("Researcher", "interviewer", "00:02:10", ["You said the inspectors came every month?"]),
            ("Ms. Choi", "respondent", "00:02:16", ["Every month, and at New Year twice.",
                                                  "We kept a bag of rice for them behind the counter."]),
            ("Researcher", "interviewer", "00:02:45", ["And if you had nothing to give?"]),
            ("Ms. Choi", "respondent", "00:02:50",
             ["Then they found something wrong with the scales."])]
    numbered = [(*row, str(k)) for k, row in enumerate(rows, 1)]  # a row number column too
    for order in ((0, 1), (1, 0), (2, 0, 1)):
        table = [tuple(("Timestamp", "Transcript", "#")[c] for c in order),
                 *(tuple(row[c] for c in order) for row in numbered)]
        path = word_tables(tmp_path / "t.docx", table, before=("Session 4, notes by the team",))
        t = parse_file(path, Config())
        assert [(turn.speaker, turn.role, turn.time, [p.text for p in turn.paragraphs])
                for turn in t.turns if turn.role != "other"] == want
        assert not any(":" in p.text and p.text[:2].isdigit()
                       for turn in t.turns for p in turn.paragraphs)
        assert "[inaudible]" in [turn.text for turn in t.turns if turn.role == "other"]


def test_a_timed_table_without_speakers_labels_stays_a_table(tmp_path: Path):
    """A day's schedule (`Time | Activity`, one `Class:` label) is no transcript: kept as
    context, with the warning."""
    path = word_tables(tmp_path / "t.docx", [
        ("Time", "Activity"), ("09:00", "Arrival at the centre"),
        ("10:30", "Class: how the banks work here"), ("12:00", "Lunch with the volunteers"),
        ("14:00", "Class: finding a job")],
        before=("Interviewer: What did a day look like?",), after=("Kang: Like school.",))
    assert [(s, r) for s, r, _ in turns(path)][:3] == [
        ("Interviewer", "interviewer"), ("(table)", "other"), ("(table)", "other")]
    assert any("is not a Speaker | Text" in m for m in messages(path))


def test_an_appendix_of_excerpts_under_designation_lines():
    """A report's appendix introduces each excerpt by a designation line with no speech
    verb (`Respondent 3 (Musan, left 2016):`, `Participant 12, male, 50s:`): read as one
    answer or as labels, the designations were coded and interviewees were one speaker.
    Each excerpt is its interviewee's (the same one again later), a bracketed question in
    it the author's, an aside that does not ask (`[sic]`, `[laughs]`) stays in the answer."""
    path = LAYOUTS / "appendix-excerpts.txt"
    said = [t for t in turns(path) if t[1] != "other"]
    assert said == [
        ("Respondent 3", "respondent", "We kept the USB stick inside a hollow battery. My uncle "
                                       "showed me how to twist the cap off."),
        ("Author", "interviewer", "Where did you watch?"),
        ("Respondent 3", "respondent", "In the coal shed, with a blanket over the window and "
                                       "the sound turned almost off."),
        ("Participant 12", "respondent", "At the river the guard wanted three hundred yuan [sic] "
                                         "before he would look the other way. I had two hundred. "
                                         "[laughs] I gave him my watch as well."),
        ("Participant 12", "respondent", "My brother went across a year later, in the winter, "
                                         "when the ice was thick enough to walk on."),
        ("Respondent 3", "respondent", "After the second inspection my mother stopped keeping "
                                       "anything in the house."),
        ("Author", "interviewer", "And the neighbours, did they know?"),
        ("Respondent 3", "respondent", "Everyone knew. Nobody said it aloud."),
    ]
    context = [t[2] for t in turns(path) if t[1] == "other"]
    assert "Participant 12, male, 50s:" in context
    assert context[-1].startswith("Note:")
    assert messages(path)[0].startswith("7: read as an appendix of interview excerpts")


@pytest.mark.parametrize("text", [
    # a labelled interview: `Interviewee:` is a label, `[laughs]` an aside
    "Interviewer: Where did you keep the films?\n\nInterviewee: In a hollow battery. "
    "[laughs] My uncle's idea.\n\nInterviewer: Did anyone find it?\n\nInterviewee: Never.\n",
    # designations beside an interviewer's labels: an interview, not an appendix
    "Respondent 3 (Musan):\nWe hid the stick in a battery.\n\nInterviewer:\nWhere?\n\n"
    "Respondent 5 (Hyesan):\nIn the coal shed.\n",
    # the report's own text asks: not read as an appendix
    "Why did they leave? The answers varied.\n\nRespondent 3 (Musan):\nThe rations stopped."
    "\n\nRespondent 5 (Hyesan):\nMy brother had gone already.\n",
])
def test_what_is_no_appendix_of_excerpts(tmp_path: Path, text: str):
    """Documents that look like an appendix of excerpts but are not read as one."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    assert not any("appendix" in m for m in messages(path))
    assert "Author" not in {t[0] for t in turns(path)}


def _speech(path: Path) -> list[tuple[str, str]]:
    """(role, first words) of each paragraph of speech."""
    return [(role, " ".join(text.split()[:4])) for _, role, text in turns(path)
            if role in ("interviewer", "respondent")]


def test_a_newsletter_post_clipped_to_markdown():
    """A Substack-style post clipped to Markdown: the stock `Thanks for reading X! This post
    is public...` line, the footnote under its `[1](#footnote-anchor-1)` back-link and the
    comments under `Discussion about this post` (a reader's question, the author's reply)
    are page furniture after the interview: the stock line was coded as the last answer's,
    the reader's question read as the interviewer's."""
    path = LAYOUTS / "newsletter-clip.md"
    assert _speech(path) == [
        ("interviewer", "**What did you sell"), ("respondent", "Shoes from China, mostly"),
        ("interviewer", "**Did you ever watch"), ("respondent", "Everyone did. A neighbour"),
        ("interviewer", "**Why did you leave"), ("respondent", "A friend was taken"),
    ]
    kinds = {text.split()[0]: speaker for speaker, role, text in turns(path) if role == "other"}
    assert kinds["Thanks"] == "(social)" and kinds["Discussion"] == "(comments)"
    assert "1 paragraph ending in '?' after the page's comments" in " ".join(messages(path))


def test_thanks_for_reading_in_an_answer_is_the_answer(tmp_path: Path):
    """Only the newsletter's stock line (its name and `!`, then `Subscribe for free` or
    `This post is public`) is furniture: an answer that opens with thanks for reading stays
    the answer."""
    path = tmp_path / "post.md"
    path.write_text("**Who read you the letters?**\n\nMy cousin, because my eyes were bad "
                    "by then.\n\n**What did your grandmother write?**\n\nThanks for reading "
                    "her letter to me. Subscribe to nothing, she wrote, trust nobody.\n",
                    encoding="utf-8")
    assert _speech(path) == [("interviewer", "**Who read you the"),
                             ("respondent", "My cousin, because my"),
                             ("interviewer", "**What did your grandmother"),
                             ("respondent", "Thanks for reading her")]


def test_a_pdf_page_break_with_a_footnote_inside_an_answer():
    """A report's transcripts copied from a PDF: at a page break inside an answer the
    footnote under the rule (`1 Sharing a registration...`, its marker glued to `noticing.1`)
    is context, and the running header with a colon (`Voices at the Border: Trade...`,
    beside one page number and once more with the next on its line) is left out: they were
    an answer of R6's. A transcript heading's second line (`Interviewed in Busan...`) is the
    heading's, not the last answer's."""
    path = LAYOUTS / "pdf-footnote-break.txt"
    rows = turns(path)
    assert [(s, r) for s, r, _ in rows if r != "other"] == [
        ("Q", "interviewer"), ("R6", "respondent"), ("Q", "interviewer"),
        ("R6", "respondent"), ("R6", "respondent"), ("Q", "interviewer"),
        ("R6", "respondent"), ("Q", "interviewer"), ("R7", "respondent")]
    said = " ".join(t for _, r, t in rows if r == "respondent")
    assert "Sharing a registration" not in said and "Voices at the Border" not in said
    assert "Interviewed in Busan" not in said and "withheld" not in said
    assert ("(footnote)", "other", "1 Sharing a registration was common in Hyesan; see "
            "Section 4.") in rows
    assert ("(interview heading)", "other", "Interviewed in Busan, April 2022. No "
            "interpreter.") in rows
    assert messages(path)[0] == (
        "22: 2 page numbers and 2 running header lines ('Voices at the Border: Trade and "
        "Surveillance') are left out of the text (the first on this line)")


def test_a_label_right_under_a_heading_is_no_line_of_it(tmp_path: Path):
    """A heading's wrapped lines are the heading only up to a blank line before a labelled
    one: `Q: What did you sell?` right under `Interview 4. Woman, 30s...` stays a question,
    and a block that is not followed by a label is left as it was."""
    path = tmp_path / "interviews.txt"
    path.write_text("Interview 3. Man, 60s, from Musan.\nQ: Where did you work?\n\nA: In "
                    "the mine, until the rations stopped. Then I sold coal at the\nmarket "
                    "with my wife.\n\nQ: When did you cross?\n\nA: In 1998, in the "
                    "winter.\n\nInterview 4. Woman, 30s, from Hyesan.\nQ: What did you "
                    "sell?\nA: Rice, and later phones.\n\nQ: Who bought the phones?\nA: "
                    "Traders from the border towns.\n", encoding="utf-8")
    assert _speech(path) == [
        ("interviewer", "Where did you work?"), ("respondent", "In the mine, until"),
        ("interviewer", "When did you cross?"), ("respondent", "In 1998, in the"),
        ("interviewer", "What did you sell?"), ("respondent", "Rice, and later phones."),
        ("interviewer", "Who bought the phones?"), ("respondent", "Traders from the border"),
    ]


def test_subtitle_title_cards_in_capitals_ask_the_questions():
    """A documentary's questions shown as title cards in capitals over two lines (`HOW DID
    YOU HEAR` / `ABOUT LIFE IN THE SOUTH?`) after an answer: the card was read into the
    answer before it (the `?` is on its second line). `(in Korean)` and `(off-camera)`
    opening a cue say how it was said, no words."""
    path = LAYOUTS / "srt-title-card-questions.srt"
    assert _speech(path) == [
        ("interviewer", "WHAT DID YOU SEW"), ("respondent", "Trousers, mostly, and school"),
        ("interviewer", "HOW DID YOU HEAR"), ("respondent", "From a radio my"),
        ("interviewer", "Did the neighbours know?"), ("respondent", "Perhaps. Nobody said anything."),
    ]
