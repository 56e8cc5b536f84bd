"""qcode: qualitative coding of interview transcripts with spaCy rule matchers.

As a library::

    import qcode
    project = qcode.Project("my-study")      # the folder qcode.toml and transcripts/ are in
    project.run()
    project.codings()                        # a pandas DataFrame, as codings.csv

See docs/python-api.md. Heavy dependencies (spaCy, pandas) load only when used.
"""

__version__ = "0.1.0"

# After __version__: the store and rerun modules read it while this package initialises.
from qcode.config import Config
from qcode.errors import (
    CodebookError,
    ConfigError,
    IngestError,
    QcodeError,
    ReviewSheetError,
    StoreError,
)
from qcode.model import CodingRow, DecisionRow
from qcode.project import CodeResult, DigestResult, Project, RunResult

__all__ = [
    "CodeResult",
    "CodebookError",
    "CodingRow",
    "Config",
    "ConfigError",
    "DecisionRow",
    "DigestResult",
    "IngestError",
    "Project",
    "QcodeError",
    "ReviewSheetError",
    "RunResult",
    "StoreError",
    "__version__",
]
