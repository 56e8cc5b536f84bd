"""The shapes a speaker's label takes at the start of a line: `Name:` (with a time stamp, a
paragraph or question number, a broadcast clip cue, a title or an alias around it), `Q.` /
`A)` / `KJ -`, `Park — ...`, a name and a tab, `[Name]`. labels.py decides which of the
lines they match are labels."""

from __future__ import annotations

import re

from qcode.ingest.hearing import QUESTION_NO
from qcode.ingest.labeltext import NAME as _NAME
from qcode.ingest.labeltext import SPACE as _SPACE
from qcode.ingest.labeltext import TIME as _TIME
from qcode.ingest.lazyre import lazy

# `Older sister:`, `Second respondent:`: lower-case words after the first, not `He said:`
_LOWER_NAME = rf"[A-Z][\w.'’-]*(?:{_SPACE}[a-z][\w'’-]*){{1,2}}"
# a name or role in a script other than Latin, as a Korean service's translation keeps its
# labels (`진행자 (Host):`, `탈북민 한성호 (Guest):`): one to three words of letters not Latin
_SCRIPT_WORD = r"(?:(?![A-Za-z\u00c0-\u024f\u1e00-\u1eff])[^\W\d_]){1,12}"
_SCRIPT_NAME = rf"{_SCRIPT_WORD}(?:{_SPACE}{_SCRIPT_WORD}){{0,2}}"
# a time stamp before the label (`[00:01:02] Kim:`, `00:44Kim:`, a speech-to-text program's
# range `[00:03.600 --> 00:08.400] SPEAKER_01:`), its spaces after it: one `\s*` after
# another would take a long run of spaces in quadratic time
_STAMP_FIRST = rf"(?:(?:[\[(](?P<time>{_TIME})(?: ?--> ?{_TIME})?[\])]|(?P<bare>{_TIME}))\s*)?"
_START = rf"^\s*{_STAMP_FIRST}"
# a transcript's paragraph number before the label (`12. Witness:`, as hearings and court
# records number every paragraph), or a select committee's question number in a column of
# its own before the member's name (`Q12          Chair:`, hearing.py): not words of the turn
_PARAGRAPH_NO = rf"(?:\d{{1,4}}\.\s+|{QUESTION_NO}\s+)?"
# a broadcast script's cue for a recorded quote before the speaker's name: `SOUNDBITE (Korean,
# voice of interpreter) SUN-HEE, ESCAPEE:`, `SOT: KIM:`, `ACTUALITY -`
_CLIP = r"(?:(?:SOUNDBITE|SOUND BITE|SOT|ACTUALITY|BITE|CLIP)\b[\s:–—-]*(?:\([^()\n]{0,80}\)\s*)?)?"
# what a broadcaster's transcript says the speaker is, after a comma (`SCOTT DALE, HOST:`),
# and the number it gives people it cannot name (`UNIDENTIFIED MAN #1:`)
_TITLE = r"(?:\s#\d{1,2})?(?:,\s*(?P<title>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}))?"
# and how the speaker spoke, after the title: `MOON JI-HYE, DEFECTOR (through translator):`
_TITLE += r"(?:\s*\((?P<note>(?i:through|via|with|as)\b[^()\n]{1,30})\))?"
# compiled now: matches are told by it (`m.re is LABEL`), see lazyre.py
LABEL = re.compile(
    rf"^\s*{_PARAGRAPH_NO}{_STAMP_FIRST}{_CLIP}"
    rf"(?:\*\*|__)?(?P<label>{_NAME}|{_LOWER_NAME}|{_SCRIPT_NAME})(?:\s*\((?!{_TIME}\))(?P<alias>[^()\n]{{1,40}})\))?"
    rf"{_TITLE}"
    rf"(?:\s*[\[(](?P<after>{_TIME})[\])])?"
    r"(?:\*\*|__)?\s*(?P<sep>[:：])(?:\*\*|__)?(?:\s+|$|(?<=：))(?P<rest>.*)$"
)  # no space after a full-width colon: `問：你在市場賣什麼？`
# Q, A, KJ, R07, INT may also be used with `.`, `)` or `-`: `Q. Why?`, `A) Hunger.`, `A - Yes.`
LOOSE = lazy(
    rf"{_START}"
    r"(?:\*\*|__)?(?P<label>[A-Z][A-Z0-9]{0,3}|[A-Z]{2,}(?:-[A-Z]{2,})?(?: [A-Z]{2,}(?:-[A-Z]{2,})?)?)"
    r"(?P<alias>)(?P<after>)(?:\*\*|__)?"
    r"(?P<sep>[.)]|\s[-–—])(?:\*\*|__)?\s+(?P<rest>.*)$"
)
# a name and a spaced en or em dash (or `--`, a typewriter's dash), as some publishers set a
# dialogue: `Park — In Chongjin.`
DASHED = lazy(
    rf"{_START}"
    rf"(?:\*\*|__)?(?P<label>{_NAME})(?P<alias>)(?P<after>)(?:\*\*|__)?"
    r"(?P<sep>\s(?:[–—]|--))(?:\*\*|__)?\s+(?P<rest>.*)$"
)
# a name and a tab, as Word transcripts set a bold name before the text and transcription
# software exports `Speaker<TAB>Text`: `Lindqvist\tWhen you were...`
TABBED = lazy(
    rf"{_START}"
    rf"(?:\*\*|__)?(?P<label>{_NAME})(?P<alias>)(?P<after>)(?:\*\*|__)?"
    r"(?P<sep>\t)\s*(?P<rest>\S.*)$"
)
# a name in square brackets, as some transcribers set it: `[Interviewer] Why?`, `[Ms. Yoon]`,
# with the role said (Zoom's saved captions: `[Hana Lee (interpreter)] 14:03:40 Sorry...`)
# or a colon after it (WhisperX: `[SPEAKER_01]: In Musan.`)
BRACKETED = lazy(
    rf"^\s*\[(?P<label>{_NAME})(?:\s*\((?P<alias>[^()\n]{{1,40}})\))?(?P<sep>\])(?P<after>)"
    r"(?P<time>)(?P<bare>):?\s*(?P<rest>.*)$"
)
