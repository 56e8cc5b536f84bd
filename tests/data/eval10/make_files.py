"""Writes the eval10 files that cannot be typed as plain UTF-8 text: the deposition with
its page and line numbers, the Windows-saved French-style file (BOM, CRLF, non-breaking
spaces) and the three Word files. Run once; its outputs are committed and the tests never
run it."""

from __future__ import annotations

from pathlib import Path

from docx import Document

HERE = Path(__file__).parent
NBSP = "\u00a0"

# --- court01: a deposition, 25 numbered lines a page, page number above, footer below --
FOOTER = "VARGA REPORTING SERVICES   212-555-0147"
PAGES = [
    [
        "              UNITED STATES DEPARTMENT OF JUSTICE",
        "          EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
        "",
        "     In the Matter of:",
        "     J.-H. K., Respondent.",
        "",
        "          DEPOSITION OF J.-H. K., taken on behalf of the",
        "     Respondent at the offices of Marlowe & Tsai LLP,",
        "     New York, New York, on March 14, 2018, before",
        "     Denise Varga, Certified Court Reporter.",
        "",
        "     APPEARANCES:",
        "          For the Respondent: ELLEN MARLOWE, ESQ.",
        "          For the Department: GREGORY FENN, ESQ.",
        "     ALSO PRESENT: Baik Hyun-woo, Korean interpreter",
    ],
    [
        "                    J.-H. K.,",
        "     having been first duly sworn through the interpreter,",
        "     was examined and testified as follows:",
        "                         EXAMINATION",
        "     BY MS. MARLOWE:",
        "          Q.   Please state where you were born.",
        "          A.   In Musan, North Hamgyong Province.",
        "          Q.   And when did you leave North Korea?",
        "          A.   In the winter of 2011. I crossed the",
        "     Tumen at night with my aunt.",
        "          Q.   Why did you leave?",
        "          A.   After my father was taken by the bowibu",
        "     there was no one to earn for us. We were",
        "     eating corn porridge once a day, and my aunt",
        "     said that in China at least we would eat.",
        "          Q.   Before you left, had you had any trouble",
        "     with the authorities yourself?",
        "               THE INTERPRETER: The witness asks that",
        "     the question be repeated.",
        "          Q.   Did you have any trouble with the",
        "     authorities before you left?",
        "          A.   Yes. In 2010 the 109 group searched our",
        "     house and found a USB stick with a South",
        "     Korean drama on it. My mother went to the",
        "     officer that night, and after that",
    ],
    [
        "     everything was quiet again.",
        "          Q.   What did your mother do?",
        "               MR. FENN: Objection. Calls for",
        "     speculation.",
        "               MS. MARLOWE: You can answer if you know.",
        "               THE WITNESS: I know because I carried the",
        "     bag. Two cartons of cigarettes and some yuan.",
        "     He wrote nothing down.",
        "     BY MS. MARLOWE:",
        "          Q.   Had you heard the words \"human rights\"",
        "     before you came to the United States?",
        "          A.   Only in the newspaper, that the Americans",
        "     abused them. The first time anyone told me",
        "     that I had rights myself was a pastor in",
        "     Shenyang.",
        "               MS. MARLOWE: Thank you. I have nothing",
        "     further.",
        "               MR. FENN: No questions.",
        "               (Whereupon, at 11:42 a.m., the",
        "     deposition was concluded.)",
    ],
    [
        "                    REPORTER'S CERTIFICATE",
        "",
        "          I, Denise Varga, Certified Court Reporter,",
        "     certify that the witness was duly sworn and",
        "     that the foregoing is a true record of the",
        "     testimony given.",
    ],
]


def deposition() -> str:
    out = []
    for number, page in enumerate(PAGES, 1):
        out.append(f"{'':56}Page {number}")
        out += [f"{i:2d}{' ' + text if text else ''}"
                for i, text in enumerate(page + [""] * (25 - len(page)), 1)]
        out.append(f"{'':16}{FOOTER}")
        out.append("\f" if number < len(PAGES) else "")
    return "\n".join(out)


(HERE / "court01-deposition-page-line.txt").write_text(deposition(), encoding="utf-8")

# --- fr01: a French NGO's English testimony, saved on Windows --------------------------
FR = "\n".join([
    'Association Passerelles Corée — Témoignage n° 7',
    "Entretien réalisé à Paris le 3 octobre 2017. Traduction du coréen vers "
    f"l'anglais{NBSP}: Claire Morel.",
    f'Enquêtrice{NBSP}: Claire Morel',
    f'Témoin{NBSP}: Mme H., 45 ans, originaire de Chongjin',
    f'Durée{NBSP}: 48 min',
    '',
    f'Q{NBSP}: Can you tell us where you worked before you left?',
    '',
    f'R{NBSP}: In a fish-processing plant in Chongjin. We were paid in fish, when we '
    'were paid at all.',
    '',
    f'Q{NBSP}: And the market?',
    '',
    f'R{NBSP}: The market was where we really lived. My sister-in-law had a stall, and '
    f'every month she paid the manager of the row «{NBSP}for the cleaning{NBSP}», as '
    'he called it. Nobody ever saw him clean anything.',
    '',
    f'Q{NBSP}: Were you ever stopped by the police?',
    '',
    f'R{NBSP}: On the train to Hamhung. They said my travel pass was not in order. I '
    'gave them a bottle of liquor and the pass became fine.',
    '',
    '(The pass was in order, she adds, laughing.)',
    '',
    f'Q{NBSP}: Why did you leave in 2011?',
    '',
    f'R{NBSP}: Because of my son. He had watched South Korean films with his friends, '
    'and one of the friends was arrested. We knew the bowiwon would come for him '
    'next.',
    '',
    'After that there was nothing left to think about. We were gone within the week.',
    '',
    f'Q{NBSP}: Did you know then what «{NBSP}human rights{NBSP}» were?',
    '',
    f'R{NBSP}: No. I learned the word in France, from the lawyer who prepared my asylum file.',
    '',
    'Fin du témoignage.',
    '© Passerelles Corée 2017 — reproduction interdite.',
    '',
])
(HERE / "fr01-french-spacing-labels.txt").write_bytes(
    b"\xef\xbb\xbf" + FR.replace("\n", "\r\n").encode("utf-8"))


# --- docx08: two interviews in one Word file, each under its Heading 1 ------------------
def docx08() -> None:
    d = Document()
    d.add_paragraph("Oral Testimonies from the Tumen Valley", style="Title")
    d.add_paragraph("Tumen Memory Project, working paper no. 4. Interviews conducted in "
                    "Seoul in 2016 and translated from Korean. Names are withheld.")
    interviews = [
        ("Interview 3 — Woman, 50s, from Musan", [
            "Q: When did you start trading?",
            "A: In 1998, after the factory stopped giving rations. I sold noodles that I "
            "made at home.",
            "Q: Did officials bother you at the market?",
            "A: The market manager took a little from everyone. We called it the broom "
            "fee, because he said it paid for the sweeping.",
            "Q: How did you leave?",
            "A: My daughter was already in China. She sent money to a guard she knew, and "
            "he looked the other way for one hour.",
        ]),
        ("Interview 4 — Man, 30s, from Hoeryong", [
            "Q: What did you do in Hoeryong?",
            "A: I was a driver for a trading company, so I went to the border often.",
            "Q: Did you carry anything else across?",
            "A: Memory cards, sometimes. Dramas and music. A driver is searched less if "
            "the soldiers know his face and his cigarettes.",
            "Q: Had you heard of human rights before you came?",
            "A: I heard it on a South Korean radio broadcast, but I did not understand "
            "it until Hanawon.",
        ]),
    ]
    for heading, lines in interviews:
        d.add_paragraph(heading, style="Heading 1")
        for line in lines:
            d.add_paragraph(line)
    end = d.add_paragraph()
    end.add_run("End of excerpts. The full transcripts are held by the project.").italic = True
    d.save(str(HERE / "docx08-two-interviews-headings.docx"))


# --- docx09: Korean labels and text, each paragraph followed by its English -------------
def docx09() -> None:
    d = Document()
    d.add_paragraph("탈북민 구술 인터뷰 / Defector Oral Interview", style="Title")
    d.add_paragraph("Interview no. 2020-07, Seoul. Each paragraph in Korean is followed by "
                    "its English translation.")
    pairs = [
        ("문: 북한에 있을 때 외국 드라마를 보셨어요?",
         "Q: Did you watch foreign dramas when you were in the North?"),
        ("답: 네, 많이 봤어요. 친구 집에서 USB로 봤어요.",
         "A: Yes, a lot. At a friend's house, on a USB stick."),
        ("문: 단속에 걸린 적이 있으세요?",
         "Q: Were you ever caught in a crackdown?"),
        ("답: 한 번 있었어요. 109 상무가 와서 USB를 가져갔는데, 어머니가 돈을 주고 해결했어요.",
         "A: Once. The 109 group came and took the USB, and my mother paid them and it "
         "was settled."),
        ("문: 왜 탈북을 결심하셨어요?",
         "Q: Why did you decide to leave the North?"),
        ("답: 배가 고파서요. 그리고 드라마에서 본 세상에서 살고 싶었어요.",
         "A: Because we were hungry. And I wanted to live in the world I had seen in the "
         "dramas."),
    ]
    for korean, english in pairs:
        d.add_paragraph(korean)
        d.add_paragraph(english)
    note = d.add_paragraph()
    note.add_run("역자 주: ‘109 상무’는 외국 영상물 단속반을 말한다. / Translator’s note: the "
                 "‘109 group’ is the task force against foreign media.").italic = True
    for korean, english in [
        ("문: 인권이라는 말을 들어 보셨어요?", "Q: Had you heard the words ‘human rights’?"),
        ("답: 하나원에서 처음 들었어요.", "A: I first heard them at Hanawon."),
    ]:
        d.add_paragraph(korean)
        d.add_paragraph(english)
    d.add_paragraph("— 끝 / End —")
    d.save(str(HERE / "docx09-korean-labels-interleaved.docx"))


# --- docx10: a PDF converted to Word, every printed line a paragraph --------------------
def docx10() -> None:
    d = Document()
    lines = [
        "Testimony Collection, Volume 3",
        "Chapter 5. A Schoolteacher from Kimchaek",
        "The following interview was recorded in Seoul in November 2014. The interviewee,",
        "a former primary-school teacher, asked that her name not be used.",
        "Q: You were a teacher for how many years?",
        "A: Fourteen years, in a primary school near the port. In the last years the",
        "teachers were not paid properly, so the parents paid us instead, in rice or",
        "in cash. Everyone knew. A parent who wanted his child to be class leader",
        "brought something extra.",
        "Q: Did the children ever bring anything from outside to",
        "school?",
        "A: Song lyrics, mostly. A girl copied the words of a South Korean song into",
        "her notebook. When the inspection came I tore out the page and burned it in",
        "the stove before they could see it, because otherwise her whole family would",
        "Testimony Collection, Volume 3",
        "— 27 —",
        "have been in trouble, and I too.",
        "Q: Why did you leave in the end?",
        "A: My husband was sent to a labour training camp for trading copper. When he",
        "came back he said we had to go, because next time it would be a kyohwaso.",
        "Q: What did you know of human rights before you left?",
        "A: Nothing. I taught the children that human rights were a lie of the imperi-",
        "alists. Now I teach my own son the opposite.",
        "— 28 —",
        "Notes",
        "1. Kimchaek is a port city in North Hamgyong Province.",
    ]
    for line in lines:
        d.add_paragraph(line)
    d.save(str(HERE / "docx10-pdf-converted-lines.docx"))


docx08()
docx09()
docx10()
