"""Generate a deterministic benchmark corpus in qcode's transcript format.

Usage: python benchmarks/make_corpus.py [--words 2000000] [--density 0.45] [--vary 0.3]
                                        [--out benchmarks/corpus]

The text is invented filler in the style of domain.md. `--density` is the share of answers
that carry a theme: in real testimony about half the answers carry a code, so the default
is 0.45. Such an answer holds one or two theme sentences (some of them answer a question
about the theme, which the codebook's question rules catch). Answer paragraphs also hold
theme words in other senses ("I left the factory", "the guard checked our tickets", "the
market fee"; 0.45 x density of them, a fifth at the default), which the prefilter lets
through and the engine must reject or weigh. `--density 0.08` gives the sparse corpus of
the first benchmarks (a theme in about one paragraph in twenty-five), on which the
prefilter skips most text.

Fifteen filler sentences repeated for two million words give about a thousand distinct
whitespace-separated chunks (words with their punctuation), where real interviews of that
size have tens of thousands of distinct words (the million-word Brown corpus has about
50,000). That matters for speed: spaCy's tokenizer caches up to 10,000 chunks, so on the
bare templates it runs about four times faster than on varied text (5.2M vs 1.2M words/s).
So each word of a neutral filler sentence is swapped, with probability `vary`, for a word
drawn from spaCy's English lemma table with Zipf's law (frequency ~ 1/rank): 2M words then
hold ~49,000 distinct chunks. The result is nonsense to read but has the statistics that
matter here. A variant is kept only if the default codebook still finds no possible
evidence in it (`Engine.might_code`, a token pattern passing on its anchor word alone as
before session 19), so the theme sentences and the traps set for the
codebook (such as "few fish left") stay as written and the codebook fires at the rate the
templates set. `--vary 0` writes the bare
templates (the corpus of the first benchmarks).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACES = ["Hyesan", "Musan", "Hoeryong", "Chongjin", "Sinuiju", "Kanggye", "Hamhung"]
PROVINCES = ["Ryanggang", "North Hamgyong", "South Hamgyong", "North Pyongan", "Jagang"]
FILLER = [
    "We lived in a small house near the {place} station with my grandmother.",
    "In the mornings I walked to work along the river, and the road was always muddy.",
    "My mother made tofu and sold it to the neighbours when she could get beans.",
    "The winters were very cold and we burned whatever wood we could find.",
    "At school we sang songs about the General and learned the history of the revolution.",
    "My father worked at the mine until the machines stopped running.",
    "There were meetings of the inminban every week, and everyone had to attend.",
    "We planted corn on the hillside behind the apartment block.",
    "I remember the smell of the coal smoke in {place} during the winter.",
    "My younger brother liked to fish in the stream, but there were few fish left.",
    "The electricity came on for two or three hours in the evening, if at all.",
    "People traded clothes, batteries and dried fish in the jangmadang every day.",
    "I was a member of the youth league and we did volunteer work on the farms.",
    "My aunt visited us twice a year and brought dried persimmons.",
    "Life was not easy, but we had our friends and we helped each other.",
]
THEMES = [
    "We had to give the guard a carton of cigarettes before he would let us pass.",
    "My neighbour paid a bribe to the police so that her son would be released.",
    "At night we watched South Korean dramas on a notel with the curtains closed.",
    "The 109 group searched our house looking for USB sticks.",
    "We left because there was nothing to eat and my father had died.",
    "I decided to escape so that my children could have a future.",
    "I had never heard the words human rights until I came to Hanawon.",
    "When the UN was watching, the guards in the holding centre treated us better.",
    "The inspector let us go after my mother slipped him two hundred yuan.",
    "You always had to give a little extra to the official who signed the travel pass.",
    "My cousin brought USB sticks from China and we copied the films at night.",
    "The 109 sangmu came at dawn and took the notel player and all the discs.",
    "There was no food at all that spring, so I crossed the river to find work in China.",
    "My sister was already in Seoul, and she sent a broker so I could join her.",
    "After seeing how people lived in the dramas, I wanted to go to the South.",
    "In China I heard for the first time that people have rights of their own.",
    "At Hanawon the teacher explained human rights, and I cried because nobody had told us.",
    "The bowiwon had started asking about my father, so we fled before they could arrest him.",
]
OTHER_SENSES = [  # theme words in another sense: what the codebook's vetoes and weights are for
    "I left the factory early that day because my shift was over.",
    "The guard at the station checked our tickets as usual.",
    "We paid the market fee every month like everyone else.",
    "In the evening my father watched the news on Korean Central Television.",
    "My uncle used a USB stick for work, to carry the factory's accounts.",
    "Rice cost five thousand won that year.",
    "My brother left the army after ten years of service.",
    "The police station was next to my school, so we walked past it every day.",
    "She left the meeting early to collect her children.",
    "There was not much money left at the end of the month.",
    "Later I read a report by Human Rights Watch about the camps.",
    "We gave the teacher a bunch of flowers on her birthday.",
]
QUESTIONS = [
    "What was daily life like in {place}?", "Tell me about your family.",
    "What did you do for work?", "How did you spend the winters?",
    "What do you remember about school?", "Who were your friends then?",
]
THEME_QUESTIONS = [  # asked before some on-theme answers; the codebook's question rules fire
    "Did you ever have to pay a bribe to an official?",
    "Did you watch foreign dramas or use USB sticks?",
    "Why did you decide to leave?",
    "Had you heard about human rights before you came here?",
]
THEME_QUESTION_SHARE = 0.25  # of on-theme answers
SECOND_THEME_SHARE = 0.3  # of on-theme answers, a second theme sentence
OTHER_SENSES_PER_DENSITY = 0.45  # paragraphs with another sense, per unit of density


Vary = Callable[[str], str]


def make_vary(share: float, seed: int) -> Vary:
    """A function swapping each word of a neutral sentence for a Zipf-drawn lemma-table word
    with probability `share` (see the module docstring)."""
    if share <= 0:
        return lambda sentence: sentence
    from qcode.codebook import load_codebook
    from qcode.match import Engine, rules
    from qcode.nlp import lemma_table

    # the test the corpus was drawn with (a token pattern passes on its anchor word alone):
    # a tighter prefilter must not change the benchmark's text
    rules.PREFILTER_ANCHOR_ONLY = True
    try:
        engine = Engine(load_codebook(ROOT / "codebooks" / "default.yaml"))
    finally:
        rules.PREFILTER_ANCHOR_ONLY = False
    rng = random.Random(seed)  # its own, so the templates drawn do not depend on `share`
    words = sorted({w for w in lemma_table() if w.isalpha() and w.islower()})
    rng.shuffle(words)
    ranks = list(accumulate(1 / rank for rank in range(1, len(words) + 1)))
    neutral: dict[str, bool] = {}

    def vary(sentence: str) -> str:
        if sentence not in neutral:
            neutral[sentence] = not engine.might_code(sentence)
        if not neutral[sentence]:
            return sentence
        out = []
        for word in sentence.split(" "):
            stem = word.rstrip(".,")
            if stem.isalpha() and stem.islower() and rng.random() < share:
                word = rng.choices(words, cum_weights=ranks)[0] + word[len(stem):]
            out.append(word)
        variant = " ".join(out)
        return sentence if engine.might_code(variant) else variant

    return vary


def transcript(rng: random.Random, n: int, target_words: int, vary: Vary,
               density: float) -> str:
    place = rng.choice(PLACES)
    lines = ["---", f"id: bench-{n:05d}", f"pseudonym: Interviewee {n}",
             f"age: {rng.randint(20, 75)}", f"gender: {rng.choice(['woman', 'man'])}",
             f"province: {rng.choice(PROVINCES)}", "interview_year: 2020", "---", ""]
    words = 0
    while words < target_words:
        paragraphs = [[vary(rng.choice(FILLER).format(place=place))
                       for _ in range(rng.randint(3, 6))] for _ in range(rng.randint(1, 3))]
        on_theme = rng.random() < density
        q = rng.choice(THEME_QUESTIONS if on_theme and rng.random() < THEME_QUESTION_SHARE
                       else QUESTIONS).format(place=place)
        lines += [f"Interviewer: {q}", ""]
        for _ in range((1 + (rng.random() < SECOND_THEME_SHARE)) if on_theme else 0):
            sentences = rng.choice(paragraphs)
            sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(THEMES))
        for p, sentences in enumerate(paragraphs):
            if rng.random() < OTHER_SENSES_PER_DENSITY * density:
                sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(OTHER_SENSES))
            text = " ".join(sentences)
            lines += [("A: " if p == 0 else "") + text, ""]
            words += len(text.split())
        words += len(q.split())
    return "\n".join(lines)


DENSITY = 0.45
SPARSE = 0.08


def make_corpus(out: Path, words: int = 2_000_000, per_transcript: int = 5000,
                seed: int = 7, vary: float = 0.3, density: float = DENSITY) -> list[Path]:
    """Write ceil(words / per_transcript) transcripts into out (replacing what was there)."""
    rng = random.Random(seed)
    varied = make_vary(vary, seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    paths = []
    for n in range(max(1, -(-words // per_transcript))):
        path = out / f"bench-{n:05d}.txt"
        path.write_text(transcript(rng, n, per_transcript, varied, density), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=2_000_000)
    parser.add_argument("--vary", type=float, default=0.3,
                        help="share of words of neutral sentences swapped (0: bare templates)")
    parser.add_argument("--density", type=float, default=DENSITY,
                        help=f"share of answers carrying a theme ({SPARSE}: the sparse corpus)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "corpus")
    args = parser.parse_args()
    paths = make_corpus(args.out, args.words, vary=args.vary, density=args.density)
    print(f"wrote {len(paths)} transcripts to {args.out}")


if __name__ == "__main__":
    main()
