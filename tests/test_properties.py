"""Property-based tests (hypothesis) where qcode promises an invariant: a paragraph keeps its
segment id however it is wrapped, and matched-word spans stay on their words after
redaction."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qcode.config import Config
from qcode.ingest import parse_file
from qcode.model import paragraph_ids
from qcode.privacy import REDACTED, Redactor

# Prose, not noise: identical lines repeated through a file are page clutter to ingest
# (layout.py), and whether lines repeat depends on the wrapping; so no word repeats in a
# transcript (each paragraph's words carry its number).
VOCABULARY = [
    "we", "crossed", "the", "river", "at", "night", "and", "my", "mother", "paid", "a", "guard",
    "with", "cigarettes", "because", "there", "was", "no", "food", "later", "in", "Yanji", "I",
    "watched", "dramas", "on", "notel", "player", "borrowed", "from", "Mrs", "Pak's", "son",
]
PARAGRAPH = st.lists(st.sampled_from(VOCABULARY), min_size=4, max_size=25, unique=True)
ANSWERS = st.lists(st.lists(PARAGRAPH, min_size=1, max_size=3), min_size=1, max_size=4)


def wrap(words: list[str], widths: list[int], spaces: list[int]) -> str:
    """The words on lines of the given widths (in words), joined by 1-3 spaces."""
    lines, i, k = [], 0, 0
    while i < len(words):
        n = widths[k % len(widths)]
        gap = " " * spaces[k % len(spaces)]
        lines.append(gap.join(words[i:i + n]))
        i, k = i + n, k + 1
    return "\n".join(lines)


def transcript(answers: list[list[list[str]]], widths: list[int], spaces: list[int]) -> str:
    turns = []
    for n, paragraphs in enumerate(answers):
        body = "\n\n".join(wrap([f"{w}{n}{k}" for w in p], widths, spaces)
                           for k, p in enumerate(paragraphs))
        turns.append(f"Interviewer: Question {n}?\n\nA: {body}")
    return "\n\n".join(turns) + "\n"


@settings(max_examples=40, deadline=None, derandomize=True)
@given(answers=ANSWERS, widths=st.lists(st.integers(1, 12), min_size=1, max_size=5),
       spaces=st.lists(st.integers(1, 3), min_size=1, max_size=3))
def test_segment_ids_survive_rewrapping(tmp_path_factory, answers, widths, spaces):
    folder = tmp_path_factory.mktemp("wrap")
    flat = folder / "t.txt"
    wrapped = folder / "t-wrapped.txt"
    flat.write_text("---\nid: t\n---\n" + transcript(answers, [1000], [1]), encoding="utf-8")
    wrapped.write_text("---\nid: t\n---\n" + transcript(answers, widths, spaces), encoding="utf-8")
    a, b = parse_file(flat, Config()), parse_file(wrapped, Config())
    assert [[p.text for p in t.paragraphs] for t in a.turns] == \
        [[p.text for p in t.paragraphs] for t in b.turns]
    assert paragraph_ids(a) == paragraph_ids(b)


NAMES = ["Pak", "Comrade Ri", "Hyesan"]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(words=st.lists(st.sampled_from(["we", "paid", "the", "guard", "Pak", "Comrade", "Ri",
                                       "in", "Hyesan", "pak.", "(Hyesan)", "notels", "Riverside"]),
                      min_size=1, max_size=30),
       picks=st.lists(st.tuples(st.integers(0, 29), st.integers(1, 4)), max_size=6))
def test_spans_stay_on_their_words_after_redaction(words, picks):
    text = " ".join(words)
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
    spans = []
    for first, length in picks:
        if first < len(words):
            last = min(first + length, len(words)) - 1
            start, end = starts[first], starts[last] + len(words[last])
            spans.append({"rule": "r", "start": start, "end": end, "text": text[start:end]})
    redacted, kept = Redactor(NAMES).with_spans(text, spans)
    for span in kept:
        assert redacted[span["start"]:span["end"]] == span["text"]
    for name in NAMES:  # no redacted name survives as a whole word, in the text or a span
        for piece in [redacted, *(s["text"] for s in kept)]:
            assert f" {name.lower()} " not in f" {piece.lower()} ".replace(".", " ").replace(
                "(", " ").replace(")", " ")
    assert redacted.count(REDACTED) >= sum(text.lower().count(n.lower()) > 0 for n in ["hyesan"])
