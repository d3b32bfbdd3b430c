"""Canada: CAD 20 for duty and taxes by mail, and by courier from outside the US and
Mexico (the CUSMA courier thresholds are in the note, not the answer)."""

from ._common import CustomsTests, D, customs


class TestCA(CustomsTests):
    code = "CA"
    markets = ("CA", "CA-QC")


def test_20_dollars_and_under() -> None:
    regime = customs("CA")
    at = regime.assess(D("20"), "CAD")
    assert (at.duty, at.tax, at.tax_name) == ("relieved", "relieved", "GST/HST")
    over = regime.assess(D("20.01"), "CAD")
    assert (over.duty, over.tax, over.tax_collected_at) == ("due", "due", "import")
    assert regime.duty_de_minimis is not None
    assert "CAD 150" in regime.duty_de_minimis.note
