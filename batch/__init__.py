"""Extracting a corpus: the same JSON as `quotemark extract`, written to resumable partitions, on one machine or a Dask cluster.

Textual-free and database-free, like analysis/: the command line (tui/extract_command.py) only
parses options and prints what happens here.
"""
