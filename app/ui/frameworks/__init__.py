"""Installing and upgrading frameworks."""
