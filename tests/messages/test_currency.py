"""Currency display: the customer's currency beside the shop's, at the caller's rate or the
bundled ECB reference rates, never silently stale; rounding by the target's decimals."""

from __future__ import annotations

import datetime as dt
import decimal
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import globalcs
from globalcs.messages._currency import iso_pattern

D = decimal.Decimal
FRESH = dt.date(2024, 7, 1)  # three days after the bundled set
ECB = globalcs.ecb_reference_rates()
CODES = sorted(ECB.per_euro)


def test_the_brief_example_in_english() -> None:
    text = globalcs.converted_money(D("123.00"), "USD", "JPY", "en_US", rate=D("150.40"))
    assert text == "≈ ¥18,499 (USD\xa0123.00)"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de_DE", "≈ 19.756\xa0¥ (123,00\xa0USD)"),
        ("ja_JP", "≈ ￥19,756 (USD\xa0123.00)"),
        ("fr_FR", "≈ 19\u202f756\xa0JPY (123,00\xa0USD)"),
        ("de_CH", "≈ ¥\xa019'756 (USD\xa0123.00)"),
        ("nl_NL", "≈ JP¥\xa019.756 (USD\xa0123,00)"),
    ],
)
def test_the_message_locale_writes_both_amounts(locale: str, expected: str) -> None:
    assert globalcs.converted_money(D("123"), "USD", "JPY", locale, on=FRESH) == expected


def test_sms_keeps_to_gsm7_where_it_can() -> None:
    text = globalcs.converted_money(D("49.90"), "EUR", "USD", "de_DE", on=FRESH, gsm=True)
    assert text == "~53,42 $ (49,90 EUR)"


def test_the_same_currency_is_just_the_amount() -> None:
    assert globalcs.converted_money(D("5"), "EUR", "EUR", "de_DE") == "5,00\xa0€"


@pytest.mark.parametrize(
    ("target", "rate", "expected"),
    [
        ("JPY", D("150.4"), D("18499")),  # 18,499.2: no decimals
        ("KWD", D("0.30712"), D("37.776")),  # 37.77576: three decimals
        ("EUR", D("0.93414"), D("114.90")),  # 114.89922
        ("HUF", D("369.1"), D("45399")),  # CLDR: the forint is written without decimals
    ],
)
def test_rounding_follows_the_targets_digits(target: str, rate: D, expected: D) -> None:
    assert globalcs.convert_money(D("123.00"), "USD", target, rate=rate) == expected


def test_cross_rates_go_through_the_euro() -> None:
    assert ECB.rate("EUR", "USD") == D("1.0705")
    assert ECB.rate("USD", "EUR") * D("1.0705") == pytest.approx(D(1))
    assert globalcs.convert_money(D("100"), "GBP", "JPY", on=FRESH) == D("20315")


def test_the_bundled_rates_are_never_used_silently_when_stale() -> None:
    with pytest.raises(globalcs.StaleRatesError) as caught:
        globalcs.convert_money(D("1"), "EUR", "USD", on=dt.date(2026, 12, 4))
    assert caught.value.as_of == dt.date(2024, 6, 28)
    assert caught.value.max_age_days == 7
    assert isinstance(caught.value, ValueError)
    late = dt.date(2024, 7, 6)  # eight days
    with pytest.raises(globalcs.StaleRatesError):
        globalcs.converted_money(D("1"), "EUR", "USD", "en_US", on=late)
    assert globalcs.convert_money(D("1"), "EUR", "USD", on=late, max_age_days=8) == D("1.07")
    assert globalcs.convert_money(D("1"), "EUR", "USD", on=late, allow_stale=True) == D("1.07")
    with pytest.raises(globalcs.StaleRatesError, match="dated after"):
        globalcs.convert_money(D("1"), "EUR", "USD", on=dt.date(2024, 6, 27))


def test_the_rates_date_is_available_and_printable() -> None:
    assert ECB.as_of == dt.date(2024, 6, 28)
    assert ECB.as_of_text("de_DE") == "28. Juni 2024"
    assert ECB.as_of_text("ja_JP") == "2024年6月28日"
    assert ECB.age_days(FRESH) == 3
    assert ECB.publisher == "European Central Bank"


def test_a_callers_own_dated_set() -> None:
    mine = globalcs.exchange_rates({"USD": D("1.05"), "JPY": D("160")}, as_of=dt.date(2026, 12, 3))
    assert globalcs.convert_money(D("105"), "USD", "JPY", rates=mine, on=dt.date(2026, 12, 4)) == D(
        "16000"
    )
    with pytest.raises(globalcs.InvalidOptionError, match="no rate for it"):
        globalcs.convert_money(D("1"), "USD", "GBP", rates=mine, on=dt.date(2026, 12, 4))
    assert pickle.loads(pickle.dumps(mine)) == mine


BAD_RATES = [0.9, D("NaN"), D("sNaN"), D("Infinity"), D("-1.5"), D(0), D("-0"), 2, "1.5", True]


@pytest.mark.parametrize("rate", BAD_RATES, ids=repr)
def test_bad_rates_are_refused_by_name(rate: object) -> None:
    with pytest.raises(globalcs.ExchangeRateError) as caught:
        globalcs.convert_money(D("1"), "EUR", "USD", rate=rate)
    assert caught.value.value is rate
    with pytest.raises(globalcs.ExchangeRateError):
        globalcs.exchange_rates({"USD": rate}, as_of=FRESH)


def _convert(**options: object) -> object:
    amount = options.pop("amount", D(1))
    target = options.pop("target", "USD")
    return globalcs.convert_money(amount, "EUR", target, **options)  # type: ignore[arg-type]


BAD_OPTIONS: list[tuple[dict[str, object], type[Exception]]] = [
    ({"amount": 1.5, "rate": D(1)}, globalcs.MoneyError),
    ({"target": "XYZ", "rate": D(1)}, globalcs.InvalidOptionError),
    ({"rate": D(1), "rates": ECB}, globalcs.InvalidOptionError),
    ({"rates": {}}, globalcs.InvalidOptionError),
    ({"on": FRESH, "max_age_days": -1}, globalcs.InvalidOptionError),
    ({"on": FRESH, "max_age_days": True}, globalcs.InvalidOptionError),
    ({"on": "2024-07-01"}, globalcs.InvalidOptionError),
    ({"on": dt.datetime(2024, 7, 1, tzinfo=dt.UTC)}, globalcs.InvalidOptionError),
    ({"allow_stale": "yes"}, globalcs.InvalidOptionError),
    ({"amount": D(10**17), "target": "IDR", "on": FRESH}, globalcs.MoneyError),
]


@pytest.mark.parametrize(("options", "error"), BAD_OPTIONS, ids=repr)
def test_bad_options_get_named_errors(options: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        _convert(**options)


def test_bad_rate_sets_get_named_errors() -> None:
    with pytest.raises(globalcs.ExchangeRateError):
        globalcs.exchange_rates({"EUR": D(2)}, as_of=FRESH)
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.exchange_rates([], as_of=FRESH)  # type: ignore[arg-type]
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.exchange_rates({}, as_of="2024")  # type: ignore[arg-type]
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.exchange_rates({"XYZ": D(1)}, as_of=FRESH)
    with pytest.raises(globalcs.ExchangeRateError):  # made directly, checked all the same
        globalcs.ExchangeRates(FRESH, {"USD": 1.07})  # type: ignore[dict-item]
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.ExchangeRates(FRESH, {"USD": D("1.07")}, publisher=None)  # type: ignore[arg-type]


AMOUNTS = st.decimals(min_value=D("0.01"), max_value=D(10**9), places=2)


@given(AMOUNTS, st.sampled_from(CODES), st.sampled_from(CODES))
def test_a_round_trip_comes_back_within_rounding(amount: D, have: str, want: str) -> None:
    amount = globalcs.round_money(amount, have)
    there = globalcs.convert_money(amount, have, want, on=FRESH)
    back = globalcs.convert_money(there, want, have, on=FRESH)
    # Rounding there moves at most half a unit of ``want``; back, that is worth
    # half a unit times the rate, plus half a unit of ``have`` for rounding back.
    unit_want = D(1).scaleb(-globalcs.round_money(D(0), want).as_tuple().exponent * -1)
    unit_have = D(1).scaleb(-globalcs.round_money(D(0), have).as_tuple().exponent * -1)
    tolerance = unit_want / 2 * ECB.rate(want, have) + unit_have / 2
    assert abs(back - amount) <= tolerance


@given(AMOUNTS, st.sampled_from(CODES), st.sampled_from(CODES))
def test_the_result_has_the_targets_decimals(amount: D, have: str, want: str) -> None:
    amount = globalcs.round_money(amount, have)
    result = globalcs.convert_money(amount, have, want, on=FRESH)
    assert result == globalcs.round_money(result, want)
    assert result.as_tuple().exponent == globalcs.round_money(D(0), want).as_tuple().exponent


@given(AMOUNTS, st.sampled_from(CODES))
def test_display_equals_its_two_parts(amount: D, want: str) -> None:
    amount = globalcs.round_money(amount, "USD")
    text = globalcs.converted_money(amount, "USD", want, "en_US", on=FRESH)
    if want == "USD":
        assert text == globalcs.messages._format.money(amount, "USD", "en_US")  # type: ignore[attr-defined]
        return
    converted = globalcs.convert_money(amount, "USD", want, on=FRESH)
    from globalcs.messages._format import money

    assert text == f"≈ {money(converted, want, 'en_US')} (USD\xa0{amount:,.2f})"


@pytest.mark.parametrize("locale", sorted({m.locale for m in globalcs.markets()}))
def test_the_iso_form_is_compiled_and_equals_babel(locale: str) -> None:
    from babel.numbers import format_currency

    from globalcs.messages._format import money_format

    form = money_format(locale, "USD", iso_pattern(locale))
    assert form.exact == (True, True)
    for amount in (D("-1234.5"), D("0"), D("123")):
        assert form(amount) == format_currency(
            amount, "USD", iso_pattern(locale), locale=locale, currency_digits=True
        )


def test_merchant_templates_and_the_filter() -> None:
    template = globalcs.compile_template(
        '{{ amount|converted("JPY", "160.5") }} {{ amount|converted("USD", allow_stale=True) }}'
    )
    text = globalcs.render_template(template, "DE", amount=D("49.90")).text
    assert text == "≈ 8.009\xa0¥ (49,90\xa0EUR) ≈ 53,42\xa0$ (49,90\xa0EUR)"
    stale = globalcs.compile_template('{{ amount|converted("USD") }}')
    with pytest.raises(globalcs.StaleRatesError):
        globalcs.render_template(stale, "DE", amount=D("49.90"))
    bad = globalcs.compile_template('{{ amount|converted("USD", "x") }}')
    with pytest.raises(globalcs.ExchangeRateError):
        globalcs.render_template(bad, "DE", amount=D("49.90"))


def test_built_in_messages_take_a_converted_amount() -> None:
    refund = globalcs.ConvertedAmount(D("123.00"), "USD", "JPY", rate=D("150.40"))
    message = globalcs.render("refund_processed", "JP", order_id="A-1", amount=refund)
    assert "≈ ￥18,499 (USD\xa0123.00)" in message.text
    sms = globalcs.render("refund_processed", "US", order_id="A-1", amount=refund, channel="sms")
    assert "~¥18,499 (USD 123.00)" in sms.text
    rows = [{"intent": "refund_processed", "market": "DE", "order_id": "1", "amount": refund}]
    (bulk,) = globalcs.render_many(rows)
    assert "≈ 18.499\xa0¥ (123,00\xa0USD)" in bulk.text
    assert pickle.loads(pickle.dumps(refund)) == refund


def test_a_converted_amount_checks_itself_when_made() -> None:
    with pytest.raises(globalcs.MoneyError):
        globalcs.ConvertedAmount(1.5, "USD", "JPY")  # type: ignore[arg-type]
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.ConvertedAmount(D(1), "USD", "XYZ")
    with pytest.raises(globalcs.ExchangeRateError):
        globalcs.ConvertedAmount(D(1), "USD", "JPY", rate=D(0))
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.ConvertedAmount(D(1), "USD", "JPY", rate=D(1), rates=ECB)
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.ConvertedAmount(D(1), "USD", "JPY", rates={})  # type: ignore[arg-type]
    stale = globalcs.ConvertedAmount(D(1), "USD", "JPY", on=dt.date(2026, 12, 4))
    with pytest.raises(globalcs.StaleRatesError):
        globalcs.render("refund_processed", "JP", order_id="A-1", amount=stale)


def test_the_jinja_extension_has_both_filters() -> None:
    import jinja2

    env = jinja2.Environment(extensions=["globalcs.jinja.GlobalcsExtension"])
    refund = globalcs.ConvertedAmount(D("10.00"), "EUR", "USD", rate=D("1.1"))
    template = env.from_string(
        '{{ refund|globalcs_money }} / {{ total|globalcs_converted("USD", rate) }}'
    )
    text = template.render(refund=refund, total=D("10.00"), rate=D("1.1"), globalcs_market="DE")
    assert text == "≈ 11,00\xa0$ (10,00\xa0EUR) / ≈ 11,00\xa0$ (10,00\xa0EUR)"


def _known_locale(value: object) -> bool:
    from babel import Locale

    try:
        Locale.parse(str(value).replace("-", "_"))
    except Exception:
        return False
    return isinstance(value, str) and 0 < len(value) <= 40


@given(st.one_of(st.text(max_size=12), st.none(), st.integers()))
def test_any_locale_is_written_or_refused_by_name(locale: object) -> None:
    if _known_locale(locale):
        assert globalcs.converted_money(D("1.00"), "EUR", "USD", locale, rate=D("1.1"))  # type: ignore[arg-type]
        return
    with pytest.raises(globalcs.InvalidOptionError, match="locale"):
        globalcs.converted_money(D("1.00"), "EUR", "USD", locale, rate=D("1.1"))  # type: ignore[arg-type]


RATES = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True), st.floats(), st.text(max_size=6)
)


@given(RATES)
def test_any_rate_is_used_or_refused_by_name(rate: object) -> None:
    good = isinstance(rate, D) and rate.is_finite() and rate > 0
    if not good:
        with pytest.raises(globalcs.ExchangeRateError):
            globalcs.convert_money(D("1.00"), "EUR", "USD", rate=rate)
        return
    try:
        result = globalcs.convert_money(D("1.00"), "EUR", "USD", rate=rate)
    except globalcs.MoneyError:  # a rate so large the result is past 10**18
        assert rate >= 10**17
    else:
        assert result == globalcs.round_money(result, "USD")


def test_the_command_line() -> None:
    import io
    import json

    from globalcs.cli import main

    out = io.StringIO()
    argv = ["convert", "123.00", "USD", "JPY", "--on", "2024-07-01", "--market", "JP", "--json"]
    assert main(argv, out) == 0
    found = json.loads(out.getvalue())
    assert found["text"] == "≈ ￥19,756 (USD\xa0123.00)"
    assert found["converted"] == "19756"
    assert found["rates_as_of"] == "2024-06-28"
    out = io.StringIO()
    assert main(["convert", "123.00", "USD", "JPY", "--rate", "150.4"], out) == 0
    assert "≈ ¥18,499 (USD\xa0123.00)" in out.getvalue()
    assert main(["convert", "1", "USD", "JPY", "--on", "2026-12-04"], io.StringIO()) == 2
