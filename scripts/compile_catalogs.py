"""Regenerate data/messages/globalcs.pot from en.po and compile every .po to .mo.

Run after editing a catalog (`make catalogs`); the test suite fails when a
committed .mo or the .pot is out of date.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = ROOT / "data" / "messages"


def template() -> bytes:
    """The translation template: en.po's contexts, sources and comments, untranslated."""
    with (MESSAGES / "en.po").open("rb") as handle:
        english = read_po(handle)
    pot = Catalog(project="globalcs", version="1", charset="utf-8", fuzzy=False)
    pot.creation_date = english.creation_date
    for message in english:
        if message.id:
            pot.add(message.id, context=message.context, auto_comments=message.auto_comments)
    buffer = io.BytesIO()
    write_po(buffer, pot, width=100, omit_header=True, sort_output=False)
    return buffer.getvalue()


def compiled(po_path: Path) -> bytes:
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def outputs() -> dict[Path, bytes]:
    result = {MESSAGES / "globalcs.pot": template()}
    for po_path in sorted(MESSAGES.glob("*.po")):
        result[po_path.with_suffix(".mo")] = compiled(po_path)
    return result


def main() -> int:
    for path, content in outputs().items():
        path.write_bytes(content)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
