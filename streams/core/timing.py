"""Per-stage timings, measured inside the core and handed out as plain values.

The core never talks to a metrics library: it returns how long each stage took (an errors-as-values
style for time), and the runtime turns that into the ``newsstream_stage_duration_seconds`` histogram.
"""

from __future__ import annotations

import time

Timings = tuple[tuple[str, float], ...]


class Stopwatch:
    """Laps named after pipeline stages: ``lap("parse")`` records the time since the previous lap."""

    def __init__(self) -> None:
        self.laps: list[tuple[str, float]] = []
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps.append((stage, now - self._last))
        self._last = now

    def timings(self) -> Timings:
        return tuple(self.laps)
