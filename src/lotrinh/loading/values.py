"""How one value of a plan file is read: text, count, rate, year, date, format version, id.

Written once for both readers of a plan: the pydantic schema (`schema`), which validates any
file and explains what is wrong, and the fast path (`fast`), which reads a valid file without
importing pydantic. If the two had their own copies of a rule, a file could mean one thing
on the fast path and another on the slow one; with one copy they cannot disagree.

Every reader raises `BadValueError`, carrying the message in both languages; the schema turns
it into a pydantic error, the fast path into "not sure: ask pydantic".
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from lotrinh.model import Rate
from lotrinh.numbers import NumberError, parse_count, parse_rate

FIRST_YEAR = 1990
LAST_YEAR = 2100

UNIT_ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
"""A unit or target id: what the schema's `pattern` says, and what the fast path matches."""

_YEAR = re.compile(r"[0-9]{4}")


class BadValueError(ValueError):
    """A value that is not what its field asks for. `shape` marks "a list or mapping where a
    single value belongs", which another member of a union may explain better."""

    def __init__(self, vi: str, en: str, shape: bool = False) -> None:
        super().__init__(en)
        self.vi = vi
        self.en = en
        self.shape = shape


def read_text(value: Any) -> str:
    """A single value as text. Only str arrives from a plan file; int is accepted for plans
    built in code."""
    if value is None:
        raise BadValueError("thiếu giá trị", "the value is missing")
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise BadValueError(
            "cần một giá trị đơn (số hoặc chuỗi), không phải danh sách hay ánh xạ",
            "expected a single value (number or text), not a list or mapping",
            shape=True,
        )
    return str(value)


def read_count(value: Any) -> int:
    """A headcount as written (`28.960`), never through a float."""
    try:
        return parse_count(read_text(value))
    except NumberError as exc:
        raise BadValueError(exc.message_vi, exc.message_en) from None


def read_rate(value: Any) -> Rate:
    """A percentage as written (`"5,08%"`), keeping its precision."""
    if isinstance(value, Rate):
        return value
    try:
        return parse_rate(read_text(value))
    except NumberError as exc:
        raise BadValueError(exc.message_vi, exc.message_en) from None


def read_share(value: Any) -> Rate:
    """A minimum reduction: a rate no larger than 100%, since no plan cuts more posts than it
    has (a target of 150% would be missed by every plan, and say nothing)."""
    rate = read_rate(value)
    if rate.percent > 100:
        raise BadValueError(
            f"chỉ tiêu giảm '{rate.text}' lớn hơn 100%: không kế hoạch nào giảm quá số đang có",
            f"a minimum reduction of '{rate.text}' is over 100%: no plan cuts more than it has",
        )
    return rate


def read_year(value: Any) -> int:
    """Four digits within FIRST_YEAR–LAST_YEAR."""
    return _year(read_text(value))


@lru_cache(maxsize=1024)
def _year(written: str) -> int:
    """Cached: a plan writes the same few years on every unit and claim."""
    text = written.strip()
    if not _YEAR.fullmatch(text):
        raise BadValueError(
            f"'{text}' không phải một năm (4 chữ số, ví dụ 2024)",
            f"'{text}' is not a year (4 digits, e.g. 2024)",
        )
    year = int(text)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadValueError(
            f"năm {year} nằm ngoài khoảng {FIRST_YEAR}–{LAST_YEAR}",
            f"year {year} is outside {FIRST_YEAR}–{LAST_YEAR}",
        )
    return year


def read_version(value: Any) -> int:
    """The format version; only 1 exists."""
    if read_text(value).strip() != "1":
        raise BadValueError(
            "phiên bản định dạng không được hỗ trợ; hiện chỉ có 'lotrinh: 1'",
            "unsupported format version; only 'lotrinh: 1' exists",
        )
    return 1


def read_date(value: Any) -> date:
    """A date written 2023-08-11 or 11/8/2023."""
    text = read_text(value).strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise BadValueError(
        f"'{text}' không phải ngày (dạng 2023-08-11 hoặc 11/8/2023)",
        f"'{text}' is not a date (2023-08-11 or 11/8/2023)",
    )
