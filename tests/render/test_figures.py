"""The figures of a table cell, shared by the text view and the HTML report; expectations
written out by hand."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from lotrinh.core.targets import TargetStatus
from lotrinh.model import Position, Rate, Target
from lotrinh.numbers import Lang
from lotrinh.render import figures

KL40 = Target(
    "kl40-vc", "Kết luận 40-KL/TW", ("vc",), 2021, 2026, Rate("10%", Decimal(10), 0), Position(1, 1)
)


def test_counts_changes_and_rates() -> None:
    assert figures.count(28960, Lang.VI) == "28.960"
    assert figures.count(None, Lang.EN) == "—"
    assert [figures.signed(v, Lang.VI) for v in (1200, -432, 0)] == ["+1.200", "-432", "0"]
    assert figures.rate(Fraction(50813, 10000), Lang.VI) == "5,08%"
    assert figures.rate(Fraction(5, 1000), Lang.EN) == "0.01%"  # half up, as plans round
    assert figures.rate(None, Lang.VI) == "—"


def test_a_target_row() -> None:
    status = TargetStatus(KL40, base=26330, value=23697, needed=2633, missing=())
    assert figures.target_figures(status, Lang.VI) == (
        "2021: 26.330",
        "2026: 23.697",
        "2.633",
        "2.633 (10,00%)",
    )


def test_a_target_row_with_figures_missing() -> None:
    status = TargetStatus(KL40, base=26330, value=None, needed=2633, missing=(("vc", 2026),))
    shown = figures.target_figures(status, Lang.EN)
    assert (shown.deadline, shown.achieved) == ("2026: —", "—")
