"""The navigator beside an open audit: the tree of groups and questions, filters, status icons."""
