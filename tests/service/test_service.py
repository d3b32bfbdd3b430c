"""``globalcs serve`` over real HTTP on 127.0.0.1: every route, its contract, its errors."""

from __future__ import annotations

import datetime as dt
import decimal
import json
from pathlib import Path
from typing import Any

import pytest

import globalcs
from globalcs._service._routes import ROUTES

# One good request per route: (method, URL, JSON body or None).
EXAMPLES: dict[tuple[str, str], tuple[str, dict[str, Any] | None]] = {
    ("GET", "/health"): ("/health", None),
    ("GET", "/v1/versions"): ("/v1/versions", None),
    ("GET", "/v1/markets"): ("/v1/markets?curated=true", None),
    ("GET", "/v1/markets/{market}"): ("/v1/markets/DE?on=2026-12-01", None),
    ("GET", "/v1/negotiate"): ("/v1/negotiate?market=AT&accept_language=de-LI,en;q=0.5", None),
    ("GET", "/v1/intents"): ("/v1/intents", None),
    ("POST", "/v1/render"): (
        "/v1/render",
        {
            "intent": "order_confirmation",
            "market": "DE",
            "customer": {"given_name": "Anna", "family_name": "Müller", "gender": "female"},
            "variables": {"order_id": "A-1001", "total": 49.90},
        },
    ),
    ("POST", "/v1/render-template"): (
        "/v1/render-template",
        {
            "template": "{{ customer|greeting }}\n\n"
            "We received {{ total|money }} for {{ order_id }}.",
            "subject": "Order {{ order_id }}",
            "market": "FR",
            "language": "en",
            "customer": {"given_name": "Léa", "family_name": "Roux"},
            "variables": {"order_id": "A-1", "total": 12.5},
        },
    ),
    ("GET", "/v1/markets/{market}/deadlines/dsar"): (
        "/v1/markets/DE/deadlines/dsar?received=2026-01-31",
        None,
    ),
    ("GET", "/v1/markets/{market}/deadlines/breach"): (
        "/v1/markets/DE/deadlines/breach?aware_at=2026-03-27T12:00%2B00:00",
        None,
    ),
    ("GET", "/v1/markets/{market}/deadlines/withdrawal"): (
        "/v1/markets/DE/deadlines/withdrawal?delivered=2026-12-11",
        None,
    ),
    ("GET", "/v1/markets/{market}/deadlines/sla"): (
        "/v1/markets/DE/deadlines/sla?from=2026-12-23T17:00%2B01:00&hours=4",
        None,
    ),
    ("GET", "/v1/markets/{market}/deadlines/business-days"): (
        "/v1/markets/DE/deadlines/business-days?from=2026-12-23&days=2",
        None,
    ),
    ("GET", "/v1/markets/{market}/contact"): (
        "/v1/markets/FR/contact?channel=phone&at=2026-06-10T13:30%2B02:00",
        None,
    ),
    ("POST", "/v1/may-send"): (
        "/v1/may-send",
        {"market": "US", "channel": "phone", "at": "2026-06-10T14:30Z", "phone": "+1 213 555 0100"},
    ),
    ("GET", "/v1/markets/{market}/holidays/{year}"): ("/v1/markets/DE/holidays/2026", None),
    ("GET", "/v1/markets/{market}/hours"): (
        "/v1/markets/DE/hours?at=2026-12-24T17:00%2B01:00",
        None,
    ),
}


def call(client: Any, method: str, url: str, body: object = None) -> Any:
    if method == "POST":
        return client.post(url, json=body)
    return client.get(url)


def test_every_route_has_an_example() -> None:
    assert sorted(EXAMPLES) == sorted((r.method, r.path) for r in ROUTES)


@pytest.mark.parametrize("key", sorted(EXAMPLES), ids=lambda k: f"{k[0]} {k[1]}")
def test_every_route_answers_json(client: Any, key: tuple[str, str]) -> None:
    url, body = EXAMPLES[key]
    response = call(client, key[0], url, body)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.json() is not None


# --- one question, one answer: the service says what the library says ---------------------


def test_market_is_the_library_market(client: Any) -> None:
    body = client.get("/v1/markets/DE?on=2026-12-01").json()
    assert body == json.loads(globalcs.get_market("DE", on=dt.date(2026, 12, 1)).to_json())
    codes = [m["code"] for m in client.get("/v1/markets").json()]
    assert codes == [m.code for m in globalcs.markets()]


def test_render_is_the_library_render(client: Any) -> None:
    url, body = EXAMPLES[("POST", "/v1/render")]
    assert body is not None
    got = client.post(url, json=body).json()
    expected = globalcs.render(
        "order_confirmation",
        "DE",
        customer=body["customer"],
        order_id="A-1001",
        total=decimal.Decimal("49.90"),
    )
    assert got == expected.to_dict()
    assert got["text"].splitlines()[0] == "Sehr geehrte Frau Müller,"


def test_money_as_a_string_and_dates_by_their_kind(client: Any) -> None:
    body = {
        "intent": "delivery_delay",
        "market": "DE",
        "variables": {"order_id": "A-1", "new_delivery_date": "2026-12-24"},
    }
    got = client.post("/v1/render", json=body)
    assert got.status_code == 200, got.text
    expected = globalcs.render(
        "delivery_delay", "DE", order_id="A-1", new_delivery_date=dt.date(2026, 12, 24)
    )
    assert got.json()["text"] == expected.text
    money = {"intent": "order_confirmation", "market": "DE"}
    for total in ("49.90", 49.9, 49):
        answer = client.post(
            "/v1/render", json=money | {"variables": {"order_id": "A", "total": total}}
        )
        assert answer.status_code == 200, answer.text


def test_template_is_the_library_template(client: Any) -> None:
    url, body = EXAMPLES[("POST", "/v1/render-template")]
    assert body is not None
    got = client.post(url, json=body).json()
    expected = globalcs.render_template(
        body["template"],
        "FR",
        language="en",
        subject=body["subject"],
        customer=body["customer"],
        order_id="A-1",
        total=decimal.Decimal("12.5"),
    )
    assert got == expected.to_dict()


def test_negotiate_reads_the_accept_language_header(client: Any) -> None:
    got = client.get("/v1/negotiate", headers={"Accept-Language": "pt-PT,pt;q=0.8"}).json()
    expected = globalcs.negotiate(accept_language="pt-PT,pt;q=0.8")
    assert (got["market"], got["language"], got["reason"]) == (
        expected.market.code,
        expected.language,
        expected.reason,
    )
    # the query parameter wins over the header
    got = client.get(
        "/v1/negotiate?market=CH&accept_language=fr", headers={"Accept-Language": "de"}
    ).json()
    assert got["language"] == globalcs.negotiate("CH", accept_language="fr").language


def test_deadlines_are_the_library_deadlines(client: Any) -> None:
    get = client.get
    assert get("/v1/markets/DE/deadlines/dsar?received=2026-01-31").json()["due"] == (
        globalcs.dsar_due("DE", dt.date(2026, 1, 31)).isoformat()
    )
    extended = get("/v1/markets/DE/deadlines/dsar?received=2026-01-31&extended=true").json()
    assert (
        extended["due"] == globalcs.dsar_due("DE", dt.date(2026, 1, 31), extended=True).isoformat()
    )
    at = dt.datetime(2026, 3, 27, 12, tzinfo=dt.UTC)
    breach = get("/v1/markets/DE/deadlines/breach?aware_at=2026-03-27T12:00Z").json()
    assert breach["due"] == globalcs.breach_report_due("DE", at).isoformat()  # type: ignore[union-attr]
    late = get("/v1/markets/DE/deadlines/withdrawal?delivered=2026-03-02&informed=false").json()
    assert (
        late["due"]
        == globalcs.withdrawal_deadline("DE", dt.date(2026, 3, 2), informed=False).isoformat()
    )
    start = dt.datetime(2026, 12, 23, 17, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    sla = get("/v1/markets/DE/deadlines/sla?from=2026-12-23T17:00%2B01:00&hours=4").json()
    assert sla["due"] == globalcs.support_calendar("DE").add_business_hours(start, 4).isoformat()
    days = get("/v1/markets/DE/deadlines/business-days?from=2026-12-23&days=2").json()
    assert (
        days["due"]
        == globalcs.support_calendar("DE").add_business_days(dt.date(2026, 12, 23), 2).isoformat()
    )


def test_contact_and_calendars_are_the_library_answers(client: Any) -> None:
    paris = dt.datetime(2026, 6, 10, 13, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    got = client.get("/v1/markets/FR/contact?channel=phone&at=2026-06-10T13:30%2B02:00").json()
    assert got == globalcs.contact_window("FR", "phone", paris).to_dict()
    assert got["allowed"] is False
    holidays = client.get("/v1/markets/DE/holidays/2026?language=en").json()
    records = globalcs.get_market("DE").holidays(2026, language="en").records
    assert [h["date"] for h in holidays["holidays"]] == [h.date.isoformat() for h in records]
    hours = client.get("/v1/markets/DE/hours?at=2026-12-24T17:00%2B01:00").json()
    cal = globalcs.support_calendar("DE")
    at = dt.datetime(2026, 12, 24, 17, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert hours["open"] == cal.is_open(at)
    assert hours["next_open"] == cal.next_open(at).isoformat()


def test_may_send_is_the_library_decision(client: Any) -> None:
    at = dt.datetime(2026, 6, 10, 14, 30, tzinfo=dt.UTC)
    url, body = EXAMPLES[("POST", "/v1/may-send")]
    got = client.post(url, json=body).json()
    assert got == globalcs.may_send("US", "phone", at, phone="+1 213 555 0100").to_dict()
    assert (got["allowed"], got["timezone"]) == (False, "America/Los_Angeles")
    inbound = dt.datetime(2026, 6, 10, 10, tzinfo=dt.UTC)
    window = {
        "market": "DE",
        "channel": "whatsapp",
        "purpose": "service",
        "at": "2026-06-10T12:00Z",
        "last_inbound": "2026-06-10T10:00Z",
    }
    expected = globalcs.may_send(
        "DE", "whatsapp", at.replace(hour=12, minute=0), purpose="service", last_inbound=inbound
    )
    assert client.post(url, json=window).json() == expected.to_dict()


@pytest.mark.parametrize(
    ("fields", "kind"),
    [
        ({"phone": "12"}, "InvalidPhoneNumberError"),
        ({"consent": "maybe"}, "InvalidOptionError"),
        ({"at": "2026-06-10T12:00"}, "NaiveDatetimeError"),
        ({"last_inbound": "yesterday"}, "InvalidOptionError"),
        ({"template": "yes"}, "InvalidOptionError"),
    ],
)
def test_bad_may_send_input_is_named(client: Any, fields: dict[str, str], kind: str) -> None:
    body = {"market": "DE", "channel": "sms", "at": "2026-06-10T12:00Z"} | fields
    assert_clean_error(client.post("/v1/may-send", json=body), 422, kind)


# --- the OpenAPI document -----------------------------------------------------------------


def test_openapi_lists_every_route_and_only_routes_that_exist(client: Any, service: Any) -> None:
    document = client.get("/openapi.json").json()
    assert document["openapi"] == "3.1.0"
    documented = {(m.upper(), p) for p, ops in document["paths"].items() for m in ops}
    mounted = {
        (method, route.path)
        for route in service.server.config.app.routes
        for method in route.methods
        if method != "HEAD"
    }
    assert documented == mounted
    assert {(r.method, r.path) for r in ROUTES} <= documented
    for operation in (op for ops in document["paths"].values() for op in ops.values()):
        for ref in json.dumps(operation).split('"$ref": "')[1:]:
            name = ref.split('"')[0].rsplit("/", 1)[-1]
            assert name in document["components"]["schemas"]


def test_openapi_operations_are_named_once_and_path_parameters_required(client: Any) -> None:
    document = client.get("/openapi.json").json()
    operations = [op for ops in document["paths"].values() for op in ops.values()]
    ids = [op["operationId"] for op in operations]
    assert len(ids) == len(set(ids))
    for path, ops in document["paths"].items():
        for op in ops.values():
            named = {p["name"] for p in op.get("parameters", []) if p["in"] == "path"}
            assert named == {part[1:-1] for part in path.split("/") if part.startswith("{")}
            assert all(p["required"] for p in op.get("parameters", []) if p["in"] == "path")


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r.method} {r.path}")
def test_documented_parameters_are_the_ones_accepted(client: Any, route: Any) -> None:
    """A query parameter the document does not list is refused by name."""
    url, body = EXAMPLES[(route.method, route.path)]
    joiner = "&" if "?" in url else "?"
    response = call(client, route.method, f"{url}{joiner}bogus=1", body)
    assert response.status_code == 422
    assert response.json()["error"]["type"] == "InvalidOptionError"
    assert "bogus" in response.json()["error"]["message"]


# --- errors: named, JSON, and never a path or a traceback ---------------------------------

INSTALL = str(Path(globalcs.__file__).resolve().parent)


def assert_clean_error(response: Any, status: int, kind: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    error: dict[str, Any] = response.json()["error"]
    assert error["status"] == status
    if kind is not None:
        assert error["type"] == kind, error
    text = response.text
    assert "Traceback" not in text
    for path in (INSTALL, "site-packages", "/src/globalcs"):
        assert path not in text
    assert all(c.isprintable() for c in error["message"])
    return error


@pytest.mark.parametrize(
    ("url", "status", "kind"),
    [
        ("/v1/markets/Atlantis", 404, "UnknownMarketError"),
        ("/v1/markets/DE%E2%80%AE", 404, "UnknownMarketError"),  # a bidi override
        ("/v1/markets/..%2F..%2Fetc%2Fpasswd", 404, None),
        ("/v1/markets/DE?on=2026-02-30", 422, "InvalidOptionError"),
        ("/v1/markets?curated=yes", 422, "InvalidOptionError"),
        ("/v1/markets/DE/deadlines/dsar", 422, "InvalidOptionError"),  # received is required
        ("/v1/markets/DE/deadlines/breach?aware_at=2026-03-27T12:00", 422, "NaiveDatetimeError"),
        ("/v1/markets/DE/deadlines/sla?from=2026-01-01T00:00Z&hours=nan", 422, None),
        ("/v1/markets/DE/deadlines/sla?from=2026-01-01T00:00Z&hours=1e999999", 422, None),
        ("/v1/markets/DE/deadlines/business-days?from=9999-12-31&days=5", 422, None),
        ("/v1/markets/US/deadlines/withdrawal?delivered=2026-01-01", 422, "InvalidOptionError"),
        ("/v1/markets/DE/holidays/1066", 422, "HolidayRangeError"),
        ("/v1/markets/DE/holidays/99999999999", 422, "InvalidOptionError"),
        ("/v1/markets/DE/holidays/2026?language=xx-%F0%9F%92%A3", 404, "UnknownLanguageError"),
        ("/v1/markets/DE/contact?channel=fax", 422, "InvalidOptionError"),
        ("/v1/markets/DE/contact?channel=sms&timezone=/etc/localtime", 422, None),
        ("/v1/markets/DE/hours?timezone=Europe/../../etc/passwd", 422, None),
        ("/v1/markets/DE/hours?at=9999-12-31T23:59-14:00", 422, "InvalidOptionError"),
        ("/v1/negotiate?accept_language=" + "de," * 3000, 422, "InvalidOptionError"),
        ("/v1/negotiate?market=DE&accept_language=%1B%5B31m;q=abc", 200, None),  # skipped
        ("/v1/negotiate?preferred=%E2%80%AEar", 404, None),
        ("/v1/negotiate?market=DE&market=FR", 400, "BadRequest"),
        ("/v1/markets/DE?on=%FF", 400, "BadRequest"),  # not UTF-8
        ("/v1/markets/%C0%AF", 400, "BadRequest"),  # an over-long UTF-8 '/'
        ("/v1/nothing-here", 404, "NotFound"),
    ],
)
def test_hostile_queries_get_named_errors(client: Any, url: str, status: int, kind: str) -> None:
    response = client.get(url)
    if status == 200:
        assert response.status_code == 200
        return
    assert_clean_error(response, status, kind)


RENDER = {"intent": "order_confirmation", "market": "DE", "variables": {"order_id": "A-1"}}


@pytest.mark.parametrize(
    ("body", "status", "kind"),
    [
        (b"{", 400, "BadRequest"),
        (b"", 400, "BadRequest"),
        (b"[1, 2]", 422, "InvalidOptionError"),
        (b'{"intent": "delivered", "intent": "x", "market": "DE"}', 400, "BadRequest"),
        (b'{"intent": "delivered", "market": "DE", "variables": {"x": NaN}}', 400, "BadRequest"),
        (
            b'{"intent": "delivered", "market": "DE", "variables": {"n": ' + b"9" * 5000 + b"}}",
            400,
            "BadRequest",
        ),
        (b"[" * 100_000 + b"]" * 100_000, 413, "PayloadTooLarge"),
        (b"[" * 20_000 + b"]" * 20_000, 400, "BadRequest"),  # nested too deeply
        ('{"intent": "délivré", "market": "DE"}'.encode("latin-1"), 400, "BadRequest"),
        (json.dumps(RENDER | {"intent": 7}).encode(), 422, "InvalidOptionError"),
        (json.dumps(RENDER | {"market": ["DE"]}).encode(), 422, "InvalidOptionError"),
        (json.dumps(RENDER | {"variables": "order_id=1"}).encode(), 422, "InvalidOptionError"),
        (json.dumps(RENDER | {"customer": True}).encode(), 422, "InvalidOptionError"),
        (json.dumps(RENDER | {"tone": "loud"}).encode(), 422, "InvalidOptionError"),
        (json.dumps(RENDER | {"texts": {}}).encode(), 422, "InvalidOptionError"),
        (json.dumps(RENDER | {"intent": "nope"}).encode(), 404, "UnknownIntentError"),
        (json.dumps(RENDER | {"language": "xx\u202e"}).encode(), 404, "UnknownLanguageError"),
        (json.dumps(RENDER | {"language": "../../etc"}).encode(), 404, "UnknownLanguageError"),
        (json.dumps(RENDER).encode(), 422, "MissingVariableError"),  # total is missing
        (
            json.dumps(RENDER | {"variables": {"order_id": "A\u202e1", "total": 1}}).encode(),
            422,
            "InvalidOptionError",
        ),
        (
            json.dumps(RENDER | {"variables": {"order_id": "A-1", "total": "1e999999"}}).encode(),
            422,
            None,
        ),
        (
            json.dumps(RENDER | {"variables": {"order_id": "A-1", "total": True}}).encode(),
            422,
            "MoneyError",
        ),
        (
            json.dumps(RENDER | {"customer": {"given_name": "\x1b[31mAnna"}}).encode(),
            422,
            "InvalidOptionError",
        ),
    ],
)
def test_hostile_render_bodies_get_named_errors(
    client: Any, body: bytes, status: int, kind: str | None
) -> None:
    response = client.post("/v1/render", content=body, headers={"content-type": "application/json"})
    assert_clean_error(response, status, kind)


@pytest.mark.parametrize(
    "template",
    [
        "{{ ().__class__.__mro__ }}",
        "{{ cycler.__init__.__globals__ }}",
        "{% import 'os' as os %}",
        "{% include '/etc/passwd' %}",
        "{{ lipsum }}",
        "{% for i in range(10**9) %}x{% endfor %}",
        "{{ 'x' * 10**7 }}",
        "{% for a in [1]*500 %}{% for b in [1]*500 %}{% for c in [1]*500 %}x"
        "{% endfor %}{% endfor %}{% endfor %}",
        "{{" * 50 + "x" + "}}" * 50,
        "x" * 20_001,  # over the sandbox's source limit, under the body limit
        "{{ order_id",
    ],
)
def test_unsafe_templates_are_refused(client: Any, template: str) -> None:
    response = client.post(
        "/v1/render-template", json={"template": template, "market": "DE", "variables": {}}
    )
    error = assert_clean_error(response, 422)
    kinds = {"TemplateSecurityError", "TemplateRenderError", "TemplateError"}
    assert error["type"] in kinds | {"MissingVariableError"}  # lipsum is no name here


def test_template_subject_with_a_line_break_is_refused(client: Any) -> None:
    body = {
        "template": "Hello",
        "subject": "{{ s }}",
        "market": "DE",
        "variables": {"s": "Order\r\nBcc: all@example.com"},
    }
    response = client.post("/v1/render-template", json=body)
    assert_clean_error(response, 422)


def test_bidi_characters_in_template_variables_are_refused(client: Any) -> None:
    body = {"template": "{{ name }}", "market": "DE", "variables": {"name": "evil\u202etxt.exe"}}
    response = client.post("/v1/render-template", json=body)
    assert_clean_error(response, 422, "InvalidOptionError")


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "", "application/json; charset=latin-1", "application/x-www-form-urlencoded"],
)
def test_a_body_must_be_json_in_utf8(client: Any, content_type: str) -> None:
    response = client.post(
        "/v1/render", content=json.dumps(RENDER).encode(), headers={"content-type": content_type}
    )
    assert_clean_error(response, 415, "UnsupportedMediaType")


def test_charset_utf8_is_accepted(client: Any) -> None:
    body = RENDER | {"variables": {"order_id": "A-1", "total": 1}}
    response = client.post(
        "/v1/render",
        content=json.dumps(body).encode(),
        headers={"content-type": "application/json; charset=UTF-8"},
    )
    assert response.status_code == 200, response.text


def test_a_huge_body_is_refused_by_its_length(client: Any) -> None:
    response = client.post("/v1/render", json={"template": "x" * 200_000})
    assert_clean_error(response, 413, "PayloadTooLarge")


def test_a_huge_chunked_body_is_refused_as_it_arrives(client: Any) -> None:
    def chunks() -> Any:
        yield b'{"intent": "'
        for _ in range(100):
            yield b"x" * 4096
        yield b'"}'

    response = client.post(
        "/v1/render", content=chunks(), headers={"content-type": "application/json"}
    )
    assert_clean_error(response, 413, "PayloadTooLarge")


def test_a_wrong_method_is_a_json_error(client: Any) -> None:
    assert_clean_error(client.get("/v1/render"), 405, "MethodNotAllowed")
    assert_clean_error(client.delete("/v1/markets/DE"), 405, "MethodNotAllowed")


def test_a_broken_installation_shows_no_details(client: Any, monkeypatch: Any) -> None:
    """An error that is the installation's fault (a data file) is a 500 without its path."""
    from globalcs._errors import DataError
    from globalcs.market import _registry

    def broken(*args: object, **kwargs: object) -> object:
        raise DataError(INSTALL + "/_data/markets/de.toml", "formality", "bad value")

    monkeypatch.setattr(_registry, "curated_markets", broken)
    error = assert_clean_error(client.get("/v1/markets?curated=true"), 500, "DataError")
    assert "de.toml" not in error["message"]


def test_an_unexpected_error_shows_no_traceback(client: Any, monkeypatch: Any) -> None:
    from globalcs.market import _registry

    def crash(*args: object, **kwargs: object) -> object:
        raise RuntimeError(f"secret token abc123 in {INSTALL}/x.py")

    monkeypatch.setattr(_registry, "curated_markets", crash)
    error = assert_clean_error(client.get("/v1/markets?curated=true"), 500, "InternalError")
    assert "abc123" not in error["message"]
