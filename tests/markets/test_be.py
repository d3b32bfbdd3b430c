"""Key facts of the Belgian market."""

import globalcs

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


def test_currency_and_languages() -> None:
    m = globalcs.get_market("BE")
    assert m.currency == "EUR"
    assert {"nl", "fr"} <= set(m.languages)


def test_formal_register() -> None:
    m = globalcs.get_market("Belgium")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"


def test_privacy_is_gdpr_with_the_belgian_authority() -> None:
    m = globalcs.get_market("BE")
    assert m.privacy.code == "GDPR"
    assert "APD/GBA" in m.privacy.authority


def test_bancontact_comes_first() -> None:
    m = globalcs.get_market("BE")
    assert m.payment_methods[0].id == "bancontact"
    assert m.payment_methods[0].share == 0.73
    assert m.channels[0].id == "phone"


def test_gdpr_deadlines() -> None:
    privacy = globalcs.get_market("BE").privacy
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (1, "months")
    assert (deadline.extension_amount, deadline.extension_unit) == (2, "months")
    assert privacy.breach_notification_hours == 72
    assert privacy.marketing_email == "opt_in_soft"


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    returns = globalcs.get_market("BE").returns
    assert returns.withdrawal_days == 14
    assert returns.unit == "days"
    assert returns.starts == "delivery"
    assert returns.seller_policy_overrides is False


def test_curated_and_sourced() -> None:
    m = globalcs.get_market("BE")
    assert m.curated
    for field in CURATED_FIELDS:
        assert m.sources[field], field
    assert any("eur-lex.europa.eu" in s.url for s in m.sources["returns"])
