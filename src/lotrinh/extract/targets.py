"""Policy targets a plan answers to, recognised when the text mentions them.

- Nghị quyết 19-NQ/TW (2017): by 2025, at least 10% fewer posts of public service units paid
  from the state budget (viên chức) than in 2021, as Kết luận 28-KL/TW (2022) restated it.
- Kết luận 40-KL/TW (2022): by 2026, at least 5% fewer cán bộ, công chức and 10% fewer viên
  chức paid from the state budget than in 2021.

The rates and years are the policy's; where the text quotes the NQ 19 rate ("10% biên chế sự
nghiệp hưởng lương từ ngân sách nhà nước so với năm 2021"), the text's figures are used and
that sentence is the target's quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lotrinh.extract.text import NUM, YEAR
from lotrinh.model import Category

Span = tuple[int, int]

_NQ19 = re.compile(r"19[-‐–]NQ/TW")
_KL40 = re.compile(r"40[-‐–]KL/TW")
_NQ19_RATE = re.compile(
    rf"(?P<rate>{NUM}\s?%)\s+biên\s+chế\s+sự\s+nghiệp[^.;]*?so\s+với\s+năm\s+(?P<base>{YEAR})",
    re.IGNORECASE,
)
_KL40_RATE = re.compile(rf"(?P<rate>{NUM}\s?%)", re.IGNORECASE)


@dataclass(frozen=True)
class TargetDraft:
    """A recognised target before its units are chosen."""

    id: str
    source: str
    category: Category
    base_year: int
    deadline: int
    rate: str
    quote: str
    line: int
    column: int
    used: tuple[Span, ...] = ()
    """Spans of the quote's quantities that the target accounts for."""


@dataclass(frozen=True)
class Mention:
    """A sentence, located, as the recogniser sees it."""

    text: str
    line: int
    column: int


def recognise(sentences: list[Mention]) -> list[TargetDraft]:
    """The targets the text mentions, each once, in a fixed order (NQ 19, then KL 40)."""
    found: list[TargetDraft] = []
    nq19 = [s for s in sentences if _NQ19.search(s.text)]
    if nq19:
        stated = next(((s, m) for s in sentences for m in [_NQ19_RATE.search(s.text)] if m), None)
        if stated is not None:
            sentence, match = stated
            found.append(
                TargetDraft(
                    "nq19-vc",
                    "Nghị quyết số 19-NQ/TW",
                    Category.VC,
                    int(match.group("base")),
                    2025,
                    match.group("rate"),
                    sentence.text,
                    sentence.line,
                    sentence.column,
                    (match.span("rate"),),
                )
            )
        else:
            first = nq19[0]
            found.append(
                TargetDraft(
                    "nq19-vc",
                    "Nghị quyết số 19-NQ/TW",
                    Category.VC,
                    2021,
                    2025,
                    "10%",
                    first.text,
                    first.line,
                    first.column,
                )
            )
    kl40 = [s for s in sentences if _KL40.search(s.text)]
    if kl40:
        first = kl40[0]
        for suffix, category, rate in (("cbcc", Category.CBCC, "5%"), ("vc", Category.VC, "10%")):
            used = tuple(
                m.span("rate")
                for m in _KL40_RATE.finditer(first.text)
                if m.group("rate").replace(" ", "") == rate
            )
            found.append(
                TargetDraft(
                    f"kl40-{suffix}",
                    "Kết luận số 40-KL/TW",
                    category,
                    2021,
                    2026,
                    rate,
                    first.text,
                    first.line,
                    first.column,
                    used,
                )
            )
    return found
