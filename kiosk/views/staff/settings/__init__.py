"""The settings page: every site setting with its meaning, for admins."""
