"""Markets as a pandas DataFrame, for notebooks."""

from __future__ import annotations

from typing import Any

from .._errors import MissingExtraError


def markets_frame(*, curated: bool | None = None) -> Any:
    """One row per market: the main facts as columns, indexed by code, in pandas' terms.

    List facts (``languages``, ``channels``, ``payment_methods``) are lists; ``weekend``
    is a tuple of weekday numbers (Monday = 0); ``formality`` is an ordered categorical
    (informal < neutral < formal < very_formal), so it sorts and compares by register;
    ``withdrawal_right`` says ``statutory``, ``none_by_law`` or ``not_curated``, which
    a bare missing ``withdrawal_days`` cannot tell apart. The top payment method's share
    comes with what it measures and its year (``top_payment_share_measure``,
    ``top_payment_share_year``), and each list with what orders it
    (``payment_methods_basis``): compare shares only within one measure.
    ``survey_answers`` says where research found a market's customers answer rating
    scales towards the ``midpoint`` or the ``extreme`` ends (``not_measured``
    elsewhere; see :func:`globalcs.metrics.response_style`): compare survey scores
    across those with care. Needs pandas
    (``pip install 'globalcs[pandas]'``).
    """
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtraError(
            "markets_frame() needs pandas: pip install 'globalcs[pandas]'"
        ) from None
    from .._formality import Formality
    from ._registry import markets
    from ._response_styles import response_style

    rows = []
    for market in markets(curated=curated):
        top = market.payment_methods[0] if market.payment_methods else None
        share = top.share if top is not None else None
        if market.is_default("returns"):
            right = "not_curated"
        elif market.returns.withdrawal_days is None:
            right = "none_by_law"
        else:
            right = "statutory"
        rows.append(
            {
                "code": market.code,
                "name": market.name,
                "curated": market.curated,
                "region": market.region,
                "currency": market.currency,
                "languages": list(market.languages),
                "locale": market.locale,
                "timezone": market.timezone,
                "weekend": tuple(market.weekend),
                "formality": market.formality.value,
                "channels": [c.id for c in market.channels],
                "payment_methods": [p.id for p in market.payment_methods],
                "channels_basis": market.channels_basis,
                "payment_methods_basis": market.payment_methods_basis,
                "top_payment_share": share.value if share else None,
                "top_payment_share_measure": share.measure if share else None,
                "top_payment_share_year": share.year if share else None,
                "privacy": market.privacy.code,
                "withdrawal_right": right,
                "withdrawal_days": market.returns.withdrawal_days,
                "survey_answers": _tendency(response_style(market)),
            }
        )
    frame = pd.DataFrame(rows).set_index("code")
    frame["formality"] = pd.Categorical(
        frame["formality"], categories=[f.value for f in Formality], ordered=True
    )
    frame["withdrawal_right"] = pd.Categorical(
        frame["withdrawal_right"], categories=["statutory", "none_by_law", "not_curated"]
    )
    frame["withdrawal_days"] = frame["withdrawal_days"].astype("Int64")
    frame["top_payment_share_year"] = frame["top_payment_share_year"].astype("Int64")
    frame["survey_answers"] = pd.Categorical(
        frame["survey_answers"], categories=["midpoint", "extreme", "not_measured"]
    )
    return frame


def _tendency(style: object) -> str:
    tendency = getattr(style, "tendency", None)
    return str(tendency) if tendency else "not_measured"
