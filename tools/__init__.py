"""Build scripts for a source checkout (translations, the error catalog, the shipped framework
workbooks); not part of the installed application."""
