"""Exchanging audits: packages out and in, signing keys, trusted signers, conflicts, and the
fill-in workbook import."""
