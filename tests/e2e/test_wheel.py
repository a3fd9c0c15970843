"""The built wheel installs into a new venv and works, content included."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.once import once_per_run

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("uv") is None, reason="needs uv to build")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the freshly built wheel installed; returns its bin dir.

    Built once per run: the tests only run what is installed.
    """
    return once_per_run(tmp_path_factory, "wheel", _build_and_install) / "venv" / "bin"


def _build_and_install(work: Path) -> None:
    """Build the wheel into work/dist and install it into a new venv at work/venv."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIRTUAL_ENV")}
    subprocess.run(
        ["uv", "build", "--wheel", "--out-dir", str(work / "dist"), str(ROOT)],
        check=True,
        capture_output=True,
        env=env,
    )
    wheel = next((work / "dist").glob("coach-*.whl"))
    subprocess.run(
        ["uv", "venv", "--python", sys.executable, str(work / "venv")],
        check=True,
        capture_output=True,
        env=env,
    )
    python = work / "venv" / "bin" / "python"
    subprocess.run(
        ["uv", "pip", "install", "--python", str(python), str(wheel)],
        check=True,
        capture_output=True,
        env=env,
    )


def run(bin_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # Run from a folder outside the checkout so nothing is found by accident.
    return subprocess.run(
        [str(bin_dir / "coach"), *args], capture_output=True, text=True, cwd=cwd, timeout=60
    )


def test_the_wheel_runs_version_and_locate(installed: Path, tmp_path: Path) -> None:
    version = run(installed, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("coach ")
    where = run(installed, "locate", "--data-dir", str(tmp_path / "d"), cwd=tmp_path)
    assert where.returncode == 0 and str(tmp_path / "d" / "journal.json") in where.stdout


def test_the_wheel_carries_the_content(installed: Path, tmp_path: Path) -> None:
    script = (
        "import coach.content as c, pathlib\n"
        "folder = c.shipped_content_dir()\n"
        "assert '_content' in str(folder), folder\n"
        "assert any(pathlib.Path(folder).rglob('*.md'))\n"
        "result = c.load_content(None)\n"
        "assert not result.problems, result.problems\n"
        "assert result.content.templates\n"
        "print('ok')\n"
    )
    run_ = subprocess.run(
        [str(installed / "python"), "-c", script], capture_output=True, text=True, cwd=tmp_path
    )
    assert run_.stdout.strip() == "ok", run_.stderr


def test_the_wheel_opens_the_home_screen(installed: Path, tmp_path: Path) -> None:
    script = (
        "import asyncio\n"
        "from coach.journal import Journal\n"
        "from screens.app import make_app\n"
        "from screens.home.home import HomeScreen\n"
        "async def main():\n"
        f"    journal = Journal.open(__import__('pathlib').Path({str(tmp_path)!r}) / 'j.json')\n"
        "    app = make_app(journal=journal)\n"
        "    async with app.run_test(size=(80, 24)) as pilot:\n"
        "        await pilot.pause()\n"
        "        assert isinstance(app.screen, HomeScreen), app.screen\n"
        "    print('ok')\n"
        "asyncio.run(main())\n"
    )
    run_ = subprocess.run(
        [str(installed / "python"), "-c", script], capture_output=True, text=True, cwd=tmp_path
    )
    assert run_.stdout.strip().endswith("ok"), run_.stderr
