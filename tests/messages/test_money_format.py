"""The compiled money format: on for every market's locale, and equal to Babel's output.

Babel's ``format_currency`` is the reference, with one known exception: where the group
separator is an apostrophe (de_CH, fr_CH, it_CH, de_LI), Babel's removal of quoted
pattern text runs over the formatted number and eats the separators of 1'234'567. There
the compiled format writes the separators and is compared with Babel's ungrouped digits.
"""

from __future__ import annotations

import decimal

import pytest
from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

import globalcs
from globalcs.messages._format import MoneyFormat, money_format

D = decimal.Decimal

MARKET_LOCALES = sorted({(m.locale, m.currency) for m in globalcs.markets()})
PATTERNS = (None, "¤¤ #,##0.00", "¤#,##0.00;(¤#,##0.00)")
SAMPLES = ("0", "0.01", "-0.01", "7", "-7", "1234.5", "-1234.5", "999999.99", "-1234567.89")
SAMPLES += ("12345678901.25", "-12345678901.25", "999999999999999999")


def babel(amount: D, currency: str, locale: str, pattern: str | None = None) -> str:
    return format_currency(amount, currency, pattern, locale=locale, currency_digits=True)


def assert_equals_babel(amount: D, currency: str, locale: str, pattern: str | None) -> None:
    form = money_format(locale, currency, pattern)
    pattern = form.pattern  # without one: the retail pattern of the language, else CLDR's
    ours = form(amount)
    reference = babel(amount, currency, locale, pattern)
    if ours == reference:
        return
    group = money_format(locale, currency, pattern).group
    ungrouped = format_currency(
        amount, currency, pattern, locale=locale, currency_digits=True, group_separator=False
    )
    assert group == "'", (ours, reference)
    assert ours.replace(group, "") == ungrouped, (ours, reference)


@pytest.mark.parametrize(("locale", "currency"), MARKET_LOCALES, ids=str)
def test_the_compiled_format_is_on_for_every_market(locale: str, currency: str) -> None:
    for pattern in PATTERNS:
        assert money_format(locale, currency, pattern).exact == (True, True)
        assert money_format(locale, currency, pattern, plain=True).exact == (True, True)


@pytest.mark.parametrize(("locale", "currency"), MARKET_LOCALES, ids=str)
@pytest.mark.parametrize("other", ["JPY", "KWD", "EUR", "USD"])
def test_every_market_and_sample_equals_babel(locale: str, currency: str, other: str) -> None:
    for code in (currency, other):
        for sample in SAMPLES:
            amount = globalcs.round_money(D(sample), code)
            for pattern in PATTERNS:
                assert_equals_babel(amount, code, locale, pattern)


CURRENCIES = st.sampled_from(["EUR", "USD", "JPY", "KRW", "KWD", "BHD", "CHF", "INR", "HUF"])
AMOUNTS = st.decimals(min_value=-(10**15), max_value=10**15, places=3, allow_nan=False)


@given(st.sampled_from(MARKET_LOCALES), CURRENCIES, st.sampled_from(PATTERNS), AMOUNTS)
def test_any_amount_equals_babel(
    pair: tuple[str, str], currency: str, pattern: str | None, amount: D
) -> None:
    locale, _ = pair
    assert_equals_babel(globalcs.round_money(amount, currency), currency, locale, pattern)


@given(st.sampled_from(MARKET_LOCALES), AMOUNTS)
def test_a_negative_amount_is_its_positive_with_the_negative_affixes(
    pair: tuple[str, str], amount: D
) -> None:
    locale, currency = pair
    form = money_format(locale, currency)
    value = globalcs.round_money(amount, currency).copy_abs()
    if not value:
        return
    positive, negative = form(value), form(-value)
    assert positive.startswith(form.prefixes[0])
    assert negative.startswith(form.prefixes[1])
    number = positive[len(form.prefixes[0]) : len(positive) - len(form.suffixes[0])]
    assert negative == form.prefixes[1] + number + form.suffixes[1]


def test_negative_amounts_use_babels_hyphen_minus_not_the_cldr_minus_sign() -> None:
    # CLDR's minus sign is U+2212 in Swedish and LRM + hyphen in Arabic; Babel 2.19 writes
    # the pattern's hyphen-minus in currency patterns, and so does the compiled format.
    assert money_format("sv_SE", "SEK")(D("-1234.5")) == "-1\xa0234,50\xa0kr"
    assert money_format("ar_SA", "SAR")(D("-1234.5")) == "\u200f-1,234.50\xa0ر.س.\u200f"
    assert money_format("nb_NO", "NOK")(D("-0.5")) == babel(D("-0.5"), "NOK", "nb_NO")


def test_swiss_groups_are_written_where_babel_drops_them() -> None:
    assert money_format("de_CH", "CHF")(D("1234567.5")) == "CHF\xa01'234'567.50"
    assert money_format("fr_CH", "CHF")(D("-1234567.5")) == "-1'234'567,50\xa0CHF"
    assert money_format("de_CH", "CHF")(D("1234.5")) == babel(D("1234.5"), "CHF", "de_CH")


def test_a_pattern_the_compiled_format_cannot_write_goes_to_babel() -> None:
    scaled = MoneyFormat("en_US", "USD", "#,##0.00%")
    named = MoneyFormat("en_US", "USD", "#,##0.00 ¤¤¤")
    assert scaled.exact == named.exact == (False, False)
    assert named(D("2")) == babel(D("2"), "USD", "en_US", "#,##0.00 ¤¤¤")
    assert scaled(D("-0.5")) == babel(D("-0.5"), "USD", "en_US", "#,##0.00%")


@pytest.mark.parametrize(("locale", "currency"), MARKET_LOCALES, ids=str)
def test_the_locales_own_accounting_pattern_is_compiled_too(locale: str, currency: str) -> None:
    from babel import Locale

    pattern = Locale.parse(locale).currency_formats["accounting"].pattern
    assert money_format(locale, currency, pattern).exact == (True, True)
    for sample in ("-1234.5", "0", "1234567.89"):
        amount = globalcs.round_money(D(sample), currency)
        assert_equals_babel(amount, currency, locale, pattern)
