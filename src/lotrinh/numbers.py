"""Vietnamese numbers, read and written exactly.

Plans write `28.960` for twenty-eight thousand nine hundred sixty and `1,94%` for 1.94
percent. YAML would read a bare `28.960` as the float 28.96, so counts are read from the
text as written, never from a float. Rates keep their text so that the precision the author
wrote is known when we decide whether a computed rate "rounds to" it.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, Decimal
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache
from math import ceil, floor

from lotrinh.model import Rate

MAX_COUNT = 10**9
"""More posts than any plan has (Viet Nam's whole public sector is a few million): a larger
count is a typing accident, refused where it is read."""
_RATE_DIGITS = 6
"""Digits allowed in a rate's whole or decimal part: '5,08%' needs three."""
_PLAIN_COUNT = re.compile(r"0|[1-9][0-9]*")
_GROUPED_COUNT = re.compile(r"[1-9][0-9]{0,2}(?:([. \u00a0\u202f])[0-9]{3})(?:\1[0-9]{3})*")
_RATE = re.compile(r"(?P<int>0|[1-9][0-9]*)(?:,(?P<frac>[0-9]+))?\s?%")


class NumberError(ValueError):
    """A text that is not the kind of number asked for; the message says what was meant."""

    def __init__(self, message_vi: str, message_en: str) -> None:
        super().__init__(message_vi)
        self.message_vi = message_vi
        self.message_en = message_en


def parse_count(text: str) -> int:
    """Read a whole number of posts written the Vietnamese way (`28.960`, `28 960`, `28960`).

    Anything that could be a fraction (`28,96`, `28.96`, `1.5`, `28.0`) is refused rather than
    guessed at: a headcount is whole, and a silent guess is how 28.960 becomes 28.96.
    """
    raw = text.strip()
    digits = None
    if _PLAIN_COUNT.fullmatch(raw):
        digits = raw
    elif grouped := _GROUPED_COUNT.fullmatch(raw):
        digits = raw.replace(grouped.group(1), "")  # one separator throughout
    if digits is None:
        raise _count_error(raw)
    # Compared as text first: int() of thousands of digits is slow and, past Python's limit,
    # an exception of its own; no plan counts a billion posts.
    if len(digits) > len(str(MAX_COUNT)) or int(digits) > MAX_COUNT:
        shown = raw if len(raw) <= 20 else f"{raw[:12]}… ({len(digits)} chữ số)"
        shown_en = raw if len(raw) <= 20 else f"{raw[:12]}… ({len(digits)} digits)"
        raise NumberError(
            f"'{shown}' quá lớn: không kế hoạch nào có quá {format_count(MAX_COUNT)} biên chế",
            f"'{shown_en}' is too large: no plan has more than {MAX_COUNT:,} posts",
        )
    return int(digits)


def _count_error(raw: str) -> NumberError:
    if "," in raw:
        return NumberError(
            f"'{raw}' không phải số nguyên: dấu phẩy là dấu thập phân; biên chế phải là số nguyên "
            "(nghìn viết bằng dấu chấm, ví dụ 28.960)",
            f"'{raw}' is not a whole number: the comma is the decimal mark; a headcount is whole "
            "(thousands are written with a dot, e.g. 28.960)",
        )
    if re.fullmatch(r"0[0-9]*(?:[. ][0-9]{3})*", raw) and raw != "0":
        return NumberError(
            f"'{raw}' bắt đầu bằng số 0: hãy viết số không có số 0 ở đầu",
            f"'{raw}' has a leading zero: write the number without it",
        )
    if re.fullmatch(r"[0-9]+\.[0-9]+", raw):
        return NumberError(
            f"'{raw}' không phải số nguyên: sau dấu chấm phân cách hàng nghìn phải có đúng "
            "3 chữ số (ví dụ 28.960); biên chế không có phần lẻ",
            f"'{raw}' is not a whole number: a thousands dot must be followed by exactly 3 digits "
            "(e.g. 28.960); a headcount has no fraction",
        )
    if raw.startswith("-"):
        return NumberError(
            f"'{raw}' là số âm: biên chế và mức giảm không thể âm (dùng 'increase' cho mức tăng)",
            f"'{raw}' is negative: headcounts and reductions cannot be (use 'increase' for a rise)",
        )
    return NumberError(
        f"'{raw}' không phải số biên chế (số nguyên, ví dụ 28.960)",
        f"'{raw}' is not a headcount (a whole number, e.g. 28.960)",
    )


@lru_cache(maxsize=4096)
def parse_rate(text: str) -> Rate:
    """Read a percentage as written (`"5,08%"`, `"10%"`), keeping its precision."""
    raw = text.strip()
    match = _RATE.fullmatch(raw)
    if match is None:
        hint = ""
        if re.fullmatch(r"[0-9]+\.[0-9]+\s?%", raw):
            hint = " (dấu thập phân là dấu phẩy: " + raw.replace(".", ",") + ")"
        raise NumberError(
            f"'{raw}' không phải tỷ lệ phần trăm dạng '5,08%'{hint}",
            f"'{raw}' is not a percentage written like '5,08%'",
        )
    frac = match.group("frac") or ""
    if len(match.group("int")) > _RATE_DIGITS or len(frac) > _RATE_DIGITS:
        raise NumberError(
            f"'{raw[:20]}…' không phải tỷ lệ có thật: quá {_RATE_DIGITS} chữ số ở phần nguyên "
            "hoặc phần thập phân",
            f"'{raw[:20]}…' is not a real rate: more than {_RATE_DIGITS} digits in its whole or "
            "decimal part",
        )
    percent = Decimal(match.group("int") + ("." + frac if frac else ""))
    return Rate(text=raw, percent=percent, decimals=len(frac))


class Rounding(StrEnum):
    """How the author rounded. Plans are made in Excel, which rounds half up."""

    HALF_UP = "half-up"
    HALF_EVEN = "half-even"
    DOWN = "down"  # towards zero
    UP = "up"  # away from zero


_DECIMAL_MODES = {
    Rounding.HALF_UP: ROUND_HALF_UP,
    Rounding.HALF_EVEN: ROUND_HALF_EVEN,
    Rounding.DOWN: ROUND_DOWN,
    Rounding.UP: ROUND_UP,
}


def round_fraction(value: Fraction, decimals: int, mode: Rounding = Rounding.HALF_UP) -> Decimal:
    """Round an exact non-negative or negative fraction to `decimals` places, exactly.

    Decimal division would itself round; working on the scaled fraction first keeps the result
    exact whatever the denominator.
    """
    scaled = value * 10**decimals
    below = floor(scaled)
    # Let Decimal apply the rule to a value carrying just enough digits to decide it.
    probe = Decimal(below) + _decide(scaled - below)
    whole = int(probe.to_integral_value(rounding=_DECIMAL_MODES[mode]))
    return Decimal(whole).scaleb(-decimals)


def _decide(rest: Fraction) -> Decimal:
    """A decimal in [0, 1) that compares with one half exactly as `rest` does."""
    if rest == 0:
        return Decimal(0)
    if rest == Fraction(1, 2):
        return Decimal("0.5")
    return Decimal("0.25") if rest < Fraction(1, 2) else Decimal("0.75")


def percent(part: int, whole: int) -> Fraction:
    """`part` as an exact percentage of `whole`."""
    return Fraction(100 * part, whole)


def rate_matches(exact_percent: Fraction, stated: Rate, mode: Rounding = Rounding.HALF_UP) -> bool:
    """Whether an exact rate, rounded the author's way at the stated precision, reads as stated."""
    return round_fraction(exact_percent, stated.decimals, mode) == stated.percent


def rate_interval(stated: Rate, mode: Rounding = Rounding.HALF_UP) -> tuple[Fraction, Fraction]:
    """The closed hull [low, high] of exact percentages that round to the stated rate.

    Endpoints may or may not belong to the set depending on the mode; callers that need
    exactness test candidates with `rate_matches`.
    """
    unit = Fraction(1, 10**stated.decimals)
    centre = Fraction(stated.percent)
    if mode is Rounding.DOWN:
        return centre, centre + unit
    if mode is Rounding.UP:
        return max(centre - unit, Fraction(0)), centre
    return max(centre - unit / 2, Fraction(0)), centre + unit / 2


def bases_for_rate(
    reduction: int, stated: Rate, mode: Rounding = Rounding.HALF_UP
) -> tuple[int, int | None] | None:
    """The range of whole bases that make `reduction` read as the stated rate (GRIM test).

    Returns the smallest and largest base (None when every larger base also fits, as for
    "0%"), or None when no whole base does.
    """
    if reduction <= 0:
        return None
    low, high = rate_interval(stated, mode)
    smallest = max(1, ceil(Fraction(100 * reduction) / high)) if high else 1
    largest = floor(Fraction(100 * reduction) / low) if low else None
    ends: tuple[int, ...] = (smallest - 1, smallest, smallest + 1)
    if largest is not None:
        ends += (largest - 1, largest, largest + 1)
    candidates = [
        base for base in ends if base > 0 and rate_matches(percent(reduction, base), stated, mode)
    ]
    if not candidates:
        return None
    return min(candidates), (None if largest is None else max(candidates))


def reductions_for_rate(
    base: int, stated: Rate, mode: Rounding = Rounding.HALF_UP
) -> tuple[int, int] | None:
    """The range of whole reductions from `base` that read as the stated rate."""
    if base <= 0:
        return None
    low, high = rate_interval(stated, mode)

    # The reductions that read as the rate are consecutive whole numbers, so only the few
    # around each end of the interval need trying, however large the base.
    def fits(r: int) -> bool:
        return r >= 0 and rate_matches(percent(r, base), stated, mode)

    first = ceil(low * base / 100)
    last = floor(high * base / 100)
    lows = [r for r in (first - 1, first, first + 1) if fits(r)]
    highs = [r for r in (last + 1, last, last - 1) if fits(r)]
    if not lows or not highs:
        return None
    return lows[0], highs[0]


def minimum_reduction(base: int, min_rate: Rate) -> int:
    """The fewest whole posts that reach a legal minimum: 10% of 29.891 is 2.989,1, so 2.990."""
    return ceil(Fraction(min_rate.percent) * base / 100)


class Lang(StrEnum):
    """Language of everything a person reads."""

    VI = "vi"
    EN = "en"

    def pick(self, vi: str, en: str) -> str:
        """Of a text given in both languages, the one in this language."""
        return en if self is Lang.EN else vi


def format_count(value: int, lang: Lang = Lang.VI) -> str:
    """28960 → '28.960' (vi) or '28,960' (en)."""
    grouped = f"{abs(value):,}"
    if lang is Lang.VI:
        grouped = grouped.replace(",", ".")
    return ("-" if value < 0 else "") + grouped


def trimmed(value: Decimal) -> Decimal:
    """A whole decimal without zeros after its point (`10.00` → `10`); any other as it is, so
    that `5.50` keeps the precision a rate was written with."""
    return value.normalize() if value == value.to_integral() else value


def format_decimal(value: Decimal, lang: Lang = Lang.VI) -> str:
    """A decimal with its own digits, in the language's marks: 1.67 → '1,67'."""
    sign = "-" if value < 0 else ""
    text = f"{abs(value):f}"
    whole, _, frac = text.partition(".")
    out = format_count(int(whole), lang)
    if frac:
        out += ("," if lang is Lang.VI else ".") + frac
    return sign + out


def format_percent(value: Fraction | Decimal, decimals: int = 2, lang: Lang = Lang.VI) -> str:
    """An exact rate shown at a fixed precision: Fraction(5081, 1000) → '5,08%'."""
    exact = Fraction(value) if isinstance(value, Decimal) else value
    return format_decimal(round_fraction(exact, decimals), lang) + "%"
