"""Drop-in kiosk: visitor kiosk, staff back office and admin tools."""

__version__ = "0.1.0"
