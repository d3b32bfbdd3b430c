"""Hebrew (he): first names in everyday service, גב׳/מר with the full name in formal mail, bodies
written in forms that are correct for women and men alike, the everyday register (ההזמנה שלך,
אנחנו) against the formal one (הזמנתך, אנו), right-to-left output and UCS-2 SMS."""

from __future__ import annotations

import datetime as dt
import decimal
import re
import zoneinfo
from typing import Any

import globalcs
from globalcs.messages._languages import catalog
from tests.languages._local import neutral_greetings

DANA = {"given_name": "דנה", "family_name": "כהן", "gender": "female"}
YOSSI = {"given_name": "יוסי", "family_name": "לוי", "gender": "male"}
NOA = {"given_name": "נועה", "family_name": "ברק"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("249.90")}
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
HEBREW_EDGE = "(?<![\u05d0-\u05ea]){}(?![\u05d0-\u05ea])"
# Second-person forms spelt differently for a woman and a man (future and imperative verbs,
# adjectives, the pronoun אתה, the suffix of אליך/אלייך): none may appear in a body.
GENDERED = [
    "אתה",
    "תוכל",
    "תוכלי",
    "תרצה",
    "תרצי",
    "בדוק",
    "בדקי",
    "מעוניין",
    "מעוניינת",
    "יקר",
    "יקרה",
    "אליך",
    "אלייך",
    "תקבל",
    "תקבלי",
    "תיהנה",
    "תיהני",
]


def _render(
    intent: str, formality: str, customer: dict[str, str] | None = None, **options: Any
) -> globalcs.Message:
    variables = {
        "order_confirmation": ORDER,
        "delivered": {"order_id": "A-1001"},
        "ticket_received": {
            "ticket_id": "T-7",
            "response_due": dt.datetime(2027, 1, 4, 9, 0, tzinfo=zoneinfo.ZoneInfo("UTC")),
        },
    }[intent]
    return globalcs.render(
        intent, "IL", language="he", formality=formality, customer=customer, **variables, **options
    )


def _first_line(formality: str, customer: dict[str, str] | None, channel: str = "email") -> str:
    return _render("order_confirmation", formality, customer, channel=channel).text.splitlines()[0]


def test_israel_writes_hebrew_by_default_informally() -> None:
    message = globalcs.render("delivered", "IL", order_id="A-1001", customer=DANA)
    assert message.language == "he"
    assert message.formality is globalcs.Formality.INFORMAL
    assert message.text.splitlines()[0] == "היי דנה,"


def test_everyday_greetings_use_the_first_name() -> None:
    assert _first_line("informal", DANA) == "היי דנה,"
    assert _first_line("informal", YOSSI, "chat") == "היי יוסי!"
    assert _first_line("neutral", NOA) == "שלום נועה,"
    assert _first_line("neutral", DANA, "whatsapp") == "שלום דנה,"


def test_formal_greeting_follows_the_customers_gender_and_never_guesses() -> None:
    assert _first_line("formal", DANA) == "גב׳ דנה כהן שלום רב,"
    assert _first_line("formal", YOSSI) == "מר יוסי לוי שלום רב,"
    assert _first_line("formal", NOA) == "נועה ברק שלום רב,"
    assert _first_line("formal", {**DANA, "title": "ד״ר"}) == "ד״ר דנה כהן שלום רב,"
    assert _first_line("formal", YOSSI, "chat") == "שלום מר יוסי לוי,"
    assert _first_line("very_formal", DANA) == "גב׳ דנה כהן הנכבדה, שלום רב,"
    assert _first_line("very_formal", YOSSI) == "מר יוסי לוי הנכבד, שלום רב,"
    unknown = _first_line("very_formal", NOA)
    assert unknown == "נועה ברק שלום רב,"
    assert "הנכבד" not in unknown


def test_generic_greetings() -> None:
    assert _first_line("informal", None) == "היי,"
    assert _first_line("neutral", None) == "שלום,"
    assert _first_line("formal", None) == "שלום רב,"
    # a formal greeting needs the family name; with the first name alone it stays generic
    assert _first_line("formal", {"given_name": "דנה", "gender": "female"}) == "שלום רב,"


def test_informal_body_uses_shel_and_anachnu_formal_the_bound_suffix_and_anu() -> None:
    informal = _render("order_confirmation", "informal", DANA).text
    formal = _render("order_confirmation", "formal", DANA).text
    # Values that are not Hebrew are directional isolates (U+2068 ... U+2069).
    assert "קיבלנו את הזמנה מספר \u2068A-1001\u2069 בסך" in informal
    assert "ונעדכן אותך ברגע שהיא תישלח." in informal
    assert "תודה על הזמנתך." in formal
    assert "ונעדכנך מיד עם שליחתה." in formal
    assert "הזמנתך" not in informal
    assert "שלך" not in formal
    subject_informal = _render("order_confirmation", "informal", DANA).subject
    assert subject_informal == "ההזמנה שלך מספר A-1001 אושרה"
    assert _render("order_confirmation", "formal", DANA).subject == "הזמנתך מספר A-1001 אושרה"


def test_register_checker() -> None:
    informal = _render("order_confirmation", "informal", DANA).text
    formal = _render("order_confirmation", "formal", DANA).text
    assert globalcs.check_register(informal, "he", "informal") == []
    assert globalcs.check_register(formal, "he", "formal") == []
    findings = globalcs.check_register("ההזמנה שלך בדרך, ואנחנו נעדכן.", "he", "formal")
    assert [(f.kind, f.text) for f in findings] == [
        ("wrong_register", "שלך"),
        ("wrong_register", "ואנחנו"),
    ]
    mixed = globalcs.check_register("אנו שמחים: ההזמנה שלך בדרך.", "he", "formal")
    assert [(f.kind, f.text) for f in mixed] == [("mixed_register", "שלך")]
    found = globalcs.check_register("פנייתך התקבלה ואנו נעדכנך.", "he", "informal")
    assert [f.text for f in found] == ["פנייתך", "ואנו", "נעדכנך"]
    assert {f.kind for f in found} == {"wrong_register"}
    # look-alikes: אנונימי starts with אנו, השלכות holds של+כ; neither is a marker, and the
    # suffixes spelt alike in both registers (לך, אותך, איתך, עבורך) belong to neither
    for text in ("הסקר אנונימי ויש לו השלכות.", "תודה לך, ניצור איתך קשר ונעדכן אותך עבורך."):
        assert globalcs.check_register(text, "he", "formal") == []
        assert globalcs.check_register(text, "he", "informal") == []


def test_body_is_the_same_for_women_and_men() -> None:
    for formality in ("informal", "formal"):
        bodies = {
            _render("order_confirmation", formality, person, tone="apologetic").text.split("\n", 1)[
                1
            ]
            for person in (DANA, YOSSI, NOA)
        }
        assert len(bodies) == 1, bodies


def test_no_gendered_second_person_form_outside_the_greetings() -> None:
    pattern = re.compile("|".join(HEBREW_EDGE.format(word) for word in GENDERED))
    texts = catalog("he")
    bodies = {k: v for k, v in texts.items() if not k.startswith("greeting")}
    assert len(bodies) > 200
    assert {k: pattern.findall(v) for k, v in bodies.items() if pattern.search(v)} == {}
    # the gendered forms live only in the very formal greeting's female and male variants
    assert texts["greeting|very_formal|female"] == "{salutation} הנכבדה, שלום רב,"
    assert texts["greeting|very_formal|male"] == "{salutation} הנכבד, שלום רב,"


def test_closings_and_signatures() -> None:
    informal = _render("order_confirmation", "informal", DANA, brand="Shop").text.split("\n\n")
    formal = _render("order_confirmation", "formal", DANA, brand="Shop").text.split("\n\n")
    very = _render("order_confirmation", "very_formal", DANA, brand="Shop").text.split("\n\n")
    assert informal[-1] == "בברכה,\nצוות \u2068Shop\u2069"
    assert formal[-1] == "בברכה,\nשירות הלקוחות של \u2068Shop\u2069"
    assert very[-1] == "בכבוד רב,\nשירות הלקוחות של \u2068Shop\u2069"


def test_apology_and_moment_on_a_date() -> None:
    message = _render("ticket_received", "informal", DANA, tone="apologetic")
    paragraphs = message.text.split("\n\n")
    assert paragraphs[1] == "אנחנו מצטערים על אי הנוחות."
    assert paragraphs[2] == (
        "תודה שפנית אלינו. הפנייה שלך נרשמה אצלנו במספר \u2068T-7\u2069. "
        "ניצור איתך קשר עד \u20684 בינואר 2027 בשעה 11:00\u2069."
    )
    formal = _render("ticket_received", "formal", DANA, tone="apologetic").text
    assert "אנו מתנצלים על אי הנוחות." in formal
    assert "ניצור עמך קשר עד \u20684 בינואר 2027 בשעה 11:00\u2069." in formal


def test_sms_is_ucs2_short_and_greeting_free() -> None:
    for formality in ("informal", "formal"):
        sms = globalcs.render(
            "delivered",
            "IL",
            language="he",
            channel="sms",
            formality=formality,
            brand="Shop",
            order_id="A-1001",
        )
        assert sms.text == "\u200fShop: הזמנה A-1001 נמסרה."  # RTL mark, no isolates
        assert sms.encoding == "UCS-2"
        assert sms.segments == 1


def test_right_to_left_email_keeps_order_id_and_amount() -> None:
    message = _render("order_confirmation", "informal", DANA)
    assert message.direction == "rtl"
    assert message.html is not None
    assert '<html lang="he" dir="rtl">' in message.html
    assert "A-1001" in message.html
    assert "249.90" in message.html
    assert "₪" in message.html
    assert not [k for k, v in catalog("he").items() if BIDI_CONTROLS.search(v)]


def test_mixed_direction_values_keep_their_order_in_html() -> None:
    message = _render("order_confirmation", "informal", DANA, brand="Shop")
    page = message.html
    assert page is not None
    assert '<html lang="he" dir="rtl">' in page
    assert "מספר <bdi>A-1001</bdi> בסך" in page
    assert "\u2068" not in page
    assert "\u2069" not in page
    # A Hebrew value needs no isolate; the subject line carries no controls.
    assert "היי דנה," in message.text
    assert message.subject is not None
    assert "\u2068" not in message.subject
    # A link stays a whole link inside its isolate.
    shipped = globalcs.render(
        "shipping_update",
        "IL",
        order_id="A-1",
        carrier="DHL",
        expected_delivery=__import__("datetime").date(2026, 12, 9),
        tracking_url="https://t.example/A-1",
    )
    assert shipped.html is not None
    assert '<bdi><a href="https://t.example/A-1">https://t.example/A-1</a></bdi>' in shipped.html


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("he") == {
        "informal": ("היי \u2068Alex\u2069,", "היי,"),
        "neutral": ("שלום \u2068Alex\u2069,", "שלום,"),
        "formal": ("\u2068Alex Morgan\u2069 שלום רב,", "שלום רב,"),
        "very_formal": ("\u2068Alex Morgan\u2069 שלום רב,", "שלום רב,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "he"
    market = "IL"
