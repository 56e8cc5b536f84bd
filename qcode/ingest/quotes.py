"""Who speaks a feature article's quotes (feature.py reads the article): the person a quote
is given to (`says Dr. Lee`, `said a man who gave only his surname, Choi`), the one a
paragraph of reported speech names (`Choi said he first watched...`), the first-person
narrator who asks (`"Were you caught?" I asked.`), and who only comments as an expert.
And in an unlabelled Q&A, a paragraph ending in a question that is not the interviewer's:
one the respondent tells (`asked me, "Whose card is this?"`) or asks herself after what she
tells (`I watched it four times. I thought, ... what am I doing here?`).
"""

from __future__ import annotations

import re

from qcode.ingest.lazyre import lazy
from qcode.ingest.person import SELF_OR_GROUP_ANY_CASE, SELF_OR_GROUP_WORDS

QUOTED = lazy(r"[\"“][^\"“”]{0,2000}[\"”]")
_NAME = r"(?:Dr\.|Mr\.|Ms\.|Mrs\.)?\s?[A-Z][a-z]+(?:-[a-z]+)?(?:[ -][A-Z][a-z]+(?:-[a-z]+)?)?"
_VERBS = r"(?:says|said|adds|added|recalls|recalled)"
# who a quote is given to, when it is not `she` / `he`: `says Dr. Lee`, `Park said`
_SAID_BY = lazy(rf"[,.!?][\"”’]\s+{_VERBS}\s+({_NAME})"
                rf"|[,.!?][\"”’]\s+({_NAME})\s+{_VERBS}\b")
# a quote given to someone unnamed whom the attribution then names: `said a man who asked
# to be identified only by his surname, Choi`, `who gave her name as Mina`
_GIVEN_NAME = lazy(rf"\b(?:surname|family name|first name|given name|pseudonym|name as"
                   rf"|to be called|identified as),?\s+({_NAME})")
# a paragraph of reported speech that carries a quote, opening with who speaks: `Choi said
# he first watched...`, `Park Ji-won, a researcher at the institute, said such payments...`
_REPORTS = lazy(rf"^\s*({_NAME})(?:,[^,\"“”]{{1,120}},)?\s+(?:said|says|told|recalled|"
                r"recalls|added|explained|described|remembered|remembers)\b")
# the first-person narrator's words after a quote (`" I asked.`, `" I said, leaning in.`)
_NARRATOR_SAYS = lazy(r"[\"”’]\s*,?\s+I\s+(?:asked|ask|said|say|wanted to know|wondered|"
                      r"pressed|ventured|replied|added|went on)\b")
# the narrator's own question, told (`I asked whether that was normal.`) or quoted after
# the words that introduce it (`I asked her, "Were you afraid?"`)
_REPORTED_QUESTION = lazy(
    r"^\s*I\s+(?:asked|wanted to know|wondered aloud)\b(?:\s+(?:her|him|them))?"
    r"(?:\s+(?:whether|if|why|how|what|when|where|who|which|about)\b|\s*[,:]\s*[\"“])")
# an expert by what the piece calls them: `Park Ji-won, a researcher at...`, `Professor Lee`
_EXPERT_WORDS = (r"(?i:researcher|analyst|professor|expert|scholar|economist|academic|"
                 r"lecturer|historian|specialist|fellow)")
_EXPERT = lazy(rf"({_NAME}),\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{_EXPERT_WORDS}\b"
               rf"|\b{_EXPERT_WORDS}\s+({_NAME})")
# the piece says who the escapees are (only then is an expert told apart from testimony)
_ESCAPEES = lazy(r"\b(?:defect(?:or|ors|ed|ion)|escapees?|escaped|refugees?|fled|"
                 r"crossed|left North Korea|arrived in (?:South Korea|Seoul))\b", re.I)
_SENTENCE_END = lazy(r"[.!?…][\"”’)]*\s+(?=\S)")


# the words that give a quoted question to someone in the answer's story: `One of them
# asked me, "..."`, `the guard said: "..."`, `I thought, "..."` (`subject verb object,`)
_TOLD_BY = lazy(r"(\w+)\s+(?:kept\s+|would\s+|just\s+)?(asked|asks|said|says|shouted|"
                r"yelled|screamed|demanded|whispered|thought|wondered|wanted to know)"
                r"((?:\s+[\w'’]+){0,3})\s*[,:]?\s*$")
_ASKING = {"asked", "asks", "demanded", "wanted to know"}
_THINKING = {"thought", "wondered"}
_TO_YOU = lazy(r"\byou\b", re.I)
# the respondent's own question after what she tells: `I thought, ... what am I doing
# here?`, `I asked myself why...?`, or a wh- question of her own (`What could we do?`)
_THOUGHT = lazy(r"^(?:and\s+|so\s+|then\s+)?(?:I|we)\s+(?:(?:just|kept|would)\s+)?"
                r"(?:thought|think|wondered|kept thinking|asked (?:myself|ourselves)|"
                r"said to (?:myself|ourselves))\b", re.I)
_OWN_WH = lazy(r"^(?:and\s+|so\s+|but\s+)?(?:what|why|how|where|who)\b[^?]*"
               rf"\b(?:{SELF_OR_GROUP_WORDS})\b", re.I)
NARRATED = 2  # sentences that tell before an answer's own question


def told_question(text: str) -> bool:
    """Whether a paragraph ending in `?` is an answer's, not the interviewer asking: its
    question is quoted and given to someone in the same paragraph (`asked me, "..."`, not
    `I asked her` nor `asked you`), or it follows two sentences or more that tell and is
    the speaker's own (a thought, `I thought, ... what am I doing here?`, or a wh- question
    in the first person without `you`)."""
    end = text.rstrip(" *_")
    opening = max(end.rfind(q, 0, len(end) - 1) for q in "\"“‘")  # not the closing `"`
    if end[-1:] in "\"”’" and opening > 0 and _quoted_by_teller(end[:opening]):
        return True
    return _asks_herself(end)


def _asks_herself(end: str) -> bool:
    """The last sentence is the speaker's own question after two or more that tell."""
    sentences = [s for s in _SENTENCE_END.split(end) if s]
    if len(sentences) <= NARRATED or any(s.rstrip("\"”’)").endswith("?")
                                         for s in sentences[:-1]):
        return False
    last = sentences[-1]
    thought = _THOUGHT.match(last)
    return bool(thought or _OWN_WH.match(last)) and not _TO_YOU.search(last)


def _quoted_by_teller(before: str) -> bool:
    """The words before a quote give it to someone in the speaker's story: asked of her
    (`asked me,`, `asked my husband:`), shouted or said by someone (`the officer said,`),
    or her own thought (`I thought,`). Not a question the interviewer relays (`One reader
    asked,`, `Many wondered,`), nor hers to the interviewee (`I asked her,`, `asked you`)."""
    m = _TOLD_BY.search(before[-120:])
    if not m or _TO_YOU.search(m[3]):
        return False
    if m[2] in _ASKING:
        return bool(SELF_OR_GROUP_ANY_CASE.search(m[3]))
    if m[2] in _THINKING:
        return m[1] in ("I", "we", "We")
    return True


def said_by(text: str) -> str | None:
    """The name a quoted paragraph's attribution gives, if any."""
    m = _SAID_BY.search(text)
    if m:
        return next(n.strip() for n in m.groups() if n)
    m = _GIVEN_NAME.search(QUOTED.sub("", text))
    return m[1].strip() if m else None


def reported_by(text: str, quoted: set[str]) -> str | None:
    """Who a paragraph of reported speech names, when it carries a quote and names someone
    the piece quotes elsewhere (`Choi`, not `Officials said...`): that speaker."""
    m = _REPORTS.match(text)
    if not m or not QUOTED.search(text, m.end()):
        return None
    return next((who for who in sorted(quoted) if _is_one_of(m[1].strip(), {who})), None)


def narrator_asks(texts: dict[int, str], opening: set[int], narration: set[int]) -> set[int]:
    """The paragraphs (by first line) that are the first-person narrator's questions: quotes
    followed by `I asked` / `I said`, narration that tells her question (`I asked
    whether...`), and, once she is seen asking, a quoted question no one is named to ask."""
    mine = {s for s in opening if _NARRATOR_SAYS.search(texts[s])}
    mine |= {s for s in narration if _REPORTED_QUESTION.match(texts[s])
             and len(texts[s].split()) <= 40 and not _SENTENCE_END.search(texts[s].strip())}
    if not mine:
        return set()
    return mine | {s for s in opening if _only_asks(texts[s])}


def _only_asks(text: str) -> bool:
    """A paragraph that is one quoted question and nothing else (`"Were you ever caught?"`,
    no `she asked` after it): the narrator's, in a piece where she asks."""
    quotes = QUOTED.findall(text)
    outside = QUOTED.sub("", text).strip()
    return len(quotes) == 1 and quotes[0].rstrip("\"”’ ").endswith("?") and not outside


def experts(texts: dict[int, str], speakers: dict[int, str]) -> set[str]:
    """Speakers the piece describes as experts (`Park Ji-won, a researcher at...`; not one
    it also says fled), when it tells of escapees and someone else's quotes remain: their
    comment is no testimony."""
    if not any(_ESCAPEES.search(t) for t in texts.values()):
        return set()
    described: set[str] = set()
    for text in texts.values():
        for m in _EXPERT.finditer(QUOTED.sub("", text)):
            if not _ESCAPEES.search(text):
                described.add(next(n for n in m.groups() if n).strip())
    found = {who for who in set(speakers.values()) if _is_one_of(who, described)}
    return found if set(speakers.values()) - found else set()


_TITLE = lazy(r"^(?:(?:Dr|Mr|Ms|Mrs|Prof)\.|Professor|Dr|Mr|Ms|Mrs)\s+")


def _is_one_of(who: str, names: set[str]) -> bool:
    """`Park` is `Park Ji-won` (a surname after the first mention), and `Dr. Lee` or
    `Professor Lee` is `Lee`."""
    bare = _TITLE.sub("", who)
    for name in names:
        full = _TITLE.sub("", name)
        if bare == full or bare in (full.split()[0], full.split()[-1]) \
                or full in (bare.split()[0], bare.split()[-1]):
            return True
    return False
