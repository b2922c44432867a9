"""An open audit: the workspace window, its header, commands, autosave, finalize and reopen."""
