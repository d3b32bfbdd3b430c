"""The UK: no Customs Duty on goods worth £135 or less; VAT charged at the point of sale
on consignments of £135 or less since 1 January 2021."""

import datetime as dt

from ._common import CustomsTests, D, customs


class TestGB(CustomsTests):
    code = "GB"
    markets = ("GB",)


def test_thresholds() -> None:
    regime = customs("GB")
    assert regime.duty_de_minimis is not None
    assert (regime.duty_de_minimis.amount, regime.duty_de_minimis.currency) == (D("135"), "GBP")
    assert regime.tax_de_minimis is not None
    assert regime.tax_de_minimis.amount is None  # low value consignment relief removed
    scheme = regime.tax_collection
    assert scheme is not None
    assert (scheme.ceiling, scheme.mandatory, scheme.since) == (
        D("135"),
        True,
        dt.date(2021, 1, 1),
    )


def test_the_135_pound_boundary() -> None:
    regime = customs("GB")
    at = regime.assess(D("135.00"), "GBP")
    assert (at.duty, at.tax, at.tax_collected_at) == ("relieved", "due", "checkout")
    over = regime.assess(D("135.01"), "GBP")
    assert (over.duty, over.tax, over.tax_collected_at) == ("due", "due", "import")


def test_starts_on_1_january_2021() -> None:
    assert customs("GB", dt.date(2020, 12, 31)).code is None
    assert customs("GB", dt.date(2021, 1, 1)).code == "GB"
