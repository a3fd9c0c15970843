"""A real terminal for tests: tmux runs coach, send-keys types, capture-pane reads."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HAS_TMUX = shutil.which("tmux") is not None


class Terminal:
    """One tmux session running one command at a fixed size."""

    def __init__(
        self, *args: str, width: int = 80, height: int = 24, module: str = "coach"
    ) -> None:
        self.name = f"coach-test-{uuid.uuid4().hex[:8]}"
        self.socket = f"coach-{self.name}"
        command = " ".join(_quote(a) for a in (sys.executable, "-m", module, *args))
        env = {**os.environ, "TERM": "xterm-256color"}
        env.pop("TMUX", None)
        self._tmux(
            "new-session",
            "-d",
            "-s",
            self.name,
            "-x",
            str(width),
            "-y",
            str(height),
            f"cd {_quote(str(ROOT))} && exec {command}",
            env=env,
        )

    def _tmux(self, *args: str, env: dict[str, str] | None = None) -> str:
        run = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, env=env, check=False
        )
        return run.stdout

    def screen(self) -> str:
        """What the terminal shows now."""
        return self._tmux("capture-pane", "-p", "-t", self.name)

    def wait_for(self, text: str, timeout: float = 15.0) -> str:
        """Wait until text is on screen; fail with the screen if it never comes."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared. The screen:\n{self.screen()}")

    def wait_gone(self, text: str, timeout: float = 15.0) -> str:
        """Wait until text is off screen (a dialog has closed); fail with the screen if it stays."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text not in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never went. The screen:\n{self.screen()}")

    def cursor(self) -> tuple[int, int]:
        """Where the terminal's cursor is: (column, row), from 0."""
        shown = self._tmux("display-message", "-p", "-t", self.name, "#{cursor_x} #{cursor_y}")
        x, y = shown.split()
        return int(x), int(y)

    def wait_for_cursor_after(self, text: str, timeout: float = 15.0) -> None:
        """Wait until the cursor sits just after text on screen (a key like End has landed)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            rows = self.screen().split("\n")
            ends = {(row.index(text) + len(text), y) for y, row in enumerate(rows) if text in row}
            if self.cursor() in ends:
                return
            time.sleep(0.05)
        raise AssertionError(
            f"the cursor never came to rest after {text!r}: it is at {self.cursor()}. "
            f"The screen:\n{self.screen()}"
        )

    def type(self, text: str) -> None:
        """Type literal text, a key at a time as a person would (never as a paste)."""
        for char in text:
            self._tmux("send-keys", "-t", self.name, "-l", char)
            time.sleep(0.01)
        time.sleep(0.15)

    def press(self, *keys: str) -> None:
        """Press named keys (Enter, Escape, C-n, Down...)."""
        for key in keys:
            self._tmux("send-keys", "-t", self.name, key)
            time.sleep(0.25)

    def alive(self) -> bool:
        """Whether the session (and so coach) still runs."""
        run = subprocess.run(
            ["tmux", "-L", self.socket, "has-session", "-t", self.name], capture_output=True
        )
        return run.returncode == 0

    def pid(self) -> int:
        """The process id of the command in the pane."""
        return int(self._tmux("display-message", "-p", "-t", self.name, "#{pane_pid}").strip())

    def close(self) -> None:
        """End the session and its server."""
        self._tmux("kill-server")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"
