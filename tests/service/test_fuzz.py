"""Fuzzed requests: every answer is a 200 or a named 4xx JSON error, never a 500."""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from globalcs._service._routes import ROUTES

from .test_service import assert_clean_error

HOSTILE = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "\t\n",
        "\x1b[31mDE",
        "\u202eDE",
        "\u2066de\u2069",
        "\ufeffDE",
        "\udcff",
        "İ",
        "../../etc/passwd",
        "/etc/localtime",
        "%s%n{0}",
        "de-DE-u-co-phonebk-x-" + "a" * 60,
        "*",
        "D" * 3000,
        "9" * 3000,
        "-1",
        "1e309",
        "NaN",
        "true",
        "2026-02-30",
        "9999-12-31T23:59-14:00",
        "0001-01-01T00:00+23:59",
    ]
)
GOOD = st.sampled_from(
    [
        "DE",
        "US-CA",
        "JP",
        "SA",
        "de-AT,de;q=0.9",
        "2026-06-10",
        "2026-06-10T13:30+02:00",
        "2026",
        "4",
        "phone",
        "sms",
        "service",
        "Europe/Berlin",
        "mon-fri 09:00-18:00",
        "false",
        "pt-BR",
    ]
)
VALUES = st.one_of(GOOD, HOSTILE, st.text(max_size=12))
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | VALUES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(VALUES, inner, max_size=3),
    max_leaves=8,
)


@pytest.fixture(scope="module")
def http(service: Any) -> Iterator[Any]:
    """One client for every example (a function-scoped one would be shared anyway)."""
    import httpx

    with httpx.Client(base_url=service.url, timeout=60) as client:
        yield client


OK = {200, 400, 404, 405, 413, 415, 422}


def _quote(text: str) -> str:
    return urllib.parse.quote(text.encode("utf-8", "surrogatepass"), safe="")


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_fuzzed_get_routes(http: Any, data: st.DataObject) -> None:
    route = data.draw(st.sampled_from([r for r in ROUTES if r.method == "GET"]), label="route")
    path = route.path
    for param in route.params:
        if param.where == "path":
            path = path.replace("{" + param.name + "}", _quote(data.draw(VALUES) or "x"))
    names = [p.name for p in route.params if p.where == "query"] + ["bogus"]
    chosen = data.draw(st.lists(st.sampled_from(names), unique=True, max_size=4))
    query = "&".join(f"{_quote(name)}={_quote(data.draw(VALUES))}" for name in chosen)
    language = data.draw(st.sampled_from(["de", "*", "x;q=2", "é", "\x1b[0m"]))
    headers = {"Accept-Language": language.encode("utf-8")}
    response = http.get(path + ("?" + query if query else ""), headers=headers)
    assert response.status_code in OK, (path, query, response.text)
    if response.status_code != 200:
        assert_clean_error(response, response.status_code)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_fuzzed_post_bodies(http: Any, data: st.DataObject) -> None:
    route = data.draw(st.sampled_from([r for r in ROUTES if r.method == "POST"]), label="route")
    names = [f.name for f in route.body] + ["bogus"]
    body = {name: data.draw(JSON_VALUES) for name in data.draw(st.lists(st.sampled_from(names)))}
    for field in route.body:
        if field.required and data.draw(st.booleans()):
            body[field.name] = data.draw(
                st.sampled_from(["DE", "delivered", "{{ order_id }}", "JP"]) | VALUES
            )
    if "variables" in body and isinstance(body["variables"], dict):
        body["variables"] = {
            k: v for k, v in body["variables"].items() if isinstance(k, str) and k.isidentifier()
        }
    content = json.dumps(body, ensure_ascii=data.draw(st.booleans())).encode(
        "utf-8", "surrogatepass"
    )
    response = http.post(route.path, content=content, headers={"content-type": "application/json"})
    assert response.status_code in OK, (body, response.text)
    if response.status_code != 200:
        assert_clean_error(response, response.status_code)
