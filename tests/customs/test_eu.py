"""The EU regime: Regulation (EC) No 1186/2009 art. 23, the 2021 VAT e-commerce package
(IOSS) and the flat duty of Council Regulation (EU) 2026/382."""

import datetime as dt

import pytest

from ._common import CustomsTests, D, customs

EU = (
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
)  # fmt: skip


class TestEU(CustomsTests):
    code = "EU"
    markets = EU


@pytest.mark.parametrize("market", EU)
def test_every_member_has_the_150_euro_relief_and_no_vat_de_minimis(market: str) -> None:
    regime = customs(market, dt.date(2025, 1, 1))
    assert regime.currency == "EUR"
    assert regime.duty_de_minimis is not None
    assert (regime.duty_de_minimis.amount, regime.duty_de_minimis.relief) == (
        D("150"),
        "not_exceeding",
    )
    assert regime.tax_de_minimis is not None
    assert regime.tax_de_minimis.amount is None
    assert regime.tax_de_minimis.name == "VAT"


def test_ioss_covers_consignments_not_exceeding_150_euros_and_is_optional() -> None:
    scheme = customs("FR").tax_collection
    assert scheme is not None
    assert scheme.scheme.startswith("IOSS")
    assert (scheme.ceiling, scheme.relief, scheme.mandatory) == (D("150"), "not_exceeding", False)
    assert scheme.since == dt.date(2021, 7, 1)


def test_a_parcel_of_exactly_150_euros_is_relieved_of_duty_before_july_2026() -> None:
    regime = customs("DE", dt.date(2026, 6, 30))
    assert regime.assess(D("150.00"), "EUR").duty == "relieved"
    assert regime.assess(D("150.01"), "EUR").duty == "due"


def test_vat_is_due_on_every_parcel_at_checkout_or_import() -> None:
    regime = customs("IT", dt.date(2025, 1, 1))
    assert regime.assess(D("1"), "EUR", seller_registered=True).tax_collected_at == "checkout"
    assert regime.assess(D("1"), "EUR", seller_registered=False).tax_collected_at == "import"
    unsure = regime.assess(D("1"), "EUR")
    assert (unsure.tax, unsure.tax_collected_at) == ("due", "checkout_or_import")
    assert regime.assess(D("151"), "EUR", seller_registered=True).tax_collected_at == "import"


def test_from_july_2026_every_distance_sale_owes_the_flat_duty() -> None:
    before = customs("ES", dt.date(2026, 6, 30))
    after = customs("ES", dt.date(2026, 7, 1))
    assert after.since == dt.date(2026, 7, 1)
    assert before.assess(D("40"), "EUR", seller_registered=True).duty == "relieved"
    assert after.assess(D("40"), "EUR", seller_registered=True).duty == "due"
    # Lithuania's customs authority: whatever the VAT route (IOSS or not).
    assert after.assess(D("40"), "EUR", seller_registered=False).duty == "due"
    assert after.assess(D("40"), "EUR").duty == "due"
    assert "2026/382" in after.note


def test_before_the_vat_package_the_regime_is_not_curated() -> None:
    assert customs("NL", dt.date(2021, 6, 30)).code is None
    assert customs("NL", dt.date(2021, 7, 1)).code == "EU"


def test_outside_the_eu_the_regime_does_not_apply() -> None:
    assert customs("NO").code == "NO"
    assert customs("CH").code == "CH"
    assert customs("GB").code == "GB"
