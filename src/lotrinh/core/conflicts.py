"""Cells whose implications disagree even after likely base-year slips are set aside.

Where all the sentences but one agree, the finding lands on that one and says so: it is the
sentence to look at, not the last one read."""

from __future__ import annotations

from lotrinh.core.claims import steps_hint
from lotrinh.core.context import Context
from lotrinh.core.values import Cell, Implication
from lotrinh.findings.finding import FigureSubject, Finding, Hint
from lotrinh.findings.kinds import IMPLIED_BASE_CONFLICT
from lotrinh.model import Claim


def check_conflict(ctx: Context, cell: Cell) -> Finding:
    """The finding about one cell whose implications disagree."""
    unit, year = cell
    conflict = ctx.values.conflicts[cell]
    distinct = sorted({item.value for item in conflict.evidence})
    claims = [ctx.claim(item.claim) for item in conflict.evidence if item.claim]
    odd = _odd_one_out(conflict.evidence)
    hints: tuple[Hint, ...] = ()
    if odd is not None:
        assert odd.claim is not None
        last: Claim | None = ctx.claim(odd.claim)
        agreed = next(item.value for item in conflict.evidence if item.value != odd.value)
        hints = (Hint("odd-one-out", {"odd": odd.value, "agreed": agreed}),)
    else:
        last = max(claims, key=lambda claim: claim.position) if claims else None
    hints += steps_hint(last)
    return Finding(
        kind=IMPLIED_BASE_CONFLICT,
        subject=FigureSubject(unit, last.id if last else None),
        year=year,
        position=last.position if last else ctx.plan.units[unit].position,
        stated=distinct[0],
        computed=distinct[-1],
        quote=last.quote if last else None,
        params={
            "unit": ctx.label(unit),
            "year": year,
            "values": distinct,
        },
        hints=hints,
    )


def _odd_one_out(evidence: tuple[Implication, ...]) -> Implication | None:
    """The one sentence whose implication disagrees with all the others, which agree among
    themselves (at least two of them): the likely wrong one. None when it is not that clear."""
    values = [item.value for item in evidence]
    distinct = set(values)
    if len(distinct) != 2 or len(values) < 3:
        return None
    lonely = [item for item in evidence if values.count(item.value) == 1]
    return lonely[0] if len(lonely) == 1 and lonely[0].claim is not None else None
