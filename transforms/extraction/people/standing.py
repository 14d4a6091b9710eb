"""Which of a person's roles still stand when the article was written, read over the whole article: a post it reports
taken away ("miễn nhiệm ... đối với ông A", "A bị cách chức ...") or calls former ("A, nguyên Chánh Văn phòng Tỉnh
ủy") is not held in any of that person's mentions; and the officials left with no standing role, who are still
people the article names.
"""

from __future__ import annotations

from transforms.extraction.people.title_reading import Segment
from transforms.text import match_key

# A role's key: (person, position, organization type, level).
RoleKey = tuple[str, str, str, str]


def role_key(person: str, seg: Segment) -> RoleKey:
    """The key a role is told apart by: the person's folded name and the role's codes."""
    return match_key(person), seg.position, seg.org, seg.level or "district"


def drop_ended_posts(found: list[tuple[str, list[Segment]]]) -> None:
    """Mark as not standing, in every mention of a person, a post that one mention says was taken away from them or
    calls theirs before ("nguyên ...", "cựu ..."), unless another says they hold it now ("hiện giữ chức ...").

    Not carried to other mentions: a post of an ended term (the person may hold it again), a post whose body or level
    was not stated, one of the catch-all type `other`, and one that the same title also names as held ("Trưởng
    phòng Nông nghiệp huyện, nguyên Trưởng phòng Nội vụ huyện": two offices with one code).

    >>> seg = lambda **kw: Segment("vice_chair", "peoples_committee", "province", 0, 0, 0, **kw)
    >>> now, gone = seg(), seg(removed=True, former=True, dropped=True)
    >>> drop_ended_posts([("Ngô Văn An", [now]), ("Ngô Văn An", [gone])])
    >>> now.dropped, now.former
    (True, True)
    """
    ended: set[RoleKey] = set()
    kept: set[RoleKey] = set()
    for person, segments in found:
        held = {role_key(person, s) for s in segments if not s.dropped}
        for seg in segments:
            key = role_key(person, seg)
            if seg.current:
                kept.add(key)
            elif seg.removed or (_said_ended(seg) and key not in held):
                ended.add(key)
    ended -= kept
    for person, segments in found:
        for seg in segments:
            key = role_key(person, seg)
            if not seg.dropped and key in ended:
                seg.former = seg.dropped = True
            elif seg.dropped and key in kept and _read_as_former(seg):
                seg.former = seg.dropped = False  # "nguyên Giám đốc Sở, đại biểu HĐND" + "hiện giữ chức đại biểu"


def _read_as_former(seg: Segment) -> bool:
    """Dropped only because the words around it were read as former (a "nguyên" before the stack, a past time)."""
    return seg.former and not (seg.said_former or seg.removed or seg.past_term or seg.company or seg.bodiless)


def resolve_short_names(short: list[tuple[str, list[Segment]]], names: list[str]) -> list[tuple[str, list[Segment]]]:
    """The given names said alone ("ông Bảo") as the one full name of the article that ends with it, with what is
    said of them; those that fit no full name, or more than one, are left out.

    >>> seg = Segment("delegate", "peoples_council", "province", 0, 0, 0)
    >>> found = resolve_short_names([("Bảo", [seg]), ("Hà", [seg])], ["Lê Văn Bảo", "Trần Thị Hà", "Ngô Thu Hà"])
    >>> [(name, [s.position for s in segments]) for name, segments in found]
    [('Lê Văn Bảo', ['delegate'])]
    """
    by_given: dict[str, set[str]] = {}
    full: dict[str, str] = {}
    for name in names:
        key = match_key(name)
        full.setdefault(key, name)
        by_given.setdefault(key.rsplit(" ", 1)[-1], set()).add(key)
    out = []
    for given, segments in short:
        keys = by_given.get(match_key(given), set())
        if len(keys) == 1:
            out.append((full[next(iter(keys))], segments))
    return out


def _said_ended(seg: Segment) -> bool:
    """A post its own words call former, with its body and level stated, of a type that tells bodies apart."""
    return seg.said_former and not seg.level_guessed and not seg.bodiless and seg.org != "other"


def was_official(segments: list[Segment]) -> Segment | None:
    """The first role of a mention that makes the person an official without it standing: a post held before, one
    of an ended term, or one taken away (a business's posts do not count); None if there is none."""
    return next((s for s in segments if (s.former or s.removed) and not s.company), None)
