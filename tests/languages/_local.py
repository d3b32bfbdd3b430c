"""What several per-language test modules share: the sample variables of every intent
with the local values (carrier, holiday) put in, and a render helper bound to one
market, language and brand."""

from __future__ import annotations

import datetime as dt
import decimal
import zoneinfo
from typing import Any

import globalcs

UTC = zoneinfo.ZoneInfo("UTC")


def local_variables(
    *,
    carrier: str,
    reopens_at: dt.datetime,
    holiday_name: str,
    total: decimal.Decimal = decimal.Decimal("49.90"),
    refund: decimal.Decimal = decimal.Decimal("49.90"),
    payment: decimal.Decimal = decimal.Decimal("9.90"),
    item: str = "Mug",
    response_due: dt.datetime = dt.datetime(2027, 1, 4, 9, tzinfo=UTC),
) -> dict[str, dict[str, Any]]:
    """Variables for every intent: order A-1, ticket T-7, request P-9, and the local values."""
    return {
        "order_confirmation": {"order_id": "A-1", "total": total},
        "shipping_update": {
            "order_id": "A-1",
            "carrier": carrier,
            "expected_delivery": dt.date(2026, 12, 1),
            "tracking_url": "https://t.example/A-1",
        },
        "delivery_delay": {"order_id": "A-1", "new_delivery_date": dt.date(2026, 12, 24)},
        "delivered": {"order_id": "A-1"},
        "refund_processed": {"order_id": "A-1", "amount": refund},
        "return_instructions": {"order_id": "A-1", "return_deadline": dt.date(2026, 12, 15)},
        "payment_failed": {
            "order_id": "A-1",
            "amount": payment,
            "payment_method": "card",
        },
        "ticket_received": {"ticket_id": "T-7", "response_due": response_due},
        "resolution_follow_up": {"ticket_id": "T-7"},
        "satisfaction_survey": {"survey_url": "https://s.example/x"},
        "holiday_closure": {"reopens_at": reopens_at, "holiday_name": holiday_name},
        "privacy_request_received": {"request_id": "P-9", "due_date": dt.date(2027, 1, 20)},
        "order_cancelled": {"order_id": "A-1"},
        "out_of_stock": {"order_id": "A-1", "item": item},
        "partial_shipment": {
            "order_id": "A-1",
            "carrier": carrier,
            "expected_delivery": dt.date(2026, 12, 1),
        },
        "delivery_failed": {"order_id": "A-1", "carrier": carrier},
        "address_problem": {"order_id": "A-1"},
        "return_received": {"order_id": "A-1"},
        "password_reset": {"reset_url": "https://s.example/r/1"},
        "newsletter_confirmation": {"confirm_url": "https://s.example/o/1"},
        "parcel_locker_pickup": {
            "order_id": "A-1",
            "locker": "Box 12",
            "pickup_code": "4711",
            "pickup_by": dt.date(2026, 12, 10),
        },
        "return_label": {"order_id": "A-1", "label_url": "https://s.example/l/1"},
        "partial_refund": {"order_id": "A-1", "amount": refund},
        "refund_rejected": {"order_id": "A-1"},
        "warranty_claim_received": {"order_id": "A-1", "claim_id": "W-3"},
        "invoice_reminder": {
            "invoice_id": "R-9",
            "amount": payment,
            "due_date": dt.date(2026, 11, 30),
        },
        "chargeback_notice": {"order_id": "A-1", "amount": payment},
        "payment_instructions": {
            "order_id": "A-1",
            "amount": payment,
            "payment_method": "bank_transfer",
            "reference": "A1-7",
            "pay_by": dt.date(2026, 12, 7),
        },
        "review_request": {"order_id": "A-1", "review_url": "https://s.example/v/1"},
        "back_in_stock": {"item": item, "product_url": "https://s.example/p/1"},
        "account_verification": {"verify_url": "https://s.example/a/1"},
        "duties_due": {"order_id": "A-1", "amount": payment, "carrier": carrier},
        "customs_hold": {
            "order_id": "A-1",
            "amount": payment,
            "carrier": carrier,
            "pay_url": "https://s.example/d/1",
        },
    }


class LocalRender:
    """``render`` for one market, language and brand, with the module's sample variables."""

    def __init__(
        self, market: str, language: str, brand: str, variables: dict[str, dict[str, Any]]
    ) -> None:
        self.market, self.language, self.brand, self.variables = market, language, brand, variables

    def __call__(
        self,
        intent: str,
        formality: str,
        customer: dict[str, str] | None = None,
        channel: str = "email",
        tone: str = "neutral",
        market: str | None = None,
    ) -> globalcs.Message:
        return globalcs.render(
            intent,
            market or self.market,
            language=self.language,
            formality=formality,
            customer=customer,
            channel=channel,
            tone=tone,
            brand=self.brand,
            **self.variables[intent],
        )

    def first_line(self, formality: str, customer: dict[str, str] | None) -> str:
        """The greeting line of the order confirmation e-mail."""
        return self("order_confirmation", formality, customer).text.splitlines()[0]


NEUTRAL = {"given_name": "Alex", "family_name": "Morgan", "gender": "neutral"}
"""A customer who asked not to be gendered (Apple's TermOfAddress.neutral)."""

PAIRED = ("/", "(a)", "(s)")
"""Marks of a paired, gendered form (Estimado/a, Prezado(a), Bapak/Ibu)."""


def neutral_greetings(tag: str) -> dict[str, tuple[str, str]]:
    """The first line of an e-mail to :data:`NEUTRAL` and to a neutral customer without a
    name, at every formality; checks that no greeting uses a paired gendered form or the
    greeting only a woman or only a man would get."""
    found: dict[str, tuple[str, str]] = {}
    for formality in globalcs.Formality:
        lines = []
        for customer in (NEUTRAL, {"gender": "neutral"}):
            message = globalcs.render(
                "delivered",
                "US",
                language=tag,
                formality=formality,
                customer=customer,
                order_id="A-1",
            )
            line = message.text.splitlines()[0]
            assert not any(mark in line for mark in PAIRED), (tag, formality, line)
            lines.append(line)
        gendered = [
            globalcs.render(
                "delivered",
                "US",
                language=tag,
                formality=formality,
                customer={**NEUTRAL, "gender": gender},
                order_id="A-1",
            ).text.splitlines()[0]
            for gender in ("female", "male", None)
        ]
        if gendered[0] != gendered[1]:  # the language marks gender in the greeting
            # a woman's or a man's greeting only where it is also the unknown gender's
            assert lines[0] not in gendered[:2] or lines[0] == gendered[2], (tag, formality)
        found[formality.value] = (lines[0], lines[1])
    return found
