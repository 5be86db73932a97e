"""kiosk-display: the public board of pickup codes being prepared and ready."""
