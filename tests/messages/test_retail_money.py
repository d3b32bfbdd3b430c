"""Commerce money formats: where a language's shops write money differently from CLDR's
default, and a source shows it, messages write it as they do; elsewhere CLDR stands."""

from __future__ import annotations

import decimal

import pytest

import globalcs
from globalcs.messages._format import money, money_format, retail_pattern
from globalcs.messages._languages import language, supported_languages

D = decimal.Decimal


@pytest.mark.parametrize(
    ("locale", "currency", "amount", "expected"),
    [
        ("ko_KR", "KRW", "1690000", "1,690,000원"),
        ("ko_KR", "KRW", "-5000", "-5,000원"),
        ("ko_KR", "KRW", "0", "0원"),
        ("tr_TR", "TRY", "42499.90", "42.499,90\xa0TL"),
        ("tr_TR", "TRY", "-12.5", "-12,50\xa0TL"),
        ("tr_CY", "TRY", "1234567.89", "1.234.567,89\xa0TL"),
    ],
)
def test_the_shops_form(locale: str, currency: str, amount: str, expected: str) -> None:
    assert money(D(amount), currency, locale) == expected
    assert money_format(locale, currency).exact == (True, True)


@pytest.mark.parametrize(
    ("locale", "currency", "expected"),
    [
        ("ko_KR", "USD", "US$1,690,000.00"),  # only the won has a sourced shop form
        ("tr_TR", "EUR", "€1.690.000,00"),
        # No source found for Taiwan's "NT$39,990" (no decimals): CLDR's form stands.
        ("zh_Hant_TW", "TWD", "$1,690,000.00"),
        ("en_US", "KRW", "₩1,690,000"),  # a convention of the Korean language, not of the won
    ],
)
def test_cldr_stands_where_no_source_shows_otherwise(
    locale: str, currency: str, expected: str
) -> None:
    assert retail_pattern(locale, currency) is None
    assert money(D("1690000"), currency, locale) == expected


def test_sms_keeps_the_turkish_form_in_gsm7() -> None:
    assert money(D("42499.90"), "TRY", "tr_TR", gsm=True) == "42.499,90 TL"


def test_built_in_messages_and_templates_use_it() -> None:
    korean = globalcs.render("order_confirmation", "KR", order_id="1", total=D("1690000"))
    assert "1,690,000원" in korean.text
    turkish = globalcs.render("order_confirmation", "TR", order_id="1", total=D("42499.90"))
    assert "42.499,90\xa0TL" in turkish.text
    template = globalcs.compile_template("{{ total|money }}")
    assert globalcs.render_template(template, "KR", total=D("39000")).text == "39,000원"


@pytest.mark.parametrize("tag", supported_languages())
def test_every_shop_form_is_sourced_and_compiles(tag: str) -> None:
    profile = language(tag)
    for currency, pattern in profile.money.items():
        assert globalcs.round_money(D(0), currency) == 0  # a known currency
        assert money_format("und", currency, pattern).exact == (True, True)
        assert profile.sources  # the profile's cited sources include the [money] ones


def test_a_bad_money_table_names_the_field() -> None:
    from globalcs.market._schema import Table
    from globalcs.messages._retail import read_money_patterns

    for table, field in (
        ({"krw": {"pattern": "#,##0원", "sources": ["s"]}}, "money.krw"),
        ({"XYZ": {"pattern": "#,##0", "sources": ["s"]}}, "money.XYZ"),
        ({"KRW": {"pattern": "#,##0%", "sources": ["s"]}}, "money.KRW.pattern"),
        ({"KRW": {"pattern": "#,##0원", "sources": []}}, "money.KRW.sources"),
        ({"KRW": {"pattern": "#,##0원", "sources": ["s"], "x": 1}}, "money.KRW.x"),
    ):
        root = Table("languages/ko.toml", "money", table)

        def read(root: Table = root) -> None:
            read_money_patterns(root, {"s": object()})
            root.done()

        with pytest.raises((globalcs.DataError, globalcs.InvalidOptionError)) as caught:
            read()
        assert field.rsplit(".", 1)[-1] in str(caught.value)
