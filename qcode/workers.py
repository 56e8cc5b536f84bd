"""Coding in one process or several: an engine per process, built once (forked workers
start with the parent's), results in the order the items came."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from qcode.codebook import Codebook

if TYPE_CHECKING:
    from qcode.match import Engine

IN_FLIGHT = 16  # items queued per worker with --jobs N: enough to keep it busy while the parent saves

_worker: tuple[Engine, bool] | None = None
_built_for: tuple[str, frozenset[str], bool] | None = None  # the codebook, codes, interviewer
_keep = False  # set by `kept()`
builds = 0  # engines built in this process: `qcode watch` says whether it built one


def prepare(book: Codebook, codes: set[str], code_interviewer: bool) -> None:
    """Build this process's engine for these codes (within `kept()`, unless the one built
    last was for the same codebook text, codes and setting)."""
    global _worker, _built_for, builds
    key = (book.hash, frozenset(codes), code_interviewer)
    if _keep and _worker is not None and key == _built_for:
        return
    from qcode.match import Engine  # spaCy is loaded only when there is coding to do

    _worker = (Engine(book, codes), code_interviewer)
    _built_for = key
    builds += 1


@contextmanager
def kept() -> Iterator[None]:
    """Within this block the engine outlives each coding batch: the next batch for the same
    codebook text, codes and interviewer setting reuses it rather than compiling the rules
    again (and `release` keeps it). For a process that runs again and again (`qcode
    watch`): the engine is only a cache of the codebook, so the codings are the same."""
    global _keep
    _keep = True
    try:
        yield
    finally:
        _keep = False
        release()


def engine() -> tuple[Engine, bool]:
    """This process's engine, and whether interviewer turns are coded too."""
    assert _worker is not None, "worker not initialised"
    return _worker


T = TypeVar("T")
R = TypeVar("R")
Work = Callable[[Callable[[T], R], Iterable[T]], Iterator[R]]


def count(jobs: int | None, items: int) -> int:
    """How many processes code `items` transcripts: `jobs` if given, else one; never more
    than there are items. One by default because a second process costs about a quarter
    more CPU (transcripts and codings pickled across, each worker learning the corpus's
    words again) while `run`'s outputs are written by one process anyway: on two cores
    the whole run gains too little to be worth the default (benchmarks/README.md)."""
    return max(1, min(jobs or 1, items))


@contextmanager
def coder(book: Codebook, codes: set[str], code_interviewer: bool, jobs: int) -> Iterator[Work]:
    """A function applying a task to items in order, here or in `jobs` worker processes,
    each with an engine for these codes. The engine (spaCy, the codebook's matchers) is
    built once, here, and forked workers start with it where the platform forks; elsewhere
    each worker builds its own."""
    prepare(book, codes, code_interviewer)
    if jobs <= 1:
        yield map
    else:
        yield from _pooled(book, codes, code_interviewer, jobs)


def release() -> None:
    """Let this process's engine go, with spaCy's pipeline and the vocabulary it learned:
    after coding a large corpus, a third of the memory `run` has when it writes the
    outputs. The next engine loads spaCy again (about a second). Not within `kept()`."""
    from qcode.nlp import get_nlp

    global _worker
    if _keep:
        return
    _worker = None
    get_nlp.cache_clear()


def _pooled(book: Codebook, codes: set[str], code_interviewer: bool, jobs: int
            ) -> Iterator[Work]:
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    def in_order(task: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        # pool.map would load and queue every item at once; keep a few per worker
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(task, item))
            if len(pending) >= IN_FLIGHT * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    if "fork" in multiprocessing.get_all_start_methods():
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_leave_ctrl_c_to_the_parent)
    else:
        pool = ProcessPoolExecutor(jobs, initializer=_init_pool_worker,
                                   initargs=(book, codes, code_interviewer))
    with pool:
        try:
            yield in_order
        except BaseException:  # Ctrl-C or an error: drop the queued work, do not wait for it
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _leave_ctrl_c_to_the_parent() -> None:
    """Ctrl-C reaches every process of the terminal's group: the workers leave it to the
    parent, which stops them, instead of each printing a traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _init_pool_worker(book: Codebook, codes: set[str], code_interviewer: bool) -> None:
    _leave_ctrl_c_to_the_parent()
    prepare(book, codes, code_interviewer)


