"""render_frame: frames of rows in, frames of messages out; every row answered, on
pandas, on a Dask cluster, and on Spark where it is installed."""

from __future__ import annotations

import _socket
import decimal
import pickle
import shutil
import socket
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import globalcs
from globalcs.messages import _bulk, _templates

pd = pytest.importorskip("pandas")

EURO = decimal.Decimal("49.90")


def _listed(series: Any) -> list[Any]:
    return [None if pd.isna(value) else value for value in series]


def _amounts(*values: decimal.Decimal | None) -> Any:
    """Money as an Arrow decimal column: Decimals in, Decimals out, through Dask too
    (Dask turns an object column of Decimals into strings)."""
    pa = pytest.importorskip("pyarrow")
    return pd.Series(values, dtype=pd.ArrowDtype(pa.decimal128(12, 2)))


def _mixed() -> Any:
    return pd.DataFrame(
        {
            "intent": ["order_confirmation", "delivered", None, "delivered"],
            "template": [None, None, "Hallo {{ customer|greeting }} {{ order_id }}", None],
            "market": ["DE", "SA", "AT", "BR"],
            "channel": [None, "sms", None, "email"],
            "order_id": ["A-1", "B-2", "C-3", "D-4"],
            "total": _amounts(EURO, None, None, None).array,
            "customer.given_name": ["Anna", None, "Lena", "João"],
            "customer.family_name": ["Müller", None, "Huber", "Silva"],
            "customer.gender": ["female", None, None, "male"],
        },
        index=pd.Index([10, 20, 30, 40], name="row"),
    )


def test_each_row_is_what_render_writes() -> None:
    out = globalcs.render_frame(_mixed())
    assert list(out.index) == [10, 20, 30, 40]
    assert out.index.name == "row"
    expected = globalcs.render(
        "order_confirmation",
        "DE",
        order_id="A-1",
        total=EURO,
        customer={"given_name": "Anna", "family_name": "Müller", "gender": "female"},
    )
    assert out.loc[10, "text"] == expected.text
    assert out.loc[10, "subject"] == expected.subject
    assert out.loc[10, "html"] == expected.html
    sms = globalcs.render("delivered", "SA", order_id="B-2", channel="sms")
    assert out.loc[20, "text"] == sms.text
    assert (out.loc[20, "encoding"], out.loc[20, "segments"]) == (sms.encoding, sms.segments)
    assert out.loc[20, "language"] == "ar"
    assert pd.isna(out.loc[20, "html"])
    assert out.loc[30, "text"].startswith("Hallo ")
    assert out.loc[30, "text"].endswith(" C-3")
    assert out.loc[40, "language"] == "pt-BR"
    assert out["error"].isna().all()


def test_dtypes_are_fixed_so_partitions_agree() -> None:
    out = globalcs.render_frame(_mixed())
    meta = globalcs.render_meta(_mixed())
    assert list(out.columns) == list(_bulk.MESSAGE_COLUMNS)
    assert dict(out.dtypes) == dict(meta.dtypes)
    assert len(meta) == 0
    assert out["formality"].cat.ordered
    assert list(out["formality"].cat.categories) == ["informal", "neutral", "formal", "very_formal"]
    assert list(out["language"].cat.categories) == list(globalcs.languages())
    assert str(out["segments"].dtype) == "Int64"
    assert str(out["text"].dtype) == "string"


def test_every_language_fits_the_language_categories() -> None:
    frame = pd.DataFrame({"intent": "delivered", "market": "US", "order_id": "A-1"}, index=[0])
    for tag in globalcs.languages():
        out = globalcs.render_frame(frame, language=tag, html=False)
        expected = globalcs.render("delivered", "US", language=tag, order_id="A-1").language
        assert out.loc[0, "language"] == expected, out.loc[0, "error"]


def test_bad_rows_are_collected_and_the_batch_goes_on() -> None:
    frame = pd.DataFrame(
        {
            "intent": ["delivered", "nonsense", "delivered", "delivered", None, "delivered"],
            "template": [None, None, None, None, "{{ 'a' * 10**9 }}", None],
            "market": ["DE", "DE", "Atlantis", "DE", "DE", "DE"],
            "order_id": [None, "A-2", "A-3", ["a", "list"], "A-5", "A-6"],
        }
    )
    out = globalcs.render_frame(frame, html=False)
    assert _listed(out["error_type"]) == [
        "MissingVariableError",
        "UnknownIntentError",
        "UnknownMarketError",
        "InvalidOptionError",
        "TemplateSecurityError",
        None,
    ]
    assert "order_id" in out.loc[0, "error"]
    assert out["text"].isna().tolist() == [True] * 5 + [False]
    # The strings pickle, as everything in the frame does (a worker sends it back).
    assert pickle.loads(pickle.dumps(out)).equals(out)


def test_rows_that_contradict_themselves_are_refused() -> None:
    frame = pd.DataFrame(
        {
            "intent": ["delivered", "delivered", "delivered"],
            "template": [None, "x {{ order_id }}", None],
            "market": ["DE", "DE", "DE"],
            "order_id": ["A-1", "A-2", "A-3"],
            "customer": [None, None, {"given_name": "Ann"}],
            "customer.given_name": [None, None, "Anna"],
        }
    )
    out = globalcs.render_frame(frame, html=False)
    assert _listed(out["error_type"]) == [None, "InvalidOptionError", "InvalidOptionError"]
    assert "not both" in out.loc[1, "error"]
    assert "customer" in out.loc[2, "error"]


def test_an_unexpected_exception_is_a_row_error_not_a_lost_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = globalcs.render_many

    monkeypatch.setattr(_bulk, "render_many", lambda rows, errors: _one_by_one(rows))

    def _one_by_one(rows: Any) -> Any:
        for row in rows:
            if row.get("order_id") == "boom":
                raise RuntimeError("a bug")
            yield from real([row], errors="collect")

    frame = pd.DataFrame({"intent": "delivered", "market": "FR", "order_id": ["A", "boom", "C"]})
    out = globalcs.render_frame(frame, html=False)
    assert _listed(out["error_type"]) == [None, "RuntimeError", None]
    assert out.loc[1, "error"] == "a bug"


def test_defaults_fill_missing_options_and_texts_apply_to_intent_rows() -> None:
    frame = pd.DataFrame({"intent": "delivered", "market": [None, "FR"], "order_id": "A-1"})
    out = globalcs.render_frame(frame, market="DE", channel="sms", html=False)
    assert out["language"].tolist() == ["de", "fr"]
    assert out["channel"].tolist() == ["sms", "sms"]
    texts = globalcs.MerchantTexts.from_mapping(
        {"texts": {"en": {"delivered.subject|formal": "Here: {order_id}"}}}
    )
    out = globalcs.render_frame(frame, market="GB", language="en", texts=texts)
    assert out["subject"].tolist() == ["Here: A-1", "Here: A-1"]


def test_keep_copies_columns_for_engines_that_drop_the_index() -> None:
    frame = pd.DataFrame({"id": [7, 8], "intent": "delivered", "market": "SE", "order_id": "X"})
    out = globalcs.render_frame(frame, keep=["id"], html=False)
    assert list(out.columns[:2]) == ["id", "text"]
    assert out["id"].tolist() == [7, 8]


@pytest.mark.parametrize(
    ("call", "option"),
    [
        (lambda f: globalcs.render_frame([{"intent": "delivered"}]), "frame"),
        (lambda f: globalcs.render_frame(f, keep="id"), "keep"),
        (lambda f: globalcs.render_frame(f, keep=["nope"]), "keep"),
        (lambda f: globalcs.render_frame(f.assign(text="x"), keep=["text"]), "keep"),
        (lambda f: globalcs.render_frame(f, order_id="A"), "render_frame option"),
        (lambda f: globalcs.render_frame(f, template="{{ x }}"), "render_frame option"),
        (lambda f: globalcs.render_frame(f.rename(columns={"market": 3})), "column"),
        (lambda f: globalcs.render_frame(f, html="no"), "html"),
        (lambda f: globalcs.render_frame(f, texts={"en": {}}), "texts"),
        (lambda f: globalcs.render_frames(f), "frames"),
        (lambda f: globalcs.render_frames(None), "frames"),
        (lambda f: list(globalcs.render_frames([f, "not a frame"])), "frame"),
        (lambda f: globalcs.render_meta(None), "frame"),
    ],
)
def test_bad_calls_are_named_errors(call: Any, option: str) -> None:
    frame = pd.DataFrame({"intent": ["delivered"], "market": ["DE"], "order_id": ["A"]})
    with pytest.raises(globalcs.InvalidOptionError) as info:
        call(frame)
    assert info.value.option == option


def test_values_in_pandas_dtypes_become_plain_python() -> None:
    frame = pd.DataFrame(
        {
            "intent": "ticket_received",
            "market": "DE",
            "ticket_id": pd.array([1001, None], dtype="Int64").astype("string"),
            "response_due": pd.to_datetime(["2026-06-10 12:00", None]).tz_localize("UTC"),
        }
    )
    out = globalcs.render_frame(frame, html=False)
    assert "1001" in out.loc[0, "text"]
    assert "10. Juni 2026" in out.loc[0, "text"]
    assert out.loc[1, "error_type"] == "MissingVariableError"


def test_a_template_is_compiled_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    source = "Bulk {{ order_id }} for {{ customer|greeting }} (compiled once)"
    calls: list[str] = []
    real = _templates._compile

    def counting(text: str) -> Any:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(_templates, "_compile", counting)
    frame = pd.DataFrame({"template": source, "market": "FR", "order_id": ["1", "2", "3"]})
    for _ in range(2):
        out = globalcs.render_frame(frame, html=False)
        assert out["error"].isna().all()
    assert calls == [source]


def test_an_empty_frame_gives_the_meta() -> None:
    out = globalcs.render_frame(pd.DataFrame({"intent": [], "market": []}), html=False)
    assert len(out) == 0
    assert "html" not in out.columns


def test_render_frames_maps_an_iterator_and_the_schema_matches() -> None:
    parts = [_mixed().iloc[:2], _mixed().iloc[2:]]
    outs = list(globalcs.render_frames(iter(parts), html=False))
    assert [len(o) for o in outs] == [2, 2]
    schema = globalcs.render_schema(html=False)
    assert [part.split()[0] for part in schema.split(", ")] == list(outs[0].columns)


@given(
    st.lists(
        st.one_of(
            st.none(),
            st.text(max_size=20),
            st.integers(),
            st.floats(allow_nan=True),
            st.decimals(allow_nan=False, places=2),
            st.lists(st.text(max_size=3), max_size=2),
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(["DE", "SA", "JP", "US", "xx", ""]),
)
def test_any_values_give_each_row_a_text_or_an_error(values: list[Any], market: str) -> None:
    frame = pd.DataFrame(
        {
            "intent": "order_confirmation",
            "market": market,
            "order_id": pd.Series(values, dtype=object),
            "total": pd.Series(list(reversed(values)), dtype=object),
        }
    )
    out = globalcs.render_frame(frame)
    assert len(out) == len(values)
    assert (out["text"].isna() != out["error"].isna()).all()
    assert (out["error"].isna() == out["error_type"].isna()).all()
    known = {"InvalidOptionError", "MissingVariableError", "MoneyError", "UnknownMarketError"}
    assert set(out["error_type"].dropna()) <= known


# --------------------------------------------------------------------------- engines


def _loopback_only(self: socket.socket, address: Any) -> Any:
    """Lets the test reach the cluster it started, and nothing else."""
    host = address[0] if isinstance(address, tuple) else address
    if host not in ("127.0.0.1", "::1", "localhost"):
        raise AssertionError(f"tests must not open network connections ({host!r})")
    return _socket.socket.connect(self, address)


def test_dask_distributed_renders_every_partition(monkeypatch: pytest.MonkeyPatch) -> None:
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)
    frame = pd.concat([_mixed()] * 5, ignore_index=True)
    frame.loc[7, "order_id"] = None  # one bad row
    expected = globalcs.render_frame(frame, html=False)
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        rows = dd.from_pandas(frame, npartitions=4)
        meta = globalcs.render_meta(rows, html=False)
        rendered = rows.map_partitions(globalcs.render_frame, html=False, meta=meta)
        out = client.compute(rendered).result()
        # The cluster's workers are other processes: a second compute reuses them.
        again = rendered.compute()
    pd.testing.assert_frame_equal(out, expected)
    pd.testing.assert_frame_equal(again, expected)
    assert _listed(out["error_type"]).count("MissingVariableError") == 1


def test_spark_map_in_pandas_renders_every_row() -> None:
    pyspark_sql = pytest.importorskip("pyspark.sql")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java")
    spark = pyspark_sql.SparkSession.builder.master("local[2]").getOrCreate()
    try:
        frame = _mixed().reset_index()[["row", "intent", "market", "channel", "order_id"]]
        frame = frame[frame["intent"].notna()]
        rows = spark.createDataFrame(frame)
        schema = "row long, " + globalcs.render_schema(html=False)
        out = rows.mapInPandas(
            lambda frames: globalcs.render_frames(frames, keep=["row"], html=False), schema
        ).toPandas()
    finally:
        spark.stop()
    expected = globalcs.render_frame(frame, keep=["row"], html=False)
    assert sorted(out["text"].dropna()) == sorted(expected["text"].dropna())
    assert sorted(out["row"]) == sorted(frame["row"])


def test_columns_of_any_dtype_are_read_without_stopping_the_batch() -> None:
    pa = pytest.importorskip("pyarrow")
    import datetime as dt

    frame = pd.DataFrame(
        {
            "template": "{{ order_id }} {{ n }} {{ when }} {{ day }} {{ flag }} {{ ratio }}",
            "market": pd.Categorical(["DE", "FR", "DE"]),
            "order_id": pd.array(["A", None, "C"], dtype="string"),
            "n": pd.array([1, None, 3], dtype="Int64"),
            "when": pd.to_datetime(["2026-06-01 10:00", None, "2026-06-03 09:00"]).tz_localize(
                "UTC"
            ),
            "day": pd.Series(
                [dt.date(2026, 6, 1), None, dt.date(2026, 6, 3)], dtype=pd.ArrowDtype(pa.date32())
            ),
            "flag": [True, False, True],
            "ratio": [0.5, float("nan"), 1.5],
            "span": pd.to_timedelta(["1h", None, "2h"]),
            "period": pd.period_range("2026-01", periods=3, freq="M"),
            "interval": pd.interval_range(0, 3),
            "raw": [b"bytes", object(), {"a": 1}],
        }
    )
    out = globalcs.render_frame(frame, html=False)
    assert len(out) == 3
    assert (out["text"].isna() != out["error"].isna()).all()
