"""Markets as a pandas DataFrame, for notebooks."""

from __future__ import annotations

from typing import Any

from .._errors import MissingExtraError


def markets_frame(*, curated: bool | None = None) -> Any:
    """One row per market: the main facts as columns, indexed by code.

    Needs pandas (``pip install 'globalcs[pandas]'``).
    """
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtraError(
            "markets_frame() needs pandas: pip install 'globalcs[pandas]'"
        ) from None
    from ._registry import markets

    rows = []
    for market in markets(curated=curated):
        rows.append(
            {
                "code": market.code,
                "name": market.name,
                "curated": market.curated,
                "region": market.region,
                "currency": market.currency,
                "languages": ", ".join(market.languages),
                "locale": market.locale,
                "timezone": market.timezone,
                "weekend": ", ".join(str(d) for d in market.weekend),
                "formality": market.formality.value,
                "channels": ", ".join(c.id for c in market.channels),
                "payment_methods": ", ".join(p.id for p in market.payment_methods),
                "privacy": market.privacy.code,
                "withdrawal_days": market.returns.withdrawal_days,
            }
        )
    return pd.DataFrame(rows).set_index("code")
