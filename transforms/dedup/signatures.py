"""Duplicate detection: exact copies by a hash of the folded text, near copies by MinHash LSH over word shingles of the
article body.

Exact: `text_key` hashes `match_key(clean_text)` (new tone style, lower case, whitespace collapsed), so a page saved
twice, re-encoded or re-spaced gets the same key. Near: `NearDuplicateIndex` keeps one MinHash signature per kept
document and finds earlier documents whose body shares at least `threshold` of its word 5-grams (estimated Jaccard),
which catches the same article re-published with other site chrome and a few words changed. Only body lines (at least
`BODY_LINE_MIN_WORDS` words) are shingled, so menus, banners, bylines and captions do not hide a copy. Signatures are
stored as bytes (`to_bytes` / `from_bytes`) so that the index can be rebuilt at the start of the next run.

State lives with the caller: `find_duplicates` takes the index and the key-to-first-id map and updates both in place,
so batches and runs chain.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Callable, Container, Iterable
from itertools import accumulate
from typing import TYPE_CHECKING

from transforms.text import match_key

if TYPE_CHECKING:
    from datasketch import MinHash

SHINGLE_WORDS = 5
# Estimated Jaccard of body 5-grams from which two documents are copies. Measured on the crawl: re-published copies
# and extended versions of one article 0.79-0.91; two outlets' own reports of the same event at most 0.62.
THRESHOLD = 0.75
BODY_LINE_MIN_WORDS = 8  # shorter lines are headlines, menus, captions, bylines
_MENU_RE = re.compile(r"[|»›]| > ")  # separators of menus and breadcrumbs, never of article sentences
MIN_BODY_WORDS = 20  # below this, every line is shingled
SCHEME = "affine32"  # datasketch's hashing scheme; part of the stored format
STORED_PREFIX = b"MH32"  # marks a stored signature: prefix, then num_perm little-endian uint32 hash values

_WORD_RE = re.compile(r"\w+")


def text_key(clean_text: str) -> str:
    """SHA-256 (hex) of the text with its spacing folded: equal for copies that differ only in spacing. Case and
    tone style are left alone: folding them would cost more on every page of a crawl than the rare copy it finds,
    and the near-duplicate check catches such copies among relevant pages.

    >>> text_key("Huyện Uỷ  họp\\n") == text_key("Huyện Uỷ họp") == text_key(" Huyện\\u00a0Uỷ\\thọp")
    True
    >>> len(text_key("Đại hội"))
    64
    """
    flat = clean_text.replace("\n", " ")
    # Every whitespace character but the plain space is unprintable: in a printable text, runs of spaces are all the
    # folding has to do, and halving them until none is left costs far less than splitting the text into words.
    if not flat.isprintable():
        flat = " ".join(flat.split())
    elif "  " in flat or flat.startswith(" ") or flat.endswith(" "):
        while "  " in flat:
            flat = flat.replace("  ", " ")
        flat = flat.strip(" ")
    else:
        # Nothing to fold: the bytes are the text's own with its line breaks as spaces (one byte each in UTF-8). A
        # text that a search has read already holds its UTF-8 form (`prefilter`), which `encode` then only copies.
        return hashlib.sha256(clean_text.encode("utf-8").replace(b"\n", b" ")).hexdigest()
    return hashlib.sha256(flat.encode("utf-8")).hexdigest()


def body_words(clean_text: str) -> list[str]:
    """The folded words of the article body: lines of at least `BODY_LINE_MIN_WORDS` words that are not menus or
    breadcrumbs, or every line when these are too few to compare.

    >>> line = "Sáng 5/5, Huyện Uỷ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ cuối năm."
    >>> words = body_words("Trang chủ | Liên hệ\\n" + line)
    >>> words[:6], len(words)
    (['sáng', '5', '5', 'huyện', 'ủy', 'tổ'], 24)
    """
    lines = [(_WORD_RE.findall(match_key(line)), _MENU_RE.search(line) is None) for line in clean_text.splitlines()]
    body = [word for words, prose in lines if prose and len(words) >= BODY_LINE_MIN_WORDS for word in words]
    return body if len(body) >= MIN_BODY_WORDS else [word for words, _ in lines for word in words]


def shingles(words: list[str], size: int = SHINGLE_WORDS) -> set[bytes]:
    """Word n-grams as UTF-8 bytes (the whole text as one shingle when it is shorter than n).

    >>> sorted(shingles(["a", "b", "c"], size=2))
    [b'a b', b'b c']
    >>> shingles(["a"], size=2)
    {b'a'}
    >>> shingles([])
    set()
    """
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    # The n-grams are slices of the words joined and encoded once: word k's bytes run from bounds[k] to
    # bounds[k + 1] - 1, a space after each. Slicing costs less than joining and encoding every n-gram anew.
    data = " ".join(words).encode("utf-8")
    bounds = [0, *accumulate(len(word.encode("utf-8")) + 1 for word in words)]
    return {data[start : end - 1] for start, end in zip(bounds, bounds[size:], strict=False)}


class NearDuplicateIndex:
    """MinHash signatures of kept documents, with an LSH index to find earlier near-copies of a new one.

    >>> index = NearDuplicateIndex()
    >>> text = " ".join(f"câu số {i} của bài viết về kỳ họp hội đồng nhân dân huyện." for i in range(40))
    >>> index.add("a", index.signature(text))
    >>> index.query(index.signature(text.replace("số 7 ", "thứ 7 ")))
    ['a']
    """

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = 128, seed: int = 1) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.seed = seed
        # Imported here, not with the module: datasketch pulls in SciPy (seconds), and the cleaning workers that use
        # `text_key` never need it.
        from datasketch import MinHash, MinHashLSH
        from datasketch.hashfunc import sha1_hash32

        self._minhash = MinHash
        self._hashfunc = sha1_hash32
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._signatures: dict[str, MinHash] = {}
        self._permutations = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._signatures

    def _new(self, hashvalues: list[int] | None = None, hashfunc: Callable[[int], int] | None = None) -> MinHash:
        return self._minhash(
            num_perm=self.num_perm,
            seed=self.seed,
            hashvalues=hashvalues,
            permutations=self._permutations,
            scheme=SCHEME,
            hashfunc=hashfunc or self._hashfunc,
        )

    def signature(self, text: str) -> MinHash:
        """The MinHash of the word 5-grams of a document's body."""
        signature = self._new(hashfunc=int)
        # datasketch's own hash of a shingle (`sha1_hash32`: the first 4 bytes of its SHA-1, little-endian), taken
        # here in one comprehension rather than a Python call per shingle; `int` then hands each value on as it is.
        hashes = [
            int.from_bytes(hashlib.sha1(shingle).digest()[:4], "little") for shingle in shingles(body_words(text))
        ]
        signature.update_batch(hashes)
        return signature

    def add(self, doc_id: str, signature: MinHash) -> None:
        """Keep a document (a signature of an empty body, or an id already kept, is ignored)."""
        if doc_id in self._signatures or signature.is_empty():
            return
        self._signatures[doc_id] = signature
        self._lsh.insert(doc_id, signature)

    def query(self, signature: MinHash) -> list[str]:
        """Ids of kept documents whose estimated Jaccard similarity reaches the threshold, earliest kept first."""
        if signature.is_empty():
            return []
        candidates = set(self._lsh.query(signature))
        return [
            doc_id
            for doc_id, kept in self._signatures.items()
            if doc_id in candidates and kept.jaccard(signature) >= self.threshold
        ]

    def to_bytes(self, signature: MinHash) -> bytes:
        """The stored form of a signature (4 + 4 * num_perm bytes).

        >>> index = NearDuplicateIndex(num_perm=16)
        >>> len(index.to_bytes(index.signature("một hai ba bốn năm sáu")))
        68
        """
        return STORED_PREFIX + signature.hashvalues.astype("<u4").tobytes()

    def from_bytes(self, data: bytes) -> MinHash:
        """A signature back from its stored form; ValueError if it was made with another format or `num_perm`."""
        if not data.startswith(STORED_PREFIX) or len(data) != len(STORED_PREFIX) + 4 * self.num_perm:
            raise ValueError(f"not a stored signature of this index (expected {self.num_perm} permutations)")
        return self._new(list(struct.unpack(f"<{self.num_perm}I", data[len(STORED_PREFIX) :])))

    def add_stored(self, stored: Iterable[tuple[str, bytes]]) -> None:
        """Rebuild the index from stored (doc_id, signature bytes) pairs, in the order they were kept."""
        for doc_id, data in stored:
            self.add(doc_id, self.from_bytes(data))


def find_duplicates(
    docs: Iterable[tuple[str, str]],
    index: NearDuplicateIndex,
    known_keys: dict[str, str],
    near_ids: Container[str] | None = None,
) -> dict[str, tuple[str, str]]:
    """For each duplicate among `docs` (doc_id, clean_text, in input order), the first document it copies and how:
    "exact" (same `text_key` as a document in `known_keys`, which maps keys to first ids) or "near" (the index holds an
    earlier document with the same body, give or take a few words). `known_keys` and `index` are updated in place
    with the documents kept. Only ids in `near_ids` are checked for near copies (all, when it is None).

    >>> index, keys = NearDuplicateIndex(), {}
    >>> body = " ".join(f"đoạn {i} tường thuật hội nghị ban chấp hành đảng bộ huyện lần thứ hai." for i in range(30))
    >>> copies = [("b", body.replace(" ", "  ")), ("c", "Trang chủ\\n" + body.replace("đoạn 3 ", "phần 3 "))]
    >>> find_duplicates([("a", body), *copies], index, keys)
    {'b': ('a', 'exact'), 'c': ('a', 'near')}
    """
    found: dict[str, tuple[str, str]] = {}
    for doc_id, text in docs:
        key = text_key(text)
        first = known_keys.get(key)
        if first is not None and first != doc_id:
            found[doc_id] = (first, "exact")
            continue
        known_keys.setdefault(key, doc_id)
        if near_ids is not None and doc_id not in near_ids:
            continue
        signature = index.signature(text)
        earlier = [other for other in index.query(signature) if other != doc_id]
        if earlier:
            found[doc_id] = (earlier[0], "near")
            continue
        index.add(doc_id, signature)
    return found
