"""The hand-written rules: the cues of a page's opening weighed into a score. The learned model of
`transforms.relevance.verdict` reads this score, the rules that fired and the cues beneath them as its knowledge
features; `rule_verdict` is the rules' own verdict (the score against `THRESHOLD`), kept for comparison and tests.

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

Stage 1 (every page, `transforms.relevance.cues`): the title and the first `WINDOW_CHARS` characters are scanned by
two Aho-Corasick automata in C (every phrase in each casing and both tone styles), each stopping at its first hit; a
page that names no local body or office holder, or no meeting, personnel, decision or result word, is irrelevant at
once. Stage 2 (about one page in twelve): the opening is folded (`unify_tones`, casefold, single spaces), cut into
the title and its sentences (photo captions and repeated sentences dropped), and matched once more with word
boundaries; generic plurals ("UBND các tỉnh"), masking phrases ("giao thông" for "giao") and events a national body
or an international forum owns ("kỳ họp thứ 6 Quốc hội", "hội nghị quốc tế") are dropped. `transforms.relevance.opening`
reads each unit: a decision or directive counts only when a body or a province named as actor governs it ("UBND
tỉnh vừa yêu cầu", "Hà Nội đề xuất", "công văn của UBND tỉnh"), a province or a district named with its level word
that opens its clause holds a meeting as its government ("Ngày 7/2, Quảng Nam tổ chức Hội nghị"; the gate lets such a
page through without a body word), not when the body is a source ("UBND xã cho biết"),
an object or the addressee of a request ("đề nghị UBND tỉnh"), nor when its document is only the cause of someone
else's act ("theo văn bản của UBND tỉnh"); in the title an act counts when it opens the headline or its part after a
colon. Here a unit naming a body with an event or a governed act is evidence, weighted by how near the top it stands
and by what it names (a formal meeting counts more than a decision told in the third sentence); incident,
national-only, press-answer and festival cues in the title or first sentence count against, and so does an office
holder speaking at the National Assembly's sitting (its corridor, its group discussion) unless voters or a local
personnel decision are the news, unless the first
sentence's body directs or decides about the incident, or a national body decides about a local body's office
holders. Every phrase is data in `transforms.relevance.vocabulary` and every weight here; `reason` lists the rules that
fired.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from transforms.model import Relevance
from transforms.relevance.actors import actors_of, governed
from transforms.relevance.cues import Cue, expand, find_cues, fold, passes_gate, sentence_spans, surface_forms
from transforms.relevance.opening import DEPUTY_UNITS, WINDOW_CHARS, UnitCues, read_opening
from transforms.relevance.vocabulary import ACT_VERBS, BODY_PHRASES, EVENT_PHRASES

# The public names other modules and the tests import from here.
__all__ = [
    "ACT_VERBS",
    "BODY_PHRASES",
    "EVENT_PHRASES",
    "GATE_REASON",
    "THRESHOLD",
    "WINDOW_CHARS",
    "Cue",
    "UnitCues",
    "actors_of",
    "expand",
    "find_cues",
    "fold",
    "governed",
    "passes_gate",
    "read_opening",
    "rule_verdict",
    "score_opening",
    "sentence_spans",
    "surface_forms",
]

THRESHOLD = 2.0
GATE_REASON = "no local-government body and event named"  # the reason of a page the stage-1 gate stops

# Where a unit naming a body with an event stands decides its weight: the title, then the lead sentences. A meeting
# of the body (a session, congress, conference, voter meeting...) frames the article even in the third sentence.
PAIR_WEIGHTS: tuple[float, ...] = (3.0, 2.0, 2.0, 1.0)  # title, sentence 1, 2, 3
ACT_PAIR_WEIGHTS: tuple[float, ...] = (3.0, 2.0, 1.5, 0.5)  # a body with a decision only: context more often
MEETING_PAIR_WEIGHT = 2.0  # a body with a meeting event in sentence 3
LATER_PAIR_WEIGHT = 0.5  # a pair further down the opening
PERSONNEL_EVENTS = frozenset(("appointment", "discipline", "election"))  # in the title: the news is the decision
# The bodies whose office holders make a national body's personnel decision local news (not a National Assembly
# deputy's or the Front's Central Committee's).
PERSONNEL_BODIES = frozenset(
    ("council", "people's committee", "party committee", "party organisation", "local leadership")
)
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
    "deputy at the assembly": -3.0,  # a local office holder speaking as a deputy at the National Assembly's sitting
}
LEAD_SENTENCES = len(PAIR_WEIGHTS) - 1


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
    # a headline's act is the body's only when the lead names the body otherwise than as the addressee of a request
    acting_bodies = [b for c in lead if not c.addressed for b in c.bodies]
    lead_events = [e for c in lead for e in c.events]
    lead_acts = [a for c in lead for a in c.acts]
    if title.paired:
        tally.add("title body+event", PAIR_WEIGHTS[0], title.bodies + title.events + title.acts)
    elif title.events and lead_bodies:
        tally.add("title event, lead body", WEIGHTS["title event, lead body"], title.events + lead_bodies)
    elif title.acts and acting_bodies:
        tally.add("title act, lead body", WEIGHTS["title act, lead body"], title.acts + acting_bodies)
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
    local_personnel = personnel and not PERSONNEL_BODIES.isdisjoint(lead_bodies)
    if title.incident and not (title.paired or first.body_acts or (imperative and lead_bodies) or personnel):
        tally.add("title incident", WEIGHTS["title incident"])
    # a first sentence whose body directs or decides about the incident ("Chủ tịch UBND TP yêu cầu báo cáo vụ...")
    # reports the body's act; one that names the body beside the incident or announcing it does not
    if first.incident and not (title.paired or first.meeting or first.directs):
        tally.add("lead incident", WEIGHTS["lead incident"])
    # a national body deciding about a local body's office holders is a local personnel decision
    if (title.national or first.national) and not (title.bodies or first.bodies or local_personnel):
        tally.add("national actor", WEIGHTS["national actor"])
    # an office holder speaking in the Assembly's group discussion or corridor speaks as a deputy, not for the body;
    # deputies meeting voters are local work, and a local personnel decision told there is still the news
    opening = (title, *sentences[: DEPUTY_UNITS - 1])
    local_news = any(
        "voter meeting" in c.events or "voters" in c.bodies or not PERSONNEL_EVENTS.isdisjoint(c.events)
        for c in (title, *lead)
    )
    if any(c.deputy for c in opening) and not local_news:
        tally.add("deputy at the assembly", WEIGHTS["deputy at the assembly"])
    if title.press or first.press:
        tally.add("press answer", WEIGHTS["press answer"])
    if title.leisure and not (title.bodies or title.acts):
        tally.add("leisure headline", WEIGHTS["leisure headline"])
    return tally.score, tally.fired


def rule_verdict(title: str | None, clean_text: str) -> Relevance:
    """The rules' verdict: does a page report a local-government or Party body's meeting, decision, election or work.

    >>> rule_verdict("Khai mạc kỳ họp thứ 4 HĐND huyện", "Sáng 5/7, HĐND huyện khai mạc kỳ họp thứ 4.").is_relevant
    True
    >>> rule_verdict("U20 Việt Nam thua U20 Argentina", "Trận giao hữu tối qua...").reason
    'no local-government body and event named'
    """
    if not passes_gate((title or "") + "\n" + clean_text[:WINDOW_CHARS]):
        return Relevance(is_relevant=False, score=0.0, reason=GATE_REASON)
    head, sentences = read_opening(title, clean_text)
    score, fired = score_opening(head, sentences)
    reason = "; ".join(fired) if fired else "no local body named with a meeting, personnel or resolution cue"
    return Relevance(is_relevant=score >= THRESHOLD, score=round(score, 2), reason=reason)
