"""A coding report copied out of a qualitative analysis program (NVivo's node or code
summary), read as the extracts it quotes.

Such a report groups the passages coded at a node under the node's heading and its
properties, then, for each source file, a source line and a line per coded reference:

    Nodes\\\\Bribery
    Name: Bribery
    Description: Payments, gifts or favours to officials (codebook v4)
    Files\\\\Interviews\\\\Kang NK-07 - § 2 references coded  [3.41% Coverage]
    Reference 1 - 1.62% Coverage
    KANG: At the border post you did not say the word money...

Read as a transcript, `Name:` and `Description:` were two respondents and the codebook's
own words were coded as testimony. So, in a file with such source or reference lines (the
`§ N references coded` and `Reference N - x% Coverage` shapes are the program's, in its
English, German, French, Spanish and Portuguese), a node's heading and every line between
it and its first source line (its properties, a description wrapped over lines) are
context of kind `node`, the source and reference lines context too; the extracts keep
their labels. A file without them is untouched, whatever `Name:` lines it has.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

# `Nodes\\Bribery`, NVivo 12's `Codes\\...`, a case or set, older NVivo's `<Nodes\\...>`
_NODE = lazy(r"^\s{0,4}<?(?:nodes|codes|cases|sets|relationships|knoten|nœuds|noeuds|"
             r"nodos|códigos|codici)\\{1,2}\S.{0,300}$", re.I)
# `Files\\Interviews\\Kang NK-07 - § 2 references coded  [3.41% Coverage]`, older
# NVivo's `<Internals\\Interviews\\Kang> - § 2 references coded`
_SOURCE = lazy(r"^\s{0,4}<?[^\s\\<>]{1,30}\\{1,2}[^§]{1,300}§\s{0,3}\d{1,5}\s{1,3}\w{1,20}")
# `Reference 1 - 1.62% Coverage` and the same in German, French, Spanish, Portuguese
_REFERENCE = lazy(r"^\s{0,4}(?:reference|referenz|référence|referencia|referência|"
                  r"riferimento)\s{1,3}\d{1,5}\s{0,3}[-–]\s{0,3}\d{1,3}(?:[.,]\d{1,4})?"
                  r"\s{0,2}%\s{0,3}(?:coverage|abdeckung|couverture|cobertura|copertura)"
                  r"\W{0,3}$", re.I)


def mark_node_report(lines: list[Line]) -> None:
    """Mark a coding report's furniture as context (the module docstring)."""
    if not any(_SOURCE.match(line.text) or _REFERENCE.match(line.text) for line in lines):
        return
    in_node = False
    for line in lines:
        if line.kind is not None or not line.text.strip():
            continue
        if _SOURCE.match(line.text):
            line.kind, in_node = "source", False
        elif _REFERENCE.match(line.text):
            line.kind, in_node = "reference", False
        elif _NODE.match(line.text):
            line.kind, in_node = "node", True
        elif in_node:
            line.kind = "node"  # its properties: `Name:`, `Description:`...
