"""Hong Kong: a free port levying no customs tariff and no VAT or GST on imports."""

from ._common import CustomsTests, D, customs


class TestHK(CustomsTests):
    code = "HK"
    markets = ("HK",)

    def test_a_tiny_parcel_is_answered_and_a_huge_one_owes_duty(self) -> None:
        huge = customs("HK").assess(D("1000000"), "HKD")
        assert (huge.duty, huge.tax, huge.tax_collected_at) == ("not_levied", "not_levied", None)
        assert huge.sources


def test_no_tariff_and_no_vat_at_any_value() -> None:
    regime = customs("HK")
    assert (str(regime.duty_de_minimis), str(regime.tax_de_minimis)) == (
        "not levied",
        "not levied",
    )
    assert regime.tax_collection is None
    for value in ("0", "0.01", "1000", "99999999"):
        parcel = regime.assess(D(value), "HKD", seller_registered=True)
        assert (parcel.duty, parcel.tax) == ("not_levied", "not_levied"), value


def test_excise_goods_are_named_in_the_note() -> None:
    note = customs("HK").note
    for word in ("liquors", "tobacco", "hydrocarbon oil", "methyl alcohol"):
        assert word in note
