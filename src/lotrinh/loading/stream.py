"""Streaming: a valid plan converted item by item as the parser closes each item.

Parsing a whole plan first and converting it afterwards holds, at the peak, the plain data,
its mirror of positions (a dict per mapping, an int per key and value), the fast path's
tuples and the domain plan being built: about 16× the file on a large plan. Here each item
of `units`, `claims` and `targets` is read by the fast path's per-item readers and turned
into domain objects as soon as `yamltree` closes it, and its plain data and positions are
dropped; what needs the whole plan (the unit tree, the units claims and targets name,
`derived_from`) is checked at the end with `convert`'s own pieces.

It only ever answers for a file it is sure of. Anything else (a reader declining an item, an
alias of a mapping or list, a problem any check would report, a YAML error) gives None, and
the caller loads the file again from the start by the ordinary path, whose messages and
positions are the only ones a user sees. Errors are rare; parsing such a file twice is cheap.
"""

from __future__ import annotations

from typing import Any, NoReturn

from lotrinh.loading import convert, fast
from lotrinh.loading.errors import LoadError
from lotrinh.loading.located import Located, Mirror, Path
from lotrinh.loading.yamltree import UnstreamableError, parse
from lotrinh.model import Claim, Plan, Position, Target

_NO_FIGURES: dict[int, Any] = {}
"""Kept units' figures: converted as the unit closes, so the tuple need not hold them."""


def read_streaming(text: str | bytes, name: str, loader: type[Any] | None = None) -> Plan | None:
    """The plan, converted while it is parsed; None wherever the ordinary path must decide."""
    stream = _Stream()
    try:
        located = parse(text, name, loader, on_item=stream.item)
        return None if located is None else stream.finish(located.data, name)
    except (UnstreamableError, LoadError):
        return None


def _unsure(path: Path, vi: str, en: str) -> NoReturn:
    """A `convert.Report` for streaming: any problem means the ordinary path must explain."""
    raise UnstreamableError


class _Stream:
    """What the items converted so far leave for the end: the units without their figures
    (for the tree), the figures and claims as the plan will hold them, the targets to
    resolve."""

    def __init__(self) -> None:
        self.units: list[fast.UnitData] = []
        self.unit_positions: list[Position] = []
        self.figures: convert.Figures = {}
        self.claims: list[Claim] = []
        self.targets: list[tuple[fast.TargetData, Position]] = []

    def item(self, section: str, index: int, data: Any, mirror: Mirror) -> None:
        """`yamltree.OnItem`: read and convert one item; paths are relative to it."""
        located = Located(data, root=mirror)
        if section == "units":
            unit = fast.read_unit(data)
            if unit is None:
                raise UnstreamableError
            convert.unit_figures(unit, located, (), self.figures)
            self.units.append(unit._replace(figures=_NO_FIGURES))
            self.unit_positions.append(located.position(()))
        elif section == "claims":
            claim = fast.read_claim(data)
            if claim is None:
                raise UnstreamableError
            self.claims += convert.claim_parts(claim, index, located, (), _unsure)
        else:
            target = fast.read_target(data)
            if target is None or not convert.target_alone(target, (), _unsure):
                raise UnstreamableError
            self.targets.append((target, located.position(())))

    def finish(self, data: Any, name: str) -> Plan:
        """The whole-plan checks of `convert.to_plan`, in the same pieces, and the plan."""
        head = fast.read_head(data)
        if head is None:
            raise UnstreamableError
        meta, years = head
        units = convert.build_units(self.units, self.unit_positions.__getitem__, _unsure)
        # Every claim item gave at least one claim (else `claim_parts` reported), all with
        # its unit: checking the claims checks every item's unit.
        if any(claim.unit not in units for claim in self.claims):
            raise UnstreamableError
        names = convert.claim_names(claim.id for claim in self.claims)
        for figure in self.figures.values():
            if figure.derived_from is not None and figure.derived_from not in names:
                raise UnstreamableError
        convert.figures_from_claims(self.claims, self.figures)
        targets: list[Target] = [
            convert.target_of(target, units, position, (), _unsure)
            for target, position in self.targets
        ]
        return Plan(
            name,
            convert.meta_of(meta),
            units,
            self.figures,
            tuple(self.claims),
            tuple(targets),
            dict(years),
        )
