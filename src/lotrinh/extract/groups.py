"""Groups of bodies sharing one figure: "mỗi Cục 112 biên chế, cộng 672 biên chế".

An allocation often gives several bodies the same amount in one item, each amount after
"mỗi" and the group's sum after "cộng": "Nhóm I gồm 6 Cục ...: mỗi Cục 112 biên chế, cộng 672
biên chế", "8 phường: mỗi phường 52 biên chế, cộng 416 biên chế", "Các Kho bạc Nhà nước khu
vực III, IV, V, VI, VII và VIII: mỗi khu vực 610 biên chế, cộng 3.660 biên chế". The project's
truths read such an item as one unit, the group, of the stated sum; the amount for each is
outside the sums (no unit's figure). Where the bodies are named one by one and no sum is given
("Học viện Chính trị khu vực I, II, III và IV: mỗi Học viện 205 người", "Các phường A, B và
C: mỗi phường 54 biên chế"), each named body is a unit of that amount.

The count of the group (written before its noun, "6 Cục", or told by its names) times the
amount for each must be the sum: where it is not, or the count cannot be told, nothing of the
item is used and it is reported unread with the arithmetic. A count of bodies is never a
figure; the amount for each is never the group's.

Each reading is spelled as a sentence the usual rules already read ("Nhóm I gồm 6 Cục ...: 672
biên chế.", "Học viện Chính trị khu vực II: 205 người;") and mapped back
(`chains.Spelled`), so the item's context (its list, year and category) decides the rest as
for any item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from lotrinh.extract.chains import Span, Spelled
from lotrinh.extract.document import NUM, YEAR
from lotrinh.extract.lexicon import NOT_STAFF_AFTER, ORGANISATION
from lotrinh.extract.result import Message
from lotrinh.extract.subjects import relative_receiver
from lotrinh.numbers import NumberError, parse_count

_I = re.IGNORECASE

_WORD = r"(?:chỉ\s+tiêu\s+biên\s+chế|biên\s+chế|người|chỉ\s+tiêu)"
_ITEM = re.compile(
    # the group's name, then ":" and the amount for each of its bodies
    r"^(?P<name>[^:;]{2,300}?)\s*:\s*mỗi\s+(?P<noun>[^\W\d_][^\d:;,.()]{0,30}?)\s+"
    r"(?:(?:được\s+(?:tạm\s+)?giao|có|là)\s+)?"
    rf"(?P<each>{NUM})\s*(?P<w>{_WORD})(?!\w)"
    # the group's sum, if given
    r"(?:\s*[,;]\s*(?:tổng\s+cộng|cộng|tổng\s+số|tổng)\s+(?:là\s+)?"
    rf"(?P<sum>{NUM})(?:\s*(?P<sw>{_WORD})(?!\w))?)?"
    # its change, if said: "..., không thay đổi so với năm 2024" (of each body and of the
    # group alike), "..., cộng 990 biên chế, giảm 34 biên chế so với năm 2024" (of the sum)
    r"(?P<change>\s*,\s*(?:không\s+thay\s+đổi|giữ\s+nguyên"
    rf"|(?:giảm|tăng)\s+(?P<cn>{NUM})\s*{_WORD}(?!\w))\s+so\s+với\s+năm\s+(?:19|20)[0-9]{{2}})?"
    r"(?P<tail>\s*[;.]?\s*)$",
    _I,
)
_SHARED = re.compile(
    # "Khu vực phía Bắc: Chi cục A và Chi cục B, mỗi Chi cục 46 biên chế, cộng 92 biên chế",
    # "14 đơn vị loại I, mỗi đơn vị 22 người: 308 người": the bodies counted or named, a
    # comma, the amount for each, then the group's sum (after "cộng", or after a colon)
    # (the label may list the places it covers in parentheses: "Khu vực phía Bắc (A, B, C):")
    r"^(?:(?P<label>(?:[^:;,()]|\([^():;]{1,160}\)){2,200}?)\s*:\s*)?(?P<name>[^:;]{2,300}?)\s*,\s*"
    r"mỗi\s+(?P<noun>[^\W\d_][^\d:;,.()]{0,30}?)\s+"
    r"(?:(?:được\s+(?:tạm\s+)?giao|có|là)\s+)?"
    rf"(?P<each>{NUM})\s*(?P<w>{_WORD})(?!\w)"
    r"(?:\s*[,;]\s*(?:tổng\s+cộng|cộng|tổng\s+số|tổng)\s+(?:là\s+)?|\s*:\s*)"
    rf"(?P<sum>{NUM})\s*(?P<sw>{_WORD})(?!\w)"
    # (eng-unread6) its change, as `_ITEM` reads it: "Tám phường còn lại, mỗi phường 23 biên
    # chế, cộng 184 biên chế, không thay đổi so với năm 2024" (of the group's sum)
    r"(?P<change>\s*,\s*(?:không\s+thay\s+đổi|giữ\s+nguyên"
    rf"|(?:giảm|tăng)\s+{NUM}\s*{_WORD}(?!\w))\s+so\s+với\s+năm\s+(?:19|20)[0-9]{{2}})?"
    r"(?P<tail>\s*[;.]?\s*)$",
    _I,
)
_COUNT_WORDS = {
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_COUNTED = re.compile(
    # "6 Cục ...", "05 Cục ...", "Nhóm I gồm 6 Cục ...", "Các 12 xã ...": the count first
    r"^(?:(?P<label>[^\d:;()]{1,40}?)\s+gồm\s+)?(?:các\s+)?"
    rf"(?P<n>[0-9]{{1,3}}|{'|'.join(_COUNT_WORDS)})\s+(?P<rest>\S.*)$",
    _I | re.DOTALL,
)
_ROMAN = re.compile(r"(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_NUMERAL = r"(?:[IVXL]{1,6}|[0-9]{1,2})"
_RANGE = re.compile(
    # "Kho bạc Nhà nước khu vực từ khu vực IX đến khu vực XX"
    rf"^(?P<head>.+?)\s+từ\s+(?:(?P<n1>[^\W\d_][^\d]{{0,30}}?)\s+)?(?P<a>{_NUMERAL})\s+"
    rf"(?:đến|tới)\s+(?:(?P<n2>[^\W\d_][^\d]{{0,30}}?)\s+)?(?P<b>{_NUMERAL})$",
)
_SEPARATOR = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")
_THE = re.compile(r"^các\s+", _I)

NOT_GROUP_SUM = Message(
    "số cho mỗi đơn vị nhân với số đơn vị của nhóm không bằng tổng của nhóm nêu trong câu "
    "({count} × {each} = {product}, câu ghi {total}): không dùng số nào của câu",
    "the amount for each body times the group's count is not the group's stated sum "
    "({count} × {each} = {product}, the sentence says {total}): none of its figures is used",
)
UNCOUNTED_GROUP = Message(
    "nhóm nêu số cho mỗi đơn vị và tổng của nhóm nhưng không nói nhóm có bao nhiêu đơn vị: "
    "không kiểm tra được tổng, không dùng số nào của câu",
    "the group gives an amount for each body and its sum but not how many bodies it holds: "
    "the sum cannot be checked, none of its figures is used",
)


@dataclass(frozen=True)
class Group:
    """An item giving several bodies one amount each: what to read, and what is outside."""

    sentences: tuple[Spelled, ...]
    """The group's sum as one unit's sentence, or one sentence per body named."""
    outside: tuple[Span, ...]
    """The amount for each, where the group's sum is the figure: no unit's."""
    figures: tuple[Span, ...]
    """Every figure the item states, left unread together where any reading fails."""
    declined: Message | None = None
    """Why none of it is read (the sum disagrees with count × each, or no count)."""
    clauses: int = 1
    """How many units each sentence reads (one group per clause of `each_clauses`)."""
    changed: bool = False
    """Whether each sentence states its unit's change ("..., không thay đổi so với năm 2024")."""


def _not_the_sum(count: int, each: int, written: str, figures: tuple[Span, ...]) -> Group:
    """A group declined: count × each is not the sum the sentence writes."""
    product = count * each
    return Group(
        (),
        (),
        figures,
        Message(
            NOT_GROUP_SUM.vi.format(count=count, each=each, product=product, total=written),
            NOT_GROUP_SUM.en.format(count=count, each=each, product=product, total=written),
        ),
    )


def each_group(text: str) -> Group | None:
    """The item read as a group sharing one amount, or None when it is no such item (left to
    the usual rules, which decline an amount for each whose bodies are not named)."""
    match = _ITEM.match(text)
    if match is None:
        return _shared_group(text)
    noun = " ".join(match.group("noun").split())
    name_start, name_end = match.span("name")
    each_span = match.span("each")
    try:
        each = parse_count(match.group("each"))
        total = parse_count(match.group("sum")) if match.group("sum") else None
    except NumberError:
        return None
    if match.group("sw") and _folded(match.group("sw")) != _folded(match.group("w")):
        return None  # "mỗi Cục 112 biên chế, cộng 672 người": two kinds of count
    figures = (each_span,) + ((match.span("sum"),) if total is not None else ())
    if match.group("cn"):
        if total is None:
            return None  # "mỗi hội 5 biên chế, giảm 1 ...": each body's cut, or all of theirs?
        figures += (match.span("cn"),)
    counted = _counted(text, name_start, name_end, noun)
    named = None if counted is not None else _named(text, name_start, name_end, noun)
    said = match.span("change") if match.group("change") else match.span("tail")
    tail = (said[0], match.end("tail"))
    if total is None:
        if named is None:
            return None  # "8 phường: mỗi phường 52 biên chế": the bodies are not named
        word = match.span("w")
        sentences = tuple(
            _spell(text, pieces, each_span, word, tail) for pieces, _ in named if pieces
        )
        if len(sentences) != len(named):
            return None
        numerals = _numerals(text, name_start, name_end)
        return Group(sentences, numerals, figures, changed=bool(match.group("change")))
    count = counted if counted is not None else (len(named) if named is not None else None)
    if count is None:
        count = headed_count(text, name_start, name_end, noun)
    if count is None:
        return Group((), (), figures, UNCOUNTED_GROUP)
    if count * each != total:
        return _not_the_sum(count, each, match.group("sum"), figures)
    word = match.span("sw") if match.group("sw") else match.span("w")
    sentence = _spell(text, [(name_start, name_end)], match.span("sum"), word, tail)
    numerals = _numerals(text, name_start, name_end) if named is not None else ()
    changed = bool(match.group("change"))
    return Group((sentence,), (each_span, *numerals), figures, changed=changed)


_NUMERAL_OF_NAME = re.compile(r"(?<![\w.,])[0-9]{1,2}(?![\w]|[.,][0-9])")


def _numerals(text: str, start: int, end: int) -> tuple[Span, ...]:
    """The numbers naming the bodies of a list ("Trung tâm Kỹ thuật 1, 2 và 3"): no figures."""
    return tuple(found.span() for found in _NUMERAL_OF_NAME.finditer(text, start, end))


def _shared_group(text: str) -> Group | None:
    """ "Khu vực phía Bắc: Chi cục A và Chi cục B, mỗi Chi cục 46 biên chế, cộng 92 biên chế",
    "14 đơn vị loại I, mỗi đơn vị 22 người: 308 người": a group whose bodies are named or
    counted before a comma, the amount for each, and the group's sum. The group is the label
    before the colon where there is one, else the bodies' name: one unit of the sum; the
    amount for each is outside. Count × each must be the sum, and bodies neither counted nor
    named leave it unchecked: then nothing of it is read. A sum of another kind of count is
    left to the usual rules."""
    match = _SHARED.match(text)
    if match is None or _folded(match.group("sw")) != _folded(match.group("w")):
        return None
    noun = " ".join(match.group("noun").split())
    name_start, name_end = match.span("name")
    try:
        each = parse_count(match.group("each"))
        total = parse_count(match.group("sum"))
    except NumberError:
        return None
    counted = _counted(text, name_start, name_end, noun)
    named = None if counted is not None else _named(text, name_start, name_end, noun)
    count = counted if counted is not None else (len(named) if named is not None else None)
    if count is None:
        count = headed_count(text, name_start, name_end, noun)
    figures = (match.span("each"), match.span("sum"))
    if count is None:
        # "Khu vực phía Bắc: các Chi cục vùng, mỗi Chi cục 46, cộng 92": the sum cannot be
        # checked, and the amount for each must never be read as a unit's
        return Group((), (), figures, UNCOUNTED_GROUP)
    if count * each != total:
        return _not_the_sum(count, each, match.group("sum"), figures)
    # (with its label, spelled as the label's other items write a body named under it:
    # "Khu vực phía Bắc: Chi cục A và Chi cục B: 92 biên chế")
    group: Pieces = [(name_start, name_end)]
    if match.group("label") and _only_counted(text, name_start, name_end, noun):
        # "Khu vực phía Bắc (...): 9 trường, mỗi trường 79 người, cộng 711 người": the bodies
        # only counted, the label names the group ("Khu vực phía Bắc (...): 711 người")
        group = [match.span("label")]
    elif match.group("label"):
        group = [match.span("label"), ": ", (name_start, name_end)]
    changed = bool(match.group("change"))
    said = match.span("change") if changed else match.span("tail")
    tail = (said[0], match.end("tail"))
    sentence = _spell(text, group, match.span("sum"), match.span("sw"), tail)
    return Group((sentence,), (match.span("each"),), figures, changed=changed)


def _only_counted(text: str, start: int, end: int, noun: str) -> bool:
    """Whether the name is only the bodies counted, their noun and nothing else ("9 trường")."""
    counted = _COUNTED.match(text[start:end])
    return (
        counted is not None
        and counted.group("label") is None
        and _folded(counted.group("rest")) == _folded(noun)
    )


def headed_count(text: str, start: int, end: int, noun: str) -> int | None:
    """How many bodies a list names in full, each opening with the group's noun, where a name
    holds commas or "và" of its own ("Sở Tư pháp, Sở Văn hóa, Thể thao và Du lịch, Sở Khoa
    học và Công nghệ: mỗi sở 68 biên chế, cộng 204": 3, one at each "Sở" after a separator).
    Only ever checked against a stated sum (count × each must be it): which of the words
    between are names of their own is otherwise unsaid. None unless the list opens with the
    noun and names two bodies at least."""
    the = _THE.match(text, start, end)
    body = text[the.end() if the else start : end]
    if "(" in body or ")" in body or not _starts_with(body, noun):
        return None
    opened = [s for s in _SEPARATOR.finditer(body) if _starts_with(body[s.end() :], noun)]
    return len(opened) + 1 if opened else None


def _counted(text: str, start: int, end: int, noun: str) -> int | None:
    """The count written before the group's noun ("6 Cục", "Nhóm I gồm 6 Cục", "05 Cục")."""
    counted = _COUNTED.match(text[start:end])
    if counted is None or not _starts_with(counted.group("rest"), noun):
        return None
    written = counted.group("n").lower()
    return _COUNT_WORDS[written] if written in _COUNT_WORDS else int(written)


Pieces = list[tuple[int, int] | str]
"""A name as spans of the sentence and words added between them."""


def _named(text: str, start: int, end: int, noun: str) -> list[tuple[Pieces, str]] | None:
    """The bodies a group names one by one, each as the pieces of its full name: "Cục A, Cục
    B và Cục C"; "Học viện ... khu vực I, II, III và IV"; "Các phường A, B và C"; "... khu
    vực từ khu vực IX đến khu vực XX". None when the name is no such list."""
    the = _THE.match(text, start, end)
    body_start = the.end() if the else start
    body = text[body_start:end]
    if "(" in body or ")" in body:
        return None
    ranged = _RANGE.match(body)
    if ranged is not None:
        return _ranged(ranged, body_start, noun)
    chunks: list[tuple[int, int]] = []
    at = 0
    for separator in _SEPARATOR.finditer(body):
        chunks.append((at, separator.start()))
        at = separator.end()
    chunks.append((at, len(body)))
    if len(chunks) < 2 or any(b <= a for a, b in chunks):
        return None
    words = [body[a:b] for a, b in chunks]
    if all(_starts_with(word, noun) for word in words):
        # every body named in full
        return [
            ([(body_start + a, body_start + b)], word)
            for (a, b), word in zip(chunks, words, strict=True)
        ]
    last = words[-1]
    if all(_ROMAN.fullmatch(word) for word in words[1:]) or all(
        word.isdigit() and len(word) <= 2 for word in words[1:]
    ):
        # "Học viện Chính trị khu vực I, II, III và IV": numbered bodies of one name
        head_end = body.rfind(" ", 0, chunks[0][1])
        first = body[head_end + 1 : chunks[0][1]]
        if head_end <= 0 or (last.isdigit() != first.isdigit()):
            return None
        if not (_ROMAN.fullmatch(first) or (first.isdigit() and len(first) <= 2)):
            return None
        head = body[:head_end]
        if not _holds(head, noun):
            return None
        numbers = [first, *words[1:]]
        if len(set(numbers)) != len(numbers):
            return None
        spans = [(head_end + 1, chunks[0][1]), *chunks[1:]]
        return [
            ([(body_start, body_start + head_end), " ", (body_start + a, body_start + b)], n)
            for (a, b), n in zip(spans, numbers, strict=True)
        ]
    if all(_proper(word) for word in words[1:]):
        # "phường Bình Thuận, Phú Thủy và Hàm Thắng", "Cục Hải quan tỉnh Quảng Ninh, Lạng Sơn
        # và Bình Dương": bodies of one kind named by place, the first place the capitalised
        # words closing the first name (after the noun, where they would take it in)
        first_chunk = body[: chunks[0][1]]
        head_end = _place_starts(first_chunk)
        if not _holds(first_chunk[:head_end], noun):
            noun_at = _last_noun(first_chunk, noun)
            if noun_at is None:
                return None
            head_end = noun_at
        first = first_chunk[head_end:].strip()
        if not _proper(first):
            return None
        head_end = len(first_chunk[:head_end].rstrip())
        spans = [(chunks[0][1] - len(first), chunks[0][1]), *chunks[1:]]
        names = [first, *words[1:]]
        if len(set(names)) != len(names):
            return None
        return [
            ([(body_start, body_start + head_end), " ", (body_start + a, body_start + b)], n)
            for (a, b), n in zip(spans, names, strict=True)
        ]
    return None


def _ranged(ranged: re.Match[str], offset: int, noun: str) -> list[tuple[Pieces, str]] | None:
    """ "... khu vực từ khu vực IX đến khu vực XX": the bodies numbered IX to XX."""
    head = ranged.group("head")
    for said in (ranged.group("n1"), ranged.group("n2")):
        if said is not None and _folded(said) != _folded(noun):
            return None
    if not _holds(head, noun):
        return None
    first, last = ranged.group("a"), ranged.group("b")
    if first.isdigit() != last.isdigit():
        return None
    if first.isdigit():
        a, b = int(first), int(last)
        numbers = [str(n) for n in range(a, b + 1)]
    else:
        if not (_ROMAN.fullmatch(first) and _ROMAN.fullmatch(last)):
            return None
        a, b = _roman(first), _roman(last)
        numbers = [_to_roman(n) for n in range(a, b + 1)]
    if b <= a:
        return None
    head_span = (offset + ranged.start("head"), offset + ranged.end("head"))
    return [([head_span, " " + number], number) for number in numbers]


def _spell(text: str, name: Pieces, figure: Span, word: Span, tail: Span) -> Spelled:
    """ "<name>: <figure> <word><tail>", every piece but the added words copied."""
    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    size = 0
    for piece in [*name, ": ", figure, " ", word, tail]:
        if isinstance(piece, str):
            parts.append(piece)
            size += len(piece)
            continue
        start, end = piece
        if end > start:
            pieces.append((size, start, end - start))
            parts.append(text[start:end])
            size += end - start
    return Spelled("".join(parts), tuple(pieces))


def _folded(words: str) -> str:
    return " ".join(words.lower().split())


def _starts_with(words: str, noun: str) -> bool:
    folded, wanted = _folded(words), _folded(noun)
    return folded.startswith(wanted) and (
        len(folded) == len(wanted) or not folded[len(wanted)].isalnum()
    )


def _holds(words: str, noun: str) -> bool:
    return _last_noun(words, noun) is not None


def _last_noun(words: str, noun: str) -> int | None:
    """Where the last mention of the noun in the words ends, or None."""
    found = None
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, noun.split())) + r"(?!\w)"
    for mention in re.finditer(pattern, words, _I):
        found = mention.end()
    return found


def _place_starts(name: str) -> int:
    """Where the run of capitalised words closing a name starts (at most four words)."""
    words = list(re.finditer(r"\S+", name))
    start = len(name)
    for word in reversed(words[-4:]):
        if not _proper(word.group()):
            break
        start = word.start()
    return start


def _proper(words: str) -> bool:
    """A place's name: one to four words, each capitalised ("Phú Thủy", "Hàm Thắng")."""
    split = words.split()
    return 0 < len(split) <= 4 and all(word[0].isupper() and word.isalpha() for word in split)


def _roman(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for here, after in zip(numeral, [*numeral[1:], ""], strict=True):
        value = values[here]
        total += -value if after and values[after] > value else value
    return total


def _to_roman(number: int) -> str:
    out = ""
    for value, letters in (
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while number >= value:
            out += letters
            number -= value
    return out


_COUNTED_CLAUSE = re.compile(
    # "51 phường được giao 8.364 biên chế": bodies counted, then their posts (the count is of
    # bodies only where a body's noun follows it: `NOT_STAFF_AFTER`)
    # ("17 phường được bố trí 663 biên chế": the same, said "bố trí" or "phân bổ")
    rf"(?<![\w.,])[0-9]{{1,3}}(?={NOT_STAFF_AFTER.pattern})[^\d,;:()]{{1,60}}?\s+"
    r"(?:được\s+(?:tạm\s+)?(?:giao|bố\s+trí|phân\s+bổ)|có|là|còn)\s+"
    rf"{NUM}\s*{_WORD}(?!\w)[^\d,;:()]{{0,40}}?"
    r"(?P<sep>\s*,\s*(?:và\s+)?|\s*(?=[;.]?\s*$))",
    _I,
)


def counted_clauses(text: str) -> Spelled | None:
    """ "Cụ thể, 51 phường được giao 8.364 biên chế, 75 xã được giao 10.182 biên chế.": groups
    of bodies counted, each with its posts, one after another after a comma. The comma is
    spelled ";", which the usual rules read as a new subject (after a comma the second count
    was read as a second figure of the first group). None when no two such clauses follow
    one another."""
    clauses = list(_COUNTED_CLAUSE.finditer(text))
    joins = [
        first.span("sep")
        for first, then in pairwise(clauses)
        if first.end() == then.start() and "," in first.group("sep")
    ]
    if not joins:
        return None
    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    size, at = 0, 0
    for start, end in [*joins, (len(text), len(text))]:
        if start > at:
            pieces.append((size, at, start - at))
            parts.append(text[at:start])
            size += start - at
        if end < len(text) or start < len(text):
            parts.append("; ")
            size += 2
        at = end
    return Spelled("".join(parts), tuple(pieces))


_EACH_CLAUSE = re.compile(
    # "70 xã được bố trí mỗi xã 30 biên chế, cộng 2.100 biên chế": bodies counted (a body's
    # noun after the count: `NOT_STAFF_AFTER`), the amount for each, the group's sum
    rf"(?<![\w.,])(?P<n>[0-9]{{1,3}})(?={NOT_STAFF_AFTER.pattern})(?P<rest>[^\d,;:()]{{1,60}}?)\s+"
    r"(?:được\s+(?:tạm\s+)?(?:giao|bố\s+trí|phân\s+bổ)|có|là)\s+"
    r"(?P<cut>mỗi\s+(?P<noun>[^\W\d_][^\d:;,.()]{0,30}?)\s+"
    rf"(?P<each>{NUM})\s*(?P<w>{_WORD})(?!\w)\s*,\s*"
    r"(?:tổng\s+cộng|cộng|tổng\s+số|tổng)\s+(?:là\s+)?)"
    rf"(?P<sum>{NUM})\s*(?P<sw>{_WORD})(?!\w)",
    _I,
)


def each_clauses(text: str) -> Group | None:
    """ "Theo đó, 70 xã được bố trí mỗi xã 30 biên chế, cộng 2.100 biên chế; 23 phường được
    bố trí mỗi phường 38 biên chế, cộng 874 biên chế.": groups of bodies counted in a clause,
    each with the amount for each and its sum. Each group is one unit of its sum, spelled
    without the amount for each ("70 xã được bố trí 2.100 biên chế; ..."), which is outside.
    Count × each must be each group's sum, and the noun after "mỗi" the counted one: else
    nothing of the sentence is read. None when no clause has the form."""
    clauses = list(_EACH_CLAUSE.finditer(text))
    if not clauses:
        return None
    figures = tuple(span for c in clauses for span in (c.span("each"), c.span("sum")))
    for clause in clauses:
        if not _starts_with(clause.group("rest"), clause.group("noun")) or _folded(
            clause.group("sw")
        ) != _folded(clause.group("w")):
            return Group((), (), figures, UNCOUNTED_GROUP)
        try:
            count = int(clause.group("n"))
            each = parse_count(clause.group("each"))
            total = parse_count(clause.group("sum"))
        except (NumberError, ValueError):
            return Group((), (), figures, UNCOUNTED_GROUP)
        if count * each != total:
            return _not_the_sum(count, each, clause.group("sum"), figures)
    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    size, at = 0, 0
    for start, end in [*(c.span("cut") for c in clauses), (len(text), len(text))]:
        if start > at:
            pieces.append((size, at, start - at))
            parts.append(text[at:start])
            size += start - at
        at = end
    spelled = Spelled("".join(parts), tuple(pieces))
    return Group((spelled,), tuple(c.span("each") for c in clauses), figures, None, len(clauses))


_AVERAGED = re.compile(
    # "Các phường: 120 người (3 phường, bình quân 40 người/phường)": the group's sum, then in
    # parentheses its bodies counted and the amount for each (or on average)
    rf"^(?P<name>[^:;()]{{2,200}}?)\s*:\s*(?P<sum>{NUM})\s*(?P<sw>{_WORD})(?!\w)\s*\(\s*"
    r"(?P<n>[0-9]{1,3})\s+(?P<noun>[^\W\d_][^\d,;:()]{0,30}?)\s*[,;]\s*"
    r"(?:bình\s+quân|trung\s+bình|mỗi\s+(?P<each_noun>[^\W\d_][^\d,;:()]{0,30}?))\s+"
    rf"(?P<each>{NUM})\s*(?P<w>{_WORD})(?!\w)"
    r"(?:\s*/\s*(?:một\s+|1\s+)?(?P<per>[^\W\d_][^\d,;:()]{0,30}?))?\s*\)"
    r"(?P<tail>\s*[;.]?\s*)$",
    _I,
)


def averaged_group(text: str) -> Group | None:
    """ "Các phường: 120 người (3 phường, bình quân 40 người/phường);": a group's sum with its
    bodies counted and the amount for each in parentheses. The group is one unit of the sum;
    the count and the amount for each are no unit's figures. Count × each must be the sum
    (an average that does not multiply out is a rounded one, or a slip: not read), and the
    noun of each the counted one."""
    match = _AVERAGED.match(text)
    if match is None:
        return None
    figures = (match.span("sum"), match.span("each"))
    noun = _folded(match.group("noun"))
    for said in (match.group("each_noun"), match.group("per")):
        if said is not None and _folded(said) != noun:
            return Group((), (), figures, UNCOUNTED_GROUP)
    if _folded(match.group("sw")) != _folded(match.group("w")):
        return Group((), (), figures, UNCOUNTED_GROUP)
    try:
        count = int(match.group("n"))
        each = parse_count(match.group("each"))
        total = parse_count(match.group("sum"))
    except (NumberError, ValueError):
        return None
    if count * each != total:
        return _not_the_sum(count, each, match.group("sum"), figures)
    sentence = _spell(
        text, [match.span("name")], match.span("sum"), match.span("sw"), match.span("tail")
    )
    return Group((sentence,), (match.span("each"),), figures)


_COUNTED_FIRST = re.compile(
    # "Cấp tỉnh: 19 cơ quan chuyên môn và tổ chức hành chính, 236 vị trí việc làm, 1.068 biên
    # chế công chức": bodies and positions counted (a body's noun after each count:
    # `NOT_STAFF_AFTER`; "10 huyện, thành phố": names going on with the count before them)
    # between the label and its figure
    r"^(?P<label>[^\d:;()]{2,80}?)\s*:\s*"
    rf"(?P<counts>[0-9]{{1,3}}(?={NOT_STAFF_AFTER.pattern})[^\d,;:()]{{1,60}}?\s*,\s*"
    rf"(?:(?:[0-9]{{1,3}}(?={NOT_STAFF_AFTER.pattern}))?[^\d,;:()]{{1,60}}?\s*,\s*){{0,6}})"
    rf"(?P<rest>{NUM}\s*{_WORD}(?!\w)[^:]*)$",
    _I,
)
_NOT_A_COUNT = re.compile(
    r"(?<!\w)(?:giảm|tăng|còn|là|được|giao|có|so\s+với|năm|trong\s+đó|gồm)(?!\w)", _I
)


def counted_before(text: str) -> Spelled | None:
    """ "Cấp tỉnh: 19 cơ quan ..., 236 vị trí việc làm, 1.068 biên chế công chức;": the bodies
    and positions counted between a label and its figure are no figures; the item is spelled
    "Cấp tỉnh: 1.068 biên chế công chức;" for the usual rules. None where a piece between
    them says more than a count (a change, a year, a verb)."""
    match = _COUNTED_FIRST.match(text)
    if match is None or _NOT_A_COUNT.search(match.group("counts")):
        return None
    return _respelled(text, match.end("label"), match.start("rest"), ": ")


_RAISED_TO = re.compile(
    # "Sở A còn lại 59 biên chế công chức, giảm 5 biên chế so với năm 2024", "Sở B được bổ
    # sung lên 136 biên chế công chức, tăng 5 ...": a named body's posts after a change, as
    # "Sở A còn 59 ..." says them ("còn lại" after a comma is a list's last item, never this)
    rf"^(?P<body>[^\d,;:()]{{3,120}}?)\s+(?P<verb>còn\s+lại|(?:được\s+)?(?:bổ\s+sung|nâng"
    rf"|tăng|điều\s+chỉnh)\s+lên)\s+(?={NUM}\s*{_WORD})",
    _I,
)


def raised_to(text: str) -> Spelled | None:
    """ "Sở A còn lại 59 biên chế ...", "Sở B được bổ sung lên 136 biên chế ...": a body named
    first (by the lexicon's organisation words), then its posts after a change; spelled with
    "còn" for the usual rules. None for any other sentence."""
    match = _RAISED_TO.match(text)
    if match is None or not ORGANISATION.search(match.group("body")):
        return None
    start, end = match.span("verb")
    return _respelled(text, start, end, "còn")


_PAST_TARGET = re.compile(
    # (eng-unread7) "..., giảm 96 biên chế (4,39%) so với năm 2021, vượt chỉ tiêu của Kế
    # hoạch 8 biên chế, gồm:": by how much a figure beats its plan's target, a difference to
    # a target and no unit's figure nor change, between two commas (or ending the clause)
    rf",\s*vượt\s+(?:chỉ\s+tiêu|kế\s+hoạch|lộ\s+trình|mục\s+tiêu)(?:\s+(?:của|theo)\s+"
    rf"[^\d,;:()]{{2,60}}?)?\s+{NUM}\s*(?:biên\s+chế|người)(?=\s*(?:,|;|\.?\s*$))",
    _I,
)


def past_target(text: str) -> tuple[Span, Spelled] | None:
    """ "..., giảm 96 biên chế so với năm 2021, vượt chỉ tiêu của Kế hoạch 8 biên chế, gồm:":
    the amount by which the figure beats a target is no figure of a unit; spelled without it
    for the usual rules, after the clause's span (outside the plan). None for any other
    sentence (one such clause at most)."""
    found = list(_PAST_TARGET.finditer(text))
    if len(found) != 1:
        return None
    return found[0].span(), _respelled(text, found[0].start(), found[0].end(), "")


def _respelled(text: str, start: int, end: int, words: str) -> Spelled:
    """The sentence with the text from `start` to `end` spelled as `words`, the rest copied."""
    return Spelled(
        text[:start] + words + text[end:],
        ((0, 0, start), (start + len(words), end, len(text) - end)),
    )


_GIVER_ACTIVE = (
    # who gives posts, named as the genre names it: the province's or a district's people's
    # council or committee, the Prime Minister, a ministry or a department ("Bộ Y tế", "Sở
    # Giáo dục và Đào tạo"), the Party's organising board, a Party committee, the centre
    r"(?:(?:UBND|[UỦ][ỷy]\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân)\s+"
    r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){0,3}"
    r"|Thủ\s+tướng(?:\s+Chính\s+phủ)?|(?-i:Bộ|Sở)\s+(?-i:[A-ZĐ])[^\d,;:()]{0,40}?"
    r"|Ban\s+Tổ\s+chức\s+Trung\s+ương|Ban\s+Thường\s+vụ\s+(?:Tỉnh|Thành|Huyện)\s+[uủ][ỷy]"
    r"|(?-i:Tỉnh|Thành|Huyện)\s+[uủ][ỷy]|Trung\s+ương)"
)
_NOT_RECEIVER = (
    r"(?<!\w)(?:được|là|có|còn|giao|cho|đề\s+(?:nghị|xuất)|biên\s+chế|người|chỉ\s+tiêu"
    r"|số\s+lượng|giảm|tăng|thêm|bổ\s+sung|cán\s+bộ|công\s+chức|viên\s+chức|năm|tổng|cộng"
    r"|gồm|trong|so\s+với)(?!\w)"
)
_GIVEN_ACTIVE = re.compile(
    # "Năm 2021, Bộ Y tế giao Bệnh viện K 1.264 người làm việc ...", "Năm 2021, Ủy ban nhân
    # dân tỉnh giao cho Sở 3.412 người làm việc ...": a giver (`_GIVER_ACTIVE`), its verb in
    # the active voice, the receiver, then the count (a year or a day may open the sentence)
    r"^(?P<lead>[\s\-–+•.]*(?:(?:(?:từ|đến|tính\s+đến)\s+)?(?:năm\s+"
    + YEAR
    + r"|ngày\s+[0-9]{1,2}/[0-9]{1,2}/"
    + YEAR
    + r")\s*,\s*)?)"
    + rf"(?P<giver>{_GIVER_ACTIVE})\s+(?:đã\s+|vừa\s+)?(?:tạm\s+)?(?-i:giao)\s+(?:cho\s+)?"
    # the receiver: words, no figure nor clause, never the posts themselves ("giao biên chế
    # công chức cho ...": the receiver after them) nor two receivers ("A và B")
    # ("Bộ Ngoại giao được giao ...": no verb, category nor count's word in it, so "giao"
    # inside a giver's name is never the verb)
    rf"(?P<to>(?!{_NOT_RECEIVER})[^\W\d_](?:(?!{_NOT_RECEIVER})[^\d,;:()]){{0,60}}?)\s+"
    + rf"(?={NUM}\s*(?:biên\s+chế|người|chỉ\s+tiêu|cán\s+bộ|công\s+chức|viên\s+chức)(?!\w))",
    _I,
)
_OWN_BODY_BARE = re.compile(
    r"(?-i:Sở|Bộ|Cục|Tổng\s+cục|Bệnh\s+viện|Trường|Viện|Học\s+viện|Đài|Trung\s+tâm|Ban"
    r"|[UỦ]ỷ\s+ban|Ủy\s+ban)"
)
"""A body's kind alone, capitalised ("Sở", "Bệnh viện"): by the genre's usage the body whose
text it is, as "Sở được giao 214 biên chế" names it."""
_TWO_RECEIVERS = re.compile(r"(?<!\w)(?:và|cùng|với|hoặc)(?!\w)", _I)
_PROVINCE_NAMED = re.compile(
    r"(?:tỉnh|thành\s+phố|TP\.?)(?:\s+(?-i:[A-ZĐ])[^\W\d_]*)+|(?-i:[A-ZĐ])[^\W\d_]*"
    r"(?:\s+(?-i:[A-ZĐ])[^\W\d_]*)+|thành\s+phố|địa\s+phương",
    _I,
)
"""A province or city by its name ("tỉnh Nghệ An", "Nghệ An"): one of the many a giver
allocates to, which the passive would read as the text's own; never spelled. Nor "thành
phố" or "địa phương" alone: the passive reads them as a body of that name, not the text's."""
_NOT_BUDGET_PAID = re.compile(r"(?<!\w)(?:nguồn\s+thu|tự\s+bảo\s+đảm|hợp\s+đồng)(?!\w)", _I)
"""Posts paid from a unit's own revenue, or contract staff: never spelled as posts given (the
passive may read them as the budget-paid line; `outside`, `units` decide them as written)."""


def given_active(text: str) -> Spelled | None:
    """ "Năm 2021, Bộ Y tế giao Bệnh viện K 1.264 người làm việc ...", "Năm 2021, Ủy ban nhân
    dân tỉnh giao cho Sở 3.412 người ...": posts given in the active voice are the receiver's,
    as the passive says them; spelled "Năm 2021, Bệnh viện K được giao 1.264 người ..." for
    the usual rules (the giver is no unit). A receiver that is a body's kind alone,
    capitalised ("Sở", "Bệnh viện"), is the text's own body, whose posts a plan states with
    no name ("Năm 2021, được giao 3.412 người ..."). None where no giver the genre names
    opens the sentence (after its year or day), the receiver is two bodies or a province or
    city by its name, or the sentence speaks of posts paid from own revenue or of contract
    staff."""
    match = _GIVEN_ACTIVE.match(text)
    if (
        match is None
        or _TWO_RECEIVERS.search(match.group("to"))
        # ("Bộ Y tế giao cho các đơn vị trực thuộc 1.062 biên chế": the giver's own bodies,
        # named only through it; eng-latent8)
        or relative_receiver(match.group("to"), match.group("giver"))
        or _PROVINCE_NAMED.fullmatch(match.group("to"))
        or _NOT_BUDGET_PAID.search(text)
    ):
        return None
    start = match.start("giver")
    to_start, to_end = match.span("to")
    rest = match.end()
    if _OWN_BODY_BARE.fullmatch(match.group("to")):
        return _respelled(text, start, rest, "được giao ")
    written = text[:start] + text[to_start:to_end] + " được giao " + text[rest:]
    receiver_at = start + (to_end - to_start)
    return Spelled(
        written,
        (
            (0, 0, start),
            (start, to_start, to_end - to_start),
            (receiver_at + len(" được giao "), rest, len(text) - rest),
        ),
    )


_RESERVE_AFTER_BASE = re.compile(
    # "... năm 2025 là 12.475 biên chế, giảm 174 biên chế (1,38%) so với năm 2024 (12.649
    # biên chế), trong đó có 40 biên chế dự phòng do Bộ trưởng ... quản lý.": the figure, its
    # change with the base's figure recalled in parentheses, then the reserve inside the
    # figure closing the sentence (naming no year of its own)
    rf"^(?P<head>[^;()]*?{NUM}\s*(?:biên\s+chế|người|chỉ\s+tiêu(?:\s+biên\s+chế)?))"
    rf"(?P<change>\s*,\s*(?:giảm|tăng)\s+{NUM}\s*(?:biên\s+chế|người|chỉ\s+tiêu(?:\s+biên\s+chế)?)?"
    r"(?:\s*\([^()]*\))?\s*,?\s*so\s+với\s+năm\s+(?:19|20)[0-9]{2}\s*"
    rf"\(\s*{NUM}\s*(?:biên\s+chế|người|chỉ\s+tiêu(?:\s+biên\s+chế)?)?\s*\))\s*,\s*"
    rf"(?P<reserve>trong\s+đó\s+(?:có\s+)?{NUM}\s*(?:biên\s+chế|người|chỉ\s+tiêu(?:\s+biên\s+chế)?)?\s*"
    r"dự\s+phòng(?:\s+do\s+[^\d;():,.]{2,80}?)?)\s*\.?\s*$",
    _I,
)


def reserve_after_base(text: str) -> Spelled | None:
    """ "... là 12.475 biên chế, giảm 174 biên chế (1,38%) so với năm 2024 (12.649 biên
    chế), trong đó có 40 biên chế dự phòng ...": the base's figure in parentheses is an
    aside, the reserve after it the figure's own (of the figure's year), as where it stands
    right after the figure: spelled "... là 12.475 biên chế (trong đó có 40 biên chế dự
    phòng ...), giảm 174 biên chế (1,38%) so với năm 2024 (12.649 biên chế)". None for any
    other sentence (a reserve naming a year, a subset that is no reserve, a second clause)."""
    match = _RESERVE_AFTER_BASE.match(text)
    if match is None:
        return None
    head, change, reserve = match.span("head"), match.span("change"), match.span("reserve")
    pieces = [(0, 0, head[1])]
    size = head[1] + len(" (")
    pieces.append((size, reserve[0], reserve[1] - reserve[0]))
    size += reserve[1] - reserve[0] + len(")")
    pieces.append((size, change[0], change[1] - change[0]))
    written = (
        text[: head[1]] + " (" + text[reserve[0] : reserve[1]] + ")" + text[change[0] : change[1]]
    )
    return Spelled(written + ".", tuple(pieces))


_SPLIT_CATEGORY = r"(?:cán\s+bộ,?\s+công\s+chức|công\s+chức|viên\s+chức|người\s+làm\s+việc)"
_SPLIT_AFTER = re.compile(
    # "- Năm 2022: 15.180 biên chế, gồm 2.610 cán bộ, công chức (khối Đảng, đoàn thể 812;
    # khối chính quyền 1.798) và 12.570 viên chức; giảm 240 biên chế so với năm 2021.": a
    # figure, then its two categories each named after its count, the first split again in
    # parentheses (names before counts, no year, rate or change in them)
    rf"^(?P<head>[^;()]*?{NUM}\s*(?:biên\s+chế|người|chỉ\s+tiêu(?:\s+biên\s+chế)?)\s*,\s*(?:bao\s+)?gồm\s*:?\s*)"
    rf"(?P<n1>{NUM})\s+(?P<c1>{_SPLIT_CATEGORY})\s*"
    r"(?P<paren>\((?![^()]*(?:(?<!\w)năm\s|%|giảm|tăng|(?:19|20)[0-9]{2}(?![0-9.,])))"
    r"[^()]*\))"
    rf"\s+và\s+(?P<n2>{NUM})\s+(?P<c2>{_SPLIT_CATEGORY})(?P<tail>\s*(?:[;.][^()]*)?)$",
    _I,
)


def split_named_after(text: str) -> Spelled | None:
    """A figure split into two categories each named after its count, the first split again
    in parentheses (`_SPLIT_AFTER`): spelled with each name before its count ("..., gồm: cán
    bộ, công chức 2.610 biên chế (khối A 812; khối B 1.798) và viên chức 12.570 biên chế;
    ..."), as a list of parts named first is read, the parenthesis the first part's own parts.
    Two names of one category, or any other sentence: None."""
    match = _SPLIT_AFTER.match(text)
    if match is None or _folded(match.group("c1")) == _folded(match.group("c2")):
        return None
    written: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    size = 0
    for piece in (
        (0, match.end("head")),
        match.span("c1"),
        " ",
        match.span("n1"),
        " biên chế ",
        match.span("paren"),
        " và ",
        match.span("c2"),
        " ",
        match.span("n2"),
        " biên chế",
        (match.start("tail"), len(text)),
    ):
        if isinstance(piece, str):
            words = piece
        else:
            words = text[piece[0] : piece[1]]
            pieces.append((size, piece[0], len(words)))
        written.append(words)
        size += len(words)
    return Spelled("".join(written), tuple(pieces))


_POST_WORD = r"(?:biên\s+chế|người(?:\s+làm\s+việc)?|chỉ\s+tiêu(?:\s+biên\s+chế)?)"
_NAME = r"(?-i:[A-ZĐ])\w*(?:\s+(?-i:[A-ZĐ])\w*){0,3}"
_NAMES = rf"{_NAME}(?:\s*(?:,|và)\s*{_NAME}){{1,3}}"
"""The places merged, by name ("Hưng Yên và Thái Bình", "Phú Thọ, Vĩnh Phúc và Hòa Bình")."""
_MERGED_WHOLE = (
    # (eng-ar1: "là tổng số được giao của hai tỉnh A và B trước hợp nhất", the places named)
    r"(?:(?:là\s+)?(?:tổng\s+(?:số\s+)?(?:được\s+giao\s+)?)?(?:cộng\s+)?của\s+"
    rf"(?:hai|ba|bốn|2|3|4|các)\s+tỉnh(?:\s+{_NAMES})?"
    r"(?:\s+cũ)?(?:\s+(?:trước\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập)|cộng\s+lại))?"
    r"|(?:hai|ba|bốn|2|3|4)\s+tỉnh(?:\s+cũ)?\s+cộng\s+lại"
    r"|(?:số\s+liệu\s+)?trước\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập)(?:\s+tỉnh)?)"
)
_RECALLED_MERGED = re.compile(
    # "... năm 2025 là 7.214 người (năm 2024 là 7.452 người, tổng của hai tỉnh), giảm 238
    # người": a base recalled in parentheses, glossed as the merged places' sum
    rf"\(\s*năm\s+{YEAR}\s*(?::|là)\s*{NUM}\s*{_POST_WORD}?"
    rf"(?P<gloss>\s*[,;]\s*{_MERGED_WHOLE})\s*\)"
    # (eng-ar1) "So với năm 2021 (46.020 người, là tổng số được giao của hai tỉnh ... trước
    # hợp nhất), ...", "... so với năm 2021 (63.290 người, tổng của ba tỉnh trước hợp nhất)":
    # the base year's figure recalled after it, glossed the same way
    rf"|so\s+với\s+năm\s+{YEAR}\s*\(\s*{NUM}\s*{_POST_WORD}?"
    rf"(?P<figure_gloss>\s*[,;]\s*{_MERGED_WHOLE})\s*\)"
    # "So với năm 2021 (tính gộp hai tỉnh Hưng Yên và Thái Bình), ...", "... so với năm 2021
    # (hai tỉnh cộng lại)": the base year glossed as the merged places' sum, no figure in it
    rf"|so\s+với\s+năm\s+{YEAR}(?P<year_gloss>\s*\(\s*(?:tính\s+)?(?:gộp\s+(?:cả\s+)?)?"
    rf"(?:{_MERGED_WHOLE}|(?:hai|ba|bốn|2|3|4)\s+tỉnh(?:\s+{_NAMES})?)\s*\))",
    _I,
)


def base_merged_glossed(text: str) -> Spelled | None:
    """ "X năm 2025 là 7.214 người (năm 2024 là 7.452 người, tổng của hai tỉnh), giảm 238
    người": the recalled base glossed as the sum of the places merged ("tổng của hai tỉnh",
    "của ba tỉnh trước hợp nhất", "hai tỉnh cộng lại", "trước hợp nhất") is the same
    posts as the merged place has now, as "Năm 2024 (hai tỉnh)" heads a table's column:
    spelled without the gloss. A gloss naming one old place ("của tỉnh B cũ") is no sum:
    None, as for any sentence with no such gloss."""
    glosses = [
        match.span(
            next(name for name in ("gloss", "figure_gloss", "year_gloss") if match.group(name))
        )
        for match in _RECALLED_MERGED.finditer(text)
    ]
    if not glosses:
        return None
    written: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    size = 0
    start = 0
    for gloss_start, gloss_end in [*glosses, (len(text), len(text))]:
        pieces.append((size, start, gloss_start - start))
        written.append(text[start:gloss_start])
        size += gloss_start - start
        start = gloss_end
    return Spelled("".join(written), tuple(pieces))


_GLOSSED_YEAR = rf"(?:\(\s*)?năm\s+{YEAR}(?:\s*\))?"
_CUT_GLOSSED = re.compile(
    # "Số lượng người làm việc của Bệnh viện giảm 22 người (từ 1.120 người năm 2021 còn 1.098
    # người năm 2026)", "... giảm 22 biên chế (năm 2021: 1.120; năm 2026: 1.098), cụ thể:":
    # a subject's cut, then in parentheses its two figures each with its year
    rf"^(?P<subject>[^\d;:()]{{3,160}}?)\s+(?P<verb>giảm|tăng)\s+(?P<n>{NUM})\s*"
    rf"(?P<w>{_POST_WORD})?\s*\(\s*(?:"
    rf"từ\s+(?P<a>{NUM})\s*(?P<aw>{_POST_WORD})?\s*(?P<y1>{_GLOSSED_YEAR})\s*,?\s*"
    rf"(?P<move>xuống\s+còn|còn|xuống|lên)\s+(?P<b>{NUM})\s*(?P<bw>{_POST_WORD})?\s*"
    rf"(?P<y2>{_GLOSSED_YEAR})"
    rf"|(?P<y3>năm\s+{YEAR})\s*:\s*(?P<c>{NUM})\s*(?P<cw>{_POST_WORD})?\s*;\s*"
    rf"(?P<y4>năm\s+{YEAR})\s*:\s*(?P<d>{NUM})\s*(?P<dw>{_POST_WORD})?"
    r")\s*\)(?P<rest>\s*(?:,\s*(?:cụ\s+thể|trong\s+đó|(?:bao\s+)?gồm)\s*:)?\s*[.;]?\s*)$",
    _I,
)
_A_YEAR = re.compile(YEAR)


def cut_glossed(text: str) -> Spelled | None:
    """ "S giảm 22 người (từ 1.120 người năm 2021 còn 1.098 người năm 2026)", "S giảm 22
    biên chế (năm 2021: 1.120; năm 2026: 1.098), cụ thể:": spelled "S năm 2021 là 1.120
    người; năm 2026 là 1.098 người, giảm 22 người so với năm 2021" (the cut's and the
    figures' places kept). None where the years go backwards, the move's direction is not
    the cut's ("giảm ... lên"), no unit word is written, or more follows than a list's
    opener."""
    match = _CUT_GLOSSED.match(text)
    if match is None:
        return None
    if match.group("a") is not None:
        first, then = ("a", "y1"), ("b", "y2")
        if (match.group("move").lower() == "lên") != (match.group("verb").lower() == "tăng"):
            return None
    else:
        first, then = ("c", "y3"), ("d", "y4")
    early = int(_A_YEAR.search(match.group(first[1])).group())  # type: ignore[union-attr]
    late = int(_A_YEAR.search(match.group(then[1])).group())  # type: ignore[union-attr]
    words = [match.group(g) for g in ("w", "aw", "bw", "cw", "dw") if match.group(g)]
    if late <= early or not words:
        return None
    word = words[0]
    written: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    size = 0

    def copy(start: int, end: int) -> None:
        nonlocal size
        pieces.append((size, start, end - start))
        written.append(text[start:end])
        size += end - start

    def add(words: str) -> None:
        nonlocal size
        written.append(words)
        size += len(words)

    copy(*match.span("subject"))
    add(f" năm {early} là ")
    copy(*match.span(first[0]))
    add(f" {word}; năm {late} là ")
    copy(*match.span(then[0]))
    add(f" {word}, ")
    copy(*match.span("verb"))
    add(" ")
    copy(*match.span("n"))
    add(f" {word} so với năm {early}")
    rest = match.group("rest").strip()
    add(rest if rest.endswith((":", ";", ".")) else rest + ".")
    return Spelled("".join(written), tuple(pieces))


_COMPARED_WITH = r"so\s+với\s+(?:[^\d();.,:]{0,60}?\s)?năm\s+(?:gốc\s+)?"
"""The words before the year compared with: "so với năm 2021", "so với số giao năm gốc
2021" (the year itself after them)."""
_POSTS_CUT = re.compile(
    # "..., tinh giản 459 biên chế so với năm gốc 2021, ...": a count of posts (the unit of
    # posts, or "người" in a sentence naming posts) compared with a year's figure is a cut of
    # posts, as "giảm" says it; the comparison right after it, never "so với năm Y là N" (a
    # count of leavers set against another year's)
    r"(?<!\w)(?P<verb>tinh\s+giản)\s+(?="
    rf"{NUM}\s*(?P<unit>biên\s+chế|người)(?!\w)(?P<ref>\s*,?\s*{_COMPARED_WITH}"
    r"(?:19|20)[0-9]{2}(?![0-9])(?!\s+là\s))?)",
    _I,
)
_FRONTED_YEAR = re.compile(r"^\W*so\s+với\s+năm\s+(?:19|20)[0-9]{2}\s*,", _I)
"""A sentence opening with the year it compares with ("So với năm 2021, ...")."""
_POSTS_NAMED = re.compile(r"(?<!\w)(?:biên\s+chế|người\s+làm\s+việc|chỉ\s+tiêu)(?!\w)", _I)

_LEFT_BEFORE = re.compile(rf"(?<!\w)còn(?:\s+lại)?\s+{NUM}\s*người\s*,\s*$", _I)
"""What is left, right before the cut ("- Năm 2026: còn lại 1.340 người, tinh giản 43 người so
với năm 2021"): the posts the cut leaves, so the cut is of posts too (eng-chains6)."""


def posts_cut(text: str) -> Spelled | None:
    """ "Năm 2026, biên chế công chức còn 997 biên chế, tinh giản 53 biên chế so với năm
    2021": "tinh giản" with a year compared with (right after the count, or fronting the
    sentence) cuts posts, spelled "giảm" for the usual rules. None where the verb is said
    more than once, no year is compared with ("tinh giản 58 người": people who left), or the
    count is of "người" in a sentence naming no posts nor what the cut leaves right before it
    ("còn lại 1.340 người, tinh giản 43 người so với năm 2021")."""
    found = list(_POSTS_CUT.finditer(text))
    if len(found) != 1 or len(re.findall(r"(?<!\w)tinh\s+giản(?!\w)", text, _I)) != 1:
        return None
    match = found[0]
    left = _LEFT_BEFORE.search(text, 0, match.start()) is not None
    if match.group("ref") is None and not (
        _FRONTED_YEAR.match(text) and (match.group("unit").lower().startswith("biên") or left)
    ):
        return None
    if match.group("unit").lower() == "người":
        rest = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
        if not _POSTS_NAMED.search(rest) and not left:
            return None
    start, end = match.span("verb")
    return _respelled(text, start, end, "giảm")


_CUT_SAID_OTHERWISE = re.compile(
    # "cắt giảm 174 biên chế": a cut, as "giảm" (never leavers); "tinh giản 30 biên chế": a
    # cut of posts where the sentence says so (below)
    rf"(?<!\w)(?P<verb>cắt\s+giảm|tinh\s+giản)\s+(?={NUM}(?![0-9.,]*\s?%)"
    r"(?:\s*(?P<posts>biên\s+chế|chỉ\s+tiêu)(?:\s+biên\s+chế)?(?!\w))?)",
    _I,
)
_COMPARED_AFTER = re.compile(
    # "tinh giản 174 biên chế (4,75%) so với số giao năm 2025": the count's comparison, a
    # rate in brackets between
    rf"{NUM}\s*(?:biên\s+chế|chỉ\s+tiêu(?:\s+biên\s+chế)?)"
    # ("…, tinh giản 125 biên chế, tỷ lệ 5,03% so với năm 2021": the rate after a comma)
    r"(?:\s*\([^()]*%\s*\)|\s*,\s*(?:tỷ\s+lệ(?:\s+giảm)?|tương\s+ứng|bằng)\s+[0-9]+(?:,[0-9]+)?\s?%)?"
    rf"\s*,?\s*{_COMPARED_WITH}(?:19|20)[0-9]{{2}}(?![0-9])(?!\s+là\s)",
    _I,
)
_FRONTED_BASE = re.compile(
    r"^\W*(?:[0-9]+\.\s+)?(?:như\s+vậy\s*,\s*)?"
    rf"{_COMPARED_WITH}(?:19|20)[0-9]{{2}}(?![0-9])(?:\s*\([^()]*\))?\s*,",
    _I,
)
"""A sentence opening with the year it compares with, its figure maybe recalled ("2. So với
năm 2021 (9.480 biên chế), ...", "So với tổng biên chế năm 2022, ...", "Như vậy, so với
năm 2021, ...")."""
_FIGURE_BEFORE = re.compile(
    # "… còn 2.998 biên chế, tinh giản …", "… được giao 2.287 biên chế công chức (năm 2023 là
    # 2.324 biên chế), tinh giản …": the unit's figure, then its cut
    rf"{NUM}\s*(?:biên\s+chế|chỉ\s+tiêu(?:\s+biên\s+chế)?)(?:\s+(?:công|viên)\s+chức)?"
    # ("… được giao 1.905 biên chế công chức năm 2024, tinh giản …": the figure's year)
    r"(?:\s+năm\s+(?:19|20)[0-9]{2})?(?:\s*\([^()]*\))?\s*,\s*$",
    _I,
)


def cut_said_otherwise(text: str) -> Spelled | None:
    """(eng-mutate2) "…, cắt giảm 174 biên chế (1,38%) so với năm 2024 (12.649 biên chế),
    trong đó có 40 biên chế dự phòng …", "… còn 2.998 biên chế, tinh giản 158 biên chế": a
    cut said with another verb of the genre, spelled "giảm" so the sentence reads as it does
    with "giảm" (every other spelling of the sentence then applies to it). "cắt giảm" before
    any count. "tinh giản", said once in the sentence, before a count of posts that is a cut
    by what surrounds it: a year compared with right after it (a bracketed rate between), a
    sentence opening "So với năm Y", or the unit's figure right before; elsewhere "tinh giản
    120 biên chế" may count people who left (a headline over a body counting them), and
    "tinh giản 58 người" is left to `posts_cut`. None where no such verb is found."""
    said = len(re.findall(r"(?<!\w)tinh\s+giản(?!\w)", text, _I))
    found = []
    for m in _CUT_SAID_OTHERWISE.finditer(text):
        if m.group("verb").lower().startswith("cắt") or (
            said == 1
            and m.group("posts")
            and (
                _COMPARED_AFTER.match(text, m.end())
                or _FRONTED_BASE.match(text)
                or _FIGURE_BEFORE.search(text, 0, m.start())
            )
        ):
            found.append(m)
    if not found:
        return None
    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    at = size = 0
    for m in found:
        start, end = m.span("verb")
        parts += [text[at:start], "giảm"]
        pieces.append((size, at, start - at))
        size += start - at + len("giảm")
        at = end
    parts.append(text[at:])
    pieces.append((size, at, len(text) - at))
    return Spelled("".join(parts), tuple(pieces))


_IN_POST_ON_DAY = re.compile(
    # "Đến ngày 30/9/2025, toàn tỉnh có mặt 3.902 công chức, ...": staff in post on a day said
    # first (no other clause between), their count right after "có mặt" ("số công chức có
    # mặt tại ... là 3.518 người" is not read so: the count may be read as no one's)
    rf"^\W*(?:tính\s+)?đến\s+ngày\s+[0-9]{{1,2}}/[0-9]{{1,2}}/(?P<y>{YEAR})\s*,[^;:()]*?"
    rf"(?<!\w)có\s+mặt\s+(?={NUM}\s)",
    _I,
)
_AGAINST_YEAR_END = re.compile(
    rf"(?<!\w)so\s+với\s+(?P<day>ngày\s+31/12/(?P<y>{YEAR}))(?![0-9/])", _I
)
"""A comparison with the last day of a year ("so với ngày 31/12/2024")."""


def in_post_against_year_end(text: str) -> Spelled | None:
    """ "Đến ngày 30/9/2025, toàn tỉnh có mặt 3.902 công chức, giảm 146 người so với ngày
    31/12/2024": the staff in post on a day set against those in post at the end of an
    earlier year, that year's (as the day names the year of the staff in post), spelled "so
    với năm 2024" for the usual rules. None where the sentence does not open with the day of
    the staff in post, compares more than once or with another day than a year's last, or
    with a year not before the day's."""
    opened = _IN_POST_ON_DAY.match(text)
    found = list(_AGAINST_YEAR_END.finditer(text))
    if opened is None or len(found) != 1 or len(re.findall(r"(?<!\w)so\s+với", text, _I)) != 1:
        return None
    match = found[0]
    if match.start() < opened.end() or int(match.group("y")) >= int(opened.group("y")):
        return None
    start, end = match.span("day")
    return _respelled(text, start, end, f"năm {match.group('y')}")


_YEARLY_LEAD = re.compile(
    # "Lộ trình tinh giản biên chế công chức từng năm so với năm trước: năm 2022 giảm 80 biên
    # chế; năm 2023 giảm 96 biên chế.": the lead says every item's cut is against the year
    # before it, the items say only their year and their cut
    r"^(?P<subject>[^\d:;()]{3,160}?)\s+(?:từng|mỗi|hằng|hàng)\s+năm\s+so\s+với\s+năm\s+"
    r"(?:liền\s+)?trước\s*:\s*(?=năm\s)",
    _I,
)
_YEARLY_ITEM = re.compile(
    rf"năm\s+(?:19|20)[0-9]{{2}}\s+(?:giảm|tăng)\s+{NUM}(?![0-9]|[.,][0-9]|\s?%)"
    r"(?:\s*(?:biên\s+chế|người|chỉ\s+tiêu(?:\s+biên\s+chế)?))?(?!\w)",
    _I,
)
_YEARLY_SEPARATOR = re.compile(r"\s*(?:;|,)\s*(?:và\s+)?|\s+và\s+")


def yearly_against_previous(text: str) -> Spelled | None:
    """A lead naming posts and saying its items' cuts are each against the year before ("...
    từng năm so với năm trước: năm 2022 giảm 80 biên chế; năm 2023 giảm 96 biên chế."):
    spelled with the comparison said in each item ("...: năm 2022 giảm 80 biên chế so với năm
    trước; ..."). None where the lead names no posts, or anything but such items follows."""
    lead = _YEARLY_LEAD.match(text)
    if lead is None or not _POSTS_NAMED.search(lead.group("subject")):
        return None
    body_end = len(text.rstrip().rstrip("."))
    position, items = lead.end(), []
    while True:
        item = _YEARLY_ITEM.match(text, position)
        if item is None:
            return None
        items.append(item)
        if item.end() >= body_end:
            break
        separator = _YEARLY_SEPARATOR.match(text, item.end())
        if separator is None:
            return None
        position = separator.end()
    if len(items) < 2:
        return None
    added = " so với năm trước"
    spelled = text[: lead.start("subject") + len(lead.group("subject"))] + ":"
    pieces = [(0, 0, len(spelled) - 1)]
    copied_from = lead.end()
    spelled += " "
    for item in items:
        pieces.append((len(spelled), copied_from, item.end() - copied_from))
        spelled += text[copied_from : item.end()] + added
        copied_from = item.end()
    pieces.append((len(spelled), copied_from, len(text) - copied_from))
    spelled += text[copied_from:]
    return Spelled(spelled, tuple(pieces))


_FRONTED_IN_ITEM = re.compile(
    # "Năm 2026: so với năm 2021, còn 997 biên chế, giảm 53 biên chế.": an item's year, then
    # the year its changes compare with fronted after the label
    r"^(?P<label>(?:đến\s+(?:hết\s+)?)?năm\s+(?P<year>(?:19|20)[0-9]{2}))\s*:\s*"
    rf"(?P<front>{_COMPARED_WITH}(?P<base>(?:19|20)[0-9]{{2}}))"
    r"\s*,\s*(?=\S)",
    _I,
)
_ANOTHER_YEAR = re.compile(r"(?<!\w)(?:so\s+với|năm\s+(?:19|20)[0-9]{2})(?!\w)", _I)


def fronted_in_item(text: str) -> Spelled | None:
    """ "Năm 2026: so với năm 2021, còn 997 biên chế, giảm 53 biên chế.": the comparison
    fronted inside a year's item, spelled fronting the item ("So với năm 2021, Năm 2026: còn
    997 ...") as the usual rules read it. None where the year compared with is not before the
    item's, or the rest compares with, or names, a year of its own."""
    match = _FRONTED_IN_ITEM.match(text)
    if match is None or int(match.group("base")) >= int(match.group("year")):
        return None
    if _ANOTHER_YEAR.search(text, match.end()):
        return None
    front, label = match.group("front"), match.group("label")
    spelled = f"{front}, {label}: "
    pieces = (
        (0, match.start("front"), len(front)),
        (len(front) + 2, 0, len(label)),
        (len(spelled), match.end(), len(text) - match.end()),
    )
    return Spelled(spelled + text[match.end() :], pieces)


def cut_in_fronted_item(text: str) -> Spelled | None:
    """ "- Năm 2026: so với năm 2021, tinh giản 140 biên chế, còn 3.083 biên chế.": the
    comparison fronted inside an item (`fronted_in_item`) and "tinh giản" cutting posts
    against it (`posts_cut`), both respelled, each piece mapped back to where it was written.
    None unless both apply."""
    fronted = fronted_in_item(text)
    if fronted is None:
        return None
    cut = posts_cut(fronted.text)
    if cut is None:
        return None
    pieces = []
    for at, source, length in cut.pieces:
        for outer_at, outer_source, outer_length in fronted.pieces:
            low = max(source, outer_at)
            high = min(source + length, outer_at + outer_length)
            if low < high:
                pieces.append((at + low - source, outer_source + low - outer_at, high - low))
    return Spelled(cut.text, tuple(sorted(pieces)))


_MOVE = r"(?:điều\s+chuyển|chuyển|luân\s+chuyển)"
_MOVE_LEAD = r"^(?:(?P<lead>[^;:()]{0,200}?)(?<=[\s,]))?"
"""What may stand before a move: a request or the decision it follows ("Đề nghị Ban Thường
vụ cho phép chuyển ...", "Thực hiện Quyết định số 12-QĐ/TU ngày 9/6/2020, theo đó 3 biên chế
... được chuyển ..."), holding no count nor a figure's word (`_moved_lead`)."""
_MOVE_TAIL = (
    # "... trong năm 2025", ", không làm tăng tổng biên chế được giao": the year of the move,
    # and the total it leaves as it was
    r"(?:\s+trong\s+năm\s+(?:19|20)[0-9]{2})?"
    r"(?:\s*,\s*không\s+làm\s+(?:tăng|thay\s+đổi)\s+tổng\s+(?:số\s+)?biên\s+chế[^\d;:()]{0,60})?"
    # (eng-ar1) "... để thực hiện nhiệm vụ được phân cấp, phân quyền": what the move is for
    r"(?:\s*,?\s+để\s+[^\d;:()]{3,120})?$"
)
_TRANSFER = re.compile(
    # "Điều chuyển 5 biên chế công chức từ Sở A sang Sở B cùng với nhiệm vụ được chuyển
    # giao.", "chuyển 3 biên chế của Ban A sang Ban B": posts moved between two named
    # bodies, the only count of the sentence
    rf"{_MOVE_LEAD}{_MOVE}\s+(?P<n>{NUM})\s*{_WORD}(?!\w)[^\d;:()]{{0,40}}?"
    # (eng-ar1) "Điều chuyển 186 biên chế công chức năm 2025 từ ...": the year of the move
    r"(?:\s+năm\s+(?:19|20)[0-9]{2})?"
    r"\s+(?:từ|của)\s+(?P<from>[^\d;:()]{3,120}?)\s+(?:sang|về|cho)\s+(?P<to>[^\d;:()]{3,200}?)"
    + _MOVE_TAIL,
    _I,
)
_TRANSFERRED = re.compile(
    # "3 biên chế của cơ quan A được chuyển sang cơ quan B": the same move, said of the posts
    rf"{_MOVE_LEAD}(?P<n>{NUM})\s*{_WORD}(?!\w)[^\d;:()]{{0,40}}?\s+của\s+"
    rf"(?P<from>[^\d;:()]{{3,120}}?)\s+(?:được\s+)?{_MOVE}\s+(?:sang|về|cho)\s+"
    r"(?P<to>[^\d;:()]{3,200}?)" + _MOVE_TAIL,
    _I,
)
_LEAD_COUNT = re.compile(
    # a number of the lead that is no year, day or document's number ("12-QĐ/TU")
    r"(?<![0-9./-])(?!(?:19|20)[0-9]{2}(?![0-9/]))(?![0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{4})?)"
    r"(?![0-9]+(?:/[0-9]+)*[/-][A-ZĐ])[0-9]"
)
_LEAD_SAYS = re.compile(r"(?<!\w)(?:giảm|tăng|còn|là|có|bổ\s+sung|(?<!bàn\s)giao)(?!\w)", _I)
"""Words of a figure or a change in a move's lead: it says more than who asked or decided
("Việc bàn giao ..." aside: "bàn giao" hands over, it gives no posts)."""


def _moved_lead(lead: str | None) -> bool:
    """Whether a move's lead (if any) holds no count and no figure's words."""
    if not lead:
        return True
    return _LEAD_COUNT.search(lead) is None and _LEAD_SAYS.search(lead) is None


def transfer(text: str) -> Span | None:
    """ "Điều chuyển 5 biên chế công chức từ Sở A sang Sở B ...", "... 3 biên chế của cơ
    quan A được chuyển sang cơ quan B": where the count of a transfer stands, the only count
    of the sentence: posts moved, no body's figure (each body's posts after it are stated,
    or not, on their own lines). None for any other."""
    match = _moved(text.rstrip(" .;"))
    return None if match is None else match.span("n")


_THE_BODIES = re.compile(r"^(?:các|những)\s+", _I)
"""(eng-ar1) "từ các sở, cơ quan ... về Ủy ban nhân dân các xã, phường": bodies named as a
group move posts as one body does."""


def _moved(text: str) -> re.Match[str] | None:
    """The move `transfer` reads: both bodies named, a lead saying no figure."""
    for pattern in (_TRANSFER, _TRANSFERRED):
        match = pattern.match(text)
        if (
            match is not None
            and ORGANISATION.match(_THE_BODIES.sub("", match.group("from")))
            and ORGANISATION.match(_THE_BODIES.sub("", match.group("to")))
            and _moved_lead(match.group("lead"))
        ):
            return match
    return None


_AFTER_MOVE = re.compile(r"\s*sau\s+(?:khi\s+)?(?:điều\s+chỉnh|điều\s+chuyển|chuyển)\s*,?\s*", _I)
_AFTER_CLAUSE = re.compile(r"\s*,\s*(?:và\s+)?")


def transfer_then_after(text: str) -> tuple[Span, Spelled] | None:
    """ "Chuyển 6 biên chế công chức từ Sở A sang Sở B; sau điều chỉnh, Sở A còn 52 biên chế,
    Sở B có 61 biên chế.": the move (its count, no figure) and what follows it spelled alone,
    each of its clauses opening with one of the two bodies the move names, each body once.
    None where the clause after the move names a body the move does not, or only one."""
    head, semicolon, rest = text.partition(";")
    if not semicolon:
        return None
    moved = _moved(head.rstrip(" ."))
    after = _AFTER_MOVE.match(rest)
    if moved is None or after is None:
        return None
    start = len(head) + 1 + after.end()
    said = text[start:].rstrip(" .;")
    bodies = {_folded(moved.group("from")), _folded(moved.group("to"))}
    clauses = _AFTER_CLAUSE.split(said)
    if len(bodies) != 2 or len(clauses) != 2:
        return None
    opened = set()
    for clause in clauses:
        named = [body for body in bodies if _folded(clause).startswith(body + " ")]
        if len(named) != 1:
            return None
        opened.add(named[0])
    if opened != bodies:
        return None
    return moved.span("n"), Spelled(said, ((0, start, len(said)),))


_MOVED_TO = re.compile(
    # "... 4 biên chế được chuyển sang Ủy ban A": posts moved to a body
    rf"(?<![0-9.,])(?P<n>{NUM})\s*(?:biên\s+chế|chỉ\s+tiêu(?:\s+biên\s+chế)?)(?!\w)[^\d;:()]{{0,80}}?\s+được\s+"
    r"(?:điều\s+|luân\s+)?chuyển\s+(?:sang|về|cho|đến)\s+(?P<to>[^\d;:()]{3,120})",
    _I,
)


def moved_unnamed(text: str) -> Span | None:
    """ "..., theo đó 4 biên chế được chuyển sang Ủy ban A": posts moved to a body where the
    sentence is no `transfer` (the body they leave unnamed, or a count in its lead): where the
    count stands, for the sentence to be reported unread (the count is no figure of the lead's
    subject, nor of the body). None where no posts are moved to a named body."""
    if transfer(text) is not None:
        return None
    match = _MOVED_TO.search(text)
    if match is None or not ORGANISATION.match(match.group("to")):
        return None
    return match.span("n")


_OWN_REVENUE_LEAD = re.compile(
    # (eng-latent6) "Phê duyệt 1.847 người làm việc hưởng lương từ nguồn thu sự nghiệp của các
    # đơn vị … tự bảo đảm một phần chi thường xuyên năm 2026, trong đó:"
    r"^(?P<marker>(?:[0-9]{1,2}\.|[a-zđ]\)|[-+•])?\s*)(?:giao|phê\s+duyệt)\s+(?P<n>"
    + NUM
    + r")\s+người\s+làm\s+việc\s+(?P<paid>hưởng\s+lương\s+từ\s+nguồn\s+thu\s+sự\s+nghiệp)\s+"
    r"(?:của|cho)\s+(?P<whose>[^\d;:()]{5,160}?)\s+(?P<year>năm\s+(?:19|20)[0-9]{2})"
    r"(?P<opens>\s*,?\s*(?:trong\s+đó|(?:bao\s+)?gồm|cụ\s+thể(?:\s+như\s+sau)?|như\s+sau)\s*:)\s*$",
    _I,
)


def own_revenue_lead(text: str) -> Spelled | None:
    """ "Phê duyệt 1.847 người làm việc hưởng lương từ nguồn thu sự nghiệp của các đơn vị tự
    bảo đảm một phần chi thường xuyên năm 2026, trong đó:": posts paid from own revenue that the
    text assigns, opening the list of their bodies: spelled as the subject names them ("Số lượng
    người làm việc hưởng lương từ nguồn thu sự nghiệp của … năm 2026 là 1.847 người, trong đó:"),
    a unit of its own (`lexicon.assigned_own_revenue`) whose parts are the items. None for any
    other sentence (no list opened, a change, another count, words setting the posts apart)."""
    match = _OWN_REVENUE_LEAD.match(text.strip())
    if match is None:
        return None
    offset = len(text) - len(text.lstrip())
    marker, paid, whose, year = (match.span(g) for g in ("marker", "paid", "whose", "year"))
    count, opens = match.span("n"), match.span("opens")
    writer: list[str] = []
    pieces: list[tuple[int, int, int]] = []

    def copy(span: Span) -> None:
        pieces.append((sum(map(len, writer)), span[0] + offset, span[1] - span[0]))
        writer.append(match.string[span[0] : span[1]])

    copy(marker)
    writer.append("Số lượng người làm việc ")
    copy(paid)
    writer.append(" của ")
    copy((whose[0], year[1]))
    writer.append(" là ")
    copy(count)
    writer.append(" người")
    copy(opens)
    return Spelled("".join(writer), tuple(pieces))
