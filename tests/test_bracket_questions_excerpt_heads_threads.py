"""Three shapes eval28 found misread (tests/data/eval28/README.md: docx40, appendix01,
thread01), each fix proven on its own fixture in other words (tests/data/layouts/): a
narrative with the interviewer's questions in square brackets, some opening the answer's
paragraph (bracketqs.py); a thesis appendix of excerpts under participant-code headings
(excerptheads.py); a reporter's thread on X quoting her interviewee (tweets.py). Each has
its negative: what looks alike and reads as before."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from qcode.ingest.bracketqs import read_bracket_questions
from qcode.ingest.excerptheads import read_headed_excerpts
from qcode.ingest.layout import Line
from qcode.ingest.turns import Roles
from qcode.ingest.tweets import read_tweets

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def paragraphs(name: str) -> list[tuple[str, str, str]]:
    """(speaker, role, first five words) of each paragraph."""
    t = parse_file(LAYOUTS / name, Config())
    return [(str(turn.speaker), turn.role, " ".join(p.text.split()[:5]))
            for turn in t.turns for p in turn.paragraphs]


def notices(name: str) -> list[str]:
    return [n.message for n in parse_file(LAYOUTS / name, Config()).notices]


def test_bracketed_questions_opening_answers_are_the_interviewers():
    """`[How did the checkpoints treat you?] Every post wanted...`: the question the
    interviewer's, the words after it the witness's; the statement of truth, signature and
    interpreter's note under the heading after the last answer are context."""
    rows = paragraphs("bracket-questions-testimony.txt")
    assert [r for r in rows if r[1] != "other"] == [
        ("Interviewer", "interviewer", "Could you describe your work"),
        ("Respondent", "respondent", "I drove a truck for"),
        ("Interviewer", "interviewer", "How did the checkpoints treat"),
        ("Respondent", "respondent", "Every post wanted something. At"),
        ("Respondent", "respondent", "Once they kept the whole"),
        ("Interviewer", "interviewer", "Tell us about the day"),
        ("Respondent", "respondent", "It was winter and the"),
        ("Interviewer", "interviewer", "Was anyone with you?"),
        ("Respondent", "respondent", "My cousin, until the second"),
    ]
    assert rows[-4:] == [
        ("(closing)", "other", "Statement of truth"),
        ("(closing)", "other", "I believe the facts stated"),
        ("(closing)", "other", "Signature: R-22 (on file)"),
        ("(closing)", "other", "Interpreter's note: interpreted from Korean"),
    ]
    assert any("questions in square brackets" in n
               for n in notices("bracket-questions-testimony.txt"))


def test_bracketed_questions_inside_labelled_answers_stay_the_answers():
    """A labelled transcript whose answers open with the respondent's own bracketed
    questions (`[Did I say 2009 before?] It was 2009...`) reads by its labels."""
    assert paragraphs("bracket-questions-labelled-near-miss.txt") == [
        ("Interviewer", "interviewer", "When did you start at"),
        ("Respondent", "respondent", "[Did I say 2009 before?]"),
        ("Interviewer", "interviewer", "What did you sell?"),
        ("Respondent", "respondent", "Rice and noodles. [Is that"),
        ("Interviewer", "interviewer", "Who collected the fees?"),
        ("Respondent", "respondent", "[You mean the manager?] The"),
    ]
    assert not any("square brackets" in n
                   for n in notices("bracket-questions-labelled-near-miss.txt"))


def test_excerpts_under_participant_headings_are_each_participants():
    """Each quotation is the participant its heading names; `[Q: ...]` the author's; the
    introduction (its `[Q: ...]` convention), the commentary and the source context."""
    assert paragraphs("excerpt-headings-participants.txt") == [
        ("(report)", "other", "Appendix 2: Interview extracts"),
        ("(report)", "other", "The extracts are quoted as"),
        ("(excerpt heading)", "other", "2.1 P07 (teacher, Hyesan), interviewed"),
        ("P07", "respondent", '"The school asked every family'),
        ("P07", "respondent", '"Nobody wrote it down. The'),
        ("Author", "interviewer", "Did you pay it yourself?"),
        ("P07", "respondent", '"Twice. After that my brother'),
        ("(report)", "other", "The contributions described here match"),
        ("(excerpt heading)", "other", "2.2 P12 (trader, Musan), interviewed"),
        ("P12", "respondent", '"At the station the guards'),
        ("(excerpt heading)", "other", "2.3 P15 (student, Pyongsong), interviewed"),
        ("Author", "interviewer", "When did you first hear"),
        ("P15", "respondent", "\"At a friend's birthday. Her"),
        ("(credit)", "other", "Source: author's fieldwork, 2020."),
    ]


def test_participant_headings_over_labelled_turns_read_by_the_labels():
    """The same headings over `Interviewer:` / `P07:` turns: no appendix of quotations."""
    assert paragraphs("excerpt-headings-labelled-near-miss.txt") == [
        ("(preamble)", "other", "Interview summaries"),
        ("(heading)", "other", "2.1 P07 (teacher, Hyesan), interviewed"),
        ("Interviewer", "interviewer", "Did the school ask families"),
        ("P07", "respondent", "For firewood in October, and"),
        ("(heading)", "other", "2.2 P12 (trader, Musan), interviewed"),
        ("Interviewer", "interviewer", "What did the guards check"),
        ("P12", "respondent", "Bags, for DVDs. A carton"),
    ]


def test_reporter_thread_quotations_are_the_interviewees():
    """In the numbered tweets, the quotation ending a tweet is the interviewee's and the
    reporter's words before it hers; the introduction, a paraphrase quoting three words
    (`“the price of the road” and says...`), the sign-off, counts and replies are context."""
    rows = paragraphs("reporter-thread-quotes.txt")
    assert [r for r in rows if r[1] != "other"] == [
        ("Jae-won Park", "interviewer", "How did she cross?"),
        ("Interviewee", "respondent", "“In January, when the ice"),
        ("Interviewee", "respondent", "“My mother told me not"),
        ("Jae-won Park", "interviewer", "She still calls her mother?"),
        ("Interviewee", "respondent", "“The phone is too dangerous"),
    ]
    assert ("(thread)", "other", "How much did the broker") in rows
    assert ("(thread)", "other", "5/6 She calls the broker's") in rows


def test_thread_quoting_nobody_is_no_interview():
    """A numbered thread of the reporter's own thoughts: not read as a thread of quotes."""
    assert not any("reporter's thread" in n
                   for n in notices("reporter-thread-no-quotes-near-miss.txt"))
    assert all(r[0] != "Interviewee" for r in paragraphs("reporter-thread-no-quotes-near-miss.txt"))


def test_hostile_lines_read_fast():
    """A 20k-character line and a 5k-line file of each shape read in well under a second."""
    shapes = [
        "[" + "why? " * 4000,
        "2.1 P07 (" + "a" * 20000,
        "Name @" + "a" * 20000,
        "1/ " + "“x " * 7000 + "”",
        "💬 1 " * 5000,
    ]
    files = [
        ["[Why did you go?] I went.", "", "[Why?]", "", "Because.", ""] * 900,
        ["1.1 P01 (man, 50s)", "", "“I went.", "", "[I: Why?]", "", "“Because.”", ""] * 700,
        ["Kim Ho @kimho · 1h", "2/ Why? “Because I could.”", ""] * 1700,
    ]
    for texts in [[s] for s in shapes] + files:
        for read in (read_bracket_questions, read_headed_excerpts, read_tweets):
            lines = [Line(i + 1, 0, t) for i, t in enumerate(texts)]
            read(lines, Roles(Config(), {}))  # no crash; benchmarks, not tests, time it
