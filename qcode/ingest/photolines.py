"""A news site's photo lines, as the BBC's pages set them in every language service and as
they come out when the page is saved or copied as text: `Image source, Getty Images` above
`Image caption, Mrs Ha now runs a small noodle shop outside Seoul` (`사진 출처,` / `사진
설명,`, `Fuente de la imagen,` / `Pie de foto,`, `Crédit photo,` / `Légende image,`,
`Bildquelle,` / `Bildunterschrift,`). Between two answers they were read as words of the
answer above and coded. kinds.py tries this as a caption.

Only as the page sets them: the source a name (a capital first, no sentence in it), the
caption no question; an answer saying `Photo caption, you mean?` or `Image source, the
factory's own camera, was the only one...` stays speech.
"""

from __future__ import annotations

_SOURCE = (r"(?:(?:image|photo|picture|video) (?:source|credit)|사진 출처|fuente de la imagen|"
           r"crédit photo|bildquelle),[ \t]*(?-i:[^\sa-z?!.,])[^?!.,]{0,80}\.?$")
_CAPTION = (r"(?:(?:image|photo|picture|video) caption|사진 설명|pie de (?:foto|imagen)|"
            r"légende (?:image|photo)|bildunterschrift),[ \t]*(?-i:[^\sa-z?])[^?]{0,250}$")
# kinds.py's caption pattern is matched ignoring case: the first letter's test keeps case
PHOTO_LINES = rf"^\W*(?:{_SOURCE}|{_CAPTION})"
