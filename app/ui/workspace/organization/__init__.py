"""The organization tab of an open audit: the institution's profile questions."""
