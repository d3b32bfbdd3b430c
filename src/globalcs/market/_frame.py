"""Markets as a pandas DataFrame, for notebooks."""

from __future__ import annotations

from typing import Any

from .._errors import MissingExtraError


def markets_frame(*, curated: bool | None = None) -> Any:
    """One row per market: the main facts as columns, indexed by code.

    The top payment method's share comes with what it measures and its year
    (``top_payment_share_measure``, ``top_payment_share_year``), and each list with
    what orders it (``payment_methods_basis``): compare shares only within one
    measure. Needs pandas (``pip install 'globalcs[pandas]'``).
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
        top = market.payment_methods[0] if market.payment_methods else None
        share = top.share if top is not None else None
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
                "channels_basis": market.channels_basis,
                "payment_methods_basis": market.payment_methods_basis,
                "top_payment_share": share.value if share else None,
                "top_payment_share_measure": share.measure if share else None,
                "top_payment_share_year": share.year if share else None,
                "privacy": market.privacy.code,
                "withdrawal_days": market.returns.withdrawal_days,
            }
        )
    return pd.DataFrame(rows).set_index("code")
