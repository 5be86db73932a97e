"""A kiosk that submits requests on SQLite as fast as it can, for the power-cut test.

Prints ``<request id> <pickup code>`` for each request once its transaction
has committed, flushed at once: what the kiosk would have shown a visitor.
"""

from __future__ import annotations

import sys

from kiosk.data.db import open_database
from kiosk.data.services import Services
from kiosk.data.setup import ensure_site


def main(url: str) -> None:
    db = open_database(url)
    services = Services.build(db, ensure_site(db))
    print("ready", flush=True)
    while True:
        result = services.queue.submit([("condoms", 1)])
        print(result.request_id, result.pickup_code, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
