"""Named versions: moments in the workbook's history that a change report can start or end at.

A version records the largest history row id when it was marked: the workbook
"as it was then" is what the history up to that row says (see
:mod:`.changes`). Marking goes through :class:`~.operations.Operations`, so it
is one transaction and is itself recorded in the history. Versions travel with
the file; a merge brings the other copy's versions along (:func:`bring_versions`),
and a term copy leaves them behind with the old term's history. No Qt here.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .models import History, Version
from .clock import utc_now
from .operations import DomainError, Operations, row_of

_DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d")


def versions(session: Session) -> list[Version]:
    """The workbook's versions, oldest first."""
    return list(session.scalars(select(Version).order_by(Version.history_id, Version.marked_at)))


def mark_version(ops: Operations, name: str, note: str | None = None) -> Version:
    """Name the workbook's present moment ``name``; a name already in use is refused."""
    name = " ".join((name or "").split())
    if not name:
        raise DomainError("Anna versiolle nimi.")
    taken = DomainError(f"Versio {name!r} on jo olemassa; anna toinen nimi.")
    with ops.transaction():
        session = ops.session
        if session.scalar(select(Version).where(Version.name == name)) is not None:
            raise taken
        last = session.scalar(select(func.max(History.id))) or 0
        uid = session.scalar(select(History.uid).where(History.id == last)) if last else None
        try:
            return ops.create(Version, name=name, note=note, marked_at=utc_now(), user=ops.user,
                              history_id=last, history_uid=uid)
        except IntegrityError:
            # On the server another user marked the name after the check above and before this
            # insert (their row was not yet committed): the unique name stops it here.
            raise taken from None


@dataclass(frozen=True)
class Moment:
    """A point of the history a change report starts or ends at.

    ``history_id`` bounds it by row (a version); ``before`` by time (a date: rows recorded
    before that UTC time). Neither: now (every row).
    """

    label: str
    history_id: int | None = None
    before: dt.datetime | None = None

    def includes(self, h: Any) -> bool:
        """Whether the history row ``h`` (object or dict) had been recorded at this moment."""
        hid = h["id"] if isinstance(h, dict) else h.id
        at = h["at"] if isinstance(h, dict) else h.at
        if self.history_id is not None:
            return hid <= self.history_id
        if self.before is not None:
            return at < self.before
        return True

    @property
    def is_now(self) -> bool:
        return self.history_id is None and self.before is None


NOW = Moment("nyt")


def _parse_day(text: str) -> dt.date | None:
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def local_time(at: dt.datetime) -> dt.datetime:
    """A time the history records (naive UTC) as this computer's wall clock (naive)."""
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def utc_time(local: dt.datetime) -> dt.datetime:
    """A local wall-clock time as the naive UTC time the history records."""
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def find_moment(session: Session, text: str | None, *, end: bool = False,
                today: dt.date | None = None) -> Moment:
    """The moment ``text`` names: a version's name, a date (20.5.2026 or 2026-05-20), or
    "nyt"/None for now. A date starts the day when it begins a report and ends it when it
    ends one (``end``). An unknown name or a date outside the workbook's life is a
    :class:`DomainError` (one Finnish line)."""
    from .models import Workbook

    if text is None or text.strip().casefold() in ("nyt", "now"):
        return NOW
    wanted = " ".join(text.split())
    version = session.scalar(select(Version).where(Version.name == wanted))
    if version is not None:
        return Moment(version.name, history_id=version.history_id)
    day = _parse_day(text)
    if day is None:
        names = [v.name for v in versions(session)]
        known = f" Versiot: {', '.join(names)}." if names else " Työkirjassa ei ole versioita."
        raise DomainError(f"Versiota tai päivämäärää {text!r} ei ole; anna version nimi tai "
                          f"päivä muodossa 14.3.2026.{known}")
    wb = session.scalar(select(Workbook))
    today = today or dt.date.today()
    born = wb.created_at.date() if wb is not None and wb.created_at else None
    if day > today or (born is not None and day < born):
        since = f"{born.day}.{born.month}.{born.year}" if born else "?"
        raise DomainError(f"Päivä {day.day}.{day.month}.{day.year} ei ole työkirjan ajalta "
                          f"(tehty {since}, tänään {today.day}.{today.month}.{today.year}).")
    start = dt.datetime.combine(day + dt.timedelta(days=1) if end else day, dt.time())
    return Moment(f"{day.day}.{day.month}.{day.year}", before=utc_time(start))


def version_rows(session: Session) -> list[dict[str, Any]]:
    """Every version as a plain row (what a merge takes from the other copy)."""
    return [row_of(v) for v in versions(session)]


def bring_versions(ops: Operations, rows: Iterable[dict[str, Any]], other_name: str) -> list[str]:
    """Add the other copy's versions that this copy lacks (a merge); returns their ids.

    Runs inside the merge's transaction *before* its changes, so that a meeting brought over
    (or edited) can refer to a version of the other copy; no new history row is written here
    (the other copy's row for marking the version comes over with the rest of its history).
    A version is placed at this file's row of the same uid when there is one already, and
    again by :func:`place_versions` once the other copy's rows are in. A name already used
    here for another version gets the other file's name after it.
    """
    added: list[str] = []
    with ops.transaction():
        session = ops.session
        for row in rows:
            if session.get(Version, row["id"]) is not None:
                continue
            row = dict(row)
            if session.scalar(select(Version).where(Version.name == row["name"])) is not None:
                row["name"] = f"{row['name']} ({other_name})"
            session.add(Version(**row))
            added.append(row["id"])
        session.flush()
        place_versions(session, added)
    return added


def place_versions(session: Session, ids: Iterable[str]) -> None:
    """Point the versions ``ids`` at this file's history row of their uid, where it is."""
    ids = list(ids)
    if not ids:
        return
    for version in session.scalars(select(Version).where(Version.id.in_(ids))):
        if version.history_uid:
            here = session.scalar(select(History.id).where(History.uid == version.history_uid))
            if here is not None:
                version.history_id = here
    session.flush()
