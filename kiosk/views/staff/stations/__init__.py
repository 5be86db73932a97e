"""The stations page: which kiosks, staff PCs and boards are alive, and their printers."""
