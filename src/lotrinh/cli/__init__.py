"""The command line: parses arguments, wires loading → core → render, picks the exit code."""
