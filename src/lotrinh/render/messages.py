"""Finding messages in the reader's language, from the templates in `findings.kinds`."""

from __future__ import annotations

from decimal import Decimal

from lotrinh.findings.finding import Cause, Clarification, Finding, Hint, Param, Typo
from lotrinh.findings.kinds import KINDS, FindingKind
from lotrinh.model import Plan, Position
from lotrinh.numbers import Lang, format_count, format_decimal, trimmed

_YEAR_KEYS = frozenset(
    {"year", "base_year", "right_year", "other_year", "deadline", "missing", "figure_line"}
)


def message(finding: Finding, lang: Lang) -> str:
    """The finding's one-line message."""
    kind = KINDS[finding.kind]
    template = kind.message if finding.variant is None else kind.variants[finding.variant]
    return _fill(lang.pick(*template), _params(finding, lang))


def hints(finding: Finding, lang: Lang) -> list[str]:
    """The finding's suggestions, one sentence each."""
    kind = KINDS[finding.kind]
    base = _params(finding, lang)
    return [_hint(kind, hint, base, lang) for hint in finding.hints if hint.key in kind.hints]


def suggestion(finding: Finding, lang: Lang) -> str:
    """All suggestions as one paragraph (for formats with a single suggestion field)."""
    return " ".join(hints(finding, lang))


def title(finding: Finding, lang: Lang) -> str:
    """The kind's short title."""
    return lang.pick(*KINDS[finding.kind].title)


_TYPO: dict[Typo, tuple[str, str]] = {
    "digit": ("sai một chữ số", "one digit changed"),
    "transposition": ("đảo hai chữ số", "two digits swapped"),
    "dropped": ("thiếu một chữ số", "one digit dropped"),
    "added": ("thừa một chữ số", "one digit added"),
}


def cause_text(
    cause: Cause, plan: Plan, findings: tuple[Finding, ...], lang: Lang, located: bool = True
) -> str:
    """ "Likely cause: X in year Y is written A (at line:column), probably meant B; it explains
    N findings"; `located=False` leaves the position to a format that links it itself."""
    fix = cause.fix
    unit = plan.units[fix.unit].label
    codes = ", ".join(
        f"{KINDS[findings[i].kind].code} ({findings[i].kind}, {_place(findings[i].position, lang)})"
        for i in cause.explains
    )
    old, new = format_count(fix.old, lang), format_count(fix.new, lang)
    at = fix.position.where() if located else ""
    then = "".join(_clarification(c, plan, findings, lang) for c in cause.clarifies)
    if lang is Lang.EN:
        how = _TYPO[fix.how][1]
        return (
            f"Likely cause: {unit} {fix.year} is written {old}{f' (at {at})' if at else ''}, "
            f"probably meant {new} "
            f"({how}); correcting it clears {len(cause.explains)} findings: {codes}.{then}"
        )
    how = _TYPO[fix.how][0]
    return (
        f"Nguyên nhân có thể: {unit} năm {fix.year} ghi {old}{f' (tại {at})' if at else ''}, "
        f"có lẽ là {new} "
        f"({how}); sửa số này thì hết {len(cause.explains)} phát hiện: {codes}.{then}"
    )


def _clarification(
    clarification: Clarification, plan: Plan, findings: tuple[Finding, ...], lang: Lang
) -> str:
    """ " Khi đó, LT203 (Chính quyền - VC năm 2024, dòng 159): Mức này đúng nếu so với năm
    2023.": what a remaining finding means once the figure is corrected."""
    finding = findings[clarification.finding]
    kind = KINDS[finding.kind]
    base = _params(finding, lang)
    said = " ".join(_hint(kind, hint, base, lang) for hint in clarification.hints)
    unit = ", ".join(plan.units[u].label if u in plan.units else u for u in finding.units)
    where = _place(finding.position, lang)
    if lang is Lang.EN:
        return f" With that fix, {kind.code} ({unit} {finding.year}, {where}): {said}"
    return f" Khi đó, {kind.code} ({unit} năm {finding.year}, {where}): {said}"


def _place(at: Position, lang: Lang) -> str:
    """`dòng 87` (`line 87`), or `ô Số liệu!F5` (`cell …`) in a workbook."""
    if lang is Lang.EN:
        return f"cell {at.cell}" if at.cell else f"line {at.line}"
    return f"ô {at.cell}" if at.cell else f"dòng {at.line}"


def _hint(kind: FindingKind, hint: Hint, base: dict[str, str], lang: Lang) -> str:
    params = dict(base)
    params.update({name: _format(name, value, lang) for name, value in hint.params.items()})
    return _fill(lang.pick(*kind.hints[hint.key]), params)


def _params(finding: Finding, lang: Lang) -> dict[str, str]:
    params = {name: _format(name, value, lang) for name, value in finding.params.items()}
    for name in ("stated", "computed"):
        value = getattr(finding, name)
        params[name] = _format(name, value, lang)
        params[f"{name}_change"] = _change(value, lang)
    if isinstance(finding.stated, int) and isinstance(finding.computed, int):
        params["diff"] = format_count(abs(finding.stated - finding.computed), lang)
    if "direction" in finding.params:
        increase = finding.params["direction"] == "increase"
        params["rate_of"] = _RATE_OF[lang][increase]
        params["change_of"] = _CHANGE_OF[lang][increase]
    params.setdefault("year", str(finding.year))
    params.setdefault("base_year", str(finding.base_year or ""))
    return params


_RATE_OF = {Lang.VI: ("tỷ lệ giảm", "tỷ lệ tăng"), Lang.EN: ("rate", "rate of increase")}
"""A rate named with its direction: English says "the rate" of a reduction, as plans do, and
"the rate of increase" of a rise, which would otherwise read like a reduction's."""
_CHANGE_OF = {
    Lang.VI: ("mức giảm", "mức tăng"),
    Lang.EN: ("a reduction of", "an increase of"),
}
"""The change a rate measures, named with its direction, for the same reason."""


def _format(name: str, value: Param, lang: Lang) -> str:
    if value is None:
        return "—"
    if isinstance(value, list) and name == "steps":
        return ", ".join(_change(item, lang) for item in value)
    if isinstance(value, list):
        return ", ".join(format_count(item, lang) for item in value)
    if name == "steps_change" and isinstance(value, int):
        return _change(value, lang)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if name in _YEAR_KEYS else format_count(value, lang)
    if isinstance(value, Decimal):
        return format_decimal(trimmed(value), lang)
    return str(value)


def _change(value: int | Decimal | None, lang: Lang) -> str:
    if not isinstance(value, int):
        return "—"
    if lang is Lang.EN:
        return f"{format_count(abs(value), lang)} {'fewer' if value >= 0 else 'more'}"
    return f"{'giảm' if value >= 0 else 'tăng'} {format_count(abs(value), lang)}"


def _fill(template: str, params: dict[str, str]) -> str:
    return template.format_map(_Missing(params))


class _Missing(dict[str, str]):
    """Leave an unknown placeholder visible rather than crash on it."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"
