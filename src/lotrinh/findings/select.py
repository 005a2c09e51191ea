"""Which finding kinds a run reports: `select` and `ignore` lists of selectors.

A selector is a code (`LT201`), a kind name (`claim-difference`), a code prefix (`LT2`, `LT`)
or `ALL`. As in ruff, the most specific selector decides: `select = ["LT2"]` with
`ignore = ["LT2"]` ignores, but `ignore = ["LT2"]` with `select = ["LT201"]` keeps LT201.
"""

from __future__ import annotations

from collections.abc import Iterable

from lotrinh.findings.kinds import BY_CODE, KINDS

ALL = "ALL"
_EXACT = 100  # a code or a name is as specific as a selector gets


def specificity(selector: str, kind: str) -> int:
    """How specifically `selector` names `kind`: -1 not at all, 0 for ALL, prefix length for
    a code prefix, more than any prefix for the code or the name itself."""
    key = selector.strip()
    if key.upper() == ALL:
        return 0
    if key.lower() == kind:
        return _EXACT
    code = KINDS[kind].code
    upper = key.upper()
    if upper == code:
        return _EXACT
    if upper.startswith("LT") and code.startswith(upper):
        return len(upper)
    return -1


def is_known(selector: str) -> bool:
    """Whether a selector names at least one kind (a typo names none)."""
    return any(specificity(selector, kind) >= 0 for kind in KINDS)


def suggest(selector: str) -> str | None:
    """The closest code or name, for "did you mean"."""
    import difflib  # only for a typo: start-up stays fast

    words = [*BY_CODE, *KINDS]
    close = difflib.get_close_matches(selector.strip(), words, n=1, cutoff=0.5)
    if not close:
        close = difflib.get_close_matches(selector.strip().upper(), list(BY_CODE), n=1)
    return close[0] if close else None


def enabled(kind: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """Whether `kind` is reported: selected (all when `select` is empty) and not ignored by
    a selector at least as specific."""
    chosen = list(select) or [ALL]
    picked = max((specificity(s, kind) for s in chosen), default=-1)
    dropped = max((specificity(s, kind) for s in ignore), default=-1)
    return picked >= 0 and picked > dropped
