"""The progress tab of an open audit: the comparison with an earlier audit."""
