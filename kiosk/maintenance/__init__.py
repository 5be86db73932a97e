"""Looking after an installed kiosk system: backup, restore, doctor, content export.

Plain Python (no Qt), driven by ``kiosk-admin``; each module owns one job and
reports what it did, or a :class:`~kiosk.errors.KioskError` saying plainly
what is wrong.
"""
