"""Making the Keski-Suomi demo workbook file: the command line's ``demo``, the window's first
start, the self-test and the tests' fixtures all make it here."""
from __future__ import annotations

from pathlib import Path


def create_demo(path: Path, user: str, overwrite: bool = False):
    """A new demo workbook file at ``path``, open (the caller closes it)."""
    from ..domain.demo import fill_demo, load_demo_data, workbook_fields
    from .workbook_file import create_workbook

    data = load_demo_data()
    return create_workbook(path, user, fill=lambda ops: fill_demo(ops, data), overwrite=overwrite,
                           **workbook_fields(data))
