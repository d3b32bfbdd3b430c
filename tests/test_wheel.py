"""Build the wheel, install it into a fresh virtual environment, use it from elsewhere."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent(
    """
    import json, pathlib, sys
    import globalcs
    from globalcs._data import data_dir

    here = pathlib.Path(globalcs.__file__).resolve().parent
    assert data_dir() == here / "_data", data_dir()
    assert "site-packages" in str(here), here
    de = globalcs.get_market("de_DE")
    assert de.privacy.code == "GDPR" and de.currency == "EUR"
    assert len(globalcs.markets()) == 249
    assert globalcs.curated_markets(), "no curated market files in the wheel"
    import decimal
    assert len(globalcs.languages()) >= 20, globalcs.languages()
    msg = globalcs.render("order_confirmation", "JP", order_id="A-1",
                          total=decimal.Decimal("4990"),
                          customer={"given_name": "太郎", "family_name": "山田"})
    assert "様" in msg.text and msg.language == "ja"
    assert globalcs.check_register(msg.text, "ja", msg.formality) == []
    print(json.dumps({"ok": True, "curated": len(globalcs.curated_markets())}))
    """
)


@pytest.mark.wheel
def test_wheel_installs_and_works_outside_the_checkout(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("globalcs-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "globalcs/py.typed" in names
    assert "globalcs/_data/vocabularies/channels.toml" in names
    assert "globalcs/_data/compiled.pickle" in names
    assert any(n.startswith("globalcs/_data/messages/") and n.endswith(".mo") for n in names)
    assert any(n.startswith("globalcs/_data/markets/") for n in names)
    assert not any(n.startswith("tests/") for n in names)
    assert not any(n.endswith((".po", ".pot")) for n in names), "gettext sources are not read"

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # The dependencies at the lock's versions, so the wheel is tested against what the suite ran.
    lock = (ROOT / "requirements" / "dev.txt").read_text(encoding="utf-8")
    pins = [line.rstrip(" \\") for line in lock.splitlines() if line[:1].isalnum()]
    constraints = tmp_path / "constraints.txt"
    constraints.write_text("\n".join(pins) + "\n", encoding="utf-8")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "-c", str(constraints), str(wheel)],
        check=True,
        capture_output=True,
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    result = subprocess.run(
        [str(python), "-c", SCRIPT],
        cwd=outside,
        check=True,
        capture_output=True,
        text=True,
    )
    assert '"ok": true' in result.stdout
    cli = subprocess.run(
        [str(env_dir / "bin" / "globalcs"), "show", "JP", "--json"],
        cwd=outside,
        capture_output=True,
        text=True,
        check=True,
    )
    assert '"currency": "JPY"' in cli.stdout
    compiled = subprocess.run(
        [str(python), "-c", COMPILED_CHECK],
        cwd=outside,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "compiled ok" in compiled.stdout


COMPILED_CHECK = textwrap.dedent(
    """
    import tomllib
    import globalcs
    from globalcs._data import _compiled, data_dir, read_compiled
    from globalcs.market import _derived

    compiled = _compiled()
    files = sorted(p.relative_to(data_dir()).as_posix() for p in data_dir().rglob("*.toml"))
    assert sorted(k for k in compiled if k.endswith(".toml")) == files, "TOML not all compiled"
    for name in files:
        assert read_compiled(name) == tomllib.loads((data_dir() / name).read_text("utf-8")), name
    assert not list(data_dir().rglob("*.po")), "gettext sources shipped"
    table = _derived._precomputed()
    assert table is not None, "the territory table is missing or does not match the versions"
    for code, facts in table["territories"].items():
        assert facts == _derived._read_territory(code), code
    assert table["cldr_version"] == __import__("babel.core").core.get_cldr_version()
    print("compiled ok", len(files), len(table["territories"]))
    """
)
