"""Small plans for the core's unit tests, and the context a check builds from one."""

from __future__ import annotations

from lotrinh.core.context import Context
from lotrinh.core.values import Links, derive
from lotrinh.loading import load_text
from lotrinh.model import Plan
from lotrinh.numbers import Rounding

HEAD = "lotrinh: 1\nunits:\n"


def plan(text: str) -> Plan:
    return load_text(text, "plan.yaml")


def context(text: str, rounding: Rounding = Rounding.HALF_UP) -> Context:
    """As `check_plan` builds it: the plan, its derived values, the rounding of rates."""
    loaded = plan(text)
    return Context(loaded, derive(loaded, Links(loaded)), rounding)
