"""Tables for analysis: codings (csv, xlsx, json), the code x transcript matrix and the code
co-occurrence table. codings.csv follows the DESIGN.md contract exactly."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcode.atomic import replacing, write_text
from qcode.cells import cell
from qcode.config import Config
from qcode.errors import QcodeError
from qcode.model import CodingRow
from qcode.privacy import public_codings
from qcode.store import Store

CODINGS_COLUMNS = [
    "coding_id", "transcript", "segment_id", "speaker", "line", "start", "end", "code",
    "code_label", "status", "confidence", "rules", "matched", "text",
    "coded_as",  # the contract's 14 columns stay in order; new ones only ever go at the end
]
FORMATS = ("csv", "xlsx", "json")

if TYPE_CHECKING:
    import pandas as pd


def _codings_rows(codings: Iterable[CodingRow], include_rejected: bool = False
                  ) -> Iterator[list[Any]]:
    for r in codings:
        if include_rejected or r.status != "rejected":
            yield [r.id, r.transcript, r.segment_id, r.speaker, r.line, r.start, r.end, r.code,
                   r.code_label, r.status, f"{r.confidence:.2f}", ";".join(r.rules),
                   json.dumps(r.matched, ensure_ascii=False), r.text, r.coded_as]


def codings_frame(store: Store, config: Config, include_rejected: bool = False) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(list(_codings_rows(public_codings(store, config), include_rejected)),
                        columns=CODINGS_COLUMNS)


def inert(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell, and the row and column names (transcript ids head the matrix's columns),
    as `cells.cell` makes them: for the CSV and xlsx writers, never for JSON."""
    out = frame.map(cell)
    out.index = out.index.map(cell)
    out.columns = out.columns.map(cell)
    return out


def write_codings_csv(store: Store, config: Config, path: Path,
                      codings: list[CodingRow] | None = None) -> int:
    """codings.csv: one row per coding that is not rejected, written as pandas' to_csv
    writes the same table (run does not import pandas for it); every cell through
    `cells.cell`. `codings`: public_codings already read, by a caller writing several
    outputs from them."""
    block, rows = codings_csv_block(public_codings(store, config) if codings is None
                                    else codings)
    write_codings_blocks(path, [block])
    return rows


def codings_csv_block(codings: Iterable[CodingRow]) -> tuple[str, int]:
    """The lines of codings.csv for these codings (public ones), and how many: run keeps
    each transcript's lines and writes the file from them (outputs.py)."""
    f = io.StringIO(newline="")
    w = csv.writer(f, lineterminator="\n")
    rows = 0
    for row in _codings_rows(codings):
        w.writerow([cell(v) for v in row])
        rows += 1
    return f.getvalue(), rows


def write_codings_blocks(path: Path, blocks: Iterable[str]) -> None:
    """codings.csv: its header, then blocks of lines from codings_csv_block."""
    with replacing(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(CODINGS_COLUMNS)
        f.writelines(blocks)


def matrix_frames(store: Store, config: Config) -> dict[str, pd.DataFrame]:
    """Code x transcript counts, and code x code counts of segments coded with both."""
    import pandas as pd

    frame = codings_frame(store, config)
    if frame.empty:
        return {"matrix": pd.DataFrame(), "cooccurrence": pd.DataFrame()}
    # a coding recoded to a code its segment already has counts once
    frame = frame.drop_duplicates(["segment_id", "code"])
    matrix = pd.crosstab(frame["code"], frame["transcript"])
    by_segment = pd.crosstab(frame["segment_id"], frame["code"]).clip(upper=1)
    cooccurrence = by_segment.T.dot(by_segment)
    return {"matrix": matrix, "cooccurrence": cooccurrence}


def export(store: Store, config: Config, what: str, fmt: str, path: Path,
           include_rejected: bool = False) -> Path:
    if fmt not in FORMATS:
        raise QcodeError(f"unknown format '{fmt}'; use {', '.join(FORMATS)}", code="Q101",
                         option="format")
    import pandas as pd

    if what == "codings":
        frames = {"codings": codings_frame(store, config, include_rejected)}
        index = False
    elif what == "matrix":
        frames, index = matrix_frames(store, config), True
    else:
        raise QcodeError(f"unknown export '{what}'; use codings or matrix")
    if fmt == "xlsx":
        with replacing(path) as tmp, pd.ExcelWriter(tmp, engine="openpyxl") as xl:
            for name, frame in frames.items():
                inert(frame).to_excel(xl, sheet_name=name, index=index)
    elif fmt == "json":
        data = {name: json.loads(frame.to_json(orient="split" if index else "records"))
                for name, frame in frames.items()}
        write_text(path, json.dumps(data if len(data) > 1 else data[what], indent=2,
                                    ensure_ascii=False))
    else:
        for i, (name, frame) in enumerate(frames.items()):
            target = path if i == 0 else path.with_name(f"{name}.csv")
            with replacing(target) as tmp:
                inert(frame).to_csv(tmp, index=index, encoding="utf-8")
    return path
