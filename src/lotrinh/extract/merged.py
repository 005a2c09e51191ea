"""Merged provinces: the old places a new one is made of.

Since the 2025 mergers, reports give a new province's figure and the figures of the provinces
(or districts, communes) it was made of: "tổng biên chế công chức của tỉnh Tuyên Quang (mới) là
4.962 biên chế, gồm 2.418 biên chế của tỉnh Tuyên Quang cũ và 2.544 biên chế của tỉnh Hà Giang
cũ". An old place is a body of its own, never the text's province: it keeps the old name, and
its figure is one part of the new total. "tỉnh X" alone is the text's own province (the
lexicon files it under no body, so its figures go to the category totals); only the marks of a
place that no longer is ("cũ", "(cũ)", "trước hợp nhất", "trước sắp xếp") make it an old one.
The new province's own marks ("(mới)", "tỉnh mới", "sau hợp nhất") name the text's province.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_PLACE_WORD = r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)"
_PROPER = r"[A-ZĐ]\w*(?:[ .-][A-ZĐ]\w*){0,3}"
_GONE = (
    r"(?:\(\s*cũ\s*\)|cũ|(?:\(\s*)?trước\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp)"
    r"(?:\s*\))?)"
)
LOWER = "a-zđăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
"""The lower-case letters of Vietnamese, for a class of what a capital is not."""
_CAPITAL = rf"(?-i:(?![{LOWER}])[^\W\d_])"
_BRACKETED_GONE = r"\(\s*(?:cũ|trước\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập))\s*\)"
FORMER = (
    rf"(?:{_PLACE_WORD}\s+{_PROPER}\s*{_GONE}"
    # "Bộ Tài nguyên và Môi trường (cũ)", "Nam Định (cũ)": a ministry, or a place named with
    # no place word, old only by the bracketed mark closing its name (a bare "cũ" bounds no
    # name of lower-case words); never the ministry that gives posts
    # (capitals as written: the patterns using this one ignore case)
    rf"|(?-i:Bộ)\s+(?!Nội\s+vụ){_CAPITAL}\w*(?:\s+[^\W\d_]+){{0,8}}?\s*{_BRACKETED_GONE}"
    rf"|{_CAPITAL}\w*(?:\s+{_CAPITAL}\w*){{0,3}}\s*{_BRACKETED_GONE})"
)
"""The words of one old place (or ministry), for a rule's pattern."""
FORMER_PLACE = re.compile(rf"(?:(?:của|thuộc|tại|ở)\s+)?(?P<name>{FORMER})", _I)
"""One old place, named and marked as gone ("tỉnh Hà Giang cũ", "tỉnh Bắc Kạn (cũ)")."""


def former_place(name: str) -> str | None:
    """The old place a subject names, whole ("của tỉnh Hà Giang cũ" → "tỉnh Hà Giang cũ"), or
    None where the words are anything more or less than one old place."""
    found = FORMER_PLACE.fullmatch(name.strip(" ,;:"))
    if found is None:
        return None
    name = re.sub(r"\s{2,}", " ", found.group("name"))
    return name[:1].upper() + name[1:]


_NEW_PLACE = re.compile(
    # "của tỉnh Tuyên Quang (mới)", "của tỉnh mới", "của hai tỉnh": the province the merger
    # made, which is the text's own (its figures are the category's, not a body's)
    rf"\s*(?:của\s+)?(?:(?:tỉnh|thành\s+phố)(?:\s+{_PROPER})?\s*\(\s*mới\s*\)"
    # (never "các tỉnh mới", the new provinces of a national text)
    # ("hai tỉnh" as the actor, "hai tỉnh được giao ...", names the merged province only in
    # a sentence saying so: `categories`; a category "của hai tỉnh" is theirs together)
    r"|(?<!các\s)(?:tỉnh|thành\s+phố)\s+mới|(?<=của\s)(?:hai|ba)\s+tỉnh)"
    r"(?!\w)(?!\s+(?:cũ|trước)(?!\w))",
    _I,
)


_MERGER_NOTE = re.compile(
    # "Năm 2021 (số liệu đã cộng của tỉnh Bắc Kạn trước hợp nhất), hai tỉnh ...": a note that
    # the figure takes in an old place (the lead's year may have taken its opening bracket)
    # (never a note leaving it out: "chưa gộp", "không gồm", "trừ")
    rf"(?:^|\()(?![^()]*(?<!\w)(?:chưa|không|trừ|ngoài)(?!\w))[^()\d]{{0,60}}?(?<!\w){FORMER}"
    r"\s*\)\s*,?",
    _I,
)


def new_place_dropped(name: str) -> str:
    """A subject's words without the merged province they name as the text's own ("biên chế
    công chức của tỉnh mới" → "biên chế công chức")."""
    return _NEW_PLACE.sub("", _MERGER_NOTE.sub(" ", name)).strip()


_MERGER_WORDS = r"(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp)"
_MARK = re.compile(
    # "Bộ Khoa học và Công nghệ (trước hợp nhất)", "tỉnh Thái Bình (cũ)", "tỉnh X cũ": a body
    # as it was before the merger
    rf"(?P<gone>\(\s*(?:cũ|trước\s+(?:khi\s+)?{_MERGER_WORDS})\s*\)"
    rf"|(?<!\w)(?:cũ|trước\s+(?:khi\s+)?{_MERGER_WORDS})(?!\w))"
    # "Bộ Khoa học và Công nghệ (sau hợp nhất)", "tỉnh Tuyên Quang (mới)": the body the
    # merger made (a bare "mới" is too common a word to mark one: "mới thành lập")
    rf"|(?P<made>\(\s*(?:mới|sau\s+(?:khi\s+)?{_MERGER_WORDS})\s*\)"
    rf"|(?<!\w)sau\s+(?:khi\s+)?{_MERGER_WORDS}(?!\w))",
    _I,
)


def merger_marks(name: str) -> tuple[str, tuple[str, ...]]:
    """A body's name without the marks that date it against a merger, and those marks ("cu"
    for a body as it was before, "moi" for the one the merger made). "Bộ X (trước hợp nhất)"
    and "Bộ X (sau hợp nhất)" are two units whatever else their names share, and "Bộ X" named
    with no mark is a third: the text has not said which of the two it is."""
    marks = sorted({"cu" if found.group("gone") else "moi" for found in _MARK.finditer(name)})
    if not marks:
        return name, ()
    return re.sub(r"\s{2,}", " ", _MARK.sub(" ", name)).strip(), tuple(marks)


_GONE_BRACKET = re.compile(rf"\(\s*(?:cũ|trước\s+(?:khi\s+)?{_MERGER_WORDS})\s*\)", _I)


def gone_unbracketed(name: str) -> str:
    """ "của tỉnh A (cũ)", "Bộ A (trước hợp nhất)" → "của tỉnh A cũ", "Bộ A cũ": the mark of a
    place as it was before a merger kept as a word where brackets are dropped, so the old place
    stays another unit than the one the merger made, which may keep its name ("của tỉnh A")."""
    return _GONE_BRACKET.sub(" cũ ", name)


_NUMBER = r"[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+"
_SUMMED = re.compile(
    # "tổng của hai địa phương trước hợp nhất", "của hai địa phương (cũ) cộng là", "hai tỉnh
    # cộng lại", "tổng số hai bộ": a figure said to be the places' (or bodies') own added up
    r"(?<!\w)(?:hai|ba|bốn)\s+(?:tỉnh|địa\s+phương|bộ|huyện|xã|đơn\s+vị)(?!\w)"
    r"(?=[^\d]*?(?<!\w)(?:cộng|tổng)(?!\w)|[^\d]*?(?:\(\s*cũ\s*\)|(?<!\w)cũ(?!\w)|"
    rf"trước\s+(?:khi\s+)?{_MERGER_WORDS}))"
    r"|(?<!\w)tổng\s+(?:số\s+)?(?:của\s+)?(?:hai|ba|bốn)\s+(?:tỉnh|địa\s+phương|bộ|huyện|xã)",
    _I,
)
_SUM_SENTENCE = re.compile(
    # "Số giao năm 2021 làm căn cứ so sánh là tổng của hai địa phương trước hợp nhất, cộng
    # 4.742 biên chế công chức, trong đó:"; "Số người làm việc được giao năm 2021 của hai địa
    # phương (cũ) cộng là 59.400 người (thành phố A 27.560 người, tỉnh B 31.840 người)."
    rf"^(?P<head>(?:[^\d()]|\(\s*cũ\s*\))*?(?<!\w)năm\s+(?P<year>[12][0-9]{{3}})(?!\d)"
    r"(?:[^\d()]|\(\s*cũ\s*\))*?)"
    rf"(?P<n>{_NUMBER})\s+(?P<words>biên\s+chế|người)(?!\w)(?P<cat>[^\d()]{{0,40}}?)"
    r"(?:\s*\((?P<places>[^()]*)\))?\s*[,.;:]?\s*(?:trong\s+đó\s*:?)?\s*$",
    _I,
)
_PLACE_FIGURE = re.compile(
    rf"^\s*(?P<name>{_PLACE_WORD}\s+{_PROPER})\s*:?\s+(?P<n>{_NUMBER})\s+(?:biên\s+chế|người)\s*$",
    _I,
)


Span = tuple[int, int]


def merged_sum(text: str) -> tuple[int, Span, str, list[tuple[str, Span]]] | None:
    """A sentence giving one base year's figure said to be the merged places' added up ("Số
    giao năm 2021 ... là tổng của hai địa phương trước hợp nhất, cộng 4.742 biên chế công
    chức"): its year, the figure's span, the words naming what is counted, and the places
    listed in parentheses with their figures (each an old place, their sum the figure; else
    None). The unit is not said: `build` finds it by the text's own arithmetic."""
    found = _SUM_SENTENCE.match(text)
    if found is None or _SUMMED.search(found.group("head")) is None:
        return None
    places: list[tuple[str, Span]] = []
    if found.group("places") is not None:
        start = found.start("places")
        for piece in re.finditer(r"[^,;]+", found.group("places")):
            place = _PLACE_FIGURE.match(piece.group())
            if place is None:
                return None
            at = start + piece.start()
            places.append((place.group("name"), (at + place.start("n"), at + place.end("n"))))
        total = sum(int(text[a:b].replace(".", "")) for _, (a, b) in places)
        if len(places) < 2 or total != int(found.group("n").replace(".", "")):
            return None
    words = f"{found.group('head')} {found.group('words')}{found.group('cat')}"
    return int(found.group("year")), found.span("n"), words, places


_FORMER_ITEM = re.compile(
    # "Thành phố Đà Nẵng (cũ): 2.274 biên chế;", an item under a merged places' sum
    rf"^\s*(?P<name>{FORMER})\s*:\s*(?P<n>{_NUMBER})\s+(?:biên\s+chế|người)\s*[;.]?\s*$",
    _I,
)


def former_item(text: str) -> tuple[str, int, Span] | None:
    """An item naming one old place and its one figure: the place (as `former_place` names
    it), the figure and its span; None for anything else."""
    found = _FORMER_ITEM.match(text)
    if found is None:
        return None
    name = former_place(found.group("name"))
    if name is None:
        return None
    return name, int(found.group("n").replace(".", "")), found.span("n")


_THE_MERGED = re.compile(r"^(?P<places>(?:hai|ba)\s+tỉnh)(?:\s+(?P<rest>.*))?$", _I | re.S)
_MERGER_SAID = re.compile(
    rf"(?<!\w)(?:trước|sau)\s+(?:khi\s+)?{_MERGER_WORDS}(?!\w)|(?<!\w)(?:hợp\s+nhất|sáp\s+nhập)(?!\w)",
    _I,
)


def merged_places_dropped(name: str, gap: str) -> str:
    """ "Trước sắp xếp, năm 2024 hai tỉnh được giao 4.518 biên chế ...": the provinces merged
    since, named together as the actor, are the text's own province then (its figure the sum
    of theirs), only where the words before the figure speak of the merger; "hai tỉnh" of no
    merger, or with a name after it, stays as it is."""
    found = _THE_MERGED.match(name)
    if found is None or found.group("rest") or _MERGER_SAID.search(gap) is None:
        return name
    return ""


_NAMED_PLACE = (
    rf"(?:{_PLACE_WORD}\s+{_CAPITAL}\w*(?:\s*[ -]\s*{_CAPITAL}\w*){{0,4}}(?!\w)"
    rf"(?!\s*[ -]\s*{_CAPITAL})(?:\s*{_GONE})?"
    rf"|(?<!\w){_CAPITAL}\w*(?:\s*[ -]\s*{_CAPITAL}\w*){{0,4}}\s*{_GONE})"
)
"""One place by its proper name: with its level word ("tỉnh Vĩnh Phúc", "tỉnh Vĩnh Phúc cũ",
"thành phố A (cũ)"), or bare and marked as gone ("Vĩnh Phúc cũ", "Bắc Kạn (trước hợp nhất)")."""
_NOT_A_LIST = rf"(?!\s*(?:,|;|và|\+|-|–)\s*(?:{_PLACE_WORD}\s+)?{_CAPITAL})"
_ONE_PLACE_BRACKET = (
    # (words before the place, none adding places up nor listing them: "chỉ tính", "số liệu
    # của", "riêng")
    r"\s*\(\s*(?:(?!(?<!\w)(?:cộng|gộp|tổng|hai|ba|bốn|các|và|cả|gồm)(?!\w))[^()\d,;]){0,40}?"
    rf"(?<!\w){_NAMED_PLACE}{_NOT_A_LIST}\s*[,;)]"
)
"""A bracket naming one place ("(tỉnh Vĩnh Phúc cũ)", "(số liệu của tỉnh B trước hợp nhất)",
"(riêng tỉnh B cũ)", "(chỉ tính tỉnh B cũ)")."""
_ONE_PLACE_AFTER = re.compile(
    # "... so với năm 2024 (tỉnh Vĩnh Phúc cũ)", "(của tỉnh B)", "(số liệu của tỉnh B cũ)",
    # "... so với năm 2024 của tỉnh Vĩnh Phúc cũ", "tại tỉnh B cũ": the base year's figure
    # glossed as one place's
    rf"{_ONE_PLACE_BRACKET}|\s+(?:của|thuộc|tại)\s+{_NAMED_PLACE}{_NOT_A_LIST}",
    _I,
)
_BASE_YEAR = re.compile(
    r"(?<!\w)so\s+với\s+(?P<words>[^0-9();.]{0,60}?\s)?năm\s+(?:gốc\s+)?[12][0-9]{3}(?![0-9])",
    _I,
)
_ONE_PLACE_WORDS = re.compile(rf"(?<!\w)(?:(?:của|thuộc|tại)\s+)?{_NAMED_PLACE}{_NOT_A_LIST}", _I)
_GLOSSED_FIGURE = re.compile(
    # "Năm 2024, biên chế công chức là 2.544 biên chế (tỉnh Hà Giang cũ)", "Năm 2024 (tỉnh Hà
    # Giang cũ), biên chế …": a figure or a year glossed as one place's
    rf"(?:(?<!\w)năm\s+[12][0-9]{{3}}|(?<![0-9.,])[0-9][0-9.,]*[0-9]|(?<![0-9.,])[0-9])"
    rf"(?:\s+(?:biên\s+chế|người(?:\s+làm\s+việc)?|chỉ\s+tiêu(?:\s+biên\s+chế)?))?"
    rf"(?={_ONE_PLACE_BRACKET})",
    _I,
)


def one_place_glossed(text: str) -> tuple[int, int] | None:
    """(latent7) Where a comparison's base year, a figure or a year is glossed as ONE place's
    ("giảm 310 người so với năm 2024 (tỉnh Vĩnh Phúc cũ)", "so với năm 2024 của tỉnh B", "so
    với số giao của tỉnh B cũ năm 2024", "là 2.544 biên chế (tỉnh Hà Giang cũ)", "Năm 2024
    (tỉnh B cũ), …"), the span glossed: the figure is that place's (a former province's, or
    another place's), not the unit's the sentence names, and a change against it no change of
    that unit. None where nothing is so glossed. Two or more places listed ("của tỉnh A và
    tỉnh B", "(tỉnh A, tỉnh B)") are their sum, the merged whole's (`groups.base_merged_glossed`,
    `rules._SUMMED_PLACES`, `structure.places_listed`), never this."""
    for found in _BASE_YEAR.finditer(text):
        words = found.group("words") or ""
        if _ONE_PLACE_WORDS.search(words) or _ONE_PLACE_AFTER.match(text, found.end()):
            return found.span()
    glossed = _GLOSSED_FIGURE.search(text)
    return glossed.span() if glossed is not None else None
