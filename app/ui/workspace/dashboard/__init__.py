"""The dashboard tab of an open audit and its hand-drawn charts."""
