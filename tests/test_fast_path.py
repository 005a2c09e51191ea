"""The fast path (`loading.fast`) and streaming (`loading.stream`) give exactly what pydantic
gives, or step aside.

For valid files (the bundled plan, the goldens' plans, every finding kind's examples,
generated plans, and a hypothesis stream of valid plans) the fast path must read the file and
give the same `Plan`, and `lotrinh check --format json` must print the same bytes with and
without it. For bad and mutated files it may decline (None: pydantic then explains), or give
the same outcome as pydantic; it must never give a plan where pydantic refuses the file.
Streaming gives the same plan as both wherever they give a plan, and None everywhere else
(the ordinary path then reports the problems, which stay the same).
"""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from bench.generate import generate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lotrinh import loading
from lotrinh.extract.build import extract_plan
from lotrinh.extract.writer import to_yaml
from lotrinh.findings.kinds import KINDS
from lotrinh.loading import (
    NO_FAST_PATH,
    LoadError,
    Problem,
    fast,
    load_located,
    plan_format,
    validate,
)
from lotrinh.loading.convert import to_plan
from lotrinh.loading.located import Located
from lotrinh.loading.schema import (
    ChangeModel,
    ClaimModel,
    FigureModel,
    PlanFile,
    PlanMetaModel,
    TargetModel,
    UnitModel,
)
from lotrinh.loading.stream import read_streaming
from lotrinh.loading.yamltree import parse
from lotrinh.model import Plan
from lotrinh.numbers import format_count
from tests.conftest import DOCUMENTS, LONG_AN, ROOT, run_cli
from tests.render.conftest import CLEAN, SLIPS
from tests.test_bad_input import CASES

NAME = "plan.yaml"
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

Outcome = Plan | list[Problem]


def _outcome(build: Callable[[], Plan]) -> Outcome:
    try:
        return build()
    except LoadError as exc:
        return exc.problems


def by_fast_path(located: Located) -> Outcome | None:
    """The plan (or structural problems) through the fast path; None where it declines."""
    model = fast.read_plan(located.data)
    return None if model is None else _outcome(lambda: to_plan(model, located, NAME))


def by_pydantic(located: Located) -> Outcome | None:
    """The plan (or structural problems) through pydantic; None where the schema refuses."""
    try:
        model = validate(located, NAME)
    except LoadError:
        return None
    return _outcome(lambda: to_plan(model, located, NAME))


def same(left: Outcome | None, right: Outcome | None) -> bool:
    """Equal, and equal in the order of every mapping (output follows that order)."""
    if isinstance(left, Plan) and isinstance(right, Plan):
        return left == right and all(
            list(getattr(left, name)) == list(getattr(right, name))
            for name in ("units", "figures", "years")
        )
    return left == right


def assert_streamed_alike(text: str, outcome: Outcome | None) -> None:
    """Streaming gives the plan the other paths give, and nothing where they do not."""
    streamed = read_streaming(text, NAME)
    if isinstance(outcome, Plan):
        assert streamed is not None, "streaming declined a plan the fast path reads"
        assert same(streamed, outcome)
    else:
        assert streamed is None


def assert_read_alike(text: str) -> None:
    """A valid file: the fast path reads it, to what pydantic reads, and so does streaming."""
    located = load_located(text, NAME)
    quick = by_fast_path(located)
    assert quick is not None, "the fast path declined a valid file"
    assert same(quick, by_pydantic(located))
    assert_streamed_alike(text, quick)
    assert_bytes_stream_alike(text)


def assert_bytes_stream_alike(text: str) -> None:
    """`load_plan` streams a file from its bytes: the same answer as from the text."""
    from_text = read_streaming(text, NAME)
    from_bytes = read_streaming(text.encode("utf-8"), NAME)
    assert (from_bytes is None) == (from_text is None)
    assert from_bytes is None or from_text is None or same(from_bytes, from_text)


def assert_never_more_lenient(text: str) -> None:
    """Any file: the fast path and streaming decline, or agree with pydantic."""
    try:
        located = load_located(text, NAME)
    except LoadError:
        assert read_streaming(text, NAME) is None
        return  # refused before either reader sees it
    quick = by_fast_path(located)
    slow = by_pydantic(located)
    assert quick is None or same(quick, slow)
    streamed = read_streaming(text, NAME)
    assert streamed is None or same(streamed, slow)
    assert_bytes_stream_alike(text)


def _extracted(document: Path) -> str:
    return to_yaml(extract_plan(document.read_text(encoding="utf-8"), document.name), "doc")


VALID = {
    "long-an": LONG_AN.read_text(encoding="utf-8"),
    "slips": SLIPS,
    "clean": CLEAN,
    "template": (ROOT / "src" / "lotrinh" / "templates" / "plan.yaml").read_text("utf-8"),
    **{
        f"extracted-{path.stem}": _extracted(path)
        for path in sorted(DOCUMENTS.glob("*.txt"))
        if path.name != "not-a-plan.txt"
    },
    **{f"{name}-failing": kind.failing for name, kind in KINDS.items() if kind.reads == "plan"},
    **{f"{name}-passing": kind.passing for name, kind in KINDS.items() if kind.reads == "plan"},
    **{f"generated-{n}-{seed}": generate(n, seed) for n, seed in ((3, 1), (40, 2), (300, 3))},
}


@pytest.mark.parametrize("text", VALID.values(), ids=VALID.keys())
def test_valid_files_read_alike(text: str) -> None:
    assert_read_alike(text)


@pytest.mark.parametrize(
    "name", ["long-an", "slips", "clean", "template", "generated-300-3", "claim-rate-failing"]
)
def test_check_json_is_the_same_bytes(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text(VALID[name], encoding="utf-8")
    streamed = run_cli("check", str(path), "--format", "json")
    with monkeypatch.context() as patch:
        patch.setattr(loading, "read_streaming", lambda *args: None)
        quick = run_cli("check", str(path), "--format", "json")
    monkeypatch.setenv(NO_FAST_PATH, "1")
    slow = run_cli("check", str(path), "--format", "json")
    assert streamed == quick == slow
    assert quick.stdout.startswith("{")


def test_every_kind_checks_to_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = []
    for name, kind in KINDS.items():
        if kind.reads != "plan":
            continue  # a document's example: it has no YAML to read fast or slow
        for example in ("failing", "passing"):
            paths.append(tmp_path / f"{name}-{example}.yaml")
            paths[-1].write_text(getattr(kind, example), encoding="utf-8")
    streamed = run_cli("check", *map(str, paths), "--format", "json")
    with monkeypatch.context() as patch:
        patch.setattr(loading, "read_streaming", lambda *args: None)
        quick = run_cli("check", *map(str, paths), "--format", "json")
    monkeypatch.setenv(NO_FAST_PATH, "1")
    assert streamed == quick == run_cli("check", *map(str, paths), "--format", "json")


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_files_are_never_read_more_leniently(case: Any) -> None:
    assert_never_more_lenient(case.text)


def _problems(text: str, loader: Any) -> list[Problem]:
    with pytest.raises(LoadError) as refused:
        loading.load_text(text, NAME, loader)
    return refused.value.problems


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_files_give_the_same_problems_with_streaming(
    case: Any, loader: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    streamed = _problems(case.text, loader)
    with monkeypatch.context() as patch:
        patch.setattr(loading, "read_streaming", lambda *args: None)
        assert streamed == _problems(case.text, loader)
    monkeypatch.setenv(NO_FAST_PATH, "1")
    assert streamed == _problems(case.text, loader)


def test_streaming_keeps_nothing_of_the_items() -> None:
    """Each item is handed over as it closes; the data and positions keep only its place."""
    seen: list[tuple[str, int]] = []
    located = parse(
        VALID["generated-40-2"],
        NAME,
        on_item=lambda section, index, *_: seen.append((section, index)),
    )
    assert located is not None
    data = located.data
    for section in ("units", "claims", "targets"):
        assert data[section] == [None] * len(data[section])
        assert seen.count((section, 0)) == (1 if data[section] else 0)
    assert len(seen) == sum(len(data[section]) for section in ("units", "claims", "targets"))


def test_claims_before_units_are_streamed_alike() -> None:
    order = ["lotrinh", "targets", "claims", "plan", "years", "units"]
    assert_read_alike(dump({key: RICH[key] for key in order}))


ALIASED = [
    "lotrinh: 1\nplan: {title: &t T}\nunits:\n  - {id: a, name: A, figures: &f {2023: 1}}\n"
    "  - {id: b, name: B, figures: *f}\n",
    "lotrinh: 1\nplan: &p {title: T}\nunits:\n  - {id: a, name: A}\n  - {id: b, name: *p}\n",
    "lotrinh: 1\nunits:\n  - &u {id: a, name: A}\nclaims:\n  - *u\n",
]


@pytest.mark.parametrize("text", ALIASED)
def test_a_repeated_mapping_makes_streaming_step_aside(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert read_streaming(text, NAME) is None
    outcome = _outcome(lambda: loading.load_text(text, NAME))
    monkeypatch.setenv(NO_FAST_PATH, "1")
    assert same(outcome, _outcome(lambda: loading.load_text(text, NAME)))


def test_a_repeated_scalar_is_streamed_alike() -> None:
    text = "lotrinh: 1\nplan: {title: &t T}\nunits:\n  - {id: a, name: *t}\n  - {id: b, name: *t}\n"
    assert_read_alike(text)


def test_the_switch_turns_the_fast_path_off(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any) -> None:
        raise AssertionError("the fast path ran")

    monkeypatch.setattr(loading, "read_plan", refuse)
    monkeypatch.setattr(loading, "read_streaming", refuse)
    monkeypatch.setenv(NO_FAST_PATH, "1")
    assert loading.load_text(VALID["clean"], NAME).units
    monkeypatch.setenv(NO_FAST_PATH, "0")
    with pytest.raises(AssertionError):
        loading.load_text(VALID["clean"], NAME)


def test_loading_a_valid_plan_imports_no_pydantic_model() -> None:
    code = (
        "import sys; from pathlib import Path; from lotrinh.loading import load_plan; "
        f"load_plan(Path({str(LONG_AN)!r})); "
        "print(sorted(m for m in sys.modules if m in "
        "('pydantic.main', 'lotrinh.loading.schema', 'lotrinh.loading.messages')))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("shape", "model"),
    [
        (plan_format.PlanData, PlanFile),
        (plan_format.PlanMetaData, PlanMetaModel),
        (plan_format.UnitData, UnitModel),
        (plan_format.FigureData, FigureModel),
        (plan_format.ClaimData, ClaimModel),
        (plan_format.ChangeData, ChangeModel),
        (plan_format.TargetData, TargetModel),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_fast_path_knows_the_schema_keys(shape: Any, model: Any) -> None:
    """Both read the keys of one declaration: the same, in the same order, the same required."""
    specs = plan_format.fields_of(shape)
    assert [spec.name for spec in specs] == list(model.model_fields)
    assert {spec.name for spec in specs if spec.required} == {
        name for name, field in model.model_fields.items() if field.is_required()
    }


# Valid plans, written in every way the format allows.

UNIT_IDS = ["tong", "cbcc", "vc", "a.b", "x-1", "y_2"]
texts = st.text(st.characters(whitelist_categories=("L", "N", "P", "Zs")), max_size=8)
counts = st.integers(0, 10**7).flatmap(
    lambda n: st.sampled_from(
        [
            str(n),
            format_count(n),
            f"{n:,}".replace(",", " "),
            f" {n}",
            f"{n:,}".replace(",", "\u202f"),
        ]
    )
)
rates = st.builds(
    lambda whole, frac, space: f"{whole}{',' + frac if frac else ''}{space}%",
    st.integers(0, 100),
    st.sampled_from(["", "5", "08", "125"]),
    st.sampled_from(["", " "]),
)
# A minimum reduction is at most 100%: more is refused on every path.
shares = st.builds(
    lambda whole, frac: f"{whole}{',' + frac if frac else ''}%",
    st.integers(0, 99),
    st.sampled_from(["", "5", "08"]),
) | st.just("100%")
years = st.integers(1990, 2100)
year_texts = years.flatmap(lambda y: st.sampled_from([y, str(y), f" {y} "]))
dates = st.sampled_from(["2023-08-11", "11/8/2023", "29/02/2024", "01/01/1999"])


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


figures = st.dictionaries(
    years,
    st.one_of(
        counts,
        st.fixed_dictionaries(
            {"value": counts}, optional={"derived_from": maybe(texts), "note": maybe(texts)}
        ),
    ),
    max_size=4,
)
units = st.lists(
    st.fixed_dictionaries(
        {"id": st.sampled_from(UNIT_IDS), "name": texts},
        optional={
            "short": maybe(texts),
            "category": st.sampled_from(["CBCC", "VC", None]),
            "parts": st.lists(st.sampled_from(UNIT_IDS), max_size=3),
            "figures": figures,
        },
    ),
    min_size=1,
    max_size=4,
    unique_by=lambda unit: unit["id"],
)
changes = st.fixed_dictionaries(
    {"base_year": year_texts},
    optional={"reduction": maybe(counts), "increase": maybe(counts), "rate": maybe(rates)},
)
claims = st.fixed_dictionaries(
    {"unit": st.sampled_from(UNIT_IDS), "year": year_texts, "quote": texts},
    optional={
        "id": maybe(texts),
        "source_line": maybe(counts),
        "value": maybe(counts),
        "changes": st.lists(changes, max_size=2),
        "note": maybe(texts),
    },
)
targets = st.fixed_dictionaries(
    {
        "id": st.sampled_from(UNIT_IDS),
        "source": texts,
        "base_year": years,
        "deadline": years,
        "min_reduction": shares,
    },
    optional={
        "quote": maybe(texts),
        "category": st.sampled_from(["CBCC", "VC", None]),
        "units": maybe(st.lists(st.sampled_from(UNIT_IDS), max_size=3)),
    },
)
metas = st.fixed_dictionaries(
    {},
    optional={
        **{key: maybe(texts) for key in ("number", "title", "issuer", "scope", "source")},
        "date": maybe(dates),
    },
)
plans = st.fixed_dictionaries(
    {"lotrinh": st.sampled_from(["1", 1, " 1"]), "units": units},
    optional={
        "plan": metas,
        "years": st.dictionaries(years, st.sampled_from(["actual", "target"]), max_size=3),
        "claims": st.lists(claims, max_size=4),
        "targets": st.lists(targets, max_size=2),
    },
)


DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False)


@SETTINGS
@given(plans)
def test_generated_valid_plans_read_alike(plan: dict[str, Any]) -> None:
    assert_read_alike(dump(plan))


AWKWARD = [
    *[None, [], {}, [None], [[]], ["Tong"], {"value": "1"}, {"x": "1"}, "", " ", "x"],
    *["tong\n", " tong", "TONG", "a b", "vc", "tong.", "-tong", "tộng"],
    *["1.5", "-3", "-0", "+5", "28,96", "012", "28.0", "1e3", "0x10", "1_000", "1.000.000"],
    *["1 000", "1.000 000", "1\u00a0000", "١٢٣", "２０２３", "2023.0", "2023\n", "1989", "2101"],
    *["24", "02023", "10 %", "10  %", "10%%", "5.5%", "1,5%", "%", ",5%", "05%"],
    *["CBCC", "CBCC ", "cbcc", "Cbcc", "actual", "actual ", "ACTUAL", "target"],
    *["2023-13-01", "31/02/2023", "11/8/23", "2023-8-1", "1", " 1 ", "2", "yes", "null"],
]


# Mutated plans: one key dropped or renamed, or one value replaced.

KEYS = st.sampled_from(["lotrinh", "unit", "units", "figures", "figure", "value", "id", "2023"])


def mutate(data: Any, draw: st.DrawFn) -> Any:
    """`data` with one change somewhere below the top."""
    if isinstance(data, dict) and data:
        key = draw(st.sampled_from(sorted(data)))
        action = draw(st.sampled_from(["drop", "rename", "replace", "descend"]))
        changed = dict(data)
        if action == "drop":
            del changed[key]
        elif action == "rename":
            changed[draw(KEYS)] = changed.pop(key)
        elif action == "replace":
            changed[key] = draw(st.sampled_from(AWKWARD))
        else:
            changed[key] = mutate(data[key], draw)
        return changed
    if isinstance(data, list) and data:
        index = draw(st.integers(0, len(data) - 1))
        changed_list = list(data)
        if draw(st.booleans()):
            changed_list[index] = draw(st.sampled_from(AWKWARD))
        else:
            changed_list[index] = mutate(data[index], draw)
        return changed_list
    return draw(st.sampled_from(AWKWARD))


@SETTINGS
@given(plans, st.data())
def test_mutated_plans_are_never_read_more_leniently(plan: dict[str, Any], data: Any) -> None:
    mutated = plan
    for _ in range(data.draw(st.integers(1, 3))):
        mutated = mutate(mutated, data.draw)
    assert_never_more_lenient(dump(mutated))


# Every field of a plan that uses all of them, given every awkward value and key.

RICH: dict[str, Any] = {
    "lotrinh": "1",
    "plan": {"number": "1/KH", "title": "t", "issuer": "i", "date": "2023-08-11"},
    "years": {"2023": "actual", "2024": "target"},
    "units": [
        {
            "id": "tong",
            "name": "Tổng",
            "short": "T",
            "category": "VC",
            "parts": ["vc"],
            "figures": {"2023": "1.000", "2024": {"value": "990", "derived_from": "c"}},
        },
        {"id": "vc", "name": "VC", "figures": {"2023": "1.000", "2024": "990"}},
    ],
    "claims": [
        {
            "id": "c",
            "unit": "tong",
            "year": "2024",
            "quote": "q",
            "source_line": "3",
            "value": "990",
            "changes": [{"base_year": "2023", "reduction": "10", "rate": "1%"}],
        },
        {
            "unit": "vc",
            "year": "2024",
            "quote": "q",
            "changes": [{"base_year": "2023", "increase": "0"}],
        },
    ],
    "targets": [
        {
            "id": "kl40",
            "source": "KL 40",
            "quote": "q",
            "units": ["tong"],
            "base_year": "2023",
            "deadline": "2024",
            "min_reduction": "1%",
        },
        {
            "id": "kl40-vc",
            "source": "KL 40",
            "category": "VC",
            "base_year": "2023",
            "deadline": "2024",
            "min_reduction": "1,0%",
        },
    ],
}


def _spots(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path in `data`, the top included."""
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _spots(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _spots(value, (*path, index))
    return found


def _at(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def test_rich_plan_reads_alike() -> None:
    assert_read_alike(dump(RICH))


def test_no_awkward_value_is_read_more_leniently() -> None:
    for path in _spots(RICH)[1:]:
        for value in AWKWARD:
            plan = copy.deepcopy(RICH)
            _at(plan, path[:-1])[path[-1]] = value
            assert_never_more_lenient(dump(plan))


def test_no_missing_or_unknown_key_is_read_more_leniently() -> None:
    mappings = [path for path in _spots(RICH) if isinstance(_at(RICH, path), dict)]
    for path in mappings:
        for key in [*_at(RICH, path), None]:
            plan = copy.deepcopy(RICH)
            mapping = _at(plan, path)
            if key is None:
                mapping["extra"] = "1"
            else:
                del mapping[key]
            assert_never_more_lenient(dump(plan))
