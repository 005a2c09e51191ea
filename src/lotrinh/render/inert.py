"""Text from a plan or a document, made inert before a terminal, a CI log or a Markdown page
shows it.

A unit name or a quote can hold anything: an escape sequence that retitles the terminal or
clears it (`\\x1b]0;…\\a`, `\\x1b[2J`), a hyperlink (OSC 8), or a right-to-left override
(U+202E) that makes "giảm 432" display as something else. Shown as written they act; shown as
`\\x1b` and `<U+202E>` they are only read. Line breaks and tabs are layout and stay, except in
what is said on one line (`one_line`): a load error or a usage error quoting a value, where a
line break would let the value begin a line of its own, such as a GitHub Actions workflow
command (`::error file=…::`) in the CI log.
"""

from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, and the C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Characters that reorder or hide text without being seen: bidi marks, embeddings, overrides
# and isolates, and the zero-width joiners' neighbours that no plan needs.
_FORMAT = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def visible(text: str) -> str:
    """`text` with every control character shown as `\\xNN` and every invisible formatting
    character as `<U+XXXX>`; unchanged when it holds none (the usual case, checked first)."""
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    if _FORMAT.search(text):
        text = _FORMAT.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
    return text


def one_line(text: str) -> str:
    """`visible(text)` with its line breaks shown as `\\n` too: a message about one place."""
    return visible(text).replace("\n", "\\n")


def path_text(path: object) -> str:
    """A path as one line of text: lone surrogates from undecodable command-line bytes
    ("\\udc80") escaped, as no terminal can print them, and line breaks shown as `\\n`, so
    that no line of a CI log begins with the rest of the name (a workflow command)."""
    return one_line(str(path).encode("utf-8", "backslashreplace").decode("utf-8"))
