"""Everything on screen (Qt). The kiosk (visitor/), the back office (staff/) and the
public board (board/) share only common/, and never import each other.
"""
