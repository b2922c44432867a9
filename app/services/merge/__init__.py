"""Merging packages into this installation, and the conflicts merges leave.

merge_service runs a merge (verify ahead, write in order, receipts); merge_planner works out in
memory what one package changes; arrival and new_history are what is done ahead of the write
(for a new audit, in the helper process of process_verifier); conflict_service lists and
resolves the conflicts. The per-answer rule is in app/exchange/merge/, the one durable write in
app/storage/merge_repository.py.
"""
