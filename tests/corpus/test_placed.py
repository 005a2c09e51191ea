"""No line is called understood with a number of it left unplaced, over every set's documents.

A line is `understood` only when every staffing quantity in it went into the plan or was
placed outside it for a reason its form says (contract staff, a count of bodies, leavers, ...).
A subset said of a figure (", trong đó có 13.540 giáo viên", "(trong đó có 96 bác sĩ") is a
unit of its own: on a line whose figures are used it is placed only as that unit's figure, never
left outside (blind AC2 called "15.118 người, giảm 301 người (trong đó có 13.540 giáo viên)"
understood with the teachers dropped). The reader checks this in one place
(`build._left`); this test checks the outcome on every document, with a pattern of its own.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lotrinh.extract import Status
from lotrinh.extract.document import tokens
from tests.corpus.runner import ROOT, documents, run_lotrinh

SETS = sorted(
    folder
    for folder in (ROOT / "tests").iterdir()
    if folder.is_dir() and any(folder.glob("*/truth.yaml"))
)

_SUBSET_SAID = re.compile(
    r"trong\s+đó\s*,?\s+có\s+([0-9][0-9.]*)\s+(?:(?:biên\s+chế|chỉ\s+tiêu|người)\s+)?"
    r"(?:giáo\s+viên|giảng\s+viên|bác\s+sĩ|dược\s+sĩ|y\s+sĩ|điều\s+dưỡng|diễn\s+viên|nghệ\s+sĩ"
    r"|huấn\s+luyện\s+viên)",
    re.IGNORECASE,
)


def _dropped(root: Path) -> list[str]:
    """Each understood line of the set's documents holding a quantity neither used nor left,
    or a subset said of a figure that is not among the numbers used."""
    found = []
    for doc in documents(root):
        # `lotrinh extract`'s coverage report, from the run test_reading scores (one reading
        # of each document per session); None where the document is refused
        extracted = run_lotrinh(doc.path)[0]
        if extracted is None:
            continue
        for entry in extracted["coverage"]["sentences"]:
            if entry["status"] != Status.UNDERSTOOD.value:
                continue
            where = f"{root.name}/{doc.slug}:{entry['line']}"
            used, unused, quote = entry["used"], entry["unused"], entry["quote"]
            if unused:
                found.append(f"{where}: {unused} left on an understood line")
            quantities = {token.text for token in tokens(quote) if token.quantity}
            for match in _SUBSET_SAID.finditer(quote):
                count = match.group(1).rstrip(".")
                if used and count in quantities and count not in used:
                    found.append(f"{where}: the subset {count} dropped beside {used}")
    return found


@pytest.mark.parametrize("root", SETS, ids=[folder.name for folder in SETS])
def test_no_understood_line_has_an_unplaced_number(root: Path) -> None:
    assert _dropped(root) == []
