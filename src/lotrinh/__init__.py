"""lotrinh: checks the arithmetic of Vietnamese staffing-reduction roadmaps.

The package is a pipeline, and its folders say so:
loading (YAML → validated `model.Plan`) → core (plan → derived figures and findings, pure)
→ render (findings → table, JSON, SARIF, ...) → cli (wiring and exit codes).
"""

__version__ = "0.1.0"

HOMEPAGE = "https://github.com/lotrinh/lotrinh"
"""Where users read about lotrinh; SARIF viewers link rules and the tool to it. The one place
to change when the project's public address changes."""
