"""Passages as vectors, on this machine: WordLlama's token embeddings, shipped in its wheel.

The `wordllama` package carries its weights (32,000 Llama-2 tokens x 256 dimensions) and
tokenizer inside the wheel, so nothing is fetched at run time. qcode reads those two files
itself instead of calling `WordLlama.load()`: that looks for the tokenizer in a folder the
wheel does not have and then downloads it, and importing the package configures the root
logger. A passage's vector is the mean of its tokens' vectors, unit length, so a dot
product is the cosine similarity. Vectors are cached in the store by segment id and
MODEL_VERSION: a re-run embeds only new text.

numpy, safetensors and tokenizers are imported here only; this module is imported by the
commands that need vectors, so `run` without suggestions never loads them.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from qcode.errors import QcodeError
from qcode.store import Store

if TYPE_CHECKING:
    from tokenizers import Tokenizer

WEIGHTS = "weights/l2_supercat_256.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
# Bump when the weights, the pooling or the stored dtype change: every vector is redone.
MODEL_VERSION = "wordllama-l2_supercat_256-mean-1"
BATCH = 64  # passages pooled together: ~2 MB of word vectors at a time (larger batches
# were slower, out of the processor's cache, and used more memory)
SAVE_EVERY = 4096  # passages embedded and saved at a time: the vectors are not all held twice


@dataclass
class Embedder:
    """The token table and tokenizer; `vectors` turns texts into unit vectors.

    A passage's vector is the sum of its words' vectors, each word's the sum of its tokens'
    (as one word, space-prefixed: how the tokenizer reads it inside a text, which has no
    pre-tokenizer but never merges across a space), unit length. Each distinct word is
    tokenized once per process: a corpus repeats its words, and the tokenizer was most of
    the cost of embedding one (benchmarks/README.md)."""

    table: np.ndarray  # (tokens, dims) float16, as shipped: summed in float32
    tokenizer: Tokenizer
    rows: dict[str, int] = field(default_factory=dict)  # word -> its row in `sums`
    sums: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float16))

    def vectors(self, texts: list[str]) -> np.ndarray:
        """One unit-length float32 row per text (zeros for a text without words)."""
        out = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        for i in range(0, len(texts), BATCH):
            words = [t.split() for t in texts[i:i + BATCH]]
            self._learn({w for ws in words for w in ws})
            lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
            if not lengths.any():
                continue
            rows = np.fromiter((self.rows[w] for ws in words for w in ws), dtype=np.int64,
                               count=int(lengths.sum()))
            out[i:i + len(words)][lengths > 0] = _sum_runs(self.sums, rows, lengths)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out

    def _learn(self, words: set[str]) -> None:
        """Tokenize the words not seen yet and keep each one's summed token vector."""
        new = sorted(w for w in words if w not in self.rows)
        if not new:
            return
        encoded = self.tokenizer.encode_batch(new, add_special_tokens=False)
        lengths = np.fromiter((len(e.ids) for e in encoded), dtype=np.int64, count=len(new))
        ids = np.fromiter((t for e in encoded for t in e.ids), dtype=np.int64,
                          count=int(lengths.sum()))
        np.clip(ids, 0, self.table.shape[0] - 1, out=ids)
        vectors = np.zeros((len(new), self.table.shape[1]), dtype=np.float16)
        vectors[lengths > 0] = _sum_runs(self.table, ids, lengths)
        start = len(self.rows)
        if start + len(new) > len(self.sums):  # grown by doubling: appends stay cheap
            grown = np.zeros((max(2 * len(self.sums), start + len(new), 1024),
                              self.table.shape[1]), dtype=np.float16)
            if start:
                grown[:start] = self.sums[:start]
            self.sums = grown
        self.sums[start:start + len(new)] = vectors
        self.rows.update((w, start + k) for k, w in enumerate(new))


def _sum_runs(matrix: np.ndarray, rows: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Per run of `rows` (consecutive runs of the given lengths, the empty ones skipped),
    the float32 sum of those rows of `matrix`."""
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    return np.add.reduceat(matrix[rows], starts[lengths > 0], axis=0, dtype=np.float32)


def _package_dir() -> Path:
    spec = importlib.util.find_spec("wordllama")  # located, not imported (see above)
    if spec is None or not spec.submodule_search_locations:
        raise QcodeError("the embedding model is not installed (package 'wordllama'); "
                         "run `make run` or `pip install -e .` again")
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def get_embedder() -> Embedder:
    """Loaded once per process (~0.3 s, 16 MB of weights kept as float16, half what float32
    took, with the same sums): the files come from the installed wheel."""
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    root = _package_dir()
    try:
        table = load_file(str(root / WEIGHTS))["embedding.weight"]
        tokenizer = Tokenizer.from_file(str(root / TOKENIZER))
    except Exception as e:  # any failure to read the shipped files means a broken install
        raise QcodeError(f"cannot read the embedding model shipped in wordllama ({e}); "
                         "reinstall it", root) from e
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return Embedder(table, tokenizer)


def embed_texts(texts: list[str]) -> np.ndarray:
    return get_embedder().vectors(texts)


@dataclass
class SegmentVectors:
    """Respondent segments with their vectors, in store order (row i is ids[i])."""

    ids: list[str]
    matrix: np.ndarray
    embedded: int  # how many were new and embedded now

    def index(self) -> dict[str, int]:
        return {sid: i for i, sid in enumerate(self.ids)}


def segment_vectors(store: Store, only: set[str] | None = None) -> SegmentVectors:
    """Respondent segments' vectors (every one's, or those in `only`): cached ones read
    from the store, new ones embedded and saved."""
    embedded = _embed_missing(store, only)
    ids, blobs = store.segment_vectors(MODEL_VERSION)
    if only is not None:
        kept = [i for i, sid in enumerate(ids) if sid in only]
        ids, blobs = [ids[i] for i in kept], [blobs[i] for i in kept]
    matrix = np.zeros((len(ids), len(blobs[0]) // 2 if blobs else 0), dtype=np.float32)
    for i, blob in enumerate(blobs):
        matrix[i] = np.frombuffer(blob, dtype=np.float16)
    return SegmentVectors(ids, matrix, embedded)


def _embed_missing(store: Store, only: set[str] | None) -> int:
    """Embed and save the segments (of `only`) without a vector; returns how many."""
    missing = [(sid, text) for sid, text in store.segments_without_vector(MODEL_VERSION)
               if only is None or sid in only]
    for i in range(0, len(missing), SAVE_EVERY):
        part = missing[i:i + SAVE_EVERY]
        vectors = embed_texts([text for _, text in part]).astype(np.float16)
        store.save_vectors(MODEL_VERSION, [(sid, v.tobytes())
                                           for (sid, _), v in zip(part, vectors, strict=True)])
    return len(missing)
