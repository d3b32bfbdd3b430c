"""``render_frame``: a pandas DataFrame of rows in, a DataFrame of messages out, for
Dask's ``map_partitions`` and Spark's ``mapInPandas``.

A row is what :func:`~globalcs.render_many` takes, laid out as columns:

* ``intent`` (a built-in or a ``texts`` intent) or ``template`` (a merchant
  template's *source*, with ``subject`` for its subject's source);
* ``market``, and optionally ``language``, ``tone``, ``formality``, ``channel``;
* the customer, as ``customer.<field>`` columns (``customer.given_name``, as
  ``pandas.json_normalize`` names them) or a ``customer`` column of mappings;
* every other column is a variable of the row's intent or template. A missing
  value (None, NaN, NaT, ``pd.NA``) means "not given", so one frame can mix
  intents that take different variables.

Every row is rendered on its own: a bad row fills ``error`` and leaves the
message columns empty; the rest of the batch goes on. A template is compiled
once per process and source (``compile_template`` caches by source), so workers
receive plain strings and never a compiled template.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from .._errors import InvalidOptionError, MissingExtraError
from ._batch import render_many
from ._merchant import MerchantTexts
from ._message import Message

OPTION_COLUMNS = ("intent", "template", "market", "language", "tone", "formality", "channel")
"""The columns that choose what is written and how, rather than what it says."""

CUSTOMER_PREFIX = "customer."

MESSAGE_COLUMNS = (
    "text",
    "subject",
    "html",
    "language",
    "formality",
    "channel",
    "encoding",
    "segments",
    "error_type",
    "error",
)
"""The columns ``render_frame`` adds, in order (``html`` only with ``html=True``)."""

_SPARK_TYPES = {"segments": "int"}


def render_frame(
    frame: Any,
    *,
    keep: Sequence[str] = (),
    html: bool = True,
    texts: Any = None,
    **defaults: Any,
) -> Any:
    """Render one message per row of ``frame`` (a pandas DataFrame); the result has the
    same index, the ``keep`` columns copied from ``frame``, then :data:`MESSAGE_COLUMNS`.

    ``defaults`` give an option to rows whose column is missing or empty
    (``market="DE"``, ``channel="sms"``); ``texts`` is a :class:`MerchantTexts` for
    every row; ``html=False`` leaves out the e-mail's HTML, which costs about a
    quarter of a render. ``text``, ``subject``, ``html`` and ``error`` are ``string``
    columns; ``language``, ``formality`` (ordered), ``channel`` and ``encoding`` are
    categoricals with fixed categories, so partitions agree; ``segments`` is
    ``Int64`` (SMS only). A row that fails has its error's class name in
    ``error_type`` and its message in ``error``; no row stops the others.

    >>> import decimal, pandas as pd, globalcs
    >>> rows = pd.DataFrame({
    ...     "intent": ["order_confirmation", "delivered", "delivered"],
    ...     "market": ["DE", "JP", "SE"],
    ...     "channel": ["email", "sms", "email"],
    ...     "order_id": ["A-1", "B-2", None],
    ...     "total": [decimal.Decimal("49.90"), None, None],
    ...     "customer.family_name": ["Müller", "佐藤", None],
    ... })
    >>> out = globalcs.render_frame(rows)
    >>> out.loc[0, "subject"]
    'Ihre Bestellung A-1 ist bestätigt'
    >>> out.loc[1, "language"], out.loc[1, "encoding"], int(out.loc[1, "segments"])
    ('ja', 'UCS-2', 1)
    >>> out.loc[2, "error_type"], out["error"].isna().tolist()
    ('MissingVariableError', [True, True, False])
    """
    pd = _pandas()
    if not isinstance(frame, pd.DataFrame):
        raise InvalidOptionError("frame", frame, reason="expected a pandas DataFrame")
    keep = _kept(frame, keep)
    if not isinstance(html, bool):
        raise InvalidOptionError("html", html, ("True", "False"))
    if texts is not None and not isinstance(texts, MerchantTexts):
        raise InvalidOptionError("texts", texts, reason="expected a MerchantTexts")
    for name in defaults:
        if name not in OPTION_COLUMNS or name == "template":
            raise InvalidOptionError("render_frame option", name, OPTION_COLUMNS[2:])
    results = list(_each(_rows(frame, defaults, texts)))
    columns = _columns(results, html)
    return _frame(pd, frame, keep, columns, html)


def render_frames(frames: Iterable[Any], **options: Any) -> Iterator[Any]:
    """:func:`render_frame` over an iterator of frames, one frame out per frame in: the
    shape Spark's ``mapInPandas`` calls (see :func:`render_schema`).

    >>> import pandas as pd, globalcs
    >>> parts = [pd.DataFrame({"intent": ["delivered"], "market": [m], "order_id": ["A-1"]})
    ...          for m in ("FR", "SA")]
    >>> [out.loc[0, "language"] for out in globalcs.render_frames(parts, html=False)]
    ['fr', 'ar']
    """
    given: object = frames
    # One DataFrame is iterable too, over its column names: refuse it by its columns.
    plain = isinstance(given, str | bytes | Mapping) or hasattr(given, "columns")
    if plain or not isinstance(given, Iterable):
        raise InvalidOptionError("frames", frames, reason="expected an iterator of DataFrames")
    return (render_frame(frame, **options) for frame in frames)


def render_meta(frame: Any, **options: Any) -> Any:
    """The empty frame, with its dtypes, that :func:`render_frame` returns for ``frame``
    (pandas, or a Dask DataFrame): Dask's ``meta=`` for ``map_partitions``.

    >>> import pandas as pd, globalcs
    >>> meta = globalcs.render_meta(pd.DataFrame({"intent": [], "market": []}), html=False)
    >>> len(meta), str(meta["segments"].dtype), str(meta["formality"].dtype)
    (0, 'Int64', 'category')
    """
    empty = getattr(frame, "_meta", None)  # a Dask DataFrame's empty pandas frame
    if empty is None:
        empty = frame.iloc[:0] if hasattr(frame, "iloc") else frame
    return render_frame(empty, **options)


def render_schema(*, html: bool = True) -> str:
    """The Spark DDL schema of :func:`render_frame`'s message columns, for
    ``mapInPandas``; prefix the ``keep`` columns' own types.

    >>> import globalcs
    >>> globalcs.render_schema(html=False)[:44]
    'text string, subject string, language string'
    """
    names = [n for n in MESSAGE_COLUMNS if html or n != "html"]
    return ", ".join(f"{n} {_SPARK_TYPES.get(n, 'string')}" for n in names)


# ---------------------------------------------------------------------------- rows in


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtraError(
            "render_frame() needs pandas: pip install 'globalcs[pandas]'"
        ) from None
    return pd


def _kept(frame: Any, keep: Sequence[str]) -> tuple[str, ...]:
    if isinstance(keep, str) or not isinstance(keep, Sequence):
        raise InvalidOptionError("keep", keep, reason="expected a list of column names")
    for name in keep:
        if name not in frame.columns:
            raise InvalidOptionError("keep", name, [str(c) for c in frame.columns])
        if name in MESSAGE_COLUMNS:
            raise InvalidOptionError("keep", name, reason="the output has a column of that name")
    return tuple(keep)


def _values(series: Any) -> tuple[list[Any], bool]:
    """A column as plain Python values, None where it is missing; and whether any is."""
    values = series.tolist()
    if series.dtype.kind == "M":  # pandas Timestamps (Arrow dates are already dates)
        values = [v.to_pydatetime() if hasattr(v, "to_pydatetime") else v for v in values]
    missing = series.isna().tolist()
    if any(missing):
        return [None if gone else v for v, gone in zip(values, missing, strict=True)], True
    return values, False


def _gathered(count: int, columns: dict[str, tuple[list[Any], bool]]) -> list[dict[str, Any]]:
    """A dict per row of the columns' values, leaving out the missing ones: the full
    columns zipped in one go, then the values of the sparse ones that are there."""
    full = [name for name, (_, sparse) in columns.items() if not sparse]
    if full:
        rows = [
            dict(zip(full, values, strict=True))
            for values in zip(*(columns[n][0] for n in full), strict=True)
        ]
    else:
        rows = [{} for _ in range(count)]
    for name, (values, sparse) in columns.items():
        if sparse:
            for row, value in zip(rows, values, strict=True):
                if value is not None:
                    row[name] = value
    return rows


def _rows(frame: Any, defaults: Mapping[str, Any], texts: Any) -> list[Any]:
    """One ``render_many`` row per frame row: missing values left out, the customer
    gathered into its mapping."""
    count = len(frame)
    plain: dict[str, tuple[list[Any], bool]] = {}
    customer: dict[str, tuple[list[Any], bool]] = {}
    for label in frame.columns:
        if not isinstance(label, str):
            raise InvalidOptionError("column", label, reason="column names must be strings")
        if label.startswith(CUSTOMER_PREFIX):
            customer[label[len(CUSTOMER_PREFIX) :]] = _values(frame[label])
        else:
            plain[label] = _values(frame[label])
    rows: list[Any] = _gathered(count, plain)
    customers = _gathered(count, customer) if customer else []
    has_customer = bool(customer)
    for name, value in defaults.items():
        if value is not None:
            for row in rows:
                row.setdefault(name, value)
    both = "intent" in frame.columns and "template" in frame.columns
    for index, row in enumerate(rows):
        if has_customer and customers[index]:
            if "customer" in row:
                rows[index] = InvalidOptionError(
                    "customer", row["customer"], reason="give customer or customer.* columns"
                )
                continue
            row["customer"] = customers[index]
        if both and "intent" in row and "template" in row:
            rows[index] = InvalidOptionError(
                "template", row["template"], reason="give an intent or a template, not both"
            )
            continue
        if texts is not None and "template" not in row:
            row["texts"] = texts
    return rows


class _Rows:
    """The rows for ``render_many``; a row that is an error is raised in its place,
    and the iterator stays usable after it (a generator would not)."""

    def __init__(self, rows: list[Any]) -> None:
        self._rows = iter(rows)

    def __iter__(self) -> _Rows:
        return self

    def __next__(self) -> dict[str, Any]:
        row: dict[str, Any] | Exception = next(self._rows)
        if isinstance(row, Exception):
            raise row
        return row


def _each(rows: list[Any]) -> Iterator[Message | Exception]:
    """``render_many`` over the rows, one result per row whatever happens: a
    ``GlobalcsError`` is collected by ``render_many``; any other exception (a
    bug, surely), or a row refused before rendering, is collected here and the
    batch resumes at the next row."""
    pending = _Rows(rows)
    while True:
        try:
            yield from render_many(pending, errors="collect")
            return
        except MemoryError:
            raise
        except Exception as exc:  # the row render_many was on when it stopped
            yield exc


# --------------------------------------------------------------------------- rows out


def _columns(results: list[Message | Exception], html: bool) -> dict[str, list[Any]]:
    """The output columns, each read off the results in one pass."""
    ok = [type(r) is Message for r in results]
    done: list[Any] = [r if good else None for r, good in zip(results, ok, strict=True)]
    options = [m._options if m is not None else None for m in done]
    failed = [None if good else r for r, good in zip(results, ok, strict=True)]
    return {
        "text": [m.text if m is not None else None for m in done],
        "subject": [m.subject if m is not None else None for m in done],
        "html": [m.html if m is not None else None for m in done] if html else [],
        "language": [o.language.tag if o is not None else None for o in options],
        "formality": [o.formality.value if o is not None else None for o in options],
        "channel": [o.channel if o is not None else None for o in options],
        "encoding": [m.encoding if m is not None else None for m in done],
        "segments": [m.segments if m is not None else None for m in done],
        "error_type": [type(e).__name__ if e is not None else None for e in failed],
        "error": [str(e) if e is not None else None for e in failed],
    }


def _frame(
    pd: Any, frame: Any, keep: tuple[str, ...], columns: dict[str, list[Any]], html: bool
) -> Any:
    from .._formality import Formality
    from ._languages import supported_languages
    from ._options import CHANNELS

    categories = {
        "language": (supported_languages(), False),
        "formality": (tuple(f.value for f in Formality), True),
        "channel": (CHANNELS, False),
        "encoding": (("GSM-7", "UCS-2"), False),
    }
    data: dict[str, Any] = {name: frame[name] for name in keep}
    for name in MESSAGE_COLUMNS:
        if name == "html" and not html:
            continue
        values = columns[name]
        if name in categories:
            known, ordered = categories[name]
            dtype = pd.CategoricalDtype(list(known), ordered=ordered)
            data[name] = pd.Series(values, index=frame.index, dtype=dtype)
        elif name == "segments":
            data[name] = pd.Series(values, index=frame.index, dtype="Int64")
        else:
            data[name] = pd.Series(values, index=frame.index, dtype="string")
    return pd.DataFrame(data, index=frame.index)
