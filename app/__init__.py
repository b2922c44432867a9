"""Jalon: offline-first social performance audits."""

__version__ = "0.1.0"
