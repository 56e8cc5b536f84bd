"""Writes the eval8 files that cannot be typed as UTF-8 text: the two .docx (python-docx),
the UTF-16 file and the Teams WebVTT (its cue ids and times). Run once; its outputs are
committed and the tests never run it."""

from __future__ import annotations

import random
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).parent


def utf16_file() -> None:
    """An academic transcript saved by Notepad as 'Unicode': UTF-16 LE, BOM, CRLF."""
    lines = [
        'Study: Everyday economies after the famine (Ethics ref. 2017/114)',
        'Participant ID: P07   Gender: M   Age band: 50-59   Region of origin: Jagang',
        'Date: 3 May 2018   Interviewer: I   Participant: P',
        ('Transcription conventions: (.) short pause; [ ] overlapping speech; (( )) '
         "transcriber's comment"),
        '',
        ('I:\tSo (.) to start, could you tell me what you did for work in the last '
         'years before you left?'),
        '',
        ('P:\tI was a driver for a munitions factory. A driver is a good job because '
         'you can carry things for people [I: mm] and they pay you. Not officially. '
         '((coughs)) Sorry.'),
        '',
        'I:\tNo problem. When you say they pay you, what kind of payment?',
        '',
        ('P:\tRice, cash, whatever. And I also paid. At every checkpoint the soldiers '
         'want something, and the security people at the factory gate also. It was a '
         'circle, everyone pays everyone.'),
        '',
        'I:\tWas that ever risky for you?',
        '',
        ('P:\tOnce, in 2012. The inspection team from the province found that my log '
         'book did not match the fuel. I had to give the inspector two months of what '
         'I earned on the side. (.) After that he was my friend. ((laughs))'),
        '',
        'I:\tDid you ever carry foreign media?',
        '',
        ('P:\tNo, never. That is a different level. For fuel they take money, for South '
         'Korean things they take you. My nephew was caught with a USB stick in 2014 '
         'and he is still in the kyohwaso, as far as I know.'),
        '',
        "I:\tI'm sorry.",
        '',
        ('P:\tYes. (.) That was the reason, really. My sister said we cannot live here '
         'anymore.'),
        '',
        'I:\tWhen you arrived in the South, what surprised you most?',
        '',
        ('P:\tThat the police say please. ((laughs)) And at Hanawon a lecturer talked '
         'about human rights, that even a prisoner has rights. I did not believe her.'),
        '',
        '((recording stopped at 00:41:17))',
        '',
    ]
    text = "\n".join(lines)
    data = "\ufeff" + text.replace("\n", "\r\n")
    (HERE / "utf16-01-tabbed-i-p-labels.txt").write_bytes(data.encode("utf-16-le"))


def table_docx() -> None:
    """A bilingual transcript: a Word table, Korean original left, English right."""
    doc = Document()
    doc.add_heading("면담 녹취록 / Interview transcript", level=1)
    doc.add_paragraph("면담번호 / No.: K-2020-17    일시 / Date: 2020. 7. 8.    "
                      "면담자 / Interviewer: 박수진 (Park Su-jin)")
    doc.add_paragraph("구술자 / Interviewee: 여성, 30대, 양강도 혜산 출신 "
                      "(Female, 30s, from Hyesan, Ryanggang)")
    rows = [
        ("구분", "한국어 원문", "English translation"),
        ("질문", "장마당에서 장사를 하실 때 단속원들한테 돈을 줘야 했나요?",
         "When you traded at the market, did you have to pay the inspectors?"),
        ("답변", "네, 안 주면 장사를 못 해요. 매달 담배 몇 보루씩 줬고, 검열이 나오면 따로 돈을 더 줬어요.",
         "Yes, if you don't pay you can't trade. Every month I gave a few cartons of "
         "cigarettes, and when there was an inspection I paid extra money on top."),
        ("질문", "한국 드라마는 어떻게 보셨어요?",
         "How did you watch South Korean dramas?"),
        ("답변", "메모리 칩으로요. 노트텔에 꽂아서 이불 속에서 봤어요. "
                 "109 상무가 오면 칩을 빼서 삼켰다는 사람도 있어요.",
         "On memory chips. We put them in the notetel and watched under the blanket. "
         "Some people say they swallowed the chip when the 109 group came."),
        ("질문", "(녹음 불량)", "[inaudible]"),
        ("답변", "아니요, 저는 잡힌 적은 없어요. 운이 좋았죠.",
         "No, I was never caught. I was lucky."),
        ("질문", "북한을 떠나기로 결심한 이유는 무엇인가요?",
         "What made you decide to leave North Korea?"),
        ("답변", "배고파서요. 2010년 화폐개혁 이후에 모아둔 돈이 다 없어졌어요. 아이들을 먹일 수가 없었어요.",
         "Hunger. After the currency reform in 2010 all the money I had saved was gone. "
         "I could not feed my children."),
        ("질문", "인권이라는 말을 언제 처음 들으셨어요?",
         "When did you first hear the word 'human rights'?"),
        ("답변", "중국에서 숨어 살 때 라디오에서요. 처음엔 무슨 뜻인지 몰랐어요.",
         "On the radio, when I was hiding in China. At first I didn't know what it meant."),
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
            if r == 0:
                for run in table.cell(r, c).paragraphs[0].runs:
                    run.bold = True
    end = table.add_row().cells
    merged = end[0].merge(end[2])
    merged.text = "면담 종료 / End of interview"
    note = doc.add_paragraph("* 번역: 자원봉사자 김OO / Translation: volunteer. "
                             "Names in the transcript have been removed.")
    note.runs[0].font.size = Pt(8)
    doc.save(HERE / "docx04-korean-english-table.docx")


def italic_docx() -> None:
    """A magazine's Word file: the questions in italics, the answers plain."""
    doc = Document()
    doc.add_paragraph("Night Shift in Chongjin", style="Title")
    doc.add_paragraph("Interview by Helen Marsh. Translation by J. Cha.")
    doc.add_paragraph(
        "Ri Gwang-su, 36, worked at a steel works in Chongjin until 2019. We talked in a "
        "community hall in Ansan, where he now teaches taekwondo to children.")

    def para(text: str, italic: bool = False) -> None:
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.italic = italic

    para("You worked nights at the steel works. What was a night shift like?", True)
    para("Cold. The furnaces ran maybe one week in four, because there was no coal or no "
         "power. The other weeks we sat in the control room and waited, and we still had "
         "to come, or the work team would report us.")
    para("And if you did not want to come", True)
    para("Then you paid. There was a fixed rate: if you gave the shift chief a certain "
         "amount each month, your name was on the list but you could trade in the market "
         "instead. Half of my team did that. We called them the 'eight-three' workers.")
    para("Photo: The former worker in Ansan, April 2021. (Helen Marsh)", True)
    p = doc.add_paragraph()
    p.add_run("Did you do that too?").italic = True
    para("For two years, yes. I sold bicycle parts. In the "
         "")
    # the answer goes on with a Korean word set in italics inside it
    last = doc.paragraphs[-1]
    last.add_run("jangmadang").italic = True
    last.add_run(" everyone knew the bicycle price, so it was an honest trade.")
    para("Really?", True)
    para("More honest than the factory. [laughs]")
    para("Tell me about the films you watched.", True)
    para("We watched on the night shift, in the control room. Someone always had a USB "
         "stick, and the computer there had a port. South Korean dramas, Chinese action "
         "films. One night the security officer walked in and we had a drama running.")
    para("He sat down and watched it with us. The next day he asked for the stick. He "
         "did not report us; he kept the stick.")
    para("Why did you leave in the end?", True)
    para("Because of that officer. He was transferred, and the new one found out. "
         "I knew someone would say my name, so I left before they could.")
    para("This interview has been condensed and edited. Ri Gwang-su is a pseudonym.", True)
    doc.save(HERE / "docx05-italic-questions.docx")


TEAMS_CUES = [
    ("Lindqvist, Anna", "Hi Seoyeon, can you hear me OK?"),
    ("Seoyeon (Guest)", "Yes, I can hear you. Sorry, I was in the wrong link."),
    ("Lindqvist, Anna", "No problem at all. So as I said in the e-mail, I'm recording only "
     "the transcript, not the video. Is that still fine for you?"),
    ("Seoyeon (Guest)", "Yes, that's fine."),
    ("Lindqvist, Anna", "Great. So, to begin, could you tell me what your work was in "
     "North Korea?"),
    ("Seoyeon (Guest)", "I was a nurse in the county hospital in Kimchaek. Well, a nurse, "
     "but most of the time there was no medicine, so the job was more like, we told the "
     "families what to buy in the market."),
    ("Seoyeon (Guest)", "And the doctors, they lived from what patients gave them. If you "
     "want an operation you bring the doctor cigarettes, money, sometimes a pig if you are "
     "from a farm."),
    ("Lindqvist, Anna", "Mm-hmm."),
    ("Seoyeon (Guest)", "So it was normal. Nobody thought it was wrong, because the doctor "
     "also has to eat."),
    ("Lindqvist, Anna", "Did you receive things like that yourself?"),
    ("Seoyeon (Guest)", "Small things. Eggs, rice. Once a family gave me a Chinese phone "
     "charger and I did not even have a phone. I sold it."),
    ("Lindqvist, Anna", "Sorry, you froze for a second. You sold the charger?"),
    ("Seoyeon (Guest)", "Yes, I sold it at the market."),
    ("Lindqvist, Anna", "OK, got it. I'd like to move to media now. Did people in the "
     "hospital talk about South Korean dramas?"),
    ("Seoyeon (Guest)", "All the time, the young nurses. They exchanged micro SD cards "
     "inside the lining of their coats. The head nurse knew but she also watched, so she "
     "said nothing."),
    ("Seoyeon (Guest)", "Then one day there was an inspection from the 109 group at the "
     "hospital and they checked everybody's phone. Two nurses were taken. After that we "
     "were more careful."),
    ("Lindqvist, Anna", "And is that connected to your decision to leave, or was that "
     "something else?"),
    ("Seoyeon (Guest)", "Something else. My mother was already in South Korea, since 2014. "
     "She sent a broker for me. I went in 2018, across the river and then through China "
     "and Laos."),
    ("Lindqvist, Anna", "Last question from my side. When did you first hear about human "
     "rights?"),
    ("Seoyeon (Guest)", "In Laos, I think, in the detention place. A woman from an "
     "organisation came and said we have rights. I thought, what rights? We are in a cell."),
    ("Lindqvist, Anna", "Thank you so much, Seoyeon. I'll stop the recording now."),
]


def teams_vtt() -> None:
    """A Microsoft Teams transcript: GUID cue ids, `<v Surname, Given>` voice tags, a guest
    under '(Guest)', one answer over consecutive cues."""
    rng = random.Random(8)
    base = "5c2e1f7a-93b4-4d0e-8a61-2f9e0c7d4b18"
    t = 3.5
    out = ["WEBVTT", ""]

    def ts(x: float) -> str:
        return f"{int(x // 3600):02d}:{int(x % 3600 // 60):02d}:{x % 60:06.3f}"

    for i, (who, text) in enumerate(TEAMS_CUES):
        d = max(1.5, len(text.split()) * 0.42)
        out += [f"{base}/{14 + i * 3}-0", f"{ts(t)} --> {ts(t + d)}", f"<v {who}>{text}</v>", ""]
        t += d + rng.uniform(0.2, 1.5)
    (HERE / "teams01-surname-comma.vtt").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    utf16_file()
    table_docx()
    italic_docx()
    teams_vtt()
