"""Leftovers session 19 noticed, each a silent misreading of a shape real documents have,
proven on fixtures of their own (tests/data/layouts/) with a near miss that must read as
before: a witness statement saved as Word (statement.py from word.py, Word's own list
numbering: wordnumbers.py)."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def turns(path: Path) -> list[tuple[str, str, str]]:
    """(speaker, role, first five words) of each paragraph."""
    t = parse_file(path, Config())
    return [(turn.speaker, turn.role, " ".join(p.text.split()[:5]))
            for turn in t.turns for p in turn.paragraphs]


def notices(path: Path) -> list[str]:
    return [n.message for n in parse_file(path, Config()).notices]


def test_word_statement_numbered_by_word_is_the_witness_s():
    """A declaration typed in Word: title in a heading style, paragraphs numbered by Word's
    list numbering (no digits in the text), an unnumbered paragraph of hers between them;
    the court heading, preamble, section headings and statement of truth context, and a
    notice saying so instead of 'only one speaker'."""
    path = LAYOUTS / "docx-statement-word-numbered.docx"
    assert turns(path) == [
        ("(header)", "other", "BEFORE THE REFUGEE APPEALS BOARD"),
        ("(header)", "other", "Claim reference: RAB-2022-0917"),
        ("(heading)", "other", "Declaration of Yoon Seo-hyun"),
        ("(preamble)", "other", "I, Yoon Seo-hyun, of a"),
        ("(heading)", "other", "Early life"),
        ("Yoon Seo-hyun", "respondent", "I grew up in Chongjin,"),
        ("Yoon Seo-hyun", "respondent", "When the rations stopped I"),
        ("Yoon Seo-hyun", "respondent", "My aunt said later that"),
        ("(heading)", "other", "Leaving"),
        ("Yoon Seo-hyun", "respondent", "In 2018 I crossed the"),
        ("Yoon Seo-hyun", "respondent", "I was caught in Yanji"),
        ("(signature)", "other", "I declare that the contents"),
        ("(signature)", "other", "Yoon Seo-hyun"),
        ("(signature)", "other", "2 February 2023"),
    ]
    said = notices(path)
    assert any(m.startswith("read as a witness statement: its 4 numbered paragraphs")
               for m in said)
    assert not any(m.startswith("only one speaker") for m in said)


def test_word_statement_of_reasons_in_third_person_reads_as_before():
    """`Statement of Reasons` over Word-numbered third-person paragraphs (a tribunal's):
    no witness statement, no notice of one; read as before."""
    path = LAYOUTS / "docx-statement-reasons-near-miss.docx"
    assert {r[0] for r in turns(path)} == {"(heading)", "Witness"}
    assert not any("witness statement" in m for m in notices(path))


def test_bracketed_section_names_inside_a_transcript_are_context_not_comments():
    """`[Interview]`, `[REPORT]`, `[Transcript part 2]` alone on their lines: each a section
    name (context); what follows them is still the interview (`[REPORT]` was a comment
    section's `Report` button, and every turn after it was cut off as page text)."""
    path = LAYOUTS / "bracket-section-names-in-transcript.txt"
    assert turns(path) == [
        ("(interview heading)", "other", "Interview 14, Daegu, recorded by"),
        ("(section)", "other", "[Interview]"),
        ("Q", "interviewer", "When did you first hear"),
        ("A", "respondent", "From my cousin. She wrote"),
        ("(section)", "other", "[REPORT]"),
        ("Q", "interviewer", "Who wrote the report you"),
        ("A", "respondent", "The security man at the"),
        ("Q", "interviewer", "Did he ever write one"),
        ("A", "respondent", "Twice. The second time my"),
        ("(section)", "other", "[Transcript part 2]"),
        ("Q", "interviewer", "What happened after that?"),
        ("A", "respondent", "We stopped going home late."),
    ]
    assert not any("comments" in m for m in notices(path))


def test_real_comments_heading_with_report_buttons_still_ends_the_page():
    """`Leave a Reply`, `Name says:`, `Reply` / `Report` buttons: a real comment section,
    its asking comments page text, as before."""
    path = LAYOUTS / "comments-heading-with-report-buttons.txt"
    read = turns(path)
    assert read[5:] == [
        ("(comments)", "other", "Leave a Reply"),
        ("(comments)", "other", "Soo-ah says:"),
        ("(after interview)", "other", "Did she ever see her"),
        ("(comments)", "other", "Reply"),
        ("(comments)", "other", "Report"),
        ("(comments)", "other", "Dae-ho says:"),
        ("(after interview)", "other", "What a story. Is the"),
        ("(comments)", "other", "Report this comment"),
    ]
    assert any("after the page's comments (line 9)" in m for m in notices(path))


def test_titled_and_dotted_full_names_once_then_initials():
    """`Prof. Helena Marsh:` and `S. H. Ri:` label the first exchange, `HM:` / `SHR:` the rest
    (the title is no initial, the dots of initials no letters): one speaker each, said."""
    path = LAYOUTS / "initials-after-titled-dotted-names.txt"
    assert turns(path) == [
        ("(preamble)", "other", "Oral history project, tape 3."),
        ("Prof. Helena Marsh", "interviewer", "Good morning. Could you tell"),
        ("S. H. Ri", "respondent", "In Hyesan, two streets from"),
        ("Prof. Helena Marsh", "interviewer", "Did his job bring anything"),
        ("S. H. Ri", "respondent", "Every freight car brought something."),
        ("Prof. Helena Marsh", "interviewer", "Did you ever take part"),
        ("S. H. Ri", "respondent", "Once I carried a sack"),
    ]
    assert any(m.startswith("'HM:' and 'SHR:' (from this line on) read as short forms of "
                            "'Prof. Helena Marsh:' and 'S. H. Ri:'") for m in notices(path))


def test_titled_name_read_out_after_initials_stays_the_answer_s_words():
    """`Dr. Helena Marsh: please call...` read out from a card inside an answer, after `HM:`
    has labelled turns: words of the answer, as before."""
    path = LAYOUTS / "initials-titled-name-quoted-near-miss.txt"
    assert [r[0] for r in turns(path)] == ["(preamble)", "HM", "SHR", "SHR", "HM", "SHR"]


def test_header_key_lines_and_labels_equated_once():
    """`Facilitator: Lee Hana = L` and `Codes: W3 = P3` above the turns: the header's (not
    turns), L the facilitator, and `W3:` and `Lee Hana:`, each used once, speak as P3 and L
    (each said)."""
    path = LAYOUTS / "header-key-lines-equated-once.txt"
    assert turns(path) == [
        ("(preamble)", "other", "Focus group 4, Cheonan community"),
        ("(header)", "other", "Facilitator: Lee Hana = L"),
        ("(header)", "other", "Codes: W3 = P3"),
        ("L", "interviewer", "Who here traded at the"),
        ("P1", "respondent", "I did, socks and gloves."),
        ("P3", "respondent", "My mother did. I carried"),
        ("L", "interviewer", "Did anyone pay the inspectors?"),
        ("P1", "respondent", "Everyone paid. Cigarettes or cash."),
        ("P3", "respondent", "My mother gave them soap,"),
        ("L", "interviewer", "And when there was no"),
        ("P3", "respondent", "Then she packed up early"),
        ("L", "interviewer", "Thank you both."),
        ("P1", "respondent", "Thank you."),
    ]
    said = notices(path)
    assert any(m.startswith("'W3:' and 'P3:' are read as one speaker, P3") for m in said)
    assert any(m.startswith("'Lee Hana:' and 'L:' are read as one speaker, L") for m in said)


def test_header_key_line_whose_label_labels_no_turns_reads_as_before():
    """`Interviewer: Dana Holt = DH` over a `Q:` / `A:` transcript (no `DH:`): no key; an
    equation inside an answer joins no one."""
    path = LAYOUTS / "header-key-line-unused-label-near-miss.txt"
    assert [r[:2] for r in turns(path)] == [
        ("(interview heading)", "other"), ("Interviewer", "interviewer"),
        ("Q", "interviewer"), ("A", "respondent"), ("Q", "interviewer"),
        ("A", "respondent"), ("Q", "interviewer"), ("A", "respondent")]


def test_header_longer_than_read_is_said(tmp_path: Path):
    """A header above the first label longer than equated.MAX_TOP: read to there, and said."""
    from qcode.ingest.equated import MAX_TOP
    path = tmp_path / "cast.txt"
    cast = "".join(f"Participant {n} joined from the north side of the river, "
                   + "and so did her sister " * 200 + ".\n" for n in range(MAX_TOP // 4000 + 2))
    path.write_text(cast + "\nW9 = P9\n\nQ: Where?\nP9: Here.\nQ: When?\nW9: Then.\n"
                    "Q: Why?\nP9: Work.\n", encoding="utf-8")
    assert any(m.startswith("the text above the first label is ") for m in notices(path))


def test_email_reply_typed_between_quotes_is_said():
    """A phone reply typed right under each quoted question: read as before, and now said,
    with how to undo it."""
    path = LAYOUTS / "email-phone-reply-between-quotes.txt"
    assert [r[:2] for r in turns(path)] == [
        ("(quoted)", "other"), ("(quoted)", "other"),
        ("Interviewer", "interviewer"), ("Respondent", "respondent"),
        ("Interviewer", "interviewer"), ("Respondent", "respondent"),
        ("Interviewer", "interviewer"), ("Respondent", "respondent"), ("(quoted)", "other")]
    said = [m for m in notices(path) if m.startswith("read as an e-mail interview")]
    assert said and "3 quoted questions" in said[0] and "label the turns" in said[0]


def test_quoted_letter_with_commentary_gets_no_email_notice():
    """A text quoting a letter line by line with a comment under each: no e-mail reading,
    no notice of one."""
    path = LAYOUTS / "quoted-lines-between-commentary.txt"
    assert not any(m.startswith("read as an e-mail interview") for m in notices(path))


def test_talk_show_sponsor_line_and_closing_credits_are_said():
    """`Night Desk is brought to you by...` after the host's break, and the line after
    `(END CREDITS)`: an ad and after the interview, as before, each now said."""
    path = LAYOUTS / "talkshow-late-sponsor-credits.txt"
    read = turns(path)
    assert ("(ad)", "other", "Night Desk is brought to") in read
    assert read[-2:] == [("(direction)", "other", "(END CREDITS)"),
                         ("(after interview)", "other", "Night Desk comes to you")]
    said = notices(path)
    assert any("is read as the show's sponsor line, an ad" in m for m in said)
    assert any(m.startswith("the closing cue '(END CREDITS)' ends the programme: the 1 "
                            "paragraph after it (the credits) is read as after") for m in said)


def test_talk_show_guest_quoting_a_sponsor_line_and_closing_music_is_said_nowhere():
    """A guest's answer quoting the announcer's `This programme is brought to you by...` and
    mentioning `the closing music`: speech, no talk-show notice."""
    path = LAYOUTS / "talkshow-credits-said-near-miss.txt"
    assert [r[0] for r in turns(path)].count("GUEST") == 3
    said = notices(path)
    assert not any("sponsor line" in m or "closing cue" in m for m in said)


def test_feature_with_qa_box_says_how_it_was_read():
    """The feature-with-a-box reading (session 19) already says so; kept."""
    said = notices(LAYOUTS / "feature-profile-qa-box.txt")
    assert any(m.startswith("read as a feature article") and "questions of the box" in m
               and "label the turns" in m for m in said)


def test_hostile_shapes_are_read(tmp_path: Path):
    """A 20k-character line of each shape and 5k-line files of them are read, not refused
    or crashed on (linear patterns; timing is tried by hand, not tested)."""
    long = "x" * 20000
    shapes = {
        "section.txt": "Q: a?\nA: b.\n[" + "report " * 3000 + "]\n"
                       + "[Report]\nQ: c?\nA: d.\n" * 1700,
        "initials.txt": "Dr. " + "A. " * 7000 + "Kim: hi?\n"
                        + "".join(f"Dr. A{n}. B. Kim: q?\nABK: a.\n" for n in range(2500)),
        "key.txt": "Interviewer: " + "Kim " * 5000 + "= K\nCodes: " + "W = " * 5000 + "\n"
                   + "K: q?\nP: a.\n" * 2500,
        "talk.txt": "HOST: a?\nGUEST: b.\nHOST: break\n" + "Show is brought to you by "
                    + long + "\n(END CREDITS)\n" + "x.\n" * 5000,
        "mail.txt": ">" + long + "?\nanswer\n" + "> q?\na.\n>\n" * 2500,
    }
    for name, text in shapes.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert parse_file(path, Config()).turns, name


def test_hostile_word_statement_is_read(tmp_path: Path):
    """A Word statement of 5,000 list-numbered paragraphs and a 20k-character one."""
    from copy import deepcopy

    import docx
    d = docx.Document()
    d.add_paragraph("WITNESS STATEMENT")
    d.add_paragraph("I, Kim, of Seoul, will say as follows:")
    d.add_paragraph("I " + "x" * 20000, style="List Number")
    one = d.add_paragraph("I was there.", style="List Number")._p
    for _ in range(5000):  # copies: python-docx looks the style up for each paragraph added
        one.addnext(deepcopy(one))
    path = tmp_path / "long.docx"
    d.save(path)
    assert parse_file(path, Config()).turns
