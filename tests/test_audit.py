"""``globalcs audit``: what in the curated data needs a curator on a day."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest

import globalcs
from globalcs import _data as data_module
from globalcs.cli import main
from globalcs.market import _loader as loader
from globalcs.market import _registry as registry


def test_nothing_is_overdue_today_and_every_curated_fact_has_a_review_date() -> None:
    on = dt.date(2026, 12, 4)
    assert [i for i in globalcs.audit(on=on) if i.kind == "overdue"] == []
    for market in globalcs.curated_markets(on=on):
        assert market.checked is not None
        curated = {name for name in market.sources if name not in market.defaults}
        own = {name for name in curated if market.review_by.get(name)}
        assert own, market.code
        for day in market.review_by.values():
            assert day >= market.checked


def test_facts_past_their_date_are_listed_oldest_first() -> None:
    items = globalcs.audit(on=dt.date(2030, 1, 1), source_age=100)
    overdue = [i for i in items if i.kind == "overdue"]
    assert overdue
    assert [i.day for i in overdue] == sorted(i.day for i in overdue)
    (india,) = [i for i in overdue if i.subject == "IN" and i.field == "privacy"]
    assert india.day == dt.date(2027, 5, 13)  # the DPDP Rules' later duties
    assert any(i.subject == "privacy/dpdpa" for i in overdue)
    assert items[0].kind == "overdue"


def test_old_sources_are_listed_by_age_but_never_statutes() -> None:
    items = globalcs.audit(on=dt.date(2026, 12, 4), source_age=10)
    old = [i for i in items if i.kind == "old_source"]
    assert old
    assert all(i.day < dt.date(2016, 12, 4) for i in old)
    assert all("statute" not in i.detail for i in old)
    assert not [
        i
        for i in globalcs.audit(on=dt.date(2026, 12, 4), source_age=1000)
        if i.kind == "old_source"
    ]


@pytest.fixture
def amended_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "data"
    shutil.copytree(data_module.data_dir(), root)
    path = root / "privacy" / "gdpr.toml"
    path.write_text(
        path.read_text("utf-8")
        + '\n[[amendments]]\nin_force = 2027-03-01\nname = "GDPR as reformed"\n'
        'note = "A reform."\nsources = ["gdpr"]\n',
        "utf-8",
    )
    monkeypatch.setattr(data_module, "data_root", lambda: str(root))
    for cache in (loader.privacy_regime, loader.load_market_file):
        if hasattr(cache, "cache_clear"):
            cache.cache_clear()
    monkeypatch.setattr(registry, "_cache", {})
    monkeypatch.setattr(registry, "_dated", {})
    yield root
    loader.privacy_regime.cache_clear()


def test_an_amendment_in_force_since_the_last_check_is_listed(amended_root: Path) -> None:
    before = globalcs.audit(on=dt.date(2027, 2, 28))
    assert not [i for i in before if i.kind == "amended"]
    (item,) = [i for i in globalcs.audit(on=dt.date(2027, 3, 1)) if i.kind == "amended"]
    assert item.subject == "privacy/gdpr"
    assert item.day == dt.date(2027, 3, 1)
    assert "GDPR as reformed" in item.detail
    assert "2026-11-23" in item.detail


@pytest.mark.parametrize(
    "bad", [{"on": "2026-12-04"}, {"source_age": -1}, {"source_age": True}, {"source_age": 2.5}]
)
def test_bad_arguments_are_named(bad: dict[str, object]) -> None:
    with pytest.raises(globalcs.InvalidOptionError) as caught:
        globalcs.audit(**bad)  # type: ignore[arg-type]
    assert caught.value.option in bad


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_the_command_prints_a_table_json_and_fails_strictly_only_when_overdue() -> None:
    code, text = run("audit", "--on", "2026-12-04", "--source-age", "40")
    assert code == 0
    assert text.splitlines()[0].split() == ["Kind", "Subject", "Field", "Day", "Detail"]
    assert text.rstrip().endswith("old_source")
    assert run("audit", "--on", "2026-12-04", "--strict")[0] == 0
    code, text = run("audit", "--on", "2030-01-01", "--json", "--strict")
    assert code == 1
    rows = json.loads(text)
    assert {"kind", "subject", "field", "day", "detail"} == set(rows[0])
    assert rows[0]["kind"] == "overdue"
    assert run("audit", "--on", "2030-01-01")[0] == 0
