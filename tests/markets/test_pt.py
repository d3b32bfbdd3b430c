"""Key facts of the Portuguese market."""

import globalcs

from ._common import MarketTests, assert_curated_and_sourced, assert_eu_withdrawal, assert_gdpr

CURATED_FIELDS = (
    "formality",
    "communication.directness",
    "communication.context",
    "communication.rapport_first",
    "communication.apology",
    "communication.humour",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_currency_and_language() -> None:
    m = globalcs.get_market("PT")
    assert m.currency == "EUR"
    assert m.languages[0] == "pt"
    assert m.locale == "pt_PT"


def test_o_senhor_register() -> None:
    m = globalcs.get_market("Portugal")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"


def test_privacy_is_gdpr_with_cnpd() -> None:
    m = globalcs.get_market("PT")
    assert m.privacy.code == "GDPR"
    assert "CNPD" in m.privacy.authority


def test_mb_way_and_multibanco() -> None:
    m = globalcs.get_market("PT")
    ids = [p.id for p in m.payment_methods]
    assert ids[:2] == ["mb_way", "multibanco"]
    assert m.channels[0].id == "phone"
    share = m.channels[0].share
    assert (share.value, share.measure, share.year) == (0.732, "support_preference", 2025)
    assert m.channels_basis == "support_preference"
    assert m.payment_methods_basis == "editorial"


def test_gdpr_deadlines() -> None:
    assert_gdpr("PT", marketing_email="opt_in_soft")


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("PT")


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("PT", CURATED_FIELDS)
    assert any("eur-lex.europa.eu" in s.url for s in m.sources["returns"])


class TestProfile(MarketTests):
    code = "PT"
