"""A reprinted slip comes out in the visitor's language; old slip files do not stay."""

from __future__ import annotations

import os
import time

from kiosk.config import Config
from kiosk.printing.reprint import SlipBuilder
from tests.printing.pdf_helpers import pdf_text


def test_a_reprint_speaks_the_visitors_language_and_old_slips_go(demo_services, tmp_path):
    config = Config(data_dir=tmp_path, database_url=demo_services.db.url, station_name="staff-pc")
    config.pdf_folder.mkdir(parents=True)
    old = config.pdf_folder / "20261101-080000-000000-pickup-abc.pdf"
    old.write_bytes(b"%PDF-1.4")
    past = time.time() - 2 * 3600
    os.utime(old, (past, past))
    submitted = demo_services.queue.submit([("condoms", 2)], language="fr")
    request = demo_services.queue.status_of(submitted.request_id)

    done = SlipBuilder(config).print(demo_services, request, "en", show_items=False)

    assert not old.exists()
    [slip] = list(config.pdf_folder.glob("*.pdf"))
    assert slip.name == done.file_name
    assert "Votre code de retrait" in pdf_text(slip.read_bytes())
