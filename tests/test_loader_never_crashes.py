"""Whatever it is fed, the loader returns a plan or raises LoadError: nothing else escapes.

Three sources of input: arbitrary Unicode text, arbitrary bytes, and arbitrary YAML documents
(nested mappings, lists and scalars dumped by PyYAML). The documents use the format's own
keys part of the time so that they reach validation and the structural checks, not only the
parser.
"""

from __future__ import annotations

import contextlib
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lotrinh.loading import LoadError, load_bytes, load_text
from lotrinh.loading.schema import ChangeModel, ClaimModel, PlanFile, TargetModel, UnitModel
from tests.conftest import C_LOADER

PARSERS = [yaml.SafeLoader] + ([C_LOADER] if C_LOADER is not None else [])
FORMAT_KEYS = sorted(
    {
        name
        for model in (PlanFile, UnitModel, ClaimModel, ChangeModel, TargetModel)
        for name in model.model_fields
    }
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["28.960", "28,96", "5,5%", "yes", "012", "2023", "tong", "CBCC", "1"]),
)
keys = st.one_of(
    st.sampled_from(FORMAT_KEYS), st.integers(1980, 2110), st.text(min_size=1, max_size=8)
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=5)
    ),
    max_leaves=25,
)
# Near-valid plans over a few unit ids, so that trees with cycles, shared parts, unknown units
# and category targets reach the structural checks.
unit_ids = st.sampled_from(["a", "b", "c", "d"])
years = st.one_of(st.integers(2018, 2028), st.integers(1985, 2105))
counts = st.one_of(st.integers(-1, 10**5), st.sampled_from(["28.960", "1.5", "28 960"]))
units = st.lists(
    st.fixed_dictionaries(
        {"id": unit_ids, "name": st.text(max_size=5)},
        optional={
            "parts": st.lists(unit_ids, max_size=3),
            "category": st.sampled_from(["CBCC", "VC", None]),
            "figures": st.dictionaries(
                years,
                st.one_of(
                    counts,
                    st.fixed_dictionaries(
                        {"value": counts},
                        optional={"derived_from": st.sampled_from(["k", "k.1", "x"])},
                    ),
                ),
            ),
        },
    ),
    max_size=5,
)
claims = st.lists(
    st.fixed_dictionaries(
        {"unit": unit_ids, "year": years, "quote": st.just("q")},
        optional={
            "id": st.sampled_from(["k", "m"]),
            "value": counts,
            "changes": st.lists(
                st.fixed_dictionaries(
                    {"base_year": years},
                    optional={
                        "reduction": counts,
                        "increase": counts,
                        "rate": st.sampled_from(["5,5%", "10%", "1.5%"]),
                    },
                ),
                max_size=2,
            ),
        },
    ),
    max_size=4,
)
targets = st.lists(
    st.fixed_dictionaries(
        {
            "id": unit_ids,
            "source": st.just("KL 40"),
            "base_year": years,
            "deadline": years,
            "min_reduction": st.sampled_from(["5%", "10%"]),
        },
        optional={"category": st.sampled_from(["CBCC", "VC"]), "units": st.lists(unit_ids)},
    ),
    max_size=2,
)
plan_shaped = st.fixed_dictionaries(
    {"lotrinh": st.sampled_from([1, 1, 1, 2]), "units": units},
    optional={"claims": claims, "targets": targets, "years": documents},
)


def only_load_errors(text: str, parser: Any) -> None:
    try:
        load_text(text, "arbitrary.yaml", loader=parser)
    except LoadError as error:
        assert error.problems
        assert all(problem.line >= 1 and problem.column >= 1 for problem in error.problems)


@SETTINGS
@given(st.text(), st.sampled_from(PARSERS))
def test_arbitrary_text(text: str, parser: Any) -> None:
    only_load_errors(text, parser)


@SETTINGS
@given(st.binary(max_size=200))
def test_arbitrary_bytes(data: bytes) -> None:
    with contextlib.suppress(LoadError):
        load_bytes(data, "arbitrary.yaml")


@SETTINGS
@given(st.one_of(documents, plan_shaped), st.sampled_from(PARSERS), st.booleans())
def test_arbitrary_yaml_documents(document: Any, parser: Any, flow: bool) -> None:
    text = yaml.safe_dump(document, allow_unicode=True, default_flow_style=flow)
    only_load_errors(text, parser)
