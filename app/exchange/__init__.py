"""Signed audit packages: keys, minisign signatures, package files, encryption, history merge.

No Qt and no SQL here: the services layer feeds this code and stores what it returns.
"""
