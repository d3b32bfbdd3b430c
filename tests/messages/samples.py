"""Fixed sample variables for every built-in intent (tests, snapshots and benchmarks)."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any
from zoneinfo import ZoneInfo

UTC = ZoneInfo("UTC")

SAMPLES: dict[str, dict[str, Any]] = {
    "order_confirmation": {"order_id": "A-1001", "total": decimal.Decimal("1249.90")},
    "shipping_update": {
        "order_id": "A-1001",
        "carrier": "DHL",
        "expected_delivery": dt.date(2026, 12, 3),
        "tracking_url": "https://track.example.com/A-1001?lang=x&y=1",
    },
    "delivery_delay": {"order_id": "A-1001", "new_delivery_date": dt.date(2026, 12, 9)},
    "delivered": {"order_id": "A-1001"},
    "refund_processed": {"order_id": "A-1001", "amount": decimal.Decimal("49.90")},
    "return_instructions": {"order_id": "A-1001", "return_deadline": dt.date(2026, 12, 17)},
    "payment_failed": {
        "order_id": "A-1001",
        "amount": decimal.Decimal("49.90"),
        "payment_method": "card",
    },
    "ticket_received": {
        "ticket_id": "T-2042",
        "response_due": dt.datetime(2026, 12, 2, 15, 0, tzinfo=UTC),
    },
    "resolution_follow_up": {"ticket_id": "T-2042"},
    "satisfaction_survey": {"survey_url": "https://survey.example.com/s/T-2042"},
    "holiday_closure": {
        "reopens_at": dt.datetime(2026, 12, 28, 8, 0, tzinfo=UTC),
        "holiday_name": "Christmas",
    },
    "privacy_request_received": {"request_id": "P-77", "due_date": dt.date(2027, 1, 4)},
    "order_cancelled": {"order_id": "A-1001"},
    "out_of_stock": {"order_id": "A-1001", "item": "Travel mug 0.5 l"},
    "partial_shipment": {
        "order_id": "A-1001",
        "carrier": "DHL",
        "expected_delivery": dt.date(2026, 12, 3),
    },
    "delivery_failed": {"order_id": "A-1001", "carrier": "DHL"},
    "address_problem": {"order_id": "A-1001"},
    "return_received": {"order_id": "A-1001"},
    "password_reset": {"reset_url": "https://shop.example.com/reset/Zx81"},
    "newsletter_confirmation": {"confirm_url": "https://shop.example.com/optin/Q7"},
    "parcel_locker_pickup": {
        "order_id": "A-1001",
        "locker": "Packstation 112",
        "pickup_code": "4711",
        "pickup_by": dt.date(2026, 12, 10),
    },
    "return_label": {"order_id": "A-1001", "label_url": "https://shop.example.com/label/A-1001"},
    "partial_refund": {"order_id": "A-1001", "amount": decimal.Decimal("19.90")},
    "refund_rejected": {"order_id": "A-1001"},
    "warranty_claim_received": {"order_id": "A-1001", "claim_id": "W-310"},
    "invoice_reminder": {
        "invoice_id": "R-2026-118",
        "amount": decimal.Decimal("49.90"),
        "due_date": dt.date(2026, 11, 30),
    },
    "chargeback_notice": {"order_id": "A-1001", "amount": decimal.Decimal("49.90")},
    "payment_instructions": {
        "order_id": "A-1001",
        "amount": decimal.Decimal("49.90"),
        "payment_method": "bank_transfer",
        "reference": "A1001-7",
        "pay_by": dt.date(2026, 12, 7),
    },
    "review_request": {
        "order_id": "A-1001",
        "review_url": "https://shop.example.com/review/A-1001",
    },
    "back_in_stock": {"item": "Travel mug 0.5 l", "product_url": "https://shop.example.com/p/77"},
    "account_verification": {"verify_url": "https://shop.example.com/verify/K2"},
    "duties_due": {"order_id": "A-1001", "amount": decimal.Decimal("23.40"), "carrier": "DHL"},
    "customs_hold": {
        "order_id": "A-1001",
        "amount": decimal.Decimal("23.40"),
        "carrier": "DHL",
        "pay_url": "https://pay.example.com/duties/A-1001",
    },
}

CUSTOMERS: dict[str, dict[str, str]] = {
    "female": {"given_name": "Anna", "family_name": "Lindqvist", "gender": "female"},
    "male": {"given_name": "Jonas", "family_name": "Berger", "gender": "male"},
    "unknown": {"given_name": "Sam", "family_name": "Okafor"},
    "neutral": {"given_name": "Alex", "family_name": "Morgan", "gender": "neutral"},
}


def sample(intent: str, currency: str) -> dict[str, Any]:
    """``SAMPLES[intent]`` with its amounts rounded (half-even) to ``currency``'s decimals."""
    import globalcs

    return {
        name: globalcs.round_money(value, currency) if isinstance(value, decimal.Decimal) else value
        for name, value in SAMPLES[intent].items()
    }
