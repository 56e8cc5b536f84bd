"""qcode: qualitative coding of interview transcripts with spaCy rule matchers."""

__version__ = "0.1.0"
