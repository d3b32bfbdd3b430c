"""`make demo`: what globalcs is for, in under a minute."""

from __future__ import annotations

import datetime as dt
import decimal
import os
import sys

import globalcs
from globalcs.cli import main as cli


def heading(text: str) -> None:
    bold = sys.stdout.isatty() and not os.environ.get("NO_COLOR")  # https://no-color.org
    print(f"\n\033[1m== {text} ==\033[0m\n" if bold else f"\n== {text} ==\n")


def demo_markets() -> None:
    heading("Five markets side by side: globalcs compare US DE JP BR CN")
    cli(["compare", "US", "DE", "JP", "BR", "CN"])


def demo_messages() -> None:
    heading("One apology, five markets, in each customer's language and register")
    variables = {"order_id": "A-1001", "new_delivery_date": dt.date(2026, 12, 9)}
    customers = {
        "DE": {"given_name": "Anna", "family_name": "Müller", "gender": "female"},
        "JP": {"given_name": "太郎", "family_name": "山田", "gender": "male"},
        "BR": {"given_name": "Ana", "family_name": "Silva", "gender": "female"},
        "FR": {"given_name": "Claire", "family_name": "Dubois", "gender": "female"},
        "KR": {"given_name": "민준", "family_name": "김", "gender": "male"},
    }
    for code, customer in customers.items():
        message = globalcs.render(
            "delivery_delay", code, tone="apologetic", customer=customer, **variables
        )
        print(f"--- {code} · {message.language} · {message.formality} · e-mail ---")
        print(message.text, "\n")
    heading("The same order as an SMS (segment-aware) and in German chat, informal")
    sms = globalcs.render(
        "order_confirmation",
        "IN",
        language="en",
        channel="sms",
        order_id="A-1001",
        total=decimal.Decimal("2499"),
        brand="Shop",
    )
    print(f"{sms.text}\n[{sms.encoding}, {sms.segments} segment]")
    chat = globalcs.render(
        "order_confirmation",
        "DE",
        channel="chat",
        formality="informal",
        order_id="A-1001",
        total=decimal.Decimal("49.90"),
        customer=customers["DE"],
    )
    print(f"\n{chat.text}")
    heading("The register checker on a merchant's own text")
    text = "Sehr geehrte Frau Müller, können Sie uns dein Foto schicken?"
    for finding in globalcs.check_register(text, "de", "formal"):
        print(f"{text}\n  -> {finding.message}")


def demo_business_time() -> None:
    heading("Follow-the-sun: which hours of the week nobody covers (DE, US, JP teams)")
    cli(["coverage", "DE", "US", "JP"])


def main() -> int:
    demo_markets()
    demo_messages()
    demo_business_time()
    return 0


if __name__ == "__main__":
    sys.exit(main())
