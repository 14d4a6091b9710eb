"""A session's term told elsewhere in the article: the years of its "khóa" where another mention gives them ("đại biểu
HĐND khoá IX (2016-2021)"), the term of its body where another mention of that body (or of the unit's People's
Committee, which serves the council's term) states it ("Hội đồng nhân dân phường X khóa I, nhiệm kỳ 2021 – 2026"), or
the council's term stated in the sentence of a council's meeting ("... trước kỳ họp thường lệ cuối năm 2025, khóa I,
nhiệm kỳ 2021–2026").
"""

from __future__ import annotations

import functools
from dataclasses import replace

import regex

from transforms.extraction.sessions.bodies import FLAGS, WORD_END, Body, find_bodies
from transforms.model import DocumentContext, Sentence, SessionMention
from transforms.text import match_key, parse_roman, parse_term_years, roman

_YEARS = r"(?P<y>(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2})"
# "khóa IX (2016-2021)", "khoá XIII, nhiệm kỳ 2016-2021", "khóa 10 (nhiệm kỳ 2015-2020)".
_TERM_YEARS_RE = regex.compile(
    r"kh[óo]a\s+(?P<t>[IVXLC]+|\d{1,2})(?![\p{L}\d])\s*(?:,\s*|\(\s*)(?:nhiệm\s+kỳ\s*)?" + _YEARS, FLAGS
)
# A body's trailers: ", khóa I, nhiệm kỳ 2021 – 2026", " nhiệm kỳ 2020-2025".
_BODY_TERM_RE = regex.compile(
    r"(?:\s*,?\s*kh[óo]a\s+(?P<t>[IVXLC]+|\d{1,2})(?![\p{L}\d]))?\s*(?:,\s*|\(\s*)?nhiệm\s+kỳ\s*" + _YEARS, FLAGS
)
# The council's words a term in the same sentence follows: "kỳ họp ..., khóa I, nhiệm kỳ 2021–2026".
_COUNCIL_TERM_RE = regex.compile(
    r"(?:k[ỳì]\s+họp|hđnd|hội\s+đồng\s+nhân\s+dân)" + WORD_END + r"[^;.!?\n]{0,60}?"
    r"(?:kh[óo]a\s+(?P<t>[IVXLC]+|\d{1,2})(?![\p{L}\d])\s*(?:,\s*|\(\s*)(?:nhiệm\s+kỳ\s*)?|nhiệm\s+kỳ\s*)" + _YEARS,
    FLAGS,
)
_YEARS_RE = regex.compile(r"(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}")
_ANY_YEARS_RE = regex.compile(r"nhiệm\s+kỳ\s*(?:19|20)\d{2}\s*[-–—]", FLAGS)


def _term_value(raw: str) -> int | None:
    return int(raw) if raw.isdecimal() else parse_roman(raw)


@functools.lru_cache(maxsize=8)
def _all_bodies(text: str, central_city: bool) -> tuple[Body, ...]:
    return tuple(find_bodies(text, 0, len(text), central_city))


def _same_place(place: str | None, other: str | None) -> bool:
    """Whether a body's place fits another mention's: the same name, one the start of the other ("Hòa Lợi" and
    "Hòa Lợi TPHCM"), or no name in the other mention ("HĐND tỉnh")."""
    if other is None:
        return True
    a, b = match_key(place or ""), match_key(other)
    return bool(a) and (a == b or a.startswith(b + " ") or b.startswith(a + " "))


def fill_term(
    ctx: DocumentContext, key: str, session: SessionMention, sentences: list[Sentence], central_city: bool = False
) -> SessionMention:
    """`session` with the term and term years the article states elsewhere, where its own mentions gave none
    (`sentences`: those of its mentions; `central_city`: an unnamed "thành phố" is a province, see `find_bodies`)."""
    if session.term_start_year is not None:
        return session
    years: tuple[int, int] | None = None
    term = session.term
    if term is not None:  # the same "khóa" with its years elsewhere
        value = parse_roman(term)
        for m in _TERM_YEARS_RE.finditer(key):
            if _term_value(m.group("t")) == value:
                years = parse_term_years(m.group("y"))
                break
    # another mention of its body with its term, or of the People's Committee a council elects, where the article
    # names one term only (a term is read with its years: without any in the text, its bodies need not be read)
    if years is None and session.body_type is not None and _ANY_YEARS_RE.search(key):
        committee_term = session.body_type == "peoples_council" and _one_term(key)
        for b in _all_bodies(ctx.clean_text, central_city):
            kin = b.body_type == "peoples_committee" and committee_term
            same = (b.body_type == session.body_type or kin) and b.level == session.level
            if not same or not _same_place(session.place_name, b.place_name):
                continue
            m = _BODY_TERM_RE.match(key, b.end)
            if m and (term is None or m.group("t") is None or _term_value(m.group("t")) == parse_roman(term)):
                years, term = parse_term_years(m.group("y")), term or _roman_of(m.group("t"))
                break
    for sentence in sentences if years is None and session.body_type == "peoples_council" else ():
        found = list(
            _COUNCIL_TERM_RE.finditer(key, sentence.start, sentence.end)
        )  # the council's term, in its sentence
        if len(found) == 1 and len(_ANY_YEARS_RE.findall(key, sentence.start, sentence.end)) == 1:
            years, term = parse_term_years(found[0].group("y")), term or _roman_of(found[0].group("t"))
            break
    if years is None:
        return session
    return replace(session, term=term, term_start_year=years[0], term_end_year=years[1])


def _one_term(key: str) -> bool:
    """Whether the article names the years of one term only: a People's Committee's term then tells its council's
    (the council elects the committee, for the council's own term: "Chủ tịch UBND tỉnh X, nhiệm kỳ 2016-2021").

    >>> _one_term("ubnd tỉnh, nhiệm kỳ 2016-2021; hđnd khóa xiv (2016 - 2021)"), _one_term("2011-2016, 2016-2021")
    (True, False)
    """
    return len({parse_term_years(y) for y in _YEARS_RE.findall(key)}) == 1


def _roman_of(raw: str | None) -> str | None:
    value = _term_value(raw) if raw else None
    return roman(value) if value else None
