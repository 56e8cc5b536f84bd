"""Transcript files -> Transcript objects. One reader per format in formats.py."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from qcode.cells import control_characters
from qcode.config import Config
from qcode.errors import IngestError, printable
from qcode.ingest.adbreaks import mark_ad_breaks
from qcode.ingest.annex import read_annex
from qcode.ingest.askbox import read_asks
from qcode.ingest.bracketqs import read_bracket_questions
from qcode.ingest.briefing import mark_moderator
from qcode.ingest.capitals import mark_capital_questions
from qcode.ingest.cart import read_cart
from qcode.ingest.chapters import read_chapters
from qcode.ingest.chats import read_chat
from qcode.ingest.codequotes import read_code_quotes
from qcode.ingest.comments import mark_comment_list
from qcode.ingest.contents import mark_contents
from qcode.ingest.dashdialogue import read_dash_dialogue
from qcode.ingest.descriptor import mark_descriptors
from qcode.ingest.discord import read_discord
from qcode.ingest.displaynames import same_display_names
from qcode.ingest.examination import read_examination
from qcode.ingest.excerptheads import read_headed_excerpts
from qcode.ingest.feature import read_feature
from qcode.ingest.footrule import notes_under_rule
from qcode.ingest.formats import READERS, Source
from qcode.ingest.forms import read_form
from qcode.ingest.header import mark_header
from qcode.ingest.headings import questions_in_headings
from qcode.ingest.interjections import set_notes_apart, split_interjections
from qcode.ingest.jefferson import blank_breaths
from qcode.ingest.judgment import mark_judgment
from qcode.ingest.labels import read_labels
from qcode.ingest.layout import Line, blocks, mark_lines
from qcode.ingest.limits import check_limits
from qcode.ingest.linenumbers import drop_line_numbers
from qcode.ingest.lists import keep_list_lines, mark_list_items, numbered_questions
from qcode.ingest.mailthread import mark_mail
from qcode.ingest.margincodes import strip_margin_codes
from qcode.ingest.namedonce import name_in_brackets
from qcode.ingest.nametime import join_name_time
from qcode.ingest.narration import mark_asides, mark_narration, next_segment
from qcode.ingest.nodereport import mark_node_report
from qcode.ingest.notebook import read_notebook
from qcode.ingest.notetail import mark_notes_tail
from qcode.ingest.notspeech import mark_cold_open, mark_context
from qcode.ingest.pages import drop_page_furniture, mark_apparatus
from qcode.ingest.panel import read_panel
from qcode.ingest.prompts import mark_prompts
from qcode.ingest.questionnaire import read_questionnaire
from qcode.ingest.records import mark_record_notes
from qcode.ingest.renderings import keep_renderings
from qcode.ingest.replies import quoted_questions
from qcode.ingest.report import read_excerpts, read_report
from qcode.ingest.screenplay import read_screenplay
from qcode.ingest.segindex import mark_segment_index
from qcode.ingest.servicefooter import mark_service_footer
from qcode.ingest.speakerkey import use_key
from qcode.ingest.speakers import asked_once, unnamed_voice
from qcode.ingest.talkbank import read_cha
from qcode.ingest.talkshow import talk_show_notices
from qcode.ingest.thread import read_thread
from qcode.ingest.turns import (
    Roles,
    build_turns,
    check_has_respondent,
    infer_interviewer,
    structure_notices,
)
from qcode.ingest.tweets import read_tweets
from qcode.ingest.unlabelled import mark_unlabelled_questions
from qcode.ingest.webpage import end_of_page
from qcode.ingest.word import context_beside_tables
from qcode.model import Notice, Transcript
from qcode.plural import counted
from qcode.privacy import Redactor, private_values, public_meta
from qcode.resolve import resolve_all

PARSER_VERSION = "113"
SUFFIXES = tuple(READERS)


def ingest_key(data: bytes, config: Config) -> str:
    """What decides whether a file must be parsed again: its bytes and the speaker settings."""
    return ingest_key_of(hashlib.sha256(data), config)


def ingest_key_of(hashed: hashlib._Hash, config: Config) -> str:
    """ingest_key from a sha256 already fed the file's bytes (left as it is): `run` hashes
    every file once for its fingerprint (rerun.py), and the plan finishes copies of those
    hashes rather than reading and hashing the corpus again (~0.03 s of CPU at 24 MB)."""
    h = hashed.copy()
    settings = (PARSER_VERSION, config.interviewers, config.other_speakers, config.private_fields)
    h.update(repr(settings).encode())
    return h.hexdigest()


def parse_file(path: Path, config: Config, data: bytes | None = None) -> Transcript:
    """Read one transcript file; raises IngestError naming the file and line at fault.

    In three steps: the lines (what a PDF, a video panel or a header put around the
    interview marked or dropped), who speaks each line (labels, or a shape that names its
    speakers its own way), then the paragraphs (questions no label marks, context, who
    interviews) and the turns."""
    source, data = _source(path, config, data)
    roles = Roles(config, source.meta)
    use_key(source.speaker_key, roles)
    lines, page_notices = _lines(source, roles, path)
    lines, said = _speakers(lines, source.labelled, roles)
    said.notices += [] if said.labelled else name_in_brackets(lines, roles)  # `(Oh Tae-sik)`
    blank_breaths(lines)  # a conversation-analysis transcript's `.hh` are no words
    coded = strip_margin_codes(lines)  # a coder's `[CODE: ...]` markers, `{{memo: ...}}` lines
    mark_service_footer(lines)  # a transcription service's footer under its export
    mark_notes_tail(lines)  # typed notes: the note-taker's stamped lines after the last answer
    context_beside_tables(lines)
    label_notices, report, labelled = said.notices, said.report, said.labelled
    label_notices = [*coded, *label_notices, *same_display_names(lines)]  # a name respelt
    if not labelled:
        mark_capital_questions(lines)  # questions in capitals right above their answers
    found = set_notes_apart(blocks(lines, source.line_is_paragraph, source.cues))
    paired, listed = read_questionnaire(found, roles)
    label_notices += listed
    found, labelled = paired or found, labelled or paired is not None
    if not labelled:
        label_notices += numbered_questions(found, roles)
        mark_list_items(found, roles)
        questions_in_headings(found)
        label_notices += quoted_questions(found, roles)
    label_notices += end_of_page(found)
    label_notices += (mark_unlabelled_questions if labelled else mark_prompts)(found, roles)
    pseudonym = str(source.meta.get("pseudonym") or "").strip()
    mark_context(found, labelled, {pseudonym} if pseudonym else set())
    label_notices += talk_show_notices(found, labelled)  # what mark_context read so, said
    label_notices += unnamed_voice(found, roles) if labelled else []
    narration = mark_narration(found, roles)
    segment = next_segment(found, roles) if labelled else []
    notices = [*source.decoded.notices, *page_notices, *label_notices, *narration, *segment,
               *infer_interviewer(found, roles),
               *(mark_moderator(found, roles) if labelled else []),  # when none was found
               *(asked_once(found, roles) if labelled else [])]
    notices += mark_asides(found, roles) if labelled else []  # once the respondent is known
    turns = build_turns(found, roles, labelled=labelled)
    check_has_respondent(turns, path)
    notices += structure_notices(turns, quoted=bool(report or narration or source.one_voice))
    tid = source.meta.get("id")
    if tid is None or str(tid).strip() == "":
        tid = path.stem
    return Transcript(
        id=str(tid).strip(),
        path=str(path),
        meta=public_meta(source.meta, config),
        turns=turns,
        file_hash=ingest_key(data, config),
        id_line=source.id_line,
        repaired_lines=source.decoded.repaired_lines,
        encoding=source.decoded.encoding,
        notices=[*notices, *source.notices, *_control_characters(source)],
    )


def _lines(source: Source, roles: Roles, path: Path) -> tuple[list[Line], list[Notice]]:
    """The file's lines, a PDF's line and page numbers and a video panel's time lines
    dropped, its front matter, header and renderings marked."""
    lines, notices = source.lines, list[Notice]()
    if not source.line_is_paragraph and not source.cues:  # text, perhaps copied from a PDF
        lines = join_name_time(lines)  # `Name` / `0:03` above each block: one label line
        lines, named, notices = read_panel(lines)  # a video's transcript panel
        if named:
            source.labelled = True
            roles.assign("Interviewer", "interviewer")
        numbered = drop_line_numbers(lines)
        mark_apparatus(lines)
        mark_comment_list(lines)  # a Google Docs download's comments
        lines, more = drop_page_furniture(lines)
        notices = notices + numbered + more
    mark_lines(lines, source.meta, path, source.meta_lines)
    if source.line_is_paragraph:
        notes_under_rule(lines)  # a Word file's footnotes typed under a rule
    mark_contents(lines)  # a report's typed table of contents
    mark_segment_index(lines)  # an oral-history archive's segment index
    mark_node_report(lines)  # a coding report's nodes, sources and references
    mark_mail(lines)  # an e-mail thread's quote headers, signatures, disclaimers
    mark_judgment(lines, roles)  # a decision's own paragraphs around the record it quotes
    mark_cold_open(lines)  # a podcast's opening clip, after the lines' own kinds
    mark_ad_breaks(lines)  # an ad between `[AD BREAK]` and `[END AD BREAK]`
    mark_record_notes(lines)
    mark_header(lines, roles)
    mark_descriptors(lines)
    keep_renderings(lines)
    keep_list_lines(lines)
    if source.labelled is None and read_form(lines, roles):  # a form's response (forms.py)
        source.labelled = True
    if source.labelled is None and (cart := read_cart(lines, roles)) is not None:
        source.labelled, notices = True, notices + cart  # live captions (cart.py)
    return lines, notices


@dataclass
class _Speakers:
    """Whether the lines carry speakers, and what finding them said."""
    labelled: bool | None
    notices: list[Notice]
    report: list[Notice]  # the notice that the file was read as a report quoting testimony


def _speakers(lines: list[Line], labelled: bool | None,
              roles: Roles) -> tuple[list[Line], _Speakers]:
    """Who speaks each line, unless the format said (Word tables, subtitles, a panel). The
    shapes that name speakers their own way go first, so that their lines are not taken
    for labels: an appendix of excerpts (`Respondent 3 (Musan):`), a chat, a forum thread,
    a court's examination, a screenplay; then labels; without labels, a report or a feature quoting
    testimony."""
    if labelled is not None:
        return lines, _Speakers(labelled, [], [])
    lines, report = read_headed_excerpts(lines, roles)  # excerpts under participant headings
    if not report:
        lines, report = read_excerpts(lines, roles)  # an appendix of interview excerpts
    if report:
        return lines, _Speakers(True, report, report)
    if read_cha(lines, roles):  # a CHAT transcript's tiers (talkbank.py)
        return lines, _Speakers(True, [], [])
    notebook = read_notebook(lines, roles)  # a reporter's notes (notebook.py)
    if notebook:
        return lines, _Speakers(True, notebook, [])
    lines, tweets = read_tweets(lines, roles)  # a reporter's thread on X (tweets.py)
    if tweets:
        return lines, _Speakers(True, tweets, tweets)
    thread = read_chat(lines, roles) or read_discord(lines, roles) \
        or read_thread(lines, roles) or read_asks(lines, roles)
    examined = read_examination(lines, roles) or read_screenplay(lines)
    lines, notices = read_labels(lines, roles)
    notices = thread + examined + notices
    labelled = any(line.speaker for line in lines)
    if not labelled:  # a book's dialogue set with dashes, no names (dashdialogue.py)
        asked = read_dash_dialogue(lines, roles)
        notices, labelled = notices + asked, bool(asked)
    if not labelled:  # the interviewer's questions in square brackets (bracketqs.py)
        lines, asked = read_bracket_questions(lines, roles)
        notices, labelled = notices + asked, bool(asked)
    if not labelled:
        lines, report, doubts = read_report(lines, roles)
        if not report:  # a paper's quotations given to participants' codes (codequotes.py)
            lines, report = read_code_quotes(lines, roles)
        report = report or read_annex(lines, roles) or read_feature(lines, roles) \
            or read_chapters(lines, roles)
        notices += report or doubts
        labelled = bool(report)
    return split_interjections(lines, roles, labelled), _Speakers(labelled, notices, report)


def _source(path: Path, config: Config, data: bytes | None) -> tuple[Source, bytes]:
    """The file read by its format's reader, within the size limits, with the values of its
    private fields redacted from the body (they are never stored, not even told again)."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        saved_mail = "; a saved e-mail: copy it to a .txt file and ingest that (its headers " \
            "are context, a quoted-printable body is decoded)" \
            if path.suffix.lower() == ".eml" else ""
        raise IngestError(f"unsupported file type '{path.suffix or '(none)'}'; qcode reads "
                          + ", ".join(SUFFIXES) + saved_mail, path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as e:
            raise IngestError(f"cannot read file: {e.strerror}", path) from e
    check_limits(data, path, config)
    source = reader(data, path)
    secrets = private_values({**source.site_fields, **source.meta}, config)
    if secrets:
        hide = Redactor(secrets, literal=True)
        for line in source.lines:
            line.text = hide.text(line.text)
    return source, data


def _control_characters(source: Source) -> list[Notice]:
    """A warning for control characters (ESC, BEL...) in the text: stored as transcribed,
    shown as U+FFFD in every output (cells.printable). Not the ones that are whitespace (a
    form feed, a PDF's page break; a vertical tab): a paragraph's whitespace becomes one
    space (model.normalize_ws), so no output shows them."""
    found = [(line.number, n) for line in source.lines if not line.text.isprintable()
             and (n := control_characters(" ".join(line.text.split())))]
    if not found:
        return []
    return [Notice(found[0][0], f"{counted(sum(n for _, n in found), 'control character')} such "
             "as ESC or BEL in the text (first on this line); every output shows each as \ufffd")]


@dataclass
class Found:
    """The transcript files under the paths given, and what was wrong or skipped."""

    files: list[Path] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[IngestError] = field(default_factory=list)


def discover(paths: Iterable[Path]) -> Found:
    """Expand folders into transcript files (sorted, hidden files skipped). A file whose
    name is not UTF-8 is an error (it cannot be stored or printed faithfully); a symbolic
    link leading out of its folder is skipped with a warning, so that a link to a system
    file is never read as a transcript."""
    found = Found()
    for path in paths:
        if path.is_dir():
            top = path.resolve()
            inside = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not inside:
                found.errors.append(
                    IngestError(
                        "no transcripts found in this folder (looked for "
                        + ", ".join(SUFFIXES)
                        + "); check the path",
                        path,
                    )
                )
            for p, real in zip(inside, resolve_all(inside), strict=True):
                if not real.is_relative_to(top):
                    found.warnings.append(IngestError(
                        "skipped: a symbolic link to a file outside the transcript folder; "
                        "copy the file into the folder to ingest it", p))
                else:
                    found.files.append(p)
        elif path.is_file():
            found.files.append(path)
        else:
            found.errors.append(IngestError("no such file or folder", path))
    for p in [p for p in found.files if printable(p) != str(p)]:
        found.files.remove(p)
        found.errors.append(IngestError(
            "the file name is not UTF-8 (saved in a legacy encoding such as CP949?); rename "
            "the file", p))
    return found
