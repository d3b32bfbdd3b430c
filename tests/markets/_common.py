"""Checks that several per-market test modules share: facts that come from one statute
(GDPR, the Consumer Rights Directive) and the curated-and-sourced promise."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import ClassVar

import pytest

import globalcs


def assert_gdpr(code: str, *, marketing_email: str | None) -> None:
    """GDPR's deadlines: a month to answer (two more on extension), 72 hours for a breach."""
    privacy = globalcs.get_market(code).privacy
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (1, "months")
    assert (deadline.extension_amount, deadline.extension_unit) == (2, "months")
    assert privacy.breach_notification_hours == 72
    assert privacy.marketing_email == marketing_email


def assert_eu_withdrawal(code: str) -> None:
    """14 days from delivery, which no shop policy shortens: the Consumer Rights Directive
    (and the UK regulations that carry it over)."""
    returns = globalcs.get_market(code).returns
    assert returns.withdrawal_days == 14
    assert returns.unit == "days"
    assert returns.starts == "delivery"
    assert returns.seller_policy_overrides is False


def assert_curated_and_sourced(code: str, fields: Iterable[str]) -> globalcs.Market:
    """The market is curated and every listed field cites a source."""
    market = globalcs.get_market(code)
    assert market.curated
    for field in fields:
        assert market.sources[field], field
    return market


class MarketTests:
    """What every curated market's test module checks, as python-holidays'
    ``CommonCountryTests`` does: a module subclasses it with its ``code`` and states
    only the market's own facts beside it."""

    code: ClassVar[str]

    @property
    def market(self) -> globalcs.Market:
        return globalcs.get_market(self.code, on=dt.date(2026, 12, 4))

    def test_is_curated_with_a_source_on_every_curated_fact(self) -> None:
        market = self.market
        assert market.curated or market.subdivision is not None
        for name, sources in market.sources.items():
            assert sources, name
            for source in sources:
                assert source.title.strip(), name
                assert source.url.startswith(("https://", "http://", "globalcs:docs/")), name

    def test_every_curated_fact_has_a_review_date_after_its_check(self) -> None:
        market = self.market
        assert market.checked is not None
        assert market.review_by
        assert all(day >= market.checked for day in market.review_by.values())

    def test_lists_follow_their_basis(self) -> None:
        from globalcs.market._loader import measures

        market = self.market
        for kind in ("channels", "payment_methods"):
            basis = getattr(market, f"{kind}_basis")
            assert basis == "editorial" or kind in measures()[basis].lists

    def test_round_trips_through_json(self) -> None:
        data = json.loads(self.market.to_json())
        assert data["code"] == self.code
        assert data["privacy"]["code"] == self.market.privacy.code

    def test_renders_in_its_own_language(self) -> None:
        from globalcs.messages._languages import resolve_language

        market = self.market
        served = []
        for tag in market.languages:
            try:
                served.append(resolve_language(tag, market.country))
            except globalcs.GlobalcsError:
                continue
        if not served:
            pytest.xfail(f"no built-in catalog yet for {', '.join(market.languages)}")
        message = globalcs.render("delivered", market, order_id="A-1")
        assert message.language == served[0]
        assert message.text.strip()
