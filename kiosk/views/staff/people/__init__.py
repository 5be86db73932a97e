"""The staff page: accounts, roles and PINs."""
