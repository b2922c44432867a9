"""Benchmarks: each compares Jalon against a baseline measured in the same run."""
