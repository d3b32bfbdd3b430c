"""The HTML of an e-mail is built in one pass from escaped tokens: links are made of
escaped URL tokens only, so no value can write markup or nest a link in another."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import globalcs
from globalcs.messages._languages import language
from globalcs.messages._message import email_html, find_urls

TAGS = {"html", "head", "meta", "title", "body", "p", "br", "a"}
CRAFTED = "https://x.example/onmouseover=alert(document.domain)//"


class Page(HTMLParser):
    """What a browser would see: the tags, the links and the text of each paragraph."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.links: list[tuple[list[tuple[str, str | None]], str]] = []
        self.paragraphs: list[str] = []
        self.title = ""
        self.open: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        if tag == "a":
            if "a" in self.open:
                self.errors.append("a link inside a link")
            self.links.append((attrs, ""))
        if tag == "p":
            self.paragraphs.append("")
        if tag not in ("br", "meta"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"unbalanced </{tag}>")
        else:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if "title" in self.open:
            self.title += data
        if "a" in self.open:
            attrs, text = self.links[-1]
            self.links[-1] = (attrs, text + data)
        if "p" in self.open:
            self.paragraphs[-1] += data

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.errors.append(f"self-closing <{tag}/>")

    def handle_comment(self, data: str) -> None:
        self.errors.append("a comment")

    def handle_pi(self, data: str) -> None:
        self.errors.append("a processing instruction")

    def unknown_decl(self, data: str) -> None:
        self.errors.append("a declaration")


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.errors == []
    assert parser.open == []
    assert {tag for tag, _ in parser.tags} <= TAGS
    for tag, attrs in parser.tags:
        if tag == "a":
            assert len(attrs) == 1
            name, href = attrs[0]
            assert name == "href"
            assert href is not None
            assert re.match(r"https?://\S", href)
    for attrs, text in parser.links:
        assert text == attrs[0][1]  # a link shows its own address
    return parser


def paragraphs(text: str) -> list[str]:
    """The documented layout: a paragraph per block between blank lines, trimmed."""
    return [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


def hrefs(page: Page) -> list[str | None]:
    return [attrs[0][1] for attrs, _ in page.links]


def test_a_crafted_url_twice_is_two_plain_links() -> None:
    message = globalcs.render_template("{{ n }}", "US", n=f"{CRAFTED} {CRAFTED}")
    assert message.html is not None
    page = parse(message.html)
    assert hrefs(page) == [CRAFTED, CRAFTED]
    assert page.paragraphs == [f"{CRAFTED} {CRAFTED}"]
    assert "onmouseover" not in [name for _, attrs in page.tags for name, _ in attrs]


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ('https://x.example/a"onmouseover="alert(1)', ["https://x.example/a"]),
        ("https://x.example/a'onclick='x'", ["https://x.example/a"]),
        ("https://x.example/<script>alert(1)</script>", ["https://x.example/"]),
        ("https://x.example/a>b", ["https://x.example/a"]),
        ("https://x.example/?a=1&b=2&amp;c=3", ["https://x.example/?a=1&b=2&amp;c=3"]),
        ("https://x.example/`id`", ["https://x.example/"]),
        ("https://a.example/ https://b.example/", ["https://a.example/", "https://b.example/"]),
        ("https://a.example/https://b.example/", ["https://a.example/https://b.example/"]),
        ("(see https://x.example/a).", ["https://x.example/a"]),
        ("https://en.example/wiki/A_(b), ok", ["https://en.example/wiki/A_(b)"]),
        ("https:// http://", []),
        ("javascript:alert(1) data:text/html,x", []),
    ],
)
def test_urls_with_markup_characters(text: str, links: list[str]) -> None:
    message = globalcs.render_template("{{ t }}", "DE", t=text)
    assert message.html is not None
    page = parse(message.html)
    assert hrefs(page) == links
    assert page.paragraphs == [text]
    assert find_urls(text) == links


def test_the_same_url_twice_in_a_built_in_message() -> None:
    url = "https://track.example.com/A-1?lang=x&y=1"
    message = globalcs.render(
        "shipping_update",
        "DE",
        order_id="A-1",
        carrier=url,  # printed before the tracking sentence prints it again
        expected_delivery=dt.date(2026, 12, 3),
        tracking_url=url,
    )
    assert message.html is not None
    page = parse(message.html)
    assert hrefs(page) == [url, url]
    assert paragraphs(message.text) == page.paragraphs


def test_only_the_messages_own_urls_are_linked_in_a_built_in_message() -> None:
    message = globalcs.render(
        "shipping_update",
        "DE",
        order_id="A-1",
        carrier="DHL",
        expected_delivery=dt.date(2026, 12, 3),
        tracking_url="https://track.example.com/A-1",
        customer={"given_name": "https://evil.example/", "family_name": "X"},
    )
    assert message.html is not None
    assert hrefs(parse(message.html)) == ["https://track.example.com/A-1"]


def test_adjacent_known_urls_are_linked_separately() -> None:
    first, second = "https://a.example/x", "https://a.example/x/y"
    page = parse(email_html(language("en"), "s", f"{first}{second} {first}", [first, second]))
    assert hrefs(page) == [first, second, first]


SUBJECTS = st.text(max_size=30)
TEXTS = st.lists(
    st.sampled_from(
        [*"ab <>&\"'`=/.:;()?#\n\t\r", "https://", "http://", "&amp;", "<a href=", "é", "😀"]
    ),
    max_size=40,
).map("".join)


@given(st.one_of(TEXTS, st.text(max_size=80)), SUBJECTS)
@example(f"{CRAFTED} {CRAFTED}", "<title>")
@example("https://x.example/\"><script>alert(1)</script>\n\nhttps://x.example/'", "s")
def test_html_holds_only_its_own_tags_and_the_text(text: str, subject: str) -> None:
    page = parse(email_html(language("ar"), subject, text, None))
    assert page.paragraphs == paragraphs(text)
    assert page.title == subject
    assert hrefs(page) == [url for block in paragraphs(text) for url in find_urls(block)]


@given(st.one_of(TEXTS, st.text(max_size=80)), st.lists(TEXTS, max_size=3))
def test_html_with_given_urls_holds_only_its_own_tags(text: str, urls: list[str]) -> None:
    known = [u for u in urls if re.fullmatch(r"https?://[^\s<>\"'`\\]+", u)]
    page = parse(email_html(language("de"), "s", text, known))
    assert page.paragraphs == paragraphs(text)
    assert set(hrefs(page)) <= set(known)


@given(TEXTS)
def test_template_e_mails_hold_only_their_own_tags(text: str) -> None:
    template = globalcs.compile_template("{{ t }}", subject="{{ s }}")
    message = globalcs.render_template(
        template, "US", t=text, s="Re: " + re.split("[\r\n]", text)[0]
    )
    assert message.html is not None
    page = parse(message.html)
    assert page.paragraphs == paragraphs(text.strip())
