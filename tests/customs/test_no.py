"""Norway: VOEC-registered sellers charge VAT at checkout on goods under NOK 3,000 per
item since 1 April 2020; the NOK 350 VAT limit at the border ended on 1 January 2024."""

import datetime as dt

from ._common import CustomsTests, D, customs

BEFORE_2024 = dt.date(2023, 12, 31)


class TestNO(CustomsTests):
    code = "NO"
    markets = ("NO",)

    def test_a_tiny_parcel_is_answered_and_a_huge_one_owes_duty(self) -> None:
        huge = customs("NO").assess(D("1000000"), "NOK", seller_registered=True)
        assert (huge.duty, huge.tax, huge.tax_collected_at) == ("unknown", "due", "import")


def test_thresholds() -> None:
    regime = customs("NO", BEFORE_2024)
    assert regime.duty_de_minimis is None  # depends on VOEC: not curated
    assert str(regime.tax_de_minimis) == "NOK 350 (below)"
    scheme = regime.tax_collection
    assert scheme is not None
    assert (scheme.ceiling, scheme.relief, scheme.mandatory, scheme.since) == (
        D("3000"),
        "below",
        False,
        dt.date(2020, 4, 1),
    )


def test_the_350_krone_limit_was_below_not_up_to() -> None:
    regime = customs("NO", BEFORE_2024)
    under = regime.assess(D("349.99"), "NOK", seller_registered=False)
    assert (under.tax, under.tax_collected_at) == ("relieved", None)
    at = regime.assess(D("350"), "NOK", seller_registered=False)
    assert (at.tax, at.tax_collected_at) == ("due", "import")
    assert regime.assess(D("100"), "NOK").tax == "unknown"  # depends on the seller


def test_voec_covers_items_below_3000_kroner() -> None:
    regime = customs("NO")
    below = regime.assess(D("2999.99"), "NOK", seller_registered=True)
    assert (below.tax, below.tax_collected_at, below.scheme) == (
        "due",
        "checkout",
        "VOEC (VAT On E-Commerce)",
    )
    at = regime.assess(D("3000"), "NOK", seller_registered=True)
    assert (at.tax, at.tax_collected_at) == ("due", "import")


def test_vat_from_the_first_krone_since_1_january_2024() -> None:
    regime = customs("NO", dt.date(2024, 1, 1))
    assert regime.since == dt.date(2024, 1, 1)
    assert regime.tax_de_minimis is not None
    assert regime.tax_de_minimis.amount is None
    unregistered = regime.assess(D("0.01"), "NOK", seller_registered=False)
    assert (unregistered.tax, unregistered.tax_collected_at) == ("due", "import")
    unknown = regime.assess(D("100"), "NOK")
    assert (unknown.tax, unknown.tax_collected_at) == ("due", "checkout_or_import")


def test_starts_on_1_april_2020() -> None:
    assert customs("NO", dt.date(2020, 3, 31)).code is None
    assert customs("NO", dt.date(2020, 4, 1)).code == "NO"
