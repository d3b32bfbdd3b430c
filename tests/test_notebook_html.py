"""Notebook views: Message, calendar and coverage as escaped HTML without script, and a
calendar as a DataFrame."""

from __future__ import annotations

import datetime as dt
import pickle
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

import globalcs

ALLOWED = {"div", "table", "caption", "tr", "th", "td", "p", "b", "pre"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)

    def handle_data(self, data: str) -> None:
        self.text += data


def _parsed(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


@pytest.mark.parametrize("channel", ["email", "sms", "chat"])
def test_a_hostile_value_cannot_write_markup_into_a_message_view(channel: str) -> None:
    msg = globalcs.render(
        "delivered",
        "DE",
        order_id=HOSTILE,
        channel=channel,
        customer={"given_name": "<b>Eve</b>", "family_name": "<i>X</i>"},
    )
    page = msg._repr_html_()
    found = _parsed(page)
    assert found.tags <= ALLOWED
    assert found.attributes <= {"lang", "dir", "style"}
    assert "<script" not in page
    assert "<img" not in page
    assert "&lt;script&gt;" in page


@given(st.text(min_size=1, max_size=40).filter(str.strip))
def test_any_value_comes_back_as_text_never_as_markup(value: str) -> None:
    try:
        msg = globalcs.render("delivered", "FR", order_id=value, channel="sms")
    except globalcs.GlobalcsError:
        return  # refused values never reach a view
    found = _parsed(msg._repr_html_())
    assert found.tags <= ALLOWED
    assert msg.text in found.text


def test_a_right_to_left_message_view_says_so() -> None:
    msg = globalcs.render("delivered", "SA", order_id="A-1")
    page = msg._repr_html_()
    assert page.startswith('<div lang="ar" dir="rtl">')
    assert "<b>" in page  # the subject


def test_a_calendar_view_lists_the_week() -> None:
    page = globalcs.support_calendar("SA", hours="09:00-17:00")._repr_html_()
    found = _parsed(page)
    assert found.tags <= ALLOWED
    assert "SA (Asia/Riyadh)" in found.text
    assert found.text.count("weekend") == 2  # Friday and Saturday
    assert "<script" not in page


def test_a_coverage_view_is_a_week_grid_of_who_covers_which_hours() -> None:
    teams = [globalcs.support_calendar(c, hours="09:00-17:00") for c in ("DE", "US", "JP")]
    week = globalcs.coverage(teams, week_of=dt.date(2026, 6, 10))
    page = week._repr_html_()
    found = _parsed(page)
    assert found.tags <= ALLOWED
    assert "script" not in page
    assert page.count("<tr>") == 8  # the hours, then Monday to Sunday
    assert page.count("<td") == 7 * 24
    # Monday 08:00 UTC: Berlin (10:00) is open; 22:00 UTC nobody is.
    monday = page.split("<tr>")[2]
    cells = monday.split("<td")[1:]
    assert 'title="DE"' in cells[8]
    assert 'title="nobody"' in cells[22]
    # The grid survives a pickle, and a Coverage built by hand still draws.
    assert pickle.loads(pickle.dumps(week))._repr_html_() == page
    bare = globalcs.coverage(teams, week_of=dt.date(2026, 6, 10)).__class__(
        *[getattr(week, f) for f in ("timezone", "start", "end", "teams", "gaps")],
        week.covered,
        week.uncovered,
    )
    assert bare._repr_html_().count('title="nobody"') == page.count('title="nobody"')


def test_calendar_to_frame_lays_out_days_with_zoned_timestamps() -> None:
    pytest.importorskip("pandas")
    cal = globalcs.support_calendar("DE", hours="09:00-17:00")
    frame = cal.to_frame(dt.date(2026, 3, 27), dt.date(2026, 3, 30))  # over the DST change
    assert list(frame.columns) == ["date", "business_day", "holiday", "opens", "closes"]
    assert str(frame["opens"].dt.tz) == "Europe/Berlin"
    assert frame["business_day"].tolist() == [True, False, False, True]
    assert frame["opens"].isna().tolist() == [False, True, True, False]
    assert [str(t) for t in frame["opens"].dropna()] == [
        "2026-03-27 09:00:00+01:00",
        "2026-03-30 09:00:00+02:00",
    ]
    # One answer: the frame's open periods are the calendar's intervals.
    start = dt.datetime(2026, 3, 27, tzinfo=cal.tz)
    end = dt.datetime(2026, 3, 31, tzinfo=cal.tz)
    assert [t.to_pydatetime() for t in frame["opens"].dropna()] == [
        a for a, _ in cal.intervals(start, end)
    ]


def test_calendar_to_frame_refuses_bad_ranges() -> None:
    pytest.importorskip("pandas")
    cal = globalcs.support_calendar("DE")
    for start, end in [
        (dt.date(2026, 1, 2), dt.date(2026, 1, 1)),
        ("2026-01-01", dt.date(2026, 1, 2)),
        (dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dt.date(2026, 1, 2)),
        (dt.date(2000, 1, 1), dt.date(2026, 1, 1)),
    ]:
        with pytest.raises(globalcs.InvalidOptionError):
            cal.to_frame(start, end)
