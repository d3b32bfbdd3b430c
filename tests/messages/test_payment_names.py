"""Payment methods are named as customers in the message's language know them: a generic
method by the catalog's word, a brand by its local name where it has one."""

from __future__ import annotations

import datetime as dt
import decimal

import pytest

import globalcs
from globalcs.market._loader import vocabulary
from globalcs.messages._phrases import payment_method_name

NAMED = [
    (method, tag, name)
    for method, entry in vocabulary("payment_methods").items()
    for tag, name in entry.names.items()
]


def test_every_local_name_is_for_a_built_in_language_and_cited() -> None:
    for method, tag, name in NAMED:
        assert tag in globalcs.languages(), (method, tag)
        assert name.strip(), (method, tag)


@pytest.mark.parametrize(("method", "tag", "name"), NAMED)
def test_a_message_uses_the_local_name(method: str, tag: str, name: str) -> None:
    assert payment_method_name(method, tag) == name


def test_a_language_without_a_local_name_gets_the_brand() -> None:
    assert payment_method_name("paypal", "de") == "PayPal"


def _instructions(market: str, tag: str, method: str) -> str:
    return globalcs.render(
        "payment_instructions",
        market,
        language=tag,
        order_id="A-1",
        amount=decimal.Decimal("49"),
        payment_method=method,
        reference="R-77",
        pay_by=dt.date(2026, 12, 9),
    ).text


@pytest.mark.parametrize(
    ("market", "tag", "method", "name"),
    [
        ("JP", "ja", "konbini", "コンビニ決済"),
        ("TH", "th", "promptpay", "พร้อมเพย์"),
        ("EG", "ar", "fawry", "فوري"),
    ],
)
def test_payment_instructions_name_the_method_as_local_customers_know_it(
    market: str, tag: str, method: str, name: str
) -> None:
    text = _instructions(market, tag, method)
    assert name in text
    assert vocabulary("payment_methods")[method].name not in text


@pytest.mark.parametrize(
    ("market", "tag", "method", "name"),
    [
        ("KR", "ko", "kakao_pay", "카카오페이"),
        ("CN", "zh-Hans", "alipay", "支付宝"),
        ("SA", "ar", "mada", "مدى"),
        ("HK", "zh-Hant-HK", "octopus", "八達通"),
    ],
)
def test_a_failed_payment_names_the_wallet_or_card_locally(
    market: str, tag: str, method: str, name: str
) -> None:
    text = globalcs.render(
        "payment_failed",
        market,
        language=tag,
        order_id="A-1",
        amount=decimal.Decimal("49"),
        payment_method=method,
    ).text
    assert name in text


def test_a_hong_kong_name_stays_in_hong_kong() -> None:
    assert payment_method_name("octopus", "zh-Hant-HK") == "八達通"
    assert payment_method_name("octopus", "zh-Hant") == "Octopus"
    assert payment_method_name("fps", "zh-Hant-HK") == "轉數快"


def test_a_variant_inherits_its_base_s_local_name() -> None:
    assert payment_method_name("alipay", "zh-Hant-HK") == "支付寶"
    assert payment_method_name("jko_pay", "zh-Hant") == "街口支付"


def test_a_brand_written_in_latin_letters_keeps_its_name() -> None:
    assert payment_method_name("paypay", "ja") == "PayPay"
    assert payment_method_name("line_pay", "th") == "LINE Pay"
    assert payment_method_name("wechat_pay", "zh-Hant-HK") == "WeChat Pay"
