"""Documents whose markup names their speakers and furniture (session 17): YouTube's
SubViewer captions (`.sbv`, or saved as `.txt`) with `>> NAME:` caption voices, a wiki page
in MediaWiki source, an ask blog's page (Tumblr's asks), a conversation-analysis transcript
(Jefferson notation); and the near misses that must read as before. Fixtures in
tests/data/layouts/; eval20's sbv01, wiki01, askbox01 and ca01 are the same shapes."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from qcode.ingest.mediawiki import is_mediawiki
from qcode.ingest.sbv import is_sbv

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def turns(name: str) -> list[tuple[str, str, str]]:
    """(speaker, role, first words) of each turn."""
    t = parse_file(LAYOUTS / name, Config())
    return [(turn.speaker, turn.role, " ".join(turn.text.split()[:4])) for turn in t.turns]


def text_of(name: str, speaker: str) -> str:
    t = parse_file(LAYOUTS / name, Config())
    return "\n".join(turn.text for turn in t.turns if turn.speaker == speaker)


def test_sbv_captions_are_cues_and_named_chevrons_are_the_voices():
    """The time lines are no words; `>> REPORTER:` / `>> KIM:` name the two voices, a bare
    `>>` hands over to the other, a block without `>>` goes on; the reporter asks."""
    assert turns("sbv-named-chevrons.sbv") == [
        ("(sound)", "other", "[theme music]"),
        ("REPORTER", "interviewer", "Good evening. Tonight we"),
        ("KIM", "respondent", "Good evening. Thank you."),
        ("REPORTER", "interviewer", "How did the fish"),
        ("KIM", "respondent", "My aunt bought from"),
        ("REPORTER", "interviewer", "Did you ever refuse"),
        ("KIM", "respondent", "Once. They kept the"),
        ("REPORTER", "interviewer", "Thank you, Mrs. Kim."),
    ]
    said = text_of("sbv-named-chevrons.sbv", "KIM")
    assert "The guards at the pier" in said and "0:00" not in said and ">>" not in said


def test_sbv_saved_as_txt_is_read_by_content(tmp_path: Path):
    path = tmp_path / "captions.txt"
    path.write_bytes((LAYOUTS / "sbv-named-chevrons.sbv").read_bytes())
    t = parse_file(path, Config())
    assert [turn.speaker for turn in t.turns][:3] == ["(sound)", "REPORTER", "KIM"]


def test_one_time_range_over_a_transcript_is_no_sbv():
    """A recording's span on the first line, then a labelled interview: read as text."""
    assert not is_sbv((LAYOUTS / "sbv-one-time-range.txt").read_text())
    assert turns("sbv-one-time-range.txt") == [
        ("(preamble)", "other", "0:00:00.000,0:42:10.000 Recording of interview"),
        ("Interviewer", "interviewer", "When did you start"),
        ("Song", "respondent", "In 2003, after the"),
        ("Interviewer", "interviewer", "Who collected the market"),
        ("Song", "respondent", "The manager. He came"),
    ]


def test_mediawiki_source_reads_its_labels_and_furniture():
    """`:'''Interviewer:'''` / `:'''Han:'''` are labels; the infobox, `__NOTOC__`, headings,
    the quote box and the categories are context; links show their text, footnotes and
    emphasis marks are no words."""
    assert turns("mediawiki-interview-page.txt") == [
        ("(infobox)", "other", "{{Infobox oral history |"),
        ("(preamble)", "other", "Oral history OH-52 was"),
        ("(contents)", "other", "__NOTOC__"),
        ("(heading)", "other", "Childhood"),
        ("Interviewer", "interviewer", "Where did you grow"),
        ("Han", "respondent", "In Musan, near the"),
        ("Interviewer", "interviewer", "Did the mine pay"),
        ("Han", "respondent", "Less every year. He"),
        ("(box)", "other", "{{Quote box|quote=The guards took"),
        ("(heading)", "other", "Leaving"),
        ("Interviewer", "interviewer", "When did you leave?"),
        ("Han", "respondent", "In 2011, with my"),
        ("(category)", "other", "[[Kategorie:Oral histories]]"),
    ]
    said = " ".join(text_of("mediawiki-interview-page.txt", "Han").split())
    assert "for traders on the side, and the checkpoint guards took their share." in said
    assert "''" not in said and "<ref" not in said and "[[" not in said


def test_a_transcript_with_a_wiki_like_heading_and_link_reads_as_before():
    """`== Part 1 ==` and `[[inaudible]]` are two marks, not a wiki page: the text stays."""
    assert not is_mediawiki((LAYOUTS / "wiki-like-transcript.txt").read_text())
    assert turns("wiki-like-transcript.txt") == [
        ("(interview heading)", "other", "Interview 7, Seoul, March"),
        ("(preamble)", "other", "== Part 1 =="),
        ("Interviewer", "interviewer", "What did your mother"),
        ("Jang", "respondent", "Rice cakes. We made"),
        ("Interviewer", "interviewer", "Did anyone take money"),
        ("Jang", "respondent", "The station guard, every"),
    ]
    assert "[[inaudible]]" in text_of("wiki-like-transcript.txt", "Jang")


def test_ask_blog_asks_are_each_askers_and_the_owner_answers():
    """Each asker asks in their own name (`Anonymous` one speaker), on the head's line or
    under it; the blog's owner answers (two paragraphs); tags, notes, the reblog line and
    the reblogger's comment are context."""
    assert turns("askbox-blog-asks.txt") == [
        ("(blog header)", "other", "tumen-crossings answers from a"),
        ("Anonymous", "interviewer", "how did you get"),
        ("tumen-crossings", "respondent", "In the soles of"),
        ("(tags)", "other", "#asks #anon #smuggling"),
        ("(notes)", "other", "87 notes"),
        ("(ask line)", "other", "seoul-reader asked:"),
        ("seoul-reader", "interviewer", "Were you ever caught?"),
        ("tumen-crossings", "respondent", "Twice. The first time"),
        ("(tags)", "other", "#asks #seoul-reader"),
        ("(date)", "other", "Posted 3 months ago"),
        ("(reblog)", "other", "hanbit-writes reblogged this from"),
        ("Anonymous", "interviewer", "do you still talk"),
        ("tumen-crossings", "respondent", "Not any more. It"),
        ("(tags)", "other", "#asks #anon"),
        ("(notes)", "other", "40 notes"),
    ]
    said = text_of("askbox-blog-asks.txt", "tumen-crossings")
    assert "then we paid more" in said and "imagine that" not in said and "#" not in said


def test_asked_twice_in_an_interview_is_no_ask_blog():
    """`My mother asked:` closing a line, twice, with no blog's tags or notes: as before."""
    assert turns("asked-in-memoir-transcript.txt") == [
        ("Interviewer", "interviewer", "What happened at the"),
        ("Mrs. Oh", "respondent", "The soldier came to"),
        ("Interviewer", "interviewer", "And then?"),
        ("Mrs. Oh", "respondent", "My brother asked: how"),
    ]


def test_ca_transcript_breaths_are_no_words_other_marks_stay():
    """In a Jefferson transcript `.hhh` opening an answer and `hh` inside one are blanked;
    pauses, latches, overlaps, quiet talk, pitch and descriptions stay as transcribed."""
    assert turns("ca-jefferson-extract.txt") == [
        ("(preamble)", "other", "APPENDIX B. Extract 3,"),
        ("(heading)", "other", "Extract 3 P3, 00:12:05-00:12:40"),
        ("INT", "interviewer", "so (.) when the"),
        ("P3", "respondent", "cigarettes. (.) two packs="),
        ("INT", "interviewer", "=two packs"),
        ("P3", "respondent", "°and some money° (0.4)"),
        ("INT", "interviewer", "[right"),
        ("P3", "respondent", "[he was ↑young. younger"),
        ("(closing note)", "other", "The respondent minimises the"),
    ]
    said = text_of("ca-jefferson-extract.txt", "P3")
    assert "hh" not in said and "((coughs))" in said


def test_hh_in_an_ordinary_transcript_stays():
    """One `(.)` and an `hh` are no CA transcript: the text stays as typed."""
    assert "He said hh, that is not enough (.)" in text_of("hh-in-ordinary-transcript.txt", "Ri")
