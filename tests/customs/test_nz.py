"""New Zealand: no duty or border GST on goods of NZD 1,000 or less; GST collected by
offshore suppliers on low-value goods since 1 December 2019."""

import datetime as dt

from ._common import CustomsTests, D, customs


class TestNZ(CustomsTests):
    code = "NZ"
    markets = ("NZ",)


def test_the_1000_dollar_boundary() -> None:
    regime = customs("NZ")
    at = regime.assess(D("1000"), "NZD")
    assert (at.duty, at.tax, at.tax_collected_at, at.tax_name) == (
        "relieved",
        "due",
        "checkout",
        "GST",
    )
    over = regime.assess(D("1000.01"), "NZD")
    assert (over.duty, over.tax, over.tax_collected_at) == ("due", "due", "import")


def test_starts_on_1_december_2019() -> None:
    assert customs("NZ", dt.date(2019, 11, 30)).code is None
    scheme = customs("NZ").tax_collection
    assert scheme is not None
    assert scheme.since == dt.date(2019, 12, 1)
