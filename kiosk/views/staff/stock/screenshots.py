"""Render Stock (with its notices, a delivery and a history), Audit and Settings at 1920x1080 and 1280x800.

``python -m kiosk.views.staff.stock.screenshots DIR`` writes the PNG files.
The demo site gets deliveries with lots and expiry dates, corrections and a
settings change through the real services first.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from kiosk.data.demo_queue import demo_admin
from kiosk.data.inventory import Receipt
from kiosk.data.services import Services
from kiosk.views.common.screenshots import SIZES, demo_site, save_png, settle
from kiosk.views.common.sounds import SoundBoard
from kiosk.views.staff.shell.screenshots import QUIET, with_dialog


def stock_news(services: Services) -> None:
    """Deliveries from a donor and a purchase, a lot close to its date, a count and a supply running low."""
    name, pin = demo_admin()
    admin = services.staff.sign_in(name, pin).actor
    today = dt.date.today()
    inventory = services.inventory
    inventory.restock(
        "naloxone-nasal", 24, admin, "two cases",
        Receipt("donation", "Public health unit", "NX-4471", today + dt.timedelta(days=540)),
    )
    inventory.restock(
        "fentanyl-test-strips", 100, admin, "",
        Receipt("purchase", "Harm reduction supply co-op", "FT-0925", today + dt.timedelta(days=41)),
    )
    later = Receipt("purchase", "", "FT-1126", today + dt.timedelta(days=400))
    inventory.restock("fentanyl-test-strips", 150, admin, "", later)
    inventory.adjust("fentanyl-test-strips", -25, "count_correction", admin)
    inventory.restock("socks", 40, admin, "", Receipt("partner_transfer", "Shelter on 5th"))
    socks = inventory.supply("condoms")
    inventory.adjust("condoms", socks.low_stock_at - socks.stock, "given_outside_queue", admin, "outreach van")
    services.settings.update(by=admin, expiry_warning_days=45)


def render(out_dir: Path) -> list[Path]:
    from kiosk.views.staff.shell.window import StaffWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-stock-shots-") as tmp:
        services, config = demo_site(Path(tmp))
        stock_news(services)
        name, pin = demo_admin()
        admin = services.staff.sign_in(name, pin)
        for width, height in SIZES:
            window = StaffWindow(
                lambda: services, config, QUIET, "en", SoundBoard(None, silent=True), lambda: ("idle", "")
            )
            window.resize(width, height)
            window.show()
            window.start()
            settle(lambda: window.link.online and not window.link.busy)  # noqa: B023 - used at once
            window._on_signed_in(admin)
            tag = f"{width}x{height}"
            written += _pages(window, out_dir, tag)
            window.shutdown()
            window.close()
            window.deleteLater()
            settle(lambda: True, 0.1)
        services.db.dispose()
    return written


def _pages(window: object, out_dir: Path, tag: str) -> list[Path]:
    from kiosk.views.staff.shell.window import StaffWindow

    assert isinstance(window, StaffWindow)
    workspace = window.workspace
    written: list[Path] = []

    def idle() -> bool:
        return not window.link.busy

    stock = workspace.stock_page
    workspace.show_page("stock")
    settle(lambda: idle() and stock.model.rowCount() > 0 and bool(workspace.stock_notice.showing()))
    stock.select_supply("fentanyl-test-strips")
    written.append(save_png(window.grab(), out_dir, f"staff-stock-{tag}"))
    stock.buttons["restock"].click()
    if stock.dialog is not None:
        written.append(save_png(with_dialog(window, stock.dialog), out_dir, f"staff-receive-{tag}"))
        stock.dialog.reject()
    stock.buttons["history"].click()
    settle(lambda: stock.dialog is not None and stock.dialog.isVisible())
    if stock.dialog is not None:
        written.append(save_png(with_dialog(window, stock.dialog), out_dir, f"staff-stock-history-{tag}"))
        stock.dialog.reject()
    for name in ("audit", "settings"):
        workspace.show_page(name)
        page = workspace.pages[name]
        settle(lambda: idle() and page.isVisible())  # noqa: B023 - used at once
        settle(lambda: True, 0.2)
        written.append(save_png(window.grab(), out_dir, f"staff-{name}-{tag}"))
    return written


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    args = sys.argv[1:] if argv is None else argv
    app = QApplication.instance() or QApplication([])
    for path in render(Path(args[0] if args else "screenshots")):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
