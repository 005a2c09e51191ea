"""The core: a validated plan in, derived figures and findings out. No I/O, no typer, no rich.

values (stated and implied figures) → checks (sums, conflicts, claims, trend, targets)
→ diagnose (single slips that explain several findings) → CheckResult.
"""

from lotrinh.core.check import CheckResult, check_plan

__all__ = ["CheckResult", "check_plan"]
