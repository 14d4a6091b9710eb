"""One role's words in a title ("Bí thư Huyện ủy Bắc Sơn"): the position cue, the body and unit words after it, and
a place or a person's name they run into; `title_codes` makes the (position, organization_type, level) codes of them.
"""

from __future__ import annotations

from transforms.extraction.people.body_vocabulary import DASH_JOINED_AFTER, ORG_CUES, ORG_WORDS
from transforms.extraction.people.prefix_vocabulary import FORMER_WORDS, RANKS
from transforms.extraction.people.title_codes import _classify, _cue_allowed
from transforms.extraction.people.title_names import PLACE_FIRST_TAKERS, PLACE_TAKERS, SURNAMES, split_run
from transforms.extraction.people.title_reading import Reading, Segment
from transforms.extraction.people.title_terms import term_tail
from transforms.extraction.people.title_vocabulary import JOINERS, PositionCue
from transforms.extraction.people.title_words import (
    DASHES,
    SEPARATORS,
    Token,
    Words,
    capitalised_run,
    longest_match,
    phrase_index,
    position_at,
    word_completion,
)

# Units that cities number rather than name ("quận 5", "phường 12").
NUMBERED_UNITS = frozenset({"quận", "phường", "huyện", "xã"})
_RANK_INDEX = phrase_index(RANKS)
_CUE_INDEX = phrase_index(("ông", "bà", "đồng chí", "đ/c"))
_ORG_WORD_INDEX = phrase_index(ORG_WORDS | frozenset(ORG_CUES))
_FORMER_INDEX = phrase_index(FORMER_WORDS)


def _body_word_len(w: Words, k: int, stop: int) -> int:
    """How many words from `k` are words of a body's name (0 if none)."""
    if k >= stop or w.words[k] not in _ORG_WORD_INDEX:
        return 0
    n = longest_match(w.words, k, _ORG_WORD_INDEX, stop)
    if not n or not _cue_allowed(w, k, " ".join(w.words[k : k + n])):
        return 0
    tok_i = w.owner[k]
    one_word_token = w.first_word[tok_i] == k and w.first_word[tok_i + 1] == k + 1  # "ban", not one of "UBND"'s
    if n == 1 and one_word_token and word_completion(w.tokens, tok_i, len(w.tokens)):
        return 0  # the body word begins a longer word: "ban hành", "thị trường", "đoàn kết"
    return n


def read_segment(
    w: Words, k: int, stop: int, reading: Reading, seat: tuple[int, PositionCue] | None = None
) -> Segment | None:
    """Read one role starting at word `k` (a position cue, maybe after 'nguyên'); None if no position starts there.
    `seat`: the role's words begin with a body, not a position ("Ban Thường vụ Tỉnh ủy" for a seat on it), and
    this many of them say the position given.

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> s = read_segment(expand(tokenize("Bí thư Huyện ủy Bắc Sơn phát biểu")), 0, 7, Reading())
    >>> (s.position, s.org, s.level, s.place)
    ('secretary', 'party_committee', 'district', 'Bắc Sơn')
    """
    start_k = k
    former = False
    n = longest_match(w.words, k, _FORMER_INDEX, stop)
    if n:
        former = True
        k += n
    n, cue = position_at(w, k) if seat is None else seat
    if cue is None:
        return None
    body_start = k + n
    k = body_start
    place: str | None = None
    name_span: tuple[int, int] | None = None
    last_body = body_start  # word index after the last word that belongs to the role
    token_stop = w.owner[stop - 1] + 1 if stop else 0
    term: tuple[int, int] | None = None
    place_dash = False  # the place read so far goes on after a dash ("Bà Rịa - Vũng Tàu")
    period = False
    while k < stop:
        tok_i = w.owner[k]
        tok = w.tokens[tok_i]
        if w.first_word[tok_i] != k:  # the rest of an abbreviation's words
            k += 1
            last_body = k
            continue
        tail, years = term_tail(w.words, k, stop)
        if tail:
            period = period or "giai" in w.words[k : k + tail]
            k += tail
            last_body = k
            term = years or term
            continue
        if _abbreviation_aside(w, tok_i, token_stop):  # "Mặt trận Tổ quốc Việt Nam (MTTQVN) TP HCM"
            k = w.first_word[tok_i + 3] if tok_i + 3 < len(w.tokens) else stop
            last_body = k
            continue
        if tok.key in JOINERS or (tok.text in SEPARATORS and tok.text not in DASHES):
            break
        if position_at(w, k)[1] is not None and w.words[k - 1] != "đoàn":  # "Trưởng đoàn ĐBQH" is one role
            break
        if longest_match(w.words, k, _RANK_INDEX) or _cue_of_a_name(w, k):  # "... và bà Lê Thị A": another person
            break
        if tok.text in DASHES:
            if _dash_continues(w, k, stop):
                k += 1
                continue
            if place is not None and _place_goes_on(w, tok_i, token_stop):  # "Tỉnh ủy Bà Rịa - Vũng Tàu"
                place_dash = True
                k += 1
                continue
            break
        m = _body_word_len(w, k, stop)
        if tok.is_capitalised and (not m or (m == 1 and tok.key in SURNAMES)):
            run_end = _run_to_title(w, tok_i, capitalised_run(w.tokens, tok_i, token_stop))
            keys = [t.key for t in w.tokens[tok_i:run_end]]
            taker = _place_taker(w, k)
            after_taker = taker is not None or place_dash
            place_first = taker in PLACE_FIRST_TAKERS and " ".join(keys) not in reading.known_names
            split = split_run(keys, after_taker, place_first)
            if split is not None and not (m and split == 0 and len(keys) < 3):
                if split:
                    second = _join(w.tokens[tok_i : tok_i + split])
                    place = f"{place} - {second}" if place_dash and place else second
                    last_body = w.first_word[tok_i + split]
                name_span = (tok_i + split, run_end)
                break
            if m:
                k += m
                last_body = k
                continue
            if place_dash:
                place, place_dash = f"{place} - {_join(w.tokens[tok_i:run_end])}", False
            elif after_taker and place is None:
                place = _join(w.tokens[tok_i:run_end])
            if not _opens_title(w, w.first_word[run_end - 1]):
                run_end += word_completion(w.tokens, run_end - 1, token_stop)  # "Sở Quy hoạch", not "Sở Quy"
            k = w.first_word[run_end] if run_end < len(w.tokens) else stop
            last_body = k
            continue
        if m:
            k += m
            last_body = k
            continue
        if tok.key.isdigit() and _place_taker(w, k) in NUMBERED_UNITS:  # "Chủ tịch UBND quận 12"
            place = place or tok.text
            k += 1
            last_body = k
            continue
        if tok.is_upper_abbreviation:
            k += 1
            last_body = k
            continue
        break
    last_body = _trim_connectors(w, body_start, last_body)
    seg = _classify(w, start_k, body_start, last_body, cue, reading)
    seg.past_term = term is not None and reading.is_past(*term)
    seg.period = period
    seg.former = former or seg.past_term
    seg.said_former = former
    seg.place = place
    seg.dropped = seg.dropped or seg.former
    if name_span is not None:
        seg.name_start, seg.name_end = name_span
    return seg


def _opens_title(w: Words, k: int) -> bool:
    """Whether a position, a rank or a person cue starts at word `k` ("Thứ trưởng", "Đại tá", "ông")."""
    return (
        position_at(w, k)[1] is not None
        or longest_match(w.words, k, _RANK_INDEX) > 0
        or longest_match(w.words, k, _CUE_INDEX) > 0
    )


def _cue_of_a_name(w: Words, k: int) -> bool:
    """Whether a person cue at word `k` introduces a name ("bà Vũ Thị Cánh"), not a place that begins with the same
    word ("Bà Rịa")."""
    n = longest_match(w.words, k, _CUE_INDEX)
    if not n or k + n >= len(w.words):
        return False
    if not w.tokens[w.owner[k]].is_capitalised:
        return True
    return w.words[k + n] in SURNAMES and w.tokens[w.owner[k + n]].is_capitalised


def _run_to_title(w: Words, tok_i: int, run_end: int) -> int:
    """A capitalised run cut where a title begins inside it ("Yên Bái Thứ trưởng ...": the place ends at "Bái")."""
    for j in range(tok_i + 1, run_end):
        if _opens_title(w, w.first_word[j]):
            return j
    return run_end


def _join(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


def _abbreviation_aside(w: Words, tok_i: int, token_stop: int) -> bool:
    """Whether token `tok_i` opens a body's abbreviation in parentheses: "(MTTQVN)", "(UBKT)".

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> _abbreviation_aside(expand(tokenize("Mặt trận (MTTQVN) TP")), 2, 6)
    True
    """
    return (
        tok_i + 2 < token_stop
        and w.tokens[tok_i].text == "("
        and w.tokens[tok_i + 1].is_upper_abbreviation
        and w.tokens[tok_i + 2].text == ")"
    )


def _place_taker(w: Words, k: int) -> str | None:
    """The unit word ('tỉnh', 'thị xã', 'TP', '... ủy') that word `k` follows, so a place name is expected there."""
    prev = w.words[k - 1] if k > 0 else ""
    prev2 = " ".join(w.words[k - 2 : k]) if k > 1 else ""
    if prev2 in PLACE_TAKERS:
        return prev2
    return prev if prev in PLACE_TAKERS else None


def _place_goes_on(w: Words, tok_i: int, token_stop: int) -> bool:
    """Whether the dash at token `tok_i` joins two halves of a place's name: a capitalised word on each side."""
    return 0 < tok_i < token_stop - 1 and w.tokens[tok_i - 1].is_capitalised and w.tokens[tok_i + 1].is_capitalised


def _dash_continues(w: Words, k: int, stop: int) -> bool:
    """A dash inside a body's name ('Ban Kinh tế - Xã hội', 'KT-XH', 'Văn hóa - Xã hội'), not between two roles."""
    if k + 1 >= stop or k == 0 or position_at(w, k + 1)[1] is not None:
        return False
    return w.words[k - 1] in DASH_JOINED_AFTER


def _trim_connectors(w: Words, lo: int, hi: int) -> int:
    """Drop trailing 'và', '&', 'của', 'các' from a body's words."""
    while hi > lo and w.words[hi - 1] in ("và", "&", "của", "các", "-"):
        hi -= 1
    return hi
