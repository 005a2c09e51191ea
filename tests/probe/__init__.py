"""Probes of the reader's grammar: sentences of the genre built slot by slot, each with its
truth known by construction (one module per family of shapes; `python -m tests.probe`)."""
