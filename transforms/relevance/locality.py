"""The gate's reading of a locality acting without a body word: a province, or a district named with its level word,
that opens its clause as the subject of a decision, report or inspection ("Hà Nội báo cáo Thủ tướng...", "Từ 6-6,
Quảng Nam tổng kiểm tra...", "..., huyện X đã điều thuyền..."), stands for its government; so does a provincial
department's director, who heads an office of the People's Committee. `cues.passes_gate` lets such a page through
as it does one naming a body; the model then judges it.
"""

from __future__ import annotations

import re

from transforms.relevance.vocabulary import _CAPITALS, PLACE_VERBS, PROVINCES

# The verbs a locality may govern as its government's act: a province's decisions (`PLACE_VERBS`), and its reports,
# inspections, appointments and deployments.
LOCALITY_ACT_VERBS: tuple[str, ...] = tuple(
    sorted(
        PLACE_VERBS
        | {"báo cáo", "kiểm tra", "tổng kiểm tra", "thanh tra", "rà soát", "bổ nhiệm", "điều", "điều động", "bố trí"}
    )
)
# Office holders of a province's People's Committee named by their office ("Giám đốc Sở Y tế tỉnh X").
DEPARTMENT_HEADS: tuple[str, ...] = ("giám đốc sở", "phó giám đốc sở")

_LEVEL = r"(?:[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hành phố|TP\.?)"
_NAME_WORD = rf"[{_CAPITALS}][^\s,.:;]*"
_OLD_TONES = (("óa", "oá"), ("òa", "oà"), ("ỏa", "oả"), ("ọa", "oạ"), ("úy", "uý"))  # as `cues.surface_forms`
_NAMES = {p.title() for p in PROVINCES if " " in p} | {"TP.HCM", "TPHCM", "TP HCM", "TP. HCM", "Huế"}
_NAMES |= {_name.replace(new, old) for _name in _NAMES for new, old in _OLD_TONES}
_PROVINCE_NAMES = "|".join(re.escape(name) for name in sorted(_NAMES, key=len, reverse=True))
_VERBS = "|".join(re.escape(v) for v in sorted(LOCALITY_ACT_VERBS, key=len, reverse=True))
_LOCALITY_ACT_RE = re.compile(
    rf"(?:^|[,:\n]) ?(?:{_LEVEL} (?:{_NAME_WORD} ){{1,3}}|(?:{_LEVEL} )?(?:{_PROVINCE_NAMES}) )"
    rf"(?:(?:đã|vừa|sẽ|cũng|chính thức) )?(?:{_VERBS})(?!\w)"
)


def locality_acts(window: str) -> bool:
    """True when a province, or a district with its level word, opens a clause as the subject of an act verb.

    >>> locality_acts("Hà Nội báo cáo Thủ tướng vụ việc"), locality_acts("Sau sự cố, huyện Ba Bể đã điều xuồng máy")
    (True, True)
    >>> locality_acts("Bộ Y tế yêu cầu các bệnh viện"), locality_acts("Trường Đại học Đà Nẵng kiểm tra")
    (False, False)
    """
    return _LOCALITY_ACT_RE.search(window) is not None
