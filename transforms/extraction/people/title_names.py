"""Names inside a title: a capitalised run after a title is a place ("Huyện ủy Bắc Sơn"), a person's name ("Bí
thư Tỉnh ủy Nguyễn Văn A"), or both ("Bí thư Tỉnh ủy Phú Thọ Hoàng Dân Mạc"); the surnames and unit words that
tell them apart.
"""

from __future__ import annotations

from transforms.text import match_key

# Common surnames, Kinh and of the larger minorities; a name without a cue word must start with one of them.
SURNAME_TEXT = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Cấn Hà Đoàn Trương Lương "
    "Lâm Mai Trịnh Cao Tạ Tô Thái Triệu Lò Lưu La Quách Vương Tăng Châu Chu Kiều Khổng Khúc Kim Lã Lại Lục Mạc "
    "Nông Phùng Quan Tôn Thân Thạch Tống Vi Hứa Giang Diệp Đàm Đồng Hầu Khương Lạc Lộc Mã Ninh Nghiêm Phí Sầm "
    "Tiêu Từ Ung Âu Bế Cù Doãn Đậu Giáp Hàn Khuất Mẫn Nhữ Quản Thiều Trình Vàng Sùng Giàng Ma Lường Lữ Bạch Dư "
    "Bàn Điểu Thào Cầm Quàng Nhâm Ôn Lăng Đường Văng Tòng Mông Kha Lô Đới Ksor Rơ Siu Kpă Rahlan Lầu Mùa Hờ "
    "Tráng Chẩu Chảo Sìn Vừ Nùng Tất Bành Chế Đổng Khiếu Lỗ Lều Mạch Ngụy Tiết Uông Bì Liêu Viên Xa Giả Thục Sái Vy"
)
SURNAMES = frozenset(match_key(SURNAME_TEXT).split())
# Capitalised phrases that start like a name but never are an official of the article.
NOT_PEOPLE = frozenset({"hồ chí minh", "việt nam"})
# A run right after one of these is expected to begin with a place name.
PLACE_TAKERS = frozenset(
    {"tỉnh", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "đặc khu", "thành phố", "tp", "tp.", "ủy", "đoàn"}
)
# After these unit words a capitalised run is a place, even one that reads like a person's name ("huyện Hoàng Su
# Phì", "phường Trần Hưng Đạo"): a name follows only after the place, or when the article names that person with a
# cue ("ông ...") elsewhere. After "tỉnh" or "thành phố" a title often goes straight on to the name ("Phó Chủ tịch
# UBND tỉnh Nguyễn Văn A"), since the province goes without saying.
PLACE_FIRST_TAKERS = frozenset({"huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "đặc khu"})
# Unit words, which never begin a person's name.
UNIT_NAME_STARTS = frozenset({"huyện", "quận", "xã", "phường", "thị", "tỉnh", "thành", "tp", "tp.", "thủ", "đặc"})


def split_run(keys: list[str], after_place_taker: bool, place_first: bool = False) -> int | None:
    """Where a person's name starts inside a capitalised run, or None if the run holds no name.

    After a unit word the run is expected to open with a place, which the name follows; with `place_first` (after
    "huyện", "xã"...) it must: the run cannot be a name from its first word.

    >>> split_run(["phú", "thọ", "hoàng", "dân", "mạc"], True)
    2
    >>> split_run(["hà", "tĩnh"], True) is None
    True
    >>> split_run(["nguyễn", "thị", "quyết", "tâm"], False)
    0
    >>> split_run(["hoàng", "su", "phì"], True), split_run(["hoàng", "su", "phì"], True, place_first=True)
    (0, None)
    """
    n = len(keys)
    starts = [k for k in range(n) if keys[k] in SURNAMES and 2 <= n - k <= 4]
    if " ".join(keys) in NOT_PEOPLE:
        return None
    if after_place_taker:
        later = [k for k in starts if k >= 1]
        if later:
            three = [k for k in later if n - k == 3]
            return three[0] if three else later[0]
        if starts and starts[0] == 0 and n >= 3 and not place_first:
            return 0
        return None
    if starts and starts[0] == 0:
        return 0
    return None
