"""Documents around an interview that eval20 found misread, each fix proven on its own
fixture in another wording (tests/data/layouts/), with a near miss that must read as before:
an oral-history archive's segment index (segindex.py), an e-mail interview forwarded through
an intermediary (mailthread.py, replies.py), a tribunal's decision quoting the interview
record (judgment.py)."""

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


def speech(path: Path) -> list[tuple[str, str, str]]:
    return [r for r in turns(path) if r[1] != "other"]


def test_an_ohms_index_after_the_transcript_is_context():
    """The index (lower-case field names, wrapped synopses, `GPS:`, `[00:18:40] Leaving`
    titles, its `Segment index` heading) is context: no synopsis is a respondent's, no
    `partial transcript:` an interviewer's; the transcript reads as before."""
    rows = turns(LAYOUTS / "ohms-index-after-transcript.txt")
    assert [r for r in rows if r[1] != "other"] == [
        ("WHITLOW", "interviewer", "We're rolling. Tell me about"),
        ("BAE", "respondent", "It was in Musan, iron"),
        ("WHITLOW", "interviewer", "And you, when did you"),
        ("BAE", "respondent", "At sixteen, at the same"),
        ("WHITLOW", "interviewer", "Why did you leave in"),
        ("BAE", "respondent", "The mine stopped. No ore"),
        ("WHITLOW", "interviewer", "Thank you, Mr. Bae.")]
    index = rows[rows.index(("WHITLOW", "interviewer", "Thank you, Mr. Bae.")) + 1:]
    assert {r[:2] for r in index} == {("(index)", "other")}
    assert index[0][2] == "Segment index"
    assert ("(index)", "other", "segment synopsis: He left when") in index


def test_keywords_and_time_stamps_without_synopses_are_no_index():
    """A transcript whose header has `Keywords:` / `Subjects:` and whose segments are time
    stamps, with no `Partial Transcript:` or `Segment Synopsis:` entries, reads as before."""
    assert turns(LAYOUTS / "ohms-near-miss-keywords.txt") == [
        ("(heading)", "other", "Borderlands Oral History Collection"),
        ("(header)", "other", "Interviewee: Ms. Jo"),
        ("(header)", "other", "Interviewer: Peter Lindqvist"),
        ("(header)", "other", "Keywords: markets; bribery; USB"),
        ("(header)", "other", "Subjects: Markets--Korea (North)"),
        ("(time stamp)", "other", "[00:00:00]"),
        ("LINDQVIST", "interviewer", "Where did you grow up?"),
        ("JO", "respondent", "In Hyesan. My aunt had"),
        ("(time stamp)", "other", "[00:09:30]"),
        ("LINDQVIST", "interviewer", "Why did you leave?"),
        ("JO", "respondent", "My aunt was arrested for"),
        ("(end)", "other", "[END OF INTERVIEW]")]


def test_a_mail_forwarded_through_a_caseworker():
    """Gmail's forward rule and fields, the caseworker's note and `--` signature, an Apple
    Mail quote header glued above the quoted greeting and the first question, the quoted
    sign-off and a disclaimer: the first question is the interviewer's (its greeting
    quoted context), its answer the respondent's, the sign-off and disclaimer context."""
    rows = turns(LAYOUTS / "email-forwarded-via-caseworker.txt")
    assert rows[0] == ("(e-mail header)", "other", "---------- Forwarded message ---------")
    assert ("(signature)", "other", "Caseworker, Harbour Light Resettlement") in rows
    at = rows.index(("(quote header)", "other", "On 3 Feb 2024, at"))
    assert rows[at + 1:] == [
        ("(quoted)", "other", "> Hi Sunhee, > >"),
        ("Interviewer", "interviewer", "What did your family do"),
        ("Respondent", "respondent", "We sold rice cakes at"),
        ("Interviewer", "interviewer", "How did you hear about"),
        ("Respondent", "respondent", "From a radio my husband"),
        ("Interviewer", "interviewer", "Why did you decide to"),
        ("Respondent", "respondent", "After my husband died there"),
        ("(quoted)", "other", "> > Many thanks, >"),
        ("(disclaimer)", "other", "Disclaimer: This message may contain")]


def test_a_letter_quoted_in_an_answer_is_no_mail():
    """`On 3 May 2019 my mother wrote:` (no clock time, no address) and `This message is
    confidential, the broker told me` (no recipient) stay the respondent's words."""
    assert turns(LAYOUTS / "email-near-miss-letter.txt") == [
        ("Q", "interviewer", "Did your family write to"),
        ("A", "respondent", "Once. The letter came through"),
        ("A", "respondent", "On 3 May 2019 my"),
        ("A", "respondent", "We are well. Do not"),
        ("A", "respondent", "This message is confidential, the"),
        ("Q", "interviewer", "Did you send money again?"),
        ("A", "respondent", "Yes, through a different broker,"),
    ]


def test_a_decision_quoting_the_record_keeps_its_own_paragraphs():
    """`[4] The respondent says...` and the heading after a quoted answer are the judge's,
    context; the hearing's unnumbered `Q:` is another questioner than the record's `Q14:`."""
    rows = turns(LAYOUTS / "decision-quoting-record.txt")
    assert [r for r in rows if r[1] != "other"] == [
        ("Q", "interviewer", "What did you do at"),
        ("A", "respondent", "I guarded a post near"),
        ("Q", "interviewer", "Did you take money yourself?"),
        ("A", "respondent", "Everyone at the post took."),
        ("Q (another record)", "interviewer", "Who was your commanding officer?"),
        ("A", "respondent", "A captain. I will not")]
    assert ("(judgment)", "other", "[4] The respondent says that") in rows
    assert ("(judgment)", "other", "The hearing") in rows


def test_numbered_questions_above_indented_answers_are_no_decision():
    """Typed notes with numbered questions flush left and indented `A.` answers: the
    questions ask, so they are no judge's paragraphs; read as before."""
    assert turns(LAYOUTS / "numbered-questions-indented-answers.txt") == [
        ("(heading)", "other", "Interview notes, Seoul, 12 June"),
        ("Interviewer", "interviewer", "1. Where were you born?"),
        ("A", "respondent", "In Chongjin, near the port."),
        ("Interviewer", "interviewer", "2. What did your parents"),
        ("A", "respondent", "My father repaired boats. My"),
        ("Interviewer", "interviewer", "3. Why did you leave?"),
        ("A", "respondent", "My father was arrested and")]
