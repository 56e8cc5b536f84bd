"""Questions the layout shows without a `?` or without a label.

A published Q&A asks in statements too: `Tell me about the market.`, `**Describe the
crossing.**`, and a question may lose its `?` (`**When did you first hear of it**`).
Without a `?` such a prompt was read as the start of the respondent's answer, and coded as
her words. It is a prompt when it sits between two answers and either the page sets its
questions apart as a whole, in bold or in italics (two in three of them), and sets this line
the same way (ending a sentence, or opening
as a question does: a bold heading `**Life in the army**` does not), or it opens as
interviewers prompt (`Tell me`, `Describe`, `Explain`...), or it ends without a full stop
and opens as a question (`When did you`, `Were you`); the last two are guesses from the
wording, so they are said, with the line.

Questions a labelled file leaves without a label: unlabelled.py.

The paragraph is given the speaker `Interviewer` (with that role), which turns.py
reads as the interviewer's turn.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from qcode.ingest.capitals import CAPITALS
from qcode.ingest.fontcolour import questions_by_colour
from qcode.ingest.layout import Block, asks, ends_sentence, is_question
from qcode.ingest.lazyre import lazy
from qcode.ingest.person import SELF_IN_PROSE, YOU
from qcode.ingest.quotes import told_question
from qcode.model import Notice
from qcode.plural import counted, plural

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

INTERVIEWER = "Interviewer"
_SENTENCES = lazy(r"(?<=[.?!…])\s+(?=\S)")
_SO = lazy(r"^\W*(?:and\s+)?so\b", re.I)
_CHECK_WORDS = 12
_CONFIRMS = lazy(r"^\W*(?:[\w'’-]+[\s,]+){0,3}?(?:yes|no|yeah|right|exactly|correct|"
                 r"that's right|that is right)\b", re.I)
MAX_PROMPT = 40  # words: longer is an answer, whatever it opens with
THANKS = lazy(r"^\W*(?:(?:okay|ok|well|so|alright|all right|many)\W+)*thank(?:s| you)\b", re.I)
MAX_THANKS = 15  # words: a closing thanks, `Thank you, Ms. Kim.`
PROMPT = lazy(
    r"^\W*(?:(?:please|now|so|and|ok(?:ay)?|finally),?\s+)?(?:(?:can|could|would) you\s+)?"
    r"(?:tell (?:me|us)|describe|explain|talk (?:(?:to|with) (?:me|us) )?about|"
    r"walk (?:me|us) through|say (?:a (?:little|bit) )?more|give (?:me|us) an? example|"
    r"go on|elaborate|remind (?:me|us)|take (?:me|us) (?:back|through))\b", re.I)


def mark_prompts(found: list[Block], roles: Roles) -> list[Notice]:
    """In a file without labels (at least two questions), prompts without `?` between two
    answers become the interviewer's; the ones only their wording shows are said."""
    speech = [b for b in found if b.kind is None and b.speaker is None]
    by_colour = questions_by_colour(speech, roles, INTERVIEWER)  # fontcolour.py
    if by_colour is not None:
        return by_colour
    questions = [b for b in speech if is_question(b)]
    if len(questions) < 2:  # no Q&A: testimony, unless questions were found quoted
        told = any(b.speaker is not None for b in found if b.kind is None)
        return [] if told else _testimony(speech, questions, roles)
    page = _page_emphasis(questions)
    notices = _opening_prompt(speech, page) + _prompts_between_answers(speech, page, roles)
    if notices or any(b.speaker == INTERVIEWER for b in speech):
        roles.assign(INTERVIEWER, "interviewer")
    return notices + _told(speech)


def _told(speech: list[Block]) -> list[Notice]:
    """Say the paragraphs ending in `?` read as the answer's because the question is one
    the speaker tells (quotes.told_question): a guess from the wording."""
    told = [b for b in speech if b.speaker is None and asks(b.text) and told_question(b.text)]
    if not told:
        return []
    return [Notice(told[0].lines[0].number, (
        f"{counted(len(told), 'paragraph')} ending in '?' {plural(len(told), 'is')} read as the "
        "answer's, not the "
        "interviewer's (the first on this line): the question is quoted and given to someone "
        "in the speaker's story, or is the speaker's own after what they tell; if one is the "
        "interviewer's, label the turns (e.g. `Q:` / `A:`)"))]


def _prompts_between_answers(speech: list[Block], page: str | None,
                             roles: Roles) -> list[Notice]:
    """Mark the prompts; the notices say the ones only their wording shows."""
    notices: list[Notice] = []
    asked = after_question = False  # a question came before; the paragraph before is one
    for i, block in enumerate(speech):
        if is_question(block) and after_question and page and block.emphasis != page:
            # the page's questions are set apart: this one answers the one before
            block.speaker, after_question = roles.respondent, False  # `... Who would not?`
            continue
        if is_question(block):
            asked = after_question = True
            continue
        answered, after_question = asked and not after_question, False
        said = _prompt_between(block, speech[i + 1:i + 2], page,
                               closing=i == len(speech) - 2) if answered else None
        if said is None:
            continue
        block.speaker, after_question = INTERVIEWER, True
        if said:
            notices.append(Notice(block.lines[0].number, (
                f"'{_start(_bare(block))}' is read as the interviewer's prompt, not the answer "
                "(it has no '?', but sits between two answers and reads as a prompt or a "
                "question); if it is the respondent's, label the turns (e.g. `Q:` / `A:`)")))
    return notices


def _bare(block: Block) -> str:
    return block.text.strip().strip("*_").strip()


def _prompt_between(block: Block, after: list[Block], page: str | None,
                    closing: bool = False) -> bool | None:
    """`_prompt` for a paragraph after an answer: only a short one, with an answer after it;
    or the closing thanks (`closing`: the last paragraph but one), with the reply after it."""
    if not after or is_question(after[0]) or block.words > MAX_PROMPT:
        return None
    text = _bare(block)
    set_apart = page is not None and block.emphasis == page != after[0].emphasis
    said = _prompt(text, set_apart, glued=set_apart and page == CAPITALS)
    if said is None and (_checks(text, _bare(after[0])) or _elliptical(text)
                         or (closing and closing_thanks(text))):
        return True
    return said


# a prompt that names what to speak of next and no verb (`And the inspectors themselves.`,
# `And your mother.`, `What about the children.`, `As for the army.`): a question that
# lost its `?` or never had one
_ELLIPSIS = lazy(r"^\W*(?:(?:and|but|so)\s+(?:(?:what|how) about\s+)?(?:the|your|those|"
                 r"that|these|this|his|her|their)|(?:what|how) about|as for)\s+\w", re.I)
MAX_ELLIPSIS = 6  # words
# words that make a clause of it, as an answer's short paragraph is (`And the rice ran out.`)
_VERB = lazy(r"\b(?:\w+(?:ed|n['’]t)|am|is|are|was|were|be|been|being|has|have|had|do|"
             r"does|did|can|could|will|would|shall|should|may|might|must|came|went|got|"
             r"took|gave|said|told|left|made|saw|knew|ran|became|began|paid|sold|kept|"
             r"stayed|found|thought|felt|brought|bought|caught|fell|stood|sat|lost|won|"
             r"put|let|set|cut|hit|come|go|get|take|give|say|know|see|think)\b", re.I)


def _elliptical(text: str) -> bool:
    """A short prompt without a verb (_ELLIPSIS), one sentence ending `.`, not about the
    speaker: said, as it is a guess from the wording."""
    rest = _ELLIPSIS.sub("", text, count=1)
    return len(text.split()) <= MAX_ELLIPSIS and text.endswith(".") \
        and len(_SENTENCES.split(text)) == 1 and bool(_ELLIPSIS.match(text)) \
        and not SELF_IN_PROSE.search(text) and not _VERB.search(rest)


def closing_thanks(text: str) -> bool:
    """The interviewer's closing thanks (`Thank you for talking to us.`, `Thanks for your
    time.`), not about the speaker (`Thank you, I am glad I came`): short, and not in the
    first person. Read only where a reply follows it (here and unlabelled.py)."""
    return bool(THANKS.match(text)) and len(text.split()) <= MAX_THANKS \
        and not SELF_IN_PROSE.search(text)


def _opening_prompt(speech: list[Block], page: str | None) -> list[Notice]:
    """The first exchange of a page whose first question is a prompt (`Tell me about the
    market when you started.`): read before the first `?`, it and its answer were the
    introduction, never coded. A paragraph before the first question that opens as
    interviewers prompt (PROMPT), ends its sentence, is short and is followed by a
    paragraph in the first person (the answer: `It was not... I had...`; an introduction
    speaks of the respondent) and no question right after it, is the interviewer's; so is
    one set as the page sets its questions (`**You were a teacher in Hoeryong.**`, in bold
    as a whole) that speaks to the respondent (`you`) above an answer not set so.
    Said, with the line: a guess from the wording."""
    first = next((i for i, b in enumerate(speech) if is_question(b)), None)
    for i, block in enumerate(speech[:first][:-1]):
        text, answer = _bare(block), speech[i + 1]
        set_apart = page is not None and block.emphasis == page != answer.emphasis \
            and bool(YOU.search(text))
        if (set_apart or PROMPT.match(text)) and ends_sentence(text) \
                and block.words <= MAX_OPENING and not is_question(answer) \
                and answer.speaker is None \
                and (set_apart or bool(SELF_IN_PROSE.search(answer.text))):
            block.speaker = INTERVIEWER
            return [Notice(block.lines[0].number, (
                f"'{_start(text)}' is read as the interviewer's first prompt, not the "
                "introduction (it has no '?', but "
                + ("is set as the page sets its questions and an answer follows"
                   if set_apart else "reads as a prompt and a first-person answer follows")
                + "); if it is part of the introduction, mark the start with a "
                "line `qcode: start` after it"))]
    return []


MAX_OPENING = 20  # words: an opening prompt is short


def _checks(text: str, answer: str) -> bool:
    """An interviewer checking what was said, in a statement (`So it was about your son.`,
    `So you paid him twice.`): short, one sentence opening `So`, about the respondent (`you`,
    `your`), not about the speaker (`I`, `my`), and the next paragraph confirms or denies in
    its first words (`About him, yes, and...`, `No, only once.`). A respondent's own `So you
    pay, or you lose the stall.` is followed by more of her story, not by a yes or a no."""
    return len(text.split()) <= _CHECK_WORDS and len(_SENTENCES.split(text)) == 1 \
        and bool(_SO.match(text) and YOU.search(text)) and not SELF_IN_PROSE.search(text) \
        and bool(_CONFIRMS.match(answer))


def _page_emphasis(questions: list[Block]) -> str | None:
    """The emphasis (bold, italic) the page sets its questions in: two in three have it."""
    style, n = Counter(b.emphasis for b in questions).most_common(1)[0]
    return style if style is not None and 3 * n >= 2 * len(questions) else None


def _prompt(text: str, set_apart: bool, glued: bool = False) -> bool | None:
    """Whether a paragraph between two answers is the interviewer's prompt: None if not,
    False when set apart as the page's questions are and ending a sentence (sure), True when
    only its wording shows it (said): opening as a prompt, or as a question without a full
    stop, or set apart, open and speaking to the respondent (`And if you did not want to
    come`: a question that lost its `?`, not a heading, `Life in the army`); or set in
    capitals right above its answer as every question of the page is (`glued`, capitals.py:
    `LIFE AT HOME`, where a heading stands apart above a blank line)."""
    if ends_sentence(text) or text.endswith(":"):
        return False if set_apart else (True if PROMPT.match(text) else None)
    if opens_as_question(text) or _asks_last(text):
        return not set_apart
    return True if set_apart and (glued or YOU.search(text)) else None


def _asks_last(text: str) -> bool:
    """A prompt that leads up to its question, which lost its `?` (`Many people say the
    dramas changed them. Did they change you`): its last sentence, of three words or more,
    opens as a question and speaks to the respondent (`you`: not an answer's own `Was he
    right, I still wonder`)."""
    last = _SENTENCES.split(text)[-1]
    return last != text and len(last.split()) >= 3 and opens_as_question(last) \
        and bool(YOU.search(last))


def _testimony(speech: list[Block], questions: list[Block], roles: Roles) -> list[Notice]:
    """A file without labels that never asks, or asks once in a sentence of its own right
    after the speaker says `I` (`What could we do?`), is one person's testimony (a memoir, a
    statement): the question is hers, and the paragraphs before the first that says `I` /
    `me` / `my` are its title page (title, credits, editor's note), not an introduction to a
    first question. Read as a Q&A, the question cut the testimony in two and its opening was
    left uncoded. Both readings are said, with the line."""
    notices: list[Notice] = []
    if questions:
        lone = questions[0]
        at = speech.index(lone)
        if len(questions) > 1 or not 0 < at < len(speech) - 1 \
                or len(_SENTENCES.split(lone.text.strip())) > 1 \
                or not SELF_IN_PROSE.search(speech[at - 1].text):
            return []
        lone.speaker = roles.respondent
        notices.append(Notice(lone.lines[0].number, (
            f"the only question ('{_start(lone.text)}') is read as the speaker's own, the file "
            "as one person's testimony; if an interviewer asks it, label the turns (`Q:`)")))
    first = next((i for i, b in enumerate(speech) if SELF_IN_PROSE.search(b.text)), 0)
    for block in speech[:first]:
        block.kind = "front matter"
    if first:
        notices.append(Notice(speech[0].lines[0].number, (
            f"{counted(first, 'paragraph')} before the first in the first person "
            f"{plural(first, 'is')} read as the title page of a testimony, not coded; if "
            f"{plural(first, 'it is', 'they are')} testimony, mark the start with a line "
            f"`qcode: start` before {plural(first, 'it', 'them')}")))
    return notices


def _start(text: str) -> str:
    words = text.split()
    return " ".join(words[:6]) + (" ..." if len(words) > 6 else "")


# how a question opens when it has no `?` (automatic captions have no punctuation; a
# page's heading-like question lost it): a verb before its subject, perhaps after a question
# word (`were you`, `when did you`, `how much did a`), or `what made you`; not `What I
# remember is`, `When you cross the river`, which open answers
_AUX = r"(?:did|do|does|were|was|are|is|have|has|had|can|could|would|will|should)"
_SUBJECT = (r"(?:you|your|they|their|he|his|she|her|it|there|we|our|anyone|anybody|people|"
            r"someone|any|the|that|this|those|these|a|an)")
_ASKING = lazy(
    r"^\W*(?:(?:so|and|but|ok(?:ay)?|well|now|then|right|alright|yeah|um+|uh+|also)\W+){0,3}"
    rf"(?:(?:(?:what|why|when|where|who|whom|whose|which|how)(?:\s+[\w'’-]+)?\s+)?"
    rf"{_AUX}\s+{_SUBJECT}|(?:what|who|which)\s+[\w'’-]+\s+(?:you|your))\b", re.I)


def opens_as_question(text: str) -> bool:
    """Whether a passage opens as a question or a prompt, whatever its punctuation and
    emphasis (`__Were you afraid__`)."""
    text = text.lstrip(" *_")
    return bool(_ASKING.match(text) or PROMPT.match(text))


_QUOTATION = lazy(r"^\s*(?:>|[“\"‘'«„])")  # a paragraph set as a quotation


def question_goes_on(previous: Block, block: Block) -> bool:
    """In a file that labels only its questions (`Q:`), whether the unlabelled paragraph
    after a question paragraph is more of the question rather than the answer. A careful
    reader sees the question go on while its sentence has not ended (`...put it this way:`),
    into a quotation it reads out, and into a paragraph that opens as a question and asks
    (`Does that match what you lived through?`); after a paragraph that asks, or a prompt
    that ends its sentence (`Tell me about the searches.`), the answer starts. Before, every
    paragraph up to the first that asked was the question: a prompt swallowed its answer."""
    if asks(previous.text):
        return False
    return not ends_sentence(previous.text) or bool(_QUOTATION.match(block.text)) \
        or (is_question(block) and opens_as_question(block.text))
