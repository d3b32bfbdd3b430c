"""Japan: goods of a total customs value of 10,000 yen or less are exempt from customs
duty and consumption tax."""

from ._common import CustomsTests, D, customs


class TestJP(CustomsTests):
    code = "JP"
    markets = ("JP",)


def test_10000_yen_or_less() -> None:
    regime = customs("JP")
    at = regime.assess(D("10000"), "JPY")
    assert (at.duty, at.tax, at.tax_name) == ("relieved", "relieved", "consumption tax")
    assert regime.assess(D("10001"), "JPY").duty == "due"
