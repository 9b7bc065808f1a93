"""The workbook's data and the one set of operations that change it. No Qt here."""
