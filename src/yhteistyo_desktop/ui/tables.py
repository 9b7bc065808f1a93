"""Sortable, filterable tables of actions, indicators, parties, persons, laws and forums."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QEvent, QLocale, QModelIndex, QObject,
    QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain import vocab
from ..domain.models import (
    Action, Forum, Indicator, LegalReference, Meeting, Party, Person, Responsibility,
)
from ..domain.numbering import session_goal_numbers
from .followup_view import yes_no_label
from .labels import label
from .tree_model import IdRole, RecordRole


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[..., Any]
    # True: ``value(record, goal_numbers)``, for cells that name a goal by its one number.
    numbered: bool = False


@dataclass(frozen=True)
class TableSpec:
    title: str
    columns: list[Column]
    query: Callable


def _years(first, second) -> str:
    return " / ".join(str(v) for v in (first, second) if v)


def _value(value, year, kind: str = "") -> str:
    """A level with its year; a yes/no indicator's stored "kyllä" in the window's language."""
    value = yes_no_label(value, kind) if value else value
    return f"{value} ({year})" if value and year else (value or "")


TABLES: dict[type, TableSpec] = {
    Action: TableSpec(QT_TRANSLATE_NOOP("Tables", "Toimenpiteet"), [
        Column(QT_TRANSLATE_NOOP("Tables", "Toimenpide"), lambda a: a.title),
        Column(QT_TRANSLATE_NOOP("Tables", "Tavoitteet (kpl)"), lambda a: len(a.goal_links)),
        Column(QT_TRANSLATE_NOOP("Tables", "Vastuutahot"), lambda a: ", ".join(
            dict.fromkeys(r.party.short_name or r.party.name for r in a.responsibilities))),
        Column(QT_TRANSLATE_NOOP("Tables", "Aikataulu"), lambda a: a.schedule or ""),
    ], lambda q: q.options(selectinload(Action.goal_links),
                           selectinload(Action.responsibilities).selectinload(Responsibility.party))
        .order_by(Action.position)),
    Indicator: TableSpec(QT_TRANSLATE_NOOP("Tables", "Mittarit"), [
        Column(QT_TRANSLATE_NOOP("Tables", "Mittari"), lambda i: i.title),
        Column(QT_TRANSLATE_NOOP("Tables", "Kohde"), lambda i, numbers: (
            f"{numbers.get(i.goal.id, '')} {i.goal.title}".strip() if i.goal else i.action.title),
            numbered=True),
        Column(QT_TRANSLATE_NOOP("Tables", "Laji"), lambda i: label(vocab.INDICATOR_KINDS, i.kind)),
        Column(QT_TRANSLATE_NOOP("Tables", "Lähtötaso"), lambda i: _value(i.baseline_value, i.baseline_year, i.kind)),
        Column(QT_TRANSLATE_NOOP("Tables", "Tavoitetaso"), lambda i: _value(i.target_value, i.target_year, i.kind)),
        Column(QT_TRANSLATE_NOOP("Tables", "Lähde"), lambda i: i.source_id or ""),
    ], lambda q: q.options(selectinload(Indicator.goal), selectinload(Indicator.action))
        .order_by(Indicator.position)),
    Party: TableSpec(QT_TRANSLATE_NOOP("Tables", "Osapuolet"), [
        Column(QT_TRANSLATE_NOOP("Tables", "Nimi"), lambda p: p.name),
        Column(QT_TRANSLATE_NOOP("Tables", "Laji"), lambda p: label(vocab.PARTY_KINDS, p.kind)),
        Column(QT_TRANSLATE_NOOP("Tables", "Y-tunnus"), lambda p: p.business_id or ""),
        Column(QT_TRANSLATE_NOOP("Tables", "Osoite"), lambda p: ", ".join(
            x for x in (p.street, " ".join(y for y in (p.postal_code, p.city) if y)) if x)),
    ], lambda q: q.order_by(Party.position)),
    Person: TableSpec(QT_TRANSLATE_NOOP("Tables", "Henkilöt"), [
        Column(QT_TRANSLATE_NOOP("Tables", "Nimi"), lambda p: p.name),
        Column(QT_TRANSLATE_NOOP("Tables", "Tehtävä"), lambda p: p.title or ""),
        Column(QT_TRANSLATE_NOOP("Tables", "Organisaatio"), lambda p: p.party.name if p.party else ""),
        Column(QT_TRANSLATE_NOOP("Tables", "Työryhmä"), lambda p: label(
            vocab.MEMBERSHIP_ROLES, p.memberships[0].role) if p.memberships else ""),
    ], lambda q: q.options(selectinload(Person.party), selectinload(Person.memberships))
        .order_by(Person.position)),
    Meeting: TableSpec(QT_TRANSLATE_NOOP("Tables", "Kokoukset"), [
        Column(QT_TRANSLATE_NOOP("Tables", "Aika"), lambda m: m.starts_at),
        Column(QT_TRANSLATE_NOOP("Tables", "Kokous"), lambda m: m.title),
        Column(QT_TRANSLATE_NOOP("Tables", "Foorumi"), lambda m: m.forum.name if m.forum else ""),
        Column(QT_TRANSLATE_NOOP("Tables", "Paikka"), lambda m: m.place or ""),
    ], lambda q: q.options(selectinload(Meeting.forum)).order_by(Meeting.starts_at)),
    LegalReference: TableSpec(QT_TRANSLATE_NOOP("Tables", "Lakiperustat"), [
        Column(QT_TRANSLATE_NOOP("Tables", "Laki"), lambda r: r.law),
        Column(QT_TRANSLATE_NOOP("Tables", "Nimi"), lambda r: r.law_name or ""),
        Column(QT_TRANSLATE_NOOP("Tables", "Pykälä"), lambda r: r.section or ""),
        Column(QT_TRANSLATE_NOOP("Tables", "Kuvaus"), lambda r: (r.description or "").split("\n")[0]),
    ], lambda q: q.order_by(LegalReference.position)),
    Forum: TableSpec(QT_TRANSLATE_NOOP("Tables", "Foorumit"), [
        Column(QT_TRANSLATE_NOOP("Tables", "Taso"), lambda f: f.level),
        Column(QT_TRANSLATE_NOOP("Tables", "Nimi"), lambda f: f.name),
    ], lambda q: q.order_by(Forum.level, Forum.position)),
}


class RecordTableModel(QAbstractTableModel):
    """Rows of one kind of record; values computed once per reload."""

    def __init__(self, cls: type, parent: QObject | None = None):
        super().__init__(parent)
        self.cls = cls
        spec = TABLES[cls]
        self.title, self.columns, self._query = spec.title, spec.columns, spec.query
        self._session: Session | None = None
        self._ids: list[str] = []
        self._rows: list[list[Any]] = []

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids, self._rows = [], []
        if self._session is not None:
            records = list(self._session.scalars(self._query(select(self.cls))))
            self._ids = [r.id for r in records]
            numbers = session_goal_numbers(self._session) \
                if any(c.numbered for c in self.columns) else {}
            self._rows = [[c.value(r, numbers) if c.numbered else c.value(r) for c in self.columns]
                          for r in records]
        self.endResetModel()

    def row_of(self, ident: str) -> int:
        try:
            return self._ids.index(ident)
        except ValueError:
            return -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return QCoreApplication.translate("Tables", self.columns[section].header)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole and isinstance(value, dt.datetime):
            return QLocale().toString(value.date(), "d.M.yyyy") + value.strftime(" %H.%M")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return value if role == Qt.ItemDataRole.DisplayRole or isinstance(value, str) else None
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return value.casefold() if isinstance(value, str) else value
        if role == IdRole:
            return self._ids[index.row()]
        if role == RecordRole and self._session is not None:
            return self._session.get(self.cls, self._ids[index.row()])
        return None


class RecordTable(QWidget):
    """A filter field over a sortable table; selecting a row announces the record."""

    recordSelected = Signal(object)

    def __init__(self, cls: type, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RecordTableModel(cls, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setSortLocaleAware(True)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setWordWrap(False)
        # Column widths from the first rows: measuring thousands of rows takes a noticeable
        # part of a second on a large workbook.
        self.view.horizontalHeader().setResizeContentsPrecision(200)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self._pending: Session | None = None  # the session to read from when first shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self._retranslate()

    def _retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Suodata: kirjoita osa nimestä…"))
        self.filter.setAccessibleName(self.tr("Suodata taulukkoa"))
        self.view.setAccessibleName(QCoreApplication.translate("Tables", self.model.title)
                                    .replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the filter's hint, the headers and the rows' words (kinds, statuses)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.reload()
        super().changeEvent(event)

    def set_session(self, session: Session | None) -> None:
        """Show the records of ``session``: now if the table is shown, else when it first is
        (a large workbook opens a good second faster without filling the hidden tables)."""
        self._pending = session if session is not None and not self.isVisible() else None
        self._load(None if self._pending is not None else session)

    def ensure_loaded(self) -> None:
        if self._pending is not None:
            session, self._pending = self._pending, None
            self._load(session)

    def showEvent(self, event) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    def _load(self, session: Session | None) -> None:
        self.model.set_session(session)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.view.columnWidth(column) > 320:
                self.view.setColumnWidth(column, 320)

    def reload(self) -> None:
        if self._pending is not None:
            return  # read when shown
        current = self.current_id()
        self.model.reload()
        if current is not None:
            self.select(current)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select(self, ident: str) -> bool:
        self.ensure_loaded()
        row = self.model.row_of(ident)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show everything again
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.recordSelected.emit(current.data(RecordRole) if current.isValid() else None)
