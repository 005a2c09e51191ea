"""The genre's vocabulary, as data: categories, scopes, organisations, and the words that put a
number outside the plan (contract staff, subsets, durations).

Every other pass asks this module what a phrase means and never spells a word of the genre
itself, so a new phrasing is one entry here plus its examples (`EXAMPLES`, run as tests), as
Duckling and Recognizers-Text keep their language definitions apart from their engines.

Categories follow the law's words: Nghị định 106/2020 calls viên chức headcount "số lượng người
làm việc (hưởng lương từ ngân sách nhà nước)" in "đơn vị sự nghiệp công lập"; "biên chế hành
chính" and "biên chế công chức" are CBCC posts. Cán bộ, công chức cấp xã are managed apart from
the province's biên chế, hội đặc thù posts are neither CBCC nor VC, and contract staff (hợp đồng
68/111) are not biên chế at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from lotrinh.model import Category


class Kind(StrEnum):
    """What a unit's name says it counts. `CONTRACT` is never a unit of the plan."""

    CBCC = "CBCC"
    VC = "VC"
    XA = "CBCC-XA"
    HOI = "HOI"
    CONTRACT = "CONTRACT"

    @property
    def category(self) -> Category | None:
        """The plan's category for a unit of this kind (None: outside CBCC and VC)."""
        return _CATEGORY_OF.get(self)


_CATEGORY_OF = {
    Kind.CBCC: Category.CBCC,
    Kind.VC: Category.VC,
    Kind.XA: Category.XA,
    Kind.HOI: Category.HOI,
}

_I = re.IGNORECASE
_CBCC_WORDS = r"(?:cán\s+bộ,?\s+công\s+chức|CBCC|công\s+chức)"

# Determiners and head nouns that may stand before a category word without changing it:
# "tổng số biên chế công chức", "số lượng viên chức", "các đơn vị sự nghiệp công lập".
_LEAD = (
    r"(?:(?:tổng|cộng|số|lượng|biên\s+chế|chỉ\s+tiêu|các|những|khối|đội\s+ngũ|của|về|trong"
    r"|làm\s+việc|giao(?:\s+cho)?)\s+)*"
)

SOCIO_POLITICAL_HOI = (
    r"\s+(?:liên\s+hiệp\s+phụ\s+nữ|LHPN|phụ\s+nữ|nông\s+dân|cựu\s+chiến\s+binh|CCB)(?!\w)"
)
"""The three hội that are tổ chức chính trị - xã hội (with Mặt trận Tổ quốc, Công đoàn and Đoàn
Thanh niên): "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh" hold CBCC posts of the
khối Mặt trận và đoàn thể, not the posts of a hội có tính chất đặc thù (Quyết định 68/2010/QĐ-TTg
lists those: Hội Chữ thập đỏ, Hội Văn học nghệ thuật, Hội Cựu thanh niên xung phong, ...)."""

# (kind, pattern matched at the head of a unit's name); the first that matches wins, so the
# narrower "cán bộ, công chức cấp xã" comes before "cán bộ, công chức".
CATEGORY_RULES: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (
        Kind.CONTRACT,
        re.compile(
            _LEAD
            + r"(?:lao\s+động\s+)?hợp\s+đồng|"
            + _LEAD
            + r"lao\s+động\s+theo|"
            # "lao động làm công việc hỗ trợ, phục vụ": the contract staff of Nghị định 111
            + _LEAD
            + r"(?:lao\s+động|người)\s+làm\s+công\s+việc\s+hỗ\s+trợ",
            _I,
        ),
    ),
    (
        Kind.XA,
        re.compile(
            _LEAD + _CBCC_WORDS + r"\s+(?:ở\s+)?(?:cấp\s+xã|xã,\s+phường|cơ\s+sở)(?!\w)", _I
        ),
    ),
    (
        Kind.HOI,
        re.compile(
            _LEAD
            # "Số lượng người làm việc trong các hội có tính chất đặc thù": the hội's posts
            # (Quyết định 68/2010/QĐ-TTg), never the người làm việc of đơn vị sự nghiệp
            + r"(?:người\s+làm\s+việc\s+(?:trong|tại|ở|của|cho|thuộc)\s+)?"
            + r"(?:các\s+)?(?:tổ\s+chức\s+)?hội(?!\s+đồng)(?!"
            + SOCIO_POLITICAL_HOI
            + r")"
            + r"(?:\s+(?:(?:có\s+tính\s+chất\s+)?đặc\s+thù|quần\s+chúng))?(?!\w)",
            _I,
        ),
    ),
    (
        Kind.VC,
        re.compile(
            _LEAD + r"(?:viên\s+chức|VC(?!\w)|người\s+làm\s+việc|sự\s+nghiệp"
            r"|đơn\s+vị\s+sự\s+nghiệp(?:\s+công\s+lập)?)",
            _I,
        ),
    ),
    (
        Kind.CBCC,
        re.compile(
            _LEAD + r"(?:" + _CBCC_WORDS + r"(?:\s+hành\s+chính)?(?!\w)|hành\s+chính(?!\w)"
            # "các cơ quan, tổ chức hành chính nhà nước": where công chức work (NĐ 62/2020)
            r"|cơ\s+quan,?\s+tổ\s+chức\s+hành\s+chính(?!\w))",
            _I,
        ),
    ),
)


class Scope(StrEnum):
    """Where in the system a total sits; a total is the total of its category in its scope."""

    PROVINCE = "tinh"
    DISTRICT = "huyen"
    COMMUNE = "xa"
    DEPARTMENTS = "so-nganh"
    RESERVE = "du-phong"


RESERVE_WORD = re.compile(r"(?<!\w)dự\s+phòng(?!\w)", _I)
"""Reserve posts (biên chế dự phòng): held back from allocation, a part of their total."""

SCOPE_RULES: tuple[tuple[Scope, re.Pattern[str]], ...] = (
    (Scope.RESERVE, RESERVE_WORD),
    (Scope.DEPARTMENTS, re.compile(r"(?<!\w)sở,?\s+(?:ban,?\s+)?ngành(?!\w)", _I)),
    # "ở các xã, phường, đặc khu": a list of commune-level bodies is the commune scope
    (
        Scope.COMMUNE,
        # ("của 16 xã, thị trấn", "ở các xã": the communes holding the posts)
        re.compile(
            r"(?<!\w)(?:cấp\s+xã|(?<!thị\s)xã,\s*(?:phường|thị\s+trấn)|(?:phường|thị\s+trấn),\s*xã"
            r"|(?:của|ở|tại|thuộc)\s+(?:các|\d+)\s+xã"
            # ("của 22 phường": counted wards' own posts; "ở các phường" may place posts moved
            # out of them, "để chuyển công chức phường ở các phường ... thành công chức quận")
            r"|(?:của|thuộc)\s+\d+\s+(?:phường|thị\s+trấn|đặc\s+khu))(?!\w)",
            _I,
        ),
    ),
    (Scope.DISTRICT, re.compile(r"(?<!\w)cấp\s+huyện(?!\w)", _I)),
    (Scope.PROVINCE, re.compile(r"(?<!\w)cấp\s+tỉnh(?!\w)", _I)),
)

_SECTOR_SYSTEMS = (
    r"thuế|hải\s+quan|thống\s+kê|kho\s+bạc|dự\s+trữ|bảo\s+hiểm\s+xã\s+hội|thi\s+hành\s+án"
    r"|chứng\s+khoán|t[òo]a\s+án|viện\s+kiểm\s+sát|kiểm\s+toán"
)
"""The sectors a ministry runs as a system of bodies from the centre down (Tổng cục, Cục and
their local branches)."""

ORGANISATION = re.compile(
    r"(?<!\w)(?:cơ\s+quan|đơn\s+vị|khối|chính\s+quyền|hội\s+đồng|[uủ][ỷy]\s+ban|UBND|sở|ban"
    r"|ngành|đảng|mặt\s+trận|tổ\s+chức|huyện|thị\s+xã|thành\s+phố|xã|phường|sự\s+nghiệp"
    r"|giáo\s+dục|GD\s*[-&]?\s*ĐT|văn\s+h(?:óa|oá)|y\s+tế|trường|bệnh\s+viện|hội|đoàn\s+thể"
    r"|văn\s+phòng|cấp\s+tỉnh|cấp\s+huyện"
    r"|lĩnh\s+vực|vụ|cục|tổng\s+cục|thanh\s+tra|viện|trung\s+tâm|huyện\s+ủy|tỉnh\s+ủy"
    r"|thành\s+ủy|đài|báo|tạp\s+chí|học\s+viện|dự\s+phòng|bộ|chi\s+cục|ngân\s+hàng"
    r"|kho\s+bạc|bảo\s+hiểm|tòa\s+án|toà\s+án|viện\s+kiểm\s+sát|kiểm\s+toán|đại\s+học"
    r"|thông\s+tấn|quận|thị\s+trấn|phòng|công\s+đoàn"
    # the đoàn thể chính trị - xã hội named as bodies ("Đoàn Thanh niên Cộng sản Hồ Chí Minh: 70
    # biên chế"); the three hội among them are matched by "hội"
    r"|đoàn\s+thanh\s+niên"
    # public bodies of culture and of protected land ("Bảo tàng tỉnh: 41 người", "Đoàn Nghệ
    # thuật truyền thống tỉnh: 39 người", "Vườn quốc gia A: 95 người")
    r"|bảo\s+tàng|nhà\s+hát|nhà\s+xuất\s+bản|nhà\s+thiếu\s+nhi|vườn\s+quốc\s+gia"
    r"|khu\s+bảo\s+tồn|hạt\s+kiểm\s+lâm"
    # a ministry's system of bodies of one sector, from the centre down ("Hệ thống Thuế: 33.400
    # biên chế", "Hệ thống Hải quan"); never "hệ thống" alone ("hệ thống chính trị" is a total)
    rf"|hệ\s+thống\s+(?:{_SECTOR_SYSTEMS})"
    r"|đoàn\s+(?:nghệ\s+thuật|ca\s+múa|ca\s+kịch|kịch|chèo|tuồng|cải\s+lương|văn\s+công)"
    # the schools of a level of education ("Cấp học mầm non: 276 người")
    r"|cấp\s+học|mầm\s+non|tiểu\s+học|trung\s+học(?:\s+cơ\s+sở|\s+phổ\s+thông)?|THCS|THPT)(?!\w)",
    _I,
)
"""A word that names an organisation, a block of organisations, or a scope: a subject that
holds one is a unit of the plan."""

_WHOLE_BLOCK = (
    r"(?=\s*(?:$|[(,:;.\-–]|(?:của|cấp|tỉnh|thành\s+phố|huyện|nhà\s+nước|công\s+lập"
    r"|và|năm)(?!\w)))"
)
"""After "khối sự nghiệp" / "khối hành chính": nothing naming a sector ("Khối sự nghiệp giáo
dục", "Khối sự nghiệp khác" are two units, never the whole block)."""
BODY_HEAD = re.compile(
    r"(?:công\s+an|liên\s+đoàn|liên\s+minh|tỉnh\s+đoàn|thành\s+đoàn|bảo\s+tàng|thư\s+viện"
    r"|nhà\s+xuất\s+bản|nhà\s+văn\s+h(?:óa|oá)|nhà\s+thiếu\s+nhi|quỹ|cảng\s+vụ|vườn\s+quốc\s+gia"
    r"|khu\s+bảo\s+tồn|đoàn\s+luật\s+sư|cảnh\s+sát|bộ\s+chỉ\s+huy|ban\s+chỉ\s+huy"
    r"|hạt\s+kiểm\s+lâm|đội\s+quản\s+lý)(?!\w)",
    _I,
)
"""More head words of a body's name, known only where a line names nothing but the body (a
lead "Công an tỉnh:", a heading "2. Bảo tàng tỉnh"): its category lines below are its own."""

# Well-known blocks get the ids an analyst would choose; (pattern, id, category-id prefix,
# short name). The earliest match in a name wins, so "Chính quyền địa phương (... được Đảng,
# Nhà nước giao)" is chinh-quyen, not dang.
KNOWN_BLOCKS: tuple[tuple[re.Pattern[str], str, str, str], ...] = (
    (re.compile(r"chính\s+quyền", _I), "chinh-quyen", "cq", "Chính quyền địa phương"),
    (re.compile(r"(?<!\w)đảng(?!\w)", _I), "dang", "dang", "Khối Đảng"),
    (
        re.compile(r"mặt\s+trận|đoàn\s+thể|chính\s+trị\s*-\s*xã\s+hội", _I),
        "mttq",
        "mttq",
        "Khối MTTQ, đoàn thể",
    ),
    (
        re.compile(r"(?<!\w)khối\s+hành\s+chính" + _WHOLE_BLOCK, _I),
        "hanh-chinh",
        "hc",
        "Khối hành chính",
    ),
    (
        re.compile(r"(?<!\w)khối\s+sự\s+nghiệp" + _WHOLE_BLOCK, _I),
        "su-nghiep",
        "sn",
        "Khối sự nghiệp",
    ),
    # ("để dự phòng 3 biên chế", "giữ lại dự phòng", "Số dự phòng": the posts set aside)
    (
        re.compile(r"(?:(?:để|giữ|dành)(?:\s+lại)?(?:\s+làm)?\s+|số\s+)?dự\s+phòng(?!\w)", _I),
        "du-phong",
        "dp",
        "Dự phòng",
    ),
)

CONTRACT_MENTION = re.compile(
    r"(?<!\w)(?:hợp\s+đồng(?:\s+lao\s+động)?(?:\s+(?:theo|tại))?(?:\s+nghị\s+định)?"
    r"(?:\s+số)?\s*(?:68|111|161)|lao\s+động\s+hợp\s+đồng|hợp\s+đồng\s+lao\s+động)",
    _I,
)
"""Contract staff: outside biên chế, so outside every sum unless the text adds them."""

SUBSET_NOUNS = re.compile(
    r"(?:giáo\s+viên|giảng\s+viên|bác\s+sĩ|y\s+sĩ|dược\s+sĩ|điều\s+dưỡng|nhân\s+viên(?:\s+y\s+tế)?|người\s+dân\s+tộc|nữ|lãnh\s+đạo|cấp\s+phó"
    r"|đảng\s+viên|chức\s+danh|người\s+phục\s+vụ|người\s+lao\s+động"
    # ("có 1.372 diễn viên, nghệ sĩ": the people of a trade, as teachers are)
    r"|diễn\s+viên|nghệ\s+sĩ|huấn\s+luyện\s+viên)(?!\w)",
    _I,
)
"""People counted inside a unit ("trong đó có 300 giáo viên"): a subset, never a part."""

PEOPLE_BY_TRAIT = re.compile(
    r"(?:người\s+dân\s+tộc|nữ|lãnh\s+đạo|cấp\s+phó|đảng\s+viên|chức\s+danh|người\s+phục\s+vụ"
    r"|người\s+lao\s+động)(?!\w)",
    _I,
)
"""People of a figure counted by a trait or a role they hold ("34 nữ", "6 cấp phó", "2.870
đảng viên") or workers who may hold no post ("người lao động", "người phục vụ"): no posts of
their own, set aside. The other `SUBSET_NOUNS` are trades holding posts (teachers, doctors,
"nhân viên y tế"): beside a figure, posts of it, never dropped (`statements`)."""

POSTS_OF_A_DUTY = re.compile(
    r"(?:làm\s+(?:việc|công\s+tác|nhiệm\s+vụ)|chuyên\s+gia|nghiên\s+cứu\s+viên|chuyên\s+viên"
    r"|thanh\s+tra\s+viên|kiểm\s+sát\s+viên|thẩm\s+tra\s+viên)(?!\w)",
    _I,
)
"""Posts named by their duty or their title after "biên chế" ("biên chế làm công tác văn thư",
"biên chế chuyên gia, nghiên cứu viên", "biên chế làm việc tại hai Văn phòng đại diện"): some of
a figure's posts when counted after "trong đó có", never a category nor a body's share."""

POSTS_HELD_BY = re.compile(
    # ("có 1.372 diễn viên, nghệ sĩ": public theatres' artists, viên chức by their titles)
    r"(?:(?:giáo|giảng)\s+viên|bác\s+sĩ|dược\s+sĩ|y\s+sĩ|điều\s+dưỡng(?:\s+viên)?|diễn\s+viên"
    r"|nghệ\s+sĩ|huấn\s+luyện\s+viên"
    # ("870 giáo viên, 20 nhân viên y tế": a school's or a hospital's medical staff; "nhân viên"
    # alone may be contract staff, "nhân viên hợp đồng", and stays unread beside a figure)
    r"|nhân\s+viên\s+y\s+tế)(?!\w)",
    _I,
)
"""People a unit's posts are held by, by their trade: a subset of the unit's figure is posts."""

_SUBSET_SAID = re.compile(
    r"[,;(]\s*trong\s+đó\s*,?\s+có\s+(?P<n>[0-9]+(?:[.,][0-9]+)*)\s*"
    rf"(?:(?:biên\s+chế|chỉ\s+tiêu|người)\s+(?:là\s+)?)?(?:{POSTS_HELD_BY.pattern})",
    _I,
)


def subset_counts(text: str) -> list[tuple[int, int]]:
    """Where a sentence says some of a figure are held by people of a trade (", trong đó có
    13.540 giáo viên", "(trong đó có 96 bác sĩ"): a subset, to be read as a unit of its own
    or the sentence is not understood; never left outside the plan beside figures read."""
    return [match.span("n") for match in _SUBSET_SAID.finditer(text)]


UNUSED = re.compile(
    r"(?<!\w)chưa\s+(?:được\s+)?(?:sử\s+dụng|tuyển(?:\s+dụng)?|thực\s+hiện)(?!\w)", _I
)
"""Posts allocated but not filled ("còn 121 biên chế chưa sử dụng"): vacancies, counted
inside a unit's figure, never a figure of a unit. Every count of the clause saying so is one
("chưa sử dụng là 158, gồm 73 chỉ tiêu ... và 85 chỉ tiêu ...")."""

LEAVERS = re.compile(
    r"(?:(?<!\w)(?:tinh\s+giản|hỗ\s+trợ|giải\s+quyết(?:\s+chế\s+độ)?"
    # people moved between bodies ("biệt phái 17 công chức", "điều động, bố trí lại 193 công
    # chức, viên chức", "chuyển đổi vị trí công tác 05 người"), or named in a list of people
    # ("Phê duyệt danh sách 35 công chức, viên chức")
    r"|(?:điều\s+động|điều\s+chuyển|biệt\s+phái|luân\s+chuyển)(?:\s*,\s*bố\s+trí(?:\s+lại)?)?"
    r"|bố\s+trí\s+lại|chuyển\s+đổi\s+vị\s+trí\s+công\s+tác|danh\s+sách"
    # people recruited ("dự kiến tuyển dụng 33 công chức"): people, not posts
    r"|(?:thi\s+|xét\s+)?tuyển(?:\s+dụng)?|tiếp\s+nhận)"
    r"(?:\s+(?:được|cho|thêm|tổng\s+cộng|tổng\s+số|đối\s+với))*\s+"
    # a policy settled for whom it names after ("giải quyết chính sách tinh giản biên chế theo
    # Nghị định số 29/2023/NĐ-CP cho 142 người", "thực hiện tinh giản đối với 143 người"): the
    # words between hold no count but a decree's number
    # the severance said with its object, then whom it names ("dự kiến tinh giản biên chế đối
    # với 115 người", "đã tinh giản biên chế cho 96 công chức": eng-outside, session 18)
    r"|(?<!\w)tinh\s+giản\s+biên\s+chế\s+(?:cho|đối\s+với)\s+"
    r"|(?<!\w)(?:giải\s+quyết|thực\s+hiện)\s+(?:chế\s+độ|chính\s+sách|tinh\s+giản)(?!\w)"
    # ("... cho khoảng 96 người": a round count of them, people all the same)
    r"(?:[^\d;.()]|[0-9]+/){0,120}?\s(?:cho|đối\s+với)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?"
    # a kind of leaving, then its count ("Nghỉ hưu trước tuổi: 17 người", "Thôi việc ngay: 18
    # người"), the colon left out as a leavers' breakdown may leave it out: still counts of
    # people ("..., trong đó nghỉ hưu trước tuổi 58 người, thôi việc ngay 38 người")
    r"|(?<!\w)(?:nghỉ\s+hưu(?:\s+trước\s+tuổi)?|thôi\s+việc(?:\s+ngay)?|nghỉ\s+việc)\s*:?\s*"
    # a kind of leaving settled for whom it names after, a decree's number between, the
    # policy's verb said once before ("giải quyết chính sách tinh giản cho 41 người ... và
    # chế độ nghỉ việc cho 63 người", "... và nghỉ việc theo Nghị định số 178/2024/NĐ-CP đối
    # với 402 người")
    r"|(?<!\w)(?:(?:chế\s+độ|chính\s+sách)\s+)?(?:nghỉ\s+hưu(?:\s+trước\s+tuổi)?"
    r"|thôi\s+việc(?:\s+ngay)?|nghỉ\s+việc)(?!\w)(?:[^\d;.()]|[0-9]+/){0,120}?\s(?:cho|đối\s+với)\s+)"
    r"(?=[0-9][0-9.]*\s*(?:người|cán\s+bộ|công\s+chức|viên\s+chức|CBCC)(?!\w))",
    _I,
)
"""People leaving under the severance decrees ("tinh giản 605 cán bộ, công chức, viên chức",
"hỗ trợ 3.800 người"), or moved between bodies: a count of people, no figure of a unit. A
cut of posts says "giảm" or "biên chế"; posts given say "giao", "bố trí" (never "bố trí
lại"), "phân bổ"."""

LEAVERS_HEAD = re.compile(
    r"\W*(?:(?:tổng\s+)?số\s+(?:lượng\s+)?)?(?:người|trường\s+hợp"
    r"|cán\s+bộ,?\s+công\s+chức(?:,?\s+viên\s+chức)?|công\s+chức|viên\s+chức)"
    r"(?:\s+(?:đã|được|dự\s+kiến|sẽ|phải))*"
    r"\s+(?:tinh\s+giản|nghỉ\s+hưu|thôi\s+việc|nghỉ\s+việc|nghỉ\s+theo|giải\s+quyết\s+chế\s+độ"
    r"|ra\s+khỏi\s+biên\s+chế"
    # people in post, people recruited: people all the same
    r"|có\s+mặt|hiện\s+có|thực\s+có|đang\s+làm\s+việc|tuyển\s+dụng|tuyển\s+mới)(?!\w)"
    r"|\W*chỉ\s+tiêu\s+tuyển\s+dụng(?!\w)",
    _I,
)
"""A heading or lead whose head is people leaving, in post or recruited ("Số người tinh giản
biên chế năm 2025", "Số người nghỉ hưu, thôi việc", "Số người có mặt đến ngày 31/12/2024",
"Chỉ tiêu tuyển dụng công chức năm 2025"): every count below it is of people, no unit's
figure."""

SHORT_OF = re.compile(
    # (eng-at1mis) "34 xã, phường thừa tổng cộng 389 người": the surplus summed, the same
    r"(?<!\w)(?:(?:còn\s+)?thiếu|thừa)\s+(?:(?:tổng\s+cộng|tổng\s+số|tổng|tất\s+cả|cả)\s+)?"
    r"(?=[0-9])"
    # "đã tự giao vượt 5.069 biên chế công chức so với số được cấp có thẩm quyền phê duyệt":
    # posts given above the quota approved, measured against that quota and no year
    r"|(?<!\w)(?<!không\s)(?<!chưa\s)vượt\s+(?=[0-9][0-9.]*\s[^\d;.]{0,50}?so\s+với\s+"
    r"(?:số|chỉ\s+tiêu|định\s+mức)(?:(?!năm(?!\w))[^\d;.]){0,60}?"
    r"(?:giao|phê\s+duyệt|quy\s+định)(?!\w)(?![^\d;.]{0,30}?năm\s+[0-9]))",
    _I,
)
"""A shortfall or a surplus ("còn thiếu 418 người so với chỉ tiêu", "thừa 1.065 công chức ở
các vị trí ...", "thừa tổng cộng 389 người", "vượt 5.069 biên chế so với số được ... phê
duyệt"): how far a count is from another, no figure of a unit."""

LEFT = re.compile(
    # ("21 công chức, viên chức được điều chuyển từ ...": both kinds, people moved)
    r"\s*(?:người|cán\s+bộ,?\s+công\s+chức(?:,?\s+viên\s+chức)?|công\s+chức(?:,?\s+viên\s+chức)?"
    r"|viên\s+chức)"
    r"(?:\s+[^\d;.,()]{1,50}?)??\s+(?:nghỉ\s+(?:việc|hưu|theo)|thôi\s+việc|được\s+tinh\s+giản"
    # "(đến ngày 30/6/2025 có 23 người đã nghỉ)": people gone, the clause closing on it
    r"|đã\s+nghỉ(?=\s*(?:[);.,]|$))"
    # "1.958 cán bộ, công chức, viên chức có nhu cầu nhà ở công vụ": people with a need
    r"|có\s+nhu\s+cầu"
    # (eng-outside) "283 người khác có nguyện vọng nghỉ": people wishing to leave
    r"|có\s+nguyện\s+vọng\s+(?:xin\s+)?nghỉ"
    # (eng-outside) "29 người ở lại": people staying where they work after a merger
    r"|(?:đăng\s+ký\s+)?ở\s+lại"
    # "312 viên chức của các trường này không còn hưởng lương từ ngân sách": people leaving
    # the payroll (their school pays them), not posts
    r"|không\s+còn\s+hưởng\s+lương"
    # "46.215 người được giải quyết chính sách tinh giản biên chế": people who left, settled
    r"|được\s+giải\s+quyết\s+(?:chế\s+độ|chính\s+sách)"
    # "bố trí 46 công chức cấp tỉnh về làm việc tại các xã": people moved where they work
    r"|(?:chuyển\s+)?về\s+làm\s+việc\s+(?:tại|ở)"
    r"|được\s+(?:tiếp\s+nhận|điều\s+động|điều\s+chuyển|biệt\s+phái|luân\s+chuyển|chuyển)"
    r"\s+(?:về|sang|đến|thành|từ))"
    r"(?!\w)"
    # "21 công chức, viên chức từ các sở, ban, ngành được điều động về ...", "10 người từ cơ
    # quan Đảng ... sang các phòng chuyên môn": where they come from, then where they go
    r"|\s*(?:người|cán\s+bộ,?\s+công\s+chức(?:,?\s+viên\s+chức)?|công\s+chức(?:,?\s+viên\s+chức)?"
    r"|viên\s+chức)\s+từ\s+[^\d;.()]{1,80}?\s+(?:được\s+(?:điều\s+động|điều\s+chuyển|luân\s+chuyển"
    r"|chuyển)\s+(?:về|sang|đến)|sang)(?!\w)"
    # "625 công chức, viên chức và người lao động": people, workers on contract among them
    # (eng-outside: "712 viên chức và người lao động": the same, of one category)
    r"|\s*(?:(?:cán\s+bộ,?\s+)?công\s+chức,?\s+)?viên\s+chức,?\s+(?:và\s+)?người\s+lao\s+động(?!\w)"
    # "chi 96,4 tỷ đồng cho 612 người tinh giản biên chế": people streamlined, named so at once
    r"|\s*người\s+tinh\s+giản(?!\w)",
    _I,
)
"""What follows a count of leavers ("3.800 cán bộ, công chức, viên chức nghỉ việc", "40.500
người được tinh giản biên chế") or of people moved ("263 công chức được tiếp nhận về Trung
tâm ..."): people, no figure of a unit's posts."""

NO_POST_PEOPLE = re.compile(
    r"(?<!\w)(?:"
    # contract staff (Nghị định 68/2000, 111/2022, 161/2018)
    r"(?P<contract>(?:lao\s+động\s+)?hợp\s+đồng(?:\s+lao\s+động)?)"
    # people of units paying all their running costs ("tự bảo đảm chi thường xuyên", "tự
    # chủ chi thường xuyên", "do đơn vị tự trang trải kinh phí"); never "một phần" nor "chưa"
    r"|(?<!chưa\s)(?<!không\s)tự\s+(?:bảo\s+đảm|đảm\s+bảo|chủ)\s+(?:toàn\s+bộ\s+)?"
    r"chi\s+thường\s+xuyên"
    r"|(?<!chưa\s)(?<!không\s)tự\s+trang\s+trải"
    # people left over after a merger, counted as people ("dôi dư 62 người", "96 người dôi
    # dư"): posts kept as surplus say "biên chế", never "người"
    r"|dôi\s+dư"
    r")(?!\w)",
    _I,
)
"""People a count may name who hold no budget post of the plan: contract staff, the people of
self-financed units, people left over after a merger. A count of "N người" standing right by
these words (only a decree's number, a year or a verb between) is outside the plan; the rule
that uses it (`clauses._no_post_counts`) says when the words govern the count (contract
staff only by a count in parentheses: listed with their own count they may be a part the
text adds, as `CONTRACT_MENTION`'s rule decides)."""

OWN_REVENUE_POSTS = re.compile(
    r"(?<!\w)(?:"
    # "hưởng lương từ nguồn thu sự nghiệp", "Viên chức (nguồn thu sự nghiệp)", "nguồn thu -
    # y tế": posts paid from the units' own revenue
    r"(?<!không\s)(?:(?:hưởng|trả)\s+lương\s+)?từ\s+nguồn\s+thu"
    r"|(?<=\()\s*nguồn\s+thu|^\s*nguồn\s+thu"
    # the posts of units paying all their running costs; never "một phần" nor "chưa"
    r"|(?<!chưa\s)(?<!không\s)tự\s+(?:bảo\s+đảm|đảm\s+bảo|chủ)\s+(?:toàn\s+bộ\s+)?"
    r"chi\s+(?:hoạt\s+động\s+)?thường\s+xuyên"
    r")(?!\w)",
    _I,
)
"""A unit's name naming posts paid from the units' own revenue ("Hưởng lương từ nguồn thu sự
nghiệp của đơn vị", "Viên chức (Đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên)"), not
by the state budget: written with `funding: own-revenue` (`own_revenue_posts`)."""

BUDGET_PAID_POSTS = re.compile(
    r"(?<!\w)(?<!không\s)hưởng\s+lương\s+(?:từ\s+)?(?:ngân\s+sách|NSNN)"
    r"|không\s+(?:hưởng|trả)\s+lương\s+từ\s+nguồn\s+thu(?!\w)",
    _I,
)
"""A name saying its posts are paid by the budget ("... hưởng lương từ ngân sách nhà nước"), or
not from own revenue ("không hưởng lương từ nguồn thu")."""


def own_revenue_posts(name: str) -> bool:
    """Whether a unit's name says its posts are paid from the units' own revenue and never
    says the budget pays them ("Số người làm việc hưởng lương từ ngân sách của các đơn vị tự
    bảo đảm chi thường xuyên" contradicts itself: not marked, the budget's by default), nor
    that its bodies turn self-financing at some time ("Bệnh viện A (tự bảo đảm chi thường
    xuyên từ năm 2026)": its figures before then are the budget's)."""
    return (
        OWN_REVENUE_POSTS.search(name) is not None
        and BUDGET_PAID_POSTS.search(name) is None
        and _TURNING.search(name) is None
    )


_TURNING = re.compile(
    r"(?<!\w)(?:chuyển\s+sang|từ\s+(?:năm|ngày)|kể\s+từ|dự\s+kiến|sẽ|đến\s+năm)(?!\w)", _I
)


_OWN_REVENUE_PAID = re.compile(r"(?<!\w)(?<!không\s)hưởng\s+lương\s+từ\s+nguồn\s+thu(?!\w)", _I)
_SET_APART = re.compile(
    r"(?<!\w)(?:không\s+(?:được\s+)?(?:tính|thuộc|nằm|bao\s+gồm|gồm|giao|phải|còn)"
    r"|ngoài|tự\s+quyết\s+định|riêng|có|sử\s+dụng|hiện|đang|chuyển|dự\s+kiến|khoảng"
    r"|thôi|trả\s+lương|chi\s+trả)(?!\w)",
    _I,
)
"""Words by which a sentence sets its number of own-revenue people apart from its figures
("không tính vào", "không thuộc phạm vi", "ngoài số trên", "do đơn vị tự quyết định"), or
counts people rather than posts ("có", "hiện có", "sử dụng", "chuyển sang", "khoảng")."""


def assigned_own_revenue(sentence: str, subject: str) -> bool:
    """ "Điều 2. Số lượng người làm việc hưởng lương từ nguồn thu sự nghiệp của các đơn vị tự
    bảo đảm chi thường xuyên năm 2026 là 2.045 người.": posts paid from the units' own
    revenue that the text itself assigns, a figure of its own (written `funding:
    own-revenue`, apart from the budget's), though the units are self-financed. Only where
    the subject names the posts so ("hưởng lương từ nguồn thu") and the sentence has none of
    the words that set a number apart or count people (`_SET_APART`): those stay outside."""
    return _OWN_REVENUE_PAID.search(subject) is not None and _SET_APART.search(sentence) is None


COMMUNE_CLASS = re.compile(
    r"(?<!\w)loại\s+(?:I{1,3}|[1-3])(?![\w/])\s*(?::|là|được\s+(?:bố\s+trí|giao))?\s*"
    r"(?:tối\s+đa|không\s+quá)?\s*(?=[0-9])",
    _I,
)
"""A class of commune or ward ("phường loại I là 23 người", "xã loại I tối đa 22 người"): what
a decree allows each body of the class (Nghị định 33/2023), no figure of a unit."""

GOAL_RATE = re.compile(
    r"(?<!\w)(?:để|nhằm)\s+(?:bảo\s+đảm\s+|đảm\s+bảo\s+)?đạt(?:\s+được)?\s+"
    r"(?:mục\s+tiêu\s+)?(?:t[ỷỉ]\s+lệ\s+)?(?:giảm\s+)?(?=[0-9][0-9,]*\s?%)",
    _I,
)
"""A rate named as the goal a clause works towards ("Để đạt tỷ lệ 10%, ..."): a target quoted,
no change of the plan's figures."""

APPROXIMATE = re.compile(
    r"(?<!\w)(?<!nhiều\s)(?<!ít\s)(?<!cao\s)(?<!thấp\s)(?:gần|hơn|trên|quá|xấp\s+xỉ|khoảng)"
    r"\s+(?=[0-9])",
    _I,
)
"""A count given as a round bound ("gần 2.000 người", "hơn 269 nghìn"): no figure of a unit.
"nhiều hơn 7 biên chế" is a difference, not a bound."""

PER_YEAR = re.compile(
    r"(?<!\w)(?:bình\s+quân\s+|trung\s+bình\s+)?mỗi\s+năm(?:\s+(?:phải|cần|sẽ))?\s+"
    r"(?:giảm|tăng|tinh\s+giản)(?:\s+(?:thêm|khoảng|ít\s+nhất|tối\s+thiểu))?\s+(?=[0-9])",
    _I,
)
"""A yearly average ("bình quân mỗi năm phải giảm 1.527 người"): a rate of the period, no
figure of a year."""

STAFF_AFTER = re.compile(
    r"\s*(?:chỉ\s+tiêu\s+biên\s+chế|biên\s+chế|người(?!\s+dân)|chỉ\s+tiêu|suất|cán\s+bộ|công\s+chức|viên\s+chức"
    r"|CBCC|VC|giáo\s+viên|lao\s+động|hợp\s+đồng)(?!\w)",
    _I,
)
"""A word after a count that makes it a headcount."""

NOT_STAFF_AFTER = re.compile(
    r"\s*(?:năm|tháng|ngày|đơn\s+vị|cơ\s+quan|tổ\s+chức|xã|phường|huyện|tỉnh|trường|lần"
    # ("20 hộ" counts households; "20 hộ lý", "20 hộ sinh" are nurses' aides and midwives:
    # people holding posts, never set aside as households)
    r"|đầu\s+mối|phòng|chi|kinh\s+phí|tỷ|triệu|đồng|km|ha|hộ(?!\s+(?:lý|sinh)(?!\w))|thôn|tổ"
    r"|dịch\s+vụ|điểm|giờ"
    r"|phút|nội\s+dung|nhiệm\s+vụ|văn\s+bản|hội(?!\s+đặc)|công\s+ty|doanh\s+nghiệp|vụ|cục"
    r"|sở|ban|bộ|ngành|lượt|khách|học\s+sinh|giường|lớp|hồ\s+sơ|trung\s+tâm|vị\s+trí|bệnh\s+viện"
    # ("61 đảng bộ trực thuộc", "20 Kho bạc Nhà nước khu vực", "(15 khu vực)", "(02 quận, 03
    # thị xã và 04 huyện)": bodies and places counted; "37 địa phương", "9/47 địa phương được
    # kiểm toán": places counted; "8 Kiểm toán nhà nước chuyên ngành": state audit offices
    # counted, as the treasury's are)
    r"|đảng\s+bộ|chi\s+bộ|kho\s+bạc|khu\s+vực|quận|thị\s+xã|thị\s+trấn|đặc\s+khu"
    r"|thành\s+phố|địa\s+phương|kiểm\s+toán\s+nhà\s+nước"
    # ("20 Chi cục Thống kê khu vực và 01 Văn phòng đại diện": offices counted)
    r"|văn\s+phòng"
    # ("tại 6 Vườn quốc gia trực thuộc", "12 viện nghiên cứu": public bodies counted, as the
    # lexicon's bodies are)
    r"|vườn\s+quốc\s+gia|khu\s+bảo\s+tồn|bảo\s+tàng|nhà\s+hát|thư\s+viện|hạt\s+kiểm\s+lâm"
    r"|(?:học\s+)?viện"
    # ("01 Văn phòng đại diện tại ...": an office counted, as "phòng" is)
    r"|văn\s+phòng"
    # ("Tòa án nhân dân cấp tỉnh (34 tòa)", "355 Tòa án nhân dân khu vực": courts counted)
    r"|t(?:òa|oà)(?:\s+án)?)(?!\w)",
    _I,
)
"""A word after a number that makes it something other than a headcount."""

STAFF_WORDS = re.compile(
    r"(?<!\w)(?:biên\s+chế|người\s+làm\s+việc|cán\s+bộ|công\s+chức|viên\s+chức|CBCC|VC)(?!\w)",
    _I,
)
"""A sentence without one of these words states no headcount."""


_GROUPS = (
    re.compile(r"(?<!\w)(?:cán\s+bộ|công\s+chức|CBCC)(?!\w)", _I),
    re.compile(r"(?<!\w)(?:viên\s+chức|VC|người\s+làm\s+việc|sự\s+nghiệp)(?!\w)", _I),
    # ("tổ chức chính trị - xã hội" is a kind of body, never the hội category)
    re.compile(r"(?<!\w)(?<!xã\s)hội(?!\s+đồng)(?!\w)", _I),
)
# People counted beside posts, holding none: part-time commune staff, contract staff.
_HOLDING_NO_POST = re.compile(r"(?<!\w)(?:không\s+chuyên\s+trách|hợp\s+đồng)(?!\w)", _I)
_AND = re.compile(r"(?<!\w)(?:và|cùng)(?!\w)|[,;]", _I)


def kind_of(name: str) -> Kind | None:
    """The category a unit's name states at its head, or None (a block, a total of all).

    A name that joins two categories ("cán bộ, công chức và số lượng người làm việc") is a
    total of all; a CBCC name whose scope is the commune is cán bộ, công chức cấp xã. A
    name joining a category with part-time commune staff ("cán bộ, công chức và người
    hoạt động không chuyên trách cấp xã") counts posts together with people who hold none:
    a total of both, no figure of the category (unless the name excludes them: "không kể
    người hoạt động không chuyên trách")."""
    if _with_part_time(name):
        return None
    for kind, pattern in CATEGORY_RULES:
        if pattern.match(name):
            if kind is not Kind.CONTRACT and _joins_two(name):
                return None
            if kind is not Kind.CONTRACT and _named(_CONTRACTS, name) is not None:
                # "Người làm việc theo hợp đồng tại các cơ quan": contract staff, not VC
                return None
            if kind is Kind.CBCC and (
                scope_of(name) is Scope.COMMUNE or _COMMUNE_STAFF.match(name) is not None
            ):
                return Kind.XA
            return kind
    return None


_COMMUNE_STAFF = re.compile(
    # "Công chức phường", "Cán bộ xã", "biên chế cán bộ, công chức phường": the category named
    # by the commune's kind right after its word, as "cấp xã" names it (the commune staff's own
    # category before the two-tier reform); never "thị xã" (a town of district rank), "xã hội",
    # the communes "mới" of a reorganisation, nor a name mentioning them later ("biên chế công
    # chức để chuyển công chức phường ...")
    r"^\W*(?:(?:tổng\s+)?(?:biên\s+chế|số\s+lượng|số)\s+)*(?:cán\s+bộ,?\s+)?(?:công\s+chức|cán\s+bộ)"
    r"\s+(?:xã|phường|thị\s+trấn)(?!\w)(?!\s+(?:hội|mới)(?!\w))",
    _I,
)


_PART_TIME = re.compile(r"(?<!\w)(?:người\s+)?hoạt\s+động\s+không\s+chuyên\s+trách(?!\w)", _I)
EXCLUDING = re.compile(
    r"(?<!\w)(?:không\s+(?:kể|bao\s+gồm|gồm|tính)|trừ|ngoài|chưa\s+(?:kể|tính))(?!\w)", _I
)
"""Words leaving out what follows ("không kể hợp đồng", "ngoài", "chưa tính"): the count after
them is of the others."""


_PART_TIME_HEAD = re.compile(
    r"(?:(?:tổng\s+)?số\s+(?:lượng\s+)?)?(?:người\s+)?hoạt\s+động\s+không\s+chuyên\s+trách(?!\w)",
    _I,
)


def names_part_time(name: str) -> bool:
    """Whether a name is of part-time commune staff alone ("Số người hoạt động không chuyên
    trách ở cấp xã"): people paid an allowance, holding no post, so never a unit of the plan."""
    return _PART_TIME_HEAD.match(name.strip()) is not None


_PART_TIME_BESIDE_POSTS = re.compile(
    r"(?<!\w)và\s+(?:số\s+(?:lượng\s+)?)?người\s+hoạt\s+động\s+không\s+chuyên\s+trách(?!\w)", _I
)


_PARTY_SIDE = re.compile(
    r"(?<!\w)(?:cơ\s+quan\s+đảng|khối\s+đảng|mặt\s+trận\s+tổ\s+quốc|MTTQ|đoàn\s+thể"
    r"|tổ\s+chức\s+chính\s+trị\s*-\s*xã\s+hội)(?!\w)",
    _I,
)
_OTHER_POSTS = re.compile(
    # viên chức and the units they work in, the government's side, and any hội (a hội đặc
    # thù is a kind of its own; "xã hội", "Đại hội" are no hội)
    r"(?<!\w)(?:viên\s+chức|người\s+làm\s+việc|sự\s+nghiệp|chính\s+quyền|hành\s+chính"
    r"|UBND|ủy\s+ban\s+nhân\s+dân|HĐND|hội\s+đồng\s+nhân\s+dân|(?<!xã\s)(?<!đại\s)hội)(?!\w)",
    _I,
)


def party_posts_only(text: str) -> bool:
    """Whether a text gives only the posts of the Party's organs, the Front and the mass
    organisations ("biên chế của các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị -
    xã hội"), never naming viên chức, public service units, the government's side or a hội:
    those posts are all cán bộ, công chức, though the text says "biên chế" alone."""
    return _PARTY_SIDE.search(text) is not None and _OTHER_POSTS.search(text) is None


def allocates_part_time(text: str) -> bool:
    """Whether a document sets part-time commune staff beside posts ("số lượng cán bộ, công
    chức cấp xã và người hoạt động không chuyên trách ở cấp xã"), so that their figures are
    its plan's, not outside it. The legal grounds it cites ("Căn cứ Nghị định số 33/2023/NĐ-CP
    ... quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách") name
    another text's subject, not its own."""
    return any(
        _PART_TIME_BESIDE_POSTS.search(line) is not None
        for line in text.splitlines()
        if _GROUNDS.match(line) is None
    )


def part_time_clauses(text: str) -> list[tuple[int, int]]:
    """The clauses (between semicolons) that speak of part-time commune staff alone: they
    name them and no word of posts or of a category ("mỗi thôn chỉ còn tối đa 3 người hoạt
    động không chuyên trách", "Số người hoạt động không chuyên trách ở cấp xã cũng giảm từ
    1.148 người xuống còn 1.079 người"), so their counts are theirs. Each clause is looked at
    once (linear)."""
    spans = []
    start = 0
    for clause in text.split(";"):
        if _PART_TIME.search(clause) is not None and STAFF_WORDS.search(clause) is None:
            spans.append((start, start + len(clause)))
        start += len(clause) + 1
    return spans


_GROUNDS = re.compile(r"[\s*_\-–+•]*căn\s+cứ(?!\w)", _I)


def counts_part_time(name: str) -> bool:
    """Whether a name counts part-time commune staff, who hold no post ("người hoạt động
    không chuyên trách ở cấp xã"), unless it excludes them ("không kể ...")."""
    return _named(_PART_TIME, name) is not None


def _named(people: re.Pattern[str], name: str) -> tuple[str, int] | None:
    """Where a name, its parentheses aside, counts people holding no post (part-time or
    contract staff), unless it leaves them out before ("không kể hợp đồng"): (the name
    without parentheses, where they are named), or None."""
    plain = PARENTHESES.sub(" ", name)
    found = people.search(plain)
    if found is None or EXCLUDING.search(plain, 0, found.start()) is not None:
        return None
    return plain, found.start()


def _with_part_time(name: str) -> bool:
    found = _named(_PART_TIME, name)
    if found is None:
        return False
    plain, start = found
    return any(group.search(plain, 0, start) for group in _GROUPS[:2])


def _joins_two(name: str) -> bool:
    found = sorted(m.start() for group in _GROUPS if (m := group.search(name)) is not None)
    return any(_AND.search(name, low, high) is not None for low, high in pairwise(found))


_WHERE_VC_WORK = re.compile(
    r"(?<!\w)(?:(?:trong|tại|ở|của)\s+)?(?:các\s+)?(?:đơn\s+vị\s+)?sự\s+nghiệp(?:\s+công\s+lập)?"
    r"\s*(?:\([^()]*\)\s*)?$",
    re.IGNORECASE,
)
"""Where every viên chức works, ending a VC line's name ("Viên chức sự nghiệp", "người làm
việc trong đơn vị sự nghiệp"): no qualifier ("sự nghiệp khác", "sự nghiệp y tế" go on)."""
_NOISE = re.compile(
    r"\([^()]*\)|(?<!\w)(?:hưởng\s+lương(?:\s+từ)?\s+(?:ngân\s+sách(?:\s+nhà\s+nước)?|NSNN)"
    r"|(?:được\s+)?ngân\s+sách\s+nhà\s+nước\s+(?:trả|chi\s+trả|bảo\s+đảm)(?:\s+lương)?"
    r"|trong\s+các\s+đơn\s+vị\s+sự\s+nghiệp\s+công\s+lập"
    r"|cấp\s+(?:tỉnh|huyện|xã)|sở,?\s+(?:ban,?\s+)?ngành|dự\s+phòng"
    r"|của\s+(?:tỉnh|thành\s+phố|bộ|ngành)|toàn\s+(?:tỉnh|thành\s+phố|ngành)"
    # "được sử dụng", the posts a body may use, are its posts given ("đã sử dụng", those
    # filled, stay apart)
    r"|số\s+lượng|biên\s+chế|chỉ\s+tiêu|tạm\s+giao|được\s+giao|được\s+sử\s+dụng|giao"
    # ("Tổng cục Thuế" is no "Cục Thuế": the word is the body's own there)
    r"|tổng\s+số|tổng(?!\s+(?:cục|công\s+ty)(?!\w))"
    r"|các|của|trong|và|những|đã|được|là|có)(?!\w)",
    _I,
)


def qualifier(name: str, kind: Kind) -> str:
    """What tells one line of a category from another ("Sự nghiệp y tế" from "Sự nghiệp
    giáo dục"): the name without its category words, its scope and the few stock phrases
    that never tell units apart ("hưởng lương từ ngân sách nhà nước"), as plain words. Any
    other word is kept: two names that differ are two units (a unit named two ways may then
    be read as two, which says less but never sums what should not be summed)."""
    head = _category_head(name, kind)
    if head is not None:
        name = name[head.end() :]
    if kind is Kind.VC:
        if BUDGET_PAID_POSTS.search(name):
            # "người làm việc hưởng lương từ ngân sách trong các đơn vị sự nghiệp công lập
            # chưa tự bảo đảm chi thường xuyên": the budget pays no one of the other units,
            # so the words narrow nothing
            name = _NOT_SELF_FINANCED.sub(" ", name)
        name = _WHERE_VC_WORK.sub(" ", name)
    rest = " ".join(re.findall(r"\w+", _NOISE.sub(" ", name)))
    # "Bộ" or "tỉnh" alone ("năm 2021, Bộ được giao 1.146 biên chế công chức") is the body
    # whose plan it is: the whole scope, which tells the line from no other
    # ("các bộ", the ministries, is a block among others)
    own = _OWN_BODY.fullmatch(rest) and not _MANY_BODIES.search(name)
    return "" if own else rest


_NOT_SELF_FINANCED = re.compile(
    r"(?<!\w)(?:chưa|không)\s+tự\s+(?:bảo\s+đảm|đảm\s+bảo)\s+chi\s+thường\s+xuyên(?!\w)", _I
)


def narrows(name: str, kind: Kind) -> bool:
    """Whether a name opening with its category's words goes on to name one sector of it
    ("Số lượng người làm việc trong các đơn vị sự nghiệp giáo dục và đào tạo"), not the
    category's whole (a year, a verb or "hưởng lương từ ngân sách" narrow nothing)."""
    return _category_head(name, kind) is not None and _SECTOR.search(name) is not None


def _category_head(name: str, kind: Kind) -> re.Match[str] | None:
    """The category's words a name opens with (commune staff named as cán bộ, công chức)."""
    heads = (kind, Kind.CBCC) if kind is Kind.XA else (kind,)
    for rule_kind, pattern in CATEGORY_RULES:
        head = pattern.match(name) if rule_kind in heads else None
        if head is not None:
            return head
    return None


_SECTOR = re.compile(
    r"(?<!\w)(?:sự\s+nghiệp|lĩnh\s+vực|ngành)\s+(?:giáo\s+dục|y\s+tế|văn\s+h(?:óa|oá)|khác"
    r"|thể\s+thao|khoa\s+học|kinh\s+tế|thông\s+tin)(?!\w)",
    _I,
)


_OWN_BODY = re.compile(r"bộ|tỉnh|thành\s+phố", _I)
_MANY_BODIES = re.compile(r"(?<!\w)(?:các|những)\s+(?:bộ|tỉnh|thành\s+phố)(?!\w)", _I)


def category_mentioned(text: str) -> Kind | None:
    """The one category (CBCC or VC) a heading or lead-in speaks of ("II. LỘ TRÌNH BIÊN
    CHẾ CÔNG CHỨC"), or None when it names none or both."""
    found = {index for index, group in enumerate(_GROUPS[:2]) if group.search(text)}
    if _HOLDING_NO_POST.search(text):
        return None  # "cán bộ, công chức và người hoạt động không chuyên trách": two groups
    if found == {0}:
        return Kind.XA if scope_of(text) is Scope.COMMUNE else Kind.CBCC
    if found == {1}:
        # "Giao biên chế và số lượng người làm việc năm 2025": posts beside the people of the
        # public-service units are the civil servants' (both categories, not the VC's); "Số
        # lượng người làm việc trong các hội có tính chất đặc thù": the hội's, never the VC's
        if _POSTS_BESIDE_PEOPLE.search(text) or PEOPLE_OF_THE_HOI.search(text):
            return None
        return Kind.VC
    return None


PEOPLE_OF_THE_HOI = re.compile(
    r"(?<!\w)người\s+làm\s+việc\s+(?:trong|tại|ở|của|thuộc)\s+(?:các\s+)?(?:tổ\s+chức\s+)?"
    r"hội(?!\s+đồng)(?!\w)",
    _I,
)
"""People working in the hội ("người làm việc trong các hội có tính chất đặc thù"): posts of
the hội (Quyết định 68/2010/QĐ-TTg), not of the public service units."""


_POSTS_BESIDE_PEOPLE = re.compile(
    r"(?<!\w)biên\s+chế\s*(?:,\s*|\s+và\s+)(?:số\s+lượng\s+)?(?:người\s+làm\s+việc|viên\s+chức)",
    _I,
)


def names_contracts(text: str) -> bool:
    """Whether a name speaks of contract staff anywhere in it, not only at its head."""
    return _CONTRACTS.search(text) is not None


_CONTRACTS = re.compile(r"(?<!\w)hợp\s+đồng(?!\w)", _I)
_CAN_BO = re.compile(r"(?<!\w)cán\s+bộ(?!\w)", _I)
_CONG_CHUC = re.compile(r"(?<!\w)công\s+chức(?!\w)", _I)
_CBCC_WORD = re.compile(r"(?<!\w)CBCC(?!\w)", _I)


def one_half(name: str) -> bool:
    """Whether a name speaks of the cán bộ alone or of the công chức alone ("cán bộ", "số
    công chức"): one of the two halves of cán bộ, công chức, never both ("cán bộ, công chức
    khối đảng"), nor posts of another category ("viên chức")."""
    if _CBCC_WORD.search(name) or groups_in(name) - {0}:
        return False
    return (_CAN_BO.search(name) is None) != (_CONG_CHUC.search(name) is None)


def half_named(text: str) -> str | None:
    """The one half of cán bộ, công chức a text speaks of alone ("cán bộ" or "công chức", as
    `one_half` tells), or None where it names both, neither or another category's posts."""
    if not one_half(text):
        return None
    return "cán bộ" if _CAN_BO.search(text) else "công chức"


PARENTHESES = re.compile(r"\([^()]*\)")
"""A parenthesis with none inside it."""


def groups_named(text: str) -> int:
    """How many of the groups CBCC, VC and hội the text names."""
    return sum(1 for group in _GROUPS if group.search(text))


def groups_in(text: str) -> frozenset[int]:
    """Which of the groups CBCC (0), VC (1) and hội (2) the text names."""
    return frozenset(index for index, group in enumerate(_GROUPS) if group.search(text))


GROUP_OF: dict[Category, int] = {
    Category.CBCC: 0,
    Category.XA: 0,
    Category.VC: 1,
    Category.HOI: 2,
}
"""The group (as `groups_in` numbers them) each category's posts belong to."""


_BLOCK_HEAD = (
    r"\W*(?:(?:các|những|khối|cơ\s+quan|tổ\s+chức|biên\s+chế|đơn\s+vị(?:\s+sự\s+nghiệp)?"
    r"|của|và)(?:\s*,)?\s+)*"
)
"""Stock words before a block's name ("Các cơ quan Đảng", "Các cơ quan, đơn vị sự nghiệp
của Đảng", "Biên chế dự phòng"); any other word first ("các ban đảng") names something else."""

_NOT_THE_BLOCK = r"(?!\s+(?:ủy|uỷ|viên)(?!\w))"
"""After the block's word, a word that makes it one organisation ("đảng ủy khối")."""

_BLOCK_NAMES = tuple(
    (re.compile(_BLOCK_HEAD + f"(?:{pattern.pattern})" + _NOT_THE_BLOCK, _I), rest)
    for pattern, *rest in KNOWN_BLOCKS
)


def known_block(name: str) -> tuple[str, str, str] | None:
    """(id, category-id prefix, short name) of the well-known block `name` is, or None.

    The name must begin with the block, after stock words: "Các cơ quan Đảng, Mặt trận ..."
    is Khối Đảng, while "Các ban đảng Tỉnh ủy", "Các huyện ủy, thành ủy, đảng ủy khối" and
    "... các hội được Đảng, Nhà nước giao nhiệm vụ" only mention the Party and are units of
    their own: two different names never become one unit by a word they share."""
    for pattern, (unit_id, prefix, short) in _BLOCK_NAMES:
        if pattern.match(name):
            return unit_id, prefix, short
    return None


_RESERVE_JOINED = re.compile(
    r"(?:(?<!\w)(?:và|cả|gồm|với)|,)\s+(?:(?:số|biên\s+chế)\s+)*dự\s+phòng(?!\w)", _I
)


def reserve_joined(name: str) -> bool:
    """The name joins the reserve to other posts ("Tổng biên chế ... của các Cục ... và dự
    phòng", "kể cả dự phòng"): a total's, not the reserve's."""
    return _RESERVE_JOINED.search(name) is not None


def reserve_named(name: str) -> bool:
    """The name is the reserve's ("Biên chế công chức dự phòng", "Dự phòng (ngoài A và B)")."""
    return RESERVE_WORD.search(name) is not None and not reserve_joined(name)


def scope_of(name: str) -> Scope | None:
    """The scope a unit's name states (the first rule that matches anywhere), or None. A name
    placing its posts at the commune and at a level above ("các cơ quan hành chính cấp tỉnh
    và cấp xã") has no one scope: those posts are not the commune's (nor cán bộ, công chức cấp
    xã: in part before 1/7/2025, not at all after it)."""
    for scope, pattern in SCOPE_RULES:
        if pattern.search(name):
            if scope is Scope.COMMUNE and _ABOVE_THE_COMMUNE.search(name):
                return None
            return scope
    if _ONE_COMMUNE.search(name) and not _ABOVE_THE_COMMUNE.search(name):
        return Scope.COMMUNE
    return None


_ONE_COMMUNE = re.compile(
    # "Xã Mường Ảng", "phường" (the text's own), "9 xã mới", "Đặc khu A": a name that is one
    # or more communes; "xã hội" and "thị xã" (a town of district rank) are none
    r"^\W*(?:(?:các|những|riêng|mỗi|toàn|[0-9]+)\s+)*(?:xã|phường|thị\s+trấn|đặc\s+khu)"
    r"(?!\w)(?!\s+hội(?!\w))"
    # "Các cơ quan đảng của xã", "Chính quyền xã", "hệ thống chính trị phường": a commune's
    # bodies, the commune named by its word alone
    r"|(?<!\w)(?:của|thuộc|[uủ][ỷy]\s+ban\s+nhân\s+dân|UBND|HĐND|đảng\s+[uủ][ỷy]"
    r"|chính\s+quyền|hệ\s+thống\s+chính\s+trị)\s+(?:xã|phường|đặc\s+khu)(?!\w)"
    r"(?!\s+hội(?!\w))",
    _I,
)


_ABOVE_THE_COMMUNE = re.compile(r"(?<!\w)(?:cấp\s+(?:tỉnh|huyện)|(?:hai|ba)\s+cấp)(?!\w)", _I)


@dataclass(frozen=True)
class Example:
    """A phrase and what the lexicon must read in it (None: nothing)."""

    text: str
    kind: Kind | None = None
    scope: Scope | None = None


EXAMPLES: tuple[Example, ...] = (
    Example("Cán bộ, công chức", Kind.CBCC),
    Example("biên chế công chức hành chính", Kind.CBCC),
    Example("Biên chế hành chính", Kind.CBCC),
    Example("Khối hành chính", Kind.CBCC),
    Example("CBCC", Kind.CBCC),
    Example("Viên chức hưởng lương từ ngân sách nhà nước", Kind.VC),
    Example("Số lượng người làm việc (hưởng lương từ ngân sách nhà nước)", Kind.VC),
    Example("Tổng số lượng người làm việc", Kind.VC),
    Example("các đơn vị sự nghiệp công lập", Kind.VC),
    Example("Khối sự nghiệp công lập", Kind.VC),
    Example("biên chế sự nghiệp", Kind.VC),
    Example("cán bộ, công chức cấp xã", Kind.XA, Scope.COMMUNE),
    Example("cán bộ, công chức cấp tỉnh và cấp xã", Kind.CBCC),
    Example("cán bộ, công chức ở các xã, phường, đặc khu", Kind.XA, Scope.COMMUNE),
    Example("Cán bộ, công chức của 16 xã, thị trấn", Kind.XA, Scope.COMMUNE),
    Example("công chức của thị xã", Kind.CBCC),
    Example("công chức thị xã, thị trấn", Kind.CBCC),
    Example("Công chức phường", Kind.XA),
    Example("Cán bộ, công chức phường", Kind.XA),
    Example("Biên chế công chức để chuyển công chức phường thành công chức quận", Kind.CBCC),
    Example("công chức xã mới", Kind.CBCC),
    Example("cán bộ, công chức của hệ thống chính trị xã", Kind.XA, Scope.COMMUNE),
    Example("Xã Mường Ảng", None, Scope.COMMUNE),
    Example("Phường", None, Scope.COMMUNE),
    Example("công chức của Ủy ban nhân dân thị xã", Kind.CBCC),
    Example("các tổ chức chính trị - xã hội", None),
    Example("cán bộ, công chức của xã và cấp huyện", Kind.CBCC, Scope.DISTRICT),
    Example("Tổng số hội đặc thù", Kind.HOI),
    Example("Biên chế giao cho các hội có tính chất đặc thù", Kind.HOI),
    Example("Tổng cộng biên chế công chức", Kind.CBCC),
    Example("các tổ chức hội có tính chất đặc thù", Kind.HOI),
    # The hội of the đoàn thể chính trị - xã hội are no hội đặc thù; the law's hội đặc thù are.
    Example("Hội Liên hiệp Phụ nữ", None),
    Example("Hội Nông dân tỉnh", None),
    Example("Hội Cựu chiến binh", None),
    Example("Hội Cựu thanh niên xung phong", Kind.HOI),
    Example("Hội Chữ thập đỏ", Kind.HOI),
    Example("Hội Văn học nghệ thuật", Kind.HOI),
    Example("Người làm việc theo hợp đồng tại các cơ quan", None),
    Example("Số lượng người làm việc (không kể hợp đồng lao động)", Kind.VC),
    Example("Tổng biên chế cán bộ, công chức của chính quyền địa phương cấp xã", Kind.XA),
    Example("Tổng biên chế cán bộ, công chức và số lượng người làm việc của tỉnh"),
    Example("Biên chế công chức và viên chức"),
    Example("hợp đồng lao động theo Nghị định 111", Kind.CONTRACT),
    Example("Lao động hợp đồng theo Nghị định số 68", Kind.CONTRACT),
    # A block of organisations holds both categories, whatever words follow its head.
    Example("Các cơ quan, đơn vị sự nghiệp của Đảng, Mặt trận Tổ quốc Việt Nam"),
    Example("Chính quyền địa phương (gồm đơn vị sự nghiệp công lập)"),
    Example("Tổng biên chế hệ thống chính trị tỉnh"),
    Example("Các sở, ban, ngành", None, Scope.DEPARTMENTS),
    Example("biên chế trong các cơ quan cấp huyện", None, Scope.DISTRICT),
    Example("biên chế trong các cơ quan cấp tỉnh", None, Scope.PROVINCE),
    Example("Biên chế dự phòng", None, Scope.RESERVE),
    Example("Hội đồng nhân dân tỉnh"),
    Example("Công ty cổ phần"),
)
