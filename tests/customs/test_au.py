"""Australia: AUD 1,000 border threshold; GST collected by vendors on low value imported
goods since 1 July 2018."""

import datetime as dt

from ._common import CustomsTests, D, customs


class TestAU(CustomsTests):
    code = "AU"
    markets = ("AU",)


def test_the_1000_dollar_boundary() -> None:
    regime = customs("AU")
    at = regime.assess(D("1000"), "AUD")
    assert (at.duty, at.tax, at.tax_collected_at, at.tax_name) == (
        "relieved",
        "due",
        "checkout",
        "GST",
    )
    over = regime.assess(D("1000.01"), "AUD")
    assert (over.duty, over.tax, over.tax_collected_at) == ("due", "due", "import")


def test_vendor_collection_since_july_2018() -> None:
    scheme = customs("AU").tax_collection
    assert scheme is not None
    assert (scheme.ceiling, scheme.currency, scheme.mandatory) == (D("1000"), "AUD", True)
    assert scheme.since == dt.date(2018, 7, 1)
    assert customs("AU", dt.date(2018, 6, 30)).code is None
