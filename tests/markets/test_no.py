"""Key facts of the Norwegian market."""

import globalcs

from ._common import MarketTests

CURATED_FIELDS = (
    "formality",
    "communication.context",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_currency_and_language() -> None:
    m = globalcs.get_market("NO")
    assert m.currency == "NOK"
    assert m.languages[0] in {"no", "nb"}


def test_du_is_the_default() -> None:
    m = globalcs.get_market("NO")
    assert m.formality == "informal"
    assert m.minimum_formality == "informal"
    assert m.communication.first_names == "accepted"


def test_privacy_is_gdpr_via_the_eea_with_datatilsynet() -> None:
    m = globalcs.get_market("NO")
    assert m.privacy.code == "GDPR"
    assert "Datatilsynet" in m.privacy.authority
    assert m.privacy.authority_url == "https://www.datatilsynet.no/"
    assert m.privacy.marketing_email == "opt_in_soft"
    assert "EEA" in m.privacy.note
    assert any("lovdata.no" in s.url for s in m.sources["privacy"])


def test_card_then_vipps() -> None:
    methods = globalcs.get_market("NO").payment_methods
    assert [p.id for p in methods[:2]] == ["card", "vipps"]
    assert methods[1].kind == "wallet"


def test_phone_is_the_first_channel() -> None:
    channel = globalcs.get_market("NO").channels[0]
    assert channel.id == "phone"
    assert (channel.share.value, channel.share.measure, channel.share.year) == (
        0.62,
        "support_contacts",
        2025,
    )
    m = globalcs.get_market("NO")
    assert (m.channels_basis, m.payment_methods_basis) == ("editorial", "editorial")


def test_angrerett_is_14_days_from_delivery() -> None:
    m = globalcs.get_market("NO")
    assert m.returns.withdrawal_days == 14
    assert m.returns.starts == "delivery"
    assert any("2014-06-20-27" in s.url for s in m.sources["returns"])


def test_curated_and_sourced() -> None:
    m = globalcs.get_market("NO")
    assert m.curated
    assert m.defaults == ()
    for field in CURATED_FIELDS:
        assert m.sources[field], field


class TestProfile(MarketTests):
    code = "NO"
