"""The `jalon` command line: every capability scriptable, testable without a display."""
