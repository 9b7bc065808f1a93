"""A workbook for the next council term, made from the current one. No Qt.

The cooperation agreement is negotiated again every council term, usually
starting from the previous one. :func:`copy_term` makes a NEW workbook file
(its own workbook id, the new term, status back to draft, version 1.0) that
carries over the plan itself, every record keeping its id, fields and place:

  areas, goals, actions and the goal-action links, responsibilities with the
  persons each party designated, indicators with baselines, targets and source
  ids, legal references and their links to goals, parties, persons,
  working-group memberships and forums.

What belongs to the old term stays behind: the yearly follow-up values, the
action statuses, the meetings, the change history and the named versions marked
in it (the new file's history begins with the copy, its source naming the old file);
so does each meeting's tie to the version current at it (``meeting_versions_left``).

A target year outside the new term cannot be stored (the operations refuse
it); such an indicator keeps its target value without the year, and the count
``target_years_cleared`` says how many there were.

The source is opened read-only and never written. The new file is built under
a temporary name by :func:`~..store.workbook_file.create_workbook` and renamed
into place at the end, so a failure or a cancel leaves nothing half-made.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import (
    Action, ActionStatus, Area, Base, Forum, Goal, GoalAction, GoalLegalReference, History,
    Indicator, IndicatorValue, LegalReference, LINK_MODELS, Meeting, Membership, Party, Person,
    Responsibility, ResponsibilityPerson, Version,
)
from .operations import SIBLING_SCOPE, DomainError, Operations, columns, key_of_cls
from .vocab import TERM_YEARS, term_problem

#: What is carried over, in an order where every record comes after what it refers to,
#: with the name of its count.
CARRIED: tuple[tuple[type[Base], str], ...] = (
    (Party, "parties"), (Person, "persons"), (Membership, "memberships"),
    (LegalReference, "legal_references"), (Forum, "forums"), (Area, "areas"), (Goal, "goals"),
    (Action, "actions"), (GoalAction, "goal_actions"), (GoalLegalReference, "goal_legal_references"),
    (Responsibility, "responsibilities"), (ResponsibilityPerson, "responsibility_persons"),
    (Indicator, "indicators"),
)
#: What stays with the old term, with the name of its count.
LEFT_BEHIND: tuple[tuple[type[Base], str], ...] = (
    (IndicatorValue, "values_left"), (ActionStatus, "statuses_left"), (Meeting, "meetings_left"),
    (History, "history_left"), (Version, "versions_left"),
)

Progress = Callable[[int, int], Any]


class TermCopyError(DomainError):
    """The copy cannot be made; the message is for the user (Finnish)."""


def _ordered(session: Session, cls: type[Base]) -> list[Base]:
    """The records of ``cls`` in their order among their siblings (stable for the copy)."""
    order: list = [getattr(cls, name) for name in SIBLING_SCOPE.get(cls, ())]
    if "position" in columns(cls):
        order.append(cls.position)
    order += [getattr(cls, name) for name in key_of_cls(cls)]
    return list(session.scalars(select(cls).order_by(*order)))


def _copy_record(ops: Operations, cls: type[Base], row: dict[str, Any]) -> None:
    if cls in LINK_MODELS:
        link = ops.link(cls, **{name: row[name] for name in key_of_cls(cls)})
        if "position" in row and link.position != row["position"]:
            ops.edit(link, "position", row["position"])
        return
    fields = {name: value for name, value in row.items() if name != "position"}
    obj = ops.create(cls, **fields)
    if "position" in row and obj.position != row["position"]:
        ops.edit(obj, "position", row["position"])


def copy_term(source_path: str | os.PathLike, target_path: str | os.PathLike, term_start: int,
              term_end: int, user: str, progress: Progress | None = None,
              overwrite: bool = False) -> dict[str, int]:
    """Make ``target_path``, the workbook of ``source_path`` for the term ``term_start``-``term_end``.

    Returns counts: carried records by kind (``areas``, ``goals``, ...), what was
    left behind (``values_left``, ``statuses_left``, ``meetings_left``,
    ``history_left``, ``versions_left``, ``meeting_versions_left``) and ``target_years_cleared``. ``progress(done, total)`` is
    called as records are copied; an exception from it (a cancel) stops the copy
    and nothing is written. Raises :class:`TermCopyError`, or the store's
    WorkbookFileError / LockedError, with a message for the user.
    """
    from ..store.workbook_file import open_workbook

    source_path, target_path = Path(source_path), Path(target_path)
    _check(source_path, target_path, term_start, term_end, overwrite)
    with open_workbook(source_path, user, readonly=True) as source:
        return copy_open_workbook(source, target_path, term_start, term_end, user, progress,
                                  overwrite, source_path.name)


def _check(source_path: Path | None, target_path: Path, term_start: int, term_end: int,
           overwrite: bool) -> None:
    problem = term_problem(term_start, term_end)
    if problem:
        raise TermCopyError(problem)
    if source_path is not None and target_path.exists() \
            and target_path.resolve() == source_path.resolve():
        raise TermCopyError("Uusi työkirja ei voi korvata alkuperäistä; valitse toinen tiedosto.")
    if target_path.exists() and not overwrite:
        raise TermCopyError(f"Tiedosto {target_path.name} on jo olemassa.")


def copy_open_workbook(source, target_path: str | os.PathLike, term_start: int, term_end: int,
                       user: str, progress: Progress | None = None, overwrite: bool = False,
                       source_name: str | None = None) -> dict[str, int]:
    """:func:`copy_term` from a workbook already open (a file, or a workbook on the server).

    ``source`` is a WorkbookFile-like object; it is only read, in a session of its own
    (so this may run in a worker thread while the window keeps its own session).
    """
    from ..store.workbook_file import create_workbook

    target_path = Path(target_path)
    local = getattr(source, "path", None) if not getattr(source, "is_server", False) else None
    _check(local, target_path, term_start, term_end, overwrite)
    source_name = source_name or (local.name if local is not None else
                                  getattr(source, "location", "palvelimelta"))
    counts: dict[str, int] = {}
    with source.session() as session:
        wb = source.workbook(session)
        if term_start < wb.term_end:  # a copy to an earlier (or the same) term is a slip
            raise TermCopyError(
                f"Uusi valtuustokausi {term_start}-{term_end} ei ole työkirjan kauden {wb.term} "
                f"jälkeen; anna myöhempi kausi, esim. {wb.term_end}-{wb.term_end + TERM_YEARS}.")
        rows: list[tuple[type[Base], dict[str, Any]]] = []
        for cls, name in CARRIED:
            records = _ordered(session, cls)
            counts[name] = len(records)
            rows += [(cls, {key: getattr(r, key) for key in columns(cls)}) for r in records]
        for cls, name in LEFT_BEHIND:
            counts[name] = session.scalar(select(func.count()).select_from(cls))
        counts["meeting_versions_left"] = session.scalar(
            select(func.count()).select_from(Meeting).where(Meeting.version_id.is_not(None)))
        workbook_fields = {"title": wb.title, "description": wb.description, "version": "1.0",
                           "status": "luonnos", "approved_on": None}
        region = wb.region
        session.rollback()  # end the read transaction before the long write
    cleared = 0
    for cls, row in rows:
        if cls is Indicator and row["target_year"] is not None \
                and not term_start <= row["target_year"] <= term_end:
            row["target_year"] = None
            cleared += 1
    counts["target_years_cleared"] = cleared
    total = len(rows)

    def fill(ops: Operations) -> None:
        ops.source = f"Kopioitu työkirjasta {source_name}"
        if progress is not None:
            progress(0, total)
        for done, (cls, row) in enumerate(rows, start=1):
            _copy_record(ops, cls, row)
            if progress is not None and (done % 50 == 0 or done == total):
                progress(done, total)

    created = create_workbook(target_path, user, region, term_start, term_end, fill=fill,
                              overwrite=overwrite, **workbook_fields)
    created.close()
    return counts
