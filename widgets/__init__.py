"""Widgets that render given data and post messages; they never open files or the database."""
