"""Is one number a slip of the pen for another? One digit changed, or two neighbours swapped."""

from __future__ import annotations

from collections.abc import Iterator


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


def one_slip_away(value: int) -> Iterator[tuple[int, str]]:
    """Every other number a single digit change or transposition away from `value`."""
    text = str(value)
    for index, digit in enumerate(text):
        for other in "0123456789":
            if other != digit and not (index == 0 and other == "0" and len(text) > 1):
                yield int(text[:index] + other + text[index + 1 :]), "digit"
    for index in range(len(text) - 1):
        swapped = text[:index] + text[index + 1] + text[index] + text[index + 2 :]
        if swapped != text and not swapped.startswith("0"):
            yield int(swapped), "transposition"
