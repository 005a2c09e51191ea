"""lotrinh: checks the arithmetic of Vietnamese staffing-reduction roadmaps.

The package is a pipeline, and its folders say so:
loading (YAML → validated `model.Plan`) → core (plan → derived figures and findings, pure)
→ render (findings → table, JSON, SARIF, ...) → cli (wiring and exit codes).
"""

__version__ = "0.1.0"

HOMEPAGE: str | None = None
"""Where users read about lotrinh, once it has a public address; SARIF viewers then link the
tool and each rule to it. None until then: an address that does not exist is worse than none."""
