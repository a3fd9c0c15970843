"""`python -m coach` runs the same command line as `coach`."""

from __future__ import annotations

import sys

from coach.start import main

sys.exit(main())
