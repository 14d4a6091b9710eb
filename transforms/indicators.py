"""Reported figures of an article body: counts, money, areas, percentages and points, normalised.

`extract_indicators` reads every number of the body (never the title line) and keeps it only when a unit or a
counted noun follows it ("13 kỳ họp", "34 tỷ đồng", "95% chi bộ", "73,95 điểm", "19/19 tiêu chí") or a "tổng số ..."
subject is said to be it ("Tổng số cấp ủy viên được bầu là 3.504"); lines linking to other articles have none.
Dates, years, terms, ordinals, legal-document numbers, ages, durations and per-unit denominators ("trên 1 ha") are
never figures, nor targets, plans and directives ("Phấn đấu 100% ...", "đề nghị ... bám sát 5 quy trình", "theo quy
hoạch ...", "phải tăng ..."). Each figure gets its
qualifier (trên/hơn/vượt -> over, dưới -> under, gần/xấp xỉ -> nearly, khoảng/chừng -> about, ước -> estimated),
an indicator code where the trigger table fits, a label in the article's words and the period it covers: the period
written in its own clause, else the one opening its sentence, else the one opening an earlier sentence of its
paragraph ("Trong 9 tháng đầu năm, ..."); a period said inside another clause is not carried over.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from transforms.model import DocumentContext, IndicatorMention, Sentence
from transforms.numbers import AMOUNT_RE, parse_amount, parse_vietnamese_number
from transforms.periods import (
    Period,
    document_tones,
    find_periods,
    framing_period,
    period_at,
    resolve_past_term,
    text_year,
)
from transforms.text import match_key

_LETTER = r"[^\W\d_]"
_END = rf"(?!{_LETTER})"

# ---------------------------------------------------------------------------------------------------------------
# Units written after a number (and its magnitude words): (unit, pattern, factor).
# ---------------------------------------------------------------------------------------------------------------
_PER_RATE = rf"(?:\s*/\s*{_LETTER}+){{0,3}}"  # "đồng/người/năm", "tấn/ha"
# "đồng chí", "đồng bào", "đồng thời"...: words that begin with "đồng" and are not the currency.
_NOT_DONG_COMPOUND = (
    r"(?!\s+(?:chí|bào|thời|ý|tình|thuận|hành|loạt|bộ|nghiệp|hương|đều|cảm|minh|lòng|phục|tâm|đội|bằng|ruộng|"
    r"cỏ|cấp|dạng|nhất|chủ|sự|tác|hồ|lúa|môn|niên|khởi|thanh|trường)(?!" + _LETTER + r"))"
)
_MEASURE_UNITS: tuple[tuple[str, re.Pattern[str], float], ...] = (
    ("percent", re.compile(r"\s*(?:%|phần\s+trăm" + _END + ")", re.I), 1.0),
    ("VND", re.compile(rf"\s*(?:đồng{_END}{_NOT_DONG_COMPOUND}|vnđ|vnd|đ){_END}{_PER_RATE}", re.I), 1.0),
    ("USD", re.compile(rf"\s*(?:usd|đô\s*-?\s*la(?:\s+mỹ)?){_END}{_PER_RATE}", re.I), 1.0),
    ("ha", re.compile(rf"\s*(?:ha|h[ée]c\s*-?\s*ta|hecta){_END}", re.I), 1.0),
    ("m2", re.compile(rf"\s*(?:m2|m²|mét\s+vuông{_END})(?![\w²])", re.I), 1.0),
    ("km", re.compile(rf"\s*(?:km|ki\s*-?\s*lô\s*-?\s*mét|cây\s+số{_END})(?![\w²])", re.I), 1.0),
    ("tonne", re.compile(rf"\s*tấn{_END}{_PER_RATE}", re.I), 1.0),
    ("tonne", re.compile(rf"\s*tạ{_END}{_PER_RATE}", re.I), 0.1),
)  # fmt: skip

# "điểm" is a score when the clause goes on ("73,95 điểm, ...", "65 điểm, xếp thứ 10"); a noun after it names places
# instead ("38 điểm tiếp xúc cử tri" is a count, see _COUNT_NOUNS).
_POINT_RE = re.compile(
    rf"\s*điểm{_END}(?=\s*(?:[^\w\s]|$|(?:so|trên|xếp|đứng|tăng|giảm|và|trung\s+bình|cao\s+nhất|tuyệt\s+đối){_END}))",
    re.I,
)
# A whole number of "điểm" is a score only where the sentence speaks of scoring.
_SCORE_CUE_RE = re.compile(
    r"(?<!\w)(?:số\s+điểm|chấm\s+điểm|thang\s+điểm|chỉ\s+số|xếp\s+hạng|index|pci|papi|par|sipas|tiêu\s+chí)(?!\w)", re.I
)

# Nouns counted by a bare number: what the figure is a count of. Longest first when matching.
_COUNT_NOUNS: tuple[str, ...] = (
    # meetings and the work of councils and Party committees
    "kỳ họp", "phiên họp", "phiên chất vấn", "phiên giải trình", "phiên", "cuộc", "lượt", "buổi", "đợt", "hội nghị",
    "lớp", "vị", "chuyên đề", "nghị quyết", "văn bản", "quyết định", "chỉ thị", "kế hoạch", "báo cáo", "đề án",
    "tờ trình", "kết luận", "thông báo", "dự thảo", "ý kiến", "kiến nghị", "câu hỏi", "đơn", "đơn thư", "vụ",
    "vụ việc", "vụ án", "trường hợp", "hồ sơ", "thủ tục", "tiêu chí", "chỉ tiêu", "ngày công", "phiếu", "phiếu bầu",
    "phiếu tín nhiệm", "điểm tiếp xúc cử tri", "điểm cầu", "điểm trường", "điểm bỏ phiếu", "điểm bầu cử",
    # people
    "tổ chức cơ sở đảng", "tổ chức đảng", "chi bộ", "đảng bộ", "đảng bộ cơ sở", "đảng viên", "quần chúng",
    "đồng chí", "đại biểu", "cử tri", "người", "công dân", "hộ", "hộ dân", "hộ gia đình", "hộ nghèo", "nhân khẩu",
    "lao động", "học sinh", "sinh viên", "cán bộ", "công chức", "viên chức", "hội viên", "đoàn viên", "thành viên",
    "ứng cử viên", "ứng viên", "ủy viên", "nhân sự", "cá nhân", "phó chủ tịch", "phó bí thư", "chức danh",
    "bí thư", "cấp ủy viên", "đảng ủy viên", "tiến sĩ", "thạc sĩ", "giáo sư", "phó giáo sư", "chiến sĩ", "nhân viên",
    "chức vụ", "lãnh đạo", "đồng bào", "tập thể", "gia đình", "thí sinh", "bệnh nhân", "ca", "đối tượng",
    # places and organisations
    "tổ chức", "chi hội", "tổ", "câu lạc bộ", "xã", "phường", "thị trấn", "thôn", "bản", "xóm", "tổ dân phố",
    "khu dân cư", "làng", "huyện", "quận", "tỉnh", "đơn vị", "cơ quan", "doanh nghiệp", "hợp tác xã", "cơ sở",
    "trường", "trường học", "trạm", "trụ sở",
    # works and things
    "công trình", "dự án", "tuyến", "tuyến đường", "cây cầu", "cầu", "căn nhà", "ngôi nhà", "nhà", "nhà ở",
    "căn hộ", "phòng học", "lô đất", "thửa đất", "mô hình", "sản phẩm", "con", "cây", "tin", "bài", "tin bài",
    "tác phẩm", "trang", "giấy chứng nhận", "sáng kiến", "đề tài", "hợp đồng", "gói thầu", "trang trại",
    "giấy khen", "bằng khen", "suất", "suất quà", "phần quà", "chiếc", "xe", "tàu", "biệt thự", "nhóm", "chuyến",
)  # fmt: skip
_COUNT_NOUN_RE = re.compile(
    r"\s*("
    + "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in _COUNT_NOUNS), key=len, reverse=True))
    + rf"){_END}",
    re.I,
)
# Where a bare "50 tỷ" ends a phrase, so that it reads as money ("dự án 50 tỷ, ...").
_BARE_MONEY_END_RE = re.compile(r"\s*(?:[,.;)]|$|\s(?:và|từ|cho|để|so|trong|của|với|đã)(?!\w))", re.I)
# A classifier names its thing with the words that follow it ("cuộc tiếp xúc cử tri").
_CLASSIFIERS = frozenset({"cuộc", "lượt", "buổi", "đợt", "phiên", "hội nghị", "lớp", "vị"})
_LABEL_STOP_RE = re.compile(
    r"[,;:.()\[\]\"“”!?]|\s(?:với|tại|trong|của|cho|và|ở|đã|được|để|vào|về|trên|từ|đến|nhằm|theo|gồm|là|thì|"
    r"nhưng|còn|bằng|so|chiếm|đạt|tăng|giảm)(?!" + _LETTER + r")",
    re.I,
)

# ---------------------------------------------------------------------------------------------------------------
# What a number is not.
# ---------------------------------------------------------------------------------------------------------------
# A digit that starts a number: not after a letter, "/", ".", "," or a digit and a dash (written from the digit, so
# that a search skips to the digits).
_NUMBER_START_RE = re.compile(r"\d(?<![\w/.,]\d)(?<!\d[-–]\d)")
# Words right before a number that make it a date, ordinal, term, name or document number ("kỳ họp thứ 4",
# "Nghị quyết số 02", "khóa 20", "ngày 12", "Chỉ thị 05", "Km 15", "Covid 19").
_NOT_BEFORE_RE = re.compile(
    r"(?<!"
    + _LETTER
    + r")(?:(?<!tổng\s)số|thứ|khóa|khoá|ngày|hôm|tháng|q(?:uý|úy)|kỳ|lần|đợt|vòng|điều|khoản|chương|mục|phần|"
    r"tổ|thôn|xóm|ấp|khu|khóm|đường|phố|quốc\s+lộ|tỉnh\s+lộ|tầng|phòng|lô|loại|hạng|cấp\s+độ|top|"
    r"nghị\s+quyết|nghị\s+định|quyết\s+định|chỉ\s+thị|chỉ\s+thi|thông\s+tư|kết\s+luận|đề\s+án|kế\s+hoạch|"
    r"công\s+văn|thông\s+báo|tờ\s+trình|luật|chương\s+trình|hướng\s+dẫn|quy\s+định|công\s+điện|"
    r"covid|trung\s+ương|km|tw|nq|qđ|ct|kl|ql|tl|đt|sđt|hotline|điện\s+thoại|fax|mã|biển|"
    r"nhiệm\s+kỳ|giai\s+đoạn|khung|bậc|lớp|phiên|bản|bảng|trang|hình|ảnh|sơ\s+đồ|mẫu|hạng\s+mục|"
    r"tuổi|lúc|vào\s+lúc)\s*[:.]?\s*$",
    re.I,
)
# What may follow a number that makes it a document code, a date or a range: "02-NQ/TU", "439 – QĐNS/TW",
# "12/5/2017", "13- 14/5".
_NOT_AFTER_RE = re.compile(
    r"\s*[-–]\s*[A-ZĐ]{2,}|/\s*[A-ZĐa-zđ]|\s*[-–]\s*\d|\d*/\d+/|/(?:19|20)\d{2}(?!\d)|\s*(?:tuổi|h\d|giờ|phút)(?!\w)"
)
_YEAR_RE = re.compile(r"19[5-9]\d|20\d{2}")
_OUT_OF_TOTAL_RE = re.compile(r"(?<!\w)trên\s+tổng\s+số\s*$", re.I)
_YEAR_BEFORE_RE = re.compile(r"(?<!\w)(?:năm|từ|đến|tới|cuối|đầu)\s*$", re.I)
_FRACTION_RE = re.compile(r"\s*(?:/|trên\s+(?:tổng\s+số\s+)?)\s*(\d+(?:[.,]\d+)*)(?![.,]?\d)", re.I)
# A range "25% - 35%", "5-7%": neither end is reported as a figure.
_RANGE_START_RE = re.compile(r"\s*[-–]\s*\d")
_RANGE_END_RE = re.compile(r"\d\s*(?:%|" + _LETTER + r"+)?\s*[-–]\s*$")
# Cues that what follows is a target or a plan, not a reported result: they hold to the sentence's end
# ("Phấn đấu 100% chi bộ ..., 100% đảng viên ...", "Các chỉ tiêu chủ yếu gồm: ...; ...").
_TARGET_CUE_RE = re.compile(
    r"(?<!" + _LETTER + r")(?:phấn\s+đấu|(?<!các\s)(?<!những\s)(?<!hiện\s)(?<!thành\s)(?<!đạt\s)(?<!trình\s)mục\s+tiêu"
    r"(?!\s+quốc\s+gia)|"
    r"chỉ\s+tiêu(?:(?!đạt|vượt|hoàn\s+thành)[^.;:]){0,60}:|kế\s+hoạch\s+năm[^.;:]{0,40}:|"
    r"dự\s+kiến|định\s+hướng|tầm\s+nhìn|hướng\s+tới|(?:theo|điều\s+chỉnh)\s+(?:quy|qui)\s+hoạch|"
    r"điều\s+chỉnh\s+đến\s+năm)"
    r"(?!" + _LETTER + r")",
    re.I,
)
# Cues of a directive, a condition or a future, holding to the end of their clause (the next ";"): "đề nghị ...
# bám sát 5 quy trình", "năm tới sẽ ...", "nếu ... thì".
_DIRECTIVE_CUE_RE = re.compile(
    r"(?<!" + _LETTER + r")(?:đề\s+nghị|yêu\s+cầu|cần\s+phải|sẽ|nếu|năm\s+tới|năm\s+sau|thời\s+gian\s+tới|"
    r"giai\s+đoạn\s+tới|phải\s+(?:tăng|đạt|giảm|hoàn\s+thành|bảo\s+đảm|đảm\s+bảo))(?!" + _LETTER + r")",
    re.I,
)
_FUTURE_YEAR_RE = re.compile(r"(?<!" + _LETTER + r")(?:đến|tới|vào)\s+năm\s+((?:19|20)\d{2})", re.I)
# "trên 1 ha", "/1 ha", "mỗi 1 ha": the denominator of a rate, not a figure.
_PER_UNIT_BEFORE_RE = re.compile(r"(?:trên|mỗi|/)\s*$", re.I)

# ---------------------------------------------------------------------------------------------------------------
# Qualifiers: the words right before the number.
# ---------------------------------------------------------------------------------------------------------------
_QUALIFIER_WORDS: tuple[tuple[str, str], ...] = (
    ("vượt trên", "over"),
    ("vượt hơn", "over"),
    ("cao hơn", "over"),
    ("nhiều hơn", "over"),
    ("vượt", "over"),
    ("hơn", "over"),
    ("trên", "over"),
    ("dưới", "under"),
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
_QUALIFIER_BY_WORD = dict(_QUALIFIER_WORDS)
_OUT_OF_RE = re.compile(r"\d\s*%?\s*$")
_QUALIFIER_RE = re.compile(
    r"(?<!" + _LETTER + r")(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w, _ in _QUALIFIER_WORDS) + r")\s*$",
    re.I,
)
_ESTIMATE_NEARBY_RE = re.compile(r"(?<!" + _LETTER + r")ước(?:\s+(?:đạt|tính|thực\s+hiện))?(?!" + _LETTER + r")", re.I)


@dataclass(frozen=True, slots=True)
class _CodeRule:
    """One row of the trigger table: a code fits when the unit matches and each given pattern is found.

    `before` is searched in the words since the previous figure (or clause start), `after` in the words after the
    number up to the clause's end, `around` in both, `sentence` in the whole sentence, `previous` is the code of the
    figure just before in the same sentence; `unless` vetoes the rule when found in the words around the figure.
    """

    code: str
    units: frozenset[str]
    before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None
    around: re.Pattern[str] | None = None
    sentence: re.Pattern[str] | None = None
    previous: frozenset[str] | None = None
    unless: re.Pattern[str] | None = None  # searched like `around`: the code does not fit when found


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_COUNT = frozenset({"count"})
_PERCENT = frozenset({"percent"})
_VND = frozenset({"VND"})
_AREA = frozenset({"ha", "m2"})
_REVENUE = r"(?:thu\s+(?:ngân\s+sách|nsnn|ns(?!\w)|nội\s+địa)|tổng\s+thu(?!\s*nhập))"
_EXPENDITURE = (
    r"(?:chi\s+(?:ngân\s+sách|nsnn|ns(?!\w)|thường\s+xuyên|đầu\s+tư\s+phát\s+triển)"
    r"|tổng\s+chi(?!\s*(?:bộ|hội|đoàn|cục)))"
)
_COMPARED = r"^\s*(?:so\s+(?:với\s+)?)?"

# The trigger table of TAXONOMY.md as data; the first rule that fits gives the code.
_CODE_RULES: tuple[_CodeRule, ...] = (
    _CodeRule("council_thematic_sessions_held", _COUNT, after=_rx(r"^\s*kỳ\s+họp\s+chuyên\s+đề")),
    _CodeRule("council_sessions_held", _COUNT, after=_rx(r"^\s*kỳ\s+họp")),
    _CodeRule("resolutions_passed", _COUNT, after=_rx(r"^\s*nghị\s+quyết"),
              around=_rx(r"thông\s+qua|ban\s+hành|biểu\s+quyết")),
    _CodeRule("supervisions_held", _COUNT, after=_rx(r"^\s*(?:cuộc|đợt|buổi|lượt)\s+(?:kiểm\s+tra,?\s+)?giám\s+sát")),
    _CodeRule("surveys_held", _COUNT, after=_rx(r"^\s*(?:cuộc|đợt|buổi|lượt)\s+khảo\s+sát")),
    _CodeRule("voter_meetings_held", _COUNT,
              after=_rx(r"^\s*(?:cuộc|buổi|điểm|hội\s+nghị|đợt)\s+(?:tiếp\s+xúc\s+cử\s+tri|txct)")),
    _CodeRule("citizen_receptions_held", _COUNT,
              after=_rx(r"^\s*(?:cuộc|lượt|buổi|phiên|kỳ)\s+(?:tiếp\s+(?:công\s+)?dân|đối\s+thoại)")),
    _CodeRule("citizen_receptions_held", _COUNT, before=_rx(r"tiếp\s*$"), after=_rx(r"^\s*lượt\s+công\s+dân")),
    _CodeRule("voters_attended", _COUNT, after=_rx(r"^\s*(?:lượt\s+)?cử\s+tri"),
              sentence=_rx(r"tham\s+dự|(?<!\w)dự(?!\w)|tham\s+gia|có\s+mặt|tiếp\s+xúc")),
    _CodeRule("voter_opinions", _COUNT, after=_rx(r"^\s*(?:lượt\s+)?(?:ý\s+kiến|kiến\s+nghị)"),
              sentence=_rx(r"cử\s+tri")),
    _CodeRule("documents_issued", _COUNT, after=_rx(r"^\s*văn\s+bản"), around=_rx(r"ban\s+hành|phát\s+hành")),
    _CodeRule("workdays_mobilized", _COUNT, after=_rx(r"^\s*ngày\s+công")),
    _CodeRule("party_members_admitted", _COUNT, after=_rx(r"^\s*(?:quần\s+chúng|đảng\s+viên|đồng\s+chí)"),
              around=_rx(r"kết\s+nạp")),
    _CodeRule("party_members_admitted", _COUNT, after=_rx(r"^\s*đảng\s+viên\s+mới")),
    _CodeRule("committee_members_elected", _COUNT,
              after=_rx(r"^\s*(?:đồng\s+chí|người|ủy\s+viên|nhân\s+sự)[^,;.]{0,40}?(?:ban\s+chấp\s+hành|bch)(?!\s*quân)"),
              sentence=_rx(r"bầu|trúng\s+cử")),
    _CodeRule("committee_members_elected", _COUNT, after=_rx(r"^\s*(?:đồng\s+chí|người|ủy\s+viên|nhân\s+sự)"),
              before=_rx(r"(?:bầu|trúng\s+cử)[^,;.]*(?:ban\s+chấp\s+hành|bch)[^,;.]*(?:gồm|có)\s*$")),
    _CodeRule("party_members_attending", _COUNT, after=_rx(r"^\s*(?:vị\s+)?(?:đảng\s+viên|đại\s+biểu)"),
              around=_rx(r"(?<!đi\s)(?<!\w)(?:về\s+dự|tham\s+dự|đến\s+dự|dự\s+(?:đại\s+hội|hội\s+nghị|kỳ\s+họp))"),
              unless=_rx(r"bầu|bỏ\s+phiếu|đồng\s+ý|tán\s+thành|biểu\s+quyết|nhất\s+trí")),
    _CodeRule("new_rural_criteria_met", _COUNT, after=_rx(r"^\s*tiêu\s+chí"), around=_rx(r"nông\s+thôn\s+mới|ntm")),
    _CodeRule("urban_criteria_met", _COUNT, after=_rx(r"^\s*tiêu\s+chí"), around=_rx(r"đô\s+thị")),
    _CodeRule("share_party_members_completing_tasks", _PERCENT,
              after=_rx(r"^\s*(?:số\s+)?đảng\s+viên[^,;.]*hoàn\s+thành[^,;.]*nhiệm\s+vụ")),
    _CodeRule("share_communes_new_rural", _PERCENT,
              after=_rx(r"^\s*(?:số\s+)?xã[^,;.]*(?:nông\s+thôn\s+mới|ntm)")),
    _CodeRule("budget_revenue_over_plan", _PERCENT, before=_rx(r"vượt(?:\s+(?:trên|hơn))?\s*$"),
              after=_rx(_COMPARED + r"(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán)"), previous=frozenset({"budget_revenue"})),
    _CodeRule("budget_revenue_over_plan", _PERCENT, before=_rx(_REVENUE + r"[^;]*vượt(?:\s+(?:trên|hơn))?\s*$"),
              after=_rx(_COMPARED + r"(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán)")),
    _CodeRule("budget_revenue_vs_same_period", _PERCENT, after=_rx(_COMPARED + r"cùng\s+kỳ"),
              previous=frozenset({"budget_revenue"})),
    _CodeRule("budget_revenue_vs_same_period", _PERCENT, before=_rx(_REVENUE), after=_rx(_COMPARED + r"cùng\s+kỳ")),
    _CodeRule("budget_expenditure_vs_plan", _PERCENT, after=_rx(_COMPARED + r"(?:dự\s+toán|kế\s+hoạch)"),
              previous=frozenset({"budget_expenditure"})),
    _CodeRule("budget_expenditure_vs_plan", _PERCENT, before=_rx(_EXPENDITURE),
              after=_rx(_COMPARED + r"(?:dự\s+toán|kế\s+hoạch)")),
    _CodeRule("production_value_growth", _PERCENT,
              before=_rx(r"(?:giá\s+trị\s+sản\s+xuất|tăng\s+trưởng\s+kinh\s+tế|tốc\s+độ\s+tăng\s+trưởng|grdp|gdp)"
                         r"[^;]*(?:tăng|đạt)")),
    _CodeRule("economic_structure_industry", _PERCENT, before=_rx(r"công\s+nghiệp|xây\s+dựng|ttcn"),
              sentence=_rx(r"cơ\s+cấu")),
    _CodeRule("economic_structure_agriculture", _PERCENT, before=_rx(r"nông|lâm|thủy\s+sản|thuỷ\s+sản"),
              sentence=_rx(r"cơ\s+cấu")),
    _CodeRule("economic_structure_services", _PERCENT, before=_rx(r"dịch\s+vụ|thương\s+mại"),
              sentence=_rx(r"cơ\s+cấu")),
    _CodeRule("output_value_per_ha", _VND, before=_rx(r"(?:giá\s+trị|thu)[^;]*(?:trên|/|mỗi)\s*(?:1|một)?\s*ha")),
    _CodeRule("output_value_per_ha", _VND, before=_rx(r"giá\s+trị|(?<!\w)thu(?!\s*hồi)|sản\s+xuất"),
              after=_rx(r"^\s*(?:/|trên\s+|mỗi\s+)(?:1\s*|một\s+)?ha")),
    _CodeRule("income_per_capita", _VND, before=_rx(r"thu\s+nhập\s+bình\s+quân")),
    _CodeRule("total_social_investment", _VND, before=_rx(r"đầu\s+tư\s+(?:toàn\s+)?xã\s+hội")),
    _CodeRule("budget_revenue", _VND, before=_rx(_REVENUE)),
    _CodeRule("budget_expenditure", _VND, before=_rx(_EXPENDITURE)),
    _CodeRule("land_donated_area", _AREA, before=_rx(r"hiến")),
    _CodeRule("land_donated_area", _AREA, after=_rx(r"^\s*đất\s+(?:do\s+)?(?:nhân\s+dân\s+)?hiến")),
    _CodeRule("planted_area", _AREA, before=_rx(r"gieo\s+(?:trồng|cấy)")),
    _CodeRule("new_forest_area", _AREA, before=_rx(r"trồng\s+(?:mới\s+)?rừng|rừng\s+trồng")),
    _CodeRule("new_forest_area", _AREA, before=_rx(r"trồng\s+mới\s*$"), after=_rx(r"rừng")),
    _CodeRule("fruit_tree_area", _AREA, before=_rx(r"cây\s+ăn\s+quả")),
    _CodeRule("urban_classification_score", frozenset({"point"}), sentence=_rx(r"đô\s+thị")),
)  # fmt: skip


@dataclass(slots=True)
class _Figure:
    """A figure found in one sentence, before it becomes an `IndicatorMention`."""

    value: float
    unit: str
    qualifier: str | None
    start: int  # the figure's words, qualifier included
    end: int
    number_start: int
    noun_start: int | None  # where the counted noun begins, for counts; it ends with the figure


def _noun(figure: _Figure, s: str) -> str | None:
    """The counted noun of a count figure, from the sentence `s`."""
    if figure.noun_start is None:
        return None
    return " ".join(s[figure.noun_start : figure.end].split())


def _after(figure: _Figure, s: str) -> str:
    """The words after the figure up to the clause's end (at most ten words), from the sentence `s`."""
    rest = s[figure.end :]
    stop = re.search(r"[,;:.()\[\]!?]", rest)
    clause = rest[: stop.start()] if stop else rest
    return " ".join(clause.split()[:10])


def extract_indicators(ctx: DocumentContext) -> list[IndicatorMention]:
    """Every reported figure of the article body, in text order.

    >>> from transforms.model import Sentence
    >>> text = "Tổng thu ngân sách đạt 34 tỷ đồng, bằng 135% cùng kỳ."
    >>> [(m.value, m.unit, m.indicator_code) for m in extract_indicators(
    ...     DocumentContext(clean_text=text, sentences=(Sentence(0, len(text)),)))]
    [(34000000000.0, 'VND', 'budget_revenue'), (135.0, 'percent', 'budget_revenue_vs_same_period')]
    """
    text = ctx.clean_text or ""
    work = _working_text(text)
    excluded = _title_spans(text, ctx.title) + _link_spans(text)
    published_year = ctx.published_at.year if ctx.published_at is not None else None
    # a period written without its year takes the publication year, else the year the text itself points to; only a
    # known publication year tells a target year ("đến năm 2025") from a past one
    default_year = published_year if published_year is not None else text_year(text)
    mentions: list[IndicatorMention] = []
    paragraph: list[Sentence] = []  # the sentences before this one in its paragraph, which may give its period
    for sentence in _sentences(ctx, text):
        if paragraph and "\n" in text[paragraph[-1].end : sentence.start]:
            paragraph = []
        found = _sentence_mentions(text, work, sentence, (published_year, default_year), paragraph)
        mentions.extend(m for m in found if not any(s <= m.char_start < e for s, e in excluded))
        paragraph.append(sentence)
    return mentions


def _sentence_mentions(
    text: str, work: str, sentence: Sentence, years: tuple[int | None, int | None], paragraph: list[Sentence]
) -> list[IndicatorMention]:
    """The figures of one sentence, coded in order (a comparison's code depends on the figure before it).

    `years` is (the publication year, which tells a target year from a past one; the year that a period written
    without one takes)."""
    s_work = work[sentence.start : sentence.end]
    s_text = text[sentence.start : sentence.end]
    figures = _figures(s_work)
    if figures:
        zones = _target_zones(s_work, years[0])
        figures = [f for f in figures if not any(z0 <= f.number_start < z1 for z0, z1 in zones)]
    if not figures:
        return []
    default_year = years[1]
    periods = find_periods(s_text, default_year)
    mentions: list[IndicatorMention] = []
    previous_code: str | None = None
    previous_label: str | None = None
    segment_start = 0
    for figure in figures:
        lead_start = _segment_start(s_work, segment_start, figure.start)
        code = _indicator_code(figure, s_work[lead_start : figure.number_start], s_work, previous_code)
        label = _label(figure, s_text, lead_start, previous_label)
        period = period_at(s_text, periods, figure.number_start)
        if period[0] is None:
            period = _paragraph_period(text, paragraph, default_year)
        period = resolve_past_term(period, text, default_year)
        mentions.append(
            IndicatorMention(
                value=figure.value,
                unit=figure.unit,
                qualifier=figure.qualifier,
                indicator_code=code,
                indicator_label=label,
                text=s_text[figure.start : figure.end],
                char_start=sentence.start + figure.start,
                char_end=sentence.start + figure.end,
                sentence_start=sentence.start,
                sentence_end=sentence.end,
                period_label=period[0],
                period_start=period[1],
                period_end=period[2],
            )
        )
        if figure.unit != "percent":  # the figure that a following "bằng N% cùng kỳ" compares
            previous_code, previous_label = code, label
        segment_start = figure.end
    return mentions


def _paragraph_period(text: str, paragraph: list[Sentence], default_year: int | None) -> Period:
    """The period that opens the latest sentence before, within the paragraph, that opens with one ("Trong 9 tháng
    đầu năm ... . Tổng thu ngân sách đạt 34 tỷ đồng" covers the nine months); a period said inside another clause
    ("xã A đạt 19/19 tiêu chí ngay trong 6 tháng đầu năm") is not carried over."""
    for sentence in reversed(paragraph):
        period = framing_period(text[sentence.start : sentence.end], default_year)
        if period[0] is not None:
            return period
    return None, None, None


# ---------------------------------------------------------------------------------------------------------------
# Finding figures
# ---------------------------------------------------------------------------------------------------------------
def _figures(s: str) -> list[_Figure]:
    """The figures of one sentence, in order.

    >>> [(f.value, f.unit, f.qualifier) for f in _figures("đạt trên 11.800ha; trồng rừng mới 649ha")]
    [(11800.0, 'ha', 'over'), (649.0, 'ha', None)]
    >>> _figures("Ngày 07/5/2020, kỳ họp thứ 4 khóa XXII, Nghị quyết số 02-NQ/TU, trong 5 năm qua")
    []
    """
    figures: list[_Figure] = []
    pos = 0
    while True:
        m = _NUMBER_START_RE.search(s, pos)
        if m is None:
            break
        figure, resume = _figure_at(s, m.start())
        if figure is not None:
            figures.append(figure)
        pos = max(resume, m.start() + 1)
    return _drop_overlaps(figures)


# A vote count whose digits a word segmenter spaced apart: "3 9/4 0" is 39 of 40 votes.
_SPACED_VOTES_RE = re.compile(r"(\d) (\d)\s*/\s*(\d) (\d)(?!\d|[.,]\d)")
_VOTES_NEAR_RE = re.compile(r"phiếu|đại\s+biểu|biểu\s+quyết|tán\s+thành|đồng\s+ý", re.I)


def _spaced_votes(s: str, start: int) -> tuple[_Figure | None, int]:
    """A vote count written "3 9/4 0" at `start` (the sentence must speak of votes): the figure 39, of 40.

    >>> f, _ = _spaced_votes("được bầu với số phiếu 3 9/4 0.", 22)
    >>> (f.value, f.unit, f.end)
    (39.0, 'count', 29)
    """
    m = _SPACED_VOTES_RE.match(s, start)
    if m is None or not _VOTES_NEAR_RE.search(s):
        return None, start
    value, total = int(m.group(1) + m.group(2)), int(m.group(3) + m.group(4))
    if value > total:
        return None, start
    end = m.end()
    noun = _COUNT_NOUN_RE.match(s, end)
    noun_start = noun.start(1) if noun is not None else None
    end = _noun_end(s, noun) if noun is not None else end
    figure = _Figure(value=float(value), unit="count", qualifier=None, start=start, end=end, number_start=start,
                     noun_start=noun_start)  # fmt: skip
    return figure, end


def _figure_at(s: str, start: int) -> tuple[_Figure | None, int]:
    """The figure whose number starts at `start`, if it is one, and where to look for the next number."""
    spaced, resume = _spaced_votes(s, start)
    if spaced is not None:
        return spaced, resume
    amount = AMOUNT_RE.match(s, start)
    if amount is None:  # pragma: no cover - the start is a digit, so at least one digit matches
        return None, start + 1
    end = amount.end()
    before = s[:start]
    if _NOT_BEFORE_RE.search(before[-40:]) or _NOT_AFTER_RE.match(s, end) or _RANGE_END_RE.search(before[-40:]):
        return None, _skip_number_run(s, end)
    if _OUT_OF_TOTAL_RE.search(before[-25:]):  # "(trên tổng số 10.000 người)": the total another figure is of
        return None, _skip_number_run(s, end)
    if _YEAR_RE.fullmatch(amount.group(0)) and _YEAR_BEFORE_RE.search(before[-20:]):
        return None, _skip_number_run(s, end)  # "năm 2011 Người ...": a year, whatever follows
    value = parse_amount(amount.group(0))
    fraction_end = _fraction_end(s, end, amount.group(0), value)
    if fraction_end is None:
        return None, _skip_number_run(s, end)
    if value is None or not math.isfinite(value):
        return None, fraction_end
    unit, factor, unit_end, noun_start = _unit_after(s, fraction_end, amount.group(0), is_fraction=fraction_end != end)
    if unit is None and _is_stated_total(before, s, fraction_end, amount.group(0)):
        unit, factor, unit_end = "count", 1.0, fraction_end
    if unit is None:
        return None, fraction_end
    if _RANGE_START_RE.match(s, unit_end):  # "25% - 35%": a range, neither end a figure
        return None, _skip_number_run(s, unit_end)
    value *= factor
    if value == 0:  # "mức 0 đồng", "0 phiếu": an absence, not a reported figure
        return None, unit_end
    if value == 1 and _PER_UNIT_BEFORE_RE.search(before[-10:]):
        return None, unit_end
    qualifier, q_start = _qualifier(before)
    if unit == "count" and qualifier is None and _YEAR_RE.fullmatch(amount.group(0)):
        return None, unit_end  # "Highlander 2017 bản LE": an unqualified year-like count is a year or a name
    figure = _Figure(
        value=value,
        unit=unit,
        qualifier=qualifier,
        start=q_start if q_start is not None else start,
        end=unit_end,
        number_start=start,
        noun_start=noun_start,
    )
    return figure, unit_end


# "Tổng số cấp ủy viên được bầu là 3.504, trong đó ...": a bare number that a "tổng số"/"số lượng" subject is said
# to be, ending its clause, is a count of that subject.
_TOTAL_SUBJECT_RE = re.compile(r"(?<!\w)(?:tổng\s+số|số\s+lượng)(?!\w)[^;:,.()]{1,80}?\s(?:là|đạt|có)\s*$", re.I)
_CLAUSE_END_RE = re.compile(r"\s*(?:[,;.)]|$|\s(?:trong|người|và)(?!\w))", re.I)


def _is_stated_total(before: str, s: str, end: int, number: str) -> bool:
    """Whether a bare number is the count a "tổng số ..." subject is said to be.

    >>> _is_stated_total("Tổng số cấp ủy viên được bầu là ", "là 3.504, trong đó", 8, "3.504")
    True
    >>> _is_stated_total("Tổng số cấp ủy viên được bầu là ", "là 3.504 tỷ", 8, "3.504")
    False
    """
    if re.search(r"[^\d.,]", number):
        return False  # a magnitude word without its unit is no count
    return bool(_TOTAL_SUBJECT_RE.search(before[-90:])) and bool(_CLAUSE_END_RE.match(s, end))


def _fraction_end(s: str, end: int, number: str, value: float | None) -> int | None:
    """Past "N/M" or "N trên (tổng số) M" after a plain number (the figure is N); `end` when there is no fraction;
    None when the fraction is no figure: a date, a proportion such as "2/3", or N above M.

    >>> _fraction_end("19/19 tiêu chí", 2, "19", 19.0), _fraction_end("đạt 2/3 số", 5, "2", 2.0)
    (5, None)
    """
    m = _FRACTION_RE.match(s, end)
    if m is None or not re.fullmatch(r"\d+(?:[.,]\d+)*", number):
        return end
    denominator = parse_vietnamese_number(m.group(1))
    if denominator is None or value is None or value > denominator or _NOT_AFTER_RE.match(s, m.end()):
        return None
    if m.group(0).lstrip().startswith("/") and denominator <= 4 and value < denominator:
        return None
    return m.end()


def _skip_number_run(s: str, pos: int) -> int:
    """Past the rest of a date, range or code ("12/5/2017", "2015-2020"), so none of its parts reads as a figure."""
    m = re.match(r"(?:\s*[-–/]\s*\d+(?:[.,]\d+)*)*", s[pos:])
    return pos + (m.end() if m else 0)


def _unit_after(s: str, pos: int, number: str, is_fraction: bool) -> tuple[str | None, float, int, int | None]:
    """The unit after a number at `pos`: (unit, factor, end, counted noun's start); unit None when none follows.

    A number with magnitude words and no unit is money where it reads as money ("dự án 50 tỷ").
    """
    has_magnitude = re.search(r"tỷ|tỉ|triệu", number, re.I) is not None
    for unit, pattern, factor in _MEASURE_UNITS:
        m = pattern.match(s, pos)
        if m is not None:
            return (None, 1.0, pos, None) if is_fraction and unit == "percent" else (unit, factor, m.end(), None)
    if not is_fraction:
        point = _POINT_RE.match(s, pos)
        if point is not None and (re.search(r"[.,]\d", number) or _SCORE_CUE_RE.search(s)):
            return "point", 1.0, point.end(), None
    noun = _COUNT_NOUN_RE.match(s, pos)
    if noun is not None:
        return "count", 1.0, _noun_end(s, noun), noun.start(1)
    if has_magnitude and not is_fraction and _BARE_MONEY_END_RE.match(s, pos):
        return "VND", 1.0, pos, None
    return None, 1.0, pos, None


def _noun_end(s: str, noun: re.Match[str]) -> int:
    """Where a counted noun's words end: a classifier takes the words naming its thing ("cuộc giám sát")."""
    word = match_key(noun.group(1))
    if word not in _CLASSIFIERS:
        return noun.end()
    rest = s[noun.end() :]
    stop = _LABEL_STOP_RE.search(rest)
    limit = stop.start() if stop else len(rest)
    words = list(re.finditer(r"\S+", rest[:limit]))[:4]
    return noun.end() + words[-1].end() if words else noun.end()


def _drop_overlaps(figures: list[_Figure]) -> list[_Figure]:
    """The figures in order, none sharing words with the one before (a qualifier may reach back)."""
    kept: list[_Figure] = []
    for f in figures:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


def _qualifier(before: str) -> tuple[str | None, int | None]:
    """The qualifier written right before a number, and where its words start.

    >>> _qualifier("đạt trên "), _qualifier("huy động gần "), _qualifier("ước đạt "), _qualifier("tổng số ")
    (('over', 4), ('nearly', 9), ('estimated', 0), (None, None))
    """
    offset = max(0, len(before) - 40)
    m = _QUALIFIER_RE.search(before, offset)
    if m is not None:
        word = " ".join(m.group(1).casefold().split())
        if word == "trên" and _OUT_OF_RE.search(before[offset : m.start(1)]):
            return None, None  # "97% trên 105 đại biểu": out of, not over
        return _QUALIFIER_BY_WORD.get(word), m.start(1)
    recent = before[-30:]
    clause = re.split(r"[,;:(]|[.!?](?=\s)", recent)[-1]
    if _ESTIMATE_NEARBY_RE.search(clause):
        return "estimated", None
    return None, None


def _target_zones(s: str, default_year: int | None) -> list[tuple[int, int]]:
    """The stretches of a sentence that state targets, plans or directives: from a target cue to the sentence's
    end, from a directive cue to its clause's end (the next ";"), from a year after the publication year to the end.

    >>> s = "Đề nghị rà soát; đã tổ chức 5 cuộc. Phấn đấu 100% chi bộ"
    >>> _target_zones(s, None)
    [(7, 15), (44, 56)]
    """
    zones = [(m.end(), _stop_after(s, m.end(), _SENTENCE_STOP_RE)) for m in _TARGET_CUE_RE.finditer(s)]
    zones += [(m.end(), _stop_after(s, m.end(), _CLAUSE_STOP_RE)) for m in _DIRECTIVE_CUE_RE.finditer(s)]
    if default_year is not None:
        zones += [
            (m.end(), _stop_after(s, m.end(), _SENTENCE_STOP_RE))
            for m in _FUTURE_YEAR_RE.finditer(s)
            if int(m.group(1)) > default_year
        ]
    return sorted(zones)


# A sentence's end inside a span that may hold several (a whole line when the sentences were not split): a full stop
# after a lower-case word and before a space ("... nhiệm vụ. Hàng năm"), not after an abbreviation ("TP. HCM").
_SENTENCE_STOP_RE = re.compile(r"(?<=[^\W\d_]{2})[.!?…](?=\s|$)")
_CLAUSE_STOP_RE = re.compile(r"(?<=[^\W\d_]{2})[.!?…](?=\s|$)|;")


def _stop_after(s: str, pos: int, stop: re.Pattern[str]) -> int:
    """Where the sentence (or clause) that goes on at `pos` ends.

    >>> s = "Nếu thông qua, TP. HCM sẽ chi 720 tỷ đồng. Năm 2018 thu 5 tỷ"
    >>> _stop_after(s, 3, _SENTENCE_STOP_RE)
    41
    """
    for m in stop.finditer(s, pos):
        if m.group(0) == ";" or s[m.start() - 1].islower():
            return m.start()
    return len(s)


# ---------------------------------------------------------------------------------------------------------------
# Codes and labels
# ---------------------------------------------------------------------------------------------------------------
def _segment_start(s: str, previous_end: int, figure_start: int) -> int:
    """Where the words leading to a figure begin: after the previous figure and after the last ';'."""
    start = previous_end
    for m in re.finditer(r";", s[previous_end:figure_start]):
        start = previous_end + m.end()
    return start


def _indicator_code(figure: _Figure, before: str, sentence: str, previous_code: str | None) -> str | None:
    """The first code of the trigger table that fits the figure, or None."""
    # a count is known by its noun and what follows it; a measure by the words after its unit
    after = sentence[figure.noun_start :] if figure.noun_start is not None else _after(figure, sentence)
    around = before + " " + (_noun(figure, sentence) or "") + " " + _after(figure, sentence)
    for rule in _CODE_RULES:
        if figure.unit not in rule.units:
            continue
        if rule.previous is not None and (previous_code not in rule.previous or len(before.split()) > 3):
            continue  # a comparison belongs to the figure before it only when nothing else is named in between
        if rule.before is not None and not rule.before.search(before):
            continue
        if rule.after is not None and not rule.after.search(after):
            continue
        if rule.around is not None and not rule.around.search(around):
            continue
        if rule.sentence is not None and not rule.sentence.search(sentence):
            continue
        if rule.unless is not None and rule.unless.search(around):
            continue
        return rule.code
    return None


_TRAILING_VERBS_RE = re.compile(
    r"(?:\s+(?:đạt|là|được|có|bằng|chiếm|với|tới|lên|đến|ở\s+mức|còn|tổng\s+cộng|gồm|khoảng|ước|ước\s+đạt|"
    r"ước\s+tính))+\s*$",
    re.I,
)


def _label(figure: _Figure, s: str, lead_start: int, previous_label: str | None) -> str:
    """What the figure counts or measures, in the article's words (`s` is the sentence as written).

    A count names its noun; a share names what follows it ("95% chi bộ hoàn thành tốt nhiệm vụ"); anything else
    names the words leading to it ("Tổng thu ngân sách đạt 34 tỷ" -> "Tổng thu ngân sách"), and a comparison
    names the figure it compares ("bằng 135% cùng kỳ" -> "Tổng thu ngân sách so với cùng kỳ").
    """
    noun = _noun(figure, s)
    if figure.unit == "count" and noun:
        return noun
    after = _after(figure, s)
    if figure.unit == "percent" and after and not _COMPARISON_AFTER_RE.match(after):
        return after
    lead = _lead_words(s[lead_start : figure.start])
    if previous_label and len(lead.split()) <= 1:
        base = re.split(r"\s(?:và|trong|để|của)\s|\d", after, maxsplit=1)[0]
        comparison = base if re.match(r"so(?!\w)", base, re.I) else f"so với {base}" if base else ""
        return " ".join(f"{previous_label} {lead} {comparison}".split())
    if figure.unit != "percent" and len(lead.split()) <= 2 and after and not _COMPARISON_AFTER_RE.match(after):
        return f"{lead} {after}".strip()
    return lead or after or figure.unit


_COMPARISON_AFTER_RE = re.compile(
    r"(?:so|cùng\s+kỳ|dự\s+toán|kế\s+hoạch|chỉ\s+tiêu|nghị\s+quyết|nq|trở\s+lên|trong|năm|/)(?!\w)", re.I
)


def _lead_words(before: str) -> str:
    """The words leading to a figure without its verb: the last clause, at most eight words.

    >>> _lead_words("Thu nhập bình quân đầu người ước đạt ")
    'Thu nhập bình quân đầu người'
    >>> _lead_words("; nhân dân đã hiến trên ")
    'nhân dân đã hiến'
    """
    parts = [" ".join(p.split()) for p in re.split(r"[;:]", before)]
    lead = next((p for p in reversed(parts) if p.strip(" ,")), "")
    qualifier = _QUALIFIER_RE.search(lead)
    if qualifier is not None:
        lead = lead[: qualifier.start()]
    lead = _TRAILING_VERBS_RE.sub("", " " + lead).strip(" ,-–(").strip()
    if len(lead.split()) > 4 and "," in lead:
        lead = lead.rsplit(",", 1)[-1]
    lead = re.sub(r"^(?:và|trong\s+đó|thì|đó\s+là|là|có|gồm)\s+", "", lead.strip(" ,"), flags=re.I)
    return " ".join(lead.split()[-8:])


# ---------------------------------------------------------------------------------------------------------------
# Document structure
# ---------------------------------------------------------------------------------------------------------------
def _working_text(text: str) -> str:
    """The text with one tone-mark style for matching, when that keeps every offset; else the text itself."""
    unified = document_tones(text)
    return unified if len(unified) == len(text) else text


# A line that points to another article ("> > Xem thêm: 22 Ủy viên UBND ...", "Tin liên quan: ..."): its numbers are
# that article's headline, not figures of this one.
_LINK_LINE_RE = re.compile(r"[ \t]*(?:>[ \t>]*|(?:Xem|Đọc)\s+thêm\s*:|Tin\s+liên\s+quan\s*:)[^\n]*", re.I)


def _link_spans(text: str) -> list[tuple[int, int]]:
    """The lines of `text` that link to other articles.

    >>> _link_spans("Tổ chức 5 kỳ họp.\\n> > Xem thêm: 105 đại biểu HĐND")
    [(18, 49)]
    """
    spans = []
    pos = 0
    for line in text.split("\n"):
        if _LINK_LINE_RE.fullmatch(line):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _title_spans(text: str, title: str | None) -> list[tuple[int, int]]:
    """The title line (the first line, when the document has a title that it repeats) and any line repeating it.

    >>> _title_spans("Tổ chức 5 kỳ họp\\nNăm nay tổ chức 5 kỳ họp.", "Tổ chức 5 kỳ họp")
    [(0, 16)]
    """
    if not title or not title.strip():
        return []
    key = match_key(title)
    key_letters = len(key) - key.count(" ")
    spans: list[tuple[int, int]] = []
    pos = 0
    for index, line in enumerate(text.split("\n")):
        if index and _longer_than_key(line, key_letters):
            pos += len(line) + 1
            continue
        line_key = match_key(line)
        if line_key and (line_key == key or (index == 0 and (key in line_key or line_key in key))):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _longer_than_key(line: str, key_letters: int) -> bool:
    """Whether the key of a line in NFC is sure to hold more than `key_letters` characters besides spaces: keying
    drops only spaces from such a line, so it has at least as many others as the line.

    >>> _longer_than_key("Năm nay tổ chức", 10), _longer_than_key("Năm nay", 10)
    (True, False)
    """
    return len("".join(line.split())) > key_letters and unicodedata.is_normalized("NFC", line)


def _sentences(ctx: DocumentContext, text: str) -> list[Sentence]:
    """The document's sentences, or its non-empty lines when it has none; spans outside the text are dropped."""
    sentences = [s for s in ctx.sentences if 0 <= s.start < s.end <= len(text)]
    if sentences or not text:
        return sorted(sentences, key=lambda s: s.start)
    spans: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append(Sentence(pos, pos + len(line)))
        pos += len(line) + 1
    return spans
