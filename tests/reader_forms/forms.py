"""The whole FORMS table, its four parts joined in their order, for the tests that look at
all forms at once (each part parametrizes its own test_form)."""

from __future__ import annotations

from tests.reader_forms.test_forms_s01_s07 import FORMS as FORMS_S01_S07
from tests.reader_forms.test_forms_s08_s14 import FORMS as FORMS_S08_S14
from tests.reader_forms.test_forms_s15_s17 import FORMS as FORMS_S15_S17
from tests.reader_forms.test_forms_s18_s19 import FORMS as FORMS_S18_S19

FORMS = FORMS_S01_S07 + FORMS_S08_S14 + FORMS_S15_S17 + FORMS_S18_S19
