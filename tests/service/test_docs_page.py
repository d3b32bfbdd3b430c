"""The ``curl`` examples of docs/service.md, run against a live service: the answers shown
are the answers given."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest

PAGE = Path(__file__).resolve().parents[2] / "docs" / "service.md"
BLOCK = re.compile(r"```console\n\$ (.+?)\n(.*?)```", re.DOTALL)
DOCUMENTED = "http://127.0.0.1:8000"


def examples() -> list[tuple[str, str]]:
    return [(m[1], m[2].strip()) for m in BLOCK.finditer(PAGE.read_text(encoding="utf-8"))]


def test_the_page_has_examples() -> None:
    assert len(examples()) >= 5


@pytest.mark.parametrize(("command", "shown"), examples(), ids=lambda x: x[:60])
def test_each_example_answers_what_the_page_shows(
    client: Any, service: Any, command: str, shown: str
) -> None:
    words = shlex.split(command)
    field = None
    if "|" in words:  # `| jq -r .field`
        pipe = words.index("|")
        assert words[pipe + 1 : pipe + 3] == ["jq", "-r"]
        field = words[pipe + 3].lstrip(".")
        words = words[:pipe]
    assert words[:2] == ["curl", "-s"]
    url = next(w for w in words if w.startswith(DOCUMENTED)).replace(DOCUMENTED, service.url)
    headers = dict(words[i + 1].split(": ", 1) for i, w in enumerate(words) if w == "-H")
    data = next((words[i + 1] for i, w in enumerate(words) if w == "-d"), None)
    if data is None:
        response = client.get(url, headers=headers)
    else:
        response = client.post(url, content=data.encode("utf-8"), headers=headers)
    assert response.status_code == 200, response.text
    if field is None:
        assert response.json() == json.loads(shown)
    else:
        assert str(response.json()[field]) == shown
