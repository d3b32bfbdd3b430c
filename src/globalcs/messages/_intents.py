"""The built-in intents and the variables each one takes."""

from __future__ import annotations

from typing import Literal

from .._record import record

Kind = Literal["text", "money", "date", "datetime", "url", "payment_method"]
Apology = Literal["never", "on_request", "expected"]


@record
class Variable:
    """A variable of an intent: its name, what it holds, and whether it is required."""

    name: str
    kind: Kind
    required: bool = True
    doc: str = ""


@record
class Intent:
    """A built-in customer-service message."""

    name: str
    doc: str
    variables: tuple[Variable, ...]
    one_of: tuple[tuple[str, ...], ...] = ()
    """Groups of variables of which exactly one is needed (the others are derived)."""
    apology: Apology = "on_request"
    """Whether the message apologises. ``never``: good news and plain notices (an order
    confirmation), which never open with an apology, whatever the tone; ``on_request``:
    with ``tone="apologetic"``; ``expected``: the shop failed a promise (a delay, an
    item out of stock), so it apologises with ``tone="apologetic"``, and in the neutral
    tone too where the language's culture expects it (Japanese, Korean)."""
    answers_customer: bool = False
    """True when the message answers the customer's own request (a ticket, a data
    request); False for notices the shop sends first."""

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(v.name for v in self.variables if v.required)


def _v(name: str, kind: Kind = "text", required: bool = True, doc: str = "") -> Variable:
    return Variable(name, kind, required, doc)


INTENTS: dict[str, Intent] = {
    intent.name: intent
    for intent in (
        Intent(
            "order_confirmation",
            "Confirms an order and its total.",
            (_v("order_id"), _v("total", "money")),
            apology="never",
        ),
        Intent(
            "shipping_update",
            "The order has been handed to a carrier.",
            (
                _v("order_id"),
                _v("carrier"),
                _v("expected_delivery", "date"),
                _v("tracking_url", "url", False),
            ),
            apology="never",
        ),
        Intent(
            "delivery_delay",
            "The delivery is late; gives the new date.",
            (_v("order_id"), _v("new_delivery_date", "date")),
            apology="expected",
        ),
        Intent("delivered", "The order has been delivered.", (_v("order_id"),), apology="never"),
        Intent(
            "refund_processed",
            "A refund has been issued.",
            (_v("order_id"), _v("amount", "money")),
            apology="never",
        ),
        Intent(
            "return_instructions",
            "How and until when the order can be returned; the deadline defaults to the "
            "market's statutory withdrawal period counted from `delivered_on`.",
            (
                _v("order_id"),
                _v("return_deadline", "date", False),
                _v("delivered_on", "date", False),
            ),
            one_of=(("return_deadline", "delivered_on"),),
            apology="never",
        ),
        Intent(
            "payment_failed",
            "A payment did not go through.",
            (_v("order_id"), _v("amount", "money"), _v("payment_method", "payment_method", False)),
        ),
        Intent(
            "ticket_received",
            "Acknowledges a support request; promises a reply time when `response_due` is "
            "given or can be computed from the support calendar.",
            (_v("ticket_id"), _v("response_due", "datetime", False)),
            answers_customer=True,
        ),
        Intent("resolution_follow_up", "Asks whether a request was resolved.", (_v("ticket_id"),)),
        Intent(
            "satisfaction_survey",
            "Invites the customer to a survey.",
            (_v("survey_url", "url"),),
            apology="never",
        ),
        Intent(
            "holiday_closure",
            "Customer service is closed for a public holiday; `holiday_name` defaults to the "
            "local holiday just before `reopens_at`.",
            (_v("reopens_at", "datetime"), _v("holiday_name", "text", False)),
        ),
        Intent(
            "privacy_request_received",
            "Acknowledges a data-protection request; `due_date` defaults to the deadline "
            "under the market's privacy law counted from `received_on`.",
            (_v("request_id"), _v("due_date", "date", False), _v("received_on", "date", False)),
            one_of=(("due_date", "received_on"),),
            answers_customer=True,
            apology="never",
        ),
        Intent(
            "order_cancelled",
            "The order has been cancelled; any payment is refunded in full.",
            (_v("order_id"),),
        ),
        Intent(
            "out_of_stock",
            "An item of the order is out of stock; it can be cancelled free of charge.",
            (_v("order_id"), _v("item", doc="The product's name as the shop writes it.")),
            apology="expected",
        ),
        Intent(
            "partial_shipment",
            "Part of the order has been shipped; the rest follows at no extra cost.",
            (_v("order_id"), _v("carrier"), _v("expected_delivery", "date")),
        ),
        Intent(
            "delivery_failed",
            "The carrier could not deliver; asks for the address and a time to redeliver.",
            (_v("order_id"), _v("carrier")),
        ),
        Intent(
            "address_problem",
            "The delivery address could not be verified; asks for the complete address.",
            (_v("order_id"),),
        ),
        Intent(
            "return_received",
            "The returned items have arrived; the refund follows after a check.",
            (_v("order_id"),),
            apology="never",
        ),
        Intent(
            "password_reset",
            "A link to choose a new password, at the customer's request.",
            (_v("reset_url", "url"),),
            answers_customer=True,
            apology="never",
        ),
        Intent(
            "newsletter_confirmation",
            "Double opt-in: asks the customer to confirm a newsletter subscription; nothing "
            "else is sent until they do.",
            (_v("confirm_url", "url"),),
            answers_customer=True,
            apology="never",
        ),
        Intent(
            "parcel_locker_pickup",
            "The parcel waits at a locker or pickup point; gives the code and the last day.",
            (
                _v("order_id"),
                _v("locker", doc="The pickup point's name and address."),
                _v("pickup_code"),
                _v("pickup_by", "date"),
            ),
            apology="never",
        ),
        Intent(
            "return_label",
            "A link to the return label for an order.",
            (_v("order_id"), _v("label_url", "url")),
            answers_customer=True,
            apology="never",
        ),
        Intent(
            "partial_refund",
            "Part of an order has been refunded.",
            (_v("order_id"), _v("amount", "money")),
        ),
        Intent(
            "refund_rejected",
            "A refund is refused because the returned items do not meet the return conditions.",
            (_v("order_id"),),
            answers_customer=True,
        ),
        Intent(
            "warranty_claim_received",
            "Acknowledges a warranty claim.",
            (_v("order_id"), _v("claim_id")),
            answers_customer=True,
        ),
        Intent(
            "invoice_reminder",
            "A friendly reminder that an invoice (pay-later purchase) is overdue.",
            (_v("invoice_id"), _v("amount", "money"), _v("due_date", "date")),
            apology="never",
        ),
        Intent(
            "chargeback_notice",
            "The customer's bank reversed a card payment; asks the customer to get in touch.",
            (_v("order_id"), _v("amount", "money")),
            apology="never",
        ),
        Intent(
            "payment_instructions",
            "How to pay for an order by a method completed after ordering: convenience store "
            "(Konbini, OXXO), Boleto, Pix, Multibanco, bank transfer.",
            (
                _v("order_id"),
                _v("amount", "money"),
                _v("payment_method", "payment_method"),
                _v("reference", doc="The payment reference or code."),
                _v("pay_by", "date"),
            ),
            apology="never",
        ),
        Intent(
            "review_request",
            "Asks the customer to review a delivered order.",
            (_v("order_id"), _v("review_url", "url")),
            apology="never",
        ),
        Intent(
            "back_in_stock",
            "A product the customer asked about is available again.",
            (_v("item", doc="The product's name as the shop writes it."), _v("product_url", "url")),
            answers_customer=True,
            apology="never",
        ),
        Intent(
            "account_verification",
            "Asks the customer to confirm the e-mail address of a new account.",
            (_v("verify_url", "url"),),
            answers_customer=True,
            apology="never",
        ),
        Intent(
            "duties_due",
            "Import duties and taxes are due on an order before delivery: how much, and that "
            "the carrier collects them (`market.customs.assess` says whether a parcel owes any).",
            (_v("order_id"), _v("amount", "money"), _v("carrier")),
        ),
        Intent(
            "customs_hold",
            "The parcel is held by customs until the import duties and taxes are paid; tells "
            "the customer how much and where to pay.",
            (
                _v("order_id"),
                _v("amount", "money"),
                _v("carrier"),
                _v("pay_url", "url", doc="Where the customer pays the carrier."),
            ),
        ),
    )
}

COMMON_VARIABLES = (
    _v("brand", "text", False, "The shop's name, used in the signature and the SMS prefix."),
    _v("currency", "text", False, "ISO 4217 code for money variables; the market's by default."),
)
