"""The phrase tables and cue patterns of `verdict`: which words name a local body, a meeting, a personnel
decision, a decision or directive, and which speak against relevance (an incident, a national actor, a festival).

Every phrase is folded (new tone style, lower case, single spaces); `transforms.relevance.cues` builds its automata from
these tables and `transforms.relevance.verdict` reads and weighs the cues they find.
"""

from __future__ import annotations


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
    "sài gòn | tiền giang | trà vinh | tuyên quang | vĩnh long | vĩnh phúc | yên bái"
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
    "council": _alt("hđnd | hdnd | hội đồng nhân dân"),  # "HDND": Đ written without its stroke
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
        "lễ tôn vinh | lễ công bố | lễ gắn biển | lễ dâng hương | năm ngày sinh"
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
    "trình | tiếp nhận | xin lỗi | báo cáo | cưỡng chế | vận động"
)
# The verbs a province named as actor may govern: its government's decisions ("Hà Nội đề xuất", "Quảng Nam quyết
# định"), not "Hà Nội tổ chức kỳ thi" or "Đà Nẵng thăm".
PLACE_VERBS: frozenset[str] = frozenset(
    _alt(
        "yêu cầu | chỉ đạo | đề nghị | đề xuất | đốc thúc | chấn chỉnh | kêu gọi | cấm | cấm cửa | tạm dừng | dừng | "
        "đình chỉ | thu hồi | hủy bỏ | hủy | xử lý | khen thưởng | tôn vinh | công bố | ban hành | phê duyệt | "
        "chấp thuận | đồng ý | quyết định | kết luận | hợp nhất | sáp nhập | thành lập | giải thể | cấp phép | "
        "phân bổ | cưỡng chế"
    )
)
# The verbs by which a body directs or decides (not "công bố", "thăm", "trao"): a first sentence in which a body
# governs one of them reports the body's act even when it names an incident.
DIRECTIVE_VERBS: frozenset[str] = frozenset(
    _alt(
        "yêu cầu | chỉ đạo | giao | đốc thúc | chấn chỉnh | cấm | tạm dừng | dừng | đình chỉ | thu hồi | hủy bỏ | "
        "hủy | xử lý | xử phạt | khen thưởng | tặng bằng khen | biểu dương | ban hành | phê duyệt | quyết định | "
        "kết luận | thành lập | giải thể | kiểm tra | thanh tra | rà soát | cưỡng chế"
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
    "giả mạo quyết định | quyết định giả | làm giả công văn | làm giả văn bản | báo cáo viên | vận động viên | "
    "sân vận động | vận động hành lang | vận động tranh cử | vận động bầu cử"
)

# A verb of saying between a body and an act word makes the body a source, not the actor: "UBND xã cho biết đã kiểm
# tra", "Chủ tịch tỉnh khẳng định ...".
SOURCE_VERBS = (
    r"cho biết|nói|khẳng định|cho rằng|thừa nhận|chia sẻ|trả lời|tâm sự|bày tỏ|lo ngại|thông tin|lý giải|giải thích|"
    r"phản hồi|lên tiếng|nhận định|đánh giá"
)
ACT_REACH = 64  # characters from a body to the verb it governs ("Chủ tịch UBND TP Hà Nội Trần Văn Bình vừa ký")
PLACE_REACH = 10  # from a province named as actor to its verb ("Hà Nội vừa đề xuất", "Hà Nội 'cấm cửa'")
# A province is an actor at the start of its unit or after these words ("Tỉnh Bình Thuận yêu cầu", "được Quảng Nam
# đề xuất"), not inside a person's name ("Phó Thủ tướng Trương Hòa Bình yêu cầu") or a school's ("Sư phạm Đà Nẵng").
# A province or a district named as the subject of a meeting it holds stands for its government ("Ngày 7/2, Quảng
# Nam tổ chức Hội nghị...", "Huyện X họp bàn..."): the name opens its clause, a district's with its level word.
LOCALITY_LEVELS = r"tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx\.?"
LOCALITY_MEETINGS = frozenset(("conference", "meeting", "session", "congress", "briefing"))
# The stage-1 gate lets a page that names no body through on these, when a capitalised name opens the clause before
# them or holds the meeting after "do" (`LOCALITY_GATE_PATTERN`, on the unfolded text): the meeting a locality, or a
# provincial department for it, may be the subject of ("hội nghị giao ban ... do Sở Công Thương X tổ chức").
LOCALITY_GATE_PHRASES: tuple[str, ...] = _alt(
    "tổ chức hội nghị | tổ chức cuộc họp | tổ chức họp | tổ chức đại hội | tổ chức tổng kết | tổ chức sơ kết | "
    "tổ chức giao ban | họp bàn | hội nghị giao ban | hội nghị sơ kết | hội nghị tổng kết"
)
_CAPITALS = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOCALITY_GATE_PATTERN = (
    r"(?:^|[,:\n]) ?(?:(?:[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hành phố|TP\.?) )?"
    rf"(?:[{_CAPITALS}][^\s,.:;]* ){{1,4}}(?:(?:đã|vừa|sẽ|cũng) )?(?:tổ chức|họp)\b"
    rf"|\bdo [{_CAPITALS}][^\s,.:;]*(?: [^\s,.:;]+){{0,6}} tổ chức\b"
)
PLACE_ACTOR_AFTER = frozenset(_alt("được | do | và | thì | nay"))
PLACE_LEVELS = frozenset(_alt("tỉnh | tp | tp."))  # and "thành phố"
LIST_WORDS = 12  # how far back "A và <body>" is searched for the object marker of the list
# A body right after these words is the object of someone else's act ("đề nghị UBND tỉnh có công văn"), not an actor.
OBJECT_MARKERS = frozenset(
    _alt(
        "đề nghị | đề xuất | yêu cầu | giao | gửi | với | cho | tới | đến | lên | trình | kiến nghị | báo cáo | của | "
        "tại"
    )
)
# A body right after these words is asked or told something; a headline's act is not the body's act then.
ADDRESSEE_MARKERS = frozenset(
    _alt("đề nghị | đề xuất | yêu cầu | giao | gửi | tới | đến | lên | trình | kiến nghị | báo cáo")
)
# A document noun after these words is the cause of someone else's act ("tăng giá gửi xe theo văn bản của UBND tỉnh",
# "Thực hiện chỉ đạo của UBND tỉnh, Sở X đã..."), not the news of the body's decision.
CONTEXT_BEFORE_NOUN = r"theo|thực hiện|căn cứ|triển khai|sau"
CONTEXT_REACH = 16  # "theo văn bản thông báo"
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
        "tạp | học | cán | thương | mùa | nội | ngoại"
    )
)
NATIONAL_CUES = (
    r"quốc hội|chính phủ|thủ tướng|bộ chính trị|ban bí thư|(?<!trực thuộc )trung ương|\bt\.ư\b|tổng bí thư|"
    r"chủ tịch nước|bộ trưởng|thứ trưởng|\bbộ (?:" + "|".join(SLOTS["ministry"]) + ")"
)
# Office holders speaking as National Assembly deputies at the Assembly's sitting in the capital ("trong phiên thảo
# luận tại tổ, đại biểu X, Bí thư Tỉnh ủy, đề nghị..."): national law-making, not the local body's act.
# The corridor names the Assembly; a group or plenary discussion does when the opening names the Assembly and no
# council (councils discuss "tại tổ" and "tại hội trường" too).
DEPUTY_CORRIDOR = r"\b(?:hành lang|bên lề) (?:quốc hội|qh|kỳ họp quốc hội)\b"
DEPUTY_DISCUSSION = r"\bthảo luận (?:tại|ở) (?:tổ|hội trường)\b|\bdự (?:án|thảo) luật\b"
# Each pattern above holds one of these; a page with none is not searched.
DEPUTY_WORDS: tuple[str, ...] = ("hành lang", "bên lề", "thảo luận tại", "thảo luận ở", "dự án luật", "dự thảo luật")
ASSEMBLY_WORDS = r"\b(?:quốc hội|qh|đbqh)\b"
COUNCIL_WORDS = r"\b(?:hđnd|hdnd|hội đồng nhân dân)\b"
NATIONAL_AFTER_CHARS = 26  # an event this close before a national body is the national body's event
KEPT_BEFORE_NATIONAL = frozenset(("voter meeting", "appointment", "discipline"))
NATIONAL_SCOPE = r"toàn quốc|quốc gia|toàn quân"
# A conference or congress named with an international scope or forum is not a local body's ("hội nghị quốc tế
# về...", "hội nghị APEC"); a working session with foreign partners stays a local event.
INTERNATIONAL_SCOPE = r"quốc tế|thế giới|khu vực châu|châu á|asean|apec|ipu|liên hợp quốc|liên minh châu âu"
INTERNATIONAL_EVENTS = frozenset(("conference", "congress"))
# A headline about a festival, tourism or sport event, with no body or decision in it, is an event story even when
# a committee organises the event ("Khai hội ..., khai trương du lịch ...").
LEISURE_CUES = r"\b(?:lễ hội|festival|khai hội|hội hoa|du lịch|du khách|giải đấu|bóng đá|giải chạy|cuộc thi)\b"
PRESS_CUES = (
    r"trả lời (?:báo chí|phóng viên|pv|câu hỏi|\S+\.vn)|cho (?:pv|phóng viên) biết|"
    r"(?:thông tin|chia sẻ|trao đổi) với (?:pv|phóng viên|báo chí)|thông cáo báo chí"
)

SPEAKER_COLON_WITHIN = 90  # "<office holder>: <quote>" headlines have the colon this near the start
# A speaker headline names a person before its colon ("Chủ tịch Hà Nội: ...") or quotes after it ("HĐND TP: '...'"),
# unlike a body labelling the headline's topic ("Đảng ủy xã X: Hoàn thành tốt nhiệm vụ chính trị").
QUOTE_MARKS = frozenset("'\"“‘")
SPEAKER_WORDS = r"\b(?:chủ tịch|bí thư|giám đốc|trưởng|phó|lãnh đạo|đại biểu|ông|bà|người phát ngôn)\b"

# Abbreviations pages write in capitals inside phrases written otherwise in lower case ("LĐLĐ tỉnh", "UBND huyện").
ABBREVIATION_WORDS = frozenset(
    _alt("ubnd | hđnd | hdnd | lđlđ | mttq | ubmttq | đbqh | tp | tx | hcm | tphcm | tp.hcm | hn")
)
CAPTION_CHARS = 80  # a photo caption is short; "Ảnh: X" running into the next sentence is kept
# A short unit ending "<person> phát biểu tại hội nghị" is the caption of a photo, not the lead's report of the event.
CAPTION_EVENTS = r"hội nghị|kỳ họp|đại hội|buổi làm việc|buổi lễ|lễ kỷ niệm|phiên họp|cuộc họp|hội thảo"
# Abbreviations whose period does not end a sentence ("TP. HCM", "H. Tây Giang").
ABBREVIATIONS = frozenset({"tp", "tx", "tt", "q", "h", "p", "x", "ts", "ths", "pgs", "gs", "bs", "th", "st"})
