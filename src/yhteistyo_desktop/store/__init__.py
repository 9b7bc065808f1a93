"""Workbook files: create, open (checking and migrating), lock, copy."""
