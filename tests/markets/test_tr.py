"""Key facts of the Turkish market."""

import globalcs

from ._common import MarketTests

SOURCED_FIELDS = (
    "formality",
    "communication.directness",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_in_lira_and_turkish() -> None:
    m = globalcs.get_market("TR")
    assert m.curated
    assert m.currency == "TRY"
    assert m.languages[0] == "tr"
    assert m.weekend == (5, 6)


def test_siz_is_the_formal_default() -> None:
    m = globalcs.get_market("TR")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"


def test_privacy_is_kvkk_with_30_days_and_72_hours() -> None:
    privacy = globalcs.get_market("TR").privacy
    assert privacy.code == "KVKK"
    assert "Kişisel Verileri Koruma" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert (privacy.dsar_deadline.amount, privacy.dsar_deadline.unit) == (30, "days")
    assert privacy.breach_notification_hours == 72


def test_commercial_email_needs_prior_consent() -> None:
    assert globalcs.get_market("TR").privacy.marketing_email == "opt_in"


def test_fourteen_day_withdrawal_from_delivery() -> None:
    returns = globalcs.get_market("TR").returns
    assert returns.withdrawal_days == 14
    assert returns.unit == "days"
    assert returns.starts == "delivery"
    assert not returns.seller_policy_overrides


def test_cards_with_installments_and_troy() -> None:
    methods = globalcs.get_market("TR").payment_methods
    assert (methods[0].id, methods[0].funding) == ("card", "credit")
    assert methods[0].instalments  # taksit
    share = methods[0].share
    assert (share.value, share.measure, share.year) == (0.9, "ecommerce_transactions", 2024)
    assert globalcs.get_market("TR").payment_methods_basis == "ecommerce_transactions"
    assert "troy" in {p.id for p in methods}


def test_whatsapp_figure_is_about_messaging_in_general() -> None:
    m = globalcs.get_market("TR")
    assert m.channels[0].id == "phone"
    whatsapp = next(c for c in m.channels if c.id == "whatsapp")
    assert m.channels_basis == "editorial"
    assert whatsapp.share is not None
    assert whatsapp.share.measure == "messenger_reach"


def test_every_curated_field_has_a_source() -> None:
    m = globalcs.get_market("TR")
    for name in SOURCED_FIELDS:
        assert m.sources[name], name


class TestProfile(MarketTests):
    code = "TR"
