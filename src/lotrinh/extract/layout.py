"""What a published document prints around its text, told apart from the text.

A Kế hoạch, Nghị quyết or Quyết định as an office publishes it opens with a letterhead and
closes with a signature, each two columns side by side: "TỈNH ỦY LONG AN / * / Số 123-KH/TU"
beside "ĐẢNG CỘNG SẢN VIỆT NAM / Long An, ngày 11 tháng 8 năm 2023"; "Nơi nhận: - …" beside
"T/M BAN THƯỜNG VỤ / BÍ THƯ / (đã ký) / Nguyễn Văn A". Read as lines, in whichever order, they
would put a date's year or a document's number before the plan's first sentence, where the
statement reader takes a year or a period from a report's head. So the .docx and PDF readers
set such a frame apart (`DocumentText.set_aside`): nothing of it is used.

A block is a frame only when it says so (a motto, "Nơi nhận", a signer's "T/M", "KT.",
"(đã ký)") and holds no quantity: a block with a figure in it is never set apart, so no figure
of the plan can vanish with a letterhead.

`clean` removes what typesetting adds to characters: soft hyphens and zero-width spaces (Word
keeps them in the text), no-break spaces (a figure kept on one line with its noun).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from lotrinh.extract.document import tokens

_FRAME = re.compile(
    r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"
    r"|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc"
    r"|^\s*Nơi\s+nhận\s*:"
    r"|^\s*(?:T/M|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*[A-ZĐÀ-Ỹ]"
    r"|\((?:đã\s+ký|Đã\s+ký)[^)]*\)",
)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_SPACES = re.compile(r"[\u00a0\u2007\u202f]")


def clean(text: str) -> str:
    """`text` in NFC, without soft hyphens and zero-width characters, its no-break spaces
    plain spaces."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_INVISIBLE))


def is_frame(lines: Iterable[str]) -> bool:
    """Whether a block of side-by-side columns is a letterhead or a signature (see the
    module's documentation): it names itself one, and no line of it holds a quantity."""
    texts = [line for line in lines if line.strip()]
    return any(_FRAME.search(line) for line in texts) and not any(
        token.quantity for line in texts for token in tokens(line)
    )
