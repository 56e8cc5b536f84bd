"""A project from another tool into this one: its text sources become transcripts (written
under the transcripts folder with their case variables as front matter, then ingested and
coded as usual), and its codings become one reviewer's decisions on qcode's codings, so that
`review agreement` and `codebook evaluate --reviewer` compare the rules with hand coding.

A hand coding is compared with qcode's where it overlaps the same paragraph with the same
code: qcode's coding is then accepted; a qcode coding of a code the other tool's codebook
has, where the hand coder gave none, is rejected; a hand coding qcode has no coding for
becomes a manual coding of that paragraph, accepted. Everything is checked first; any
problem means nothing is written.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import accumulate
from pathlib import Path

import yaml

from qcode.atomic import write_bytes
from qcode.codebook import Codebook, parse_codebook
from qcode.config import Config
from qcode.errors import ExchangeError, ProblemsError, QcodeError
from qcode.ingest import parse_file
from qcode.ingest.decode import decode
from qcode.model import Coding, CodingRow, Segment, Transcript, coding_id
from qcode.plural import counted
from qcode.privacy import public_meta
from qcode.refi.codemap import CodeMap, add_codes, map_codes
from qcode.refi.guids import normal
from qcode.refi.qdc import ORIGIN as QCODE_ORIGIN
from qcode.refi.qdc import slug
from qcode.refi.qdpx_export import QCODE_USER
from qcode.refi.qdpx_read import RefiProject, Source, read_qdpx
from qcode.status import ADJUDICATOR
from qcode.store import Store


@dataclass
class QdpxImport:
    reviewer: str
    transcripts: list[str] = field(default_factory=list)
    selections: int = 0
    accepted: int = 0  # qcode codings the hand coder made too
    rejected: int = 0  # qcode codings of the hand coder's codes that they did not make
    manual: int = 0  # hand codings qcode had not made, added as manual codings
    unplaced: int = 0  # selections on no paragraph (only a speaker label, blank lines)
    skipped: dict[str, int] = field(default_factory=dict)  # unknown code -> codings left out
    added_codes: list[str] = field(default_factory=list)
    recorded: int = 0  # new decisions (0 when the same file was imported before)
    unread: list[str] = field(default_factory=list)  # parts of the project not taken in


@dataclass
class _Planned:
    source: Source
    path: Path
    data: bytes
    transcript: Transcript
    at: Callable[[int], int]  # source offset -> offset in the decoded transcript file


def reviewer_of(project: RefiProject, given: str) -> str:
    name = (given or project.users.get(project.exporter, "")).strip()
    if not name and len(set(project.users.values())) == 1:
        name = next(iter(project.users.values()))
    if not name:
        raise ExchangeError("the project does not say who coded it; name the coder",
                            project.path, option="coder")
    if name == QCODE_USER and not given:
        raise ExchangeError("this project was exported by qcode; name the coder whose coding "
                            "it holds", project.path, option="coder")
    if name.lower() == ADJUDICATOR:
        raise ExchangeError(f"'{name}' is reserved for adjudication; name the coder otherwise",
                            project.path, option="coder")
    return name


def offset_map(before: str, after: str) -> Callable[[int], int]:
    """Offsets in `before` -> offsets in `after`, which differs only inside lines (ingest
    repairs mojibake line by line)."""
    if before == after:
        return lambda p: p
    a_lines, b_lines = before.split("\n"), after.split("\n")
    a_at = list(accumulate([0] + [len(x) + 1 for x in a_lines]))
    b_at = list(accumulate([0] + [len(x) + 1 for x in b_lines]))

    def at(p: int) -> int:
        i = min(bisect_right(a_at, p) - 1, len(a_lines) - 1)
        col, a, b = p - a_at[i], a_lines[i], b_lines[i]
        if a == b:
            return b_at[i] + col
        for tag, i1, i2, j1, _ in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if i1 <= col < i2:
                return b_at[i] + (j1 + col - i1 if tag == "equal" else j1)
        return b_at[i] + len(b)
    return at


_SAFE = re.compile(r"[^\w.-]+")
_SRT = re.compile(r"\A\s*\d+\s*\n\s*\d{1,2}:\d{2}:\d{2},\d{3}\s*-->")


def _subtitles(text: str) -> str:
    """The suffix a text is stored under: subtitles (a qcode export of a .vtt / .srt
    transcript) stay subtitles, so that their cues are read as such again."""
    if text.lstrip("\ufeff").startswith("WEBVTT"):
        return ".vtt"
    return ".srt" if _SRT.match(text) else ".txt"


def _after(at: Callable[[int], int], head: int) -> Callable[[int], int]:
    """A source offset -> the decoded file's, past the front matter written before it."""
    return lambda p: at(p + head)


def _plan(project: RefiProject, store: Store, config: Config, folder: Path) -> list[_Planned]:
    from qcode.plan import same_file
    stored = store.transcript_index()
    planned, problems, names, files = [], [], set(), set()
    for src in project.sources:
        tid, n = src.name.strip(), 1
        while tid in names:
            n += 1
            tid = f"{src.name.strip()} ({n})"
        names.add(tid)
        stem, n = _SAFE.sub("_", tid).strip("._") or "source", 1
        while stem.lower() in files:
            n += 1
            stem = f"{_SAFE.sub('_', tid).strip('._')}_{n}"
        files.add(stem.lower())
        suffix = _subtitles(src.text)
        path = folder / f"{stem}{suffix}"
        meta = {"id": tid, **{k: v for k, v in public_meta(src.meta, config).items() if k != "id"}}
        head = "" if suffix != ".txt" else \
            "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n"
        data = (head + src.text).encode("utf-8")
        if path.exists() and path.read_bytes() != data:
            problems.append(f"{path}: exists with other content; qcode never replaces a file "
                            "(move it away, or import the texts into another transcripts folder)")
            continue
        if tid in stored and same_file(stored[tid][0]) != same_file(path):
            problems.append(f"{project.path}: source '{src.name}' would be transcript '{tid}', "
                            f"which {stored[tid][0]} already is; rename one of them")
            continue
        try:
            transcript = parse_file(path, config, data)
        except QcodeError as e:
            problems.append(f"source '{src.name}': {e.message}")
            continue
        transcript.path = same_file(path)  # as ingest stores it
        # ingest repairs mojibake line by line; then offsets within those lines move
        decoded = decode(data, path).text if transcript.repaired_lines else head + src.text
        planned.append(_Planned(src, path, data, transcript,
                                _after(offset_map(head + src.text, decoded), len(head))))
    if problems:
        raise ProblemsError(f"{counted(len(problems), 'problem')}; nothing was imported", problems,
                            project.path)
    return planned


def import_qdpx(store: Store, book: Codebook, book_path: Path, config: Config, path: Path,
                reviewer: str = "", add: bool = False, folder: Path | None = None,
                jobs: int | None = None) -> QdpxImport:
    from qcode import pipeline  # spaCy, only when there is something to import

    project = read_qdpx(path)
    report = QdpxImport(reviewer_of(project, reviewer), unread=project.unread)
    cmap = map_codes(project.codes, book)
    new_book_text = add_codes(book_path, book, cmap, path.name) if add and cmap.unknown else None
    folder = folder or Path(config.transcripts) / slug(path.stem)
    planned = _plan(project, store, config, folder)
    # everything is checked: write
    if new_book_text is not None:
        write_bytes(book_path, new_book_text.encode("utf-8"))
        book = parse_codebook(new_book_text, book_path)
        report.added_codes = cmap.added
    for p in planned:
        if not p.path.exists():
            write_bytes(p.path, p.data)
    stored = store.transcript_index()
    store.save_transcripts([p.transcript for p in planned if stored.get(p.transcript.id)
                            != (p.transcript.path, p.transcript.file_hash)])
    pipeline.code(store, book, config, None, jobs)
    report.transcripts = [p.transcript.id for p in planned]
    _record(store, book, project, planned, cmap, report)
    return report


Hand = tuple[str, int, int, str]  # a team's coding: (code, start, end, memo) in file offsets


def _record(store: Store, book: Codebook, project: RefiProject, planned: list[_Planned],
            cmap: CodeMap, report: QdpxImport) -> None:
    """The team's coding as decisions: qcode's codings they coded too are accepted, those of
    codes they used but not there are rejected, and their other codings become manual ones."""
    names = {normal(c.guid): " / ".join(n) for top in project.codes for n, c in top.walk()}
    labels = {c.id: c.label for c in book.flat()}
    # qcode's own selection descriptions say what the rules did, not what a coder noted
    own = project.origin.split(" ")[0] == QCODE_ORIGIN.split(" ")[0]
    stored = {t.id: t for t in store.load_transcripts(p.transcript.id for p in planned)}
    # qcode's own suggestions: the rules' and the model's (`qcode suggest`)
    rows = [r for r in store.codings() if r.transcript in stored and r.origin != "manual"]
    decisions: dict[str, tuple[str, str]] = {}  # coding id -> (decision, note)
    manual: dict[str, Coding] = {}
    for p in planned:
        t = stored[p.transcript.id]
        hand = _hand_codings(p, cmap, names, own, report)
        mine = [r for r in rows if r.transcript == t.id]
        _judge(mine, hand, set(cmap.ids.values()), decisions)
        report.unplaced += _place(t, hand, mine, labels, manual, decisions)
    _save(store, project, manual, decisions, report)


def _hand_codings(p: _Planned, cmap: CodeMap, names: dict[str, str], own: bool,
                  report: QdpxImport) -> list[Hand]:
    """A text's selections under codes qcode knows; the others are counted as skipped."""
    hand = []
    for sel in p.source.selections:
        report.selections += 1
        for guid in sel.codes:
            if guid not in cmap.ids:
                name = names.get(guid, guid)
                report.skipped[name] = report.skipped.get(name, 0) + 1
                continue
            hand.append((cmap.ids[guid], p.at(sel.start), p.at(sel.end), "" if own else sel.memo))
    return hand


def _judge(mine: list[CodingRow], hand: list[Hand], team_codes: set[str],
           decisions: dict[str, tuple[str, str]]) -> None:
    """qcode's codings of a text, judged by the team's: accepted where they coded the same
    code over it (with their memos), rejected where they used the code but not there."""
    for r in mine:
        over = [m for code, s, e, m in hand if code == r.coded_as and s < r.end and r.start < e]
        if over:
            decisions[r.id] = ("accept", "\n".join(m for m in over if m))
        elif r.coded_as in team_codes:
            decisions[r.id] = ("reject", "")


def _place(t: Transcript, hand: list[Hand], mine: list[CodingRow], labels: dict[str, str],
           manual: dict[str, Coding], decisions: dict[str, tuple[str, str]]) -> int:
    """The team's codings qcode does not have, as manual codings of the paragraphs they
    overlap; returns how many overlapped no paragraph."""
    unplaced = 0
    for code, s, e, memo in hand:
        placed = False
        for ti, turn in enumerate(t.turns):
            for para in turn.paragraphs:
                if not (para.start < e and s < para.end):
                    continue
                placed = True
                if any(r.coded_as == code and r.start < para.end and para.start < r.end
                       for r in mine):
                    continue
                seg = Segment(para.id, t.id, ti, turn.speaker, turn.role, para.line,
                              para.start, para.end, para.text)
                c = Coding(coding_id(para.id, code), seg, code, labels[code], 1.0,
                           ["manual"], [], origin="manual")
                manual.setdefault(c.id, c)
                decisions.setdefault(c.id, ("accept", memo))
        unplaced += not placed
    return unplaced


def _save(store: Store, project: RefiProject, manual: dict[str, Coding],
          decisions: dict[str, tuple[str, str]], report: QdpxImport) -> None:
    """Record it all in one transaction; a decision this file already recorded is not
    recorded twice (importing the same file again changes nothing)."""
    export_id = "qdpx:" + hashlib.sha1(project.data).hexdigest()[:12]
    recorded = store.sheet_decisions(report.reviewer, export_id)
    with store.transaction():
        for c in manual.values():
            store.add_manual_coding(c)
        for cid, (decision, note) in decisions.items():
            report.accepted += decision == "accept" and cid not in manual
            report.rejected += decision == "reject"
            if recorded.get(cid) == (decision, "", note):
                continue
            report.recorded += 1
            store.add_decision(cid, report.reviewer, decision, None, note, project.path.name,
                               None, export_id, project.modified)
    report.manual = len(manual)
