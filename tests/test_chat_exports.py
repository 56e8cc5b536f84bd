"""Chat exports (WhatsApp, KakaoTalk), a newspaper's live reader chat and a podcast app's
Markdown export with `**Name** [00:00:44]` headers: eval12 (tests/data/eval12/) found them
misread; each shape proven here on its own fixture in other words (tests/data/layouts/)."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from tests.test_word_subtitles import messages, turns

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def starts(path: Path) -> list[tuple[str, str, str]]:
    """(speaker, role, first four words) of each paragraph."""
    return [(who, role, " ".join(text.split()[:4])) for who, role, text in turns(path)]


def test_whatsapp_us_export_reads_senders_times_and_system_lines():
    """`3/14/22, 8:01 PM - Name: text`: the sender speaks, the date and time are no words;
    the encryption notice, `<Media omitted>`, a deleted message, a missed call and an emoji
    alone are context; a line under a message is that message going on; the sender who
    asks most interviews, and a notice says so."""
    path = LAYOUTS / "whatsapp-us-ampm.txt"
    ri, dan = "Ri Ok-sun", "Daniel Ortiz"
    assert starts(path) == [
        ("(system)", "other", "Messages and calls are"),
        (dan, "interviewer", "Good evening Mrs Ri."),
        (ri, "respondent", "I sewed clothes at"),
        (ri, "respondent", "ok"),
        (dan, "interviewer", "Did anyone in an"),
        (ri, "respondent", "The neighbourhood watch leader."),
        ("(media)", "other", "<Media omitted>"),
        (ri, "respondent", "The blue one in"),
        ("(media)", "other", "You deleted this message"),
        (dan, "interviewer", "How did you cross"),
        ("(media)", "other", "Missed video call"),
        (ri, "respondent", "In March the ice"),
        ("(reaction)", "other", "👍"),
        (dan, "interviewer", "Thank you, this is"),
    ]
    assert turns(path)[5][2].endswith("Without that dress I had to go to the factory that "
                                      "paid nothing.")
    assert parse_file(path, Config()).turns[1].time == "3/14/22, 8:01 PM"
    assert messages(path) == [
        "2: read as a chat export; took 'Daniel Ortiz' as the interviewer (3 of their 4 "
        "messages ask, 0 of anyone else's) and every other sender as a respondent; if that "
        "is wrong, list the interviewer under `interviewers:` in the front matter or in "
        "qcode.toml"]


def test_whatsapp_ios_export_in_german():
    """iOS's `[21.09.20, 19:02:11] Name: text`, a placeholder in another language."""
    path = LAYOUTS / "whatsapp-ios-brackets.txt"
    assert [(who, role) for who, role, _ in turns(path)] == [
        ("Sora Im", "respondent"), ("Felix Bauer", "interviewer"), ("Sora Im", "respondent"),
        ("(media)", "other"), ("Felix Bauer", "interviewer"), ("Sora Im", "respondent"),
        ("Felix Bauer", "interviewer")]
    assert turns(path)[5][2] == ("Niemand vom Staat. Eine Nachbarin brachte Maisbrei. Sie "
                                 "hatte selbst fast nichts.")


def test_kakaotalk_export_with_korean_times_and_placeholders():
    """`[Name] [오후 8:01] text`: the header and date divider, `이모티콘` / `사진`
    placeholders and a member leaving are context; the time is no word."""
    path = LAYOUTS / "kakaotalk-korean-ampm.txt"
    park = "박성민"
    assert starts(path) == [
        ("(header)", "other", "박성민 님과 카카오톡 대화"),
        ("(header)", "other", "저장한 날짜 : 2023-02-03"),
        ("(header)", "other", "--------------- 2023년 2월 3일"),
        (park, "interviewer", "안녕하세요. 지금 통화 대신"),
        ("Hana", "respondent", "네 좋아요"),
        (park, "interviewer", "처음 외국 노래를 들은"),
        ("Hana", "respondent", "고등중학교 때요. 친구 오빠가"),
        ("(media)", "other", "이모티콘"),
        ("(media)", "other", "사진"),
        (park, "interviewer", "이 라디오와 비슷했나요?"),
        ("Hana", "respondent", "네 비슷해요. 주파수를 고정하는"),
        ("(system)", "other", "Hana님이 나갔습니다."),
    ]
    assert turns(path)[10][2].endswith("그래서 검열원이 오면 바로 숨겼어요")


def test_live_reader_chat_readers_and_moderator_ask():
    """`11:03 [Comment From Marco: ] question`: each reader is an interviewer of their own;
    the timed name who answers the readers is the guest, the other one moderates."""
    path = LAYOUTS / "livechat-comments.txt"
    got = [(who, role) for who, role, _ in turns(path) if role != "other"]
    assert got == [
        ("Priya Nair", "interviewer"), ("Marco", "interviewer"), ("Ahn Min-seo", "respondent"),
        ("anonymous", "interviewer"), ("Ahn Min-seo", "respondent"),
        ("Priya Nair", "interviewer"), ("Marco", "interviewer"), ("Ahn Min-seo", "respondent"),
        ("Priya Nair", "interviewer")]
    assert turns(path)[4][2] == "What did you do on weekends as a child?"
    assert "took 'Ahn Min-seo' as the guest who answers (3 of 3" in messages(path)[0]


def test_podcast_export_with_bold_names_and_times_above_turns():
    """`**Joon Park** [00:00:02]` on its own line heads a turn; the host who asks, though
    most of his turns do not, interviews (a notice says how many ask); the italic credit
    at the end is context."""
    path = LAYOUTS / "podcast-bold-names.md"
    got = [(who, role) for who, role, _ in turns(path) if role != "other"]
    assert got == [("Joon Park", "interviewer"), ("Oh Mi-ran", "respondent")] * 4 \
        + [("Joon Park", "interviewer")]
    assert turns(path)[6][2] == "A favour like what."
    assert turns(path)[-1][1] == "other"
    assert "took 'Joon Park' as the interviewer (2 of 5" in messages(path)[0]


def test_messages_quoted_inside_an_interview_are_no_chat():
    """Three WhatsApp lines an interviewee copied into her answer: the file's own labels
    stand, the lines stay words of her answer."""
    path = LAYOUTS / "not-a-chat-quoted-messages.txt"
    got = turns(path)
    assert [who for who, _, _ in got] == ["Interviewer", "Respondent", "Respondent",
                                          "Respondent", "Interviewer", "Respondent",
                                          "Interviewer", "Respondent", "Interviewer"]
    assert got[2][2].startswith("12/01/2019, 22:14 - Brother: the broker can come")
    assert not any("chat" in m for m in messages(path))


def test_a_long_chat_reads_in_one_pass(tmp_path: Path):
    """A linear-time guard: a few thousand messages read, every one its sender's."""
    path = tmp_path / "long.txt"
    path.write_text("".join(
        f"1/2/23, 9:{i % 60:02d} AM - Kim: Where did you sell it, the {i}th time?\n"
        f"1/2/23, 9:{i % 60:02d} AM - Lee: At the market, number {i}.\n" for i in range(1500)))
    t = parse_file(path, Config())
    assert len(t.turns) == 3000
    assert {(x.speaker, x.role) for x in t.turns} == {("Kim", "interviewer"),
                                                      ("Lee", "respondent")}


def test_telegram_desktop_headers_above_messages():
    """Telegram Desktop's `Name, [11/6/2023 7:02 PM]` alone above each message: the header
    is its sender's label and no words; a message of two paragraphs stays its sender's; a
    forwarded news item (two paragraphs), `[In reply to ...]` and `[Sticker]` are context."""
    path = LAYOUTS / "telegram-desktop-ampm.txt"
    seo, cho = "Seo Kwang-il", "Mirae Cho"
    assert starts(path) == [
        (cho, "interviewer", "Good evening, Mr. Seo."),
        (seo, "respondent", "Fine. My shift ends"),
        (cho, "interviewer", "How did people in"),
        (seo, "respondent", "From the traders who"),
        (seo, "respondent", "A card with ten"),
        ("(forwarded)", "other", "[Forwarded from Daily Border"),
        ("(forwarded)", "other", "Inspection teams in Ryanggang"),
        ("(forwarded)", "other", "Phones with foreign files"),
        (seo, "respondent", "We had the same"),
        ("(reply)", "other", "[In reply to Seo"),
        (cho, "interviewer", "A clean phone?"),
        ("(media)", "other", "[Sticker]"),
        (seo, "respondent", "A second phone with"),
        (cho, "interviewer", "Thank you. Let us"),
    ]
    t = parse_file(path, Config())
    assert t.turns[1].time == "11/6/2023 7:05 PM"
    assert [p.text for p in t.turns[3].paragraphs] == [
        "From the traders who went to Sinuiju. They came back with memory cards sewn into "
        "the lining of their coats.",
        "A card with ten episodes cost the same as five kilos of rice."]
    assert "took 'Mirae Cho' as the interviewer (3 of their 4" in messages(path)[0]


def test_telegram_headers_with_the_month_in_words(tmp_path: Path):
    """`Name, [3 May 2024 at 14:05]`: the same headers in another setting."""
    path = tmp_path / "chat.txt"
    path.write_text(
        "Ines Varga, [3 May 2024 at 14:05]\nWhere did you keep the money from the stall?\n\n"
        "Ko Eun-byul, [3 May 2024 at 14:09]\nIn a jar under the kimchi. Inspectors never "
        "opened kimchi.\n\n"
        "Ines Varga, [3 May 2024 at 14:10]\nAnd the market manager, did he take a share?\n\n"
        "Ko Eun-byul, [3 May 2024 at 14:12]\nEvery month, a fee for the place and a gift on "
        "his birthday.\n", encoding="utf-8")
    assert starts(path) == [
        ("Ines Varga", "interviewer", "Where did you keep"),
        ("Ko Eun-byul", "respondent", "In a jar under"),
        ("Ines Varga", "interviewer", "And the market manager,"),
        ("Ko Eun-byul", "respondent", "Every month, a fee"),
    ]


def test_telegram_messages_quoted_inside_an_interview_are_no_chat():
    """Three Telegram messages an interviewee copied into her labelled answer: the file's
    own labels stand, the headers and messages stay words of her answer."""
    path = LAYOUTS / "not-a-chat-quoted-telegram.txt"
    got = parse_file(path, Config()).turns
    assert [(x.speaker, x.role) for x in got] == [
        ("Interviewer", "interviewer"), ("Ms. Paek", "respondent"),
        ("Interviewer", "interviewer"), ("Ms. Paek", "respondent"),
        ("Interviewer", "interviewer")]
    assert "Grace Lim, [02.09.2019 23:40] She is with us." in got[1].text
    assert not any("chat" in m for m in messages(path))
