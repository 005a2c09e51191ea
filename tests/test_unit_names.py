"""Unit names on every stored document (corpus, held-out and blind sets): a unit is named by
the body given the posts, never by the giver ("Ban Tổ chức Trung ương giao …") nor by a clause
of purpose or ground before it ("Để hoàn thành Kế hoạch, …", "Căn cứ Quyết định số …, …").

The runner scores figures, not names, so a name built of the wrong words passes as read; this
check fails on it. Allowed: a giver after "được" or "do" describes the recipient ("các hội
quần chúng do Đảng, Nhà nước giao nhiệm vụ", "Khối đảng … do Thành ủy giao riêng"), and
"Biên chế giao cho …", "Tổng biên chế được giao …" name the posts given, not a giver.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.corpus.runner import documents, run_lotrinh

_TESTS = Path(__file__).parent
_SETS = sorted(
    p.name
    for p in _TESTS.iterdir()
    if p.is_dir() and (p.name in ("corpus", "heldout") or p.name.startswith("blind-"))
)
_AUTHORITY = (
    r"(?:Trung\s+ương|Tỉnh\s+ủy|Thành\s+ủy|(?:UBND|HĐND)\s+(?:tỉnh|thành\s+phố)"
    r"|(?:Ủy\s+ban|Hội\s+đồng)\s+nhân\s+dân\s+(?:tỉnh|thành\s+phố)|Sở\s+Nội\s+vụ|Bộ\s+Nội\s+vụ)"
)
_CLAUSE = re.compile(
    # a clause opening the name, or opening the name a category line is of ("— Để ...")
    r"(?:^|—\s|\(trong\s)(?:Để|Căn\s+cứ|Thực\s+hiện\s+(?-i:[A-ZĐ]))",
    re.IGNORECASE,
)
_GIVES = re.compile(rf"{_AUTHORITY}\s+(?:đã\s+)?(?:tạm\s+)?(?:giao|trình)(?!\w)", re.IGNORECASE)
_SAYS = re.compile(
    # who proposes, adopts, issues or reports the figures, or a clause of source, time or
    # contrast before the name (eng-names2): "Bộ đề xuất", "HĐND ... vừa thông qua nghị quyết
    # giao", "UBND tỉnh ban hành quyết định giao", "Vụ trưởng ... cho biết Bộ", "Sau khi ...
    # chuyển thành", "Ngày 18/02/2025, ...", "Số liệu tổng hợp đến ngày ...", "Trên cả nước,
    # theo Bộ Nội vụ, ...", "Tuy nhiên, ...", "(trình phê duyệt)"; never a post "đề nghị giao"
    r"(?-i:Bộ|Ban|Cục|Sở|Tỉnh|Thành\s+phố|HĐND|UBND|Hội\s+đồng|[UỦ]y\s+ban|Tổng\s+cục)"
    r"(?:\s+[^\s,;:()]+){0,6}?\s+(?:đã\s+|vừa\s+|sẽ\s+)?(?:đề\s+xuất|đề\s+nghị"
    r"|thông\s+qua|ban\s+hành|chuyển\s+thành)(?!\w)"
    r"|(?<!\w)cho\s+(?:biết|hay)(?!\w)|\(trình\s+phê\s+duyệt\)"
    r"|(?:^(?:[0-9IVX]+\.\s*)?|—\s|,\s*)(?:Ngày\s+[0-9]|Sau\s+khi|Tuy\s+nhiên"
    r"|Trên\s+cả\s+nước|Số\s+liệu|Tại\s+hội\s+nghị|Quyết\s+định(?!\s+số))(?!\w)"
    r"|(?:^|—\s|,\s*)theo\s",
    re.IGNORECASE,
)
_DESCRIBED = re.compile(r"(?<!\w)(?:do|được)\s+(?:[^\W\d_]+\s+){0,4}$", re.IGNORECASE)
"""A giver after "do"/"được" within a few words: the recipient described ("do Ban Tổ chức
Trung ương giao"), allowed."""


def wrong_words(name: str) -> bool:
    """Whether a unit's name holds a clause or a giver giving (or proposing) as its subject."""
    if _CLAUSE.search(name) or _SAYS.search(name):
        return True
    return any(_DESCRIBED.search(name[: found.start()]) is None for found in _GIVES.finditer(name))


def test_the_check_finds_the_wrong_words() -> None:
    for name in (
        "Ban Tổ chức Trung ương giao cho tỉnh A",
        "Để hoàn thành Kế hoạch, Bộ",
        "Căn cứ Quyết định số 248/QĐ-UBND ngày 21/3/2025 của UBND tỉnh, Sở Nội vụ",
        "Viên chức — Để hoàn thành Kế hoạch, Bộ",
        "UBND tỉnh trình HĐND tỉnh kế hoạch biên chế công chức",
        "Thực hiện Kế hoạch số 138-KH/TU của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh trình",
        # eng-names2: who proposes, adopts, issues or reports; a day; a source, contrast or
        # time clause
        "Hội đồng nhân dân thành phố A vừa thông qua nghị quyết giao biên chế",
        "Cán bộ, công chức — Hội đồng nhân dân thành phố A vừa thông qua nghị quyết giao",
        "Ngày 18/02/2025, Ủy ban nhân dân tỉnh ban hành quyết định giao số lượng cán bộ",
        "Bộ đề xuất biên chế công chức",
        "Bộ Ngoại giao đề nghị giữ biên chế công chức",
        "Sau khi Tổng cục Thuế chuyển thành Cục Thuế, biên chế công chức",
        "Tuy nhiên, tính theo định mức tại Công văn số 09/CV-BCĐ, số biên chế",
        "Tại hội nghị sơ kết, Vụ trưởng Vụ Tổ chức cán bộ cho biết Bộ",
        "2. Quyết định tổng biên chế viên chức sự nghiệp",
        "Trên cả nước, theo Bộ Nội vụ, biên chế công chức",
        "Số liệu tổng hợp đến ngày 30/6/2024 cho thấy biên chế",
        "Viên chức (trình phê duyệt)",
    ):
        assert wrong_words(name), name
    for name in (
        "Cơ quan đảng, Mặt trận Tổ quốc và các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ",
        "Khối đảng, Mặt trận và các đoàn thể do Thành ủy giao riêng",
        "Tổng biên chế được giao của tỉnh",
        "Sở Y tế",
        "Biên chế giao cho các hội",
        "Viên chức (do HĐND tỉnh do Ban Tổ chức Trung ương giao)",
        # a body, a category and a decision by its number are names
        "Bộ Ngoại giao",
        "Biên chế công chức theo Quyết định số 12/QĐ-UBND",
        "Cán bộ, công chức cấp xã",
        "Đơn vị sự nghiệp tự bảo đảm chi thường xuyên theo vị trí việc làm",
        "Số lượng người làm việc đề nghị giao năm 2026",
        "Biên chế có mặt đến ngày 31/12/2024",
    ):
        assert not wrong_words(name), name


# (AC2's "Ban Tổ chức Trung ương giao biên chế các cơ quan đảng … thành phố là 1.046" and blind
# R1's "Tại Nghị quyết số 52 …, Hội đồng nhân dân tỉnh đã giao biên chế công chức …", the
# two kept until session 17, name their receivers now: eng-names)
ALLOWED: set[tuple[str, str]] = {
    # Blind AO (merged in session 19 unstudied, owed): a giver's clause ("Ủy ban nhân dân tỉnh
    # đã giao tổng số …") and a lead clause ("Sau khi thẩm định … của 29 bộ, ngành tổng số")
    # naming the total.
    ("quang-ninh-tra-loi-cu-tri-giao-vien-2024", "tong"),
    ("tin-bao-bo-noi-vu-tham-dinh-nguoi-lam-viec-29-bo-nganh-2026", "tong"),
    # eng-names2 left these, flagged by the shapes it added (docs/extraction.md, "Session 17:
    # eng-names2"): a lead clause ("Sau khi …", "Ở cấp xã, sau khi …", "Tại hội nghị …, Vụ
    # trưởng … cho biết", "Ngày …, UBND … cho biết", "Theo tờ trình / số liệu …", "Trên cả
    # nước, theo Bộ Nội vụ, …") before a body, a level or the nation, whose reading the rule
    # would change (unread, or another unit); "Quyết định tổng biên chế …" (the resolution's
    # verb: without it the total becomes a category and its parts may move)
    ("tin-bao-quang-nam-dieu-chuyen-bien-che-tinh-doan-2020", "sau-khi-tiep-nhan-ke"),
    ("tin-bao-thu-duc-bien-che-2024", "ngay-12-3-2024-uy"),
    ("tay-ninh-nq-31-2011", "tong"),
    ("tay-ninh-nq-31-2011", "vc-giao-duc-dao-tao"),
    ("tay-ninh-nq-31-2011", "vc-y-te"),
    ("tay-ninh-nq-31-2011", "vc-van-hoa"),
    ("tay-ninh-nq-31-2011", "vc-khac"),
    ("can-tho-nq-18-2011", "tong"),
    ("can-tho-nq-18-2011--parts-not-adding-up", "tong"),
    ("tin-bao-bo-lao-dong-tinh-gian-2024", "tai-hoi-nghi-so-ket"),
    ("tin-bao-bo-lao-dong-tinh-gian-2024", "tai-hoi-nghi-so-ket-cbcc"),
    ("cao-bang-tin-bien-che-2026", "tren-ca-nuoc-theo-bo"),
    ("tin-bao-bo-noi-vu-bao-cao-quoc-hoi-bien-che-2025", "tong"),
    ("tin-bao-bo-noi-vu-bao-cao-quoc-hoi-bien-che-2025", "o-cap-co-so-don-moi"),
    ("tin-bao-chinh-phu-de-xuat-bien-che-2026", "theo-to-trinh-chinh-phu"),
    ("tin-bao-chinh-phu-de-xuat-bien-che-2026--malformed-number", "theo-to-trinh-chinh-phu"),
    ("tin-bao-chinh-phu-bien-che-toan-bo-may-2026", "cap-xa-sau-khi-ca"),
    ("tin-bao-dong-thap-hop-nhat-bien-che-2025", "cap-xa-con-102-xa-moi"),
    ("tin-bao-dong-thap-hop-nhat-bien-che-2025", "cap-xa-con-102-xa-moi-cbcc-xa"),
    ("tin-bao-ket-qua-tinh-gian-ca-nuoc-2025", "o-cap-xa-sau-khi"),
    ("tin-bao-ket-qua-tinh-gian-ca-nuoc-2025--difference-mismatch", "o-cap-xa-sau-khi"),
    # an adopter's act of approval ("phê duyệt"), a plan issued ("ban hành kế hoạch"), a
    # decision's verb after a comma: not the giving `_GIVES_POSTS` reads
    # a source clause closing a parenthesis before the body ("(… theo quyết định giao ngày
    # 20/12/2024), Bộ …"): the body is the ministry, named after the clause; found by the merge
    # of session 17, left (its figures map to the ministry's lines as the truth has them)
    ("bo-xay-dung-bao-cao-bien-che-2026", "theo-quyet-dinh-giao-ngay"),
    ("bo-xay-dung-bao-cao-bien-che-2026", "theo-quyet-dinh-giao-ngay-cbcc"),
    ("bo-xay-dung-bao-cao-bien-che-2026", "theo-quyet-dinh-giao-ngay-vc"),
    ("tin-bao-kien-giang-2023", "tong"),
    ("tin-bao-bo-giao-thong-van-tai-2022-2026", "bo-giao-thong-van-tai-2"),
    ("tin-bao-bo-giao-thong-van-tai-2022-2026", "bo-giao-thong-van-tai-2-cbcc"),
    ("tin-bao-quang-nam-qd-121-2024", "so-luong-nguoi-lam-viec"),
    # the Ban's proposal, a unit apart from the Tờ trình's (read as a category it would merge
    # with it), and the category "submitted for approval", a unit apart from the one approved
    ("son-la-bao-cao-tham-tra-bien-che-2026", "tong"),
    ("quang-tri-bao-cao-tham-tra-bien-che-2025", "vc-trinh-phe-duyet"),
    ("quang-tri-bao-cao-tham-tra-bien-che-2025", "vc-trinh-phe-duyet-vc-giao-duc-dao-tao"),
    ("quang-tri-bao-cao-tham-tra-bien-che-2025", "vc-trinh-phe-duyet-vc-y-te"),
    ("quang-tri-bao-cao-tham-tra-bien-che-2025", "vc-trinh-phe-duyet-vc-khac"),
    # its variant, whose list ending with "các sự nghiệp khác" is read as the base's since
    # eng-slips9 (the parts not adding up were a slip-only refusal): the same units
    ("quang-tri-bao-cao-tham-tra-bien-che-2025--parts-not-adding-up", "vc-trinh-phe-duyet"),
    (
        "quang-tri-bao-cao-tham-tra-bien-che-2025--parts-not-adding-up",
        "vc-trinh-phe-duyet-vc-giao-duc-dao-tao",
    ),
    ("quang-tri-bao-cao-tham-tra-bien-che-2025--parts-not-adding-up", "vc-trinh-phe-duyet-vc-y-te"),
    ("quang-tri-bao-cao-tham-tra-bien-che-2025--parts-not-adding-up", "vc-trinh-phe-duyet-vc-khac"),
    # blind AW1 at first contact (s25): the total of "Hội đồng nhân dân tỉnh thông qua nghị
    # quyết tạm giao biên chế công chức cho … các xã, phường từ ngày 01/7/2025 với tổng số
    # 2.240 biên chế, trong đó …" named after the clause before "tổng số"; its figure and parts
    # are the truth's (left: the name is the clause, the reading is right)
    ("tin-bao-cao-bang-bien-che-xa-phuong-khong-chuyen-trach-2025", "tong"),
}
"""(document, unit) pairs whose wrong words are known and kept, each with why."""


@pytest.mark.parametrize("root", _SETS)
def test_no_unit_is_named_after_a_giver_or_a_clause(root: str) -> None:
    wrong = []
    for doc in documents(_TESTS / root):
        extracted = run_lotrinh(doc.path)[0]
        for unit in ((extracted or {}).get("plan") or {}).get("units") or []:
            if wrong_words(unit["name"]) and (doc.slug, unit["id"]) not in ALLOWED:
                wrong.append(f"{doc.slug}: {unit['id']} = {unit['name']}")
    assert not wrong, "\n".join(wrong)
