"""Answering one question: the indicator page, answer editors, history, evidence, guidance."""
