"""One chart per level of the unit tree, drawn by matplotlib as static SVG.

A level's chart has one panel per unit (each with its own scale: a 24.000-post line would
flatten a 120-post one), plus one panel per target measured on several units together. In a
panel: the yearly figures as a solid line, stated figures as filled dots and derived ones as
hollow dots, a ring around the years that carry a finding, and each target's legal path as a
dashed line from its base year to the highest figure allowed at its deadline. Markers and
dash patterns, not colour alone, tell these apart, so the chart reads in black-and-white.

Output is deterministic: a fixed hash salt per chart (also keeping element ids unique when
several charts share one page), no date or creator in the metadata, and text kept as text
(`svg.fonttype: none`) so that it is small, searchable and shown in the page's fonts.
Every number on the chart comes from the core (roadmap entries, target statuses).
"""

from __future__ import annotations

import io
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from textwrap import shorten
from typing import TYPE_CHECKING, Any

from lotrinh.core import CheckResult
from lotrinh.core.targets import TargetStatus, measured_figures
from lotrinh.core.values import Origin
from lotrinh.model import Plan
from lotrinh.numbers import Lang, format_count

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.typing import RcKeyType

PANELS_LIMIT = 12
"""Panels drawn per level: a national roll-up's thousands of units are read in the tables."""

NAMED_UNITS = 3
"""A target's panel names this many of its units at most: KL 40 on a national roll-up's VC
lines covers hundreds."""
TITLE_WIDTH = 55  # characters: a panel's title stays above its panel
PANEL_WIDTH = 3.55  # inches: two panels side by side fill an A4 page's text width
PANEL_HEIGHT = 2.25
LEGEND_HEIGHT = 0.5
LINE = "#1f3b5c"
FINDING = "#c62828"
TARGET_STYLES = (
    ("#b35806", (0, (6, 3)), "v"),
    ("#542788", (0, (2, 2)), "s"),
    ("#1b7837", (0, (8, 2, 2, 2)), "D"),
)
RC: dict[RcKeyType, Any] = {
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 7.5,
    "text.parse_math": False,  # a "$" in a unit's name is text, not mathematics
    "axes.titlesize": 8,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#d9d9d9",
    "grid.linewidth": 0.5,
    "legend.frameon": False,
    "path.simplify": True,
}


@dataclass(frozen=True)
class Chart:
    """One level's chart: its SVG and what it draws (for the page's captions and tests)."""

    level: int
    svg: str
    units: tuple[str, ...]
    targets: tuple[str, ...]
    hidden: int  # units of the level left out beyond PANELS_LIMIT


@dataclass(frozen=True)
class _Point:
    year: int
    value: int
    derived: bool


@dataclass(frozen=True)
class _Panel:
    key: str  # a unit id, or "target-ID" for a target measured on several units
    title: str
    points: tuple[_Point, ...]
    flagged: frozenset[int]  # years with a finding
    targets: tuple[tuple[int, TargetStatus], ...]  # with each target's style index


def charts(result: CheckResult, lang: Lang, prefix: str) -> tuple[Chart, ...]:
    """The charts of one checked plan, top level first; `prefix` keeps ids unique per page."""
    levels = unit_levels(result.plan)
    depth_of = {unit: depth for depth, units in enumerate(levels) for unit in units}
    flagged = _flagged_years(result)
    drawable = [(i, s) for i, s in enumerate(result.targets) if s.limit is not None]
    known = {unit for unit, _ in result.values.cells}
    out = []
    for depth, units in enumerate(levels):
        charted = [unit for unit in units if unit in known]
        shown = [_unit_panel(result, u, flagged, drawable) for u in charted[:PANELS_LIMIT]]
        for style, status in drawable:
            deepest = max(depth_of[unit] for unit in status.target.units)
            if len(status.target.units) > 1 and deepest == depth:  # its panel goes there
                shown.append(_target_panel(result, (style, status), flagged, lang))
        if not shown:
            continue
        level = lang.pick(f"Cấp {depth + 1}", f"Level {depth + 1}")
        title = f"{level}: " + ", ".join(panel.title for panel in shown)  # read by screen readers
        svg = _draw(shown, lang, f"{prefix}-level-{depth}", title)
        drawn = tuple(s.target.id for panel in shown for _, s in panel.targets)
        units_drawn = tuple(p.key for p in shown if p.key in result.plan.units)
        hidden = max(0, len(charted) - PANELS_LIMIT)
        out.append(Chart(depth, svg, units_drawn, drawn, hidden))
    return tuple(out)


def unit_levels(plan: Plan) -> list[list[str]]:
    """Units by depth in the tree (roots first), each level in the plan's order."""
    depth: dict[str, int] = {}

    def depth_of(unit: str) -> int:
        if unit not in depth:
            parent = plan.units[unit].parent
            depth[unit] = 0 if parent is None else depth_of(parent) + 1
        return depth[unit]

    levels: dict[int, list[str]] = defaultdict(list)
    for unit in plan.units:
        levels[depth_of(unit)].append(unit)
    return [levels[d] for d in sorted(levels)]


def _flagged_years(result: CheckResult) -> dict[str, set[int]]:
    """Years carrying a finding, per unit id (a target's finding: per each of its units, and
    under its own key for its panel)."""
    out: dict[str, set[int]] = defaultdict(set)
    targets = {s.target.id: s.target for s in result.targets}
    for finding in result.findings:
        target = finding.target
        if target is not None and target in targets:
            out[f"target-{target}"].add(finding.year)
            if len(targets[target].units) > 1:
                continue
        for unit in finding.units:
            out[unit].add(finding.year)
    return out


def _unit_panel(
    result: CheckResult,
    unit: str,
    flagged: dict[str, set[int]],
    statuses: list[tuple[int, TargetStatus]],
) -> _Panel:
    entries = result.roadmap.row(unit)
    points = tuple(_Point(e.year, e.value, e.origin is Origin.DERIVED) for e in entries)
    mine = tuple((i, s) for i, s in statuses if s.target.units == (unit,))
    years = set(flagged.get(unit, set()))
    for _, status in mine:
        years |= flagged.get(f"target-{status.target.id}", set())
    return _Panel(unit, result.plan.units[unit].label, points, frozenset(years), mine)


def _target_panel(
    result: CheckResult,
    styled: tuple[int, TargetStatus],
    flagged: dict[str, set[int]],
    lang: Lang,
) -> _Panel:
    target = styled[1].target
    figures = measured_figures(result.values, target)
    points = tuple(
        _Point(year, value, origin is Origin.DERIVED) for year, (value, origin) in figures.items()
    )
    names = " + ".join(result.plan.units[u].label for u in target.units)
    if len(target.units) > NAMED_UNITS:
        count = format_count(len(target.units), lang)
        kind = f" {target.category}" if target.category else ""
        names = f"{count} {'units' if lang is Lang.EN else 'đơn vị'}{kind} ({target.id})"
    title = ("Σ " if lang is Lang.EN else "Cộng: ") + names
    key = f"target-{target.id}"
    return _Panel(key, title, points, frozenset(flagged.get(key, set())), (styled,))


def _draw(panels: list[_Panel], lang: Lang, salt: str, title: str) -> str:
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    columns = 1 if len(panels) == 1 else 2
    rows = math.ceil(len(panels) / columns)
    with rc_context(RC), rc_context({"svg.hashsalt": salt}):
        figure = Figure(figsize=(PANEL_WIDTH * 2, PANEL_HEIGHT * rows + LEGEND_HEIGHT))
        grid = figure.subplots(rows, columns, squeeze=False)
        for index, panel in enumerate(panels):
            _panel(grid[index // columns][index % columns], panel, lang, salt)
        for index in range(len(panels), rows * columns):
            grid[index // columns][index % columns].set_visible(False)
        figure.legend(
            handles=_legend(panels, lang),
            loc="lower center",
            ncol=2,
            fontsize=7,
            bbox_to_anchor=(0.5, 0),
        )
        # Fixed margins, in inches, rather than tight_layout: it draws every figure twice,
        # and a level of a large plan has a dozen panels.
        height = figure.get_figheight()
        figure.subplots_adjust(
            left=0.75 / (PANEL_WIDTH * 2),
            right=0.98,
            top=1 - 0.3 / height,
            bottom=(LEGEND_HEIGHT + 0.3) / height,
            wspace=0.28,
            hspace=0.55 / PANEL_HEIGHT * 1.6,
        )
        buffer = io.StringIO()
        figure.savefig(
            buffer,
            format="svg",
            metadata={"Title": title, "Date": None, "Creator": None, "Format": None, "Type": None},
        )
    text = buffer.getvalue()
    text = text[text.index("<svg") :]  # the XML prolog and doctype have no place inside HTML
    # matplotlib numbers its groups per figure (figure_1, axes_1, …): nothing refers to them,
    # and two charts on one page would repeat them. Referenced ids are salted hashes.
    return _NUMBERED_ID.sub("", text)


_NUMBERED_ID = re.compile(r' id="[a-z0-9.]+_[0-9]+"')


def _panel(axes: Axes, panel: _Panel, lang: Lang, salt: str) -> None:
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    years = [p.year for p in panel.points]
    values = [p.value for p in panel.points]
    (line,) = axes.plot(years, values, color=LINE, linewidth=1.6, zorder=3)
    line.set_gid(f"{salt}-line-{panel.key}")
    for derived in (False, True):
        chosen = [p for p in panel.points if p.derived is derived]
        if not chosen:
            continue
        (dots,) = axes.plot(
            [p.year for p in chosen],
            [p.value for p in chosen],
            linestyle="none",
            marker="o",
            markersize=4.5,
            markeredgewidth=1.2,
            color=LINE,
            markerfacecolor="white" if derived else LINE,
            zorder=4,
        )
        dots.set_gid(f"{salt}-{'derived' if derived else 'stated'}-{panel.key}")
    marked = [p for p in panel.points if p.year in panel.flagged]
    if marked:
        (rings,) = axes.plot(
            [p.year for p in marked],
            [p.value for p in marked],
            linestyle="none",
            marker="o",
            markersize=11,
            markerfacecolor="none",
            markeredgecolor=FINDING,
            markeredgewidth=1.4,
            zorder=5,
        )
        rings.set_gid(f"{salt}-finding-{panel.key}")
    for point in panel.points:
        axes.annotate(
            format_count(point.value, lang) + ("*" if point.derived else ""),
            (point.year, point.value),
            textcoords="offset points",
            xytext=(0, 6),
            ha="center",
            fontsize=6,
            color="#333333",
        )
    span = set(years)
    for index, status in panel.targets:
        span |= _target_line(axes, status, index, salt)
    axes.set_title(shorten(panel.title, TITLE_WIDTH, placeholder=" …"), loc="left")
    axes.set_xticks(range(min(span), max(span) + 1))
    axes.set_xlim(min(span) - 0.4, max(span) + 0.4)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _tick(v, lang)))
    axes.margins(y=0.22)
    axes.tick_params(labelsize=6.5)


def _target_line(axes: Axes, status: TargetStatus, index: int, salt: str) -> set[int]:
    target = status.target
    assert status.base is not None and status.limit is not None
    color, dashes, marker = TARGET_STYLES[index % len(TARGET_STYLES)]
    (path,) = axes.plot(
        [target.base_year, target.deadline],
        [status.base, status.limit],
        color=color,
        linestyle=dashes,
        linewidth=1.3,
        marker=marker,
        markersize=4,
        markevery=[1],
        zorder=2,
    )
    path.set_gid(f"{salt}-target-{target.id}")
    return {target.base_year, target.deadline}


def _legend(panels: Iterable[_Panel], lang: Lang) -> list[Any]:
    from matplotlib.lines import Line2D

    handles: list[Any] = [
        Line2D(
            [],
            [],
            color=LINE,
            marker="o",
            markersize=4.5,
            label=lang.pick("Số văn bản nêu", "Stated"),
        ),
        Line2D(
            [],
            [],
            color=LINE,
            marker="o",
            markersize=4.5,
            markerfacecolor="white",
            label=lang.pick("Số suy ra (*)", "Derived (*)"),
        ),
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=9,
            markerfacecolor="none",
            markeredgecolor=FINDING,
            label=lang.pick("Năm có phát hiện", "Year with a finding"),
        ),
    ]
    seen: list[str] = []
    for panel in panels:
        for index, status in panel.targets:
            target = status.target
            if target.id in seen:
                continue
            seen.append(target.id)
            color, dashes, marker = TARGET_STYLES[index % len(TARGET_STYLES)]
            rate = target.min_rate.text
            assert status.limit is not None
            limit = format_count(status.limit, lang)
            label = lang.pick(
                f"{target.id}: ≤ {limit} năm {target.deadline} "
                f"(giảm ≥ {rate} so với {target.base_year})",
                f"{target.id}: ≤ {limit} in {target.deadline} (cut ≥ {rate} vs {target.base_year})",
            )
            handles.append(
                Line2D(
                    [], [], color=color, linestyle=dashes, marker=marker, markersize=4, label=label
                )
            )
    return handles


def _tick(value: float, lang: Lang) -> str:
    return format_count(int(value), lang) if value == int(value) else ""
