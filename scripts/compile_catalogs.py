"""Regenerate data/messages/globalcs.pot from en.po and compile every .po to .mo.

Run after editing a catalog (`make catalogs`); the test suite fails when a
committed .mo or the .pot is out of date.
"""

from __future__ import annotations

import io
import struct
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
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
    """The GNU ``.mo`` file for one catalog, the same bytes whatever Babel version runs.

    Babel's own writer puts ``Generated-By: Babel <version>`` and the catalog's
    dates into the header entry, so the committed file would change with the
    toolchain. Only what the reader needs is written: one header naming the
    charset and language, then every translated ``context\x04id`` pair, sorted.
    """
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    header = f"Content-Type: text/plain; charset=UTF-8\nLanguage: {po_path.stem}\n"
    entries = {"": header}
    for message in catalog:
        if not message.id or message.fuzzy or not message.string:
            continue
        key = f"{message.context}\x04{message.id}" if message.context else str(message.id)
        entries[key] = str(message.string)
    return mo_bytes(entries)


def mo_bytes(entries: dict[str, str]) -> bytes:
    """Little-endian GNU gettext ``.mo`` bytes for ``entries``, without a hash table."""
    keys = sorted(entries)
    originals = [key.encode("utf-8") for key in keys]
    translations = [entries[key].encode("utf-8") for key in keys]
    count = len(keys)
    table_start = 7 * 4
    strings_start = table_start + 16 * count
    index: list[int] = []
    blob = bytearray()
    for text in originals + translations:
        index += [len(text), strings_start + len(blob)]
        blob += text + b"\0"
    head = struct.pack("<7I", 0x950412DE, 0, count, table_start, table_start + 8 * count, 0, 0)
    return head + struct.pack(f"<{4 * count}I", *index) + bytes(blob)


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
