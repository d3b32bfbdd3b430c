"""How local shops write money where that differs from CLDR's default, read from the
``[money.<CURRENCY>]`` tables of a language profile (``data/languages/ko.toml``).

Korean shops write the won after the digits, "1,690,000원", where CLDR writes
"₩1,690,000"; Turkish texts write "42.499,90 TL" where CLDR writes "₺42.499,90". A
profile gives such a pattern only with a source; without one, CLDR's default stands.
"""

from __future__ import annotations

from typing import Any


def read_money_patterns(table: Any, sources: Any) -> tuple[dict[str, str], list[Any]]:
    """Currency -> CLDR number pattern, and the sources cited, from a ``[money]`` table."""
    from babel.numbers import NumberFormatError, parse_pattern

    from ..market._schema import cite
    from ._format import check_currency

    patterns: dict[str, str] = {}
    cited: list[Any] = []
    for code in table.data:
        entry = table.table(code)
        if not isinstance(code, str) or code != code.upper() or check_currency(code) != code:
            raise table.fail(code, "expected an ISO 4217 code in capitals, like KRW")
        pattern = entry.text("pattern")
        try:
            parsed = parse_pattern(pattern)
        except (NumberFormatError, ValueError) as exc:
            raise entry.fail("pattern", f"not a CLDR number pattern: {exc}") from None
        if parsed.scale or parsed.exp_prec or "¤¤¤" in pattern:
            raise entry.fail("pattern", "percent, per-mille, exponent and ¤¤¤ are not money")
        entry.text("note", "")
        cited += cite(entry, sources)
        patterns[code] = pattern
    return patterns, cited
