"""Yhteistyö: the strategic goals workbook of a region's municipalities and wellbeing services county."""

__version__ = "0.1.0"
