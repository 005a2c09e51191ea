"""Render docs/img/excel-export.png: the "Lộ trình" sheet of the Long An plan's export, as
LibreOffice prints it (headless → PDF → PNG with pdftoppm). Run from the repository root:

    .venv/bin/python docs/img/excel_screenshot.py

The other sheets are hidden in a scratch copy so that the PDF holds the roadmap only; the
formulas still compute from them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parents[2]
SHOWN = "Lộ trình"
LOCALE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">
<value>vi-VN</value></prop></item>
</oor:items>
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        export = folder / "long-an.xlsx"
        lotrinh = Path(sys.executable).with_name("lotrinh")
        plan = ROOT / "plans" / "long-an-123-kh-tu-2023.yaml"
        subprocess.run([str(lotrinh), "export", str(plan), "-o", str(export)], check=True)
        book = load_workbook(export)
        for sheet in book.worksheets:
            if sheet.title != SHOWN:
                sheet.sheet_state = "hidden"
        book.active = book.sheetnames.index(SHOWN)
        book.save(export)
        # Vietnamese number display (28.960, 1,63%), as the analyst's own Excel shows it.
        user = folder / "profile" / "user"
        user.mkdir(parents=True)
        (user / "registrymodifications.xcu").write_text(LOCALE, encoding="utf-8")
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                str(export),
            ],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                "-y",
                "40",
                "-W",
                "900",
                "-H",
                "430",
                str(folder / "long-an.pdf"),
                str(folder / "page"),
            ],
            check=True,
        )
        shutil.copy(folder / "page.png", ROOT / "docs" / "img" / "excel-export.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
