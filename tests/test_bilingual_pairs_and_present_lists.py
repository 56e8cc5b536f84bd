"""Two shapes the eval10 set showed misread (tests/data/eval10/README.md: docx09, family01),
each in a wording of its own: a bilingual transcript giving each turn twice, a paragraph in
Korean or Chinese under its label (`질문:`, `問：`) and its English under the English label
(`Question:`, `Q:`), read as one speaker a role and one turn a pair; and a list of those
present that names the people behind the transcript's labels (`Lim Soo-bin, translator
(TR)`), so a translator's asides are context and each respondent is named."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from qcode.model import Turn
from tests.test_layouts import LAYOUTS, notices, read, roles


def test_a_label_and_its_translation_are_one_speaker_and_one_turn():
    """`질문:` then `Question:` ask, `답변:` then `Answer:` answer: one interviewer, one
    respondent, the Korean paragraph and its English one turn; the translator's note and
    the bilingual end mark are context."""
    rows = read("bilingual-label-pairs.txt")
    q, a = ("Question", "interviewer"), ("Answer", "respondent")
    assert roles(rows) == [
        ("(preamble)", "other"), ("(credit)", "other"), q, q, a, a, q, q, a, a,
        ("(editorial note)", "other"), q, q, a, a, ("(end)", "other")]
    assert [r[3] for r in rows[2:6]] == [
        "장마당에서 무엇을 팔았어요?", "What did you sell", "중국 옷을 팔았어요. 시장",
        "Clothes from China. I"]
    turns = [t for t in _turns("bilingual-label-pairs.txt") if t.role != "other"]
    assert [len(t.paragraphs) for t in turns] == [2] * 6  # each pair one turn
    assert any("'질문:' and 'Question:'" in n for n in notices("bilingual-label-pairs.txt"))


def test_chinese_labels_without_a_space_pair_with_english(tmp_path: Path):
    """`問：` / `答：` say their roles too, with no space after the full-width colon."""
    path = tmp_path / "wen-da.txt"
    path.write_text(
        "問：你在哪裡工作？\n\nQ: Where did you work?\n\n答：在煤礦。\n\nA: At the coal mine.\n\n"
        "問：工資夠用嗎？\n\nQ: Was the pay enough?\n\n答：不夠，只能去市場。\n\n"
        "A: No, so I went to the market.\n", encoding="utf-8")
    assert [r[1:3] for r in read(str(path))] == [
        ("Q", "interviewer")] * 2 + [("A", "respondent")] * 2 + [
        ("Q", "interviewer")] * 2 + [("A", "respondent")] * 2


def test_two_askers_in_two_languages_stay_two_speakers(tmp_path: Path):
    """A Korean interviewer (`문:`) and an English-speaking researcher (`Q:`) who each ask
    their own questions never come in pairs: two speakers, a turn each."""
    path = tmp_path / "two-askers.txt"
    path.write_text(
        "문: 고향이 어디예요?\n\n답: 혜산이에요.\n\nQ: And when did you leave Hyesan?\n\n"
        "답: 2015년에요.\n\n문: 누구랑 같이 왔어요?\n\n답: 언니랑요.\n\n"
        "Q: Did you pay a broker?\n\n답: 네, 많이 줬어요.\n", encoding="utf-8")
    assert [r[1] for r in read(str(path))] == ["문", "답", "Q", "답", "문", "답", "Q", "답"]


def test_a_list_of_those_present_names_the_labels_and_gives_roles():
    """`moderator Oh Eun-ji (OE)` asks, `Lim Soo-bin, translator (TR)` and `note-taker
    (NT)` are context (never coded), the father and son are respondents by name."""
    rows = read("present-list-translator.txt")
    oe, tr = ("Oh Eun-ji", "interviewer"), ("Lim Soo-bin", "other")
    father, son = ("Jang Chol-su", "respondent"), ("Jang Min-ho", "respondent")
    assert roles(rows) == [
        ("(preamble)", "other"), oe, tr, father, oe, father, son, father, ("NT", "other"),
        oe, son, tr, oe]


def test_a_list_without_role_words_names_respondents_only(tmp_path: Path):
    """No role word: `(M)` and `(SH)` are respondents, named; `K:`, in no list, and a
    credit in a sentence (`with interpreter Song (T)`) keep their reading."""
    path = tmp_path / "sisters.txt"
    path.write_text(
        "Present: Mrs. Ri Sun-ok (M), her sister Ri Sun-hee (SH).\n"
        "This interview was recorded by Choi Min-ji (CM) with interpreter Song (T) in Seoul.\n\n"
        "Q: Where did you both grow up?\n\nM: In Kimchaek, near the port.\n\n"
        "SH: I was born later, in Chongjin.\n\nT: She says Chongjin, the city.\n\n"
        "Q: Who paid the guards?\n\nM: Our uncle, in rice.\n\nSH: And in cigarettes.\n\n"
        "K: Excuse me, the tea is here.\n\nK: Careful, it is hot.\n\nT: She thanks you.\n",
        encoding="utf-8")
    rows = read(str(path))
    assert [r[1] for r in rows if r[2] != "other"] == [
        "Q", "Ri Sun-ok", "Ri Sun-hee", "T", "Q", "Ri Sun-ok", "Ri Sun-hee", "K", "K", "T"]
    assert {r[2] for r in rows if r[1].startswith("Ri ")} == {"respondent"}



def _turns(name: str) -> list[Turn]:
    return parse_file(LAYOUTS / name, Config()).turns
