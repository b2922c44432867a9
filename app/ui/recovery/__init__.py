"""Keeping the database safe: recovery from a backup at start-up, preparing a stick for removal."""
