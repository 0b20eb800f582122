"""run.sh and test.sh: a plain message when no supported Python is found, a .venv made by another
Python rebuilt; the lock files hold every pin of the requirement files, with hashes, and the
production lock leaves out the emulator's server and the development tools."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SCRIPT = PROJECT / "deploy" / "python-env.sh"


def fake_python(folder: Path, name: str, version: str) -> Path:
    """An interpreter that answers the version checks of python-env.sh like Python `version`."""
    major, minor = (int(part) for part in version.split("."))
    path = folder / name
    path.write_text(
        "#!/bin/sh\n"
        f'case "$*" in *--version*) echo "Python {version}.0";; '
        f'*sys.exit*) [ {minor} -ge 11 ] && [ {major} -ge 3 ];; *version_info*) echo "{version}";; esac\n'
    )
    path.chmod(0o755)
    return path


def shell(script: str, folder: Path, path: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": path, "HOME": str(folder)}
    return subprocess.run(
        ["/bin/bash", "-c", f"source {SCRIPT}; {script}"], cwd=folder, env=env, capture_output=True, text=True, timeout=30
    )


def test_an_old_python_stops_with_a_plain_message(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_python(bin_dir, "python3", "3.10")
    done = shell("prepare_venv requirements.lock", tmp_path, str(bin_dir))  # no other Python on the PATH
    assert done.returncode == 1
    assert "This bot needs Python 3.11 or newer, and found Python 3.10.0." in done.stderr
    assert "PYTHON=/path/to/python3.11" in done.stderr
    assert not (tmp_path / ".venv").exists()


def test_python311_is_preferred_and_python_overrides(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_python(bin_dir, "python3", "3.12")
    fake_python(bin_dir, "python3.11", "3.11")
    custom = fake_python(tmp_path, "mypython", "3.13")
    assert shell("find_python", tmp_path, str(bin_dir)).stdout.strip() == str(bin_dir / "python3.11")
    assert shell(f"PYTHON={custom} find_python", tmp_path, str(bin_dir)).stdout.strip() == str(custom)


def test_a_venv_made_by_another_python_is_rebuilt(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    venv_bin = tmp_path / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    fake_python(venv_bin, "python", "3.10")  # left by an earlier run with Python 3.10
    real = subprocess.run(["/bin/sh", "-c", "command -v python3.11 || command -v python3"], capture_output=True, text=True)
    os.symlink(real.stdout.strip(), bin_dir / "python3")
    done = shell("prepare_venv /dev/null", tmp_path, f"{bin_dir}:/usr/bin:/bin")
    assert done.returncode == 0, done.stderr
    assert ".venv was made by Python 3.10; rebuilding it with Python 3.1" in done.stderr
    rebuilt = subprocess.run([str(venv_bin / "python"), "--version"], capture_output=True, text=True)
    assert rebuilt.stdout.startswith("Python 3.1") and "3.10" not in rebuilt.stdout


def pins(path: Path) -> dict[str, str]:
    found = {}
    for line in path.read_text().splitlines():
        if line.startswith("-r "):
            found |= pins(path.parent / line.split()[1])
        match = re.match(r"^([A-Za-z0-9_.-]+)(?:\[[a-z,]+\])?==([^\s;\\]+)", line)
        if match:
            found[match.group(1).lower().replace("_", "-")] = match.group(2)
    return found


def test_the_locks_hold_every_pin_with_hashes() -> None:
    for source, lock in (("requirements.txt", "requirements.lock"), ("requirements-dev.txt", "requirements-dev.lock")):
        locked = pins(PROJECT / lock)
        for name, version in pins(PROJECT / source).items():
            assert locked.get(name) == version, f"{lock} is stale for {name}: run the pip-compile line of README"
        text = (PROJECT / lock).read_text()
        entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n\n", 1)[-1])
        assert all("--hash=sha256:" in entry for entry in entries if "==" in entry), lock
    production = pins(PROJECT / "requirements.lock")
    assert not {"waitress", "pytest", "ruff", "hypothesis", "pip-tools"} & set(production)
    assert {"waitress", "pytest"} <= set(pins(PROJECT / "requirements-dev.lock"))
