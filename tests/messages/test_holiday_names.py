"""A holiday is named in the message's language, not the market's."""

from __future__ import annotations

import globalcs


def test_a_holiday_is_named_in_the_messages_language() -> None:
    import datetime as dt
    import zoneinfo

    reopens = dt.datetime(2026, 12, 28, 9, tzinfo=zoneinfo.ZoneInfo("Europe/Zurich"))

    def closure(market: str, language: str) -> str:
        message = globalcs.render("holiday_closure", market, language=language, reopens_at=reopens)
        return message.text

    assert "(Noël)" in closure("CH", "fr")  # python-holidays names Swiss holidays in French
    assert "(Natale)" in closure("CH", "it")
    assert "Weihnachten" in closure("CH", "de")
    # A language python-holidays cannot name them in reads the English name, not German.
    assert "Christmas Day" in closure("CH", "ja")
    assert "Weihnachten" not in closure("CH", "ja")
