"""Signed audit packages: writing, reading hostile input, signatures, merge of histories."""
