"""coach: a calm terminal coach for the hour after a job rejection."""

from __future__ import annotations

__version__ = "0.1.0"
