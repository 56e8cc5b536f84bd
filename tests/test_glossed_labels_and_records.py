"""Two shapes the eval9 set showed misread (tests/data/eval9/README.md), each in a wording of
its own: speaker labels in another script with an English gloss of the role in brackets (a
Korean service's programme in translation: `사회자 (MC):`, `탈북자 박은정 (Guest):` then
`박은정 (Guest):`), and an archive's record after the transcript naming the interviewer
whose initials label the questions (`Interviewer: Maren Kettle (MK)`, then `MK:`)."""

from __future__ import annotations

from pathlib import Path

from tests.test_layouts import read, roles


def test_labels_in_hangul_with_a_glossed_role_are_speakers():
    """The gloss says the role (`MC` asks, `Guest` answers); the guest's shorter label later
    is the same speaker; the host's welcome and sign-off are his turns, the theme music and
    the translation credit context."""
    rows = read("korean-glossed-labels.txt")
    mc, guest = ("사회자", "interviewer"), ("박은정", "respondent")
    assert roles(rows) == [
        ("(preamble)", "other"), ("(sound)", "other"),
        mc, guest, mc, guest, guest, mc, guest,  # `박은정 (Guest):`, used once, is the guest
        ("(sound)", "other"), mc, ("(sound)", "other"), ("(credit)", "other")]
    assert [r[3] for r in rows[2:9]] == [
        "Good evening and welcome", "Hello, everyone. Thank you", "People here often ask",
        "A neighbour lent my", "The next day I", "Were you afraid of", "Always. Once the inspection"]


def test_two_guests_glossed_alike_are_two_speakers(tmp_path: Path):
    """`(Guest)` is a role, not a name: read as one, both guests were one speaker `Guest`."""
    path = tmp_path / "two-guests.txt"
    path.write_text(
        "앵커 (Anchor): Where were you both in 2009?\n\n"
        "Han (Guest): In Hyesan, carrying rice across the ice.\n\n"
        "Lee (Guest): I was still at school in Kimchaek.\n\n"
        "앵커 (Anchor): And who paid the guards?\n\n"
        "Han (Guest): My uncle did, in cigarettes.\n", encoding="utf-8")
    assert [r[1:3] for r in read(str(path))] == [  # a broadcaster's role names them, as before
        ("Anchor", "interviewer"), ("Han", "respondent"), ("Lee", "respondent"),
        ("Anchor", "interviewer"), ("Han", "respondent")]


def test_a_word_in_hangul_before_a_colon_inside_an_answer_stays_text(tmp_path: Path):
    """A slogan quoted in an answer (`구호: ...`, once) is no speaker."""
    path = tmp_path / "slogan.txt"
    path.write_text(
        "Q: What was written at the school gate?\n\n"
        "A: A board with the slogan of that year.\n"
        "구호: 자력갱생\n"
        "We had to shout it every morning.\n\n"
        "Q: Did anyone believe it?\n\n"
        "A: The teachers pretended to.\n", encoding="utf-8")
    rows = read(str(path))
    assert [r[1:3] for r in rows] == [("Q", "interviewer"), ("A", "respondent"),
                                      ("Q", "interviewer"), ("A", "respondent")]
    assert rows[1][3] == "A board with the"


def test_an_archive_record_after_the_transcript_credits_the_interviewer():
    """`Interviewer: Maren Kettle (MK)` in the record at the end: `MK:` asks (read as a
    respondent, every question was coded); the record's fields are context, not speakers."""
    rows = read("record-at-end.txt")
    mk, dc = ("MK", "interviewer"), ("DC", "respondent")
    assert roles(rows) == [mk, dc, mk, dc, dc, mk, dc, mk, ("(rule)", "other"),
                           ("(heading)", "other"), *[("(header)", "other")] * 7,
                           ("(rule)", "other")]
    assert rows[7][3] == "Thank you. I think"


def test_turns_typed_one_a_line_at_the_end_are_no_record(tmp_path: Path):
    """Staff labels that take turns (`Interviewer:` asks again) and an interpreter's line
    closing a file with no blank lines are turns, not a record naming the staff."""
    path = tmp_path / "one-a-line.txt"
    path.write_text(
        "Interviewer: Did the broker keep his word?\n"
        "Respondent: He did, but he wanted twice the price at the river.\n"
        "Interviewer: Anything else you want to add?\n"
        "Respondent: No.\n"
        "Interpreter: She says that is all.\n", encoding="utf-8")
    assert [r[1:3] for r in read(str(path))] == [
        ("Interviewer", "interviewer"), ("Respondent", "respondent"),
        ("Interviewer", "interviewer"), ("Respondent", "respondent"),
        ("Interpreter", "other")]


def test_a_price_list_closing_an_answer_is_no_record(tmp_path: Path):
    """`Field: value` lines ending the file that name no interviewer or interviewee are
    the answer's, coded."""
    path = tmp_path / "prices.txt"
    path.write_text(
        "Q: What did things cost at the market in 2012?\n\n"
        "A: I still remember the board at the stall.\n"
        "Rice: 5,000 won a kilo\n"
        "Corn: 2,200 won a kilo\n"
        "Soy oil: 8,000 won a bottle\n", encoding="utf-8")
    t = [r[1:3] for r in read(str(path))]
    assert t == [("Q", "interviewer"), ("A", "respondent")]


def test_lower_case_words_of_a_script_with_cases_are_no_label(tmp_path: Path):
    """Cyrillic, like Latin, writes names in capitals: `он сказал:` (he said), twice, opens
    a quotation inside the answer, not a speaker's turn."""
    path = tmp_path / "cyrillic.txt"
    path.write_text(
        "Q: What did the Russian foreman tell you?\n\n"
        "A: He kept repeating it.\nон сказал: работай\nAnd then again at night.\n"
        "он сказал: работай\n\n"
        "Q: Did you understand him?\n\nA: Only that word.\n", encoding="utf-8")
    assert [r[1:3] for r in read(str(path))] == [
        ("Q", "interviewer"), ("A", "respondent"), ("Q", "interviewer"), ("A", "respondent")]


def test_korean_question_and_answer_labels_say_who_asks(tmp_path: Path):
    """`문:` (question) asks and `답:` (answer) answers, as in a Korean Q&A table (tables.py):
    read as two names, both were respondents and every Korean question was coded."""
    path = tmp_path / "mun-dap.txt"
    path.write_text(
        "문: 시장에서 무엇을 팔았어요?\n\n답: 신발을 팔았어요. 검열원한테 매달 돈을 줬어요.\n\n"
        "문: 강은 언제 건넜어요?\n\n답: 2014년 겨울에요.\n", encoding="utf-8")
    assert [r[1:3] for r in read(str(path))] == [
        ("문", "interviewer"), ("답", "respondent"), ("문", "interviewer"), ("답", "respondent")]


def test_a_name_glossed_in_roman_letters_is_the_speaker_under_the_shorter_label(
        tmp_path: Path):
    """`탈북자 오미숙 (Oh Mi-suk):` gives her name in roman letters; `오미숙:` later, once,
    answering the host, is she (read apart, it was the host's words)."""
    path = tmp_path / "romanised.txt"
    path.write_text(
        "진행자 (Host): What did the stall sell?\n\n"
        "탈북자 오미숙 (Oh Mi-suk): Batteries and memory cards for the notels.\n\n"
        "진행자 (Host): Who bought them?\n\n"
        "오미숙: Students, mostly, and a few soldiers.\n\n"
        "진행자 (Host): Did the inspectors know?\n\n"
        "탈북자 오미숙 (Oh Mi-suk): They were customers too.\n", encoding="utf-8")
    assert [r[1:3] for r in read(str(path))] == [
        ("진행자", "interviewer"), ("Oh Mi-suk", "respondent"), ("진행자", "interviewer"),
        ("Oh Mi-suk", "respondent"), ("진행자", "interviewer"), ("Oh Mi-suk", "respondent")]
