"""Regenerate the committed snapshots of rendered messages (`make snapshots`).

A snapshot is what a person reads: one JSON file per language with every
intent in every register on e-mail and SMS, and one file with an apology in
every curated market. Review the diff as you would review prose.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.messages.samples import CUSTOMERS, SAMPLES  # noqa: E402

import globalcs  # noqa: E402

SNAPSHOTS = ROOT / "tests" / "snapshots"


def _entry(message: globalcs.Message) -> dict[str, Any]:
    entry: dict[str, Any] = {"text": message.text}
    if message.subject is not None:
        entry["subject"] = message.subject
    if message.encoding is not None:
        entry["sms"] = f"{message.encoding}, {message.segments} segment(s)"
    return entry


def language_snapshot(tag: str) -> dict[str, Any]:
    from globalcs.messages._languages import language

    profile = language(tag)
    result: dict[str, Any] = {}
    for register in profile.registers:
        formality = next(f for f in globalcs.Formality if profile.register(f) == register)
        for intent in globalcs.intents():
            for channel in ("email", "sms"):
                message = globalcs.render(
                    intent,
                    "US",
                    language=tag,
                    formality=formality,
                    channel=channel,
                    customer=CUSTOMERS["female"],
                    **SAMPLES[intent],
                )
                result[f"{intent} | {formality} | {channel}"] = _entry(message)
    for formality in globalcs.Formality:
        for who, customer in (
            ("male", CUSTOMERS["male"]),
            ("unknown", CUSTOMERS["unknown"]),
            ("neutral", CUSTOMERS["neutral"]),
            ("nobody", None),
        ):
            message = globalcs.render(
                "delivered",
                "US",
                language=tag,
                formality=formality,
                customer=customer,
                order_id="A-1001",
            )
            result[f"greeting | {formality} | {who}"] = message.text.split("\n")[0]
    return result


def market_snapshot() -> dict[str, Any]:
    result: dict[str, Any] = {}
    for market in globalcs.curated_markets():
        # Carriers block an unsigned SMS in some markets (mainland China): sign those.
        signed = {"brand": "Shop"} if market.sms_sender_required else {}
        for channel in ("email", "sms", "whatsapp"):
            message = globalcs.render(
                "delivery_delay",
                market,
                tone="apologetic",
                channel=channel,
                customer=CUSTOMERS["female"],
                **SAMPLES["delivery_delay"],
                **signed,
            )
            result[f"{market.code} | delivery_delay apologetic | {channel}"] = {
                "language": message.language,
                "formality": message.formality.value,
                **_entry(message),
            }
    return result


def snapshots() -> dict[str, str]:
    files = {f"{tag}.json": language_snapshot(tag) for tag in globalcs.languages()}
    files["markets.json"] = market_snapshot()
    return {
        name: json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        for name, data in files.items()
    }


def main() -> int:
    SNAPSHOTS.mkdir(exist_ok=True)
    wanted = snapshots()
    for stale in SNAPSHOTS.glob("*.json"):
        if stale.name not in wanted:
            stale.unlink()
    for name, text in wanted.items():
        (SNAPSHOTS / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(wanted)} snapshot files to {SNAPSHOTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
