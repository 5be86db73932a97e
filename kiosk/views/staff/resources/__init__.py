"""The local services page: a centre's edits to the content pack's resources."""
