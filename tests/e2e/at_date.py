"""Runs coach as if today were another day: `python -m tests.e2e.at_date DATE DATA_DIR`.

The tmux tests use it to open the app "two days later"; the clock is injected
the same way the Pilot tests do it, through make_app.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from coach.journal import Journal
from coach.paths import locate
from screens.app import make_app


def main(argv: list[str]) -> int:
    """Open the app over DATA_DIR with the clock set to DATE (at the current time of day)."""
    day = date.fromisoformat(argv[0])
    places = locate(Path(argv[1]))
    journal = Journal.open(places.journal)
    app = make_app(
        journal=journal,
        places=places,
        clock=lambda: datetime.combine(day, datetime.now().time()).replace(microsecond=0),
    )
    app.run()
    return app.return_code or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
