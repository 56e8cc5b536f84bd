"""Label-shaped slips in an ordinary labelled interview, each read by what the file's other
labels show (and said in a notice, since each is a guess a reader can check):

- a label misspelt once (`Interveiwer:` among `Interviewer:` lines) opening a paragraph: one
  letter off (or two swapped) a label the file uses at least twice, or a role word, is that
  label. Read as it is spelled, it labelled one paragraph and the question was coded inside
  the answer before it. Not a role word itself (`Interviewee:` is one letter off
  `Interviewer:` and is someone else), not a plural (`Questions:`, a page's heading), not a
  short name (`Kim` / `Kin`), not one letter off two labels at once, and not where the
  label it would be spoke last (turns alternate);
- a dialogue a respondent reports inside her answer (`...it went like this:` / `Officer:
  Whose cloth is this?` / `Me: Mine.` / `Officer: And where...` / `So I gave him...`): a
  short run of labelled lines glued to her paragraph, whose speakers label nothing else in
  the file, with `Me:` among them or after words that introduce speech, and her words going
  on after it (or her label next). Read as labels, the officer was a second respondent and
  her own sentence after the run his;
- a generic `Question:` (or `Q:`) used once, in a file whose interviewer has another label
  used twice, right after a respondent's turn and with no answer after it (the interviewer
  asks next): the respondent saying what people ask her (`Question: why would anyone
  stay?`), read as an interviewer's turn it was never coded.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from qcode.ingest.credits import ROLE_WORDS
from qcode.ingest.labeltext import text_after_label
from qcode.ingest.layout import asks
from qcode.ingest.respelt import in_byline
from qcode.ingest.speakers import COLONS, SAYS, a_name
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.labels import Found
    from qcode.ingest.layout import Line
    from qcode.ingest.turns import Roles

_ROLE_WORDS = frozenset({*ROLE_WORDS, "question", "answer"})
_GENERIC_QUESTION = frozenset({"question", "q"})
_FIRST_PERSON = frozenset({"me", "i", "myself"})
_SHORTEST = 6  # letters of the label a slip stands for: shorter ones are names, `Kim`
_LONGEST_RUN = 8  # lines of a reported dialogue
_LONGEST_SLIP = 60  # letters of a label read as a slip: a longer one is no name misspelt


def one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion, substitution or swap of two
    neighbouring letters apart (linear in their length)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


def misspelt(labels: list[Found], credible: list[Found],
             roles: Roles) -> tuple[list[Found], list[Notice]]:
    """The credible labels with the misspellings of a label or role word read as it
    (module docstring), and a notice for each."""
    counts = Counter(f.speaker for f in credible)
    targets = {s.casefold(): s for s, n in counts.items() if n >= 2 and len(s) >= _SHORTEST}
    for word in _ROLE_WORDS:
        targets.setdefault(word, word.title())
    near = _Near(targets)
    chosen = {id(f) for f in credible}
    out: list[Found] = []
    notices: list[Notice] = []
    last = None
    for f in labels:
        if id(f) not in chosen:
            means = _means(f, near, counts)
            if means is None or means == last:
                continue
            notices.append(Notice(f.line.number, (
                f"'{f.speaker}:' is read as '{means}:' misspelt (one letter off a label this "
                f"file uses or a role word); if {f.speaker} is someone else, check the file")))
            f.speaker = means
            if roles.is_known(means):
                roles.assign(means, roles.role(means))
        out.append(f)
        last = f.speaker
    return out, notices


class _Near:
    """The targets (case-folded label -> its spelling) by each spelling with one letter
    left out, and by itself: a word one edit off a target (one_edit) shares one of these
    with it, a swap of two letters too (`ab` and `ba` less the one and the other). Each
    label once tried against every target was quadratic: 15,000 labels used once beside
    6,000 used twice were 90 million tries (five minutes). A word has as many such forms as
    letters, so only labels of a name's length are slips (_LONGEST_SLIP): one of 40,000
    capitals used twice would have been 40,000 forms of 40,000 letters."""

    def __init__(self, targets: dict[str, str]) -> None:
        self.targets = targets
        self.by_form: dict[str, list[str]] = {}
        for k in (k for k in targets if len(k) <= _LONGEST_SLIP + 1):  # a slip's length, +1
            for form in {k, *_less_one(k)}:
                self.by_form.setdefault(form, []).append(k)

    def __contains__(self, key: str) -> bool:
        return key in self.targets

    def near(self, key: str) -> set[str]:
        """The targets' spellings one edit off the word (not its plural: `Questions:`)."""
        tried = {k for form in {key, *_less_one(key)} for k in self.by_form.get(form, ())}
        return {self.targets[k] for k in tried if one_edit(key, k) and key != f"{k}s"}


def _less_one(word: str) -> list[str]:
    return [word[:i] + word[i + 1:] for i in range(len(word))]


def _means(f: Found, targets: _Near, counts: Counter[str]) -> str | None:
    """The label a colon label opening a paragraph misspells, if exactly one."""
    key = f.speaker.casefold()
    if f.match["sep"] not in COLONS or not f.opens \
            or not _SHORTEST - 1 <= len(key) <= _LONGEST_SLIP or key in _ROLE_WORDS \
            or key in targets or counts[f.speaker]:
        return None
    near = targets.near(key)
    return near.pop() if len(near) == 1 else None


def question_in_answer(credible: list[Found], roles: Roles) -> tuple[list[Found], list[Notice]]:
    """The credible labels less a respondent's generic `Question:` (module docstring)."""
    counts = Counter(f.speaker for f in credible)
    asker = any(n >= 2 and roles.role(s) == "interviewer" and s.casefold() not in _GENERIC_QUESTION
                for s, n in counts.items())
    out, notices = [], []
    for i, f in enumerate(credible):
        before = credible[i - 1].speaker if i else None
        after = credible[i + 1].speaker if i + 1 < len(credible) else None
        if asker and f.speaker.casefold() in _GENERIC_QUESTION and counts[f.speaker] == 1 \
                and before is not None and roles.role(before) == "respondent" \
                and (after is None or roles.role(after) != "respondent"):
            notices.append(Notice(f.line.number, (
                f"'{f.speaker}:' is read as words of {before}'s answer, not a question: the "
                f"interviewer is labelled otherwise, and no answer follows it; if it is the "
                f"interviewer's question, label it as the others")))
            continue
        out.append(f)
    return out, notices


def reported_dialogue(labels: list[Found], credible: list[Found], lines: list[Line],
                      roles: Roles) -> tuple[set[int], list[Notice]]:
    """The credible labels of dialogues a respondent reports inside her answer (module
    docstring), and a notice for each dialogue."""
    at = {id(f.line): f for f in labels}
    speaks = {id(f.line): f.speaker for f in credible}
    elsewhere = Counter(f.speaker for f in credible)
    quoted: set[int] = set()
    notices: list[Notice] = []
    opener: str | None = None  # the label opening the paragraph the line is in
    i = 0
    while i < len(lines):
        if not lines[i].text.strip() or i == 0 or not lines[i - 1].text.strip():
            opener = speaks.get(id(lines[i])) if lines[i].text.strip() else None
            i += 1
            continue
        run = _run(lines, i, at)
        if run and opener is not None and _reported(run, opener, lines, i, at, elsewhere, roles):
            quoted |= {id(at[id(line)]) for line in run}
            names = "', '".join(dict.fromkeys(f"{at[id(line)].speaker}:" for line in run))
            notices.append(Notice(run[0].number, (
                f"'{names}' are read as a dialogue {opener} reports inside the answer, not "
                f"as speakers; if they took part in the interview, check the file")))
        i += max(len(run), 1)
    return quoted, notices


def _run(lines: list[Line], i: int, at: dict[int, Found]) -> list[Line]:
    """The labelled lines from i on, one after another with no blank line between."""
    j = i
    while j < len(lines) and id(lines[j]) in at and lines[j].text.strip():
        j += 1
    return lines[i:j] if j - i >= 2 else []


def _reported(run: list[Line], host: str, lines: list[Line], i: int,
              at: dict[int, Found], elsewhere: Counter[str], roles: Roles) -> bool:
    """Whether a run of labels glued to the host's paragraph is a dialogue the host tells:
    the host answers, the run is short, its speakers label nothing else and none is a
    known role, `Me:` is one of them or the words before introduce speech, and the host's
    words go on after it (or the host's label comes next)."""
    speakers = Counter(at[id(line)].speaker for line in run)
    if roles.role(host) != "respondent" or host in speakers or len(run) > _LONGEST_RUN \
            or any(elsewhere[s] > n or roles.is_known(s) for s, n in speakers.items()):
        return False
    if not (_FIRST_PERSON & {s.casefold() for s in speakers} or SAYS.search(lines[i - 1].text)):
        return False
    end = i + len(run)
    if end < len(lines) and lines[end].text.strip():
        return True  # her words go on, glued to the dialogue (no label: _run stopped there)
    nxt = next((line for line in lines[end:end + 50] if line.text.strip()), None)
    return nxt is not None and id(nxt) in at and at[id(nxt)].speaker == host


def named_first_question(labels: list[Found], lines: list[Line]) -> list[Notice]:
    """A news Q&A whose reporter's name labels only the first question (`Marta Silva: You
    sold at the market...?`), every later turn unlabelled: in a file with no other credible
    label, a name used once, opening the first labelled paragraph, asking, that the byline
    above names, is the interviewer's label, no words of the question (the file is still
    read as an unlabelled Q&A, its questions by their `?`). Kept as words, the reporter's
    name opened her first question."""
    first = next((f for f in labels if f.match["sep"] in COLONS), None)
    if first is None or sum(f.speaker == first.speaker for f in labels) > 1 \
            or not a_name(first.speaker) or not asks(first.match["rest"]) \
            or not in_byline(first.speaker, lines, first.line.number):
        return []
    text_after_label(first.line, first.match)
    return [Notice(first.line.number, (
        f"'{first.speaker}:' (the byline's name) labels only the first question: read as the "
        f"interviewer's label, not words of the question; the other turns are unlabelled"))]
