"""Run the test suite against other versions of the dependencies than the lock's.

``python scripts/drift.py latest`` resolves the newest releases the ranges in
``pyproject.toml`` allow; ``python scripts/drift.py floor`` the lowest version of
each runtime dependency (the development tools stay as locked). Either prints
what differs from ``requirements/dev.txt``, builds ``.venv-latest`` or
``.venv-floor`` with ``uv``, and runs the unit tests there. Neither is part of
``make test``: they say what a release of a dependency would change before the
lock is moved (``make lock``).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "dev.txt"
UV = str(ROOT / ".venv-uv" / "bin" / "uv")
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)(?: ; ([^\\\n]+))?", re.MULTILINE)


def pins(text: str) -> dict[str, str]:
    """Package -> version for this interpreter: a line with a marker that does not hold
    here (the lock is universal: numpy differs below and above Python 3.12) is left out."""
    found: dict[str, str] = {}
    for name, version, marker in PIN.findall(text):
        if marker and not _holds(marker.strip()):
            continue
        found[name.lower()] = version
    return found


def _holds(marker: str) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:  # without packaging, the first line for a package wins
        return True
    return bool(Marker(marker).evaluate())


def uv(*args: str) -> str:
    env = dict(os.environ)
    if "PIP_CERT" in env:
        env.setdefault("SSL_CERT_FILE", env["PIP_CERT"])
    done = subprocess.run([UV, *args], cwd=ROOT, env=env, capture_output=True)
    if done.returncode:
        sys.exit(f"uv {' '.join(args)} failed:\n{done.stderr.decode()}")
    return done.stdout.decode()


def dependencies() -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project: list[str] = tomllib.load(handle)["project"]["dependencies"]
    return project


def resolve(kind: str) -> str:
    here = "{}.{}.{}".format(*sys.version_info[:3])  # this interpreter, as the lock reads
    common = ["pip", "compile", "pyproject.toml", "--python-version", here, "--no-header"]
    if kind == "latest":
        return uv(*common, "--group", "dev", "--upgrade")
    floor = uv(*common, "--resolution", "lowest-direct")  # runtime only
    direct = {re.split(r"[<>=!~\[ ]", spec, maxsplit=1)[0].lower() for spec in dependencies()}
    runtime = {name: version for name, version in pins(floor).items() if name in direct}
    return "".join(f"{name}=={version}\n" for name, version in sorted(runtime.items()))


def main(kind: str) -> int:
    if kind not in ("latest", "floor"):
        print("usage: drift.py latest|floor", file=sys.stderr)
        return 2
    wanted = resolve(kind)
    locked = pins(LOCK.read_text(encoding="utf-8"))
    moved = {
        name: (locked.get(name, "-"), version)
        for name, version in pins(wanted).items()
        if locked.get(name) != version
    }
    print(f"{'package':<28} {'lock':<22} {kind}")
    for name, (old, new) in sorted(moved.items()):
        print(f"{name:<28} {old:<22} {new}")
    if not moved:
        print("(nothing differs from the lock)")
    venv = ROOT / f".venv-{kind}"
    requirements = ROOT / "build" / f"{kind}.txt"
    requirements.parent.mkdir(exist_ok=True)
    requirements.write_text(wanted, encoding="utf-8")
    python = str(venv / "bin" / "python")
    uv("venv", "--clear", "--python", sys.executable, str(venv))
    if kind == "floor":  # the locked tools first, then the runtime floors over them
        uv("pip", "install", "--python", python, "--no-deps", "-r", str(LOCK))
    uv("pip", "install", "--python", python, "--no-deps", "-r", str(requirements))
    uv("pip", "install", "--python", python, "--no-deps", "--no-build-isolation", "-e", ".")
    tests = subprocess.run([python, "-m", "pytest", "-q", "-m", "not wheel"], cwd=ROOT)
    return tests.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
