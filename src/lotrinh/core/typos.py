"""Is one number a slip of the pen for another? One digit changed, or two neighbours swapped."""

from __future__ import annotations


def typo_kind(written: int, meant: int) -> str | None:
    """'digit' or 'transposition' when `written` is that kind of slip for `meant`, else None."""
    a, b = str(written), str(meant)
    if written == meant or len(a) != len(b) or written < 0 or meant < 0:
        return None
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(differ) == 1:
        return "digit"
    if (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and a[differ[0]] == b[differ[1]]
        and (a[differ[1]] == b[differ[0]])
    ):
        return "transposition"
    return None
