"""Every message template of every finding kind, in both languages, filled by a finding the
check really makes: the message, each variant and each hint, with the words and numbers a
reader sees worked out by hand beside each case (issue 14: a missing placeholder must fail
a test, never print silently as `{name}`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from string import Formatter

import pytest

from lotrinh.core import CheckResult, check_plan
from lotrinh.core.suppress import apply, scan
from lotrinh.extract import extract_plan, plan_from_result
from lotrinh.extract.verdict import reading_findings
from lotrinh.findings.finding import Finding
from lotrinh.findings.kinds import KINDS, FindingKind, Text
from lotrinh.loading import load_text
from lotrinh.numbers import Lang
from lotrinh.render.messages import cause_text, hints, message

HEAD = "lotrinh: 1\nunits:\n"


def _change(figures: str, change: str, year: int = 2024, base_year: int = 2023) -> str:
    """One unit A with its figures and one change claim on it."""
    claim = f"{{unit: a, year: {year}, quote: q, changes: [{{{change}, base_year: {base_year}}}]}}"
    return HEAD + f"  - {{id: a, name: A, figures: {{{figures}}}}}\nclaims:\n  - {claim}\n"


@dataclass(frozen=True)
class Case:
    """A plan, the kind of the finding looked at, the templates it fills (the message or a
    variant, then hint keys), and what a reader sees in Vietnamese and in English."""

    name: str
    kind: str
    plan: str
    template: str  # "message" or a variant name
    keys: tuple[str, ...]
    vi: tuple[str, ...]  # the message, then each hint
    en: tuple[str, ...]
    document: bool = False


CASES = [
    # 1.000 (tổng) against 300 + 600 = 900: off by 1.000 − 900 = 100
    Case(
        "sum",
        "sum-mismatch",
        KINDS["sum-mismatch"].failing,
        "message",
        (),
        (
            "Tổng năm 2023: tổng ghi 1.000, nhưng các thành phần (CBCC, VC) cộng lại là 900 "
            "(lệch 100).",
        ),
        (
            "Tổng 2023: the total is written as 1,000, but its parts (CBCC, VC) add up to 900 "
            "(off by 100).",
        ),
    ),
    # 2021 from 2024: 900 + 100 = 1.000; from 2025: 850 + 200 = 1.050. Two sentences alone
    # name no odd one out.
    Case(
        "conflict",
        "implied-base-conflict",
        KINDS["implied-base-conflict"].failing,
        "message",
        (),
        ("VC năm 2021: các câu văn suy ra những giá trị khác nhau: 1.000, 1.050.",),
        ("VC 2021: the claims imply different values: 1,000, 1,050.",),
    ),
    # 2021 from a: 900 + 100 = 1.000, from c: 800 + 200 = 1.000, from b: 800 + 250 = 1.050
    Case(
        "odd one out",
        "implied-base-conflict",
        HEAD + "  - {id: vc, name: VC, figures: {2024: 900, 2025: 800, 2026: 800}}\nclaims:\n"
        "  - {unit: vc, year: 2024, quote: a, changes: [{reduction: 100, base_year: 2021}]}\n"
        "  - {unit: vc, year: 2025, quote: b, changes: [{reduction: 250, base_year: 2021}]}\n"
        "  - {unit: vc, year: 2026, quote: c, changes: [{reduction: 200, base_year: 2021}]}\n",
        "message",
        ("odd-one-out",),
        (
            "VC năm 2021: các câu văn suy ra những giá trị khác nhau: 1.000, 1.050.",
            "Câu này suy ra 1.050, các câu còn lại đều suy ra 1.000: có lẽ câu này sai.",
        ),
        (
            "VC 2021: the claims imply different values: 1,000, 1,050.",
            "This sentence implies 1,050, all the others imply 1,000: it is probably the wrong "
            "one.",
        ),
    ),
    # B 2023 is 907 (970 with two digits swapped). 2022 from the sentences: A 480 + 20 = 500,
    # B 907 + 30 = 937; their sum 1.437 against the stated total 1.500: off by 63.
    Case(
        "sum of implied figures",
        "implied-base-conflict",
        HEAD + "  - {id: t, name: T, parts: [a, b], figures: {2022: 1.500, 2023: 1.450}}\n"
        "  - {id: a, name: A, figures: {2023: 480}}\n"
        "  - {id: b, name: B, figures: {2023: 907}}\nclaims:\n"
        "  - {unit: a, year: 2023, quote: qa, changes: [{reduction: 20, base_year: 2022}]}\n"
        "  - {unit: b, year: 2023, quote: qb, changes: [{reduction: 30, base_year: 2022}]}\n",
        "sum",
        ("odd-part",),
        (
            "T năm 2022: các số suy ra không khớp nhau: tổng là 1.500, nhưng các thành phần "
            "(A, B) cộng lại là 1.437 (lệch 63).",
            "Số của thành phần B (câu này) có lẽ là số sai.",
        ),
        (
            "T 2022: the derived figures disagree: the total is 1,500, but its parts (A, B) add "
            "up to 1,437 (off by 63).",
            "The figure of the part B (this sentence) is probably the wrong one.",
        ),
    ),
    # steps 27 + 11 − 4 = 34 against 3.292 − 3.259 = 33; 3.259 + 34 = 3.293 (no typo hint: a
    # sum is no number written)
    Case(
        "steps that do not add up",
        "claim-difference",
        _change("2023: 3.292, 2024: 3.259", "reductions: [27, 11], increases: [4]"),
        "message",
        ("steps", "implies"),
        (
            "A năm 2024: văn bản nói giảm 34 so với năm 2023, nhưng số liệu cho giảm 33.",
            "Câu này nêu mức thay đổi thành từng khoản (giảm 27, giảm 11, tăng 4), cộng lại là "
            "giảm 34.",
            "Nếu mức giảm 34 là đúng thì số năm 2023 phải là 3.293.",
        ),
        (
            "A 2024: the text says 34 fewer against 2023, but the figures give 33 fewer.",
            "This sentence gives the change in steps (27 fewer, 11 fewer, 4 more), which add up "
            "to 34 fewer.",
            "If 34 were right, 2023 would have to be 3,293.",
        ),
    ),
    # 2023 from the sentences: 3.259 + 33 = 3.292, and 3.259 + (27 + 11 − 4) = 3.293
    Case(
        "steps against a stated change",
        "implied-base-conflict",
        HEAD + "  - {id: a, name: A, figures: {2024: 3.259}}\nclaims:\n"
        "  - {unit: a, year: 2024, quote: q, changes: [{reduction: 33, base_year: 2023}]}\n"
        "  - {unit: a, year: 2024, quote: r, changes: [{reductions: [27, 11], increases: [4], "
        "base_year: 2023}]}\n",
        "message",
        ("steps",),
        (
            "A năm 2023: các câu văn suy ra những giá trị khác nhau: 3.292, 3.293.",
            "Câu này nêu mức thay đổi thành từng khoản (giảm 27, giảm 11, tăng 4), cộng lại là "
            "giảm 34.",
        ),
        (
            "A 2023: the claims imply different values: 3,292, 3,293.",
            "This sentence gives the change in steps (27 fewer, 11 fewer, 4 more), which add up "
            "to 34 fewer.",
        ),
    ),
    # 1.848 teachers counted inside 1.642 people: more than the whole
    Case(
        "subset above its whole",
        "subset-exceeds-whole",
        KINDS["subset-exceeds-whole"].failing,
        "message",
        (),
        (
            "Giáo viên năm 2025: ghi 1.848, nhưng đây chỉ là một phần của VC, mà VC cùng năm chỉ "
            "có 1.642.",
        ),
        (
            "Giáo viên 2025: written as 1,848, but it is only some of VC, which has 1,642 that "
            "year.",
        ),
    ),
    # 24.424 → 24.992: a rise of 24.992 − 24.424 = 568
    Case(
        "rise",
        "unexpected-increase",
        KINDS["unexpected-increase"].failing,
        "message",
        (),
        ("VC: năm 2024 là 24.992, tăng 568 so với năm 2023 (24.424).",),
        ("VC: 2024 is 24,992, 568 more than 2023 (24,424).",),
    ),
    # VC 2023 should be 1.490 − 500 = 990: 900 is the slip, and 900 → 980 a rise of 80
    Case(
        "rise from an earlier slip",
        "unexpected-increase",
        HEAD + "  - {id: tong, name: Tổng, parts: [cbcc, vc], figures: "
        "{2022: 1.500, 2023: 1.490, 2024: 1.480}}\n"
        "  - {id: cbcc, name: CBCC, figures: {2022: 500, 2023: 500, 2024: 500}}\n"
        "  - {id: vc, name: VC, figures: {2022: 1.000, 2023: 900, 2024: 980}}\n",
        "message",
        ("earlier-slip",),
        (
            "VC: năm 2024 là 980, tăng 80 so với năm 2023 (900).",
            "Số năm 2023 (900) có lẽ mới là số sai.",
        ),
        (
            "VC: 2024 is 980, 80 more than 2023 (900).",
            "The 2023 figure (900) is probably the wrong one.",
        ),
    ),
    # 1.000 − 950 = 50, written 60 (one digit); 60 would need 2023 = 950 + 60 = 1.010
    Case(
        "one digit",
        "claim-difference",
        _change("2023: 1.000, 2024: 950", "reduction: 60"),
        "message",
        ("typo-digit", "implies"),
        (
            "A năm 2024: văn bản nói giảm 60 so với năm 2023, nhưng số liệu cho giảm 50.",
            "60 và 50 chỉ khác một chữ số: có thể gõ nhầm.",
            "Nếu mức giảm 60 là đúng thì số năm 2023 phải là 1.010.",
        ),
        (
            "A 2024: the text says 60 fewer against 2023, but the figures give 50 fewer.",
            "60 and 50 differ in one digit: possibly a typo.",
            "If 60 were right, 2023 would have to be 1,010.",
        ),
    ),
    # 1.000 − 955 = 45, written 54; 955 + 54 = 1.009
    Case(
        "swapped digits",
        "claim-difference",
        _change("2023: 1.000, 2024: 955", "reduction: 54"),
        "message",
        ("typo-transposition", "implies"),
        (
            "A năm 2024: văn bản nói giảm 54 so với năm 2023, nhưng số liệu cho giảm 45.",
            "54 và 45 đảo chỗ hai chữ số: có thể gõ nhầm.",
            "Nếu mức giảm 54 là đúng thì số năm 2023 phải là 1.009.",
        ),
        (
            "A 2024: the text says 54 fewer against 2023, but the figures give 45 fewer.",
            "54 and 45 have two digits swapped: possibly a typo.",
            "If 54 were right, 2023 would have to be 1,009.",
        ),
    ),
    # 1.000 − 875 = 125, written 15 (the 2 dropped); 875 + 15 = 890
    Case(
        "dropped digit",
        "claim-difference",
        _change("2023: 1.000, 2024: 875", "reduction: 15"),
        "message",
        ("typo-dropped", "implies"),
        (
            "A năm 2024: văn bản nói giảm 15 so với năm 2023, nhưng số liệu cho giảm 125.",
            "15 là 125 thiếu một chữ số: có thể gõ sót.",
            "Nếu mức giảm 15 là đúng thì số năm 2023 phải là 890.",
        ),
        (
            "A 2024: the text says 15 fewer against 2023, but the figures give 125 fewer.",
            "15 is 125 with one digit dropped: possibly a typo.",
            "If 15 were right, 2023 would have to be 890.",
        ),
    ),
    # 1.000 − 985 = 15, written 155 (a 5 added); 985 + 155 = 1.140
    Case(
        "added digit",
        "claim-difference",
        _change("2023: 1.000, 2024: 985", "reduction: 155"),
        "message",
        ("typo-added", "implies"),
        (
            "A năm 2024: văn bản nói giảm 155 so với năm 2023, nhưng số liệu cho giảm 15.",
            "155 là 15 thừa một chữ số: có thể gõ thừa.",
            "Nếu mức giảm 155 là đúng thì số năm 2023 phải là 1.140.",
        ),
        (
            "A 2024: the text says 155 fewer against 2023, but the figures give 15 fewer.",
            "155 is 15 with one digit added: possibly a typo.",
            "If 155 were right, 2023 would have to be 1,140.",
        ),
    ),
    # A falls 1.000 − 950 = 50, B falls 500 − 430 = 70: the 70 written for A is B's
    Case(
        "copied from another unit",
        "claim-difference",
        HEAD + "  - {id: a, name: A, figures: {2023: 1.000, 2024: 950}}\n"
        "  - {id: b, name: B, figures: {2023: 500, 2024: 430}}\nclaims:\n"
        "  - {unit: a, year: 2024, quote: q, changes: [{reduction: 70, base_year: 2023}]}\n",
        "message",
        ("typo-digit", "implies", "other-unit"),
        (
            "A năm 2024: văn bản nói giảm 70 so với năm 2023, nhưng số liệu cho giảm 50.",
            "70 và 50 chỉ khác một chữ số: có thể gõ nhầm.",
            "Nếu mức giảm 70 là đúng thì số năm 2023 phải là 1.020.",
            "Mức 70 đúng với B cùng năm: có lẽ chép nhầm dòng.",
        ),
        (
            "A 2024: the text says 70 fewer against 2023, but the figures give 50 fewer.",
            "70 and 50 differ in one digit: possibly a typo.",
            "If 70 were right, 2023 would have to be 1,020.",
            "70 is right for B in the same years: probably copied from the wrong line.",
        ),
    ),
    # 50/1.000 = 5% exactly: the rate fits what the figures give, not the 70 written
    Case(
        "rate fits the figures",
        "claim-difference",
        _change("2023: 1.000, 2024: 950", 'reduction: 70, rate: "5%"'),
        "message",
        ("typo-digit", "implies", "rate-fits-computed"),
        (
            "A năm 2024: văn bản nói giảm 70 so với năm 2023, nhưng số liệu cho giảm 50.",
            "70 và 50 chỉ khác một chữ số: có thể gõ nhầm.",
            "Nếu mức giảm 70 là đúng thì số năm 2023 phải là 1.020.",
            "Tỷ lệ 5% khớp với mức giảm 50: có lẽ chỉ số giảm bị viết sai.",
        ),
        (
            "A 2024: the text says 70 fewer against 2023, but the figures give 50 fewer.",
            "70 and 50 differ in one digit: possibly a typo.",
            "If 70 were right, 2023 would have to be 1,020.",
            "The rate 5% fits 50: probably only the reduction is miswritten.",
        ),
    ),
    # 70/1.000 = 7% exactly: the rate fits the 70 written, so the 2023 figure is suspect
    Case(
        "rate fits the text",
        "claim-difference",
        _change("2023: 1.000, 2024: 950", 'reduction: 70, rate: "7%"'),
        "message",
        ("typo-digit", "implies", "rate-fits-stated"),
        (
            "A năm 2024: văn bản nói giảm 70 so với năm 2023, nhưng số liệu cho giảm 50.",
            "70 và 50 chỉ khác một chữ số: có thể gõ nhầm.",
            "Nếu mức giảm 70 là đúng thì số năm 2023 phải là 1.020.",
            "Tỷ lệ 7% khớp với mức giảm 70: có lẽ số liệu năm 2023 sai.",
        ),
        (
            "A 2024: the text says 70 fewer against 2023, but the figures give 50 fewer.",
            "70 and 50 differ in one digit: possibly a typo.",
            "If 70 were right, 2023 would have to be 1,020.",
            "The rate 7% fits 70: probably the 2023 figure is wrong.",
        ),
    ),
    # against 2022: 1.288 − 1.247 = 41; against 2023: 1.263 − 1.247 = 16, and
    # 16/1.263 = 1,2668…% → 1,27%
    Case(
        "wrong comparison year",
        "claim-base-year",
        KINDS["claim-base-year"].failing,
        "message",
        ("right-against",),
        (
            'Khối Đảng năm 2024: "giảm 16 so với năm 2022" sai (so với năm 2022 là giảm 41) '
            "nhưng đúng so với năm 2023: có lẽ nhầm năm so sánh.",
            "Đúng nếu so với năm 2023.",
        ),
        (
            'Khối Đảng 2024: "16 fewer against 2022" is wrong (against 2022 it is 41 fewer) '
            "but right against 2023: probably the wrong comparison year.",
            "Right against 2023.",
        ),
    ),
    # 25.424 − 24.992 = 432: right against 2023
    Case(
        "self reference",
        "claim-self-reference",
        KINDS["claim-self-reference"].failing,
        "message",
        ("right-against",),
        (
            'VC năm 2024: câu so sánh năm 2024 với chính nó ("giảm 432 so với năm 2024").',
            "Mức này đúng nếu so với năm 2023.",
        ),
        (
            'VC 2024: the sentence compares 2024 with itself ("432 fewer against 2024").',
            "The figure is right against 2023.",
        ),
    ),
    # 400 is no year's reduction: 25.424 − 24.992 = 432 ≠ 400
    Case(
        "self reference, no year right",
        "claim-self-reference",
        KINDS["claim-self-reference"].failing.replace("reduction: 432", "reduction: 400"),
        "message",
        ("no-year",),
        (
            'VC năm 2024: câu so sánh năm 2024 với chính nó ("giảm 400 so với năm 2024").',
            "Với số liệu hiện có, không năm nào cho đúng mức này.",
        ),
        (
            'VC 2024: the sentence compares 2024 with itself ("400 fewer against 2024").',
            "With the figures as they are, no year gives this figure.",
        ),
    ),
    # 455/28.152 = 1,6162…% → 1,62%, not 1,67%. 455/b rounds to 1,67% for b in
    # (455/0,01675; 455/0,01665] = (27.164,1; 27.327,3]: 27.165 to 27.327. A base of 28.152
    # gives 1,67% for 0,01665 · 28.152 = 468,7 ≤ r < 0,01675 · 28.152 = 471,5: 469 to 471.
    Case(
        "rate",
        "claim-rate",
        KINDS["claim-rate"].failing,
        "message",
        ("bases", "reductions"),
        (
            "Chính quyền năm 2023: tỷ lệ giảm 1,67% so với năm 2022 không khớp: "
            "455/28.152 = 1,6162%.",
            "Để mức giảm 455 có tỷ lệ 1,67%, số gốc phải từ 27.165 đến 27.327.",
            "Với số gốc 28.152, tỷ lệ 1,67% ứng với mức giảm từ 469 đến 471.",
        ),
        (
            "Chính quyền 2023: the rate 1,67% against 2022 does not fit: 455/28,152 = 1.6162%.",
            "For 455 to read as 1,67%, the base must be 27,165 to 27,327.",
            "From a base of 28,152, 1,67% means a reduction of 469 to 471.",
        ),
    ),
    # 50/1.000 = 5%; 50/950 = 5,263…% → 5,26%: divided by the sentence's own year.
    # 50/b → 5,26% for b in (50/0,05265; 50/0,05255] = (949,7; 951,5]: 950 or 951, and
    # 950 is A's 2024 figure. From 1.000, 5,26% is 52,55 ≤ r < 52,65: no whole reduction.
    Case(
        "wrong denominator",
        "claim-rate",
        _change("2023: 1.000, 2024: 950", 'reduction: 50, rate: "5,26%"'),
        "message",
        ("denominator", "bases", "base-is-figure"),
        (
            "A năm 2024: tỷ lệ giảm 5,26% so với năm 2023 không khớp: 50/1.000 = 5%.",
            "Tỷ lệ 5,26% khớp nếu chia cho số năm 2024 (950) thay vì năm gốc: có lẽ sai mẫu số.",
            "Để mức giảm 50 có tỷ lệ 5,26%, số gốc phải từ 950 đến 951.",
            "Số 950 (A, năm 2024) nằm trong khoảng đó.",
        ),
        (
            "A 2024: the rate 5,26% against 2023 does not fit: 50/1,000 = 5%.",
            "5,26% fits when divided by the 2024 figure (950) instead of the base year's: "
            "probably the wrong denominator.",
            "For 50 to read as 5,26%, the base must be 950 to 951.",
            "950 (A, 2024) lies in that range.",
        ),
    ),
    # 1.050 − 950 = 100 against 2022 is 9,52…%, not 4,76%; but the reduction against 2023
    # is 50, and 50/1.050 = 4,7619…% → 4,76%: 1.050 lies among the bases 50/0,04765 =
    # 1.049,3 < b ≤ 50/0,04755 = 1.051,5 (1.050, 1.051). From 1.000, 4,76% is 47,55 ≤ r <
    # 47,65: no whole reduction, so no "reductions" hint.
    Case(
        "rate against the wrong year",
        "claim-rate",
        _change("2022: 1.050, 2023: 1.000, 2024: 950", 'reduction: 50, rate: "4,76%"'),
        "message",
        ("bases", "base-is-figure"),
        (
            "A năm 2024: tỷ lệ giảm 4,76% so với năm 2023 không khớp: 50/1.000 = 5%.",
            "Để mức giảm 50 có tỷ lệ 4,76%, số gốc phải từ 1.050 đến 1.051.",
            "Số 1.050 (A, năm 2022) nằm trong khoảng đó.",
        ),
        (
            "A 2024: the rate 4,76% against 2023 does not fit: 50/1,000 = 5%.",
            "For 50 to read as 4,76%, the base must be 1,050 to 1,051.",
            "1,050 (A, 2022) lies in that range.",
        ),
    ),
    # 50/b rounds to 0% when 50/b < 0,5%, b > 10.000; from 1.000, r/1.000 < 0,5%: r ≤ 4
    Case(
        "bases without an end",
        "claim-rate",
        _change("2023: 1.000, 2024: 950", 'reduction: 50, rate: "0%"'),
        "message",
        ("bases-from", "reductions"),
        (
            "A năm 2024: tỷ lệ giảm 0% so với năm 2023 không khớp: 50/1.000 = 5%.",
            "Để mức giảm 50 có tỷ lệ 0%, số gốc phải từ 10.001 trở lên.",
            "Với số gốc 1.000, tỷ lệ 0% ứng với mức giảm từ 0 đến 4.",
        ),
        (
            "A 2024: the rate 0% against 2023 does not fit: 50/1,000 = 5%.",
            "For 50 to read as 0%, the base must be 10,001 or more.",
            "From a base of 1,000, 0% means a reduction of 0 to 4.",
        ),
    ),
    # 1/b → 60% needs 1/0,605 < b ≤ 1/0,595: 1,65 < b ≤ 1,68, no whole base; from 1.000,
    # 60% is 595 ≤ r < 605: 595 to 604
    Case(
        "no whole base",
        "claim-rate",
        _change("2023: 1.000, 2024: 999", 'reduction: 1, rate: "60%"'),
        "message",
        ("no-base", "reductions"),
        (
            "A năm 2024: tỷ lệ giảm 60% so với năm 2023 không khớp: 1/1.000 = 0,1000%.",
            "Không số gốc nguyên nào cho mức giảm 1 có tỷ lệ 60%.",
            "Với số gốc 1.000, tỷ lệ 60% ứng với mức giảm từ 595 đến 604.",
        ),
        (
            "A 2024: the rate 60% against 2023 does not fit: 1/1,000 = 0.1000%.",
            "No whole base makes 1 read as 60%.",
            "From a base of 1,000, 60% means a reduction of 595 to 604.",
        ),
    ),
    # against 2022: 1.100 − 950 = 150, 150/1.100 = 13,6363…% → 13,6364%, not 5%; against
    # 2023: 50/1.000 = 5% exactly. 150/b → 5% (4,5% ≤ 150/b < 5,5%) for 2.727,3 < b ≤
    # 3.333,3: 2.728 to 3.333, no figure of the plan. From 1.100: 49,5 ≤ r < 60,5, 50 to 60.
    Case(
        "rate right against another year",
        "claim-rate",
        _change("2022: 1.100, 2023: 1.000, 2024: 950", 'rate: "5%"', base_year=2022),
        "message",
        ("right-against", "bases", "reductions"),
        (
            "A năm 2024: tỷ lệ giảm 5% so với năm 2022 không khớp: 150/1.100 = 13,6364%.",
            "Tỷ lệ đúng nếu so với năm 2023.",
            "Để mức giảm 150 có tỷ lệ 5%, số gốc phải từ 2.728 đến 3.333.",
            "Với số gốc 1.100, tỷ lệ 5% ứng với mức giảm từ 50 đến 60.",
        ),
        (
            "A 2024: the rate 5% against 2022 does not fit: 150/1,100 = 13.6364%.",
            "The rate is right against 2023.",
            "For 150 to read as 5%, the base must be 2,728 to 3,333.",
            "From a base of 1,100, 5% means a reduction of 50 to 60.",
        ),
    ),
    # 150 → 165: a rise of 15, 15/150 = 10%, written 12%. 15/b → 12% (11,5% ≤ 15/b < 12,5%)
    # for 120 < b ≤ 130,4: 121 to 130; from 150, 17,25 ≤ r < 18,75: 18
    Case(
        "rate of an increase",
        "claim-rate",
        _change("2023: 150, 2024: 165", 'increase: 15, rate: "12%"'),
        "message",
        ("bases", "reduction"),
        (
            "A năm 2024: tỷ lệ tăng 12% so với năm 2023 không khớp: 15/150 = 10%.",
            "Để mức tăng 15 có tỷ lệ 12%, số gốc phải từ 121 đến 130.",
            "Với số gốc 150, tỷ lệ 12% ứng với mức tăng đúng 18.",
        ),
        (
            "A 2024: the rate of increase 12% against 2023 does not fit: 15/150 = 10%.",
            "For 15 to read as 12%, the base must be 121 to 130.",
            "From a base of 150, 12% means an increase of exactly 18.",
        ),
    ),
    # a 2023 figure of 0: no rate against it is defined
    Case(
        "rate against zero",
        "claim-rate",
        _change("2023: 0, 2024: 0", 'reduction: 0, rate: "5%"'),
        "zero-base",
        (),
        (
            "A năm 2024: văn bản nêu tỷ lệ giảm 5% so với năm 2023, nhưng số năm 2023 là 0: tỷ "
            "lệ không xác định.",
        ),
        (
            "A 2024: the text states a rate of 5% against 2023, but the 2023 figure is 0: the "
            "rate is undefined.",
        ),
    ),
    Case(
        "text and table",
        "claim-value",
        KINDS["claim-value"].failing,
        "message",
        (),
        ("VC năm 2024: câu văn ghi 24.929, bảng số liệu (dòng 3) ghi 24.992.",),
        ("VC 2024: the text says 24,929, the figures table (line 3) says 24,992.",),
    ),
    Case(
        "no base figure",
        "claim-unverifiable",
        KINDS["claim-unverifiable"].failing,
        "message",
        (),
        ("VC năm 2024: không kiểm tra được câu này vì thiếu số liệu năm 2021.",),
        ("VC 2024: this claim cannot be checked: there is no figure for 2021.",),
    ),
    # 10% of 29.891 is 2.989,1: at least 2.990. 29.891 − 26.902 = 2.989 is
    # 2.989/29.891 = 9,99966…% → 9,9997%, shown 10,00%: one post short
    Case(
        "missed only by rounding",
        "target-missed",
        KINDS["target-missed"].failing,
        "message",
        ("only-by-rounding", "shortfall"),
        (
            "KL 40: VC phải giảm tối thiểu 10% so với năm 2021 vào năm 2026, nhưng kế hoạch "
            "giảm 2.989/29.891 = 9,9997% (cần ít nhất 2.990).",
            "Tỷ lệ hiện thành 10% nên trông như đạt 10%, nhưng vẫn chưa đủ: chỉ tiêu là mức tối "
            "thiểu, không làm tròn.",
            "Thiếu 1 biên chế: cần giảm 2.990, kế hoạch giảm 2.989.",
        ),
        (
            "KL 40: VC must fall at least 10% below 2021 by 2026, but the plan cuts "
            "2,989/29,891 = 9.9997% (at least 2,990 needed).",
            "The rate shows as 10%, which looks like 10%, and still falls short: a minimum is "
            "not rounded.",
            "Short by 1: 2,990 needed, the plan cuts 2,989.",
        ),
    ),
    # 10% of 1.000 = 100 needed; 1.000 − 950 = 50 cut, 5%: 50 short
    Case(
        "missed",
        "target-missed",
        HEAD + "  - {id: vc, name: VC, category: VC, figures: {2021: 1.000, 2026: 950}}\n"
        "targets:\n  - {id: kl40, source: KL 40, category: VC, base_year: 2021, deadline: 2026, "
        'min_reduction: "10%"}\n',
        "message",
        ("shortfall",),
        (
            "KL 40: VC phải giảm tối thiểu 10% so với năm 2021 vào năm 2026, nhưng kế hoạch "
            "giảm 50/1.000 = 5% (cần ít nhất 100).",
            "Thiếu 50 biên chế: cần giảm 100, kế hoạch giảm 50.",
        ),
        (
            "KL 40: VC must fall at least 10% below 2021 by 2026, but the plan cuts "
            "50/1,000 = 5% (at least 100 needed).",
            "Short by 50: 100 needed, the plan cuts 50.",
        ),
    ),
    # B has no 2021 figure; A alone: 1.000 − 950 = 50, 50/1.000 = 5%, 10% of 1.000 = 100
    Case(
        "target with a figure missing",
        "target-unverifiable",
        HEAD + "  - {id: a, name: A, category: VC, figures: {2021: 1.000, 2026: 950}}\n"
        "  - {id: b, name: B, category: VC, figures: {2026: 500}}\n"
        "targets:\n  - {id: kl40, source: KL 40, category: VC, base_year: 2021, deadline: 2026, "
        'min_reduction: "10%"}\n',
        "message",
        ("partial",),
        (
            "KL 40: không kiểm tra được chỉ tiêu giảm 10% (A, B, năm 2021 → 2026) vì thiếu số "
            "liệu: B 2021.",
            "Riêng A (đủ số liệu) giảm 50/1.000 = 5% (cần ít nhất 100); chỉ tiêu đo trên cả "
            "loại nên chưa kết luận được.",
        ),
        (
            "KL 40: the 10% target (A, B, 2021 → 2026) cannot be checked: figures missing for "
            "B 2021.",
            "A alone (figures known) falls 50/1,000 = 5% (at least 100 needed); the target "
            "reads the whole category, so nothing is concluded.",
        ),
    ),
    Case(
        "target against zero",
        "target-unverifiable",
        HEAD + "  - {id: vc, name: VC, category: VC, figures: {2021: 0, 2026: 0}}\n"
        "targets:\n  - {id: kl40, source: KL 40, category: VC, base_year: 2021, deadline: 2026, "
        'min_reduction: "10%"}\n',
        "zero-base",
        (),
        (
            "KL 40: không kiểm tra được chỉ tiêu giảm 10% (VC, năm 2021 → 2026) vì số năm 2021 "
            "là 0: tỷ lệ giảm không xác định.",
        ),
        (
            "KL 40: the 10% target (VC, 2021 → 2026) cannot be checked: the 2021 figure is 0, "
            "so no rate is defined.",
        ),
    ),
    # a total holding every kind of post, the category never given apart
    Case(
        "target on a mixed total",
        "target-unverifiable",
        HEAD + "  - {id: t, name: T, figures: {2021: 1.066, 2026: 1.017}}\n"
        "targets:\n  - {id: kl40, source: KL 40, category: CBCC, units: [t], base_year: 2021, "
        'deadline: 2026, min_reduction: "5%"}\n',
        "mixed",
        (),
        (
            "KL 40: không kiểm tra được chỉ tiêu giảm 5% cho CBCC (T, năm 2021 → 2026) vì văn bản "
            "không tách riêng CBCC khỏi các loại biên chế khác.",
        ),
        (
            "KL 40: the 5% target for CBCC (T, 2021 → 2026) cannot be checked: the text does not "
            "give CBCC apart from the other kinds of posts.",
        ),
    ),
    # the whole cut 9.736 at "8,15%" (at most 8,155% of any 2021 figure) is below 10%
    Case(
        "stated cut below the target",
        "target-missed",
        HEAD + "  - {id: vc, name: VC, category: VC, figures: {2024: 50.000}}\n"
        "claims:\n  - {unit: vc, year: 2026, quote: q, changes: [{reduction: 9.736, "
        'base_year: 2021, rate: "8,15%"}]}\n'
        "targets:\n  - {id: kl40, source: KL 40, category: VC, base_year: 2021, deadline: 2026, "
        'min_reduction: "10%"}\n',
        "stated-rate",
        (),
        (
            "KL 40: VC phải giảm tối thiểu 10% so với năm 2021 vào năm 2026, nhưng văn bản nêu "
            "chỉ giảm 9.736 (8,15%): dưới mức tối thiểu dù số năm 2021 là bao nhiêu (thiếu số "
            "liệu: VC 2021, VC 2026).",
        ),
        (
            "KL 40: VC must fall at least 10% below 2021 by 2026, but the text states a cut of "
            "only 9,736 (8,15%): below the minimum whatever the 2021 figure (figures missing: "
            "VC 2021, VC 2026).",
        ),
    ),
    Case(
        "sentence not read",
        "statement-not-understood",
        KINDS["statement-not-understood"].failing,
        "message",
        (),
        # the reason and the quote are the reader's (<why>, <why_en>, <quote>: the finding's
        # own parameters), tested with the reader; here, how the template puts them
        (
            "Câu nêu số biên chế không đọc được trọn vẹn nên không số nào của câu được kiểm tra "
            '(<why>): "<quote>".',
        ),
        (
            "A staffing sentence could not be read whole, so none of its figures is checked "
            '(<why_en>): "<quote>".',
        ),
        document=True,
    ),
    Case(
        "malformed number",
        "malformed-number",
        KINDS["malformed-number"].failing,
        "message",
        (),
        (
            'Số "1,970" không phải số biên chế viết đúng (nghìn phân cách bằng dấu chấm, ví dụ '
            '28.960): "Năm 2025, tổng biên chế là 1,970 biên chế.".',
        ),
        (
            'The number "1,970" is not a well-written headcount (thousands separated by dots, '
            'e.g. 28.960): "Năm 2025, tổng biên chế là 1,970 biên chế.".',
        ),
        document=True,
    ),
    Case(
        "suppression without a reason",
        "suppression-without-reason",
        KINDS["suppression-without-reason"].failing,
        "message",
        (),
        (
            "Chú thích bỏ qua LT203 không nêu lý do: ghi lý do sau dấu ], ví dụ "
            '"# lotrinh: ignore[LT203] văn bản đã ban hành".',
        ),
        (
            "The suppression of LT203 gives no reason: write it after the ], e.g. "
            '"# lotrinh: ignore[LT203] the document is already published".',
        ),
    ),
    Case(
        "suppression unused",
        "unused-suppression",
        KINDS["unused-suppression"].failing,
        "message",
        (),
        (
            "Chú thích bỏ qua LT203 không còn tác dụng: mục này không có phát hiện đó; hãy xóa "
            "chú thích.",
        ),
        ("The suppression of LT203 is unused: the entry has no such finding; remove the comment.",),
    ),
    Case(
        "suppression of no kind",
        "unused-suppression",
        KINDS["unused-suppression"].passing.replace("ignore[LT203]", "ignore[LT999]"),
        "unknown",
        (),
        ("Chú thích bỏ qua nêu mã không có: LT999 (xem lotrinh explain).",),
        ("The suppression names no finding kind: LT999 (see lotrinh explain).",),
    ),
]


def _check(case: Case) -> CheckResult:
    """As `lotrinh check` checks it: a document read first, a plan with its comments."""
    if case.document:
        read = extract_plan(case.plan, "doc.txt")
        reading = tuple(reading_findings(read.coverage))
        return check_plan(plan_from_result(read, "doc.txt"), reading=reading)
    return apply(check_plan(load_text(case.plan, "plan.yaml")), scan(case.plan))


def _finding(case: Case) -> Finding:
    found = [f for f in _check(case).findings if f.kind == case.kind]
    assert found, f"{case.name}: no {case.kind} finding"
    return found[0]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_what_the_reader_sees(case: Case) -> None:
    finding = _finding(case)
    read = {f"<{name}>": str(value) for name, value in finding.params.items() if case.document}

    def by_reader(texts: tuple[str, ...]) -> tuple[str, ...]:
        for mark, value in read.items():
            texts = tuple(text.replace(mark, value) for text in texts)
        return texts

    assert [hint.key for hint in finding.hints] == list(case.keys)
    assert finding.variant == (None if case.template == "message" else case.template)
    assert (message(finding, Lang.VI), *hints(finding, Lang.VI)) == by_reader(case.vi)
    assert (message(finding, Lang.EN), *hints(finding, Lang.EN)) == by_reader(case.en)


def _templates(kind: FindingKind) -> dict[str, Text]:
    """Every template of a kind, by the name the cases use: "message", variants, hints."""
    return {"message": kind.message, **kind.variants, **kind.hints}


def test_the_cases_fill_every_template_of_every_kind() -> None:
    wanted = {(kind.name, name) for kind in KINDS.values() for name in _templates(kind)}
    filled = {(case.kind, case.template) for case in CASES}
    filled |= {(case.kind, key) for case in CASES for key in case.keys}
    assert wanted - filled == set()


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(template) if field is not None}


@pytest.mark.parametrize("kind", list(KINDS.values()), ids=list(KINDS))
def test_both_languages_name_the_same_parameters(kind: FindingKind) -> None:
    """A parameter one language forgets is a sentence one language's readers lose; LT401's
    English takes the English reason (`why_en`) where Vietnamese takes `why`."""
    for name, (vi, en) in _templates(kind).items():
        english = {field.removesuffix("_en") for field in _placeholders(en)}
        vietnamese = _placeholders(vi) - VIETNAMESE_ONLY.get((kind.name, name), set())
        assert vietnamese == english, (kind.name, name)


VIETNAMESE_ONLY = {
    ("claim-rate", "bases"): {"change_of"},
    ("claim-rate", "bases-from"): {"change_of"},
    ("claim-rate", "no-base"): {"change_of"},
}
"""Vietnamese names the change with its direction ("mức giảm 15", "mức tăng 15"); English
puts the number alone ("For 15 to read as 12%"), which reads right either way."""


UNFILLED = re.compile(r"\{[a-z_]+\}")


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_no_placeholder_is_left_unfilled(case: Case) -> None:
    """Every finding of every case, not only the one looked at: the renderer leaves an
    unknown placeholder visible, so a parameter the core forgot shows here as `{name}`."""
    for finding in _check(case).findings:
        for lang in Lang:
            for text in (message(finding, lang), *hints(finding, lang)):
                assert not UNFILLED.search(text), (finding.kind, text)


DANG = (
    HEAD + "  - {id: dang, name: Đảng, parts: [cbcc, vc], figures: {2022: 1.288, 2023: 1.263}}\n"
    "  - {id: cbcc, name: CBCC, figures: {2022: 1.159, 2023: 1.137}}\n"
    "  - {id: vc, name: VC, figures: {2022: 129, 2023: WRITTEN}}\n"
    "claims:\n"
    "  - {unit: vc, year: 2023, quote: q, changes: [{reduction: 3, base_year: 2022}]}\n"
)
SUM_AND_CLAIM = ("LT101 (sum-mismatch, dòng 3), LT201 (claim-difference, dòng 7)", 2)
WITH_RISE = (SUM_AND_CLAIM[0] + ", LT103 (unexpected-increase, dòng 5)", 3)


@pytest.mark.parametrize(
    ("written", "how_vi", "how_en", "explained"),
    [
        # VC 2023 is 1.263 − 1.137 = 126 and 129 − 3 = 126. Written 136: 1.137 + 136 ≠
        # 1.263, 129 − 136 ≠ 3 and 129 → 136 a rise
        ("136", "sai một chữ số", "one digit changed", WITH_RISE),
        ("162", "đảo hai chữ số", "two digits swapped", WITH_RISE),
        ("16", "thiếu một chữ số", "one digit dropped", SUM_AND_CLAIM),  # 129 → 16 falls
        ("1.126", "thừa một chữ số", "one digit added", WITH_RISE),
    ],
)
def test_the_likely_cause_names_the_slip_in_both_languages(
    written: str, how_vi: str, how_en: str, explained: tuple[str, int]
) -> None:
    text = DANG.replace("WRITTEN", written)
    result = check_plan(load_text(text, "dang.yaml"))
    (cause,) = result.causes
    at = f"5:{text.splitlines()[4].index(written) + 1}"
    listed, count = explained
    assert cause_text(cause, result.plan, result.findings, Lang.VI) == (
        f"Nguyên nhân có thể: VC năm 2023 ghi {written} (tại {at}), có lẽ là 126 ({how_vi}); "
        f"sửa số này thì hết {count} phát hiện: {listed}."
    )
    english = written.replace(".", ",")
    listed_en = listed.replace("dòng", "line")
    assert cause_text(cause, result.plan, result.findings, Lang.EN) == (
        f"Likely cause: VC 2023 is written {english} (at {at}), probably meant 126 ({how_en}); "
        f"correcting it clears {count} findings: {listed_en}."
    )
    assert "(tại" not in cause_text(cause, result.plan, result.findings, Lang.VI, located=False)
