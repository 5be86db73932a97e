"""What the three windows share: the station link to the database and its worker, the
change notifier, the desktop QApplication and crash handler, sounds, i18n, touch,
icons, the on-screen QR code, timings and screenshot helpers.
"""
