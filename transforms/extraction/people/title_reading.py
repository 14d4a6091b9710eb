"""What reading a title yields and works with: one role as read from the text (`Segment`), and the options that hold
for every title of one document (`Reading`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Segment:
    """One role of a stack, as read from the text; `level` is None until the stack resolves it."""

    position: str
    org: str
    level: str | None
    start: int  # offsets of the role's words
    end: int
    token_end: int  # index of the first token after the role
    place: str | None = None
    former: bool = False
    dropped: bool = False  # read, but not a standing role (a former title, a working delegation, no body named)
    name_start: int | None = None  # token index of a person's name that the role's words run into
    name_end: int | None = None
    explicit_level: bool = False
    level_guessed: bool = False  # no level stated in the stack: the document's (or the fallback) was taken
    bodiless: bool = False  # a position that needs a body ("Phó Chủ tịch") and was written without one
    past_term: bool = False  # held for a term that had ended ("Bí thư Tỉnh ủy nhiệm kỳ 2010-2015")
    period: bool = False  # the term was written as a period of years ("giai đoạn 2011 - 2016")
    company: bool = False  # a post in a business ("Tổng giám đốc Công ty ..."): read, never an official's role
    said_former: bool = False  # its own words say so: "nguyên Bí thư ...", "cựu Chủ tịch ..."
    current: bool = False  # said to be held now: "hiện giữ chức ...", "vẫn đang giữ chức ..."
    removed: bool = False  # taken away by the act the article reports ("miễn nhiệm ... đối với ông A")


@dataclass(slots=True)
class Reading:
    """Options for reading titles of one document."""

    doc_level_hint: str | None = None
    central_city: bool = False  # the document is about a centrally-run city: a bare "Thành ủy" is province level
    reference_year: int | None = None  # when the article was written (its publication year), if known
    newest_term_start: int | None = None  # the first year of the latest term ("nhiệm kỳ 2015-2020") it names
    known_names: frozenset[str] = frozenset()  # names the article gives after a cue ("ông ..."), as match keys

    def is_past(self, first: int, last: int) -> bool:
        """Whether a term from `first` to `last` had ended when the article was written: before its publication
        year, or before a newer term the article names began.

        >>> Reading(reference_year=2017).is_past(2010, 2015), Reading(newest_term_start=2016).is_past(2011, 2016)
        (True, True)
        >>> Reading(reference_year=2016, newest_term_start=2016).is_past(2016, 2021)
        False
        """
        if self.reference_year is not None and last < self.reference_year:
            return True
        return self.newest_term_start is not None and first < self.newest_term_start and last <= self.newest_term_start
