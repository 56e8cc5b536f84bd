"""Which paragraphs are not speech: pull quotes, headings, the editors' note on the speaker
after the last question, and everything after the interview ends (the first credit, link,
footnote or end marker after the last question). They are kept as context turns, never coded
or quoted. What a single line of page furniture is: furniture.py; how lines become
paragraphs: layout.py.
"""

from __future__ import annotations

import re
from itertools import islice

from qcode.ingest.boldpage import bold_page
from qcode.ingest.furniture import line_kind
from qcode.ingest.layout import Block, Line, asks, is_question
from qcode.ingest.lazyre import lazy
from qcode.ingest.prompts import opens_as_question
from qcode.ingest.talkshow import closing_cue, sponsor_at_break

# The first of these after the last question ends the interview. (Anywhere else they are
# only context: a page may put "Read more" or an "END" of tape 1 in the middle.)
ENDS_INTERVIEW = {"link", "footnote", "end", "notes", "related", "credit", "social", "date",
                  "byline", "rule", "editorial note", "comments", "author", "interview heading",
                  "field notes"}
# a heading in a heading style (a Word file's) that ends the interview by its words too: the
# back matter's notes, the researcher's field notes
_NOTES_HEADINGS = {"notes", "field notes"}
_MAY_ANSWER = {"date"}  # "March 2010." answers; a caption or plug after a question does not


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _heading(block: Block, previous: Block | None, following: Block | None) -> bool:
    """A short line with no sentence punctuation that does not answer a question, in Title
    Case or capitals, or short and just before a question (one that lost its `?` too)."""
    if len(block.lines) > 1 or block.speaker is not None or block.lines[0].in_table:
        return False
    text = block.text.strip().strip("*_#").strip()
    if not text or len(text) > 120 or len(text.split()) > 12:
        return False
    if re.search(r"[.?!…:;,\"”’)]$", text) or not (text[0].isupper() or text[0].isdigit()):
        return False
    if previous is not None and asks(previous.text):
        return False
    before_question = following is not None and (asks(following.text)
                                                  or opens_as_question(following.text))
    return _title_case(text) or (before_question and len(text.split()) <= 8) \
        or bool(_NUMBERED.match(text) and not opens_as_question(_NUMBERED.sub("", text)))


# a numbered section or chapter title in sentence case (`2. The market`, `IV. After the
# river`), standing alone: coded as the testimony around it when not in Title Case
_NUMBERED = lazy(r"^(?:\d{1,2}|[IVX]{1,5})[.)]\s+(?=[A-Z])(?:\S+\s*){1,7}$")


def mark_context(found: list[Block], labelled: bool, names: set[str] | None = None) -> None:
    """Pull quotes, headings, and everything after the interview ends, become context. In a
    labelled file where two speakers take turns, a heading after the last label ends it too
    (`Coding notes`, `About the project`: a new section, the writer's; an answer's own
    paragraphs carry no heading).
    After the last question a paragraph that opens with the respondent's name (`names`: the
    pseudonym) is the editors' note on the speaker, not the answer (see _about_the_speaker)."""
    _mark_pull_quotes(found)
    _mark_headings(found)
    _mark_sponsor_reads(found, labelled)
    if labelled:
        asked = [i for i, b in enumerate(found) if b.speaker is not None]
    else:
        asked = [i for i, b in enumerate(found) if b.kind is None
                 and (is_question(b) or b.speaker is not None)]  # or a prompt (prompts.py)
    if labelled and asked:
        _closing_note(found, asked[-1])
    elif asked:
        bold_page(found, asked)  # questions in bold: a first one's bold name, a closing note
    about = _about_the_speaker(found, asked, labelled, names or set())
    exchanged = labelled and len({found[i].speaker for i in asked}) > 1  # turns, not a field
    _end_interview(found[asked[-1] + 1 if asked else 0:], about, exchanged,
                   _next_section(found, asked))


# a podcast's sponsor read, which the host reads in the break under the host's label:
# `Crossings is supported by listeners like you, and by...`, `This episode is brought to you
# by...`, `Today's show is sponsored by...`; with its call to the listener (a web address,
# a code, an offer), so that `Everything is supported by bribes. Go to any office...` in an
# answer stays speech
_SPONSORED = lazy(
    r"^\W*(?:(?:[Tt]his|[Tt]oday['’]s|[Oo]ur) (?:episode|show|podcast|programme|program|series|"
    r"season)(?: of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})?|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) "
    r"(?:is|are) (?:(?:also|proudly|generously) )?(?:supported|sponsored|brought to you|"
    r"made possible|funded|underwritten|presented) by\b")
_CALL = lazy(
    r"\b(?:use (?:the )?(?:promo |offer |discount )?code|promo code|free trial|(?:first|one|two|"
    r"a) (?:month|week)s? (?:free|for free|off)(?=[.!,;]|\s*$)|\w+ dot (?:com|org|net|co|io|example)\b|"
    r"slash \w+|www\.|https?://|\w\.(?:com|org|net|io|example)\b)", re.I)




def _mark_sponsor_reads(found: list[Block], labelled: bool = False) -> None:
    """A sponsor read (_SPONSORED with _CALL) is an advertisement, context, though the
    host reads it under the host's label: read as a question turn, the app's offer was the
    host's words, and in a file without an interviewer it was coded. In a labelled file a
    short unlabelled paragraph that says the show is brought to you by someone is one too
    without a call when it sits at a break (a talk show's line after the host's `after
    this short break`, above the break music): no one was labelled saying it, and it went
    on the host's turn."""
    for i, block in enumerate(found):
        if block.kind is not None:
            continue
        if (len(block.text) < 1200 and _SPONSORED.match(block.text)
                and _CALL.search(block.text)) or (
                labelled and sponsor_at_break(found, i)):
            block.kind = "ad"




def _end_interview(after: list[Block], about: re.Pattern[str] | None,
                   exchanged: bool, section: int | None = None) -> None:
    """After the last question, what follows an end marker, a note about the speaker, or
    (in turns between speakers) a heading is after the interview; so does the heading of
    the document's next numbered section (`section`, _next_section)."""
    ended = False
    for block in after:
        if block.kind == "heading" and section is not None and _section(block.text) == section:
            ended = True
        if block.kind is None and block.speaker is None and about is not None \
                and about.match(block.text):
            block.kind = "about the speaker"
        if block.kind in ENDS_INTERVIEW | {"about the speaker"} or (block.kind == "heading" and (
                exchanged or line_kind(block.text) in _NOTES_HEADINGS)) or (
                closing_cue(block)):
            ended = True
        elif ended and block.kind is None:
            block.kind = "after interview"




# a section heading's number: `3. Interviewer's assessment`, `3 Assessment`, `IV. Notes`
_SECTION = lazy(r"^\W{0,3}(\d{1,2}|[IVX]{1,5})\.?\s+[^\W\d]")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10}


MIN_ASKED = 3  # questions in the interview's section


def _section(text: str) -> int | None:
    m = _SECTION.match(text)
    return None if m is None else int(m[1]) if m[1].isdigit() else _ROMAN.get(m[1])


def _next_section(found: list[Block], asked: list[int]) -> int | None:
    """The number of the section after the interview's own: a report numbers its sections
    (`1. Consent`, `2. Interview`, `3. Interviewer's assessment`) and the interview sits
    under the last numbered heading before its first question: three questions or more, a
    third of its paragraphs at least. Without labels the next section's heading did not end
    it, and the assessment under it was coded as the last answer."""
    if len(asked) < MIN_ASKED:
        return None
    heads = [(i, n) for i, b in enumerate(found[:asked[0]])
             if b.kind == "heading" and (n := _section(b.text)) is not None]
    # a section of questions and answers, not a statement's rhetorical question (`I. Before`,
    # `Who would have listened?`, then `II. Leaving home` goes on with her account)
    if not heads or 3 * len(asked) < asked[-1] - heads[-1][0]:
        return None
    return heads[-1][1] + 1


def _closing_note(found: list[Block], last: int) -> None:
    """Italic paragraphs closing a labelled file after the last turn, whose answer is not in
    italics (`*End of excerpts. The full transcripts are held by the project.*`): the
    editors' note, not the answer's last paragraph."""
    after = found[last + 1:]
    notes = [b for b in after if b.kind is None and b.speaker is None]
    if notes and found[last].emphasis != "italic" \
            and all(b.emphasis == "italic" for b in notes):
        for b in notes:
            b.kind = "closing note"


# `Ms. Choi, 47, taught school in Hyesan`: the person an introduction presents
_TITLED = lazy(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][\w'’-]+)")


def _about_the_speaker(found: list[Block], asked: list[int], labelled: bool,
                       names: set[str]) -> re.Pattern[str] | None:
    """How a paragraph about the respondent opens: `Kim now lives...`, `Ms. Kim, 52, ...`,
    `Kim (not her real name) ...`, `Today, Ms. Kim...` (a name, then a lower-case word, a
    bracket, or a comma after a title or before an age: `Kim, my cousin,` is a namesake in the
    answer; not `Kim Jong Un`, not `Kim:`). Nobody opens a paragraph of their own answer with their
    own name. The names: the pseudonym, the last labelled speaker, and whoever the text
    before the first question presents as `Ms. Choi` or `Kang, 45,`."""
    intro = found[:asked[0] if asked else 0]
    names = {*names, *(m[1] for b in intro for m in _TITLED.finditer(b.text)),
             *(n for b in intro for m in _AGED.finditer(b.text) for n in _name_parts(m[1]))}
    if labelled and asked and found[asked[-1]].speaker:
        names.add(str(found[asked[-1]].speaker))
    usable = sorted(n for n in names if len(n) >= 3 and n[0].isupper() and not n.isupper())
    if not usable:
        return None
    alternatives = "|".join(re.escape(n) for n in usable)
    return re.compile(rf"^\W*(?:(?:{_SINCE}),\s+)?(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:{alternatives})"
                      rf"(?:,|\s+\(|\s+[a-z])|^\W*(?:{alternatives})(?:,\s*\d|\s+\(|\s+[a-z])"
                      rf"|^\W*{_THANKING}(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:{alternatives})\b")


# the editors' thanks to the speaker, in the third person, after the last answer (`We thank
# Mr. Bae for his time and his trust.`, `Our thanks to Ms. Choi`): read as the answer's last
# paragraph, it was coded as his words; he does not thank himself by name
_THANKING = (r"(?:(?:We|The editors?|Our editors|The authors?)\s+(?:would like to\s+|wish to\s+|"
             r"want to\s+)?(?:thank|are grateful to|are indebted to)|(?:Our|Many|Special)\s+"
             r"(?:sincere\s+)?thanks\s+(?:go\s+)?to)\s+")


def _name_parts(name: str) -> list[str]:
    """`Ryu Jin-a` -> the whole name and each of its words: a note may say either."""
    return [name, *name.split()] if " " in name else [name]


# `Kang, 45, worked at...`, `Ryu Jin-a, 31, left Hyesan`: the person an introduction
# presents by name and age
_AGED = lazy(r"(?<![\w'’-])((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+),\s+\d{1,2},")


# `Today, Ms. Choi runs...`: when the note on the speaker is set (only before a title: a
# respondent may say `Today, Kim...` of a namesake, never `Today, Ms. Choi...` of herself)
_SINCE = (r"Today|Now|These days|Since then|Currently|Later|Afterwards|Since (?:arriving|"
          r"(?:her|his|their) arrival)[^,]{0,30}|In \d{4}")


_QUOTED = lazy(r"^\s*(?:>\s*)+|^\s*[\"“‘']|[\"”’']\s*$")
MAX_PULL_QUOTES = 50  # candidates checked per file: each is looked for in the whole text
MAX_ABRIDGED = 20  # of those, checked for a quote that leaves words out (slower)
NEAR = 5  # paragraphs either side where a quote that leaves words out is looked for


def _mark_pull_quotes(found: list[Block]) -> None:
    """A web page repeats a line of an answer as a pull quote, set apart (`> "..."`, or a
    paragraph in quotation marks): a quoted paragraph without a label whose words are in
    another paragraph is context, not the answer told twice."""
    candidates = [b for b in found if b.kind is None and b.speaker is None
                  and 3 <= b.words <= 60 and _QUOTED.search(b.text)][:MAX_PULL_QUOTES]
    if not candidates:
        return
    texts = [(b, " ".join(b.text.lower().split())) for b in found]
    where = {id(b): i for i, b in enumerate(found)}
    for n, block in enumerate(candidates):
        inner = " ".join(block.text.lstrip(" >").strip(" *_\"“”‘’'").lower().split())
        near = texts[max(0, where[id(block)] - NEAR):where[id(block)] + NEAR + 1]
        if len(inner.split()) >= 3 and any(other is not block and inner in text
                                           for other, text in texts):
            block.kind = "pull quote"
        elif n < MAX_ABRIDGED and len(inner.split()) >= 6 and any(
                other is not block and _abridged(inner, text) for other, text in near):
            block.kind = "pull quote"  # the quote leaves words out: `... Seoul, you cannot`


def _abridged(quote: str, text: str) -> bool:
    """Whether the quote's words are all in the text, in order, within a stretch at most
    twice as long (an editor left a few words out), not scattered over a long answer.
    Bounded: the text's first 20,000 characters, the first word's first 100 places."""
    want, words = re.findall(r"\w+", quote), re.findall(r"\w+", text[:20_000])
    if not set(want) <= set(words):
        return False
    for start in islice((i for i, w in enumerate(words) if w == want[0]), 100):
        at, end = start, min(len(words), start + 2 * len(want))
        for word in want[1:]:
            at = next((j for j in range(at + 1, end) if words[j] == word), -1)
            if at < 0:
                break
        if at >= 0:
            return True
    return False


def _mark_headings(found: list[Block]) -> None:
    """Headings become context; a date that answers a question stays speech."""
    previous: Block | None = None  # the last paragraph of speech, past any context
    for i, block in enumerate(found):
        following = found[i + 1] if i + 1 < len(found) else None
        answers = previous is not None and asks(previous.text)
        if answers and block.kind in _MAY_ANSWER:
            block.kind = None  # "March 2010." after "When did you leave?" is an answer
        elif block.kind is None and _heading(block, previous, following):
            block.kind = "heading"
        if block.kind is None:
            previous = block


# a podcast's or broadcast's opening clip: `[COLD OPEN]`, `(TEASER)`, `Cold open:`
_COLD_OPEN = lazy(r"^\W*(?:cold[ -]?open|teaser|preview|pre-?roll clip)\W*$", re.I)
# a heading in capitals ending the clip when no cue does: `INTRODUCTION`, `[00:01:12] PART ONE`
_CAPS_HEADING = lazy(r"^\s*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?"
                     r"[A-Z0-9][A-Z0-9 ,'’&/-]{2,60}$")


def mark_cold_open(lines: list[Line]) -> None:
    """A podcast's cold open, a clip of a later answer played before the show's theme
    (`[COLD OPEN]`, then `KWON SOO-BIN: The soldier looked at...`, then `[THEME MUSIC]`):
    the same words come again in their place, so the clip is context (`teaser`), not
    counted twice, and its label (used once) is no speaker. Only a clip the file closes
    with a cue or a heading within six paragraphs after the marker; a marker with no such
    end reads as before."""
    for i, line in enumerate(lines):
        if not _COLD_OPEN.match(line.text) or len(line.text) > 40:
            continue
        clip: list[Line] = []
        for later in lines[i + 1:]:
            if not later.text.strip():
                continue
            if later.kind is not None or _CAPS_HEADING.match(later.text):
                break
            clip.append(later)
            if len(clip) > 6:
                break
        else:
            continue
        if clip and len(clip) <= 6:
            line.kind = line.kind or "teaser"
            for later in clip:
                later.kind = "teaser"
