"""Checks every customs regime's test module shares, as ``tests/markets/_common.py`` does
for markets: a module subclasses :class:`CustomsTests` with its ``code`` and the markets
that use the regime, and states only the regime's own facts beside it."""

from __future__ import annotations

import datetime as dt
import decimal
import json
import pickle
from typing import ClassVar

import globalcs
from globalcs.market._customs_file import customs_regime

D = decimal.Decimal
DAY = dt.date(2026, 12, 4)


def customs(code: str, on: dt.date = DAY) -> globalcs.CustomsRegime:
    """The customs regime of market ``code`` as it stands ``on`` a day."""
    return globalcs.get_market(code, on=on).customs


class CustomsTests:
    """What every customs regime's test module checks."""

    code: ClassVar[str]
    markets: ClassVar[tuple[str, ...]]

    @property
    def regime(self) -> globalcs.CustomsRegime:
        return customs(self.markets[0])

    def test_every_market_of_the_regime_carries_it(self) -> None:
        for market in self.markets:
            found = customs(market)
            assert found.code == self.code, market
            assert globalcs.get_market(market).sources["customs"], market

    def test_every_fact_cites_a_source_with_a_url(self) -> None:
        regime = customs_regime(self.code).regime
        rules = [regime.duty_de_minimis, regime.tax_de_minimis, regime.tax_collection]
        rules += [regime.practice]
        for amendment in regime.amendments:
            assert amendment.sources
            rules += [amendment.duty_de_minimis, amendment.tax_de_minimis]
            rules += [amendment.tax_collection, amendment.practice]
        for rule in rules:
            if rule is None:
                continue
            assert rule.sources, rule
            for source in rule.sources:
                assert source.url.startswith(("https://", "http://")), source
                assert source.confidence == "statute", source
                assert source.as_of <= DAY, source

    def test_has_a_start_and_a_review_date(self) -> None:
        found = customs_regime(self.code)
        assert found.regime.start is not None
        assert found.review_by >= found.checked

    def test_reads_as_not_curated_before_its_start(self) -> None:
        start = customs_regime(self.code).regime.start
        assert start is not None
        before = customs(self.markets[0], start - dt.timedelta(days=1))
        assert before.code is None
        assessment = before.assess(D("10"), "EUR")
        assert (assessment.duty, assessment.tax) == ("unknown", "unknown")
        assert customs(self.markets[0], start).code == self.code

    def test_a_tiny_parcel_is_answered_and_a_huge_one_owes_duty(self) -> None:
        regime = self.regime
        huge = regime.assess(D("1000000"), regime.currency)
        assert huge.duty == "due"
        assert huge.tax in ("due", "not_levied")
        assert huge.reasons
        assert huge.sources

    def test_round_trips_through_json_and_pickle(self) -> None:
        market = globalcs.get_market(self.markets[0], on=DAY)
        data = json.loads(market.to_json())
        assert data["customs"]["code"] == self.code
        assert pickle.loads(pickle.dumps(market.customs)) == market.customs
