"""Sources you could cite in a contract: no refused site anywhere in the data, and every
formality or communication-style claim rests on a strong source or explains itself."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Collection, Mapping, Sequence

import pytest

import globalcs
from globalcs._data import data_dir

POLICY = tomllib.loads((data_dir() / "vocabularies" / "source_policy.toml").read_text("utf-8"))
REFUSED: dict[str, str] = POLICY["refused"]
URL = re.compile(r'^url\s*=\s*"(https?://[^"]+)"', re.M)


def _host(url: str) -> str:
    host = url.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0].lower()
    return host.removeprefix("www.")


def _refusal(url: str) -> str | None:
    host = _host(url)
    for domain, reason in REFUSED.items():
        if host == domain or host.endswith("." + domain):
            return reason
    return None


@pytest.mark.parametrize(
    "path", sorted(p.relative_to(data_dir()).as_posix() for p in data_dir().rglob("*.toml"))
)
def test_no_data_file_cites_a_refused_site(path: str) -> None:
    text = (data_dir() / path).read_text("utf-8")
    refused = [(url, _refusal(url)) for url in URL.findall(text) if _refusal(url)]
    assert not refused, refused


def test_the_policy_ranks_its_kinds_and_says_why_each_site_is_refused() -> None:
    ranks = sorted(kind["rank"] for kind in POLICY["kinds"].values())
    assert ranks == list(range(1, len(ranks) + 1))
    for domain, reason in REFUSED.items():
        assert "/" not in domain
        assert domain == domain.lower()
        assert reason.strip()


def _unexplained_style_claims(
    sources: Mapping[str, Sequence[globalcs.Source]],
    notes: Mapping[str, str],
    defaults: Collection[str] = (),
) -> list[str]:
    """The curated formality and communication-style facts that rest only on editorial or
    encyclopedic sources and have no note of their own saying why the reading holds. A
    note on a source describes the source, not the fact, so it does not count."""
    return [
        name
        for name, cited in sources.items()
        if (name == "formality" or name.startswith("communication."))
        and name not in defaults
        and not any(s.confidence in ("statute", "report") for s in cited)
        and not notes.get(name, "").strip()
    ]


@pytest.mark.parametrize("code", [m.code for m in globalcs.curated_markets()])
def test_style_claims_rest_on_a_strong_source_or_explain_themselves(code: str) -> None:
    market = globalcs.get_market(code)
    unexplained = _unexplained_style_claims(market.sources, market.notes, market.defaults)
    assert not unexplained, (code, unexplained)


def test_a_source_note_alone_does_not_explain_a_style_claim() -> None:
    (book,) = globalcs.get_market("DE").sources["communication.rapport_first"][:1]
    editorial = dataclasses.replace(book, confidence="editorial", note="What the book says.")
    report = dataclasses.replace(book, confidence="report", note="")
    claims = {"communication.humour": [editorial], "support_hours": [editorial]}
    assert _unexplained_style_claims(claims, {}) == ["communication.humour"]
    assert _unexplained_style_claims(claims, {"communication.humour": " "}) == [
        "communication.humour"
    ]
    assert _unexplained_style_claims(claims, {"communication.humour": "Why it holds."}) == []
    assert _unexplained_style_claims({"formality": [editorial, report]}, {}) == []
    assert _unexplained_style_claims(claims, {}, defaults=("communication.humour",)) == []
