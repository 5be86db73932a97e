"""The alerts page: drug alerts and notices for the kiosks' start screen."""
