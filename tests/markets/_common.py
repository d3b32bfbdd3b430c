"""Checks that several per-market test modules share: facts that come from one statute
(GDPR, the Consumer Rights Directive) and the curated-and-sourced promise."""

from __future__ import annotations

from collections.abc import Iterable

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
