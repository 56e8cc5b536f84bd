"""The human review loop: sheets out, decisions in, agreement and adjudication."""
