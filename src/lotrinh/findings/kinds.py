"""Every finding kind, in one place: stable code, name, severity, message templates (vi, en),
suggestion templates, and its documentation with a failing and a passing example.

`lotrinh explain`, the README's table and the tests all read this registry; codes are stable
forever, so users can rely on them in CI configuration.

Templates are `str.format` strings. Counts are written the language's way (28.960 or
28,960); `{stated_change}` and `{computed_change}` read "giảm 16" / "tăng 5".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lotrinh.findings.finding import Severity

Text = tuple[str, str]  # (Vietnamese, English)

SUM_MISMATCH = "sum-mismatch"
IMPLIED_BASE_CONFLICT = "implied-base-conflict"
UNEXPECTED_INCREASE = "unexpected-increase"
SUBSET_EXCEEDS_WHOLE = "subset-exceeds-whole"
CLAIM_DIFFERENCE = "claim-difference"
CLAIM_BASE_YEAR = "claim-base-year"
CLAIM_SELF_REFERENCE = "claim-self-reference"
CLAIM_RATE = "claim-rate"
CLAIM_VALUE = "claim-value"
CLAIM_UNVERIFIABLE = "claim-unverifiable"
TARGET_MISSED = "target-missed"
TARGET_UNVERIFIABLE = "target-unverifiable"
STATEMENT_NOT_UNDERSTOOD = "statement-not-understood"
MALFORMED_NUMBER = "malformed-number"
SUPPRESSION_WITHOUT_REASON = "suppression-without-reason"
SUPPRESSION_UNUSED = "unused-suppression"


@dataclass(frozen=True)
class FindingKind:
    """A kind of finding and everything said about it."""

    code: str
    name: str
    severity: Severity
    title: Text
    message: Text
    doc: Text
    failing: str
    passing: str
    hints: dict[str, Text] = field(default_factory=dict)
    variants: dict[str, Text] = field(default_factory=dict)
    reads: str = "plan"
    """What `failing` and `passing` are: a YAML "plan", or a "document" to extract."""


_HEAD = "lotrinh: 1\nunits:\n"
_REASON = " văn bản đã ban hành, giữ nguyên chữ"


def _suppressed(reason: str, base_year: int) -> str:
    """A suppression comment above a claim: LT203 when the base year is the claim's own year."""
    return (
        _HEAD + "  - {id: vc, name: VC, figures: {2023: 25.424, 2024: 24.992}}\n"
        "claims:\n"
        f"  # lotrinh: ignore[LT203]{reason}\n"
        "  - {unit: vc, year: 2024, quote: q, changes: [{reduction: 432, base_year: "
        f"{base_year}"
        "}]}\n"
    )


_STEPS: Text = (
    "Câu này nêu mức thay đổi thành từng khoản ({steps}), cộng lại là {steps_change}.",
    "This sentence gives the change in steps ({steps}), which add up to {steps_change}.",
)
_RIGHT_AGAINST: Text = ("Đúng nếu so với năm {right_year}.", "Right against {right_year}.")

KINDS: dict[str, FindingKind] = {
    kind.name: kind
    for kind in (
        FindingKind(
            code="LT101",
            name=SUM_MISMATCH,
            severity=Severity.ERROR,
            title=("Tổng không bằng tổng các thành phần", "Parts do not add up to the total"),
            message=(
                "{unit} năm {year}: tổng ghi {stated}, nhưng các thành phần ({parts}) cộng lại "
                "là {computed} (lệch {diff}).",
                "{unit} {year}: the total is written as {stated}, but its parts ({parts}) add "
                "up to {computed} (off by {diff}).",
            ),
            doc=(
                "Một đơn vị có thành phần (parts) thì số của nó phải bằng tổng số của các "
                "thành phần, từng năm. lotrinh thử sửa một chữ số của một số liệu để tổng khớp "
                "và chỉ ra cách sửa mà các nhận định khác đồng ý.",
                "A unit with parts must equal the sum of its parts, every year. lotrinh tries "
                "the single-digit fixes that make the sum right and names the one the other "
                "claims agree with.",
            ),
            failing=_HEAD
            + "  - {id: tong, name: Tổng, parts: [cbcc, vc], figures: {2023: 1.000}}\n"
            "  - {id: cbcc, name: CBCC, category: CBCC, figures: {2023: 300}}\n"
            "  - {id: vc, name: VC, category: VC, figures: {2023: 600}}\n",
            passing=_HEAD
            + "  - {id: tong, name: Tổng, parts: [cbcc, vc], figures: {2023: 1.000}}\n"
            "  - {id: cbcc, name: CBCC, category: CBCC, figures: {2023: 300}}\n"
            "  - {id: vc, name: VC, category: VC, figures: {2023: 700}}\n",
        ),
        FindingKind(
            code="LT102",
            name=IMPLIED_BASE_CONFLICT,
            # an error: two readings of the text give one unit and year two values, so one
            # figure is wrong (a warning let a document whose only trace of a slip it was
            # pass with exit 0)
            severity=Severity.ERROR,
            title=("Các câu suy ra số gốc khác nhau", "Claims imply different baselines"),
            message=(
                "{unit} năm {year}: các câu văn suy ra những giá trị khác nhau: {values}.",
                "{unit} {year}: the claims imply different values: {values}.",
            ),
            hints={
                "odd-one-out": (
                    "Câu này suy ra {odd}, các câu còn lại đều suy ra {agreed}: có lẽ câu này sai.",
                    "This sentence implies {odd}, all the others imply {agreed}: it is probably "
                    "the wrong one.",
                ),
                "odd-part": (
                    "Số của thành phần {part} (câu này) có lẽ là số sai.",
                    "The figure of the part {part} (this sentence) is probably the wrong one.",
                ),
                "steps": _STEPS,
            },
            variants={
                "sum": (
                    "{unit} năm {year}: các số suy ra không khớp nhau: tổng là {stated}, nhưng "
                    "các thành phần ({parts}) cộng lại là {computed} (lệch {diff}).",
                    "{unit} {year}: the derived figures disagree: the total is {stated}, but "
                    "its parts ({parts}) add up to {computed} (off by {diff}).",
                ),
            },
            doc=(
                'Văn bản thường không nêu số năm gốc; "giảm X so với năm Y" suy ra số năm Y. '
                "Khi các câu (hoặc tổng các thành phần) suy ra các giá trị khác nhau cho cùng "
                "một đơn vị và năm, ít nhất một câu sai.",
                'Documents rarely state their baselines; "giảm X so với năm Y" implies year '
                "Y's figure. When claims (or sums of parts) imply different values for the same "
                "unit and year, at least one of them is wrong.",
            ),
            failing=_HEAD + "  - {id: vc, name: VC, figures: {2024: 900, 2025: 850}}\n"
            "claims:\n"
            "  - {unit: vc, year: 2024, quote: a, changes: [{reduction: 100, base_year: 2021}]}\n"
            "  - {unit: vc, year: 2025, quote: b, changes: [{reduction: 200, base_year: 2021}]}\n",
            passing=_HEAD + "  - {id: vc, name: VC, figures: {2024: 900, 2025: 850}}\n"
            "claims:\n"
            "  - {unit: vc, year: 2024, quote: a, changes: [{reduction: 100, base_year: 2021}]}\n"
            "  - {unit: vc, year: 2025, quote: b, changes: [{reduction: 150, base_year: 2021}]}\n",
        ),
        FindingKind(
            code="LT103",
            name=UNEXPECTED_INCREASE,
            severity=Severity.WARNING,
            title=(
                "Số biên chế tăng trong kế hoạch tinh giản",
                "A figure rises in a reduction plan",
            ),
            message=(
                "{unit}: năm {year} là {stated}, tăng {increase} so với năm {base_year} "
                "({computed}).",
                "{unit}: {year} is {stated}, {increase} more than {base_year} ({computed}).",
            ),
            doc=(
                "Trong lộ trình tinh giản, số biên chế không tăng từ năm này sang năm sau; một "
                "lần tăng thường là dấu hiệu của một số liệu gõ sai. Biên chế dự phòng (role: "
                "reserve) được tăng khi số đã giao giảm; tổng tăng vì nó thì tổng vẫn bị báo.",
                "In a reduction roadmap no figure should rise from one year to the next; a rise "
                "is often the trace of a mistyped figure. A reserve (role: reserve) may rise "
                "while the posts given fall; a total it makes rise is still reported.",
            ),
            hints={
                "earlier-slip": (
                    "Số năm {base_year} ({computed}) có lẽ mới là số sai.",
                    "The {base_year} figure ({computed}) is probably the wrong one.",
                ),
            },
            failing=_HEAD + "  - {id: vc, name: VC, figures: {2023: 24.424, 2024: 24.992}}\n",
            passing=_HEAD + "  - {id: vc, name: VC, figures: {2023: 25.424, 2024: 24.992}}\n",
        ),
        FindingKind(
            code="LT104",
            name=SUBSET_EXCEEDS_WHOLE,
            severity=Severity.ERROR,
            title=("Phần được kể riêng lớn hơn cả đơn vị", "A subset exceeds its whole"),
            message=(
                "{unit} năm {year}: ghi {stated}, nhưng đây chỉ là một phần của {whole}, "
                "mà {whole} cùng năm chỉ có {computed}.",
                "{unit} {year}: written as {stated}, but it is only some of {whole}, which has "
                "{computed} that year.",
            ),
            doc=(
                'Một số được kể riêng bên trong một đơn vị ("trong đó có 300 giáo viên", '
                "subset_of) không phải thành phần: phần còn lại không được nêu, nên không cộng. "
                "Nhưng nó không thể lớn hơn số của chính đơn vị ấy cùng năm.",
                'A count given inside a unit ("trong đó có 300 giáo viên", subset_of) is not a '
                "part: the rest is not named, so nothing is added up. But it cannot exceed that "
                "unit's own figure in the same year.",
            ),
            failing=_HEAD + "  - {id: vc, name: VC, category: VC, figures: {2025: 1.642}}\n"
            "  - {id: gv, name: Giáo viên, category: VC, subset_of: vc, figures: {2025: 1.848}}\n",
            passing=_HEAD + "  - {id: vc, name: VC, category: VC, figures: {2025: 1.642}}\n"
            "  - {id: gv, name: Giáo viên, category: VC, subset_of: vc, figures: {2025: 1.488}}\n",
        ),
        FindingKind(
            code="LT201",
            name=CLAIM_DIFFERENCE,
            severity=Severity.ERROR,
            title=("Mức giảm nêu trong câu không khớp số liệu", "A stated reduction is wrong"),
            message=(
                "{unit} năm {year}: văn bản nói {stated_change} so với năm {base_year}, nhưng số "
                "liệu cho {computed_change}.",
                "{unit} {year}: the text says {stated_change} against {base_year}, but the "
                "figures give {computed_change}.",
            ),
            hints={
                "implies": (
                    "Nếu mức giảm {stated} là đúng thì số năm {base_year} phải là {implied}.",
                    "If {stated} were right, {base_year} would have to be {implied}.",
                ),
                "other-unit": (
                    "Mức {stated} đúng với {other_unit} cùng năm: có lẽ chép nhầm dòng.",
                    "{stated} is right for {other_unit} in the same years: probably copied "
                    "from the wrong line.",
                ),
                "typo-digit": (
                    "{stated} và {computed} chỉ khác một chữ số: có thể gõ nhầm.",
                    "{stated} and {computed} differ in one digit: possibly a typo.",
                ),
                "typo-transposition": (
                    "{stated} và {computed} đảo chỗ hai chữ số: có thể gõ nhầm.",
                    "{stated} and {computed} have two digits swapped: possibly a typo.",
                ),
                "typo-dropped": (
                    "{stated} là {computed} thiếu một chữ số: có thể gõ sót.",
                    "{stated} is {computed} with one digit dropped: possibly a typo.",
                ),
                "typo-added": (
                    "{stated} là {computed} thừa một chữ số: có thể gõ thừa.",
                    "{stated} is {computed} with one digit added: possibly a typo.",
                ),
                "rate-fits-computed": (
                    "Tỷ lệ {rate} khớp với mức giảm {computed}: có lẽ chỉ số giảm bị viết sai.",
                    "The rate {rate} fits {computed}: probably only the reduction is miswritten.",
                ),
                "rate-fits-stated": (
                    "Tỷ lệ {rate} khớp với mức giảm {stated}: có lẽ số liệu năm {base_year} sai.",
                    "The rate {rate} fits {stated}: probably the {base_year} figure is wrong.",
                ),
                "steps": _STEPS,
            },
            doc=(
                '"giảm X biên chế so với năm Y" phải bằng hiệu số năm Y trừ số năm của câu, '
                "tính từ chính số liệu của kế hoạch.",
                '"giảm X biên chế so với năm Y" must equal year Y\'s figure minus the '
                "sentence's year's figure, from the plan's own figures.",
            ),
            failing=_HEAD + "  - {id: cbcc, name: CBCC, figures: {2023: 2.273, 2024: 2.250}}\n"
            "claims:\n"
            "  - {unit: cbcc, year: 2024, quote: q, changes: [{reduction: 15, base_year: 2023}]}\n",
            passing=_HEAD + "  - {id: cbcc, name: CBCC, figures: {2023: 2.273, 2024: 2.250}}\n"
            "claims:\n"
            "  - {unit: cbcc, year: 2024, quote: q, changes: [{reduction: 23, base_year: 2023}]}\n",
        ),
        FindingKind(
            code="LT202",
            name=CLAIM_BASE_YEAR,
            severity=Severity.ERROR,
            title=("Nhầm năm so sánh", "Wrong comparison year"),
            message=(
                '{unit} năm {year}: "{stated_change} so với năm {base_year}" sai (so với năm '
                "{base_year} là {computed_change}) nhưng đúng so với năm {right_year}: có lẽ "
                "nhầm năm so sánh.",
                '{unit} {year}: "{stated_change} against {base_year}" is wrong (against '
                "{base_year} it is {computed_change}) but right against {right_year}: probably "
                "the wrong comparison year.",
            ),
            hints={"right-against": _RIGHT_AGAINST},
            doc=(
                "Mức giảm (và tỷ lệ, nếu có) sai so với năm được nêu nhưng đúng chính xác so "
                "với một năm khác của cùng đơn vị.",
                "The reduction (and rate, if any) is wrong against the stated year but exactly "
                "right against another year of the same unit.",
            ),
            failing=_HEAD
            + "  - {id: dang, name: Khối Đảng, figures: {2022: 1.288, 2023: 1.263, 2024: 1.247}}\n"
            "claims:\n"
            "  - {unit: dang, year: 2024, quote: q, changes: [{reduction: 16, base_year: 2022, "
            'rate: "1,27%"}]}\n',
            passing=_HEAD
            + "  - {id: dang, name: Khối Đảng, figures: {2022: 1.288, 2023: 1.263, 2024: 1.247}}\n"
            "claims:\n"
            "  - {unit: dang, year: 2024, quote: q, changes: [{reduction: 16, base_year: 2023, "
            'rate: "1,27%"}]}\n',
        ),
        FindingKind(
            code="LT203",
            name=CLAIM_SELF_REFERENCE,
            severity=Severity.ERROR,
            title=("So sánh một năm với chính nó", "A year compared with itself"),
            message=(
                '{unit} năm {year}: câu so sánh năm {year} với chính nó ("{stated_change} so '
                'với năm {base_year}").',
                '{unit} {year}: the sentence compares {year} with itself ("{stated_change} '
                'against {base_year}").',
            ),
            hints={
                "right-against": (
                    "Mức này đúng nếu so với năm {right_year}.",
                    "The figure is right against {right_year}.",
                ),
                "no-year": (
                    "Với số liệu hiện có, không năm nào cho đúng mức này.",
                    "With the figures as they are, no year gives this figure.",
                ),
            },
            doc=(
                '"năm 2024 ... giảm X so với năm 2024": năm so sánh trùng năm của câu, chắc '
                "chắn là nhầm; lotrinh chỉ ra năm nào cho đúng mức giảm.",
                '"2024 ... X fewer than 2024": the comparison year is the sentence\'s own year, '
                "certainly a slip; lotrinh names the year that gives the stated reduction.",
            ),
            failing=_HEAD + "  - {id: vc, name: VC, figures: {2023: 25.424, 2024: 24.992}}\n"
            "claims:\n"
            "  - {unit: vc, year: 2024, quote: q, changes: [{reduction: 432, base_year: 2024}]}\n",
            passing=_HEAD + "  - {id: vc, name: VC, figures: {2023: 25.424, 2024: 24.992}}\n"
            "claims:\n"
            "  - {unit: vc, year: 2024, quote: q, changes: [{reduction: 432, base_year: 2023}]}\n",
        ),
        FindingKind(
            code="LT204",
            name=CLAIM_RATE,
            severity=Severity.ERROR,
            title=("Tỷ lệ không khớp số liệu", "A stated rate the figures do not give"),
            message=(
                "{unit} năm {year}: {rate_of} {rate} so với năm {base_year} không khớp: "
                "{reduction}/{base} = {computed}%.",
                "{unit} {year}: the {rate_of} {rate} against {base_year} does not fit: "
                "{reduction}/{base} = {computed}%.",
            ),
            variants={
                "zero-base": (
                    "{unit} năm {year}: văn bản nêu {rate_of} {rate} so với năm "
                    "{base_year}, nhưng số năm {base_year} là 0: tỷ lệ không xác định.",
                    "{unit} {year}: the text states a {rate_of} of {rate} against {base_year}, "
                    "but the {base_year} figure is 0: the rate is undefined.",
                ),
            },
            hints={
                "right-against": (
                    "Tỷ lệ đúng nếu so với năm {right_year}.",
                    "The rate is right against {right_year}.",
                ),
                "denominator": (
                    "Tỷ lệ {rate} khớp nếu chia cho số năm {year} ({value}) thay vì năm gốc: có "
                    "lẽ sai mẫu số.",
                    "{rate} fits when divided by the {year} figure ({value}) instead of the "
                    "base year's: probably the wrong denominator.",
                ),
                "bases": (
                    "Để {change_of} {reduction} có tỷ lệ {rate}, số gốc phải từ {low} đến {high}.",
                    "For {reduction} to read as {rate}, the base must be {low} to {high}.",
                ),
                "bases-from": (
                    "Để {change_of} {reduction} có tỷ lệ {rate}, số gốc phải từ {low} trở lên.",
                    "For {reduction} to read as {rate}, the base must be {low} or more.",
                ),
                "base-is-figure": (
                    "Số {value} ({other_unit}, năm {other_year}) nằm trong khoảng đó.",
                    "{value} ({other_unit}, {other_year}) lies in that range.",
                ),
                "no-base": (
                    "Không số gốc nguyên nào cho {change_of} {reduction} có tỷ lệ {rate}.",
                    "No whole base makes {reduction} read as {rate}.",
                ),
                "reductions": (
                    "Với số gốc {base}, tỷ lệ {rate} ứng với {change_of} từ {low} đến {high}.",
                    "From a base of {base}, {rate} means {change_of} {low} to {high}.",
                ),
                "reduction": (
                    "Với số gốc {base}, tỷ lệ {rate} ứng với {change_of} đúng {low}.",
                    "From a base of {base}, {rate} means {change_of} exactly {low}.",
                ),
            },
            doc=(
                "Tỷ lệ nêu trong văn bản phải là tỷ lệ chính xác làm tròn ở đúng số chữ số thập "
                'phân đã viết: "1,27%" nghĩa là tỷ lệ thật nằm trong [1,265%; 1,275%) (làm '
                "tròn nửa lên, như Excel). Khi sai, lotrinh chỉ ra khoảng số gốc cho tỷ lệ đó "
                "(như phép thử GRIM).",
                "A stated rate must be the exact rate rounded at the precision written: "
                '"1,27%" means the exact rate lies in [1.265%, 1.275%) (half up, as Excel '
                "rounds). When it fails, lotrinh gives the range of bases that would give it "
                "(as the GRIM test does).",
            ),
            failing=_HEAD
            + "  - {id: cq, name: Chính quyền, figures: {2022: 28.152, 2023: 27.697}}\n"
            "claims:\n"
            "  - {unit: cq, year: 2023, quote: q, changes: [{reduction: 455, base_year: 2022, "
            'rate: "1,67%"}]}\n',
            passing=_HEAD
            + "  - {id: cq, name: Chính quyền, figures: {2022: 28.152, 2023: 27.697}}\n"
            "claims:\n"
            "  - {unit: cq, year: 2023, quote: q, changes: [{reduction: 455, base_year: 2022, "
            'rate: "1,62%"}]}\n',
        ),
        FindingKind(
            code="LT205",
            name=CLAIM_VALUE,
            severity=Severity.ERROR,
            title=("Câu văn và bảng số liệu khác nhau", "Text and table disagree"),
            message=(
                "{unit} năm {year}: câu văn ghi {stated}, bảng số liệu (dòng {figure_line}) ghi "
                "{computed}.",
                "{unit} {year}: the text says {stated}, the figures table (line {figure_line}) "
                "says {computed}.",
            ),
            doc=(
                'Một câu nêu số biên chế ("là ... biên chế") phải khớp với số của đơn vị trong '
                "bảng số liệu (figures) cho cùng năm.",
                "A sentence stating a headcount must agree with the unit's figure for that year.",
            ),
            failing=_HEAD + "  - {id: vc, name: VC, figures: {2024: 24.992}}\n"
            "claims:\n  - {unit: vc, year: 2024, quote: q, value: 24.929}\n",
            passing=_HEAD + "  - {id: vc, name: VC, figures: {2024: 24.992}}\n"
            "claims:\n  - {unit: vc, year: 2024, quote: q, value: 24.992}\n",
        ),
        FindingKind(
            code="LT206",
            name=CLAIM_UNVERIFIABLE,
            severity=Severity.INFO,
            title=("Không kiểm tra được nhận định", "A claim that cannot be checked"),
            message=(
                "{unit} năm {year}: không kiểm tra được câu này vì thiếu số liệu năm {missing}.",
                "{unit} {year}: this claim cannot be checked: there is no figure for {missing}.",
            ),
            doc=(
                "Kế hoạch thiếu số liệu mà câu cần (ví dụ câu chỉ nêu tỷ lệ so với một năm "
                "không có số).",
                "The plan lacks a figure the claim needs (e.g. a rate against a year with no "
                "figure).",
            ),
            failing=_HEAD + "  - {id: vc, name: VC, figures: {2024: 900}}\n"
            "claims:\n"
            '  - {unit: vc, year: 2024, quote: q, changes: [{rate: "5%", base_year: 2021}]}\n',
            passing=_HEAD + "  - {id: vc, name: VC, figures: {2021: 950, 2024: 900}}\n"
            "claims:\n"
            '  - {unit: vc, year: 2024, quote: q, changes: [{rate: "5%", base_year: 2021}]}\n',
        ),
        FindingKind(
            code="LT301",
            name=TARGET_MISSED,
            severity=Severity.MATERIAL,
            title=("Không đạt chỉ tiêu tinh giản", "A policy target is missed"),
            message=(
                "{source}: {units} phải giảm tối thiểu {rate} so với năm {base_year} vào năm "
                "{deadline}, nhưng kế hoạch giảm {achieved}/{base} = {computed}% (cần ít nhất "
                "{needed}).",
                "{source}: {units} must fall at least {rate} below {base_year} by {deadline}, "
                "but the plan cuts {achieved}/{base} = {computed}% (at least {needed} needed).",
            ),
            hints={
                "only-by-rounding": (
                    "Tỷ lệ hiện thành {shown}% nên trông như đạt {rate}, nhưng vẫn chưa đủ: chỉ "
                    "tiêu là mức tối thiểu, không làm tròn.",
                    "The rate shows as {shown}%, which looks like {rate}, and still falls "
                    "short: a minimum is not rounded.",
                ),
                "shortfall": (
                    "Thiếu {short} biên chế: cần giảm {needed}, kế hoạch giảm {achieved}.",
                    "Short by {short}: {needed} needed, the plan cuts {achieved}.",
                ),
            },
            variants={
                "stated-rate": (
                    "{source}: {units} phải giảm tối thiểu {rate} so với năm {base_year} vào năm "
                    "{deadline}, nhưng văn bản nêu chỉ giảm {achieved} ({stated_rate}): dưới mức "
                    "tối thiểu dù số năm {base_year} là bao nhiêu (thiếu số liệu: {missing}).",
                    "{source}: {units} must fall at least {rate} below {base_year} by {deadline}, "
                    "but the text states a cut of only {achieved} ({stated_rate}): below the "
                    "minimum whatever the {base_year} figure (figures missing: {missing}).",
                ),
            },
            doc=(
                'Chỉ tiêu đọc như luật: "giảm tối thiểu 10% so với năm 2021" của 29.891 là ít '
                "nhất 2.990 biên chế (2.989 chỉ là 9,9993%, làm tròn thành 10,00% mà vẫn thiếu). "
                "Không đạt chỉ tiêu làm thay đổi kết luận pháp lý, nên xếp trên lỗi thường. "
                "Khi văn bản không nêu số năm gốc và năm phải đạt mà chỉ nêu mức giảm cả giai "
                'đoạn kèm tỷ lệ ("giảm 9.736 biên chế, tương ứng 8,15% so với năm 2021"), chỉ '
                "tiêu không đạt khi cả giá trị lớn nhất mà tỷ lệ đó làm tròn từ (8,155%) vẫn "
                "dưới mức tối thiểu; tỷ lệ nêu bằng hoặc trên mức tối thiểu không chứng minh "
                "được là đạt.",
                'Targets read as the law reads them: "at least 10% below 2021" of 29,891 is at '
                "least 2,990 posts (2,989 is 9.9993%, which prints as 10.00% and still falls "
                "short). A missed target changes a legal conclusion, so it ranks above errors. "
                'Where the text gives neither figure but the whole cut with its rate ("giảm '
                '9.736 biên chế, tương ứng 8,15% so với năm 2021"), the target is missed when '
                "even the highest value that rate rounds from (8.155%) is below the minimum; a "
                "stated rate at or above the minimum proves nothing met.",
            ),
            failing=_HEAD
            + "  - {id: vc, name: VC, category: VC, figures: {2021: 29.891, 2026: 26.902}}\n"
            "targets:\n"
            "  - {id: kl40-vc, source: KL 40, category: VC, base_year: 2021, deadline: 2026, "
            'min_reduction: "10%"}\n',
            passing=_HEAD
            + "  - {id: vc, name: VC, category: VC, figures: {2021: 29.891, 2026: 26.901}}\n"
            "targets:\n"
            "  - {id: kl40-vc, source: KL 40, category: VC, base_year: 2021, deadline: 2026, "
            'min_reduction: "10%"}\n',
        ),
        FindingKind(
            code="LT302",
            name=TARGET_UNVERIFIABLE,
            severity=Severity.ERROR,
            title=("Không kiểm tra được chỉ tiêu", "A target the plan cannot be checked against"),
            message=(
                "{source}: không kiểm tra được chỉ tiêu giảm {rate} ({units}, năm {base_year} → "
                "{deadline}) vì thiếu số liệu: {missing}.",
                "{source}: the {rate} target ({units}, {base_year} → {deadline}) cannot be "
                "checked: figures missing for {missing}.",
            ),
            hints={
                "partial": (
                    "Riêng {part} (đủ số liệu) giảm {achieved}/{base} = {computed}% (cần ít "
                    "nhất {needed}); chỉ tiêu đo trên cả loại nên chưa kết luận được.",
                    "{part} alone (figures known) falls {achieved}/{base} = {computed}% (at "
                    "least {needed} needed); the target reads the whole category, so nothing "
                    "is concluded.",
                ),
            },
            variants={
                "zero-base": (
                    "{source}: không kiểm tra được chỉ tiêu giảm {rate} ({units}, năm "
                    "{base_year} → {deadline}) vì số năm {base_year} là 0: tỷ lệ giảm không "
                    "xác định.",
                    "{source}: the {rate} target ({units}, {base_year} → {deadline}) cannot be "
                    "checked: the {base_year} figure is 0, so no rate is defined.",
                ),
                "mixed": (
                    "{source}: không kiểm tra được chỉ tiêu giảm {rate} cho {category} ({units}, "
                    "năm {base_year} → {deadline}) vì văn bản không tách riêng {category} khỏi "
                    "các loại biên chế khác.",
                    "{source}: the {rate} target for {category} ({units}, {base_year} → "
                    "{deadline}) cannot be checked: the text does not give {category} apart "
                    "from the other kinds of posts.",
                ),
            },
            doc=(
                "Kế hoạch không nêu (và không suy ra được) số năm gốc hoặc năm phải đạt của các "
                "đơn vị mà chỉ tiêu áp dụng, nên không thể kết luận đạt hay không. Là lỗi (mã "
                "thoát 1), không chỉ là cảnh báo: một chỉ tiêu pháp lý chưa chứng minh được là "
                "đạt thì kế hoạch chưa được kiểm tra hết.",
                "The plan neither states nor implies the base-year or deadline figures of the "
                "units the target covers, so whether it is met cannot be told. An error (exit "
                "1), not a warning: a legal minimum not shown to be met leaves the plan not "
                "fully checked.",
            ),
            failing=_HEAD
            + "  - {id: cbcc, name: CBCC, category: CBCC, figures: {2023: 2.273, 2026: 2.181}}\n"
            "targets:\n"
            "  - {id: kl40, source: KL 40, category: CBCC, base_year: 2021, deadline: 2026, "
            'min_reduction: "5%"}\n',
            passing=_HEAD
            + "  - {id: cbcc, name: CBCC, category: CBCC, figures: {2021: 2.300, 2026: 2.181}}\n"
            "targets:\n"
            "  - {id: kl40, source: KL 40, category: CBCC, base_year: 2021, deadline: 2026, "
            'min_reduction: "5%"}\n',
        ),
        FindingKind(
            code="LT401",
            name=STATEMENT_NOT_UNDERSTOOD,
            severity=Severity.ERROR,
            title=("Câu nêu biên chế không đọc được", "A staffing sentence not understood"),
            message=(
                "Câu nêu số biên chế không đọc được trọn vẹn nên không số nào của câu được "
                'kiểm tra ({why}): "{quote}".',
                "A staffing sentence could not be read whole, so none of its figures is "
                'checked ({why_en}): "{quote}".',
            ),
            doc=(
                "lotrinh chỉ dùng số của một câu khi đọc được trọn vẹn câu đó (đơn vị, năm, năm "
                "so sánh của mọi số); câu nêu biên chế mà không đọc hết được báo ở đây, nguyên "
                "văn, để người thẩm định đọc tay. Văn bản chỉ được coi là sạch khi mọi câu nêu "
                "biên chế đều đọc được.",
                "lotrinh uses a sentence's figures only when it reads the whole sentence (the "
                "unit, year and comparison year of every figure); a staffing sentence it cannot "
                "read whole is reported here, quoted, for a reviewer to read by hand. A "
                "document checks clean only when every staffing sentence was read.",
            ),
            failing="1. Năm 2024\nTổng biên chế là 1.000 biên chế.\nDự kiến giảm 30 người.\n",
            # Years before 2026: a total alone spanning 2026 answers to KL 40, which it cannot
            # show (no CBCC or VC apart, no 2021) — a finding of its own, not this kind's.
            passing="1. Năm 2024\nTổng biên chế là 1.000 biên chế.\n"
            "Năm 2025, tổng biên chế là 970 biên chế, giảm 30 biên chế so với năm 2024.\n",
            reads="document",
        ),
        FindingKind(
            code="LT402",
            name=MALFORMED_NUMBER,
            severity=Severity.ERROR,
            title=("Số viết sai định dạng", "A malformed number"),
            message=(
                'Số "{number}" không phải số biên chế viết đúng (nghìn phân cách bằng dấu chấm, '
                'ví dụ 28.960): "{quote}".',
                'The number "{number}" is not a well-written headcount (thousands separated by '
                'dots, e.g. 28.960): "{quote}".',
            ),
            doc=(
                'Biên chế là số nguyên, nghìn phân cách bằng dấu chấm: "102,614" (dấu phẩy là '
                'dấu thập phân) hay "73.5134" (sau dấu chấm phải có đúng ba chữ số) là số viết '
                "sai; câu chứa nó không được dùng.",
                'A headcount is a whole number with dots between thousands: "102,614" (a comma '
                'is the decimal mark) or "73.5134" (three digits must follow a dot) are '
                "malformed; the sentence holding one is not used.",
            ),
            failing="1. Năm 2024\nTổng biên chế là 2.000 biên chế.\n"
            "Năm 2025, tổng biên chế là 1,970 biên chế.\n",
            passing="1. Năm 2024\nTổng biên chế là 2.000 biên chế.\n"
            "Năm 2025, tổng biên chế là 1.970 biên chế.\n",
            reads="document",
        ),
        FindingKind(
            code="LT501",
            name=SUPPRESSION_WITHOUT_REASON,
            severity=Severity.WARNING,
            title=("Chú thích bỏ qua thiếu lý do", "A suppression without a reason"),
            message=(
                "Chú thích bỏ qua {codes} không nêu lý do: ghi lý do sau dấu ], ví dụ "
                '"# lotrinh: ignore[LT203] văn bản đã ban hành".',
                "The suppression of {codes} gives no reason: write it after the ], e.g. "
                '"# lotrinh: ignore[LT203] the document is already published".',
            ),
            doc=(
                "`# lotrinh: ignore[MÃ] lý do` trên dòng của một nhận định, số liệu hay chỉ "
                "tiêu (hoặc dòng ngay trên) bỏ qua các mã đó trong cả mục ấy. Lý do là bắt "
                "buộc: người đọc sau phải biết vì sao sai sót được để lại. Thiếu lý do thì "
                "chú thích vẫn có hiệu lực nhưng sinh cảnh báo này.",
                "`# lotrinh: ignore[CODE] reason` on a claim, figure or target line (or the "
                "line above) suppresses those codes in that whole entry. The reason is "
                "required, so that later readers know why a slip was left; without one the "
                "comment still applies and this warning is reported.",
            ),
            failing=_suppressed("", 2024),
            passing=_suppressed(_REASON, 2024),
        ),
        FindingKind(
            code="LT502",
            name=SUPPRESSION_UNUSED,
            severity=Severity.WARNING,
            title=("Chú thích bỏ qua không bỏ qua gì", "A suppression that suppresses nothing"),
            message=(
                "Chú thích bỏ qua {codes} không còn tác dụng: mục này không có phát hiện đó; "
                "hãy xóa chú thích.",
                "The suppression of {codes} is unused: the entry has no such finding; remove "
                "the comment.",
            ),
            variants={
                "unknown": (
                    "Chú thích bỏ qua nêu mã không có: {codes} (xem lotrinh explain).",
                    "The suppression names no finding kind: {codes} (see lotrinh explain).",
                ),
            },
            doc=(
                "Một chú thích bỏ qua mà không có phát hiện nào để bỏ qua (sai sót đã được "
                "sửa, hoặc mã viết sai) phải được xóa: nếu để lại, nó sẽ che mất sai sót mới "
                "ở đúng chỗ đó (như RUF100 của ruff).",
                "A suppression with nothing to suppress (the slip was fixed, or the code is "
                "mistyped) must go: left in place it would hide the next slip there (as ruff's "
                "RUF100 reports an unused noqa).",
            ),
            failing=_suppressed(_REASON, 2023),
            passing=_suppressed(_REASON, 2024),
        ),
    )
}

BY_CODE: dict[str, FindingKind] = {kind.code: kind for kind in KINDS.values()}


def lookup(code_or_name: str) -> FindingKind | None:
    """A kind by its code (LT201) or its name (claim-difference), case-insensitively."""
    key = code_or_name.strip()
    return BY_CODE.get(key.upper()) or KINDS.get(key.lower())
