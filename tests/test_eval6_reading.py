"""The eval6 set (tests/data/eval6/, written blind to the readers) as a reading test: each
file is read by qcode and compared with what a careful human reader sees (truth.csv), in
two steps: what gets coded (respondent text, its speakers, no clutter in it) and the whole
turn sequence. Misreadings found are expected failures (strict) whose reason says what is
misread, so a reader fix shows up here as XPASS and its mark is removed. How the set was
written and what each file tries: tests/data/eval6/README.md."""

from __future__ import annotations

import csv
import difflib
import re
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

import pytest

from qcode.config import Config
from qcode.errors import QcodeError
from qcode.ingest import parse_file
from qcode.model import Transcript

NOT_DOCUMENTS = {"truth.csv", "make_files.py", "README.md"}


def documents(name: str) -> list[Path]:
    """The documents of a reading set in tests/data/ (not its truth, README or maker)."""
    folder = Path(__file__).parent / "data" / name
    return sorted(p for p in folder.iterdir() if p.name not in NOT_DOCUMENTS)


FILES = documents("eval6")
SPEECH = ("interviewer", "respondent")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SPACES = (W + "tab", W + "br")

Words = tuple[str, ...]

# file name -> what qcode gets wrong in the text it codes (README: "coded text")
CODED_MISREAD: dict[str, str] = {}
# file name -> what qcode gets wrong in the sequence of turns (README: "turns")
TURNS_MISREAD: dict[str, str] = {}


def words(text: str) -> Words:
    """Letters-and-digits words, so quotes, dashes, hyphenation and markup never count."""
    return tuple(re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text).casefold()))


@dataclass(frozen=True)
class Row:
    turn: int
    role: str
    speaker: str
    start: str

    @property
    def key(self) -> Words:
        return words(self.start)


def truth(path: Path) -> list[Row]:
    """The rows of `path` in the truth.csv beside it (eval7 reuses these helpers)."""
    with (path.parent / "truth.csv").open(encoding="utf-8") as f:
        return [Row(int(r["turn"]), r["role"], r["speaker"], r["start"])
                for r in csv.DictReader(f) if r["file"] == path.name]


def _docx_text(path: Path, tag: str) -> str:
    """Every paragraph of every part (body, headers, footnotes, comments): what a reader of
    the document sees (w:t), or what was deleted with track changes (w:delText); a tab or a
    manual line break is a space, as on the page."""
    paragraphs = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if name.startswith("word/") and name.endswith(".xml"):
                root = ElementTree.fromstring(z.read(name))
                paragraphs += ["".join(e.text or "" if e.tag == W + tag else " "
                                       for e in p.iter() if e.tag in (W + tag, *SPACES))
                               for p in root.iter(W + "p")]
    return "\n".join(paragraphs)


def source(path: Path) -> Words:
    """The file's words as a reader sees them, markup aside (tags, link targets, cue
    times), for counting how often a row's words really occur in the file."""
    if path.suffix == ".docx":
        return words(_docx_text(path, "t"))
    data = path.read_bytes()
    try:
        # a file Notepad saved as "Unicode" (eval8's utf16-01) starts with a UTF-16 BOM
        text = data.decode("utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig")
    except UnicodeDecodeError:  # a file saved as Windows-1252 (eval7's win01)
        text = data.decode("cp1252")
    text = re.sub(r"<[^>]*>|\]\([^)]*\)|^[\d:.,]+ --> .*$", " ", text, flags=re.M)
    return words(text)


def occurrences(hay: Words, needle: Words) -> int:
    n = len(needle)
    return sum(hay[i:i + n] == needle for i in range(len(hay) - n + 1)) if n else 0


@dataclass
class Group:
    """Consecutive speech of one speaker in one role, context between dropped."""
    role: str
    speaker: str
    text: Words = ()
    rows: list[Row] = field(default_factory=list)

    def label(self) -> str:
        return f"{self.role} {self.speaker!r}: {' '.join(self.text[:8])!r}"


def truth_groups(rows: list[Row]) -> list[Group]:
    groups: list[Group] = []
    for r in rows:
        if r.role not in SPEECH:
            continue
        if not groups or (groups[-1].role, groups[-1].speaker) != (r.role, r.speaker):
            groups.append(Group(r.role, r.speaker, r.key))
        groups[-1].rows.append(r)
    return groups


def read_groups(t: Transcript) -> list[Group]:
    groups: list[Group] = []
    for turn in t.turns:
        if turn.role not in SPEECH:
            continue
        if not groups or (groups[-1].role, groups[-1].speaker) != (turn.role, turn.speaker):
            groups.append(Group(turn.role, turn.speaker))
        groups[-1].text += words(turn.text)
    return groups


def read_file(path: Path) -> Transcript:
    """The file as qcode reads it; a file qcode refuses is a misreading like any other."""
    try:
        return parse_file(path, Config())
    except QcodeError as e:
        pytest.fail(f"qcode refuses the file: {e}")


def _one_to_one(pairs: list[tuple[str, str]]) -> list[str]:
    """Truth speakers and read speakers must map one to one."""
    read_of: defaultdict[str, set[str]] = defaultdict(set)
    truth_of: defaultdict[str, set[str]] = defaultdict(set)
    for want, got in pairs:
        read_of[want].add(got)
        truth_of[got].add(want)
    return ([f"one speaker {w!r} read as several: {sorted(g)}" for w, g in read_of.items()
             if len(g) > 1]
            + [f"several speakers {sorted(w)} read as one: {g!r}" for g, w in truth_of.items()
               if len(w) > 1])


def spoken(t: Transcript, role: str) -> dict[str, Words]:
    """Each speaker's words in one role, turns kept apart."""
    said: defaultdict[str, Words] = defaultdict(tuple)
    for turn in t.turns:
        if turn.role == role:
            said[turn.speaker] += (*words(turn.text), "\n")
    return said


def leaks(path: Path, rows: list[Row], role: str, said: dict[str, Words]) -> list[str]:
    """Rows of other roles whose words are read in `role`'s text more often than the file
    has them outside those rows (a pull quote may repeat words of an answer)."""
    src = source(path)
    others = [r for r in rows if r.role != role]
    problems = []
    for r in others:
        if role == "interviewer" and r.role != "context":
            continue
        claimed = sum(occurrences(o.key, r.key) for o in others)
        allowed = max(0, occurrences(src, r.key) - claimed)
        if sum(occurrences(text, r.key) for text in said.values()) > allowed:
            problems.append(f"{r.role} text read as {role}'s: {r.speaker}: {r.start!r}")
    return problems


def coded_text_misread(path: Path) -> list[str]:
    """What differs in the text qcode codes: respondent rows not read as a respondent's,
    other rows read as respondent text, speakers merged or split."""
    rows = truth(path)
    said = spoken(read_file(path), "respondent")
    problems, pairs = [], []
    for r in rows:
        if r.role == "respondent":
            found = [who for who, text in said.items() if occurrences(text, r.key)]
            if not found:
                problems.append(f"respondent text not read as respondent's: {r.speaker}: "
                                f"{r.start!r}")
            pairs += [(r.speaker, who) for who in found]
    return problems + leaks(path, rows, "respondent", said) + _one_to_one(pairs)


def turns_misread(path: Path) -> list[str]:
    """What differs in the sequence of interviewer and respondent turns, and context read
    as the interviewer's words (a question rule would then read it)."""
    rows = truth(path)
    t = read_file(path)
    want, got = truth_groups(rows), read_groups(t)
    # turns are aligned by their first three words, or fewer when a truth turn starts with
    # fewer ('Funerals.', a two-word Korean answer): its start is then checked in full below
    n = min([3, *(len(g.text) for g in want)])
    a = [(g.role, g.text[:n]) for g in want]
    b = [(g.role, g.text[:n]) for g in got]
    problems, pairs = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            problems += [f"reader sees, not read: {g.label()}" for g in want[i1:i2]]
            problems += [f"read, reader does not see: {g.label()}" for g in got[j1:j2]]
            continue
        for w, g in zip(want[i1:i2], got[j1:j2], strict=True):
            pairs.append((w.speaker, g.speaker))
            if g.text[:len(w.text)] != w.text:
                problems.append(f"turn starts differently: {w.label()} read as {g.label()}")
            at = 0
            for r in w.rows[1:]:
                found = next((i for i in range(at, len(g.text)) if
                              g.text[i:i + len(r.key)] == r.key), None)
                if found is None:
                    problems.append(f"paragraph not in its turn: {w.label()}: {r.start!r}")
                else:
                    at = found
    return problems + _one_to_one(pairs) + leaks(path, rows, "interviewer",
                                                  spoken(t, "interviewer"))


def expect_read_right(path: Path, request: pytest.FixtureRequest, misread: dict[str, str],
                      check: Callable[[Path], list[str]]) -> None:
    """The check finds nothing wrong, or the file is a known misreading: a strict expected
    failure whose reason says what is misread (an XPASS tells that a fix reads it right)."""
    if path.name in misread:
        request.applymarker(pytest.mark.xfail(reason=misread[path.name], strict=True))
    assert check(path) == []


def check_truth_in_files(files: list[Path], sizes: range) -> None:
    """Every row's words are in its file (rows of tracked deletions among the deleted text),
    every file has truth with some respondent text, every role is known: a typo in
    truth.csv fails here, not as a misreading."""
    assert len(files) in sizes
    for path in files:
        rows = truth(path)
        assert rows, path.name
        assert {r.role for r in rows} <= {"interviewer", "respondent", "context"}
        assert any(r.role == "respondent" for r in rows), path.name
        deleted = words(_docx_text(path, "delText")) if path.suffix == ".docx" else ()
        src = source(path)
        for r in rows:
            assert r.key, (path.name, r.turn)
            where = deleted if r.speaker == "(deleted)" else src
            assert occurrences(where, r.key), (path.name, r.turn, r.start)


def split_misread(misread: dict[str, str], coded_ok: AbstractSet[str] = frozenset(),
                  turns_ok: AbstractSet[str] = frozenset()) -> tuple[dict[str, str], dict[str, str]]:
    """A set's misread files as (coded-text misreads, turn misreads): a file misread on the
    first run whose coded text (or turn sequence) was already right is no expected failure
    of that check."""
    return ({n: r for n, r in misread.items() if n not in coded_ok},
            {n: r for n, r in misread.items() if n not in turns_ok})


def reading_tests(files: list[Path], sizes: range, coded: dict[str, str],
                  turns: dict[str, str]) -> tuple[Callable[..., None], ...]:
    """The three tests of every reading set, for its module to bind as `test_coded_text,
    test_turns, test_truth_is_in_the_files = reading_tests(...)`: what gets coded, the turn
    sequence (known misreadings as strict xfails) and the truth's words in the files."""

    @pytest.mark.parametrize("path", files, ids=lambda p: p.name)
    def test_coded_text(path: Path, request: pytest.FixtureRequest) -> None:
        expect_read_right(path, request, coded, coded_text_misread)

    @pytest.mark.parametrize("path", files, ids=lambda p: p.name)
    def test_turns(path: Path, request: pytest.FixtureRequest) -> None:
        expect_read_right(path, request, turns, turns_misread)

    def test_truth_is_in_the_files() -> None:
        check_truth_in_files(files, sizes)

    return test_coded_text, test_turns, test_truth_is_in_the_files


test_coded_text, test_turns, test_truth_is_in_the_files = reading_tests(
    FILES, range(16, 21), CODED_MISREAD, TURNS_MISREAD)
