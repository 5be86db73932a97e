"""The stock page: supplies, restocking and adjustments."""
