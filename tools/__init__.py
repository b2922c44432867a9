"""Build scripts for a source checkout (translations, the error catalog); not part of the
installed application."""
