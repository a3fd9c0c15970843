"""A crash report without local variables, which would print someone's private journal."""

from __future__ import annotations

from typing import Any

from textual.app import App


def report_without_locals(app: App[Any]) -> None:
    """Textual's crash report, with the bare traceback instead of one showing locals."""
    import rich
    from rich.segment import Segments
    from rich.traceback import Traceback

    app.bell()
    traceback = Traceback(show_locals=False, width=None, suppress=[rich])
    # Textual's own _fatal_error does the same with show_locals=True.
    app._exit_renderables.append(Segments(app.console.render(traceback, app.console.options)))
    app._close_messages_no_wait()
