"""Loading: a plan file's bytes to a validated domain `Plan`, or a located `LoadError`.

decode (bytes → text) → yamltree (text → located plain data) → fast path, else schema
(pydantic) → convert (structure). Nothing here computes a finding; nothing here prints.

A valid file is first tried by streaming (`stream`: fast path and conversion item by item as
it is parsed, so that a large plan's plain data is never held whole); anything it is not
sure of is loaded again from the start by the path above, which alone reports problems.

pydantic is imported only when the fast path (`fast`) declines a file, which then gets
pydantic's messages exactly as before: importing it and building the schema's validators
would cost more than checking a real plan. LOTRINH_NO_FAST_PATH=1 turns the fast path and
streaming off (to compare, in tests and in the bench).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lotrinh.loading.convert import to_plan
from lotrinh.loading.decode import DEFAULT_MAX_BYTES, decode, read_bytes
from lotrinh.loading.errors import LoadError, Problem
from lotrinh.loading.fast import read_plan
from lotrinh.loading.located import Located
from lotrinh.loading.stream import read_streaming
from lotrinh.loading.text import check_characters
from lotrinh.loading.yamltree import parse
from lotrinh.model import Plan

if TYPE_CHECKING:
    from lotrinh.loading.plan_format import PlanData

NO_FAST_PATH = "LOTRINH_NO_FAST_PATH"
"""Set to anything but '' or '0' to validate every file with pydantic."""

__all__ = ["DEFAULT_MAX_BYTES", "LoadError", "Problem", "load_plan", "load_text"]


def load_plan(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, loader: type[Any] | None = None
) -> Plan:
    """Read, parse, validate and convert one plan file."""
    return load_bytes(read_bytes(path, max_bytes), str(path), loader)


def load_bytes(data: bytes, name: str, loader: type[Any] | None = None) -> Plan:
    """As `load_plan`, from bytes already in memory.

    A valid plan streams from the bytes themselves: Vietnamese text decoded in memory is
    about twice the size of its UTF-8 bytes, so the decoded copy is checked and let go
    before parsing, and made again only if the ordinary path has to explain a problem.
    """
    text = decode(data, name)
    if fast_path_enabled():
        check_characters(text, name)
        del text
        plan = read_streaming(data, name, loader)
        if plan is not None:
            return plan
        text = decode(data, name)
    return plan_of(load_located(text, name, loader), name)


def load_text(text: str, name: str, loader: type[Any] | None = None) -> Plan:
    """Parse and validate plan text; `name` is used in every message."""
    if fast_path_enabled():
        plan = read_streaming(text, name, loader)
        if plan is not None:
            return plan
    return plan_of(load_located(text, name, loader), name)


def plan_of(located: Located, name: str) -> Plan:
    """Located plain data (from YAML, or from a document's extraction) to the domain plan:
    the fast path where it is sure, pydantic's located messages where it is not."""
    if fast_path_enabled():
        model = read_plan(located.data)
        if model is not None:
            return to_plan(model, located, name)
    return to_plan(validate(located, name), located, name)


def fast_path_enabled() -> bool:
    """Whether valid files skip pydantic (the default), read at each call so that tests can
    switch it."""
    return os.environ.get(NO_FAST_PATH, "") in ("", "0")


def validate(located: Located, name: str) -> PlanData:
    """Validate with the pydantic schema, every problem located and translated; the file as
    the declaration's tuples, as the fast path reads it."""
    from pydantic import ValidationError

    from lotrinh.loading.messages import relevant, translate
    from lotrinh.loading.schema import PlanFile, as_declared

    try:
        return as_declared(PlanFile.model_validate(located.data))  # type: ignore[no-any-return]
    except ValidationError as exc:
        problems = []
        for error in relevant(exc.errors(include_url=False), located.data):
            vi, en, path, on_key = translate(error, located.data, PlanFile)
            at = located.position(path, key=on_key)
            problems.append(Problem(name, at.line, at.column, vi, en, at.cell))
        raise LoadError(sorted(problems, key=lambda p: (p.line, p.column))) from None


def load_located(text: str, name: str, loader: type[Any] | None = None) -> Located:
    """Text to located plain data, refusing what is not a single YAML mapping."""
    located = parse(text, name, loader)
    if located is None:
        raise LoadError(
            [
                Problem.of_file(
                    name, "tệp rỗng: không có kế hoạch nào", "the file is empty: there is no plan"
                )
            ]
        )
    if not isinstance(located.data, dict):
        what_vi, what_en = (
            ("danh sách", "a list")
            if isinstance(located.data, list)
            else ("một giá trị đơn", "a single value")
        )
        at = located.position(())
        raise LoadError(
            [
                Problem(
                    name,
                    at.line,
                    at.column,
                    "tệp kế hoạch phải là một ánh xạ (lotrinh:, plan:, units:, ...), "
                    f"không phải {what_vi}",
                    f"a plan file must be a mapping (lotrinh:, plan:, units:, ...), not {what_en}",
                )
            ]
        )
    return located
