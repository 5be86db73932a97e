"""The audit page: what staff did, for admins."""
