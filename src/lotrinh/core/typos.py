"""Is one number a slip of the pen for another? One digit changed, two neighbours swapped, one
digit dropped or one added: the slips a hand makes when typing a figure."""

from __future__ import annotations

from lotrinh.findings.finding import Typo


def typo_kind(written: int, meant: int) -> Typo | None:
    """The kind of slip that turns `meant` into `written`, or None when it is not one slip."""
    a, b = str(written), str(meant)
    if written == meant or written < 0 or meant < 0:
        return None
    if len(a) + 1 == len(b):
        return "dropped" if _one_deleted(b, a) else None
    if len(a) == len(b) + 1:
        return "added" if _one_deleted(a, b) else None
    if len(a) != len(b):
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


def _one_deleted(longer: str, shorter: str) -> bool:
    """Whether deleting one character of `longer` gives `shorter` (in one pass)."""
    same = 0
    while same < len(shorter) and longer[same] == shorter[same]:
        same += 1
    return longer[same + 1 :] == shorter[same:]
