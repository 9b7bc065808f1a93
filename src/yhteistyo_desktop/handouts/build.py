"""``build_handout``: the one entry point the GUI and the command line call.

The GUI runs it in a worker thread with its own session and a progress dialog;
``progress(done, total)`` is called as sections are built and laid out, and
may raise :class:`Cancelled`. Nothing here changes the workbook.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import Meeting, Party, Workbook
from . import followup_doc, meeting_doc, party_doc, workbook_doc
from ..gcpolicy import young_objects_only
from ..store.workbook_file import check_output_path
from .blocks import Blocks
from .catalog import KINDS, LANGUAGES, texts
from .data import load
from .document import Metadata, PageFrame, Plan, Progress, write_pdf
from .errors import HandoutError

_LANG_TAGS = {"fi": "fi-FI", "sv": "sv-FI"}


@young_objects_only()  # see gcpolicy: a third faster, and the window stays live
def build_handout(session: Session, kind: str, out_path: str | os.PathLike, *,
                  meeting_id: str | None = None, year: int | None = None,
                  party_id: str | None = None, lang: str = "fi",
                  progress: Progress | None = None, author: str | None = None,
                  today: dt.date | None = None, source: str | os.PathLike | None = None,
                  with_changes: bool = False) -> Path:
    """Write the ``kind`` handout of the workbook in ``session`` to ``out_path`` (PDF).

    ``meeting`` needs ``meeting_id``, ``followup`` needs ``year``, ``party`` needs
    ``party_id``; ``with_changes`` adds the changes since the previous meeting to a meeting's
    handout. ``author`` goes into the PDF's properties (default: the region).
    Raises :class:`HandoutError` with a Finnish message for a request that cannot be
    met, and whatever ``progress`` raises (:class:`Cancelled`); in both cases no file
    is written. ``source`` is the workbook file read: the output never replaces it, nor any
    other workbook (the store's output-path rule, checked before any work is done).
    """
    check_output_path(out_path, source)
    if kind not in KINDS:
        raise HandoutError(f"Tuntematon moniste {kind!r} (vaihtoehdot: {', '.join(KINDS)}).")
    if lang not in LANGUAGES:
        raise HandoutError(f"Tuntematon kieli {lang!r} (vaihtoehdot: {', '.join(LANGUAGES)}).")
    t = texts(lang)
    data = load(session, values=kind != "workbook")
    blocks = Blocks(data, t)
    plan = _plan(session, kind, blocks, meeting_id, year, party_id, with_changes)
    return write_plan(data.workbook, plan, out_path, t, progress, author, today, source)


def write_plan(wb, plan: Plan, out_path: str | os.PathLike, t, progress: Progress | None = None,
               author: str | None = None, today: dt.date | None = None,
               source: str | os.PathLike | None = None) -> Path:
    """Write ``plan`` with the pages every handout has (the workbook ``wb`` in the header)."""
    page = PageFrame(
        header_left=wb.title,
        header_right=f"{wb.region} {wb.term.replace('-', '–')}",
        footer_center=plan.name,
        footer_right=t.date(today or dt.date.today()),
        page_label=t.t("page", page="{page}", total="{total}"),
        watermark=t.t("watermark") if wb.status == "luonnos" else None)
    meta = Metadata(title=f"{plan.name} – {wb.title}", author=author or wb.region,
                    subject=plan.name, lang=_LANG_TAGS[t.lang])
    return write_pdf(out_path, page, meta, plan.sections, progress, source)


@young_objects_only()
def build_changes(session: Session, report, out_path: str | os.PathLike, *, lang: str = "fi",
                  progress: Progress | None = None, author: str | None = None,
                  today: dt.date | None = None, source: str | os.PathLike | None = None) -> Path:
    """Write the change report ``report`` (:mod:`..domain.changes`) of the workbook in
    ``session`` to ``out_path`` (PDF); the same rules as :func:`build_handout`."""
    from . import changes_doc  # its own module: loaded only for this report

    check_output_path(out_path, source)
    if lang not in LANGUAGES:
        raise HandoutError(f"Tuntematon kieli {lang!r} (vaihtoehdot: {', '.join(LANGUAGES)}).")
    t = texts(lang)
    wb = session.scalar(select(Workbook))
    return write_plan(wb, changes_doc.plan(report, t), out_path, t, progress, author, today,
                      source)


def _plan(session: Session, kind: str, blocks: Blocks, meeting_id: str | None,
          year: int | None, party_id: str | None, with_changes: bool = False) -> Plan:
    if kind == "workbook":
        return workbook_doc.plan(blocks)
    if kind == "followup":
        if year is None:
            raise HandoutError("Vuosiseurantaa varten anna vuosi (--year).")
        wb = blocks.data.workbook
        if not wb.term_start <= year <= wb.term_end:
            raise HandoutError(f"Vuosi {year} ei ole työkirjan valtuustokaudella; anna vuosi "
                               f"väliltä {wb.term_start}–{wb.term_end}.")
        return followup_doc.plan(blocks, year)
    if kind == "meeting":
        meeting = session.get(Meeting, meeting_id) if meeting_id else None
        if meeting is None:
            raise HandoutError("Valitse kokous, jonka materiaali tulostetaan (--meeting).")
        return meeting_doc.plan(blocks, session, meeting, with_changes)
    party = session.get(Party, party_id) if party_id else None
    if party is None:
        raise HandoutError("Valitse osapuoli, jonka vastuut tulostetaan (--party).")
    return party_doc.plan(blocks, party)
