"""The merge rule, as pure functions of revisions: one answer's history as a graph and what it
implies (revision_graph), and one audit's histories merged (history_merge). The services that
run merges are in app/services/merge/.
"""
