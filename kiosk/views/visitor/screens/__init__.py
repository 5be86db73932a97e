"""One module per visitor screen; the window imports each when first needed."""
