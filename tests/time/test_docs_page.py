"""The examples on docs/business-time.md run."""

from __future__ import annotations

import doctest
from pathlib import Path

PAGE = Path(__file__).resolve().parents[2] / "docs" / "business-time.md"


def test_business_time_page_examples() -> None:
    text = PAGE.read_text(encoding="utf-8")
    blocks = [part.split("```", 1)[0] for part in text.split("```pycon\n")[1:]]
    parser = doctest.DocTestParser()
    test = parser.get_doctest("\n".join(blocks), {}, "business-time.md", str(PAGE), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 20
    assert result.failed == 0
