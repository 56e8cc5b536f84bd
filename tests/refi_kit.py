"""The REFI-QDA kit next to the repository (`<repo>/../shared/refi`: schemas, real exports
from other tools, validate.py). It is not part of the repository: tests that need it skip
with a message in a user's clone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KIT = ROOT.parent / "shared" / "refi"
SAMPLES = KIT / "samples"


def need_kit() -> Path:
    if not (KIT / "validate.py").exists():
        pytest.skip(f"REFI-QDA kit not found at {KIT} (../shared/refi next to the repository)")
    return KIT


def validate(path: Path, *options: str) -> str:
    """Run the kit's validate.py in strict mode; fail the test on any error."""
    kit = need_kit()
    pytest.importorskip("xmlschema")
    done = subprocess.run([sys.executable, str(kit / "validate.py"), *options, str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout
