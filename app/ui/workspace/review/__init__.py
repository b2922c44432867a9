"""The review tab of an audit under review, and the review comments under each question."""
