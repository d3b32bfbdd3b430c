"""Compiled merchant templates pickle, so they can be sent to worker processes."""

from __future__ import annotations

import copy
import decimal
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

import globalcs
from globalcs import TemplateSecurityError
from globalcs.messages import _templates

SOURCE = (
    "{{ customer|greeting }}\n\n"
    "{% for item in items %}{{ loop.index }}. {{ item.name|upper }}\n{% endfor %}"
    "{% if total > 100 %}Big order{% else %}Order{% endif %}: {{ total|money }}\n\n"
    "{{ customer|closing }}"
)
VARIABLES: dict[str, Any] = {
    "order_id": "A-1",
    "total": decimal.Decimal("149.90"),
    "items": [{"name": "Tasse"}, {"name": "Kanne"}],
    "customer": {"given_name": "Anna", "family_name": "Müller", "gender": "female"},
}


def _template() -> globalcs.Template:
    return globalcs.compile_template(SOURCE, subject="Bestellung {{ order_id }}")


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_a_pickled_template_renders_the_same_message(protocol: int) -> None:
    template = _template()
    copied = pickle.loads(pickle.dumps(template, protocol=protocol))
    assert isinstance(copied, globalcs.Template)
    assert (copied.source, copied.subject_source) == (template.source, template.subject_source)
    original = globalcs.render_template(template, "DE", **VARIABLES)
    again = globalcs.render_template(copied, "DE", **VARIABLES)
    assert again == original
    assert (again.text, again.subject, again.html) == (
        original.text,
        original.subject,
        original.html,
    )


def test_unpickling_compiles_the_template_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    original = _template()
    data = pickle.dumps(original)
    assert SOURCE.encode() in data  # the source travels, not compiled code
    monkeypatch.setattr(_templates, "_cache", {})  # as in a new process
    copied = pickle.loads(data)
    assert copied is not original
    assert copied._body is not original._body
    assert globalcs.render_template(copied, "DE", **VARIABLES).subject == "Bestellung A-1"


def test_unpickling_runs_the_safety_check() -> None:
    # A pickle names the source only; a forged one gets the same check as any source.
    class Forged:
        def __reduce__(self) -> tuple[Any, ...]:
            return (_templates._unpickle_template, ("{{ 'a' * 10**9 }}", None))

    with pytest.raises(TemplateSecurityError, match="arithmetic"):
        pickle.loads(pickle.dumps(Forged()))


def test_copies_of_a_template_render_alike() -> None:
    template = _template()
    for copied in (copy.copy(template), copy.deepcopy(template)):
        assert globalcs.render_template(copied, "DE", **VARIABLES) == globalcs.render_template(
            template, "DE", **VARIABLES
        )


def test_a_template_renders_in_a_worker_process() -> None:
    # spawn: a fresh interpreter that has compiled nothing, on every platform.
    template = _template()
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        message = pool.submit(globalcs.render_template, template, "DE", **VARIABLES).result()
    assert message == globalcs.render_template(template, "DE", **VARIABLES)
    assert message.text.startswith("Sehr geehrte Frau Müller,")
