"""Is a page local-government news? A cheap two-stage verdict run on every crawled page.

An article is relevant when its headline or opening reports, as its news, an act of a local-government, Party or
Front body at province, district or commune level, or of an office holder acting for it: a meeting it holds or
attends as the counterpart (council session, Party conference or congress, briefing, review, working session, voter
meeting, citizen reception or dialogue, supervision or inspection visit, its own press conference, a ceremony it
organises), a personnel decision about its office holders, a decision or directive it issues (a province's People's
Committee directing something is its work), or its work results and programme. National bodies (Quốc hội, Chính phủ,
ministries, the central Party organs) count only when a local body is a party. Sport, showbiz, business, world news,
crime, accidents and disasters in which an official is only a source or a victim, festivals, and stories in which a
body is only context or a quoted source are not relevant. `bench/data/README.md` gives the full definition the
labelled sample was judged against.

Stage 1 (every page): the title and the first `WINDOW_CHARS` characters are scanned by two Aho-Corasick automata
in C (every phrase in each casing and both tone styles), each stopping at its first hit; a page that names no local
body or office holder, or no meeting, personnel, decision or result word, is irrelevant at once. Stage 2 (about one
page in twelve): the opening is folded (`unify_tones`, casefold, single spaces), cut into the title and its
sentences (captions and repeated sentences dropped), and matched once more with word boundaries; generic plurals
("UBND các tỉnh"), masking phrases ("giao thông" for "giao") and events a national body owns ("kỳ họp thứ 6 Quốc
hội") are dropped. In a sentence, a decision or directive counts only when a body or a province named as actor
governs it ("UBND tỉnh vừa yêu cầu", "Hà Nội đề xuất", "công văn của UBND tỉnh"), not when the body is a source
("UBND xã cho biết") or an object ("đề nghị UBND tỉnh"); in the title an act counts when it opens the headline. A
unit naming a body with an event or a governed act is evidence, weighted by how near the top it stands and by what
it names (a formal meeting counts more than a decision told in the third sentence); incident, national-only,
press-answer and festival cues in the title or first sentence count against. Every phrase and weight is data here;
`reason` lists the rules that fired.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import ahocorasick

from transforms.model import Relevance
from transforms.text import unify_tones

WINDOW_CHARS = 1200  # the title and this much of the text are read; the verdict never looks further
THRESHOLD = 2.0


def _alt(phrases: str) -> tuple[str, ...]:
    """A phrase list written as one string, alternatives separated by " | ".

    >>> _alt("kỳ họp | phiên họp")
    ('kỳ họp', 'phiên họp')
    """
    return tuple(p.strip() for p in phrases.split("|"))


# --- the phrase tables (folded: new tone style, lower case, single spaces) -----------------------------------------

# The provinces and centrally governed cities as pages name them (before the 2025 reform; the reformed provinces keep
# these names), with the short forms headlines use. A province named as the actor of a decision ("Hà Nội đề xuất")
# or with an office ("Bí thư Đà Nẵng") stands for its government.
PROVINCES: tuple[str, ...] = _alt(
    "an giang | bà rịa - vũng tàu | bà rịa-vũng tàu | bà rịa vũng tàu | br-vt | bạc liêu | bắc giang | bắc kạn | "
    "bắc cạn | bắc ninh | bến tre | bình dương | bình định | bình phước | bình thuận | cà mau | cao bằng | cần thơ | "
    "đà nẵng | đắk lắk | đắc lắc | đăk lăk | đắk nông | đăk nông | điện biên | đồng nai | đồng tháp | gia lai | "
    "hà giang | hà nam | hà nội | hn | hà tĩnh | hải dương | hải phòng | hậu giang | hòa bình | hưng yên | khánh hòa | "
    "kiên giang | kon tum | lai châu | lạng sơn | lào cai | lâm đồng | long an | nam định | nghệ an | ninh bình | "
    "ninh thuận | phú thọ | phú yên | quảng bình | quảng nam | quảng ngãi | quảng ninh | quảng trị | sóc trăng | "
    "sơn la | tây ninh | thái bình | thái nguyên | thanh hóa | thừa thiên huế | thừa thiên - huế | thừa thiên-huế | "
    "huế | tp.hcm | tp. hcm | tp hcm | tphcm | hcm | tp hồ chí minh | tp. hồ chí minh | tp.hồ chí minh | hồ chí minh | "
    "sài gòn | trà vinh | tuyên quang | vĩnh long | vĩnh phúc | yên bái"
)

# Slots that templates such as "chính quyền {level}" are expanded with.
SLOTS: dict[str, tuple[str, ...]] = {
    "level": _alt("tỉnh | thành phố | tp | huyện | quận | thị xã | tx | xã | phường | thị trấn"),
    "party_level": _alt("tỉnh | thành | huyện | thị | quận"),
    "mass": _alt("phụ nữ | nông dân | cựu chiến binh | thanh niên | công đoàn | liên đoàn lao động | lđlđ"),
    "unit": _alt("đoàn | cuộc | buổi | kết quả | chương trình"),
    "person": _alt("ông | bà | đồng chí | tham gia | giữ | làm"),
    "office": _alt("chủ tịch | bí thư | lãnh đạo | chính quyền"),
    "province": PROVINCES,
    "ministry": _alt(
        "công an | quốc phòng | tài chính | xây dựng | nội vụ | y tế | giáo dục | công thương | nông nghiệp | "
        "giao thông | tài nguyên | ngoại giao | tư pháp | văn hóa | kế hoạch | lao động | thông tin"
    ),
}

# A local body or office holder. "Ủy ban nhân dân" and "Hội đồng nhân dân" exist only below the centre; "Tỉnh ủy",
# "Huyện ủy"... are territorial Party committees; voters of a place and a National Assembly delegation meeting them
# are local events.
BODY_PHRASES: dict[str, tuple[str, ...]] = {
    "council": _alt("hđnd | hội đồng nhân dân"),
    "people's committee": _alt("ubnd | ủy ban nhân dân | chính quyền {level}"),
    "front": _alt("ubmttq | mttq | ủy ban mặt trận | mặt trận tổ quốc {level} | mặt trận tổ quốc việt nam {level}"),
    "party committee": _alt("{party_level} ủy | đảng ủy {level} | đảng ủy khối | cấp ủy"),
    "party organisation": _alt("đảng bộ {level} | đảng bộ cơ quan | đảng bộ khối | ban chấp hành đảng bộ | chi bộ"),
    "mass organisation": _alt("{mass} {level}"),
    "local leadership": _alt("lãnh đạo {level} | bí thư {level} | chủ tịch {level} | {office} {province}"),
    "host locality": _alt("làm việc tại {level} | làm việc với {level} | công tác tại {level}"),
    "assembly delegation": _alt("đoàn đbqh | đoàn đại biểu quốc hội"),
    "voters": _alt("tiếp xúc cử tri | tiếp xúc với cử tri | cử tri {level}"),
}

# What the body does in a meeting, a personnel decision or a report on its work. These count wherever they stand.
EVENT_PHRASES: dict[str, tuple[str, ...]] = {
    "session": _alt("kỳ họp | phiên họp | phiên khai mạc | phiên bế mạc | phiên thảo luận"),
    "meeting": _alt(
        "cuộc họp | buổi họp | họp bất thường | họp thường kỳ | họp chuyên đề | họp phiên | họp lần | họp bàn | "
        "họp về | họp với | họp định kỳ | họp mặt | gặp mặt | nhóm họp"
    ),
    "conference": _alt("hội nghị"),
    "congress": _alt("đại hội"),
    "working session": _alt(
        "buổi làm việc | cuộc làm việc | làm việc với | thăm và làm việc | đoàn công tác | đoàn kiểm tra | "
        "buổi tiếp | có buổi tiếp | tiếp đoàn | tiếp đại sứ | chúc tết"
    ),
    "voter meeting": _alt(
        "tiếp xúc cử tri | tiếp xúc với cử tri | cử tri kiến nghị | cử tri đề nghị | cử tri phản ánh | ý kiến cử tri | "
        "kiến nghị của cử tri | với cử tri"
    ),
    "citizen reception": _alt("tiếp công dân | tiếp dân | tiếp người dân | đối thoại"),
    "briefing": _alt("giao ban | sơ kết | tổng kết"),
    "hearing": _alt("chất vấn | phiên giải trình | buổi giải trình"),
    "supervision": _alt(
        "{unit} giám sát | giám sát chuyên đề | giám sát việc | giám sát tại | khảo sát tại | khảo sát việc | "
        "khảo sát tình hình | kiểm tra việc thực hiện | kiểm tra công tác | kiểm tra tình hình"
    ),
    "ceremony": _alt(
        "lễ kỷ niệm | năm ngày thành lập | đón nhận huân chương | lễ đón nhận | đón nhận danh hiệu | lễ đặt tên | "
        "lễ tôn vinh | lễ công bố"
    ),
    "election": _alt(
        "được bầu | bầu giữ | bầu làm | bầu bổ sung | bầu chủ tịch | bầu phó | bầu bí thư | bầu ủy viên | "
        "bầu các chức danh | bầu ban | bầu thường trực | bầu cử | tái cử | tái đắc cử | đắc cử | trúng cử | "
        "phiếu tín nhiệm | hiệp thương"
    ),
    "appointment": _alt(
        "bổ nhiệm | miễn nhiệm | bãi nhiệm | từ nhiệm | điều động | chỉ định {person} | trao quyết định | giữ chức | "
        "thôi giữ chức | thôi làm | thôi nhiệm vụ | thôi chức | xin thôi | nhận nhiệm vụ | kiện toàn | luân chuyển | "
        "tân bí thư | tân chủ tịch | tân phó | nhậm chức | phê chuẩn | công bố quyết định | nghỉ hưu | về hưu | "
        "làm bí thư | làm phó bí thư | làm chủ tịch | làm phó chủ tịch | được chỉ định | được phân công | "
        "được giới thiệu | được điều động"
    ),
    "discipline": _alt(
        "kỷ luật | khai trừ | cách chức | cách hết | mất chức | cảnh cáo | khiển trách | kiểm điểm | khuyết điểm"
    ),
    "resolution": _alt(
        "thông qua nghị quyết | thông qua các nghị quyết | thông qua đề án | thông qua tờ trình | "
        "thông qua dự thảo | thông qua báo cáo | thông qua quyết định | biểu quyết | quyết nghị | ban hành nghị quyết"
    ),
    "work results": _alt(
        "kết quả hoạt động | kết quả công tác | kết quả thực hiện nhiệm vụ | chương trình công tác | nhiệm vụ năm | "
        "nhiệm vụ trọng tâm | nhiệm vụ chính trị | phương hướng nhiệm vụ | phương hướng, nhiệm vụ | "
        "hoàn thành nhiệm vụ | hoàn thành tốt nhiệm vụ | hoàn thành xuất sắc nhiệm vụ | kế hoạch công tác | "
        "nông thôn mới | tình hình kinh tế - xã hội | tình hình kinh tế, xã hội | phát triển kinh tế - xã hội"
    ),
}

# Decisions and directives. A verb counts in a sentence only when a body or a province governs it ("UBND tỉnh vừa
# ban hành", "Hà Nội đề xuất", "do HĐND TP chủ trì"); a document noun when a body follows it ("công văn của UBND
# tỉnh", "Nghị quyết HĐND"). In the title one also counts when it opens the headline ("Hủy nhiều văn bản...").
ACT_VERBS: tuple[str, ...] = _alt(
    "yêu cầu | chỉ đạo | giao | đề nghị | đề xuất | đốc thúc | chấn chỉnh | quán triệt | phát động | kêu gọi | cấm | "
    "cấm cửa | tạm dừng | dừng | đình chỉ | thu hồi | hủy bỏ | hủy | xử lý | xử phạt | kiểm tra | thanh tra | "
    "rà soát | khen thưởng | tặng bằng khen | biểu dương | tôn vinh | trao | công bố | ban hành | ký | phê duyệt | "
    "chấp thuận | đồng ý | quyết định | kết luận | thông báo | hợp nhất | sáp nhập | thành lập | giải thể | chủ trì | "
    "cho ý kiến | nghe báo cáo | thống nhất | nhất trí | phân bổ | cấp phép | động viên | thăm | khảo sát | giám sát | "
    "trình | tiếp nhận | xin lỗi"
)
# The verbs a province named as actor may govern: its government's decisions ("Hà Nội đề xuất", "Quảng Nam quyết
# định"), not "Hà Nội tổ chức kỳ thi" or "Đà Nẵng thăm".
PLACE_VERBS: frozenset[str] = frozenset(
    _alt(
        "yêu cầu | chỉ đạo | đề nghị | đề xuất | đốc thúc | chấn chỉnh | kêu gọi | cấm | cấm cửa | tạm dừng | dừng | "
        "đình chỉ | thu hồi | hủy bỏ | hủy | xử lý | khen thưởng | tôn vinh | công bố | ban hành | phê duyệt | "
        "chấp thuận | đồng ý | quyết định | kết luận | hợp nhất | sáp nhập | thành lập | giải thể | cấp phép | phân bổ"
    )
)
ACT_NOUNS: tuple[str, ...] = _alt(
    "chỉ thị | công văn | công điện | quyết định | nghị quyết | kết luận | thông báo | kế hoạch | tờ trình | văn bản | "
    "chủ trương | đề án | chỉ đạo | yêu cầu | ý kiến chỉ đạo"
)
# Words that may precede the act opening a headline ("Sẽ kỷ luật...", "Đề nghị dừng...").
TITLE_MODALS = frozenset(_alt("sẽ | vừa | đã | chính thức | đề nghị | yêu cầu | kiến nghị | tạm | kịp thời"))
# Headlines that are themselves a directive ("Không để lặp lại...", "Khẩn trương xây dựng...").
IMPERATIVE_OPENINGS: tuple[str, ...] = _alt(
    "không để | phải | khẩn trương | kiên quyết | nghiêm cấm | xử lý nghiêm | không được | yêu cầu"
)

# Longer phrases that cancel a cue inside them: a press conference is not a meeting of the body, the Front's Central
# Committee is not a local body, "giao thông" is not "giao", "chương trình" is not "trình".
MASKING_PHRASES: tuple[str, ...] = _alt(
    "cuộc họp báo | buổi họp báo | giao ban báo chí | ủy ban trung ương mặt trận | ủy ban trung ương mttq | "
    "ubtư mttq | ubtw mttq | ub tư mttq | trung ương mttq | trung ương mặt trận | ủy ban t.ư mttq | "
    "ủy ban t.ư mặt trận | t.ư mttq | giao thông | giao lưu | giao dịch | "
    "bàn giao | giao hàng | giao nhận | giao hữu | giao thương | giao tiếp | giao diện | chuyển giao | giao thừa | "
    "đăng ký | thư ký | ký ức | ký sự | nhật ký | ký hiệu | ký tự | ký túc | ký gửi | chương trình | quá trình | "
    "công trình | hành trình | lộ trình | tiến trình | trình độ | trình diễn | phương trình | giáo trình | "
    "trình chiếu | trao đổi | thanh trao | phá hủy | tiêu hủy | tự hủy | tổ chức tín dụng | tổ chức, cá nhân | "
    "các tổ chức | tổ chức quốc tế | tổ chức phi chính phủ | thăm dò | thăm khám | thăm quan | thăm hỏi | "
    "kiểm tra sức khỏe | xử lý nước | xử lý rác | xử lý chất thải | hội nghị thượng đỉnh | sự chỉ đạo | "
    "sự lãnh đạo | dưới sự | bổ nhiệm hiệu trưởng | bổ nhiệm phó hiệu trưởng | bổ nhiệm tổng giám đốc | "
    "bổ nhiệm giám đốc bệnh viện | giữ chức hiệu trưởng | bổ nhiệm lại hiệu trưởng | làm giả quyết định | "
    "giả mạo quyết định | quyết định giả | làm giả công văn | làm giả văn bản"
)

# A verb of saying between a body and an act word makes the body a source, not the actor: "UBND xã cho biết đã kiểm
# tra", "Chủ tịch tỉnh khẳng định ...".
SOURCE_VERBS = (
    r"cho biết|nói|khẳng định|cho rằng|thừa nhận|chia sẻ|trả lời|tâm sự|bày tỏ|lo ngại|thông tin|lý giải|giải thích|"
    r"phản hồi|lên tiếng|nhận định|đánh giá"
)
ACT_REACH = 64  # characters from a body to the verb it governs ("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung vừa ký")
PLACE_REACH = 10  # from a province named as actor to its verb ("Hà Nội vừa đề xuất", "Hà Nội 'cấm cửa'")
# A province is an actor at the start of its unit or after these words ("Tỉnh Bình Thuận yêu cầu", "được Quảng Nam
# đề xuất"), not inside a person's name ("Phó Thủ tướng Trương Hòa Bình yêu cầu") or a school's ("Sư phạm Đà Nẵng").
PLACE_ACTOR_AFTER = frozenset(_alt("được | do | và | thì | nay"))
PLACE_LEVELS = frozenset(_alt("tỉnh | tp | tp."))  # and "thành phố"
LIST_WORDS = 12  # how far back "A và <body>" is searched for the object marker of the list
# A body right after these words is the object of someone else's act ("đề nghị UBND tỉnh có công văn"), not an actor.
OBJECT_MARKERS = frozenset(
    _alt("đề nghị | yêu cầu | giao | gửi | với | cho | tới | đến | lên | trình | kiến nghị | báo cáo | của | tại")
)
NOUN_REACH = 24  # from a document noun to the body it belongs to ("Kết luận số 09/KL-UBND của UBND tỉnh")

# The title and first sentence are also read for what speaks against: an incident, crime or court story (a local
# official is then a source, not the news), a national actor, an answer to the press.
INCIDENT_CUES = (
    r"\b(?:tử vong|thiệt mạng|chết|đuối nước|tai nạn|va chạm|cháy|phát nổ|vụ nổ|sạt lở|sụt lún|lũ quét|lũ lụt|"
    r"khởi tố|bắt giữ|bị bắt|bắt quả tang|tạm giữ|truy tố|xét xử|hầu tòa|phiên tòa|án tù|chung thân|tử hình|"
    r"tòa|tand|tòa án|phúc thẩm|sơ thẩm|tuyên án|kháng cáo|triệu tập đối tượng|nghi phạm|nghi can|hung thủ|"
    r"làm giả|giả mạo|"
    r"lừa đảo|cướp|giết|sát hại|hành hung|bạo hành|ngược đãi|xâm hại|ma túy|mại dâm|trộm|hiếp dâm|tự tử|mất tích|"
    r"ngộ độc|bị đánh|đánh (?:vào|trẻ|đập|người|nhau|chết|bạc))\b"
)
# "vụ" before a noun names a case ("vụ cô giáo đánh trẻ"); after these words it is part of another word.
NOT_CASE_VU = frozenset(
    _alt(
        "nhiệm | dịch | phục | nghĩa | thường | chức | công | nghiệp | thời | quân | tài | kế | đặc | thuế | lễ | "
        "tạp | học | cán | thương | mùa"
    )
)
NATIONAL_CUES = (
    r"quốc hội|chính phủ|thủ tướng|bộ chính trị|ban bí thư|(?<!trực thuộc )trung ương|\bt\.ư\b|tổng bí thư|"
    r"chủ tịch nước|bộ trưởng|thứ trưởng|\bbộ (?:" + "|".join(SLOTS["ministry"]) + ")"
)
NATIONAL_AFTER_CHARS = 26  # an event this close before a national body is the national body's event
KEPT_BEFORE_NATIONAL = frozenset(("voter meeting", "appointment", "discipline"))
NATIONAL_SCOPE = r"toàn quốc|quốc gia|toàn quân"
# A headline about a festival, tourism or sport event, with no body or decision in it, is an event story even when
# a committee organises the event ("Khai hội ..., khai trương du lịch ...").
LEISURE_CUES = r"\b(?:lễ hội|festival|khai hội|hội hoa|du lịch|du khách|giải đấu|bóng đá|giải chạy|cuộc thi)\b"
PRESS_CUES = (
    r"trả lời (?:báo chí|phóng viên|pv|câu hỏi|\S+\.vn)|cho (?:pv|phóng viên) biết|"
    r"(?:thông tin|chia sẻ|trao đổi) với (?:pv|phóng viên|báo chí)|thông cáo báo chí"
)

# Where a unit naming a body with an event stands decides its weight: the title, then the lead sentences. A meeting
# of the body (a session, congress, conference, voter meeting...) frames the article even in the third sentence.
PAIR_WEIGHTS: tuple[float, ...] = (3.0, 2.0, 2.0, 1.0)  # title, sentence 1, 2, 3
ACT_PAIR_WEIGHTS: tuple[float, ...] = (3.0, 2.0, 1.5, 0.5)  # a body with a decision only: context more often
MEETING_PAIR_WEIGHT = 2.0  # a body with a meeting event in sentence 3
LATER_PAIR_WEIGHT = 0.5  # a pair further down the opening
PERSONNEL_EVENTS = frozenset(("appointment", "discipline", "election"))  # in the title: the news is the decision
MEETING_EVENTS = frozenset(("session", "conference", "congress", "voter meeting", "briefing", "hearing", "election"))
WEIGHTS: dict[str, float] = {
    "title event, lead body": 2.0,  # "Bế mạc kỳ họp thứ tư" over a lead naming the council
    "title act, lead body": 1.0,  # "Hủy nhiều văn bản..." over a lead naming the committee
    "title body, lead event": 1.5,  # "Thường trực HĐND tỉnh ..." over a lead naming the session
    "title body, lead act": 1.0,  # "Chủ tịch tỉnh ..." over a lead naming a decision
    "title speaker, event": 1.5,  # "Chủ tịch HĐND TP: '...'" over an opening that names the session
    "title body": 0.5,
    "second lead pair": 0.5,  # a second lead sentence naming a body with an event or act
    "title incident": -2.0,
    "lead incident": -1.0,
    "national actor": -1.5,  # a national actor in the title or first sentence, and no local body there
    "press answer": -1.0,
    "leisure headline": -1.0,
}
LEAD_SENTENCES = len(PAIR_WEIGHTS) - 1
SPEAKER_COLON_WITHIN = 90  # "<office holder>: <quote>" headlines have the colon this near the start
# A speaker headline names a person before its colon ("Chủ tịch Hà Nội: ...") or quotes after it ("HĐND TP: '...'"),
# unlike a body labelling the headline's topic ("Đảng ủy xã X: Hoàn thành tốt nhiệm vụ chính trị").
QUOTE_MARKS = frozenset("'\"“‘")
SPEAKER_WORDS = r"\b(?:chủ tịch|bí thư|giám đốc|trưởng|phó|lãnh đạo|đại biểu|ông|bà|người phát ngôn)\b"

# Abbreviations pages write in capitals inside phrases written otherwise in lower case ("LĐLĐ tỉnh", "UBND huyện").
ABBREVIATION_WORDS = frozenset(_alt("ubnd | hđnd | lđlđ | mttq | ubmttq | đbqh | tp | tx | hcm | tphcm | tp.hcm | hn"))
CAPTION_CHARS = 80  # a photo caption is short; "Ảnh: X" running into the next sentence is kept
# Abbreviations whose period does not end a sentence ("TP. HCM", "H. Tây Giang").
ABBREVIATIONS = frozenset({"tp", "tx", "tt", "q", "h", "p", "x", "ts", "ths", "pgs", "gs", "bs", "th", "st"})


# --- building the automata -----------------------------------------------------------------------------------------


def expand(template: str, slots: dict[str, tuple[str, ...]] = SLOTS) -> list[str]:
    """Every phrase a template stands for.

    >>> expand("{party_level} ủy")[:2]
    ['tỉnh ủy', 'thành ủy']
    >>> expand("hội nghị")
    ['hội nghị']
    """
    names = re.findall(r"{(\w+)}", template)
    if not names:
        return [template]
    combos = itertools.product(*(slots[n] for n in names))
    return [template.format(**dict(zip(names, combo, strict=True))) for combo in combos]


def _phrases(table: dict[str, tuple[str, ...]]) -> Iterator[tuple[str, str]]:
    for name, templates in table.items():
        for template in templates:
            for phrase in expand(template):
                yield phrase, name


def surface_forms(phrase: str) -> set[str]:
    """How a folded phrase may be written on a page: each word lower or capitalised (an abbreviation also upper),
    all upper, either tone style.

    >>> sorted(surface_forms("chi bộ"))
    ['CHI BỘ', 'Chi Bộ', 'Chi bộ', 'chi Bộ', 'chi bộ']
    >>> "Hội đồng Nhân dân" in surface_forms("hội đồng nhân dân"), "LĐLĐ tỉnh" in surface_forms("lđlđ tỉnh")
    (True, True)
    """
    forms: set[str] = set()
    for spelling in {phrase, _old_tones(phrase)}:
        variants = [_word_forms(word) for word in spelling.split(" ")]
        forms.update(" ".join(combo) for combo in itertools.product(*variants))
        forms.add(spelling.upper())
    return forms


def _word_forms(word: str) -> tuple[str, ...]:
    forms = (word, word[:1].upper() + word[1:])
    return (*forms, word.upper()) if word in ABBREVIATION_WORDS else forms


def _old_tones(phrase: str) -> str:
    """The old tone placement that pages still use ("uỷ" for "ủy", "hoá" for "hóa").

    >>> _old_tones("tỉnh ủy văn hóa")
    'tỉnh uỷ văn hoá'
    """
    for new, old in (("ủy", "uỷ"), ("óa", "oá"), ("òa", "oà"), ("ỏa", "oả"), ("ọa", "oạ"), ("úy", "uý")):
        phrase = re.sub(rf"{new}(?!\w)", old, phrase)
    return phrase


@dataclass(frozen=True, slots=True)
class _Key:
    kind: str  # "body", "place", "event", "verb", "noun" or "mask"
    name: str
    length: int
    word_end: bool  # the phrase ends in a letter, so the next character must not be one


def _entries() -> list[tuple[str, str, str]]:
    """(kind, folded phrase, cue name) of every phrase the two stages look for."""
    entries = [("body", p, n) for p, n in _phrases(BODY_PHRASES)]
    entries += [("place", p, "province") for p in PROVINCES]
    entries += [("event", p, n) for p, n in _phrases(EVENT_PHRASES)]
    entries += [("verb", p, "decision or directive") for p in ACT_VERBS]
    entries += [("noun", p, "decision or directive") for p in ACT_NOUNS]
    return entries


def _build_automata() -> tuple[ahocorasick.Automaton, ahocorasick.Automaton, ahocorasick.Automaton]:
    """The gate's two automata (every surface form of the bodies; of the events and acts) and the stage-2 matcher
    (folded phrases with their kinds and cue names)."""
    gate_body, gate_event, folded = ahocorasick.Automaton(), ahocorasick.Automaton(), ahocorasick.Automaton()
    entries = _entries()
    for kind, phrase, _name in entries:
        if kind == "place":
            continue  # a province alone names no body; with an office it is a "local leadership" body phrase
        gate = gate_body if kind == "body" else gate_event
        for form in surface_forms(phrase):
            gate.add_word(form, True)
    for kind, phrase, name in entries + [("mask", p, "mask") for p in MASKING_PHRASES]:
        key = _Key(kind, name, len(phrase), phrase[-1].isalnum())
        known = folded.get(phrase, [])
        if all(k.kind != kind or k.name != name for k in known):
            folded.add_word(phrase, [*known, key])
    for automaton in (gate_body, gate_event, folded):
        automaton.make_automaton()
    return gate_body, gate_event, folded


_GATE_BODY, _GATE_EVENT, _MATCHER = _build_automata()


def passes_gate(window: str) -> bool:
    """Stage 1: True when the text names some local body and some event or act, in any of the spellings
    `surface_forms` lists (no folding; each automaton stops at its first hit).

    >>> passes_gate("Sáng 5/7, HĐND tỉnh khai mạc kỳ họp thứ 4.")
    True
    >>> passes_gate("Thị Uỷ tổ chức Hội nghị")
    True
    >>> passes_gate("Đội chủ nhà thắng 3-0 trên sân nhà")
    False
    """
    if not unicodedata.is_normalized("NFC", window):
        window = unicodedata.normalize("NFC", window)
    return next(_GATE_BODY.iter(window), None) is not None and next(_GATE_EVENT.iter(window), None) is not None


# --- stage 2 -------------------------------------------------------------------------------------------------------

_INCIDENT_RE = re.compile(INCIDENT_CUES)
_CASE_VU_RE = re.compile(r"(\w*)\s+vụ\s+(?!việc)\w")
_NATIONAL_RE = re.compile(NATIONAL_CUES)
_NATIONAL_AFTER_RE = re.compile(f"{NATIONAL_CUES}|{NATIONAL_SCOPE}")
_PRESS_RE = re.compile(PRESS_CUES)
_LEISURE_RE = re.compile(LEISURE_CUES)
_SOURCE_RE = re.compile(rf"\b(?:{SOURCE_VERBS})\b")
_NOUN_LINK_RE = re.compile(r"[\w\s/.\-]*?\b(?:của|do)\s+|\s*")
_IMPERATIVE_RE = re.compile(r"['\"“‘]?(?:" + "|".join(map(re.escape, IMPERATIVE_OPENINGS)) + r")\b")
_SPEAKER_RE = re.compile(SPEAKER_WORDS)
_CAPTION_RE = re.compile(r"\(?ảnh(?: minh họa)?\s*(?::|$)|ảnh minh họa\b|nguồn ảnh\b")
_BREAK_RE = re.compile(r"[.!?…]+[\s\"'”’)]*\s|\n")
_PLURAL_BEFORE = ("các ", "nhiều ")
_PLURAL_AFTER = re.compile(
    r" (?:các|nhiều) (?:tỉnh|thành phố|địa phương|quận|huyện|xã|phường|cấp|sở|ngành)\b|"
    r" cấp (?:xã|huyện|tỉnh|cơ sở)\b| các cấp\b"
)


def fold(text: str) -> str:
    """The matching key of a stretch of text, line breaks kept: new tone style, lower case, single spaces.

    >>> fold("Thị  Uỷ HỒNG LĨNH\\nHĐND  huyện")
    'thị ủy hồng lĩnh\\nhđnd huyện'
    """
    return "\n".join(" ".join(line.split()) for line in unify_tones(text).casefold().split("\n"))


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue found in the folded opening."""

    kind: str
    name: str
    start: int
    end: int


def find_cues(folded: str) -> list[Cue]:
    """Body, place, event and act cues in folded text, on word boundaries, without generic plurals or masked phrases.

    >>> [c.name for c in find_cues("sáng nay, hđnd tỉnh khai mạc kỳ họp thứ 4")]
    ['council', 'session']
    >>> find_cues("yêu cầu ubnd các tỉnh tổ chức buổi họp báo về giao thông")[0].kind
    'verb'
    """
    found: list[Cue] = []
    masks: list[tuple[int, int]] = []
    size = len(folded)
    for last, keys in _MATCHER.iter(folded):
        end = last + 1
        for key in keys:
            start = end - key.length
            if start > 0 and folded[start - 1].isalnum():
                continue
            if key.word_end and end < size and folded[end].isalnum():
                continue
            if key.kind == "mask":
                masks.append((start, end))
            else:
                found.append(Cue(key.kind, key.name, start, end))
    if masks:
        found = [c for c in found if not any(_inside(c, start, end) for start, end in masks)]
    found.sort(key=lambda c: (c.start, c.end))
    return _without_plurals(folded, _without_national_events(folded, found))


def _inside(cue: Cue, start: int, end: int) -> bool:
    """True when a cue lies inside a longer masking phrase (a mask of the same span does not cancel it)."""
    return start <= cue.start and cue.end <= end and (start, end) != (cue.start, cue.end)


def _without_national_events(folded: str, cues: list[Cue]) -> list[Cue]:
    """Drop events that a national body or scope names right after them, with no local body between: "kỳ họp thứ 6
    Quốc hội", "Hội nghị Trung ương 5", "Đại hội đại biểu toàn quốc". Voter meetings ("tiếp xúc cử tri trước kỳ họp
    Quốc hội") and personnel moves ("điều động ra Trung ương") stay: they concern a locality and its office holders.

    >>> [c.name for c in _without_national_events("kỳ họp thứ 6 quốc hội", find_cues("kỳ họp thứ 6 quốc hội"))]
    []
    """
    bodies = [c.start for c in cues if c.kind == "body"]
    kept = []
    for cue in cues:
        if cue.kind == "event" and cue.name not in KEPT_BEFORE_NATIONAL:
            national = _NATIONAL_AFTER_RE.search(folded, cue.end, cue.end + NATIONAL_AFTER_CHARS)
            if national is not None and not any(cue.end <= b < national.start() for b in bodies):
                continue
        kept.append(cue)
    return kept


def _without_plurals(folded: str, cues: list[Cue]) -> list[Cue]:
    """Drop bodies named as a generic plural: "các tỉnh ủy, thành ủy", "UBND các tỉnh", "lãnh đạo các sở"."""
    kept: list[Cue] = []
    plural_end = -10
    for cue in cues:
        if cue.kind == "body":
            before = folded[max(0, cue.start - 6) : cue.start]
            listed = cue.start - plural_end <= 5 and folded[plural_end : cue.start].strip() in {",", "và", ", và"}
            if before.endswith(_PLURAL_BEFORE) or listed or _PLURAL_AFTER.match(folded, cue.end):
                plural_end = cue.end
                continue
        kept.append(cue)
    return kept


def sentence_spans(folded: str) -> list[tuple[int, int]]:
    """Sentence spans of folded text: breaks at line ends and at final punctuation that does not close an
    abbreviation.

    >>> text = "sáng 5/5, ubnd tp. hcm họp. dự có...\\nquang cảnh"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['sáng 5/5, ubnd tp. hcm họp.', 'dự có...', 'quang cảnh']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BREAK_RE.finditer(folded):
        word = folded[folded.rfind(" ", start, match.start()) + 1 : match.start()]
        if match.group() != "\n" and word in ABBREVIATIONS:
            continue
        if folded[start : match.start()].strip():
            spans.append((start, match.end()))
        start = match.end()
    if folded[start:].strip():
        spans.append((start, len(folded)))
    return [(s + len(folded[s:e]) - len(folded[s:e].lstrip()), s + len(folded[s:e].rstrip())) for s, e in spans]


@dataclass(slots=True)
class UnitCues:
    """What one unit of the opening (the title or a sentence) says, as cue names."""

    bodies: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    acts: list[str] = field(default_factory=list)  # acts a body governs (in the title also one opening it)
    acting: bool = False  # a body of the unit is its subject, not the object of another's act
    incident: bool = False
    national: bool = False
    press: bool = False
    leisure: bool = False  # a festival, tourism or sport headline
    speaker: bool = False  # a headline "<body or office holder>: <quote>"

    @property
    def paired(self) -> bool:
        return bool(self.bodies and (self.events or self.acts))

    @property
    def meeting(self) -> bool:
        """A body named with one of its formal meetings (a session, conference, congress...)."""
        return bool(self.bodies and MEETING_EVENTS.intersection(self.events))

    @property
    def body_acts(self) -> bool:
        """A body acts as the subject of the unit: it governs a decision or holds a meeting ("UBND TP tổ chức cuộc
        họp", not "Sở Y tế họp với UBND quận")."""
        return self.acting and bool(self.acts or self.events)

    def add(self, kind: str, name: str) -> None:
        names = {"body": self.bodies, "event": self.events, "act": self.acts}[kind]
        if name not in names:
            names.append(name)


def read_against(unit: UnitCues, text: str) -> None:
    """Set the cues that speak against relevance (title and first sentence only).

    >>> unit = UnitCues(); read_against(unit, "chủ tịch yêu cầu báo cáo vụ cô giáo đánh trẻ"); unit.incident
    True
    """
    unit.incident = _INCIDENT_RE.search(text) is not None or _names_a_case(text)
    unit.national = _NATIONAL_RE.search(text) is not None
    unit.press = _PRESS_RE.search(text) is not None
    unit.leisure = _LEISURE_RE.search(text) is not None


def _names_a_case(text: str) -> bool:
    """True when "vụ" introduces a case (an incident), not a word such as "nhiệm vụ" or "dịch vụ".

    >>> _names_a_case("triển khai nhiệm vụ năm 2023")
    False
    """
    return any(match.group(1) not in NOT_CASE_VU for match in _CASE_VU_RE.finditer(" " + text))


def governed(folded: str, cue: Cue, actors: list[Cue], bodies: list[Cue]) -> bool:
    """True when an actor of the unit governs an act cue: a body or a province stands just before a verb with no
    comma or source verb between ("UBND tỉnh vừa yêu cầu"), or a body follows a document noun ("công văn của UBND
    tỉnh"). `actors` are the unit's bodies and provinces that can act (see `actors_of`), `bodies` all its bodies.

    >>> text = "chủ tịch ubnd tp hà nội nguyễn đức chung vừa ký công văn"
    >>> cues = find_cues(text)
    >>> verb = next(c for c in cues if c.kind == "verb")
    >>> governed(text, verb, actors_of(text, cues, 0), cues[:1])
    True
    >>> text = "ubnd xã cho biết đã kiểm tra"
    >>> cues = find_cues(text)
    >>> governed(text, cues[-1], actors_of(text, cues, 0), cues[:1])
    False
    """
    if cue.kind == "noun":
        return any(
            0 <= body.start - cue.end <= NOUN_REACH and _NOUN_LINK_RE.fullmatch(folded, cue.end, body.start)
            for body in bodies
        )
    for actor in actors:
        if actor.end > cue.start:
            break
        gap = folded[actor.end : cue.start]
        if actor.kind == "place":
            if len(gap) <= PLACE_REACH and folded[cue.start : cue.end] in PLACE_VERBS and "," not in gap:
                return True
        elif len(gap) <= ACT_REACH and "," not in gap and not _SOURCE_RE.search(gap):
            return True
    return False


def actors_of(folded: str, cues: list[Cue], unit_start: int) -> list[Cue]:
    """The bodies and provinces of a unit that can govern an act: not the object of another's act ("đề nghị UBND
    tỉnh"), and a province only at the start of the unit, after "được", "do", "và", or opening a clause with its
    level word ("Ngày 9/5, tỉnh Bình Thuận yêu cầu").

    >>> text = "phó thủ tướng trương hòa bình đến thăm, tỉnh quảng nam đề xuất"
    >>> [text[c.start:c.end] for c in actors_of(text, find_cues(text), 0)]
    ['quảng nam']
    """
    actors = []
    for cue in cues:
        if cue.kind not in ("body", "place"):
            continue
        text_before = folded[unit_start : cue.start]
        before = text_before.rstrip(" '\"“‘").split()
        if cue.kind == "place":
            if text_before.rfind("(") > text_before.rfind(")"):
                continue  # an address in brackets: "(phường Đông Hương, thành phố Thanh Hóa)"
            level = before[-2:] == ["thành", "phố"] or bool(before and before[-1] in PLACE_LEVELS)
            if level:
                before = before[:-2] if before[-1] == "phố" else before[:-1]
            after_comma = bool(before) and before[-1].endswith(",")
            if before and before[-1] not in PLACE_ACTOR_AFTER and not (after_comma and level):
                continue  # a bare name after a comma locates the noun before it: "Công an huyện X, Thái Nguyên"
        if _is_object(before):
            continue
        actors.append(cue)
    return actors


def _is_object(before: list[str]) -> bool:
    """True when the words before a body make it an object: an object marker right before it, or before the list it
    closes ("họp với Chi cục ATVSTP và UBND quận").

    >>> _is_object("sở y tế đã có cuộc họp với chi cục và".split()), _is_object("sáng nay,".split())
    (True, False)
    """
    if before and (before[-1] in OBJECT_MARKERS or " ".join(before[-2:]) in OBJECT_MARKERS):
        return True
    if before and before[-1] == "và":
        clause = " ".join(before[-LIST_WORDS:]).rpartition(",")[2].split()
        return any(w in OBJECT_MARKERS for w in clause)
    return False


def read_opening(title: str | None, clean_text: str) -> tuple[UnitCues, list[UnitCues]]:
    """The cues of the title and of each sentence of the opening. `clean_text` starts with the title line when there
    is one (it is not read twice); without a title the first sentence stands in for it.

    >>> head, sentences = read_opening("Hội nghị Huyện ủy", "Hội nghị Huyện ủy\\nSáng 5/5, Huyện ủy họp bàn. Dự có...")
    >>> head.paired, [s.paired for s in sentences]
    (True, [True, False])
    """
    window = clean_text[:WINDOW_CHARS].lstrip()
    head = (title or "").strip()
    if head and window.startswith(head):
        window = window[len(head) :]
    folded = fold(head + "\n" + window) if head else fold(window)
    spans = sentence_spans(folded)
    if head:
        title_end = folded.find("\n")
        spans = [(0, title_end), *((s, e) for s, e in spans if s > title_end)]
    spans = _story_units(folded, spans)
    if not spans:
        return UnitCues(), []
    units = [UnitCues() for _ in spans]
    per_unit: list[list[Cue]] = [[] for _ in spans]
    starts = [s for s, _ in spans]
    for cue in find_cues(folded):
        i = bisect.bisect_right(starts, cue.start) - 1
        if i >= 0 and cue.end <= spans[i][1]:
            per_unit[i].append(cue)
    for i, (cues, (start, _)) in enumerate(zip(per_unit, spans, strict=True)):
        _fill_unit(units[i], folded, cues, start, is_title=i == 0)
    for i in range(min(2, len(units))):
        read_against(units[i], folded[spans[i][0] : spans[i][1]])
    return units[0], units[1:]


def _heads_title(folded: str, start: int, cue: Cue, actors: list[Cue]) -> bool:
    """True when an act word opens the headline or its part after a colon, after at most a modal ("Hủy nhiều văn
    bản...", "Vụ tai nạn X: Khen thưởng...", "Sẽ kỷ luật..."), and no body precedes it: the headline is then the
    announcement of a decision, not a story whose subject acts ("Trường mầm non X tuyên bố giải thể").

    >>> text = "vụ tai nạn: khen thưởng các cá nhân"
    >>> _heads_title(text, 0, find_cues(text)[-1], [])
    True
    """
    if any(actor.kind == "body" and actor.end <= cue.start for actor in actors):
        return False
    head = folded[max(start, folded.rfind(":", start, cue.start) + 1) : cue.start]
    words = head.strip(" '\"“‘").split()
    return len(words) <= 1 and all(w in TITLE_MODALS for w in words)


def _story_units(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without photo captions ("Ảnh minh họa: TTXVN") and without a sentence repeated from earlier (pages
    repeat the headline or the lead), so that the lead sentences are the story's.

    >>> text = "họp hđnd\\nhđnd họp.\\nảnh: ttxvn.\\nhđnd họp.\\nngày 5/5, hđnd tỉnh họp."
    >>> [text[s:e] for s, e in _story_units(text, sentence_spans(text))]
    ['họp hđnd', 'hđnd họp.', 'ngày 5/5, hđnd tỉnh họp.']
    """
    seen: set[str] = set()
    kept = []
    for start, end in spans:
        text = folded[start:end].rstrip(".!?… ")
        if text in seen or (len(text) <= CAPTION_CHARS and _CAPTION_RE.match(text)):
            continue
        seen.add(text)
        kept.append((start, end))
    return kept


def _fill_unit(unit: UnitCues, folded: str, cues: list[Cue], start: int, *, is_title: bool) -> None:
    """Record a unit's bodies, events and acts. A province counts as a body when it governs an act. In the title an
    act that opens the headline counts as well ("Hủy nhiều văn bản..."), but nothing in the quote of a speaker
    headline ("Chủ tịch Hà Nội: Tháng 7 công bố kết luận") and no act after a source verb ("Bí thư X lý giải ... đề
    nghị"); a province opening the headline with a colon ("Hà Nội: ...") counts as a body when the headline names an
    event."""
    bodies = [c for c in cues if c.kind == "body"]
    actors = actors_of(folded, cues, start)
    unit.acting = any(a.kind == "body" for a in actors)
    colon = folded.find(":", start, start + SPEAKER_COLON_WITHIN) if is_title else -1
    if colon > 0 and any(c.end <= colon for c in bodies):
        quoted = folded[colon + 1 : colon + 3].strip()[:1] in QUOTE_MARKS
        unit.speaker = quoted or _SPEAKER_RE.search(folded, start, colon) is not None
    for cue in cues:
        if is_title and unit.speaker and cue.start > colon and cue.kind != "body":
            continue  # the quote of a speaker headline is what was said, not what was done
        if cue.kind in ("body", "event"):
            unit.add(cue.kind, cue.name)
        elif cue.kind in ("verb", "noun"):
            if governed(folded, cue, actors, bodies) or (is_title and _heads_title(folded, start, cue, actors)):
                unit.add("act", cue.name)
            else:
                continue
            places = [a for a in actors if a.kind == "place" and a.end <= cue.start]
            if places and governed(folded, cue, places[-1:], []):
                unit.add("body", "province as actor")
    if is_title:
        if _IMPERATIVE_RE.match(folded, start):
            unit.add("act", "imperative headline")
        first = next((c for c in cues if c.kind == "place"), None)
        if first is not None and folded[first.end : first.end + 2].strip().startswith(":") and unit.events:
            unit.add("body", "province headline")


@dataclass(slots=True)
class _Tally:
    score: float = 0.0
    fired: list[str] = field(default_factory=list)

    def add(self, rule: str, weight: float, cues: Iterable[str] = ()) -> None:
        self.score += weight
        names = ", ".join(dict.fromkeys(cues))
        self.fired.append(f"{rule} ({names})" if names else rule)


def _pair_weight(index: int, unit: UnitCues) -> float:
    """The weight of a lead sentence (0 = the first) naming a body with an event or a governed act.

    >>> _pair_weight(2, UnitCues(bodies=["council"], events=["session"])), _pair_weight(2, UnitCues(acts=["x"]))
    (2.0, 0.5)
    """
    weight = (PAIR_WEIGHTS if unit.events else ACT_PAIR_WEIGHTS)[index + 1]
    return max(weight, MEETING_PAIR_WEIGHT) if unit.meeting else weight


def score_opening(title: UnitCues, sentences: list[UnitCues]) -> tuple[float, list[str]]:
    """Score the title and the sentences of the opening; returns the score and the rules that fired.

    >>> session = UnitCues(bodies=["council"], events=["session"])
    >>> score_opening(UnitCues(events=["session"]), [session])
    (4.0, ['title event, lead body (session, council)', 'lead sentence 1 body+event (council, session)'])
    """
    tally = _Tally()
    lead = sentences[:LEAD_SENTENCES]
    lead_bodies = [b for c in lead for b in c.bodies]
    lead_events = [e for c in lead for e in c.events]
    lead_acts = [a for c in lead for a in c.acts]
    if title.paired:
        tally.add("title body+event", PAIR_WEIGHTS[0], title.bodies + title.events + title.acts)
    elif title.events and lead_bodies:
        tally.add("title event, lead body", WEIGHTS["title event, lead body"], title.events + lead_bodies)
    elif title.acts and lead_bodies:
        tally.add("title act, lead body", WEIGHTS["title act, lead body"], title.acts + lead_bodies)
    elif title.bodies and lead_events:
        tally.add("title body, lead event", WEIGHTS["title body, lead event"], title.bodies + lead_events)
    elif title.bodies and lead_acts:
        tally.add("title body, lead act", WEIGHTS["title body, lead act"], title.bodies + lead_acts)
    elif title.speaker and (events := [e for c in sentences for e in c.events + c.acts]):
        tally.add("title speaker, event", WEIGHTS["title speaker, event"], title.bodies + events)
    elif title.bodies:
        tally.add("title body", WEIGHTS["title body"], title.bodies)
    pairs = [(_pair_weight(i, c), i) for i, c in enumerate(lead) if c.paired]
    if pairs:
        weight, best = max(pairs, key=lambda p: (p[0], -p[1]))
        cues = lead[best]
        tally.add(f"lead sentence {best + 1} body+event", weight, cues.bodies + cues.events + cues.acts)
        if len(pairs) > 1:
            tally.add("second lead pair", WEIGHTS["second lead pair"])
    elif (later := next((c for c in sentences[LEAD_SENTENCES:] if c.paired), None)) is not None:
        tally.add("later body+event", LATER_PAIR_WEIGHT, later.bodies + later.events + later.acts)
    first = lead[0] if lead else UnitCues()
    imperative = "imperative headline" in title.acts
    personnel = bool(PERSONNEL_EVENTS.intersection(title.events)) and bool(lead_bodies)
    if title.incident and not (title.paired or first.body_acts or (imperative and lead_bodies) or personnel):
        tally.add("title incident", WEIGHTS["title incident"])
    if first.incident and not (title.paired or first.meeting):
        tally.add("lead incident", WEIGHTS["lead incident"])
    if (title.national or first.national) and not (title.bodies or first.bodies):
        tally.add("national actor", WEIGHTS["national actor"])
    if title.press or first.press:
        tally.add("press answer", WEIGHTS["press answer"])
    if title.leisure and not (title.bodies or title.acts):
        tally.add("leisure headline", WEIGHTS["leisure headline"])
    return tally.score, tally.fired


def assess_relevance(title: str | None, clean_text: str) -> Relevance:
    """Judge whether a page reports a local-government or Party body's meeting, decision, election or work.

    >>> assess_relevance("Khai mạc kỳ họp thứ 4 HĐND huyện", "Sáng 5/7, HĐND huyện khai mạc kỳ họp thứ 4.").is_relevant
    True
    >>> assess_relevance("U20 Việt Nam thua U20 Argentina", "Trận giao hữu tối qua...").reason
    'no local-government body and event named'
    """
    if not passes_gate((title or "") + "\n" + clean_text[:WINDOW_CHARS]):
        return Relevance(is_relevant=False, score=0.0, reason="no local-government body and event named")
    head, sentences = read_opening(title, clean_text)
    score, fired = score_opening(head, sentences)
    reason = "; ".join(fired) if fired else "no local body named with a meeting, personnel or resolution cue"
    return Relevance(is_relevant=score >= THRESHOLD, score=round(score, 2), reason=reason)
