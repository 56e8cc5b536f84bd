"""The `qcode` command: each module registers its commands on the shared Typer apps, and
`--help` lists them in the order the modules are imported here."""

# isort: off
from qcode import __version__
from qcode.cli import work, outputs, learn, codebook, review
from qcode.cli.shell import app
# isort: on

__all__ = ["__version__", "app", "codebook", "learn", "main", "outputs", "review", "work"]


def main() -> None:
    from qcode.cli import spacy_lean

    spacy_lean.install()  # spaCy, if this command loads it, without spaCy's own command line
    app(prog_name="qcode")
