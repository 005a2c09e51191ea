"""Forms of Party allocations, ministry plans and tables (branch `allocations`), each an
example read whole and its twin, one change away, that must be declined or read otherwise.
Written by hand in the genre's forms, not copied from a corpus document; same harness as
tests/test_reader_forms.py."""

from __future__ import annotations

import pytest

from tests.test_reader_forms import Form, _form
from tests.test_reader_forms import test_form as check_form

FORMS = (
    # a table column counting people who left ("Số người đã tinh giản") is outside the plan:
    # the row's posts are read alone
    _form(
        "table-leavers-column",
        "Biên chế các khối năm 2020\n\n| Khối | Biên chế được giao | Số người đã tinh giản |\n"
        "|---|---|---|\n| Văn phòng | 300 | 12 |\n| Thanh tra | 700 | 30 |\n"
        "| Tổng cộng | 1.000 | 42 |",
        {
            ("van-phong", 2020, 300, None, None, None),
            ("thanh-tra", 2020, 700, None, None, None),
            ("tong", 2020, 1000, None, None, None),
        },
        tong=("van-phong", "thanh-tra"),
    ),
    # ... a column of posts cut ("Biên chế tinh giản") names no people: it may be a change of
    # the posts, against no year, so the rows are declined
    _form(
        "table-leavers-column/posts-cut",
        "Biên chế các khối năm 2020\n\n| Khối | Biên chế được giao | Biên chế tinh giản |\n"
        "|---|---|---|\n| Văn phòng | 300 | 12 |\n| Thanh tra | 700 | 30 |\n"
        "| Tổng cộng | 1.000 | 42 |",
        None,
    ),
)


@pytest.mark.parametrize("form", FORMS, ids=[form.name for form in FORMS])
def test_form(form: Form) -> None:
    check_form(form)
