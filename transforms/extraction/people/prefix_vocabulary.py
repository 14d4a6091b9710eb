"""Words said before a title that are not roles, as data: military ranks, academic and honorary prefixes, and the
"former" words of a post no longer held.

Keys are `match_key` forms (new tone style, lower case), as in `title_vocabulary`.
"""

from __future__ import annotations

# The title that follows is no longer held.
FORMER_WORDS = ("nguyên", "cựu", "từng là", "nguyên là", "cố")  # "cố Bí thư ...": the late secretary
# Words that open a list of past posts: every title after them in the clause is former, not only the first
# ("từng là Bí thư Huyện ủy, Chủ tịch HĐND huyện; Phó Bí thư Tỉnh ủy").
FORMER_LIST_WORDS = (
    "từng là", "từng giữ", "từng giữ chức", "từng giữ chức vụ", "từng giữ các chức vụ", "từng đảm nhiệm",
    "từng đảm nhận", "từng đảm nhiệm các chức vụ", "kinh qua", "kinh qua các chức vụ",
    "khi đang là", "khi còn là", "lúc đang là", "lúc còn là", "thời còn là",  # "while he was ..."
)  # fmt: skip
# Military ranks and academic or honorary prefixes: said of a person, never a role.
RANKS = (
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
    "đại úy", "thượng úy", "trung úy", "thiếu úy",
)  # fmt: skip
# "Quyền Giám đốc": acting in the post, which is the role.
ACTING = ("quyền",)
HONORIFICS = ("pgs", "gs", "ts", "ths", "bs", "ks", "ngưt", "ngnd", "pgs.ts", "gs.ts", "bsck", "anh hùng", "tân")
