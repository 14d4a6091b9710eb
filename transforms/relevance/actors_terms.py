"""Who acts in a page's headline and first sentence, and what kind of act it is, as model terms: the unit's subject
(a local body, a local office holder, a province, a district or commune, a provincial department, the police or a
court, a national office) and its act (a meeting, a decision or directive, a personnel decision, results), alone and
paired.

The rules wait for a body word next to an event word; a plainly local act is often told without them ("Bí thư Tỉnh
ủy Đồng Tháp: ...", "Huyện X tạm dừng dự án", "Sở Y đề xuất ..."). These terms let the model weigh the subject's kind
and the act's kind, whichever words name them, and the pairs tell a local actor's act from a national one's.
"""

from __future__ import annotations

import re

from transforms.relevance.vocabulary import PROVINCES

_PROVINCE = "|".join(re.escape(p) for p in sorted(PROVINCES, key=len, reverse=True))
_PREFIX = r"(?:\([^)]{0,30}\)\s*[-–]?\s*|[^,.]{0,12}[-–]\s+)?(?:[^,.:]{0,30}\d[^,.:]{0,12},\s*)?(?:ông |bà |đồng chí )?"
_LOCAL = (
    r"(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx\.?|xã|phường|thị trấn|ubnd|hđnd|tỉnh ủy|thành ủy|huyện ủy|"
    r"quận ủy)"
)
# The subject's kind, tried in this order (a national office before a title that also names a local one).
SUBJECTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("national office", re.compile(rf"{_PREFIX}(?:phó )?(?:thủ tướng|chủ tịch nước|tổng bí thư|chủ tịch quốc hội|"
                                   r"quốc hội|chính phủ|bộ chính trị|ban bí thư|trung ương|bộ trưởng|thứ trưởng|"
                                   r"bộ (?!chỉ huy)\w+|ủy ban thường vụ quốc hội|thanh tra chính phủ)(?!\w)")),
    ("local body", re.compile(rf"{_PREFIX}(?:ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân|tỉnh ủy|thành ủy|huyện ủy|"
                              r"quận ủy|thị ủy|đảng ủy|ban thường vụ|thường trực|ủy ban kiểm tra (?!trung ương)|"
                              r"ubmttq|mttq|ủy ban mttq|mặt trận tổ quốc|chính quyền|lãnh đạo)(?!\w)")),
    ("local office holder", re.compile(rf"{_PREFIX}(?:phó )?(?:chủ tịch|bí thư|trưởng ban|chánh văn phòng)"
                                       rf"(?: \w+){{0,3}}? {_LOCAL}(?!\w)|{_PREFIX}(?:phó )?(?:chủ tịch|bí thư) "
                                       r"(?!nước|quốc hội|tập đoàn|công ty|hội đồng quản trị|hđqt)")),
    ("province", re.compile(rf"{_PREFIX}(?:(?:tỉnh|thành phố|tp\.?) \w+|(?:{_PROVINCE})(?!\w))")),
    ("district or commune", re.compile(rf"{_PREFIX}(?:huyện|quận|thị xã|tx\.?|xã|phường|thị trấn) \w+")),
    ("department", re.compile(rf"{_PREFIX}(?:giám đốc |phó giám đốc )?(?:sở|ban quản lý|văn phòng ubnd) \w+")),
    ("police or court", re.compile(rf"{_PREFIX}(?:công an|cảnh sát|viện kiểm sát|tòa án|tand|vksnd|cơ quan điều tra|"
                                   r"cơ quan csđt)(?!\w)")),
)  # fmt: skip
ACTS: dict[str, re.Pattern[str]] = {
    "meeting": re.compile(r"(?<!\w)(?:họp|hội nghị|làm việc|tiếp xúc cử tri|họp báo|chất vấn|giải trình|kỳ họp|"
                          r"đối thoại|tiếp công dân|giao ban|sơ kết|tổng kết|giám sát|đại hội|thăm và làm việc|"
                          r"tiếp xúc|công bố|hội thảo)(?!\w)"),
    "decision": re.compile(r"(?<!\w)(?:quyết định|chỉ đạo|yêu cầu|chỉ thị|đề nghị|kiến nghị|phê duyệt|đề xuất|"
                           r"công văn|nghị quyết|cho phép|đình chỉ|thu hồi|tạm dừng|dừng|hủy|cấm|xử phạt|giao|"
                           r"chấp thuận|ban hành|trình|thanh tra|kiểm tra|xử lý|lập đoàn|vào cuộc|khen thưởng)(?!\w)"),
    "personnel": re.compile(r"(?<!\w)(?:bầu|bổ nhiệm|kỷ luật|cách chức|miễn nhiệm|điều động|tín nhiệm|khiển trách|"
                            r"cảnh cáo|xin nghỉ|nghỉ hưu|luân chuyển|khai trừ|nhận nhiệm vụ|giữ chức|làm chủ tịch|"
                            r"làm bí thư|tân chủ tịch|tân bí thư|nhân sự)(?!\w)"),
    "results": re.compile(r"(?<!\w)(?:kết quả|đạt chuẩn|nông thôn mới|hoàn thành|tăng trưởng|thu ngân sách|"
                          r"phát triển kinh tế)(?!\w)"),
}  # fmt: skip


def actor_terms(position: str, folded: str) -> list[str]:
    """The subject and act terms of one folded unit (the headline or the first sentence).

    >>> actor_terms("title", "bí thư tỉnh ủy đồng tháp làm việc với huyện x")
    ['title subject: local office holder', 'title act: meeting', 'title: local office holder + meeting']
    >>> actor_terms("sentence 1", "sáng 5/7, bộ y tế yêu cầu các bệnh viện")
    ['sentence 1 subject: national office', 'sentence 1 act: decision', 'sentence 1: national office + decision']
    >>> actor_terms("title", "huyện x tạm dừng dự án đường")
    ['title subject: district or commune', 'title act: decision', 'title: district or commune + decision']
    """
    text = folded.strip()
    subject = next((name for name, pattern in SUBJECTS if pattern.match(text)), "other")
    acts = [name for name, pattern in ACTS.items() if pattern.search(text)]
    terms = [f"{position} subject: {subject}"] if subject != "other" else []
    terms += [f"{position} act: {act}" for act in acts]
    terms += [f"{position}: {subject} + {act}" for act in acts]
    return terms
