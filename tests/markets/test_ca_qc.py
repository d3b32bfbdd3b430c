"""Key facts of the Quebec (CA-QC) market."""

import globalcs

from ._common import MarketTests


def test_subdivision_of_canada() -> None:
    m = globalcs.get_market("CA-QC")
    assert m.country == "CA"
    assert m.currency == "CAD"
    assert m.curated


def test_french_first() -> None:
    m = globalcs.get_market("CA-QC")
    assert m.languages[0] == "fr"
    assert m.locale == "fr_CA"


def test_vouvoiement_by_default() -> None:
    m = globalcs.get_market("CA-QC")
    assert m.formality == "neutral"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "informal"


def test_privacy_is_law_25_with_cai() -> None:
    privacy = globalcs.get_market("CA-QC").privacy
    assert privacy.code == "QC-LAW25"
    assert "Commission d'accès" in privacy.authority
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit, deadline.extension_amount) == (30, "days", None)
    assert privacy.breach_notification_hours is None


def test_no_general_withdrawal_right() -> None:
    returns = globalcs.get_market("CA-QC").returns
    assert returns.withdrawal_days is None
    assert "Consumer Protection Act" in returns.conditions


def test_curated_fields_have_sources() -> None:
    m = globalcs.get_market("CA-QC")
    for field in ("languages", "formality", "privacy", "returns"):
        assert m.sources[field], field


def test_channels_and_payments_inherit_canada_with_their_ranking() -> None:
    qc, ca = globalcs.get_market("CA-QC"), globalcs.get_market("CA")
    assert qc.payment_methods == ca.payment_methods
    assert qc.payment_methods_basis == ca.payment_methods_basis == "editorial"
    assert qc.channels_basis == "support_preference"
    assert qc.channels[0].share.measure == "support_preference"


class TestProfile(MarketTests):
    code = "CA-QC"
