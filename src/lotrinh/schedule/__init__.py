"""Schedules: yearly reduction roadmaps that meet a target exactly, in whole posts.

The core of `lotrinh schedule`, pure arithmetic on int and Fraction (no typer, no rich, no
I/O): `target` reads the legal minimum, `spread` lays a total over years, `apportion` splits
it across units, `build` puts them together into a `Schedule`, and `fromplan` reads a request
out of a loaded plan. Anything that cannot be scheduled raises `ScheduleError`, which the CLI
turns into exit code 2.
"""

from __future__ import annotations

from lotrinh.schedule.apportion import Split, apportion, biproportional
from lotrinh.schedule.build import PartSpec, Request, build
from lotrinh.schedule.errors import ScheduleError
from lotrinh.schedule.result import PartSchedule, Schedule, Step
from lotrinh.schedule.spread import Spread, spread
from lotrinh.schedule.target import Requirement, from_posts, from_rate, from_value

__all__ = [
    "PartSchedule",
    "PartSpec",
    "Request",
    "Requirement",
    "Schedule",
    "ScheduleError",
    "Split",
    "Spread",
    "Step",
    "apportion",
    "biproportional",
    "build",
    "from_posts",
    "from_rate",
    "from_value",
    "spread",
]
