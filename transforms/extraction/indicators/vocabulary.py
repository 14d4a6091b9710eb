"""The words of reported figures, as data: the units written after a number, the nouns a bare number counts and
the qualifier words before it. (The trigger table that gives a figure its code is the catalogue, `catalogue.toml`.)
"""

from __future__ import annotations

import re

# A letter (no digit, no underscore), and the end of a word.
LETTER = r"[^\W\d_]"
_END = rf"(?!{LETTER})"

# ---------------------------------------------------------------------------------------------------------------
# Units written after a number (and its magnitude words): (unit, pattern, factor).
# ---------------------------------------------------------------------------------------------------------------
_PER_RATE = rf"(?:\s*/\s*{LETTER}+){{0,3}}"  # "đồng/người/năm", "tấn/ha"
# "đồng chí", "đồng bào", "đồng thời"...: words that begin with "đồng" and are not the currency.
_NOT_DONG_COMPOUND = (
    r"(?!\s+(?:chí|bào|thời|ý|tình|thuận|hành|loạt|bộ|nghiệp|hương|đều|cảm|minh|lòng|phục|tâm|đội|bằng|ruộng|"
    r"cỏ|cấp|dạng|nhất|chủ|sự|tác|hồ|lúa|môn|niên|khởi|thanh|trường)(?!" + LETTER + r"))"
)
MEASURE_UNITS: tuple[tuple[str, re.Pattern[str], float], ...] = (
    ("percent", re.compile(r"\s*(?:%|phần\s+trăm" + _END + ")", re.I), 1.0),
    # "đ" alone is the currency; "đ/c" is "đồng chí"
    ("VND", re.compile(rf"\s*(?:đồng{_END}{_NOT_DONG_COMPOUND}|vnđ|vnd|đ(?!\s*/\s*c{_END})){_END}{_PER_RATE}", re.I),
     1.0),
    ("USD", re.compile(rf"\s*(?:usd|đô\s*-?\s*la(?:\s+mỹ)?){_END}{_PER_RATE}", re.I), 1.0),
    ("ha", re.compile(rf"\s*(?:ha|h[ée]c\s*-?\s*ta|hecta){_END}", re.I), 1.0),
    ("m2", re.compile(rf"\s*(?:m2|m²|mét\s+vuông{_END})(?![\w²])", re.I), 1.0),
    ("km", re.compile(rf"\s*(?:km|ki\s*-?\s*lô\s*-?\s*mét|cây\s+số{_END})(?![\w²])", re.I), 1.0),
    ("tonne", re.compile(rf"\s*tấn{_END}{_PER_RATE}", re.I), 1.0),
    ("tonne", re.compile(rf"\s*tạ{_END}{_PER_RATE}", re.I), 0.1),
)  # fmt: skip

# "điểm" is a score when the clause goes on ("73,95 điểm, ...", "65 điểm, xếp thứ 10"); a noun after it names places
# instead ("38 điểm tiếp xúc cử tri" is a count, see _COUNT_NOUNS).
POINT_RE = re.compile(
    rf"\s*điểm{_END}(?=\s*(?:[^\w\s]|$|(?:so|trên|xếp|đứng|tăng|giảm|và|trung\s+bình|cao\s+nhất|tuyệt\s+đối){_END}))",
    re.I,
)
# A whole number of "điểm" is a score only where the sentence speaks of scoring.
SCORE_CUE_RE = re.compile(
    r"(?<!\w)(?:số\s+điểm|chấm\s+điểm|thang\s+điểm|chỉ\s+số|xếp\s+hạng|index|pci|papi|par|sipas|tiêu\s+chí)(?!\w)", re.I
)

# Nouns counted by a bare number: what the figure is a count of (TAXONOMY's unit `count`: "kỳ họp, cuộc, lượt, nghị
# quyết, văn bản, ngày công, cử tri..."), by kind: the meetings, documents and work items of state and Party bodies,
# the people and units they count, and the works and things of their reports. Longest first when matching.
_COUNT_NOUNS: tuple[str, ...] = (
    # meetings and the work of councils and Party committees
    "kỳ họp", "phiên họp", "phiên chất vấn", "phiên giải trình", "phiên", "cuộc", "lượt", "buổi", "đợt", "hội nghị",
    "lớp", "vị", "chuyên đề", "nghị quyết", "văn bản", "quyết định", "chỉ thị", "kế hoạch", "báo cáo", "đề án",
    "tờ trình", "kết luận", "thông báo", "dự thảo", "ý kiến", "kiến nghị", "câu hỏi", "đơn", "đơn thư", "vụ",
    "vụ việc", "vụ án", "trường hợp", "hồ sơ", "thủ tục", "tiêu chí", "chỉ tiêu", "ngày công", "phiếu", "phiếu bầu",
    "phiếu tín nhiệm", "điểm tiếp xúc cử tri", "điểm cầu", "điểm trường", "điểm bỏ phiếu", "điểm bầu cử",
    "công văn", "nghị định", "thông tư", "dự luật", "luật", "luật gia", "luật sư", "hội thảo", "cuộc thi", "phiên tòa",
    # the items a report or a plan is made of: contents, issues, tasks, solutions, proposals, breaches
    "nội dung", "vấn đề", "nhóm vấn đề", "nhiệm vụ", "nhóm nhiệm vụ", "giải pháp", "nhóm giải pháp", "khâu",
    "khâu đột phá", "đột phá", "đề xuất", "kiến nghị, đề xuất", "lĩnh vực", "chương trình", "phong trào", "mục tiêu",
    "quy trình", "thủ tục hành chính", "dịch vụ công", "công việc", "việc", "đầu việc", "phần việc", "sai phạm",
    "vi phạm", "hành vi", "khuyết điểm", "tồn tại", "hạn chế", "danh hiệu", "huy chương", "huân chương", "huy hiệu",
    "giải", "giải thưởng", "học bổng", "suất học bổng", "cờ thi đua", "phần thưởng",
    # people
    "tổ chức cơ sở đảng", "tổ chức đảng", "chi bộ", "đảng bộ", "đảng bộ cơ sở", "đảng viên", "quần chúng",
    "đồng chí", "đại biểu", "cử tri", "người", "công dân", "hộ", "hộ dân", "hộ gia đình", "hộ nghèo", "nhân khẩu",
    "lao động", "học sinh", "sinh viên", "cán bộ", "công chức", "viên chức", "hội viên", "đoàn viên", "thành viên",
    "ứng cử viên", "ứng viên", "ủy viên", "nhân sự", "cá nhân", "phó chủ tịch", "phó bí thư", "chức danh",
    "bí thư", "cấp ủy viên", "đảng ủy viên", "tiến sĩ", "thạc sĩ", "giáo sư", "phó giáo sư", "chiến sĩ", "nhân viên",
    "chức vụ", "lãnh đạo", "đồng bào", "tập thể", "gia đình", "thí sinh", "bệnh nhân", "ca", "đối tượng", "đ/c",
    "người dân", "nông dân", "công nhân", "thanh niên", "phụ nữ", "trẻ em", "học viên", "giáo viên", "bác sĩ",
    "cựu chiến binh", "thương binh", "liệt sĩ", "người có công", "gia đình chính sách", "hộ cận nghèo",
    "nhà đầu tư", "du khách", "khách du lịch", "lượt khách", "lao động nông thôn", "hội viên nông dân",
    # places and organisations
    "tổ chức", "chi hội", "tổ", "câu lạc bộ", "xã", "phường", "thị trấn", "thôn", "bản", "xóm", "tổ dân phố",
    "khu dân cư", "làng", "huyện", "quận", "tỉnh", "đơn vị", "cơ quan", "doanh nghiệp", "hợp tác xã", "cơ sở",
    "trường", "trường học", "trạm", "trụ sở", "đơn vị bầu cử", "tổ bầu cử", "khu vực bỏ phiếu", "chi bộ đảng",
    "sở", "ban", "ngành", "phòng", "cụm công nghiệp", "khu công nghiệp", "làng nghề", "chợ", "nhà văn hóa",
    "trạm y tế",
    # works and things
    "công trình", "dự án", "tuyến", "tuyến đường", "cây cầu", "cầu", "căn nhà", "ngôi nhà", "nhà", "nhà ở",
    "căn hộ", "phòng học", "lô đất", "thửa đất", "mô hình", "sản phẩm", "con", "cây", "tin", "bài", "tin bài",
    "tác phẩm", "trang", "giấy chứng nhận", "sáng kiến", "đề tài", "hợp đồng", "gói thầu", "trang trại",
    "giấy khen", "bằng khen", "suất", "suất quà", "phần quà", "chiếc", "xe", "tàu", "biệt thự", "nhóm", "chuyến",
    "sản phẩm ocop", "giường bệnh", "liều", "liều vắc xin", "máy bay", "máy tính", "máy vi tính", "thiết bị",
    "camera", "công trình, dự án",
)  # fmt: skip
# Classifiers (loại từ) of Vietnamese grammar, which count any noun after them: "127 bộ hồ sơ", "20 căn nhà".
_CLASSIFIER_WORDS = (
    "bộ", "căn", "ngôi", "tòa", "toà", "tấm", "quyển", "cuốn", "bức", "chiếc", "cái", "con", "bản", "tờ", "viên",
    "đôi", "cặp", "bó", "thửa", "mảnh", "quả", "trái", "cây",
)  # fmt: skip
# The classifier is the counted noun's start; the words after it name the thing (see CLASSIFIERS).
CLASSIFIER_NOUN_RE = re.compile(
    r"\s*(" + "|".join(sorted(_CLASSIFIER_WORDS, key=len, reverse=True)) + rf"){_END}(?=\s+"
    r"(?!(?:của|và|với|cho|để|trong|là|được|đã|có|này|đó|nào|đều)" + _END + ")"
    r"[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])",
)
COUNT_NOUN_RE = re.compile(
    r"\s*("
    + "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in _COUNT_NOUNS), key=len, reverse=True))
    + rf"){_END}",
    re.I,
)
# Where a bare "50 tỷ" ends a phrase, so that it reads as money ("dự án 50 tỷ, ...").
BARE_MONEY_END_RE = re.compile(r"\s*(?:[,.;)]|$|\s(?:và|từ|cho|để|so|trong|của|với|đã)(?!\w))", re.I)
# Words that cannot begin the noun a magnitude counts ("2 tỷ còn lại", "211 tỷ chỉ sau 1 năm", not "90 triệu cổ
# phiếu"): after them a bare "N tỷ" is money when the sentence speaks of money (`MONEY_CONTEXT_RE`).
BARE_MONEY_BEFORE_WORD_RE = re.compile(
    r"\s+(?:còn|chỉ|là|thì|mà|nhưng|được|bị|sẽ|đang|nữa|rồi|tăng|giảm|lên|xuống|tại|ở|vào|theo|đến|tới|nên|do|vì|"
    r"hay|hoặc|cũng|đều|thuộc|gồm|sau|trước|nhằm|trở\s+lên|trở\s+xuống)(?!\w)|\s*[(\-–\"“”:]",
    re.I,
)
MONEY_CONTEXT_RE = re.compile(
    r"(?<!\w)(?:đồng|vnđ|vnd|tiền|vốn|ngân\s+sách|nợ|kinh\s+phí|chi\s+phí|đầu\s+tư|hỗ\s+trợ|thu|chi|phạt|nộp|vay|"
    r"doanh\s+thu|lợi\s+nhuận|giá|thuế|quỹ)(?!\w)",
    re.I,
)
# A classifier names its thing with the words that follow it ("cuộc tiếp xúc cử tri").
CLASSIFIERS = frozenset({"cuộc", "lượt", "buổi", "đợt", "phiên", "hội nghị", "lớp", "vị", *_CLASSIFIER_WORDS})
LABEL_STOP_RE = re.compile(
    r"[,;:.()\[\]\"“”!?]|\s(?:với|tại|trong|của|cho|và|ở|đã|được|để|vào|về|trên|từ|đến|nhằm|theo|gồm|là|thì|"
    r"nhưng|còn|bằng|so|chiếm|đạt|tăng|giảm)(?!" + LETTER + r")",
    re.I,
)

# ---------------------------------------------------------------------------------------------------------------
# Qualifiers: the words right before the number.
# ---------------------------------------------------------------------------------------------------------------
QUALIFIER_WORDS: tuple[tuple[str, str], ...] = (
    ("vượt trên", "over"),
    ("vượt hơn", "over"),
    ("cao hơn", "over"),
    ("nhiều hơn", "over"),
    ("vượt", "over"),
    ("hơn", "over"),
    ("trên", "over"),
    ("dưới", "under"),
    ("không dưới", "at_least"),
    ("tối thiểu", "at_least"),
    ("ít nhất", "at_least"),
    ("không quá", "at_most"),
    ("không vượt quá", "at_most"),
    ("tối đa", "at_most"),
    ("chưa đến", "under"),
    ("chưa tới", "under"),
    ("gần", "nearly"),
    ("xấp xỉ", "nearly"),
    ("khoảng chừng", "about"),
    ("ước khoảng", "about"),
    ("khoảng", "about"),
    ("chừng", "about"),
    ("ước đạt", "estimated"),
    ("ước tính", "estimated"),
    ("ước thực hiện", "estimated"),
    ("ước", "estimated"),
)
QUALIFIER_BY_WORD = dict(QUALIFIER_WORDS)
OUT_OF_RE = re.compile(r"\d\s*%?\s*$")
QUALIFIER_RE = re.compile(
    r"(?<!" + LETTER + r")(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w, _ in QUALIFIER_WORDS) + r")\s*$",
    re.I,
)
ESTIMATE_NEARBY_RE = re.compile(r"(?<!" + LETTER + r")ước(?:\s+(?:đạt|tính|thực\s+hiện))?(?!" + LETTER + r")", re.I)
