"""Singapore: GST import relief up to SGD 400 for air and post; registered overseas
vendors charge GST at checkout on low-value goods since 1 January 2023."""

import datetime as dt

from ._common import CustomsTests, D, customs


class TestSG(CustomsTests):
    code = "SG"
    markets = ("SG",)

    def test_a_tiny_parcel_is_answered_and_a_huge_one_owes_duty(self) -> None:
        huge = customs("SG").assess(D("1000000"), "SGD")
        assert (huge.duty, huge.tax, huge.tax_collected_at) == ("unknown", "due", "import")


def test_the_400_dollar_boundary_depends_on_the_seller() -> None:
    regime = customs("SG")
    registered = regime.assess(D("400"), "SGD", seller_registered=True)
    assert (registered.tax, registered.tax_collected_at) == ("due", "checkout")
    unregistered = regime.assess(D("400"), "SGD", seller_registered=False)
    assert (unregistered.tax, unregistered.tax_collected_at) == ("relieved", None)
    assert regime.assess(D("400"), "SGD").tax == "unknown"
    over = regime.assess(D("400.01"), "SGD", seller_registered=True)
    assert (over.tax, over.tax_collected_at) == ("due", "import")


def test_starts_on_1_january_2023() -> None:
    assert customs("SG", dt.date(2022, 12, 31)).code is None
    assert customs("SG", dt.date(2023, 1, 1)).code == "SG"
