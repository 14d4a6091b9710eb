"""The words of a title: its text cut into tokens with offsets, each token's key expanded into plain words
(abbreviations spelt out), and longest-phrase lookups over those words.

>>> w = expand(tokenize("PBTHU, Chủ tịch UBND huyện"))
>>> w.words[:5], position_at(w, 0)[1].position
(['phó', 'bí', 'thư', 'huyện', 'ủy'], 'deputy_secretary')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib.resources import files
from itertools import accumulate, compress, repeat
from typing import NamedTuple

from transforms.extraction.people.title_vocabulary import ABBREVIATIONS, BCH_MILITARY, POSITION_CUES, PositionCue
from transforms.text import match_key, unify_tones

_APOSTROPHE_RE = re.compile(r"['’]")
_TOKEN_RE = re.compile(r"[Đđ]/[Cc]|T[Pp]\.|T\.Ư|\w+(?:['’]\w+)*|[^\w\s]")
SEPARATORS = frozenset({",", ";", ":", "(", ")", ".", "–", "—", "-", "!", "?", "\n", "“", "”", '"', "…"})
DASHES = frozenset({"–", "—", "-"})


class Token(NamedTuple):  # a named tuple: a line makes hundreds, and a tuple is the cheapest record to build
    """One token of a text: its words as written, offsets, and its key."""

    text: str
    start: int
    end: int
    key: str

    @property
    def is_capitalised(self) -> bool:
        """'Nguyễn', 'K', "H'Hen" are; 'HĐND', 'ThS', 'huyện', 'Đ/c' are not.

        >>> [Token(t, 0, len(t), match_key(t)).is_capitalised for t in ("Nguyễn", "K", "HĐND", "huyện", "H'Hen")]
        [True, True, False, False, True]
        """
        return _is_capitalised_text(self.text)

    @property
    def is_upper_abbreviation(self) -> bool:
        """'HĐND', 'TUV', 'CQCQ' are.

        >>> Token("HĐND", 0, 4, "hđnd").is_upper_abbreviation
        True
        """
        return len(self.text) > 1 and self.text.isupper() and self.text.isalpha()


def _capitalised_part(part: str) -> bool:
    """'Nguyễn' or 'K': a capital, then only lower-case letters."""
    rest = part[1:]
    return part[:1].isupper() and (not rest or (rest.isalpha() and rest.islower()))


@functools.lru_cache(maxsize=1 << 16)  # asked of every token at almost every position of a line
def _is_capitalised_text(text: str) -> bool:
    return all(_capitalised_part(part) for part in _APOSTROPHE_RE.split(text))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens with offsets; 'Đ/c' and 'TP.' stay whole. With `start`/`end`, the tokens of `text[start:end]`, their
    offsets into `text`.

    >>> [t.text for t in tokenize("Đ/c K Thanh – TUV, Bí thư TP. Gia Nghĩa")]
    ['Đ/c', 'K', 'Thanh', '–', 'TUV', ',', 'Bí', 'thư', 'TP.', 'Gia', 'Nghĩa']
    >>> [(t.text, t.start) for t in tokenize("Ông A.\\nBà B", 7)]
    [('Bà', 7), ('B', 10)]
    """
    parts = _TOKEN_SPLIT_RE.split(text[start:end])  # spaces, token, spaces, token, ..., spaces
    offsets = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    fields = zip(words, offsets[1:-1:2], offsets[2::2], map(_token_key, words), strict=True)
    return list(map(tuple.__new__, repeat(Token), fields))  # without the named tuple's slower constructor


_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")  # what lies between two tokens is spaces only
_token_key = functools.lru_cache(maxsize=1 << 16)(match_key)  # the same words again and again


@dataclass(slots=True)
class Words:
    """Tokens expanded into plain lower-case words: `words[k]` came from token `owner[k]`."""

    tokens: list[Token]
    keys: list[str] = field(default_factory=list)  # the tokens' keys
    words: list[str] = field(default_factory=list)
    owner: list[int] = field(default_factory=list)
    first_word: list[int] = field(default_factory=list)  # token index -> index of its first word
    spelt: list[int] = field(default_factory=list)  # the tokens that are not one word as their key (`not_one_word`)


def expand(tokens: list[Token]) -> Words:
    """Spell out abbreviations: 'TUV' -> 'tỉnh ủy viên'; 'BCH' before 'quân sự' -> 'bộ chỉ huy'.

    >>> expand(tokenize("PBTHU, BCH quân sự")).words
    ['phó', 'bí', 'thư', 'huyện', 'ủy', ',', 'bộ', 'chỉ', 'huy', 'quân', 'sự']
    """
    keys = [tok.key for tok in tokens]
    out = Words(tokens, keys)
    words, owner, first_word = out.words, out.owner, out.first_word
    n = len(tokens)
    done = 0  # the tokens before this one are expanded
    out.spelt = list(compress(range(n), map(not_one_word, keys)))
    for i in out.spelt:
        first_word.extend(range(len(words), len(words) + i - done))  # the tokens in between: one word each, as is
        owner.extend(range(done, i))
        words.extend(keys[done:i])
        first_word.append(len(words))
        key = keys[i]
        parts = (_spell(tokens[i], tokens[i + 1] if i + 1 < n else None) if key in ABBREVIATIONS else key).split()
        words.extend(parts)
        owner.extend([i] * len(parts))
        done = i + 1
    first_word.extend(range(len(words), len(words) + n - done + 1))
    owner.extend(range(done, n))
    words.extend(keys[done:])
    return out


@functools.lru_cache(maxsize=1 << 16)
def not_one_word(key: str) -> bool:
    """Whether a token's key does not stand as one word: an abbreviation, words, or nothing printable."""
    return not key or not key.isprintable() or " " in key or key in ABBREVIATIONS


def _spell(tok: Token, following: Token | None) -> str:
    """One token's words: an abbreviation (written in capitals, or 'Tp.') spelt out, else its key."""
    if tok.key == "bch" and following is not None and following.key in ("quân", "qs"):
        return BCH_MILITARY
    if tok.key in ABBREVIATIONS and (tok.text.isupper() or tok.key in ("tp.", "tp")):
        return ABBREVIATIONS[tok.key]
    return tok.key


# Phrases by first word: for each length they come in, longest first, the phrases of that length.
PhraseIndex = dict[str, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]]


def phrase_index(phrases: dict[str, object] | frozenset[str] | tuple[str, ...]) -> PhraseIndex:
    """Phrases grouped by first word, then by length, longest first, for longest-match lookups."""
    table: dict[str, dict[int, set[tuple[str, ...]]]] = {}
    for phrase in phrases:
        words = tuple(match_key(phrase).split())
        table.setdefault(words[0], {}).setdefault(len(words), set()).add(words)
    return {
        first: tuple((n, frozenset(by_length[n])) for n in sorted(by_length, reverse=True))
        for first, by_length in table.items()
    }


POSITION_INDEX = phrase_index(POSITION_CUES)


def longest_match(words: list[str], k: int, index: PhraseIndex, stop: int | None = None) -> int:
    """How many words from `words[k]` the longest phrase of `index` covers (0 if none).

    >>> longest_match(["phó", "bí", "thư", "huyện"], 0, POSITION_INDEX)
    3
    """
    end = len(words) if stop is None else stop
    if k >= end:
        return 0
    for n, phrases in index.get(words[k], ()):  # a set look-up per length, not a comparison per phrase
        if k + n <= end and tuple(words[k : k + n]) in phrases:
            return n
    return 0


def position_at(w: Words, k: int) -> tuple[int, PositionCue | None]:
    """The position cue starting at word `k`, as (words covered, cue).

    >>> position_at(expand(tokenize("PCT TT HĐND")), 0)[1].position
    'standing_vice_chair'
    """
    if k >= len(w.words) or w.words[k] not in POSITION_INDEX:  # most words begin no position
        return 0, None
    if k > 0 and w.words[k - 1] == "ban" and w.words[k] == "bí":  # "Ban Bí thư" is a body, not the post
        return 0, None
    n = longest_match(w.words, k, POSITION_INDEX)
    return (n, POSITION_CUES[" ".join(w.words[k : k + n])]) if n else (0, None)


def capitalised_run(tokens: list[Token], i: int, stop: int) -> int:
    """End (exclusive) of the run of capitalised tokens from `i`.

    >>> capitalised_run(tokenize("Hoàng Dân Mạc tái cử"), 0, 5)
    3
    """
    j = i
    while j < stop and tokens[j].is_capitalised:
        j += 1
    return j


# The word list underthesea ships (Hồ Ngọc Đức's dictionary of some 74,000 Vietnamese words): which syllables make
# one word, so that a body's name is never cut inside one ("Sở Quy hoạch", not "Sở Quy").
_DICTIONARY = ("corpus", "data", "Viet74K.txt")
_MAX_WORD = 4  # syllables


@functools.cache
def dictionary_words() -> frozenset[str]:
    """The dictionary's words of two to four syllables, as match keys (read once, on first use)."""
    text = files("underthesea").joinpath(*_DICTIONARY).read_text(encoding="utf-8")
    return frozenset(
        " ".join(w.split()) for w in unify_tones(text).casefold().split("\n") if 1 <= w.count(" ") < _MAX_WORD
    )


def word_completion(tokens: list[Token], i: int, stop: int) -> int:
    """How many lower-case syllables after token `i` complete the word it begins ("Quy" + "hoạch"), by the longest
    dictionary word; 0 if none.

    >>> word_completion(tokenize("Sở Quy hoạch Kiến trúc"), 1, 5), word_completion(tokenize("Hội Luật gia tỉnh"), 1, 4)
    (1, 1)
    """
    words = dictionary_words()
    best = 0
    for n in range(1, _MAX_WORD):
        j = i + n
        if j >= stop or not tokens[j].text.isalpha() or not tokens[j].text.islower():
            break
        if " ".join(t.key for t in tokens[i : j + 1]) in words:
            best = n
    return best
