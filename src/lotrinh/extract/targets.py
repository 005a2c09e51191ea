"""Policy targets a plan answers to, recognised when the text mentions them.

- Nghị quyết 19-NQ/TW (2017): by 2025, at least 10% fewer posts of public service units paid
  from the state budget (viên chức) than in 2021, as Kết luận 28-KL/TW (2022) restated it.
- Kết luận 40-KL/TW (2022): by 2026, at least 5% fewer cán bộ, công chức and 10% fewer viên
  chức paid from the state budget than in 2021.

The rates and years are the policy's; where the text quotes the NQ 19 rate ("10% biên chế sự
nghiệp hưởng lương từ ngân sách nhà nước so với năm 2021"), the text's figures are used and
that sentence is the target's quote.

Kết luận 40-KL/TW binds every locality for 2022-2026 whether or not a plan cites it, so a plan
whose years span its deadline answers to it even when the text is silent (`by_law`); such a
target has no quote and no line of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lotrinh.extract.document import NUM, YEAR
from lotrinh.model import Category

Span = tuple[int, int]

_NQ19 = re.compile(r"19[-‐–]NQ/TW")
_KL40 = re.compile(r"40[-‐–]KL/TW")
_NQ19_RATE = re.compile(
    rf"(?P<rate>{NUM}\s?%)\s+biên\s+chế\s+sự\s+nghiệp[^.;]*?so\s+với\s+năm\s+(?P<base>{YEAR})"
    rf"|so\s+với\s+năm\s+(?P<base2>{YEAR}),?\s+biên\s+chế\s+sự\s+nghiệp[^.;%]*?giảm\s+"
    rf"(?:ít\s+nhất|tối\s+thiểu)\s+(?P<rate2>{NUM}\s?%)",
    re.IGNORECASE,
)
_KL40_RATE = re.compile(rf"(?P<rate>{NUM}\s?%)", re.IGNORECASE)
_KL40_SOURCE = "Kết luận số 40-KL/TW"
_KL40_BASE, _KL40_DEADLINE = 2021, 2026
_KL40_TARGETS = (("cbcc", Category.CBCC, "5%"), ("vc", Category.VC, "10%"))


@dataclass(frozen=True)
class TargetDraft:
    """A recognised target before its units are chosen."""

    id: str
    source: str
    category: Category
    base_year: int
    deadline: int
    rate: str
    quote: str | None
    """The sentence that cites the target; None for a target that applies by law alone."""
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
            rate_group = "rate" if match.group("rate") else "rate2"
            base = match.group("base") or match.group("base2")
            found.append(
                TargetDraft(
                    "nq19-vc",
                    "Nghị quyết số 19-NQ/TW",
                    Category.VC,
                    int(base),
                    2025,
                    match.group(rate_group),
                    sentence.text,
                    sentence.line,
                    sentence.column,
                    (match.span(rate_group),),
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
        for suffix, category, rate in _KL40_TARGETS:
            used = tuple(
                m.span("rate")
                for m in _KL40_RATE.finditer(first.text)
                if m.group("rate").replace(" ", "") == rate
            )
            found.append(_kl40(suffix, category, rate, first, used))
    return found


def by_law(years: set[int], cited: list[TargetDraft]) -> list[TargetDraft]:
    """Kết luận 40-KL/TW's two targets for a plan whose years span its deadline 2026 (its
    first year no later, its last no earlier), when the text does not cite it.

    A plan that ends before 2026 cannot be measured against it and one that starts after
    it is no longer bound by it; neither gets the targets.
    """
    if not years or any(draft.source == _KL40_SOURCE for draft in cited):
        return []
    if not min(years) <= _KL40_DEADLINE <= max(years):
        return []
    return [_kl40(suffix, category, rate) for suffix, category, rate in _KL40_TARGETS]


def _kl40(
    suffix: str,
    category: Category,
    rate: str,
    cited: Mention | None = None,
    used: tuple[Span, ...] = (),
) -> TargetDraft:
    """One of Kết luận 40's targets, as the sentence `cited` cites it or, without one, by law."""
    return TargetDraft(
        f"kl40-{suffix}",
        _KL40_SOURCE,
        category,
        _KL40_BASE,
        _KL40_DEADLINE,
        rate,
        cited.text if cited else None,
        cited.line if cited else 0,
        cited.column if cited else 0,
        used,
    )
