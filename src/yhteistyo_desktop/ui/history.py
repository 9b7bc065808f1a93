"""The change history: who changed what and when, old and new value, filterable by item."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QLocale, \
    QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QPushButton, \
    QTableView, QVBoxLayout, QWidget
from sqlalchemy import desc, select
from sqlalchemy.orm import Session

from ..domain.models import MODELS, History
from .screen import compact_rows

# How many of the latest changes the view shows at most.
LIMIT = 5000

ENTITY_LABELS = {
    "workbook": QT_TRANSLATE_NOOP("History", "työkirja"),
    "area": QT_TRANSLATE_NOOP("History", "osa-alue"),
    "goal": QT_TRANSLATE_NOOP("History", "tavoite"),
    "action": QT_TRANSLATE_NOOP("History", "toimenpide"),
    "goal_action": QT_TRANSLATE_NOOP("History", "toimenpiteen tavoite"),
    "party": QT_TRANSLATE_NOOP("History", "osapuoli"),
    "person": QT_TRANSLATE_NOOP("History", "henkilö"),
    "membership": QT_TRANSLATE_NOOP("History", "työryhmän jäsenyys"),
    "responsibility": QT_TRANSLATE_NOOP("History", "vastuutaho"),
    "responsibility_person": QT_TRANSLATE_NOOP("History", "nimetty henkilö"),
    "indicator": QT_TRANSLATE_NOOP("History", "mittari"),
    "indicator_value": QT_TRANSLATE_NOOP("History", "mittarin arvo"),
    "action_status": QT_TRANSLATE_NOOP("History", "toimenpiteen tila"),
    "legal_reference": QT_TRANSLATE_NOOP("History", "lakiperusta"),
    "goal_legal_reference": QT_TRANSLATE_NOOP("History", "tavoitteen lakiperusta"),
    "forum": QT_TRANSLATE_NOOP("History", "foorumi"),
    "meeting": QT_TRANSLATE_NOOP("History", "kokous"),
    "meeting_participant": QT_TRANSLATE_NOOP("History", "osallistuja"),
    "agenda_item": QT_TRANSLATE_NOOP("History", "asiakohta"),
    "agenda_link": QT_TRANSLATE_NOOP("History", "asiakohdan linkki"),
}
OP_LABELS = {
    "create": QT_TRANSLATE_NOOP("History", "lisäys"),
    "update": QT_TRANSLATE_NOOP("History", "muutos"),
    "delete": QT_TRANSLATE_NOOP("History", "poisto"),
    "link": QT_TRANSLATE_NOOP("History", "liitos"),
    "unlink": QT_TRANSLATE_NOOP("History", "irrotus"),
}
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("History", "otsikko"), "name": QT_TRANSLATE_NOOP("History", "nimi"),
    "description": QT_TRANSLATE_NOOP("History", "kuvaus"),
    "resources": QT_TRANSLATE_NOOP("History", "resurssit"),
    "notes": QT_TRANSLATE_NOOP("History", "huomioitavaa"),
    "schedule": QT_TRANSLATE_NOOP("History", "aikataulu"),
    "position": QT_TRANSLATE_NOOP("History", "järjestys"),
    "layer": QT_TRANSLATE_NOOP("History", "taso"), "group": QT_TRANSLATE_NOOP("History", "ryhmä"),
    "area_id": QT_TRANSLATE_NOOP("History", "osa-alue"), "kind": QT_TRANSLATE_NOOP("History", "laji"),
    "business_id": QT_TRANSLATE_NOOP("History", "y-tunnus"),
    "short_name": QT_TRANSLATE_NOOP("History", "lyhyt nimi"),
    "street": QT_TRANSLATE_NOOP("History", "katuosoite"),
    "postal_code": QT_TRANSLATE_NOOP("History", "postinumero"),
    "city": QT_TRANSLATE_NOOP("History", "postitoimipaikka"),
    "party_id": QT_TRANSLATE_NOOP("History", "organisaatio"),
    "role": QT_TRANSLATE_NOOP("History", "rooli"), "unit": QT_TRANSLATE_NOOP("History", "yksikkö"),
    "baseline_value": QT_TRANSLATE_NOOP("History", "lähtötaso"),
    "baseline_year": QT_TRANSLATE_NOOP("History", "lähtötason vuosi"),
    "target_value": QT_TRANSLATE_NOOP("History", "tavoitetaso"),
    "target_year": QT_TRANSLATE_NOOP("History", "tavoitevuosi"),
    "source_id": QT_TRANSLATE_NOOP("History", "tietolähde"),
    "per_party": QT_TRANSLATE_NOOP("History", "osapuolittain"),
    "status": QT_TRANSLATE_NOOP("History", "tila"), "comment": QT_TRANSLATE_NOOP("History", "kommentti"),
    "value_number": QT_TRANSLATE_NOOP("History", "arvo"),
    "value_text": QT_TRANSLATE_NOOP("History", "arvo"),
    "law": QT_TRANSLATE_NOOP("History", "laki"), "law_name": QT_TRANSLATE_NOOP("History", "lain nimi"),
    "section": QT_TRANSLATE_NOOP("History", "pykälä"), "level": QT_TRANSLATE_NOOP("History", "taso"),
    "email": QT_TRANSLATE_NOOP("History", "sähköposti"),
    "phone": QT_TRANSLATE_NOOP("History", "puhelin"),
    "selected": QT_TRANSLATE_NOOP("History", "valittu"),
    "responsible_persons": QT_TRANSLATE_NOOP("History", "vastuuhenkilöt"),
    "preparers": QT_TRANSLATE_NOOP("History", "valmistelijat"),
    "place": QT_TRANSLATE_NOOP("History", "paikka"), "starts_at": QT_TRANSLATE_NOOP("History", "aika"),
    "proposal": QT_TRANSLATE_NOOP("History", "ehdotus"),
    "presenter_id": QT_TRANSLATE_NOOP("History", "esittelijä"),
    "region": QT_TRANSLATE_NOOP("History", "alue"), "version": QT_TRANSLATE_NOOP("History", "versio"),
    "approved_on": QT_TRANSLATE_NOOP("History", "hyväksytty"),
    "forum_id": QT_TRANSLATE_NOOP("History", "foorumi"), "version_id": QT_TRANSLATE_NOOP("History", "versio"),
}
HEADERS = [QT_TRANSLATE_NOOP("History", "Aika"), QT_TRANSLATE_NOOP("History", "Käyttäjä"),
           QT_TRANSLATE_NOOP("History", "Muutos"), QT_TRANSLATE_NOOP("History", "Kohde"),
           QT_TRANSLATE_NOOP("History", "Kenttä"), QT_TRANSLATE_NOOP("History", "Vanha arvo"),
           QT_TRANSLATE_NOOP("History", "Uusi arvo"), QT_TRANSLATE_NOOP("History", "Lähde")]


YES, NO = QT_TRANSLATE_NOOP("History", "kyllä"), QT_TRANSLATE_NOOP("History", "ei")


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def describe_value(encoded: str | None) -> str:
    """A history value as a person reads it (a whole row shows its title or name)."""
    if encoded is None:
        return ""
    value = json.loads(encoded)
    if isinstance(value, dict):
        for key in ("title", "name", "law", "role", "status", "year"):
            if value.get(key) not in (None, ""):
                return str(value[key])
        return ""
    if isinstance(value, bool):
        return _tr(YES) if value else _tr(NO)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 12)
    return str(value)


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._session: Session | None = None
        self._rows: list[list[str]] = []
        self._ids: list[str] = []
        self.entity_id: str | None = None

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.reload()

    def set_entity(self, entity_id: str | None) -> None:
        self.entity_id = entity_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._ids = [], []
        if self._session is not None:
            stmt = select(History).order_by(desc(History.id)).limit(LIMIT)
            if self.entity_id:
                stmt = stmt.where(History.entity_id.contains(self.entity_id))
            titles: dict[str, str] = {}
            locale = QLocale()
            for h in self._session.scalars(stmt):
                at = h.at.replace(tzinfo=dt.UTC).astimezone()
                self._rows.append([
                    locale.toString(at.date(), "d.M.yyyy") + " " + at.strftime("%H.%M"),
                    h.user, _tr(OP_LABELS.get(h.op, h.op)),
                    ": ".join(part for part in (_tr(ENTITY_LABELS.get(h.entity, h.entity)),
                                                self._title(h, titles)) if part),
                    _tr(FIELD_LABELS[h.field]) if h.field in FIELD_LABELS else (h.field or ""), self._value(h.field, h.old_value), self._value(h.field, h.new_value),
                    h.source or ""])
                self._ids.append(h.entity_id)
        self.endResetModel()

    def _value(self, field: str | None, encoded: str | None) -> str:
        """A value as a person reads it; a reference (``forum_id``, ``version_id``, …) by the
        referenced item's name, not its id, while the item exists."""
        cls = MODELS.get(field.removesuffix("_id")) if field and field.endswith("_id") else None
        if cls is not None and encoded is not None:
            value = json.loads(encoded)
            record = self._session.get(cls, value) if isinstance(value, str) else None
            name = getattr(record, "title", None) or getattr(record, "name", None)
            if name:
                return str(name)
        return describe_value(encoded)

    def _title(self, h: History, cache: dict[str, str]) -> str:
        """The item's current title, or the one recorded when it was created or deleted."""
        if h.entity_id in cache:
            return cache[h.entity_id]
        title = ""
        cls = MODELS.get(h.entity)
        if "/" in h.entity_id:  # a link: name the items it joins
            title = self._link_title(h)
        elif cls is not None:
            record = self._session.get(cls, h.entity_id)
            if record is not None:
                title = str(getattr(record, "title", None) or getattr(record, "name", None) or "")
                if not title:  # an untitled row (an agenda item's link): the items it points at
                    title = self._names({c.key: getattr(record, c.key) for c in record.__table__.columns})
        if not title and h.field is None:
            recorded = h.new_value if h.op == "create" else h.old_value
            title = describe_value(recorded) or self._names(json.loads(recorded or "null"))
        cache[h.entity_id] = title
        return title

    def _link_title(self, h: History) -> str:
        """A link row's items by name ("Asumisen työryhmä – Tavoite A"), as they are now."""
        encoded = h.new_value if h.op == "link" else h.old_value
        return self._names(json.loads(encoded) if encoded else {})

    def _names(self, row: dict | Any) -> str:
        """The items a row's ``…_id`` values point at, by name, joined with dashes."""
        names = []
        for key, value in row.items() if isinstance(row, dict) else ():
            cls = MODELS.get(key.removesuffix("_id")) if key.endswith("_id") else None
            record = self._session.get(cls, value) if cls is not None and value else None
            if record is not None:
                name = getattr(record, "title", None) or getattr(record, "name", None)
                if name is None and getattr(record, "party", None) is not None:
                    name = record.party.name  # a responsibility: its party
                names.append(str(name or ""))
        return " – ".join(name for name in names if name)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(HEADERS):
            return _tr(HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None


class HistoryView(QWidget):
    """The history table with a switch to show only the selected item's changes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.only_selected = QCheckBox(self)
        self.only_selected.toggled.connect(lambda _on: self._apply())
        self.item_label = QLabel(self)
        #: Opens the change report between two moments (connected by the versions flow).
        self.report_button = QPushButton(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)  # a long value is elided; its whole text is the tooltip
        compact_rows(self.view)  # one line a row, as the tables above it
        top = QHBoxLayout()
        top.addWidget(self.only_selected)
        top.addWidget(self.item_label, 1)
        top.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self._selected: tuple[str, str] | None = None
        self._retranslate()

    def _retranslate(self) -> None:
        self.only_selected.setText(self.tr("Vain valitun kohdan muutokset"))
        self.report_button.setText(self.tr("Muutosraportti…"))
        self.view.setAccessibleName(self.tr("Muutoshistoria"))

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the switch, the button, the headers and the rows' words follow."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.reload()
        super().changeEvent(event)

    def set_session(self, session: Session | None) -> None:
        self.model.set_session(session)
        self._fit()

    def set_selected(self, ident: str | None, title: str = "") -> None:
        self._selected = (ident, title) if ident else None
        self.item_label.setText(title)
        if self.only_selected.isChecked():
            self._apply()

    def _apply(self) -> None:
        want = self._selected[0] if self.only_selected.isChecked() and self._selected else None
        if want != self.model.entity_id:
            self.model.set_entity(want)
            self._fit()

    def reload(self) -> None:
        self.model.reload()

    def _fit(self) -> None:
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.view.columnWidth(column) > 260:
                self.view.setColumnWidth(column, 260)
