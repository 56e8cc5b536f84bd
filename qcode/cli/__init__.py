"""The `qcode` command: each module registers its commands on the shared Typer apps, and
`--help` lists them in the order the modules are imported here."""

# isort: off
from qcode import __version__
from qcode.cli import work, outputs, learn, codebook, review
from qcode.cli.shell import app
# isort: on

__all__ = ["__version__", "app", "codebook", "learn", "main", "outputs", "review", "work"]


# Full collections of the cyclic garbage collector once per FULL_COLLECT_AFTER collections of
# the middle generation (Python's default: 10). A command's objects are mostly there to stay
# (modules, spaCy's vocabulary, the codebook's matchers): the two full collections an edited
# transcript's `run` made, which freed nothing worth having, took 0.075 s of its ~1.6 s of CPU
# (gc.callbacks); younger objects are collected as often as before.
FULL_COLLECT_AFTER = 100
# Young collections once per YOUNG_OBJECTS new container objects (Python's default: 700).
# Loading spaCy, building the engine and parsing a transcript make hundreds of thousands of
# objects that live until the command ends, so each young collection found little to free:
# an edited transcript's `run` made ~350 of them, ~0.05 s of CPU. Cyclic garbage waits a
# little longer; memory is not measurably higher (a run's peak is its vocabulary and store).
YOUNG_OBJECTS = 50_000


def main() -> None:
    import gc

    from qcode.cli import spacy_lean

    young, middle, _ = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_OBJECTS), middle, FULL_COLLECT_AFTER)
    spacy_lean.install()  # spaCy, if this command loads it, without spaCy's own command line
    app(prog_name="qcode")
