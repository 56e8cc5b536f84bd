"""Said in the first person: the words by which a line is someone speaking of herself.

One vocabulary for every reader that tells a speaker's own words from narration, notes,
captions or an editor's prose; the variants differ only where a reader needs them to:

- `SELF` (`I`, `me`, `my`, `mine`, `myself`): one person telling her own story.
- `SELF_OR_GROUP`: `I`, `me`, `my`, `myself`, `we`, `us`, `our`, `ours`, `ourselves`, for
  readers that tell any speech from furniture (a family or a crew speaks as `we` as well).
  No `mine`: in the captions, bracketed notes, reporters' notes and descriptions these
  readers tell from speech, a mine is a coal mine more often than anyone's.
- `SELF_IN_PROSE`: `SELF` with `me`, `my`, `mine`, `myself` in lower case only, for a reader
  that tells a testimony's title page from its first paragraph: a title is set in title case
  (`What the Market Taught Me`), and its capitals are no one speaking.
- `SELF_OR_GROUP_ANY_CASE`: `SELF_OR_GROUP` in any case, where missing a speaker's words
  costs them (a label's value taken for a description of her, descriptor.py) and where the
  words are few and may be typed in lowercase or capitals (`i asked myself`, quotes.py).
- `OPENS_WITH_SELF`: `SELF`, but `I.` is not `I`: at a sentence's start or in a report's
  prose it is a heading's Roman numeral (`I. Background`).
- `YOU`: the second person (`you`, `your`, `yours`, `yourself`), in any case: the person
  spoken to, by which a prompt or a host's line is told from an answer.

Elsewhere `I` is matched in capitals only: a lowercase `i` is a list's numeral (`(i)`) more
often than a speaker typing in lowercase. `I'm`, `I've`... need no words of their own: `I`
ends at the apostrophe. `SELF_WORDS` and `SELF_OR_GROUP_WORDS` are the alternatives alone,
for regexes that build them into a larger pattern.
"""

from __future__ import annotations

import re

from qcode.ingest.lazyre import lazy

SELF_WORDS = r"I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself"
SELF_OR_GROUP_WORDS = r"I|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves"

SELF = lazy(rf"\b(?:{SELF_WORDS})\b")
SELF_IN_PROSE = lazy(r"\b(?:I|me|my|mine|myself)\b")
SELF_OR_GROUP = lazy(rf"\b(?:{SELF_OR_GROUP_WORDS})\b")
SELF_OR_GROUP_ANY_CASE = lazy(rf"\b(?:{SELF_OR_GROUP_WORDS})\b", re.I)
OPENS_WITH_SELF = lazy(r"\b(?:I(?!\.)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
# the same without `mine`, for a report telling of others: "the copper mine" is no speaker
SELF_NOT_MINE = lazy(r"\b(?:I(?!\.)|[Mm]e|[Mm]y|[Mm]yself)\b")
YOU = lazy(r"\byou(?:r|rs|rself)?\b", re.I)
