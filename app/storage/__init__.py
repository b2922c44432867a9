"""The only code that knows tables and SQL."""
