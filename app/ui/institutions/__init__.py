"""Institutions in the desktop application: an institution's page with its audits and
timeline, and merging two records found to be one institution."""
