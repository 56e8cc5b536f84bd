"""Which Word paragraphs Word numbers itself (automatic list numbering, `w:numPr`).

A witness statement typed in Word numbers its paragraphs with a numbered list (the `List
Number` style, or the numbering button): the numbers are drawn by Word and are not in the
paragraph's text, so a reader looking for `1.` at the start of a paragraph found none and
the statement was read as one unnamed voice. Here a paragraph counts as numbered when its
own properties or its style's give it a list whose level is drawn with digits or letters
(`decimal`, `lowerLetter`...), not bullets. Only statement.py uses it: other readers see the
text as Word stores it, as before.
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NUMBERED_FORMATS = ("decimal", "decimalZero", "lowerLetter", "upperLetter", "lowerRoman",
                     "upperRoman")


class ListNumbers:
    """Looks up, once per list and style, whether a paragraph is in a numbered list."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.formats: dict[tuple[str, str], bool] = {}  # (numId, ilvl) -> drawn as numbers
        self.styles: dict[str | None, Any] = {}  # style id -> its numPr (or None)
        self.lists: tuple[dict[str, str | None],
                          dict[tuple[str | None, str | None], str]] | None = None  # _lists

    def numbered(self, paragraph: Any, style: Any) -> bool:
        """`paragraph` (a `w:p`) is in a numbered list; `style` is its python-docx style."""
        num = paragraph.find(f"{_W}pPr/{_W}numPr")
        if num is None:
            num = self._style_numbering(style)
        if num is None:
            return False
        num_id, level = num.find(f"{_W}numId"), num.find(f"{_W}ilvl")
        key = (num_id.get(f"{_W}val", "0") if num_id is not None else "0",
               level.get(f"{_W}val", "0") if level is not None else "0")
        if key[0] == "0":  # numId 0 switches a style's numbering off
            return False
        if key not in self.formats:
            self.formats[key] = self._format(*key) in _NUMBERED_FORMATS
        return self.formats[key]

    def _style_numbering(self, style: Any) -> Any:
        key = getattr(style, "style_id", None)
        if key not in self.styles:
            element = getattr(style, "element", None)
            self.styles[key] = element.find(f"{_W}pPr/{_W}numPr") \
                if element is not None else None
        return self.styles[key]

    def _format(self, num_id: str, level: str) -> str:
        """The numFmt of level `level` of list `num_id` (numbering.xml); "" if not found."""
        if self.lists is None:
            self.lists = self._lists()
        nums, levels = self.lists
        return levels.get((nums.get(num_id), level), "")

    def _lists(self) -> tuple[dict[str, str | None], dict[tuple[str | None, str | None], str]]:
        """numbering.xml read once: each list's abstract definition (numId -> abstractNumId)
        and each definition's levels ((abstractNumId, ilvl) -> numFmt), the first of each
        as Word reads them. Searched again for each list, a statement whose paragraphs each
        restart their numbering (a list of its own, thousands of them) took quadratic time."""
        nums: dict[str, str | None] = {}
        levels: dict[tuple[str | None, str | None], str] = {}
        try:
            numbering = self.document.part.numbering_part.element
        except Exception:  # no numbering part, or a broken one: no numbers
            return nums, levels
        for num in numbering.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            nums.setdefault(num.get(f"{_W}numId"), ref.get(f"{_W}val") if ref is not None else None)
        for definition in numbering.iter(f"{_W}abstractNum"):
            abstract = definition.get(f"{_W}abstractNumId")
            for lvl in definition.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                if fmt is not None:
                    levels.setdefault((abstract, lvl.get(f"{_W}ilvl")), str(fmt.get(f"{_W}val", "")))
        return nums, levels
