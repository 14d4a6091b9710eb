"""What a page's headline and first sentence are about, as model terms: who opens them (a province standing for its
government, a province as the topic before a colon, a national office), whether they name a foreign country, what
kind of story their words tell (a court case, a crime, an accident or disaster, business, sport), and their form (a
question, a quotation). The rules look for a body and its act; these terms tell the model what the story is about
when the body is only its context, or when a locality acts without a body word ("Hà Nội báo cáo Thủ tướng...").
"""

from __future__ import annotations

import re

from transforms.relevance.vocabulary import PROVINCES

_PROVINCE = "|".join(re.escape(p) for p in sorted(PROVINCES, key=len, reverse=True))
# A dateline or a press tag before the subject: "sáng 5/7, ", "ngày 14-6, ", "(dân trí) - ".
_PREFIX = r"(?:\([^)]{0,30}\)\s*[-–]?\s*|[^,.]{0,12}[-–]\s+)?(?:[^,.]{0,30}\d[^,.]{0,12},\s*)?"
_OPENS_PROVINCE_RE = re.compile(rf"{_PREFIX}(?:tỉnh |thành phố |tp\.? ?)?(?:{_PROVINCE})(?!\w)(\s*:)?")
_OPENS_NATIONAL_RE = re.compile(
    rf"{_PREFIX}(?:ông |bà )?(?:phó )?(?:thủ tướng|chủ tịch nước|tổng bí thư|chủ tịch quốc hội|quốc hội|chính phủ|"
    r"bộ chính trị|ban bí thư|bộ trưởng|thứ trưởng|bộ \w+|thanh tra chính phủ|kiểm toán nhà nước|ủy ban kiểm tra "
    r"trung ương|ban tổ chức trung ương)(?!\w)"
)
# "Mỹ" alone only where no name word follows it: "Mỹ Khê", "Mỹ Tho", "Mỹ Đình" are Vietnamese places.
_FOREIGN_RE = re.compile(
    r"(?<!\w)(?:(?:nước|phía|người|chính quyền|tổng thống|quân đội|sang|của|thăm) mỹ(?!\w)|mỹ(?= và |[,.:;?!)]|$)|"
    r"hoa kỳ|"
    r"trung quốc|triều tiên|hàn quốc|nhật bản|thái lan|campuchia|lào(?! cai)|myanmar|malaysia|singapore|indonesia|"
    r"philippines|ấn độ|australia|châu âu|liên hợp quốc|tổng thống|nước ngoài)(?!\w)"
)
TOPICS: dict[str, re.Pattern[str]] = {
    "court": re.compile(r"(?<!\w)(?:xét xử|phiên tòa|tòa án|hầu tòa|bị cáo|tuyên án|án tù|lĩnh án|kháng cáo|"
                        r"phúc thẩm|sơ thẩm)(?!\w)"),
    "crime": re.compile(r"(?<!\w)(?:khởi tố|bắt giữ|tạm giam|truy nã|lừa đảo|trộm|cướp|ma túy|sát hại|giết|"
                        r"hiếp dâm|dâm ô|hành hung|đánh nhau|buôn lậu|cát tặc|tham ô|nhận hối lộ)(?!\w)"),
    "accident": re.compile(r"(?<!\w)(?:tai nạn|va chạm|lật|cháy|nổ|tử vong|thiệt mạng|mất tích|đuối nước|bão|"
                           r"lũ|sạt lở|ngập|động đất|dịch bệnh)(?!\w)"),
    "business": re.compile(r"(?<!\w)(?:doanh nghiệp|công ty|tập đoàn|cổ phiếu|chứng khoán|ngân hàng|lãi suất|"
                           r"tỷ giá|giá vàng|bất động sản|xuất khẩu|nhà đầu tư|thị trường)(?!\w)"),
    "sport": re.compile(r"(?<!\w)(?:bóng đá|đội tuyển|cầu thủ|hlv|huấn luyện viên|sea games|vô địch|huy chương|"
                        r"giải đấu|trận đấu)(?!\w)"),
}  # fmt: skip


def story_terms(position: str, folded: str) -> list[str]:
    """The terms of one folded unit (the headline or the first sentence), each prefixed by its position.

    >>> story_terms("title", "hà nội báo cáo thủ tướng vụ cháy chợ")
    ['title: opens with a province', 'title topic: accident']
    >>> story_terms("title", "quảng nam: xét xử vụ lừa đảo?")
    ['title: opens with a province and a colon', 'title topic: court', 'title topic: crime', 'title: question']
    >>> story_terms("sentence 1", "sáng 5/7, bộ y tế yêu cầu các bệnh viện ở hàn quốc")
    ['sentence 1: opens with a national body', 'sentence 1: names a foreign country']
    """
    text = folded.strip()
    terms = []
    province = _OPENS_PROVINCE_RE.match(text)
    if province:
        terms.append(f"{position}: opens with a province" + (" and a colon" if province.group(1) else ""))
    elif _OPENS_NATIONAL_RE.match(text):
        terms.append(f"{position}: opens with a national body")
    if _FOREIGN_RE.search(text):
        terms.append(f"{position}: names a foreign country")
    terms += [f"{position} topic: {name}" for name, pattern in TOPICS.items() if pattern.search(text)]
    if text.endswith("?"):
        terms.append(f"{position}: question")
    if text[:1] in "\"'“‘":
        terms.append(f"{position}: quotation")
    return terms
