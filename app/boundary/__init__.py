"""The trust boundary: every file Jalon reads is opened as what it claims to be, and every text
Jalon writes is made safe for where it lands (a spreadsheet cell, a terminal).

Below the storage, exchange, reports and frameworks layers so that all of them share one
opener and one cell writer; above the domain, which knows nothing of files.
"""
