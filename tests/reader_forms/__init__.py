"""The reader's statement kinds and structure forms, each as data: an example read whole and
its twin, one change away, that must be left unread (reported, never guessed), or read as
something else. Expected readings are written by hand, as an analyst would transcribe them.

A new phrasing is a rule (rules.RULES, lexicon) plus a pair here, never a special case.

Split in session 20 (it had grown to 1,4 MB): common.py holds what the parts share,
forms.py the whole FORMS table; FORMS itself is in four parts (test_forms_s*.py, each
parametrizing its own test_form), the other tests by section (test_s*.py) and
test_unsectioned.py."""
