"""Widgets and helpers used by several features: error messages, labels, background tasks."""
