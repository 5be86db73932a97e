"""The timers every station window shares, so tests can make them short."""

from __future__ import annotations

from dataclasses import dataclass

#: kiosk.data.stations.HEARTBEAT_EVERY_S, without importing the data layer early.
HEARTBEAT_EVERY_MS = 30_000


@dataclass(frozen=True)
class StationTimings:
    """How often a station beats, retries an unreachable database and polls the change feed."""

    heartbeat_ms: int = HEARTBEAT_EVERY_MS
    retry_ms: int = 5_000
    feed_interval_s: float = 0.1
