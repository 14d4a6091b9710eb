"""Where a person's name stands in a line: the cue words that introduce it ("đồng chí", "ông", a rank), the clause
it opens, and the capitalised runs that can be a name.
"""

from __future__ import annotations

from dataclasses import dataclass

from transforms.extraction.people.title_names import NOT_PEOPLE, SURNAMES, UNIT_NAME_STARTS, split_run
from transforms.extraction.people.title_words import (
    SEPARATORS,
    Words,
    capitalised_run,
    longest_match,
    phrase_index,
    position_at,
)
from transforms.extraction.people.titles import skip_prefixes

# Words that introduce a person by name. Capitalised "Ông"/"Bà" count only where a clause begins.
PERSON_CUES = ("đồng chí", "đ/c", "ông", "bà", "đc")
RANK_CUES = (
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
    "đại úy", "thượng úy", "trung úy", "thiếu úy",
)  # fmt: skip
# Words after which a title opens a clause ("Dự có Bí thư ...") rather than being an object ("quyền của Thủ tướng").
CLAUSE_OPENERS = frozenset({"và", "có", "các", "gồm", "là", "cùng", "dự"})
# Marks that open a clause besides the separators: list bullets ("* Bà ...", "• Ông ...").
BULLETS = frozenset({"*", "•", "+", ">", "·"})
MIN_CUED_NAME, MAX_CUED_NAME = 2, 5
MIN_NAME, MAX_NAME = 3, 4

_CUE_INDEX = phrase_index(PERSON_CUES + RANK_CUES)


@dataclass(slots=True)
class Name:
    """A person's name found in a line: token span and whether a cue word introduced it."""

    start: int  # token indices, end exclusive
    end: int
    cued: bool
    short: bool = False  # a given name alone after "ông"/"bà" ("ông Bảo"): the article's way back to a full name


def _cue_end(w: Words, k: int) -> int | None:
    """Word index after a person cue at `k` ('đồng chí', 'Đ/c', 'ông', a rank, 'các đồng chí:'), or None."""
    j = k
    if j < len(w.words) and w.words[j] == "các":
        j += 1
    if j >= len(w.words) or w.words[j] not in _CUE_INDEX:  # most words begin no cue
        return None
    n = longest_match(w.words, j, _CUE_INDEX)
    if not n:
        return None
    tok = w.tokens[w.owner[j]]
    if tok.key in ("ông", "bà") and tok.text[0].isupper() and not _clause_start(w, w.owner[j]):
        return None
    j += n
    while True:  # "ông ông Võ Văn Dũng", "các đồng chí: ..."
        while j < len(w.words) and w.words[j] in (":", "."):
            j += 1
        again = longest_match(w.words, j, _CUE_INDEX)
        if not again:
            break
        j += again
    return skip_prefixes(w, j, len(w.words))


def _clause_start(w: Words, tok_i: int) -> bool:
    """Whether token `tok_i` opens a line or a clause: it follows a separator or a word such as 'có' (not 'của').

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> _clause_start(expand(tokenize("theo ủy quyền của Thủ tướng")), 4)
    False
    """
    before = w.tokens[tok_i - 1] if tok_i else None
    return before is None or before.text in SEPARATORS or before.text in BULLETS or before.key in CLAUSE_OPENERS


def _name_at(w: Words, tok_i: int, cued: bool) -> Name | None:
    """A person's name starting at token `tok_i`, if the capitalised run there is one."""
    if tok_i >= len(w.tokens) or not w.tokens[tok_i].is_capitalised:
        return None
    if not cued and tok_i > 0 and w.tokens[tok_i - 1].is_capitalised:
        return None  # the tail of a longer capitalised run
    end = capitalised_run(w.tokens, tok_i, len(w.tokens))
    # a position inside the run ends the name: "Hoàng Dân Mạc Bí thư Tỉnh ủy"
    for j in range(tok_i + 1, end):
        if position_at(w, w.first_word[j])[1] is not None:
            end = j
            break
    if not _valid_name(w, tok_i, end, cued):
        return None
    return Name(tok_i, end, cued)


def _short_name_at(w: Words, k: int, cue_end: int) -> Name | None:
    """A given name said alone after "ông", "bà" or "đồng chí" (word `k`, the cue ending at word `cue_end`): "ông
    Bảo" for a person the article has named in full.

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> _short_name_at(expand(tokenize("Hiện ông Bảo giữ chức")), 1, 2)
    Name(start=2, end=3, cued=True, short=True)
    """
    if w.words[k] not in _SHORT_CUES or cue_end >= len(w.words):
        return None
    tok_i = w.owner[cue_end]
    if not w.tokens[tok_i].is_capitalised or capitalised_run(w.tokens, tok_i, len(w.tokens)) != tok_i + 1:
        return None
    if w.tokens[tok_i].key in UNIT_NAME_STARTS or position_at(w, cue_end)[1] is not None:
        return None
    return Name(tok_i, tok_i + 1, True, short=True)


_SHORT_CUES = frozenset({"ông", "bà", "đồng"})


def _valid_name(w: Words, start: int, end: int, cued: bool) -> bool:
    """Whether tokens [start, end) can be a person's name."""
    keys = [t.key for t in w.tokens[start:end]]
    if not keys or " ".join(keys) in NOT_PEOPLE or keys[0] in UNIT_NAME_STARTS:
        return False
    if cued:
        return MIN_CUED_NAME <= len(keys) <= MAX_CUED_NAME
    return MIN_NAME <= len(keys) <= MAX_NAME and keys[0] in SURNAMES and split_run(keys, False) == 0


def _name_after_copula(w: Words, tok_i: int, removal: bool = False, opens_clause: bool = False) -> Name | None:
    """The (first) name a title is given to by "là", "gồm" or a colon: "Bí thư Thành ủy là ông Dương Anh Điền",
    "4 Phó Bí thư Thành ủy gồm: bà A, ...", "các đồng chí Phó Bí thư Tỉnh ủy: Nguyễn Văn Đường, ..."; with
    `removal`, a post taken away, by "đối với" or "với": "miễn nhiệm đại biểu HĐND đối với 2 đại biểu: A và B".
    A title that opens its clause may reach "là" and a cued name across a few words ("Phó Chủ tịch UBND tỉnh nhận
    được nhiều phiếu tín nhiệm thấp nhất là ông A").

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> w = expand(tokenize("Bí thư Thành ủy là ông Dương Anh Điền"))
    >>> _name_after_copula(w, 4)
    Name(start=6, end=9, cued=True, short=False)
    """
    j = tok_i
    if j < len(w.tokens) and w.tokens[j].key in ("tái", "mới") and j + 1 < len(w.tokens):
        j += 2 if w.tokens[j].key == "tái" else 1  # "Phó Chủ tịch tái cử là ...", "Bí thư mới là ..."
    if j < len(w.tokens) and w.tokens[j].text == "," and j + 1 < len(w.tokens) and w.tokens[j + 1].key == "gồm":
        j += 1  # "3 Phó Bí thư, gồm: ..."
    if removal and j < len(w.tokens) and w.tokens[j].key in ("đối", "với"):
        j += 1 if w.tokens[j].key == "với" else 2 if j + 1 < len(w.tokens) and w.tokens[j + 1].key == "với" else 0
        j = _skip_restated_title(w, j)
    elif opens_clause and (gap := _copula_across(w, j)) is not None:
        cue_end = _cue_end(w, w.first_word[gap])
        return None if cue_end is None or cue_end >= len(w.words) else _name_at(w, w.owner[cue_end], True)
    elif j >= len(w.tokens) or (w.tokens[j].key not in ("là", "gồm") and w.tokens[j].text != ":"):
        return None
    else:
        j += 1
    while j < len(w.tokens) and (w.tokens[j].key in ("có", "các") or w.tokens[j].text == ":"):
        j += 1
    if j >= len(w.tokens):
        return None
    cue_end = _cue_end(w, w.first_word[j])
    if cue_end is None:
        return _name_at(w, j, False)
    if cue_end >= len(w.words):
        return None
    return _name_at(w, w.owner[cue_end], True)


def _skip_restated_title(w: Words, tok_i: int) -> int:
    """Past a count and the bare title restated before a list of names ("2 đại biểu:", "các đồng chí:").

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> _skip_restated_title(expand(tokenize("2 đại biểu: Lê Văn An")), 0)
    4
    """
    j = tok_i
    if j < len(w.tokens) and (w.tokens[j].key.isdigit() or w.tokens[j].key in ("các", "những", "hai", "ba")):
        k = w.first_word[j + 1] if j + 1 < len(w.tokens) else len(w.words)
        n, cue = position_at(w, k)
        if cue is not None and k + n < len(w.words) and w.words[k + n] == ":":
            return w.owner[k + n] + 1
    return j


_MAX_GAP = 10  # tokens between a title and the "là" that gives it to a name


def _copula_across(w: Words, tok_i: int) -> int | None:
    """The token after a "là" that follows token `tok_i` across a few lower-case words, with no separator, title or
    capitalised word between; None if there is none.

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> _copula_across(expand(tokenize("nhận nhiều phiếu nhất là ông A")), 0)
    5
    """
    for j in range(tok_i, min(len(w.tokens), tok_i + _MAX_GAP)):
        tok = w.tokens[j]
        if tok.key == "là":
            return j + 1 if j > tok_i else None
        if tok.text in SEPARATORS or tok.is_capitalised or position_at(w, w.first_word[j])[1] is not None:
            return None
    return None
