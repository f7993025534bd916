"""Benchmarks: each prints its figures and the ratio to a baseline run in the same process."""
