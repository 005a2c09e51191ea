"""Derived figures, by hand: baselines from claims and sums, round by round, and one stated
figure changed and put back (`Derivation.revise` / `undo`)."""

from __future__ import annotations

from lotrinh.core.values import Derivation, Links, Origin, derive
from lotrinh.loading import load_text

CHAIN = """\
lotrinh: 1
units:
  - {id: a, name: A, parts: [b]}
  - {id: b, name: B, parts: [c]}
  - {id: c, name: C, figures: {2024: 90}}
claims:
  - {id: k, unit: c, year: 2024, quote: k, changes: [{reduction: 10, base_year: 2021}]}
"""


def test_a_chain_is_derived_level_by_level() -> None:
    values = derive(load_text(CHAIN, "chain.yaml"))
    # round 1: c 2021 = 90 + 10 and b 2024 = 90; round 2: b 2021 and a 2024; round 3: a 2021
    assert {cell: v.value for cell, v in values.cells.items()} == {
        ("c", 2024): 90,
        ("c", 2021): 100,
        ("b", 2024): 90,
        ("b", 2021): 100,
        ("a", 2024): 90,
        ("a", 2021): 100,
    }
    assert values.levels == {
        ("c", 2021): 1,
        ("b", 2024): 1,
        ("b", 2021): 2,
        ("a", 2024): 2,
        ("a", 2021): 3,
    }
    assert values.cells[("a", 2021)].origin is Origin.DERIVED


def test_evidence_is_taken_in_the_round_it_appears() -> None:
    text = CHAIN.replace("parts: [b]}", "parts: [b], figures: {2021: 120}}")
    values = derive(load_text(text, "rounds.yaml"))
    # round 1: b 2021 = 120 (a's only part) and c 2021 = 100 (the claim) at once; the sums
    # check, not the derivation, then sees that they disagree
    assert (values.get("b", 2021), values.get("c", 2021)) == (120, 100)
    assert values.levels[("b", 2021)] == values.levels[("c", 2021)] == 1


def test_disagreeing_claims_are_a_conflict_not_a_value() -> None:
    text = CHAIN.replace("{2024: 90}", "{2024: 90, 2025: 85}") + (
        "  - {id: m, unit: c, year: 2025, quote: m, changes: [{reduction: 20, base_year: 2021}]}\n"
    )
    values = derive(load_text(text, "conflict.yaml"))
    # c 2021 is 90 + 10 = 100 by one sentence and 85 + 20 = 105 by the other
    assert values.get("c", 2021) is None
    assert sorted(i.value for i in values.conflicts[("c", 2021)].evidence) == [100, 105]


def test_revise_gives_what_a_new_derivation_gives_and_undo_restores() -> None:
    plan = load_text(CHAIN, "chain.yaml")
    first = derive(plan)
    derivation = Derivation(Links(plan), derive(plan))
    changed = derivation.revise(("c", 2024), 80)
    # every derived cell follows: 2024 cells 80, 2021 cells 90
    assert changed == {("c", 2024), ("c", 2021), ("b", 2024), ("b", 2021), ("a", 2024), ("a", 2021)}
    assert {cell: v.value for cell, v in derivation.values.cells.items()} == {
        ("c", 2024): 80,
        ("c", 2021): 90,
        ("b", 2024): 80,
        ("b", 2021): 90,
        ("a", 2024): 80,
        ("a", 2021): 90,
    }
    derivation.undo()
    assert derivation.values == first
