"""LINE messenger's chat history export (chats.py reads it with the other chat exports).

LINE saves a chat as `[LINE] Chat history with Sora` (`[LINE] ソラとのトーク履歴`), a
`Saved on:` (`保存日時：`) line, a date line for each day (`2023/04/16(Sun)`,
`2023/04/16（日）`), then a message a line: `21:02<TAB>Sora<TAB>text` (`9:02 PM`, `午後9:02`),
a message of several lines wrapped in double quotes. What LINE writes itself is no words of
the sender: `[Sticker]`, `[Photo]`, `[Video]`... (in the app's language), `Sora unsent a
message.`, `☎ Missed call`, `☎ Call time 0:45`. Read as text, the senders came out right
(the TAB reads as a label's), but those placeholders and the second day's date line were
coded as the respondent's words. A file is read as LINE's only by its `[LINE]` title or two
of its date lines, so a transcript's TAB-separated table is never taken for one.
"""

from __future__ import annotations

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

_CLOCK = r"(?:(?:午前|午後|[AP]M\s?)?\d{1,2}:\d{2}(?:\s?[AP]M)?)"
_MESSAGE = lazy(rf"^(?P<time>{_CLOCK})\t(?:(?P<name>[^\t\n]{{1,40}})\t)?(?P<text>[^\t\n]*)$")
_TITLE = lazy(r"^\ufeff?\[LINE\]\s")
_DAYS = (r"(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat|日|月|火|水|木|金|土|일|월|화|수|목|금|토)")
DATE = lazy(rf"^\ufeff?\d{{4}}[./]\d{{1,2}}[./]\d{{1,2}}\s?[(（]{_DAYS}[)）]\s*$")
_MEDIA = (r"Sticker|Photo|Photos|Video|File|Voice message|Album|Location|Contact|Note|"
          r"Poll|GIF|Emoji|スタンプ|写真|動画|ファイル|ボイスメッセージ|アルバム|位置情報|"
          r"連絡先|이모티콘|스티커|사진|동영상|파일|음성메시지")
# what LINE writes in place of a message (English, Japanese, Korean app settings)
FURNITURE = lazy(
    rf"^\s*(?:\[(?:{_MEDIA})\]|"
    r"\S[^\t\n]{0,40}? unsent a message\.?|"
    r"\S[^\t\n]{0,40}?がメッセージの送信を取り消しました|"
    r"☎\s?(?:Missed call|Canceled call|Cancelled call|No answer|Call time [\d:]{1,9}|"
    r"Call ended|不在着信|キャンセル|通話時間\s?[\d:]{1,9}|부재중 전화|통화시간\s?[\d:]{1,9}|"
    r"취소)[^\n]{0,40})\s*$")


def is_line_export(lines: list[Line]) -> bool:
    """A LINE export: its `[LINE]` title first, or two of its date lines."""
    first = next((ln.text for ln in lines if ln.text.strip()), "")
    return bool(_TITLE.match(first)) or sum(bool(DATE.match(ln.text)) for ln in lines) >= 2


def line_head(text: str) -> tuple[str, str, str, int] | None:
    """A LINE message's sender ('' for a line LINE writes with no sender), time, text and
    where its text starts."""
    m = _MESSAGE.match(text)
    if m is None:
        return None
    return (m["name"] or "").strip(), m["time"], m["text"], m.start("text")


def unquote(lines: list[Line]) -> None:
    """The double quotes LINE puts around a message of several lines are no words: the
    opening one on the message's line, the closing one on the last line under it."""
    for i, line in enumerate(lines):
        if line.speaker is None or not line.text.startswith('"') or line.text.endswith('"'):
            continue
        j = i + 1
        while j < len(lines) and _goes_on(lines[j]) and not lines[j].text.endswith('"'):
            j += 1
        if j < len(lines) and _goes_on(lines[j]) and lines[j].text.endswith('"'):
            line.text, line.offset = line.text[1:], line.offset + 1
            lines[j].text = lines[j].text[:-1]


def _goes_on(line: Line) -> bool:
    """A line under a message that is more of it."""
    return line.speaker is None and line.kind is None and bool(line.text.strip())
