"""Greek (el): εσύ for casual brands and the plural of politeness εσείς everywhere else; women
greeted by name (their names do not change in the vocative), men and unknown genders without
one (the patterns cannot put a man's name in the vocative); UCS-2 SMS."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

MARIA = {"given_name": "Μαρία", "family_name": "Παπαδοπούλου", "gender": "female"}
GIORGOS = {"given_name": "Γιώργος", "family_name": "Παπαδόπουλος", "gender": "male"}
ALEX = {"given_name": "Άλεξ", "family_name": "Νικολάου"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("249.90")}


def _render(
    formality: str, customer: dict[str, str] | None = None, **options: Any
) -> globalcs.Message:
    return globalcs.render(
        "order_confirmation",
        "GR",
        language="el",
        formality=formality,
        customer=customer,
        **ORDER,
        **options,
    )


def _first_line(formality: str, customer: dict[str, str] | None, channel: str = "email") -> str:
    return _render(formality, customer, channel=channel).text.splitlines()[0]


def test_women_are_greeted_by_name() -> None:
    assert _first_line("informal", MARIA) == "Γεια σου Μαρία,"
    assert _first_line("informal", MARIA, "chat") == "Γεια σου Μαρία!"
    assert _first_line("neutral", MARIA) == "Γεια σας Μαρία,"
    assert _first_line("formal", MARIA) == "Αγαπητή κυρία Παπαδοπούλου,"
    assert _first_line("very_formal", MARIA) == "Αξιότιμη κυρία Παπαδοπούλου,"


def test_men_are_never_greeted_with_a_nominative_name() -> None:
    # "Γεια σου Γιώργος" / "Αγαπητέ κύριε Παπαδόπουλος" would be wrong: the vocative is
    # Γιώργο / Παπαδόπουλε, which the patterns cannot form.
    assert _first_line("informal", GIORGOS) == "Γεια σου,"
    assert _first_line("neutral", GIORGOS, "whatsapp") == "Γεια σας,"
    assert _first_line("formal", GIORGOS) == "Αγαπητέ κύριε,"
    assert _first_line("very_formal", GIORGOS) == "Αξιότιμε κύριε,"
    for formality in ("informal", "neutral", "formal", "very_formal"):
        text = _render(formality, GIORGOS).text
        assert "Γιώργος" not in text
        assert "Παπαδόπουλος" not in text


def test_unknown_gender_names_both_genders() -> None:
    assert _first_line("informal", ALEX) == "Γεια σου,"
    assert _first_line("neutral", ALEX) == "Γεια σας,"
    assert _first_line("formal", ALEX) == "Αγαπητέ/ή πελάτη,"
    assert _first_line("very_formal", ALEX) == "Αξιότιμε/η κύριε/κυρία,"
    # without any customer: the same generic lines
    assert _first_line("formal", None) == "Αγαπητέ/ή πελάτη,"
    assert _first_line("very_formal", None) == "Αξιότιμε/η κύριε/κυρία,"
    assert _first_line("very_formal", None, "chat") == "Χαίρετε,"
    # a woman known only by her given name falls back to the generic formal line
    assert _first_line("formal", {"given_name": "Μαρία", "gender": "female"}) == (
        "Αγαπητέ/ή πελάτη,"
    )


def test_formal_body_uses_the_plural_of_politeness_and_informal_the_singular() -> None:
    formal = _render("formal", MARIA).text
    informal = _render("informal", MARIA).text
    assert "Σας ευχαριστούμε για την παραγγελία σας." in formal
    assert "θα σας ενημερώσουμε μόλις αποσταλεί" in formal
    assert "Ευχαριστούμε για την παραγγελία σου!" in informal
    assert "θα σε ενημερώσουμε μόλις σταλεί" in informal
    assert " σου " not in formal
    assert " σας " not in informal
    # neutral writes the plural of politeness too
    assert "παραγγελία σας" in _render("neutral", MARIA).text
    assert globalcs.check_register(formal, "el", "formal") == []
    assert globalcs.check_register(informal, "el", "informal") == []
    assert {f.kind for f in globalcs.check_register(informal, "el", "formal")} == {"wrong_register"}
    assert {f.text for f in globalcs.check_register(formal, "el", "informal")} == {"σας", "Σας"}


def test_register_checker_markers() -> None:
    mixed = globalcs.check_register("Μπορείτε να αλλάξεις τον κωδικό σου;", "el", "formal")
    assert [(f.kind, f.text) for f in mixed] == [("mixed_register", "σου")]
    verbs = globalcs.check_register("Μπορείς να επικοινωνήσεις μαζί μας.", "el", "formal")
    assert [f.text for f in verbs] == ["Μπορείς"]
    object_clitic = globalcs.check_register("Θα σε ενημερώσουμε σύντομα.", "el", "formal")
    assert [f.text for f in object_clitic] == ["σε ενημερώσουμε"]
    imperative = globalcs.check_register("Επικοινωνήστε μαζί μας.", "el", "informal")
    assert [(f.kind, f.text) for f in imperative] == [("wrong_register", "Επικοινωνήστε")]
    # look-alikes: the preposition σε, μας, Σουηδία (begins with σου), μπορεί (third person),
    # ενημέρωσε as the past of the bank, ώστε
    harmless = (
        "Η τράπεζα μάς ενημέρωσε ότι το δέμα από τη Σουηδία μπορεί να φτάσει σε δύο ημέρες,"
        " ώστε να το παραλάβουμε."
    )
    assert globalcs.check_register(harmless, "el", "formal") == []
    assert globalcs.check_register(harmless, "el", "informal") == []


def test_closings_and_signatures() -> None:
    def closing(formality: str) -> list[str]:
        return _render(formality, MARIA, brand="Bazaar").text.split("\n\n")[-1].splitlines()

    assert closing("informal") == ["Φιλικά,", "Η ομάδα Bazaar"]
    assert closing("neutral") == ["Με φιλικούς χαιρετισμούς,", "Εξυπηρέτηση Πελατών Bazaar"]
    assert closing("formal") == ["Με εκτίμηση,", "Εξυπηρέτηση Πελατών Bazaar"]
    assert closing("very_formal") == ["Με ιδιαίτερη εκτίμηση,", "Εξυπηρέτηση Πελατών Bazaar"]


def test_dates_times_and_greek_punctuation() -> None:
    due = dt.datetime(2026, 12, 2, 15, tzinfo=dt.UTC)
    ticket = globalcs.render(
        "ticket_received",
        "GR",
        language="el",
        formality="formal",
        ticket_id="T-7",
        response_due=due,
    )
    # CLDR atTime joins date and time with "στις"; Athens is UTC+2 in December
    assert "Έως τις 2 Δεκεμβρίου 2026 στις 5:00\u202fμ.μ. θα σας έχουμε απαντήσει." in ticket.text
    survey = globalcs.render("resolution_follow_up", "GR", language="el", ticket_id="T-7")
    assert survey.subject == "Επιλύθηκε το αίτημά σας T-7;"  # the Greek question mark is ';'
    delayed = globalcs.render(
        "delivery_delay",
        "GR",
        language="el",
        formality="informal",
        order_id="A-1",
        new_delivery_date=dt.date(2026, 12, 24),
    )
    assert "Η νέα αναμενόμενη ημερομηνία παράδοσης είναι η 24 Δεκεμβρίου 2026." in delayed.text


def test_payment_method_names() -> None:
    failed = globalcs.render(
        "payment_failed",
        "GR",
        language="el",
        order_id="A-1",
        amount=decimal.Decimal("9.90"),
        payment_method="cash_on_delivery",
    )
    assert "Τρόπος πληρωμής: αντικαταβολή" in failed.text
    assert "9,90\xa0€" in failed.text  # no-break space before the sign


def test_sms_is_ucs2() -> None:
    for formality in ("informal", "formal"):
        sms = globalcs.render(
            "delivered",
            "GR",
            language="el",
            channel="sms",
            formality=formality,
            brand="Κατάστημα",
            order_id="A-1001",
        )
        assert sms.text == "Κατάστημα: Η παραγγελία A-1001 παραδόθηκε."
        assert sms.encoding == "UCS-2"
        assert sms.segments == 1
    longer = globalcs.render(
        "shipping_update",
        "GR",
        language="el",
        channel="sms",
        order_id="A-1001",
        carrier="ACS",
        expected_delivery=dt.date(2026, 12, 3),
    )
    assert longer.text == "Η παραγγελία A-1001 απεστάλη μέσω ACS, παράδοση έως 3 Δεκ 2026."
    assert longer.encoding == "UCS-2"
    assert longer.segments == 1


def test_email_html_is_greek_left_to_right() -> None:
    message = _render("formal", MARIA)
    assert message.html is not None
    assert '<html lang="el" dir="ltr">' in message.html
    assert "<p>Αγαπητή κυρία Παπαδοπούλου,</p>" in message.html
    assert "249,90\xa0€" in message.html


def test_greece_is_served_in_greek() -> None:
    message = globalcs.render("delivered", "GR", order_id="A-1")
    assert message.language == "el"
    assert "Η παραγγελία σας A-1 παραδόθηκε." in message.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("el") == {
        "informal": ("Γεια σου,", "Γεια σου,"),
        "neutral": ("Γεια σας,", "Γεια σας,"),
        "formal": ("Γεια σας,", "Γεια σας,"),
        "very_formal": ("Γεια σας,", "Χαίρετε,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "el"
    market = "GR"
