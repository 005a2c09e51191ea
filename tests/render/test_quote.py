"""The quote's stated figure, found as written and marked; the pieces always join back."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from lotrinh.findings.finding import ClaimSubject, Finding
from lotrinh.model import Position
from lotrinh.render.quote import highlight


def _finding(
    quote: str, stated: int | Decimal | None, base_year: int | None = None, **params: str
) -> Finding:
    return Finding(
        kind="claim-difference",
        subject=ClaimSubject("u.1", "u"),
        year=2024,
        position=Position(1, 1),
        base_year=base_year,
        stated=stated,
        quote=quote,
        params=dict(params),
    )


def marked(finding: Finding) -> list[str]:
    return [piece.text for piece in highlight(finding) if piece.figure]


def test_a_count_is_found_in_every_way_documents_write_it() -> None:
    for written in ("1.338", "1 338", "1\u00a0338", "1338"):
        assert marked(_finding(f"giảm {written} biên chế", 1338)) == [written]


def test_a_count_inside_a_larger_number_is_not_marked() -> None:
    assert marked(_finding("là 21.338 biên chế, giảm 1.3380", 1338)) == []
    assert marked(_finding("tỷ lệ 1,338%", 1338)) == []


def test_the_occurrence_before_the_comparison_year_is_the_one_marked() -> None:
    quote = "giảm 16 biên chế so với năm 2023 (giảm 16 biên chế so với năm 2022, tỷ lệ 1,27%)"
    pieces = highlight(_finding(quote, 16, base_year=2022))
    figures = [i for i, piece in enumerate(pieces) if piece.figure]
    assert len(figures) == 1
    assert "".join(p.text for p in pieces[: figures[0]]).count("16") == 1


def test_every_occurrence_is_marked_when_the_year_does_not_tell() -> None:
    assert marked(_finding("16 và 16", 16, base_year=2021)) == ["16", "16"]


def test_a_rate_is_found_as_written() -> None:
    quote = "giảm 455 biên chế so với năm 2022, tỷ lệ giảm 1,67%"
    assert marked(_finding(quote, Decimal("1.67"), rate="1,67%")) == ["1,67%"]
    assert marked(_finding("giảm 10 %", Decimal("10"))) == ["10 %"]


def test_no_quote_or_no_figure() -> None:
    assert highlight(_finding("", 5)) == (("", False),)
    assert marked(_finding("giảm 5", None)) == []


@given(st.text(), st.integers(min_value=0, max_value=10**7), st.none() | st.integers(2000, 2030))
def test_pieces_join_back_to_the_quote(quote: str, stated: int, base_year: int | None) -> None:
    pieces = highlight(_finding(quote, stated, base_year))
    assert "".join(piece.text for piece in pieces) == quote
    assert all(piece.text for piece in pieces) or quote == ""
    for piece in pieces:
        if piece.figure:
            assert piece.text.replace(".", "").replace(" ", "").replace("\u00a0", "").replace(
                "\u202f", ""
            ) == str(stated)
