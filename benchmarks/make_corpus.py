"""Generate a deterministic benchmark corpus in qcode's transcript format.

Usage: python benchmarks/make_corpus.py [--words 2000000] [--out benchmarks/corpus]

The text is invented filler in the style of domain.md; a few percent of answer paragraphs
carry a theme sentence so that the default codebook fires at a realistic rate.
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

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
]
QUESTIONS = [
    "What was daily life like in {place}?", "Tell me about your family.",
    "What did you do for work?", "How did you spend the winters?",
    "What do you remember about school?", "Who were your friends then?",
]


def transcript(rng: random.Random, n: int, target_words: int) -> str:
    place = rng.choice(PLACES)
    lines = ["---", f"id: bench-{n:05d}", f"pseudonym: Interviewee {n}",
             f"age: {rng.randint(20, 75)}", f"gender: {rng.choice(['woman', 'man'])}",
             f"province: {rng.choice(PROVINCES)}", "interview_year: 2020", "---", ""]
    words = 0
    while words < target_words:
        q = rng.choice(QUESTIONS).format(place=place)
        lines += [f"Interviewer: {q}", ""]
        for p in range(rng.randint(1, 3)):
            sentences = [rng.choice(FILLER).format(place=place) for _ in range(rng.randint(3, 6))]
            if rng.random() < 0.04:
                sentences.insert(rng.randrange(len(sentences)), rng.choice(THEMES))
            text = " ".join(sentences)
            lines += [("A: " if p == 0 else "") + text, ""]
            words += len(text.split())
        words += len(q.split())
    return "\n".join(lines)


def make_corpus(out: Path, words: int = 2_000_000, per_transcript: int = 5000,
                seed: int = 7) -> list[Path]:
    """Write ceil(words / per_transcript) transcripts into out (replacing what was there)."""
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    paths = []
    for n in range(max(1, -(-words // per_transcript))):
        path = out / f"bench-{n:05d}.txt"
        path.write_text(transcript(rng, n, per_transcript), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=2_000_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "corpus")
    args = parser.parse_args()
    paths = make_corpus(args.out, args.words)
    print(f"wrote {len(paths)} transcripts to {args.out}")


if __name__ == "__main__":
    main()
