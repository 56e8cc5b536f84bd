"""Exchange with other QDA tools through REFI-QDA (QDA-XML): codebooks as `.qdc`, whole
projects as `.qdpx` (a zip of `project.qde` plus `sources/`).

What NVivo, ATLAS.ti, MAXQDA and QualCoder each need and where each one breaks is in the
README's "Exchange with other tools" section. Offsets are Unicode code points, end exclusive;
GUIDs are derived from qcode's ids (guids.py), so the same project exports the same GUIDs.
"""
