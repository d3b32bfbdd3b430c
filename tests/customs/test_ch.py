"""Switzerland: VAT under CHF 5 is not collected (an order below CHF 62 at the standard
rate); no value threshold for duty is curated, so duty answers unknown."""

from ._common import CustomsTests, D, customs


class TestCH(CustomsTests):
    code = "CH"
    markets = ("CH",)

    def test_a_tiny_parcel_is_answered_and_a_huge_one_owes_duty(self) -> None:
        huge = customs("CH").assess(D("1000000"), "CHF")
        assert (huge.duty, huge.tax, huge.tax_collected_at) == ("unknown", "due", "import")


def test_the_62_franc_boundary_is_strict() -> None:
    regime = customs("CH")
    assert regime.duty_de_minimis is None
    assert regime.assess(D("61.99"), "CHF").tax == "relieved"
    assert regime.assess(D("62"), "CHF").tax == "due"
    assert "not curated" in regime.assess(D("62"), "CHF").reasons[0]
    assert regime.practice is not None
    assert "waybill" in regime.practice.note
