"""Is a page local-government news? A cheap two-stage verdict run on every crawled page.

An article is relevant when its headline or opening reports the institutional work of a local-government, Party or
Front body at province, district or commune level: a meeting it holds or attends as a body (council session, Party
conference or congress, briefing, review, working session, voter meeting, supervision, hearing, dialogue, a ceremony
it organises), an election, appointment or disciplinary decision about its office holders, a resolution it adopts, or
its work results. Sport, showbiz, business, world news, crime, accidents and disasters, festivals, and national-only
news (Quốc hội, Chính phủ, ministries, the Central Committee, with no local body) are not relevant, nor are stories
where a local official is only quoted about an incident, nor the routine administrative acts of a people's committee
(a fee, a licence, a project approval, a directive) that no meeting or resolution frames. `bench/data/README.md`
gives the full definition the labelled sample was judged against.

Stage 1 (every page): one Aho-Corasick pass over the raw opening (title and the first `WINDOW_CHARS` characters), in
every casing and both tone styles, for the body and event phrases of the tables below; a page that lacks either kind
cannot score and is irrelevant at once. Stage 2 (about one page in ten): the opening is folded (`unify_tones`,
casefold, single spaces), cut into the title and its sentences, and matched once more against the same phrases, now
with word boundaries and generic plurals ("UBND các tỉnh") dropped. A sentence naming a local body together with a
meeting, personnel, resolution or work-results cue is evidence, weighted by how near the top it stands; incident,
national-only, administrative-act and press-answer cues in the title or first sentence count against. Every phrase
and weight is data here; `reason` lists the rules that fired.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import ahocorasick

from transforms.model import Relevance
from transforms.text import unify_tones

WINDOW_CHARS = 2000  # the title and this much of the text are read; the verdict never looks further
THRESHOLD = 2.0


def _alt(phrases: str) -> tuple[str, ...]:
    """A phrase list written as one string, alternatives separated by " | ".

    >>> _alt("kỳ họp | phiên họp")
    ('kỳ họp', 'phiên họp')
    """
    return tuple(p.strip() for p in phrases.split("|"))


# --- the phrase tables (folded: new tone style, lower case, single spaces) -----------------------------------------

# Slots that templates such as "chính quyền {level}" are expanded with.
SLOTS: dict[str, tuple[str, ...]] = {
    "level": _alt("tỉnh | thành phố | tp | huyện | quận | thị xã | tx | xã | phường | thị trấn"),
    "party_level": _alt("tỉnh | thành | huyện | thị | quận"),
    "mass": _alt("phụ nữ | nông dân | cựu chiến binh | thanh niên | công đoàn | liên đoàn lao động"),
    "unit": _alt("đoàn | cuộc | buổi | kết quả | chương trình"),
    "person": _alt("ông | bà | đồng chí | tham gia | giữ | làm"),
    "ministry": _alt(
        "công an | quốc phòng | tài chính | xây dựng | nội vụ | y tế | giáo dục | công thương | nông nghiệp | "
        "giao thông | tài nguyên | ngoại giao | tư pháp | văn hóa | kế hoạch | lao động | thông tin"
    ),
}

# A local body. "Ủy ban nhân dân" and "Hội đồng nhân dân" exist only below the centre; "Tỉnh ủy", "Huyện ủy"... are
# territorial Party committees; voters of a place and a National Assembly delegation meeting them are local events.
BODY_PHRASES: dict[str, tuple[str, ...]] = {
    "council": _alt("hđnd | hội đồng nhân dân"),
    "people's committee": _alt("ubnd | ủy ban nhân dân | chính quyền {level}"),
    "front": _alt("ubmttq | mttq | ủy ban mặt trận | mặt trận tổ quốc {level} | mặt trận tổ quốc việt nam {level}"),
    "party committee": _alt("{party_level} ủy | đảng ủy {level} | đảng ủy khối | cấp ủy"),
    "party organisation": _alt("đảng bộ {level} | đảng bộ cơ quan | đảng bộ khối | ban chấp hành đảng bộ | chi bộ"),
    "mass organisation": _alt("{mass} {level}"),
    "local leadership": _alt("lãnh đạo {level} | bí thư {level} | chủ tịch {level}"),
    "host locality": _alt("làm việc tại {level} | làm việc với {level} | công tác tại {level}"),
    "assembly delegation": _alt("đoàn đbqh | đoàn đại biểu quốc hội"),
    "voters": _alt("tiếp xúc cử tri | tiếp xúc với cử tri | cử tri {level}"),
}

# What the body does: meet, elect, appoint, discipline, resolve, report on its work.
EVENT_PHRASES: dict[str, tuple[str, ...]] = {
    "session": _alt("kỳ họp | phiên họp | phiên khai mạc | phiên bế mạc | phiên thảo luận"),
    "meeting": _alt(
        "cuộc họp | buổi họp | họp bất thường | họp thường kỳ | họp chuyên đề | họp phiên | họp lần | họp bàn | "
        "họp về | họp với | họp định kỳ | họp mặt | gặp mặt"
    ),
    "conference": _alt("hội nghị"),
    "congress": _alt("đại hội"),
    "working session": _alt(
        "buổi làm việc | cuộc làm việc | làm việc với | thăm và làm việc | đoàn công tác | đoàn kiểm tra"
    ),
    "voter meeting": _alt("tiếp xúc cử tri | tiếp xúc với cử tri"),
    "briefing": _alt("giao ban | sơ kết | tổng kết"),
    "hearing": _alt(
        "chất vấn | phiên giải trình | buổi giải trình | đối thoại với | đối thoại trực tiếp | buổi đối thoại"
    ),
    "supervision": _alt(
        "{unit} giám sát | giám sát chuyên đề | giám sát việc | giám sát tại | khảo sát tại | khảo sát việc | "
        "khảo sát tình hình | kiểm tra việc thực hiện | kiểm tra công tác | kiểm tra tình hình"
    ),
    "ceremony": _alt("lễ kỷ niệm | năm ngày thành lập | đón nhận huân chương"),
    "election": _alt(
        "được bầu | bầu giữ | bầu làm | bầu bổ sung | bầu chủ tịch | bầu phó | bầu bí thư | bầu ủy viên | "
        "bầu các chức danh | bầu ban | bầu thường trực | bầu cử | tái cử | tái đắc cử | đắc cử | trúng cử | "
        "phiếu tín nhiệm"
    ),
    "appointment": _alt(
        "bổ nhiệm | miễn nhiệm | bãi nhiệm | từ nhiệm | điều động | chỉ định {person} | trao quyết định | giữ chức | "
        "thôi giữ chức | thôi làm | thôi nhiệm vụ | thôi chức | xin thôi | nhận nhiệm vụ | kiện toàn | luân chuyển | "
        "tân bí thư | tân chủ tịch | tân phó | nhậm chức | phê chuẩn"
    ),
    "discipline": _alt("kỷ luật | khai trừ | cách chức | cách hết | mất chức | cảnh cáo | khiển trách"),
    "resolution": _alt(
        "thông qua nghị quyết | thông qua các nghị quyết | thông qua đề án | thông qua tờ trình | "
        "thông qua dự thảo | thông qua báo cáo | biểu quyết | quyết nghị | ban hành nghị quyết"
    ),
    "work results": _alt(
        "kết quả hoạt động | kết quả công tác | kết quả thực hiện nhiệm vụ | chương trình công tác | nhiệm vụ năm | "
        "nhiệm vụ trọng tâm | nhiệm vụ chính trị | phương hướng nhiệm vụ | phương hướng, nhiệm vụ | "
        "hoàn thành nhiệm vụ | hoàn thành tốt nhiệm vụ | hoàn thành xuất sắc nhiệm vụ"
    ),
}

# Longer phrases that cancel a cue inside them: a press conference is not a meeting of the body, and the Front's
# Central Committee is not a local body.
MASKING_PHRASES: tuple[str, ...] = _alt(
    "cuộc họp báo | buổi họp báo | giao ban báo chí | ủy ban trung ương mặt trận | ủy ban trung ương mttq | "
    "ubtư mttq | ubtw mttq | ub tư mttq | trung ương mttq | trung ương mặt trận"
)

# The title and first sentence are also read for what speaks against: an incident, crime or court story (a local
# official is then a source, not the news), a national actor, an administrative document or directive, an answer to
# the press.
INCIDENT_CUES = (
    r"\b(?:tử vong|thiệt mạng|chết|đuối nước|tai nạn|va chạm|cháy|phát nổ|vụ nổ|sạt lở|sụt lún|lũ quét|lũ lụt|"
    r"khởi tố|bắt giữ|bị bắt|bắt quả tang|tạm giữ|truy tố|xét xử|hầu tòa|phiên tòa|án tù|chung thân|tử hình|"
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
ADMINISTRATIVE_CUES = (
    r"(?:ban hành|ký|có) (?:thông báo|công văn|văn bản|quyết định|công điện|tờ trình|kế hoạch|chỉ thị)|"
    r"(?:thông báo|công văn|văn bản|công điện) số|vừa ký|(?:đã|vừa|có ý kiến) (?:chỉ đạo|yêu cầu)|theo yêu cầu của"
)
PRESS_CUES = (
    r"trả lời (?:báo chí|phóng viên|pv|câu hỏi|\S+\.vn)|cho (?:pv|phóng viên) biết|"
    r"(?:thông tin|chia sẻ|trao đổi) với (?:pv|phóng viên|báo chí)|thông cáo báo chí"
)

# Where a sentence naming a body with an event stands decides its weight: the title, then the lead sentences.
PAIR_WEIGHTS: tuple[float, ...] = (3.0, 2.0, 2.0, 1.0)  # title, sentence 1, 2, 3
LATER_PAIR_WEIGHT = 0.5  # a pair further down the opening
WEIGHTS: dict[str, float] = {
    "title event, lead body": 2.0,  # "Bế mạc kỳ họp thứ tư" over a lead naming the council
    "title body, lead event": 1.5,  # "Thường trực HĐND tỉnh ..." over a lead naming the session
    "title speaker, event": 1.5,  # "Chủ tịch HĐND TP: '...'" over an opening that names the session
    "title body": 0.5,
    "title incident": -2.0,
    "lead incident": -1.0,
    "national actor": -1.5,  # a national actor in the title or first sentence, and no local body there
    "administrative act": -1.0,
    "press answer": -1.0,
}
LEAD_SENTENCES = len(PAIR_WEIGHTS) - 1
SPEAKER_COLON_WITHIN = 90  # "<body or office holder>: <quote>" headlines have the colon this near the start

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
    """How a folded phrase may be written on a page: each word lower or capitalised, all upper, either tone style.

    >>> sorted(surface_forms("chi bộ"))
    ['CHI BỘ', 'Chi Bộ', 'Chi bộ', 'chi Bộ', 'chi bộ']
    >>> "Hội đồng Nhân dân" in surface_forms("hội đồng nhân dân")
    True
    """
    forms: set[str] = set()
    for spelling in {phrase, _old_tones(phrase)}:
        words = spelling.split(" ")
        for caps in itertools.product((False, True), repeat=len(words)):
            forms.add(" ".join(w[:1].upper() + w[1:] if cap else w for w, cap in zip(words, caps, strict=True)))
        forms.add(spelling.upper())
    return forms


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
    kind: str  # "body", "event" or "mask"
    name: str
    length: int
    word_end: bool  # the phrase ends in a letter, so the next character must not be one


def _build_automata() -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
    """The gate (raw surface forms, their kinds only) and the stage-2 matcher (folded phrases, with their cue names)."""
    gate, folded = ahocorasick.Automaton(), ahocorasick.Automaton()
    entries = [("body", p, n) for p, n in _phrases(BODY_PHRASES)]
    entries += [("event", p, n) for p, n in _phrases(EVENT_PHRASES)]
    for kind, phrase, _name in entries:
        for form in surface_forms(phrase):
            gate.add_word(form, gate.get(form, frozenset()) | {kind})
    for kind, phrase, name in entries + [("mask", p, "press conference") for p in MASKING_PHRASES]:
        key = folded.get(phrase, None)
        if key is None or kind == "mask":
            folded.add_word(phrase, [_Key(kind, name, len(phrase), phrase[-1].isalnum())])
        elif all(k.kind != kind or k.name != name for k in key):
            folded.add_word(phrase, [*key, _Key(kind, name, len(phrase), phrase[-1].isalnum())])
    gate.make_automaton()
    folded.make_automaton()
    return gate, folded


_GATE, _MATCHER = _build_automata()


def passes_gate(window: str) -> bool:
    """Stage 1: True when the raw text names some local body and some event (no folding, one pass).

    >>> passes_gate("Sáng 5/7, HĐND tỉnh khai mạc kỳ họp thứ 4.")
    True
    >>> passes_gate("Thị Uỷ tổ chức Hội nghị")
    True
    >>> passes_gate("Chủ tịch UBND xã cho biết trên địa bàn vừa xảy ra vụ tai nạn")
    False
    """
    seen: frozenset[str] = frozenset()
    for _, kinds in _GATE.iter(window):
        seen |= kinds
        if len(seen) == 2:
            return True
    return False


# --- stage 2 -------------------------------------------------------------------------------------------------------

_INCIDENT_RE = re.compile(INCIDENT_CUES)
_CASE_VU_RE = re.compile(r"(\w*)\s+vụ\s+(?!việc)\w")
_NATIONAL_RE = re.compile(NATIONAL_CUES)
_ADMINISTRATIVE_RE = re.compile(ADMINISTRATIVE_CUES)
_PRESS_RE = re.compile(PRESS_CUES)
_BREAK_RE = re.compile(r"[.!?…]+[\s\"'”’)]*\s|\n")
_PLURAL_BEFORE = ("các ", "nhiều ")
_PLURAL_AFTER = re.compile(r" (?:các|nhiều) (?:tỉnh|thành phố|địa phương|quận|huyện|xã|phường|cấp|sở|ngành)\b")


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
    """Body and event cues in folded text, on word boundaries, without generic plurals or masked phrases.

    >>> [c.name for c in find_cues("sáng nay, hđnd tỉnh khai mạc kỳ họp thứ 4")]
    ['council', 'session']
    >>> find_cues("yêu cầu ubnd các tỉnh tổ chức buổi họp báo")
    []
    """
    found: list[Cue] = []
    masks: list[tuple[int, int]] = []
    for last, keys in _MATCHER.iter(folded):
        end = last + 1
        for key in keys:
            start = end - key.length
            if start > 0 and folded[start - 1].isalnum():
                continue
            if key.word_end and end < len(folded) and folded[end].isalnum():
                continue
            if key.kind == "mask":
                masks.append((start, end))
            else:
                found.append(Cue(key.kind, key.name, start, end))
    found = [c for c in found if not any(s <= c.start and c.end <= e for s, e in masks)]
    return _without_plurals(folded, sorted(found, key=lambda c: (c.start, c.end)))


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
    incident: bool = False
    national: bool = False
    administrative: bool = False
    press: bool = False
    speaker: bool = False  # a headline "<body or office holder>: <quote>"

    @property
    def paired(self) -> bool:
        return bool(self.bodies and self.events)

    def add(self, cue: Cue) -> None:
        names = self.bodies if cue.kind == "body" else self.events
        if cue.name not in names:
            names.append(cue.name)


def read_against(unit: UnitCues, text: str) -> None:
    """Set the cues that speak against relevance (title and first sentence only).

    >>> unit = UnitCues(); read_against(unit, "chủ tịch yêu cầu báo cáo vụ cô giáo đánh trẻ"); unit.incident
    True
    """
    unit.incident = _INCIDENT_RE.search(text) is not None or _names_a_case(text)
    unit.national = _NATIONAL_RE.search(text) is not None
    unit.administrative = _ADMINISTRATIVE_RE.search(text) is not None
    unit.press = _PRESS_RE.search(text) is not None


def _names_a_case(text: str) -> bool:
    """True when "vụ" introduces a case (an incident), not a word such as "nhiệm vụ" or "dịch vụ".

    >>> _names_a_case("triển khai nhiệm vụ năm 2023")
    False
    """
    return any(match.group(1) not in NOT_CASE_VU for match in _CASE_VU_RE.finditer(" " + text))


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
    units = [UnitCues() for _ in spans]
    starts = [s for s, _ in spans]
    for cue in find_cues(folded):
        i = bisect.bisect_right(starts, cue.start) - 1
        if i >= 0 and cue.end <= spans[i][1]:
            units[i].add(cue)
    if not units:
        return UnitCues(), []
    for i in range(min(2, len(units))):
        read_against(units[i], folded[spans[i][0] : spans[i][1]])
    title_text = folded[spans[0][0] : spans[0][1]]
    colon = title_text.find(":")
    units[0].speaker = 0 < colon <= SPEAKER_COLON_WITHIN and any(
        cue.kind == "body" and cue.end <= colon for cue in find_cues(title_text[:colon])
    )
    return units[0], units[1:]


@dataclass(slots=True)
class _Tally:
    score: float = 0.0
    fired: list[str] = field(default_factory=list)

    def add(self, rule: str, weight: float, cues: Iterable[str] = ()) -> None:
        self.score += weight
        names = ", ".join(dict.fromkeys(cues))
        self.fired.append(f"{rule} ({names})" if names else rule)


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
    if title.paired:
        tally.add("title body+event", PAIR_WEIGHTS[0], title.bodies + title.events)
    elif title.events and lead_bodies:
        tally.add("title event, lead body", WEIGHTS["title event, lead body"], title.events + lead_bodies)
    elif title.bodies and lead_events:
        tally.add("title body, lead event", WEIGHTS["title body, lead event"], title.bodies + lead_events)
    elif title.speaker and (events := [e for c in sentences for e in c.events]):
        tally.add("title speaker, event", WEIGHTS["title speaker, event"], title.bodies + events)
    elif title.bodies:
        tally.add("title body", WEIGHTS["title body"], title.bodies)
    first_pair = next((i for i, c in enumerate(lead) if c.paired), None)
    if first_pair is not None:
        cues = lead[first_pair]
        tally.add(f"lead sentence {first_pair + 1} body+event", PAIR_WEIGHTS[first_pair + 1], cues.bodies + cues.events)
    elif (later := next((c for c in sentences[LEAD_SENTENCES:] if c.paired), None)) is not None:
        tally.add("later body+event", LATER_PAIR_WEIGHT, later.bodies + later.events)
    first = lead[0] if lead else UnitCues()
    if title.incident and not title.paired:
        tally.add("title incident", WEIGHTS["title incident"])
    if first.incident and not first.paired:
        tally.add("lead incident", WEIGHTS["lead incident"])
    if (title.national or first.national) and not (title.bodies or first.bodies):
        tally.add("national actor", WEIGHTS["national actor"])
    if title.administrative or first.administrative:
        tally.add("administrative act", WEIGHTS["administrative act"])
    if title.press or first.press:
        tally.add("press answer", WEIGHTS["press answer"])
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
