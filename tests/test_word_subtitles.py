"""Word files, subtitles and tables read faithfully: each misreading fixed, with its fixture
in tests/data/layouts/ (invented interviews, in the style real files come in)."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import docx
import pytest

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def turns(path: Path) -> list[tuple[str, str, str]]:
    """(speaker, role, text) of each paragraph."""
    t = parse_file(path, Config())
    return [(turn.speaker, turn.role, p.text) for turn in t.turns for p in turn.paragraphs]


def messages(path: Path) -> list[str]:
    return [f"{n.line}: {n.message}" for n in parse_file(path, Config()).notices]


DASH_VOICES = [
    ("Interviewer", "interviewer", "Thank you for coming today. Where did you grow up?"),
    ("Han Seo-yeon", "respondent",
     "In Kimchaek, near the steel works. My father worked there for twenty years."),
    ("Interviewer", "interviewer", "Why did you leave?"),
    ("Han Seo-yeon", "respondent", "Because we were hungry. The rations stopped in 2008."),
    ("Interviewer", "interviewer", "Did you pay anyone?"),
    ("Han Seo-yeon", "respondent",
     "We paid a broker, five hundred dollars. My aunt sent the money from China."),
    ("Interviewer", "interviewer", "And the border guards?"),
    ("Han Seo-yeon", "respondent", "They took cigarettes and let us pass."),
]


def test_vtt_dash_lines_in_an_interviewer_cue_are_the_other_voice():
    """`<v Interviewer>- Why did you leave?` / `- Because we were hungry.`: the answer was
    read into the interviewer's turn (never coded), its dash kept; `- Did you pay anyone?
    - We paid a broker` on one line was one interviewer paragraph."""
    assert turns(LAYOUTS / "vtt-dash-voices.vtt") == DASH_VOICES
    assert messages(LAYOUTS / "vtt-dash-voices.vtt") == []


def test_two_voices_on_one_srt_line_saved_on_windows():
    """`- Where were you born? - In Musan, by the river.`: one paragraph of one speaker."""
    path = LAYOUTS / "srt-two-voices-cp1252.srt"
    assert turns(path) == [
        ("Interviewer", "interviewer", "Where were you born?"),
        ("Respondent", "respondent", "In Musan, by the river. My parents’ farm grew potatoes."),
        ("Interviewer", "interviewer", "Did you watch foreign films?"),
        ("Respondent", "respondent", "Only Chinese ones, at first."),
        ("Interviewer", "interviewer", "Who sold them?"),
        ("Respondent", "respondent", "A neighbour. He hid them in a sack of rice."),
    ]
    assert messages(path) == ["1: not UTF-8; read as Windows-1252 (Western), the usual encoding "
                              "of files saved on Windows; re-save the file as UTF-8 in the "
                              "program that made it to be sure"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be"])
def test_subtitles_saved_on_windows_read_the_same(tmp_path: Path, encoding: str):
    """CRLF line ends and a byte-order mark (UTF-8 or UTF-16, as Notepad saves) change
    nothing: the `WEBVTT` header after the mark is still a header."""
    text = (LAYOUTS / "vtt-dash-voices.vtt").read_text(encoding="utf-8")
    path = tmp_path / "w.vtt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    assert turns(path) == DASH_VOICES


ROLLED = ("so when did you decide to leave it was after my brother was taken in 2009 the "
          "security police came at night and we never saw him again my mother said we cannot "
          "stay here any more so we paid a broker in hyesan and crossed the river in winter")


def test_youtube_rolling_captions_are_read_once():
    """Each cue of YouTube's automatic captions repeats the line before it (and a 10 ms
    cue repeats it again): every line was read three times, and the space-only first line
    of a cue ended the cue, with a warning."""
    path = LAYOUTS / "youtube-rolling.vtt"
    assert turns(path) == [("Respondent", "respondent", ROLLED)]
    assert messages(path) == [
        "7: only one speaker ('Respondent'): no questions were told apart; label the turns "
        "(e.g. `Q:` / `A:`) or end each question with '?'",
        "10: rolling captions (each cue repeats the line before it, as YouTube's automatic "
        "captions do): 13 repeated lines read once"]


def test_rolling_srt_and_a_real_repeat_in_cues_that_do_not_roll(tmp_path: Path):
    words = ROLLED.split(" in 2009")[0].split(" it was ")
    lines = [words[0], "it was " + words[1], "in 2009 the security police came at night"]
    cues = [lines[:1], lines[:2], lines[1:]]
    path = tmp_path / "r.srt"
    path.write_text("".join(f"{n + 1}\n00:00:0{n},000 --> 00:00:0{n + 1},000\n" + "\n".join(c)
                            + "\n\n" for n, c in enumerate(cues)), encoding="utf-8")
    assert [text for _, _, text in turns(path)] == [" ".join(lines)]
    # one answer said twice is no rolling: kept twice
    path.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Interviewer>Did they pay?\n\n"
                    "00:02.000 --> 00:03.000\n<v Ri>Yes.\n\n00:03.000 --> 00:04.000\n"
                    "<v Interviewer>Every month?\n\n00:04.000 --> 00:05.000\n<v Ri>Yes.\n",
                    encoding="utf-8")
    path = path.rename(tmp_path / "r.vtt")
    assert [text for _, _, text in turns(path)] == ["Did they pay?", "Yes.", "Every month?",
                                                    "Yes."]


def test_a_dash_line_with_no_other_voice_known_is_reported(tmp_path: Path):
    path = tmp_path / "one.vtt"
    path.write_text("WEBVTT\n\n00:01.000 --> 00:04.000\n<v Kim>- Why did you go?\n"
                    "- Because we were hungry.\n", encoding="utf-8")
    assert messages(path)[1:] == [
        "5: a dash starts another speaker's line, but the file names no voice but 'Kim'; "
        "read as Kim's; tag the line <v Name>"]


def test_hostile_subtitles_stay_linear(tmp_path: Path):
    """Dash lines, rolling repeats and voices on every line: four times the cues take about
    four times as long, not sixteen (a look-ahead that walked the file from its start made
    rolling detection quadratic). CPU time, so a loaded machine does not skew the ratio."""
    cue = ("00:00:01.000 --> 00:00:02.000\n<v Kim>- Why? - Because. - And? - So.\n"
           "- Then what happened to us all?\n\n")
    took = []
    for n in (1_000, 4_000):
        path = tmp_path / f"big{n}.vtt"
        path.write_text("WEBVTT\n\n" + cue * n, encoding="utf-8")
        start = time.process_time()
        parse_file(path, Config(max_file_mb=50))
        took.append(time.process_time() - start)
    assert took[1] < 10 * took[0], took


def word_xml(path: Path, body: str, footnote: str = "") -> Path:
    """A Word file as Word saves it: `body` (WordprocessingML paragraphs and tables) with
    a page header and footer, a comment, and a footnote part holding `footnote`."""
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Project Bridge – confidential transcript"
    d.sections[0].footer.paragraphs[0].text = "Page 1 of 1"
    anchor = d.add_paragraph("ANCHOR")
    d.add_comment(anchor.runs, text="Check the year against the recording", author="Editor")
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                xml = data.decode()
                start = xml.index("<w:p>")
                xml = xml[:start] + body + xml[xml.index("<w:sectPr"):]
                data = xml.replace("ANCHOR", "").encode()
            elif info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", (
                    b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>"))
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", (
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.'
                    b'openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'))
            z.writestr(info, data)
        z.writestr("word/footnotes.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w='
            '"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote '
            f'w:id="1"><w:p><w:r><w:t>{footnote}</w:t></w:r></w:p></w:footnote></w:footnotes>'))
    return path


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*parts: str) -> str:
    return "<w:p>" + "".join(parts) + "</w:p>"


TRACK = 'w:id="{}" w:author="Min-jun" w:date="2024-03-02T10:00:00Z"'
TEXT_BOX = (  # a pull quote in a text box, as Word 2016 saves it: a drawing, and VML for old Words
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData>'
    '<wps:wsp><wps:txbx><w:txbxContent>{}</w:txbxContent></wps:txbx></wps:wsp>'
    '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
    '<v:shape><v:textbox><w:txbxContent>{}</w:txbxContent></v:textbox></v:shape></w:pict>'
    '</mc:Fallback></mc:AlternateContent></w:r>')
QUOTE = para(run("“They wanted cigarettes, not money.”"))
EDITED = "".join([
    para(run("Interviewer: When did you leave Chongjin?")),
    # a reviewer's tracked changes: 2010 -> 2011, and `second` added
    para(run("Ri Eun-hee: We left in "), f"<w:del {TRACK.format(1)}><w:r><w:delText>2010"
         f"</w:delText></w:r></w:del><w:ins {TRACK.format(2)}>{run('2011')}</w:ins>",
         run(", after the "), f"<w:ins {TRACK.format(3)}>{run('second ')}</w:ins>",
         run("harvest failed."), '<w:r><w:footnoteReference w:id="1"/></w:r>'),
    # a sentence moved from this paragraph to the next
    para(run("The river was frozen."), f'<w:moveFrom {TRACK.format(4)}>'
         f"{run(' We crossed at night.')}</w:moveFrom>"),
    para(f'<w:moveTo {TRACK.format(5)}>{run("We crossed at night.")}</w:moveTo>'),
    # an interview form: the question in a content control, an answer field in another,
    # an unfilled field showing its placeholder
    para(run("Interviewer: "), f'<w:sdt><w:sdtPr><w:alias w:val="Question"/></w:sdtPr>'
         f'<w:sdtContent>{run("Did you pay the guards?")}</w:sdtContent></w:sdt>'),
    '<w:sdt><w:sdtPr><w:alias w:val="Answer"/></w:sdtPr><w:sdtContent>'
    + para(run("Ri Eun-hee: Yes. "), TEXT_BOX.format(QUOTE, QUOTE),
           run("They wanted cigarettes, not money.")) + "</w:sdtContent></w:sdt>",
    '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
    + para(run("Click or tap here to enter text.")) + "</w:sdtContent></w:sdt>",
    para(run("Interviewer: Where is your family now?")),
    para(f"<w:smartTag w:element='place'>{run('Ri Eun-hee: My mother is still in ')}"
         f"{run('Chongjin')}</w:smartTag>", run(".")),
])


def test_word_tracked_changes_content_controls_and_text_boxes(tmp_path: Path):
    """Word shows tracked insertions and content controls: qcode read `We left in , after
    the harvest failed.`, lost the moved sentence, the question in a content control, the
    whole answer in a block-level one and a smart tag's words (leaving `.` as the
    interviewer's), and a text box's pull quote (now context, said)."""
    path = word_xml(tmp_path / "edited.docx", EDITED,
                    footnote="Ri asked us not to name her street.")
    assert turns(path) == [
        ("Interviewer", "interviewer", "When did you leave Chongjin?"),
        ("Ri Eun-hee", "respondent", "We left in 2011, after the second harvest failed."),
        ("Ri Eun-hee", "respondent", "The river was frozen."),
        ("Ri Eun-hee", "respondent", "We crossed at night."),
        ("Interviewer", "interviewer", "Did you pay the guards?"),
        ("Ri Eun-hee", "respondent", "Yes. They wanted cigarettes, not money."),
        ("(text box)", "other", "“They wanted cigarettes, not money.”"),
        ("Interviewer", "interviewer", "Where is your family now?"),
        ("Ri Eun-hee", "respondent", "My mother is still in Chongjin."),
    ]
    assert messages(path) == [
        "7: 1 paragraph of text boxes (the first on this line) kept as context, not coded: "
        "Word draws a text box apart from the text (a sidebar, a pull quote); if one holds "
        "the interview, move its text into the document body"]
    # headers, footers, footnotes, comments and placeholders are not the interview
    text = " ".join(t for _, _, t in turns(path))
    for other in ("confidential", "Page 1", "street", "Check the year", "Click or tap"):
        assert other not in text


def test_word_speaker_cell_merged_down_two_rows(tmp_path: Path):
    """A speaker's cell merged over two rows of text (python-docx repeats a merged cell in
    each row: the second row was a turn of its own, and a merged text cell's words twice)."""
    d = docx.Document()
    table = d.add_table(rows=0, cols=2)
    for row in [("Interviewer", "How did you get across?"), ("Kang", "We walked on the ice."),
                ("", "My son carried our papers in his boots."),
                ("Interviewer", "Were you caught?"), ("Kang", "No."), ("", "")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = row
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(4, 1).merge(table.cell(5, 1))
    d.save(tmp_path / "merged.docx")
    t = parse_file(tmp_path / "merged.docx", Config())
    assert [(turn.speaker, [p.text for p in turn.paragraphs]) for turn in t.turns] == [
        ("Interviewer", ["How did you get across?"]),
        ("Kang", ["We walked on the ice.", "My son carried our papers in his boots."]),
        ("Interviewer", ["Were you caught?"]), ("Kang", ["No."])]


def word_tables(path: Path, *tables: list[tuple[str, ...]], before: tuple[str, ...] = (),
                after: tuple[str, ...] = ()) -> Path:
    """A Word file: paragraphs, then each table (rows of cell texts; `\\n` splits a cell
    into paragraphs), then more paragraphs."""
    d = docx.Document()
    for text in before:
        d.add_paragraph(text)
    for rows in tables:
        table = d.add_table(rows=0, cols=len(rows[0]))
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                first, *more = text.split("\n")
                cell.text = first
                for paragraph in more:
                    cell.add_paragraph(paragraph)
    for text in after:
        d.add_paragraph(text)
    d.save(path)
    return path


PLACES = [("Place", "What happened there"),
          ("Hyesan", "We lived by the river until 2008."),
          ("Hyesan", "My mother sold dried fish at the market."),
          ("Changbai", "We crossed the ice at night."),
          ("Shenyang", "A broker kept us in a flat for a month.")]
GLOSSARY = [("bowibu", "State Security Department, the political police"),
            ("jangmadang", "a private market, tolerated after the famine"),
            ("notel", "a small media player that reads USB sticks and DVDs")]
TIMELINE = [("Hyesan", "We lived there until 2008."),
            ("Hyesan", "My mother sold dried fish."),
            ("Yanji", "We hid with a Korean-Chinese family.")]


def test_word_tables_that_are_not_transcripts_are_context_with_a_warning(tmp_path: Path):
    """A Place | What happened there table (a place named twice) was read as a transcript
    of speakers `Place` and `Hyesan`; a glossary and a timeline without a header were read
    into the answer before them, and coded as the respondent's words."""
    path = word_tables(tmp_path / "appendix.docx", PLACES, GLOSSARY, TIMELINE,
                       before=("Interviewer: Where did you go?",
                               "Mun: Through Changbai, then Shenyang."),
                       after=("Interviewer: Why did you leave?", "Mun: We were hungry."))
    t = parse_file(path, Config())
    assert [(turn.speaker, turn.role, len(turn.paragraphs)) for turn in t.turns] == [
        ("Interviewer", "interviewer", 1), ("Mun", "respondent", 1), ("(table)", "other", 22),
        ("Interviewer", "interviewer", 1), ("Mun", "respondent", 1)]
    assert [f"{n.line}: {n.message}" for n in t.notices] == [
        f"{line}: table {n} ({first}) is not a Speaker | Text or Question | Answer table: kept "
        "as context, not coded; if it holds the interview, give it a header row naming a "
        "Speaker and a Text column" for line, n, first in [
            (3, 1, "Place | What happened there"),
            (13, 2, "bowibu | State Security Department,…"),
            (19, 3, "Hyesan | We lived there until 2008.")]]


def test_a_speaker_table_without_a_header_is_still_a_transcript(tmp_path: Path):
    path = word_tables(tmp_path / "plain.docx", [
        ("Interviewer", "Where did you live?"), ("Mun", "In Hyesan."),
        ("Interviewer", "Did you pay the guards?"), ("Mun", "Every month, in cigarettes.")])
    assert turns(path) == [
        ("Interviewer", "interviewer", "Where did you live?"), ("Mun", "respondent", "In Hyesan."),
        ("Interviewer", "interviewer", "Did you pay the guards?"),
        ("Mun", "respondent", "Every month, in cigarettes.")]


BILINGUAL = [("화자", "한국어", "English"),
             ("면담자", "언제 떠나셨어요?", "When did you leave?"),
             ("탈북민", "2012년 겨울에 떠났어요. 배가 너무 고팠어요.",
              "In the winter of 2012. We were too hungry."),
             ("면담자", "누가 도와줬어요?", "Who helped you?"),
             ("탈북민", "중국에 있는 고모가 브로커한테 돈을 보냈어요.",
              "My aunt in China sent money to a broker.")]


@pytest.mark.parametrize("header", [True, False])
def test_bilingual_word_tables_are_read_in_english(tmp_path: Path, header: bool):
    """Speaker | Korean | English, and Korean | English with labels in the cells: both
    languages were read as one paragraph (`2012년 겨울에 ... In the winter of 2012.`)."""
    path = word_tables(tmp_path / "ko.docx", BILINGUAL if header else BILINGUAL[1:])
    assert turns(path)[-4:] == [
        ("면담자", "interviewer", "When did you leave?"),
        ("탈북민", "respondent", "In the winter of 2012. We were too hungry."),
        ("면담자", "interviewer", "Who helped you?"),
        ("탈북민", "respondent", "My aunt in China sent money to a broker.")]
    assert ("1: table 1 is bilingual: read in its English column; the column of the "
            "original beside it is not read") in messages(path)
    labelled = [("원문", "Translation")] + [
        (f"{'질문' if s == '면담자' else '답'}: {ko}", f"{'Q' if s == '면담자' else 'A'}: {en}")
        for s, ko, en in BILINGUAL[1:]]
    path = word_tables(tmp_path / "ko2.docx", labelled)
    assert turns(path)[-2:] == [("Q", "interviewer", "Who helped you?"),
                                ("A", "respondent", "My aunt in China sent money to a broker.")]


MARKDOWN = """\
# Interview 15: a trader from Musan

Recorded in Seoul in 2023; names changed.

| Speaker | Text |
| --- | --- |
| **Interviewer** | Where did you trade? |
| **Yoo** | At the Musan market, selling shoes \\| socks from China. |
| **Interviewer** | Did you pay the inspectors? |
| **Yoo** | Every week. Cigarettes, sometimes money. |

## Words used

| Word | Meaning |
|:-----|:--------|
| jangmadang | market |
| bowibu | the political police |
"""


def test_markdown_pipe_tables(tmp_path: Path):
    """`| Speaker | Text |` tables in a .md transcript were text: one paragraph of pipes,
    `| **Yoo** | At the Musan market...` quoted as the respondent's (or the introduction's)."""
    path = tmp_path / "musan.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    t = parse_file(path, Config())
    assert [(turn.speaker, turn.role, [p.text for p in turn.paragraphs]) for turn in t.turns] == [
        ("(heading)", "other", ["Interview 15: a trader from Musan"]),
        ("(credit)", "other", ["Recorded in Seoul in 2023; names changed."]),
        ("(heading)", "other", ["| Speaker | Text |"]),
        ("Interviewer", "interviewer", ["Where did you trade?"]),
        ("Yoo", "respondent", ["At the Musan market, selling shoes | socks from China."]),
        ("Interviewer", "interviewer", ["Did you pay the inspectors?"]),
        ("Yoo", "respondent", ["Every week. Cigarettes, sometimes money."]),
        ("(heading)", "other", ["Words used"]),
        ("(table)", "other", ["| Word | Meaning |", "| jangmadang | market |",
                              "| bowibu | the political police |"])]
    assert [f"{n.line}: {n.message}" for n in t.notices] == [
        "14: table 2 (Word | Meaning) is not a Speaker | Text or Question | Answer table: kept "
        "as context, not coded; if it holds the interview, give it a header row naming a "
        "Speaker and a Text column"]
    source = path.read_text(encoding="utf-8")
    answer = t.turns[4].paragraphs[0]
    assert source[answer.start:answer.end].startswith("At the Musan market, selling shoes \\|")


def test_hostile_pipe_tables_stay_linear(tmp_path: Path):
    """A header of 50,000 cells over 4,000 short rows (padding each row to the header's
    width: 200 million cells), and 40,000 rows of a speaker table."""
    wide = "|" + "x|" * 50_000 + "\n|" + "---|" * 50_000 + "\n" + "| a |\n" * 4_000
    rows = "| Interviewer | Why? |\n| Kim | Because. |\n" * 20_000
    path = tmp_path / "wide.md"
    path.write_text(f"Q: Where?\n\nA: Here.\n\n{wide}\n| Speaker | Text |\n|---|---|\n{rows}",
                    encoding="utf-8")
    t = parse_file(path, Config())
    assert "table 1 has 50000 columns: kept as context, not coded" in [
        n.message for n in t.notices]
    assert len(t.turns) > 40_000


def test_subtitle_position_tags_and_entities_are_not_text(tmp_path: Path):
    """Subtitle editors put `{\\an8}` (top of the screen) before a line, and WebVTT writes
    `&amp;`: both were quoted as the respondent's words."""
    path = tmp_path / "top.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:03,000\n{\\an8}<i>Where did you live?</i>\n\n"
                    "2\n00:00:03,500 --> 00:00:06,000\n{\\an8}In Hyesan &amp; later Musan.\n",
                    encoding="utf-8")
    assert turns(path) == [("Interviewer", "interviewer", "Where did you live?"),
                           ("Respondent", "respondent", "In Hyesan & later Musan.")]


def test_broadcast_captions_mark_a_new_speaker_with_chevrons(tmp_path: Path):
    """Captions made for television open each change of speaker with `>>` (`&gt;&gt;` in
    WebVTT): the chevrons were quoted as words, and a `>>` in mid-line was no change."""
    path = tmp_path / "news.vtt"
    path.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n&gt;&gt; WHERE DID YOU LIVE\nBEFORE YOU LEFT?\n\n"
        "00:00:03.500 --> 00:00:06.000\n&gt;&gt; IN HYESAN, BY THE RIVER.\nMY MOTHER SOLD FISH.\n\n"
        "00:00:06.500 --> 00:00:08.000\n&gt;&gt; WHO HELPED YOU? &gt;&gt; MY AUNT IN YANJI.\n",
        encoding="utf-8")
    assert turns(path) == [
        ("Interviewer", "interviewer", "WHERE DID YOU LIVE BEFORE YOU LEFT?"),
        ("Respondent", "respondent", "IN HYESAN, BY THE RIVER. MY MOTHER SOLD FISH."),
        ("Interviewer", "interviewer", "WHO HELPED YOU?"),
        ("Respondent", "respondent", "MY AUNT IN YANJI.")]


def test_a_cue_label_saying_the_role_in_brackets_is_that_role(tmp_path: Path):
    """`Kwon Mi-ra (translator): ...` once, in an exported call: the translator is context,
    not words added to the answer before."""
    srt = ("1\n00:00:01,000 --> 00:00:04,000\nDavid Ortiz: How did you get the films?\n\n"
           "2\n00:00:04,500 --> 00:00:09,000\nPark Jun: From a man at the station, on a card.\n\n"
           "3\n00:00:09,500 --> 00:00:12,000\nKwon Mi-ra (translator): He says a micro SD card."
           "\n\n4\n00:00:12,500 --> 00:00:15,000\nDavid Ortiz: And you paid him?\n\n"
           "5\n00:00:15,500 --> 00:00:18,000\nPark Jun: In rice, two kilos a film.\n")
    (tmp_path / "call.srt").write_text(srt, encoding="utf-8")
    rows = turns(tmp_path / "call.srt")
    assert rows[1] == ("Park Jun", "respondent", "From a man at the station, on a card.")
    assert rows[2] == ("Kwon Mi-ra (translator)", "other", "He says a micro SD card.")
    assert [role for _, role, _ in rows] == ["interviewer", "respondent", "other", "interviewer",
                                            "respondent"]


def test_names_in_capitals_over_cue_text_are_speakers_and_a_name_caption_is_context(
        tmp_path: Path):
    """A broadcast's subtitles: `REPORTER (V.O.)` and `KIM MI-RA` alone on a cue's first line
    name who speaks; `<i>Kim Mi-ra, teacher from Hoeryong</i>` is the lower third, shown, not
    said. Read as text, the names and the reporter's narration were one respondent's words;
    a reporter is an interviewer by default (config.DEFAULT_INTERVIEWERS)."""
    cues = [("REPORTER (V.O.)", "Hoeryong lies an hour from the river crossing."),
            ("KIM MI-RA", "The inspectors came every Friday.\nWe kept a carton ready."),
            (None, "<i>Kim Mi-ra, teacher from Hoeryong</i>"),
            ("REPORTER (V.O.)", "Did they ever refuse it?"),
            ("KIM MI-RA", "Never once.")]
    srt = "".join(f"{i}\n00:00:{i:02},000 --> 00:00:{i:02},900\n"
                  + (f"{name}\n" if name else "") + f"{text}\n\n"
                  for i, (name, text) in enumerate(cues, 1))
    (tmp_path / "report.srt").write_text(srt, encoding="utf-8")
    assert turns(tmp_path / "report.srt") == [
        ("Reporter", "interviewer", "Hoeryong lies an hour from the river crossing."),
        ("Kim Mi-ra", "respondent", "The inspectors came every Friday. We kept a carton ready."),
        ("(caption)", "other", "Kim Mi-ra, teacher from Hoeryong"),
        ("Reporter", "interviewer", "Did they ever refuse it?"),
        ("Kim Mi-ra", "respondent", "Never once.")]


def test_a_bold_name_and_a_tab_before_the_text_is_the_speaker(tmp_path: Path):
    """Word transcripts set each turn as a bold name, a tab, the text (no colon), as
    transcription software exports `Speaker<TAB>Text`: the names were read as words of the
    turns, and the interviewer's closing words as the last answer's."""
    document = docx.Document()
    document.add_paragraph("Interview 4, Busan, 2018")
    for name, text in [("Moreau", "Where did you keep the cards?"),
                       ("Mrs. Oh", "Inside a hollow broom handle."),
                       ("Moreau", "Did anyone find them?"),
                       ("Mrs. Oh", "Once. I gave the inspector two bottles and he forgot."),
                       ("Moreau", "Thank you, that is all for today.")]:
        paragraph = document.add_paragraph()
        paragraph.add_run(name).bold = True
        paragraph.add_run().add_tab()
        paragraph.add_run(text)
    document.save(str(tmp_path / "tabbed.docx"))
    rows = turns(tmp_path / "tabbed.docx")
    assert [(speaker, role) for speaker, role, _ in rows[1:]] == [
        ("Moreau", "interviewer"), ("Mrs. Oh", "respondent")] * 2 + [("Moreau", "interviewer")]
    assert rows[4][2] == "Once. I gave the inspector two bottles and he forgot."
    (tmp_path / "export.txt").write_text(
        "Interviewer\tWhere did you keep the cards?\nMrs. Oh\tInside a hollow broom handle.\n"
        "Interviewer\tDid anyone find them?\nMrs. Oh\tOnce, and I paid.\n", encoding="utf-8")
    assert [role for _, role, _ in turns(tmp_path / "export.txt")] == [
        "interviewer", "respondent"] * 2


def test_word_questions_in_bold_a_bold_prompt_and_an_answer_that_asks(tmp_path: Path):
    """A Word Q&A that sets its questions in bold: a bold line without `?` between answers is
    a question, an answer that ends by asking (not bold) is still the answer, and the
    closing note on the speaker the introduction presents (`Kim Sol-mi, 28,`) is context."""
    document = docx.Document()
    document.add_paragraph("Kim Sol-mi, 28, came to Seoul in 2019.")
    for text, bold in [("Where did you live?", True), ("In Chongjin, by the port.", False),
                       ("Your father traded fish.", True),
                       ("Dried squid, to Chinese buyers. The customs men took their part.", False),
                       ("Why did you come south?", True),
                       ("My cousin was here already. What else was there for me?", False),
                       ("Do you miss Chongjin?", True), ("The sea, only the sea.", False),
                       ("Kim Sol-mi now studies nursing in Daejeon.", False)]:
        document.add_paragraph().add_run(text).bold = bold
    document.save(str(tmp_path / "bold.docx"))
    assert [(role, text[:20]) for _, role, text in turns(tmp_path / "bold.docx")] == [
        ("other", "Kim Sol-mi, 28, came"), ("interviewer", "Where did you live?"),
        ("respondent", "In Chongjin, by the "), ("interviewer", "Your father traded f"),
        ("respondent", "Dried squid, to Chin"), ("interviewer", "Why did you come sou"),
        ("respondent", "My cousin was here a"), ("interviewer", "Do you miss Chongjin"),
        ("respondent", "The sea, only the se"), ("other", "Kim Sol-mi now studi")]


def test_a_delivery_note_opening_a_cue_and_the_captioning_credit_are_no_words(
        tmp_path: Path):
    """Broadcast captions: `>> [VIA TRANSLATOR]` before an answer says how it was given, and
    `CLOSED CAPTIONING PROVIDED BY` / `THE SEJONG TRUST` over two lines is a credit, not the
    interviewer's words."""
    srt = ("1\n00:00:01,000 --> 00:00:03,000\n>> WHO SOLD YOU THE RADIO?\n\n"
           "2\n00:00:03,500 --> 00:00:06,000\n>> [VIA TRANSLATOR]\nA SOLDIER FROM THE BORDER POST.\n\n"
           "3\n00:00:06,500 --> 00:00:08,000\n>> DID HE ASK FOR MORE MONEY LATER?\n\n"
           "4\n00:00:08,500 --> 00:00:10,000\n>> [VIA TRANSLATOR] EVERY MONTH.\n\n"
           "5\n00:00:10,500 --> 00:00:12,000\nCLOSED CAPTIONING PROVIDED BY\nTHE SEJONG TRUST\n")
    (tmp_path / "tv.srt").write_text(srt, encoding="utf-8")
    rows = turns(tmp_path / "tv.srt")
    assert [text for _, role, text in rows if role == "respondent"] == [
        "A SOLDIER FROM THE BORDER POST.", "EVERY MONTH."]
    assert rows[-1][:2] == ("(credit)", "other")
