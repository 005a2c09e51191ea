"""Loading: a plan file's bytes to a validated domain `Plan`, or a located `LoadError`.

decode (bytes → text) → yamltree (text → located plain data) → schema (pydantic) → convert
(structure). Nothing here computes a finding; nothing here prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from lotrinh.loading.convert import to_plan
from lotrinh.loading.decode import DEFAULT_MAX_BYTES, decode, read_text
from lotrinh.loading.errors import LoadError, Problem
from lotrinh.loading.located import Located
from lotrinh.loading.messages import relevant, translate
from lotrinh.loading.schema import PlanFile
from lotrinh.loading.yamltree import parse
from lotrinh.model import Plan

__all__ = ["DEFAULT_MAX_BYTES", "LoadError", "Problem", "load_plan", "load_text"]


def load_plan(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, loader: type[Any] | None = None
) -> Plan:
    """Read, parse, validate and convert one plan file."""
    return load_text(read_text(path, max_bytes), str(path), loader)


def load_bytes(data: bytes, name: str, loader: type[Any] | None = None) -> Plan:
    """As `load_plan`, from bytes already in memory (tests, standard input)."""
    return load_text(decode(data, name), name, loader)


def load_text(text: str, name: str, loader: type[Any] | None = None) -> Plan:
    """Parse and validate plan text; `name` is used in every message."""
    located = load_located(text, name, loader)
    try:
        model = PlanFile.model_validate(located.data)
    except ValidationError as exc:
        raise LoadError(_problems(exc, located, name)) from None
    return to_plan(model, located, name)


def load_located(text: str, name: str, loader: type[Any] | None = None) -> Located:
    """Text to located plain data, refusing what is not a single YAML mapping."""
    located = parse(text, name, loader)
    if located is None:
        raise LoadError(
            [
                Problem(
                    name,
                    1,
                    1,
                    "tệp rỗng: không có kế hoạch nào",
                    "the file is empty: there is no plan",
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


def _problems(exc: ValidationError, located: Located, name: str) -> list[Problem]:
    problems = []
    for error in relevant(exc.errors(include_url=False), located.data):
        vi, en, path, on_key = translate(error, located.data, PlanFile)
        at = located.position(path, key=on_key)
        problems.append(Problem(name, at.line, at.column, vi, en))
    return sorted(problems, key=lambda p: (p.line, p.column))
