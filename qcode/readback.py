"""What ingest made of each transcript, for a person to check: `qcode show`, `qcode transcripts`.

A misread file (a whole interview in one turn, credits coded as the respondent) is only
visible if someone can see the turns; these views show them through the redaction list, so
a name listed in `redact` never appears here either.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from qcode.config import Config
from qcode.errors import QcodeError, as_typed
from qcode.model import Notice, Transcript
from qcode.privacy import Redactor
from qcode.store import Store

FIRST_WORDS = 60  # characters of a turn shown by `qcode show`


@dataclass
class TurnView:
    line: int
    speaker: str
    role: str
    coded: bool
    words: int
    first_words: str


@dataclass
class TranscriptView:
    id: str
    path: str
    encoding: str
    speakers: list[tuple[str, str]]  # (speaker, role) in order of first appearance
    turns: int
    words: int
    coded_words: int  # words in the turns read as coded (`_coded`), not words given a code
    notices: list[Notice]
    coded_turns: int = 0  # turns read as coded
    coded_paragraphs: int = 0  # their paragraphs: the passages the codebook is matched on
    stored: bool = True  # False: a file outside the project, read as ingest would read it


def _coded(role: str, config: Config) -> bool:
    return role == "respondent" or (role == "interviewer" and config.code_interviewer)


def _find(store: Store, config: Config, wanted: str) -> tuple[Transcript, bool]:
    """A stored transcript by id, by file path or by file name; else a file not yet ingested,
    read as ingest would read it (so a file can be checked before it joins the project).
    The flag says which."""
    index = store.transcript_index()
    if wanted not in index:
        by_path = [tid for tid, (path, _) in index.items()
                   if wanted in (path, Path(path).name, Path(path).stem)
                   or Path(path).resolve() == Path(wanted).resolve()]
        if len(by_path) != 1 and Path(wanted).is_file():
            from qcode.ingest import parse_file  # only here: ingest's readers take a while

            return parse_file(Path(wanted), config), False
        if len(by_path) != 1:
            not_a_folder(wanted)
            known = ", ".join(sorted(index)[:10]) or "none yet: run `qcode ingest` first"
            raise QcodeError(f"no transcript '{wanted}' in this project and no such file; "
                             f"known ids: {known}")
        wanted = by_path[0]
    return next(store.load_transcripts([wanted])), True


def not_a_folder(wanted: str) -> None:
    """A folder given where one file is wanted is said as such, not as no such file."""
    if Path(wanted).is_dir():
        raise QcodeError(f"'{wanted}' is a folder: `qcode show` reads one file; give one of "
                         f"its files (`qcode ingest {wanted}` reads them all)")


def show_turns(store: Store | None, config: Config,
               wanted: str) -> tuple[TranscriptView, list[TurnView]]:
    """Each turn of one transcript as parsed: where, who, in what role, coded or context.
    With no store (nothing ingested yet), `wanted` must be a file, read as ingest would."""
    if store is None:
        from qcode.ingest import parse_file  # only here: ingest's readers take a while

        t, stored = parse_file(Path(wanted), config), False
    else:
        t, stored = _find(store, config, wanted)
    redactor = Redactor(config.redact)
    rows = []
    for turn in t.turns:
        text = redactor.text(turn.paragraphs[0].text if turn.paragraphs else "")
        first = text if len(text) <= FIRST_WORDS else text[:FIRST_WORDS].rsplit(" ", 1)[0] + "…"
        rows.append(TurnView(turn.line, redactor.text(turn.speaker), turn.role,
                             _coded(turn.role, config), sum(len(p.text.split())
                                                            for p in turn.paragraphs), first))
    view = _summary(t, config, redactor)
    view.stored = stored
    return view, rows


def _summary(t: Transcript, config: Config, redactor: Redactor) -> TranscriptView:
    speakers: dict[str, str] = {}
    words = Counter[bool]()
    coded_turns = coded_paragraphs = 0
    for turn in t.turns:
        if turn.role != "other":
            speakers.setdefault(redactor.text(turn.speaker), turn.role)
        coded = _coded(turn.role, config)
        words[coded] += sum(len(p.text.split()) for p in turn.paragraphs)
        if coded:
            coded_turns += 1
            coded_paragraphs += len(turn.paragraphs)
    notices = [Notice(n.line, redactor.text(n.message)) for n in t.notices]
    return TranscriptView(t.id, as_typed(t.path), t.encoding, list(speakers.items()), len(t.turns),
                          words[True] + words[False], words[True], notices, coded_turns,
                          coded_paragraphs)


def list_transcripts(store: Store, config: Config) -> list[TranscriptView]:
    """Every stored transcript with its speakers, turns, words and ingest warnings."""
    redactor = Redactor(config.redact)
    return [_summary(t, config, redactor) for t in store.load_transcripts()]
