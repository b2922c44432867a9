"""The home page: the list of audits and starting a new one; the head office's portfolio."""
