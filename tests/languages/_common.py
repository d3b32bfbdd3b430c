"""What every language's test module checks, as ``tests/markets/_common.py`` does for the
markets: a module ends with ``class TestProfile(LanguageTests)`` naming its ``tag`` and a
``market`` that writes in it, and states only the language's own facts above it.

The shared checks are parametrized per subclass (``pytest_generate_tests``), so a failure
names the intent and the register. Renders are cached: several checks read one message.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import json
import re
import unicodedata
import zoneinfo
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import pytest

import globalcs
from globalcs.market._holidays import holiday_languages
from globalcs.market._loader import vocabulary
from globalcs.messages._languages import MATCH_DISTANCE, catalog, language, lineage
from globalcs.messages._sms import sms_encoding

from ..messages.samples import CUSTOMERS, SAMPLES, sample

ROOT = Path(__file__).resolve().parents[2]
BRAND = "Shop"  # signed: carriers block an unsigned SMS in some markets (mainland China)
CHANNELS = ("email", "sms", "chat", "whatsapp")
UNFILLED = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
DOUBLED_STOP = re.compile(r"(?<!\.)\.\.(?!\.)|。。")
# News no apology should open, in any tone-neutral message.
GOOD_NEWS = (
    "order_confirmation",
    "shipping_update",
    "delivered",
    "refund_processed",
    "back_in_stock",
)
NAMES = ("Anna", "Lindqvist", "Jonas", "Berger", "Sam", "Okafor", "Alex", "Morgan")

# Who a greeting is for: the sample customers, nobody, and one name as each gender and
# none (to show that the unknown and neutral forms are not one of the gendered ones).
PEOPLE: dict[str, dict[str, str] | None] = {
    **CUSTOMERS,
    "nobody": None,
    "as_unknown": CUSTOMERS["unknown"],
    **{f"as_{g}": {**CUSTOMERS["unknown"], "gender": g} for g in ("female", "male", "neutral")},
}


def formality_for(tag: str, register: str) -> globalcs.Formality:
    """The first formality level the language writes in ``register`` (as the snapshots do)."""
    profile = language(tag)
    return next(f for f in globalcs.Formality if profile.register(f) == register)


@functools.cache
def rendered(
    tag: str,
    market: str,
    intent: str,
    formality: str,
    channel: str,
    who: str = "female",
    tone: str = "neutral",
    **variables: Any,
) -> globalcs.Message:
    """One message, rendered once however many checks read it."""
    return globalcs.render(
        intent,
        market,
        language=tag,
        formality=formality,
        channel=channel,
        tone=tone,  # type: ignore[arg-type]
        customer=PEOPLE[who],
        brand=BRAND,
        **{**sample(intent, globalcs.get_market(market).currency), **variables},
    )


@functools.cache
def _snapshot_writer() -> Callable[[str], dict[str, Any]]:
    spec = importlib.util.spec_from_file_location(
        "update_snapshots", ROOT / "scripts" / "update_snapshots.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    writer: Callable[[str], dict[str, Any]] = module.language_snapshot
    return writer


def holiday_code(tag: str, country: str) -> str | None:
    """The language python-holidays names ``country``'s holidays in that a reader of ``tag``
    reads as their own (CLDR's language matching: ``nb`` reads ``no``, ``de-CH`` reads
    ``de``), or None where it names them in no such language."""
    import langcodes

    wanted = langcodes.Language.get(tag)
    if wanted.territory is None:
        wanted = wanted.update_dict({"territory": country})
    codes = {code.replace("_", "-"): code for code in holiday_languages(country)}
    match, _ = langcodes.closest_match(wanted.to_tag(), list(codes), max_distance=MATCH_DISTANCE)
    return codes.get(match)


def _first_line(message: globalcs.Message) -> str:
    return message.text.split("\n")[0]


class LanguageTests:
    """What every built-in language's test module checks. A subclass sets ``tag`` and
    ``market``; a language whose own conventions make a default wrong overrides it, with
    a comment saying why. A real bug a check finds in a catalog or a profile goes in
    ``known_bugs`` (test id -> reason): that one case is then a strict xfail."""

    tag: ClassVar[str]
    market: ClassVar[str]
    """A market where the language is spoken that picks this exact tag (de-CH: CH)."""
    latin_script: ClassVar[bool | None] = None
    """Whether the language is written in the Latin script, so that ``encode_sms(
    transliterate=True)`` keeps every SMS in GSM-7; None reads it from the profile's own
    name (Deutsch, Tiếng Việt: Latin; Ελληνικά, 日本語: not)."""
    holiday_year: ClassVar[int] = 2026
    """A year in which the market's calendar has public holidays to close for."""
    neutral_delay_apology: ClassVar[str | None] = None
    """A pattern the delay notice must match in the neutral tone too, where customers
    read a delay notice without an apology as rude (None: no such expectation)."""
    known_bugs: ClassVar[dict[str, str]] = {}

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        cls = metafunc.cls
        assert cls is not None
        if {"intent", "register"} <= set(metafunc.fixturenames):
            metafunc.parametrize(
                ("intent", "register"),
                [
                    pytest.param(intent, register, id=f"{intent}-{register}")
                    for register in language(cls.tag).registers
                    for intent in globalcs.intents()
                ],
            )
        elif "formality" in metafunc.fixturenames:
            metafunc.parametrize("formality", [f.value for f in globalcs.Formality])

    @pytest.fixture(autouse=True)
    def _known_bug(self, request: pytest.FixtureRequest) -> None:
        reason = self.known_bugs.get(request.node.name)
        if reason is not None:
            request.applymarker(pytest.mark.xfail(strict=True, reason=reason))

    def _writes_latin(self) -> bool:
        if self.latin_script is not None:
            return self.latin_script
        letters = [c for c in language(self.tag).name if c.isalpha()]
        return all(unicodedata.name(c, "").startswith("LATIN ") for c in letters)

    # ------------------------------------------------------------ every intent, every register

    def test_renders_cleanly(self, intent: str, register: str) -> None:
        """E-mail, SMS, chat and WhatsApp in the language: nothing left unfilled, no doubled
        space or full stop, a one-line subject on e-mail only. The SMS counts its own
        encoding and segments, and transliteration never costs more: it keeps a
        Latin-script language in GSM-7 and leaves any other script alone. (One test, not
        two: the renders are cheap, a test case is not.)"""
        formality = formality_for(self.tag, register).value
        for channel in CHANNELS:
            message = rendered(self.tag, self.market, intent, formality, channel)
            where = f"{channel}: {message.text!r}"
            assert message.language == self.tag, where
            for part in (message.text, message.subject or ""):
                assert not UNFILLED.findall(part), where
                assert "  " not in part, where
                assert not DOUBLED_STOP.search(part), where
            if channel == "email":
                assert message.subject, where
                assert "\n" not in message.subject, message.subject
                assert "\r" not in message.subject, message.subject
            else:
                assert message.subject is None, where
        sms = rendered(self.tag, self.market, intent, formality, "sms")
        assert (sms.encoding, sms.segments) == sms_encoding(sms.text), sms.text
        plan = sms.encode_sms(transliterate=True)
        assert plan.segments <= sms.segments, (plan.text, sms.text)
        if self._writes_latin():
            assert plan.encoding == "GSM-7", f"transliterated SMS not in GSM-7: {plan.text!r}"
        else:
            assert not plan.transliterated, plan.transliterated
            assert plan.text == sms.text

    # ------------------------------------------------------------ the language as a whole

    def test_market_picks_this_language(self) -> None:
        """The market writes this very tag, whether asked for it or for the bare language."""
        requested = self.tag.split("-")[0]
        if requested == "zh":  # Chinese is asked for by script: zh-Hans, zh-Hant
            requested = "-".join(self.tag.split("-")[:2])
        for asked in (self.tag, requested):
            message = globalcs.render(
                "delivered", self.market, language=asked, brand=BRAND, order_id="A-1"
            )
            assert message.language == self.tag, asked

    def test_email_html_direction(self) -> None:
        """Every e-mail's HTML carries the language and its direction (dir="rtl")."""
        profile = language(self.tag)
        formality = formality_for(self.tag, profile.registers[0]).value
        head = f'<html lang="{self.tag}" dir="{profile.direction}">'
        for intent in globalcs.intents():
            html = rendered(self.tag, self.market, intent, formality, "email").html
            assert html is not None, intent
            assert head in html, intent
            assert ('dir="rtl"' in html) == (profile.direction == "rtl"), intent

    def test_greetings(self, formality: str) -> None:
        """A woman, a man, a customer of unknown gender, one who asked not to be gendered,
        and nobody: each greeted, by name where the profile's form has one, and no gender
        guessed. A form with fallbacks (a vocative that may be unknown: "pane {family_voc}",
        else ...) is not held to naming the customer."""
        greeting = {
            who: _first_line(rendered(self.tag, self.market, "delivered", formality, "email", who))
            for who in PEOPLE
        }
        for who, line in greeting.items():
            assert line.strip(), who
            assert not UNFILLED.findall(line), (who, line)
            assert "None" not in line, (who, line)
        assert not [name for name in NAMES if name in greeting["nobody"]], greeting["nobody"]
        table = language(self.tag).salutation[formality]
        forms = {g: str(table.get(g, table["unknown"])) for g in ("female", "male", "neutral")}
        forms["unknown"] = str(table["unknown"])
        plain = {g for g, form in forms.items() if f"{g}+" not in table and "_voc}" not in form}
        for gender in plain & set(CUSTOMERS):
            for field, key in (("given_name", "{given}"), ("family_name", "{family}")):
                # A stem, so that a vocative (Czech "Anno", "Same") still names the customer.
                if key in forms[gender]:
                    assert CUSTOMERS[gender][field][:-1] in greeting[gender], greeting[gender]
        for gender in ("female", "male"):
            for other in ("unknown", "neutral"):
                if {gender, other} <= plain and forms[gender] != forms[other]:
                    assert greeting[f"as_{other}"] != greeting[f"as_{gender}"], (other, greeting)
        if {"female", "male"} <= plain and forms["female"] != forms["male"]:
            assert greeting["as_female"] != greeting["as_male"], greeting

    def test_letter_goes_on_in_the_languages_case(self) -> None:
        """After an e-mail greeting that ends in a comma, a language that writes on in lower
        case (German, DIN 5008) does so but for its polite pronouns and proper names; every
        other language with capitals starts the letter with one."""
        profile = language(self.tag)
        values = {v.split()[0] for s in SAMPLES.values() for v in s.values() if isinstance(v, str)}
        wrong = []
        for register in profile.registers:
            formality = formality_for(self.tag, register).value
            for intent in globalcs.intents():
                for who in ("female", "nobody") if intent == "order_confirmation" else ("female",):
                    message = rendered(self.tag, self.market, intent, formality, "email", who)
                    greeting, body = message.text.split("\n\n")[:2]
                    word = body.split()[0].rstrip(",.!?:;")
                    if body[0].lower() == body[0].upper() or word in values:
                        continue  # no capitals in the script, or a name (DHL) that keeps its own
                    if profile.lower_after_greeting is not None and greeting.endswith(","):
                        right = body[0].islower() or word in profile.lower_after_greeting
                    else:
                        right = body[0].isupper()
                    if not right:
                        wrong.append((intent, register, who, f"{greeting} / {body[:40]}"))
        assert not wrong, wrong

    def _apologies(self) -> list[str]:
        """The register's apology sentences of the catalog, also as they go on after a
        greeting's comma in lower case."""
        texts = catalog(language(self.tag).catalog)
        sorry = [
            text
            for key, text in texts.items()
            if key.split("|")[0] in ("tone.apologetic", "tone.apologetic.elaborate")
        ]
        assert sorry
        return sorry + [text[0].lower() + text[1:] for text in sorry]

    def test_good_news_carries_no_apology(self) -> None:
        """No apology opens an order confirmation, or any other good news, in the neutral tone."""
        sorry = self._apologies()
        for register in language(self.tag).registers:
            formality = formality_for(self.tag, register).value
            for intent in GOOD_NEWS:
                for channel in CHANNELS:
                    text = rendered(self.tag, self.market, intent, formality, channel).text
                    assert not [s for s in sorry if s in text], (intent, register, channel, text)

    def test_a_delay_apologises(self) -> None:
        """A delay in the apologetic tone apologises in the register's own words; where the
        culture expects it (``neutral_delay_apology``), in the neutral tone too."""
        sorry = self._apologies()
        for register in language(self.tag).registers:
            formality = formality_for(self.tag, register).value
            for channel in ("email", "sms"):
                delay = rendered(
                    self.tag, self.market, "delivery_delay", formality, channel, tone="apologetic"
                ).text
                assert [s for s in sorry if s in delay], (register, channel, delay)
            if self.neutral_delay_apology is not None:
                delay = rendered(self.tag, self.market, "delivery_delay", formality, "email").text
                assert re.search(self.neutral_delay_apology, delay), (register, delay)

    def test_holiday_names(self) -> None:
        """Closed for each holiday of the market's calendar, the message names it in its
        own language: python-holidays' name in it, or the English one where it has none."""
        market = globalcs.get_market(self.market)
        calendar = market.holidays(self.holiday_year)
        assert calendar.records, f"no public holidays in {self.holiday_year}"
        code = holiday_code(self.tag, market.country)
        expected: dict[dt.date, set[str]] = {}
        if code is None:  # python-holidays cannot name them in this language: English
            for record in calendar.records:
                expected.setdefault(record.date, set()).add(record.name)
        else:
            for record in market.holidays(self.holiday_year, language=code).records:
                expected.setdefault(record.date, set()).add(record.local_name)
        zone = zoneinfo.ZoneInfo(market.timezone)
        wrong = []
        for day, names in sorted(expected.items()):
            reopens = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(9), zone)
            text = globalcs.render(
                "holiday_closure", self.market, language=self.tag, reopens_at=reopens
            ).text
            if not any(name in text for name in names):
                wrong.append((day.isoformat(), sorted(names), text))
        assert not wrong, wrong

    def test_payment_method_names(self) -> None:
        """A payment method with a local name is called by it (this tag's, else its
        base's); one without a name in this language keeps its brand."""
        tags = lineage(language(self.tag))
        register = language(self.tag).registers[0]
        formality = formality_for(self.tag, register).value
        wrong = []
        for method, entry in vocabulary("payment_methods").items():
            if not entry.names:
                continue
            local = [entry.names[tag] for tag in reversed(tags) if tag in entry.names]
            name = local[0] if local else entry.name  # else the brand, as it is written
            text = rendered(
                self.tag, self.market, "payment_failed", formality, "email", payment_method=method
            ).text
            if name not in text:
                wrong.append((method, name))
        assert not wrong, wrong

    def test_snapshot_is_current(self) -> None:
        """The committed snapshot is what ``scripts/update_snapshots.py`` writes now."""
        path = ROOT / "tests" / "snapshots" / f"{self.tag}.json"
        assert path.is_file(), f"missing snapshot {path.name}: run `make snapshots`"
        committed = json.loads(path.read_text(encoding="utf-8"))
        assert committed == _snapshot_writer()(self.tag)
