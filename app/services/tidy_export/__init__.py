"""The tidy export of many audits (Parquet or CSV tables for analysts): the service, its worker
processes, the scores they compute and the manifest written beside the tables."""
