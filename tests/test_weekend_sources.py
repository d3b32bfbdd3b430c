"""Where CLDR's weekend and python-holidays' weekend disagree, and which one a market uses.

globalcs takes the weekend from CLDR (see docs/data.md); a market file may
override it with a source. This list is pinned so that a change in either
library is noticed and reviewed rather than passing silently.
"""

from __future__ import annotations

import globalcs
from globalcs.market._holidays import holiday_class

# market: (CLDR weekend, python-holidays weekend), Monday = 0
KNOWN_DISAGREEMENTS = {
    "AF": ((3, 4), (4, 5)),
    "AI": ((5, 6), (6,)),
    "BD": ((5, 6), (4, 5)),
    "BN": ((5, 6), (4, 6)),
    "CD": ((5, 6), (6,)),
    "DJ": ((5, 6), (4, 5)),
    "HK": ((5, 6), (6,)),
    "IN": ((6,), (5, 6)),
    "KN": ((5, 6), (6,)),
    "LY": ((4, 5), (5, 6)),
    "MR": ((5, 6), (4, 5)),
    "MV": ((5, 6), (4, 5)),
    "NE": ((5, 6), (6,)),
    "PY": ((5, 6), (6,)),
    "TK": ((5, 6), (6,)),
    "UG": ((6,), (5, 6)),
    "VE": ((5, 6), (6,)),
}


def disagreements() -> dict[str, tuple[tuple[int, ...], tuple[int, ...]]]:
    found = {}
    for market in globalcs.markets():
        cls = holiday_class(market.country)
        if cls is None:
            continue
        theirs = tuple(sorted(cls().weekend))
        if theirs != market.weekend:
            found[market.code] = (market.weekend, theirs)
    return found


def test_disagreements_are_the_known_ones() -> None:
    assert disagreements() == KNOWN_DISAGREEMENTS


def test_curated_markets_in_the_list_record_it() -> None:
    for code in KNOWN_DISAGREEMENTS:
        market = globalcs.get_market(code)
        if market.curated:
            assert any(d.field == "weekend" for d in market.disagreements), code
