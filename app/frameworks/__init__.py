"""Reading, validating and writing framework workbooks (XLSForm-compatible) and their sources."""
