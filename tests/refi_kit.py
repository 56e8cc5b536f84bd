"""The REFI-QDA kit next to the repository (`<repo>/../shared/refi`: schemas, real exports
from other tools, validate.py). It is not part of the repository: tests that need it skip
with a message in a user's clone."""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import io
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
KIT = ROOT.parent / "shared" / "refi"
SAMPLES = KIT / "samples"


def need_kit() -> Path:
    if not (KIT / "validate.py").exists():
        pytest.skip(f"REFI-QDA kit not found at {KIT} (../shared/refi next to the repository)")
    return KIT


@functools.cache
def _checker() -> ModuleType:
    """validate.py loaded once, in this process, with each schema parsed once (a process
    per file cost ~0.8 s of CPU, most of the time of these tests)."""
    spec = importlib.util.spec_from_file_location("refi_validate", KIT / "validate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.load_schema = functools.cache(module.load_schema)  # type: ignore[attr-defined]
    return module


def validate(path: Path, *options: str) -> str:
    """Run the kit's validate.py in strict mode; fail the test on any error."""
    need_kit()
    pytest.importorskip("xmlschema")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = _checker().main([*options, str(path)])
    assert status == 0, out.getvalue()
    return out.getvalue()
