"""Labels heard once and lines that close a turn (session 16): a full name labelling its
person's first turn, then the surname or first name (speakers.py `named_in_full_once`); a
podcast's cold open (layout.py `mark_cold_open`) and sponsor read (notspeech.py); a name and
its time stamp used once in an Otter.ai export (headlabels.py `stamped_in_order`) and its
`Unknown Speaker` (speakers.py `unnamed_voice`); a subtitle file's credit cue
(furniture.py); an honorific before an inline label and an end marker closing a Word
paragraph held by manual line breaks (inline.py)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

from tests.test_layouts import notices, read


def speakers(rows: list[tuple[int, str, str, str]]) -> list[tuple[str, str]]:
    """(speaker, role) of each turn, context left out."""
    out: list[tuple[str, str]] = []
    for _, s, r, _ in rows:
        if r != "other" and (not out or out[-1] != (s, r)):
            out.append((s, r))
    return out


def test_full_name_once_then_first_name_is_the_host_with_teaser_and_sponsor_read():
    rows = read("podcast-full-name-once-ad-read.txt")
    assert (13, "TOMAS", "interviewer", "Hello and welcome back") in rows
    assert speakers(rows) == [("TOMAS", "interviewer"), ("CHOI", "respondent")] * 5
    assert (7, "(teaser)", "other", "CHOI EUN-JU: We called") in rows  # the clip: not twice
    assert (25, "(ad)", "other", "This episode is brought") in rows
    assert any("'TOMAS REYES:' and 'TOMAS:' are read as one speaker" in n
               for n in notices("podcast-full-name-once-ad-read.txt"))


def test_full_names_sharing_a_surname_and_answers_like_ads_read_as_before():
    """Negative: `KIM MIN-SU:` and `KIM OK-HEE:` once each, then `Kim:` (which Kim cannot be
    told), an answer `Everything is supported by bribes. Go to any office...`, and a
    `COLD OPEN` line with no cue closing it: as before."""
    rows = read("podcast-shared-surname-negative.txt")
    assert (5, "Kim", "respondent", "I did, at the") in rows
    assert (13, "Kim", "respondent", "Everything is supported by") in rows
    assert (21, "Interviewer", "interviewer", "One more thing. Did") in rows
    assert (23, "Kim", "respondent", "All the time. On") in rows
    assert not any(r[2] == "other" and r[1] in ("(ad)", "(teaser)") for r in rows)


def test_otter_voices_heard_once_an_assistant_asks_and_an_unknown_speaker_is_context():
    rows = read("otter-one-off-voices.txt")
    assert (20, "Dana Whitfield", "interviewer", "Quick one from me,") in rows
    assert (23, "Yang Sun-ok", "respondent", "2011, maybe 2012. Before") in rows
    assert (26, "(unnamed voice)", "other", "Your phone is ringing,") in rows
    assert (17, "Yang Sun-ok", "respondent", "The security man came") in rows
    assert any("'Unknown Speaker' speaks once" in n for n in notices("otter-one-off-voices.txt"))


def test_otter_time_out_of_order_and_unknown_speaker_twice_read_as_before():
    """Negative: `Hyesan  9:40` inside an answer (its time breaks the order) stays words of
    the answer; an `Unknown Speaker` heard twice stays a speaker."""
    rows = read("otter-time-in-answer-negative.txt")
    assert {s for _, s, _, _ in rows} == {"(interview heading)", "Erik Holm", "Pak Chol",
                                          "Unknown Speaker"}
    assert (19, "Unknown Speaker", "respondent", "Can you repeat the") in rows
    assert (7, "Pak Chol", "respondent", "Late, always late. The") in rows
    assert (9, "Pak Chol", "respondent", "Hyesan 9:40 That was") in rows  # its paragraph


def test_subtitle_credit_cues_are_context():
    rows = read("vtt-credit-cues.vtt")
    assert speakers(rows) == [("Park Ye-rin", "interviewer"), ("Jo Min-chul", "respondent")] * 2
    assert ("(credit)", "other", "Subtitles: River Crossing Captioning") in [r[1:] for r in rows]
    assert rows[-1][1:] == ("(credit)", "other", "Transcript by Clear Words")


def test_a_cue_that_speaks_of_subtitles_stays_speech():
    """Negative: `Subtitles: we never had them...` said by a voice: an answer, as before."""
    rows = read("vtt-subtitles-said-negative.vtt")
    assert (9, "Jo Min-chul", "respondent", "Subtitles: we never had") in rows
    assert (17, "Jo Min-chul", "respondent", "Captions on the Chinese") in rows


def _paragraph_with_breaks(d: docx.document.Document, lines: list[str]) -> None:
    """One Word paragraph whose lines are held by manual line breaks (Shift+Enter)."""
    run = d.add_paragraph().add_run()
    for i, line in enumerate(lines):
        if i:
            run.add_break(WD_BREAK.LINE)
        run.add_text(line)


def test_honorific_labels_and_an_end_marker_in_a_pasted_word_paragraph(tmp_path: Path):
    d = docx.Document()
    d.add_heading("Interview 3 - Dr. Seo", 1)
    _paragraph_with_breaks(d, [
        "Q: Where did you work before you left?",
        "Dr. Seo: At the county hospital in Kimchaek. Patients paid in cigarettes",
        "or in eggs, because the state paid us nothing.", "",
        "Q: Did anyone report you for that?",
        "Dr. Seo: No. Everybody did the same.", "",
        "Q: Thank you, Dr. Seo.",
        "[End of second interview]"])
    d.add_paragraph("Reviewed by: ______")
    d.save(tmp_path / "pasted.docx")
    rows = read(str(tmp_path / "pasted.docx"))
    assert speakers(rows) == [("Q", "interviewer"), ("Dr. Seo", "respondent")] * 2 \
        + [("Q", "interviewer")]
    assert [r[3] for r in rows if r[1] == "Q"] == [
        "Where did you work", "Did anyone report you", "Thank you, Dr. Seo."]
    assert ("(end)", "other", "[End of second interview]") in [r[1:] for r in rows]


def test_a_bracket_closing_an_answer_and_a_title_inside_a_sentence_stay_words(tmp_path: Path):
    """Negative: `[laughs]` closing an answer, and `Mr. Kang` inside a question (no colon
    after it): words of their turns, as before."""
    d = docx.Document()
    _paragraph_with_breaks(d, [
        "Interviewer: Who was Mr. Kang to you?",
        "Ahn: The man from the commercial office.", "",
        "Interviewer: Did you pay him?",
        "Ahn: Every month, a blouse or a coat.", "",
        "Interviewer: Why a coat?",
        "Ahn: His wife was cold, he said."])
    _paragraph_with_breaks(d, [
        "Interviewer: And after the money change?",
        "Ahn: Then he wanted dollars. He liked my blouses less. [laughs]"])
    d.save(tmp_path / "negative.docx")
    rows = read(str(tmp_path / "negative.docx"))
    assert speakers(rows) == [("Interviewer", "interviewer"), ("Ahn", "respondent")] * 4
    assert rows[0][3] == "Who was Mr. Kang"
    assert rows[-1][1:] == ("Ahn", "respondent", "Then he wanted dollars.")
    assert not any(r[1] == "(end)" for r in rows)
