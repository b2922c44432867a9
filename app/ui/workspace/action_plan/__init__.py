"""The action plan tab of an open audit: the actions and their editor."""
