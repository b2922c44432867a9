"""Use cases shared by the user interface, the command line and the tests. No Qt, no SQL."""
