"""How qcode reads every fixture under tests/data, dumped to a file, to diff before and after
a reader change (every landing of a reader fix is checked this way: only the files it names
may read differently).

Usage: python benchmarks/reading_dump.py OUT.txt          # dump
       python benchmarks/reading_dump.py --diff A.txt B.txt  # the files that read differently
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qcode.config import Config  # noqa: E402
from qcode.errors import QcodeError  # noqa: E402
from qcode.ingest import parse_file  # noqa: E402

NOT_TRANSCRIPTS = {".csv", ".py", ".yaml", ".yml", ".json", ".xlsx", ".qdpx", ".qdc"}


def dump(out: Path) -> int:
    """Each file's turns (role, speaker, line, the first 80 characters of each paragraph)
    and notices; a refusal or a crash is written down as what the file reads as."""
    lines: list[str] = []
    for path in sorted((ROOT / "tests" / "data").rglob("*")):
        if not path.is_file() or path.suffix.lower() in NOT_TRANSCRIPTS \
                or path.name == "README.md":
            continue
        lines.append(f"=== {path.relative_to(ROOT)}")
        try:
            t = parse_file(path, Config())
        except QcodeError as e:
            lines.append(f"ERROR {str(e)[:200]}")
            continue
        except Exception as e:  # a crash is a finding, not the end of the dump
            lines.append(f"CRASH {type(e).__name__}: {str(e)[:200]}")
            continue
        for turn in t.turns:
            lines.append(f"[{turn.role}] {turn.speaker} @{turn.line}")
            lines += ["    " + p.text[:80].replace("\n", " ") for p in turn.paragraphs]
        lines += [f"  notice: {str(getattr(n, 'message', n))[:120]}" for n in t.notices]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def _files(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            current = out.setdefault(line[4:], [])
        else:
            current.append(line)
    return out


def diff(a: Path, b: Path) -> list[str]:
    """The files that read differently between two dumps, new ones and gone ones."""
    before, after = _files(a), _files(b)
    return [("NEW " if f not in before else "GONE " if f not in after else "CHANGED ") + f
            for f in sorted(set(before) | set(after)) if before.get(f) != after.get(f)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--diff", action="store_true", help="compare two dumps")
    args = parser.parse_args()
    if args.diff:
        print("\n".join(diff(*args.paths[:2])) or "every file reads the same")
    else:
        print(f"{dump(args.paths[0])} lines -> {args.paths[0]}")


if __name__ == "__main__":
    main()
