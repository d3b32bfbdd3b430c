"""Key facts of the Italian market."""

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


def test_currency_and_language() -> None:
    m = globalcs.get_market("IT")
    assert m.currency == "EUR"
    assert m.languages[0] == "it"


def test_lei_is_the_default() -> None:
    m = globalcs.get_market("Italy")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert any(d.field == "formality" for d in m.disagreements)


def test_privacy_is_gdpr_with_the_garante() -> None:
    m = globalcs.get_market("IT")
    assert m.privacy.code == "GDPR"
    assert "Garante" in m.privacy.authority


def test_wallets_and_prepaid_cards() -> None:
    m = globalcs.get_market("IT")
    assert m.payment_methods[0].id == "paypal"
    prepaid = next(p for p in m.payment_methods if p.id == "prepaid_card")
    assert prepaid.kind == "card"
    assert prepaid.share == 0.266
    assert m.channels[0].id == "phone"


def test_gdpr_deadlines() -> None:
    privacy = globalcs.get_market("IT").privacy
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (1, "months")
    assert (deadline.extension_amount, deadline.extension_unit) == (2, "months")
    assert privacy.breach_notification_hours == 72
    assert privacy.marketing_email == "opt_in_soft"


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    returns = globalcs.get_market("IT").returns
    assert returns.withdrawal_days == 14
    assert returns.unit == "days"
    assert returns.starts == "delivery"
    assert returns.seller_policy_overrides is False


def test_curated_and_sourced() -> None:
    m = globalcs.get_market("IT")
    assert m.curated
    for field in CURATED_FIELDS:
        assert m.sources[field], field
    assert any("eur-lex.europa.eu" in s.url for s in m.sources["returns"])
