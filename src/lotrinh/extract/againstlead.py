"""A lead saying what every link after its colon compares with.

"Lộ trình từng năm so với năm trước: năm 2022 giảm 346 người; năm 2023 giảm 347 người; ..."
says once what "năm 2022 giảm 346 người so với năm trước; năm 2023 giảm 347 người so với năm
trước; ..." says link by link. The rules read the comparison where it stands beside its change;
said once in the lead, it was taken for a change of its own and the sentence was left unread. The
sentence is spelled link by link (`chains.spell_out` maps every figure back).

Only where the lead holds no number, and every link after the colon is a year and a bare fall or
rise ("năm 2022 giảm 346 người") saying no comparison of its own; anything else is left as
written, to the usual rules.
"""

from __future__ import annotations

import re

from lotrinh.extract.document import NUM, YEAR

Edit = tuple[int, int, list[tuple[str, int, int] | str]]

_I = re.IGNORECASE
_LEAD = re.compile(
    r"^(?P<lead>[^0-9;:()]{3,80}?)(?P<cmp>\s+so\s+với\s+(?:cùng\s+kỳ\s+)?năm\s+"
    r"(?:trước(?:\s+liền\s+kề)?|liền\s+(?:trước|kề)))\s*:\s*",
    _I,
)
_LINK = re.compile(
    rf"\s*(?:(?:và|đến)\s+)?năm\s+{YEAR}\s*,?\s*(?:giảm|tăng)\s+"
    rf"(?P<n>{NUM})(?![0-9]|[.,][0-9]|\s?%)(?:\s*(?:biên\s+chế|người|chỉ\s+tiêu)(?!\w))?"
    r"(?=\s*(?:[;.]\s*|$))",
    _I,
)
_SEPARATOR = re.compile(r"\s*;|\s*\.?\s*$")


def against_lead(text: str) -> list[Edit]:
    """The edits moving the lead's "so với năm trước" to each link after its colon, or none
    when the sentence is not such a lead and its links."""
    lead = _LEAD.match(text)
    if lead is None:
        return []
    edits: list[Edit] = [(lead.start("cmp"), lead.end("cmp"), [])]
    comparison = lead.group("cmp").strip()
    at = lead.end()
    while at < len(text):
        link = _LINK.match(text, at)
        if link is None:
            return []
        edits.append((link.end(), link.end(), [" " + comparison]))
        ends = _SEPARATOR.match(text, link.end())
        if ends is None:
            return []
        at = ends.end()
    return edits if len(edits) > 2 else []
