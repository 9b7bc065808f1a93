"""The "Seuranta" tab: the annual follow-up of one year, entered in two tables.

Choose a year of the council term (the current year by default) and a goal set
(osa-alue); the actions table takes each action's status and comment, the
indicators table each indicator's value (per party where it is followed per
party) and comment. A missing entry shows "⚠ puuttuu" on a highlighted cell
with a tooltip. Every entry is an undoable command over the domain operations
and is saved at once; the domain's rules hold (a delayed or suspended action
needs a comment: choosing such a status without one asks for the reason and
stores nothing until it is given). Above the tables: the counts per goal set;
beside them: the status bars per goal set and the chart of the indicator
selected in the table. What is computed comes from :mod:`~..domain.followup`.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QCheckBox, QComboBox, QFrame, QHBoxLayout, QHeaderView,
    QInputDialog, QLabel, QScrollArea, QSplitter, QStyledItemDelegate, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain import vocab
from ..domain.followup import (
    ActionRow, EntryError, Followup, IndicatorRow, default_year, format_number, load_followup,
    parse_entry, parse_number,
)
from ..domain.models import Action, Indicator
from ..domain.operations import DomainError, StaleValueError
from .commands import ActionStatusCommand, IndicatorValueCommand
from .document import WorkbookDocument
from .followup_charts import IndicatorChart, StatusChart
from .labels import label
from .screen import compact_rows

MissingRole = Qt.ItemDataRole.UserRole + 40
#: The roles a missing entry's cell answers with its marker (see ``_missing_cell``).
MISSING_CELL_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole,
                      Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                      Qt.ItemDataRole.FontRole, MissingRole, Qt.ItemDataRole.EditRole)
RowKeyRole = Qt.ItemDataRole.UserRole + 41
KindRole = Qt.ItemDataRole.UserRole + 42
MISSING_BRUSH = QBrush(QColor("#fff0b3"))
MISSING_TEXT = QBrush(QColor("#7a4a00"))
# lupdate reads translate("FollowupView", "…") as written; a bare tr("…") outside a class
# method it would file under no context at all, and the text would never be translated.
translate = QCoreApplication.translate


def owner_label(owner: str) -> str:
    """The follow-up's "Tavoite 1.2" / "Toimenpide 3" (made in Finnish by the domain) translated."""
    word, _, number = owner.partition(" ")
    if word == "Tavoite":
        return translate("FollowupView", "Tavoite %1").replace("%1", number)
    if word == "Toimenpide":
        return translate("FollowupView", "Toimenpide %1").replace("%1", number)
    return owner


def yes_no_label(text: str, kind: str) -> str:
    """A yes/no indicator's stored "kyllä"/"ei" in the window's language."""
    if kind == "kylla_ei" and text in ("kyllä", "ei"):
        return translate("FollowupView", "kyllä") if text == "kyllä" else translate("FollowupView", "ei")
    return text


def missing_mark() -> str:
    """The text marker of a missing entry (the highlight is not the only sign)."""
    return "⚠ " + translate("FollowupView", "puuttuu")


class _FollowupModel(QAbstractTableModel):
    """Common part: rows from a :class:`Followup`, edits through the document's undo stack."""

    # An edit was refused; the message says why (Finnish first, for the user).
    refused = Signal(str)
    # An edit was stored.
    stored = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.doc: WorkbookDocument | None = None
        self.followup: Followup | None = None
        self.rows: list[Any] = []
        self.headers: list[str] = []

    def editable(self) -> bool:
        return self.doc is not None and not self.doc.readonly

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.headers[section]
        return None

    def keys(self) -> list:
        return [self.key(row) for row in self.rows]

    def key(self, row) -> Any:
        raise NotImplementedError

    def make_headers(self, followup: Followup) -> list[str]:
        raise NotImplementedError

    def set_rows(self, followup: Followup | None, rows: list[Any]) -> None:
        """Show ``rows``; when the same rows come back (an edit), update them in place."""
        headers = self.make_headers(followup) if followup is not None else []
        same = headers == self.headers and [self.key(r) for r in rows] == self.keys()
        if same and self.rows:
            self.followup, self.rows = followup, rows
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, len(headers) - 1))
            return
        self.beginResetModel()
        self.followup, self.rows, self.headers = followup, rows, headers
        self.endResetModel()

    def row_of(self, key) -> int:
        try:
            return self.keys().index(key)
        except ValueError:
            return -1

    def _run(self, command, done: str) -> bool:
        try:
            self.doc.run(command)
        except StaleValueError as exc:  # another user's entry, saved meanwhile: shown instead
            self.refused.emit(str(exc))
            self.doc.outdated.emit()
            return False
        except DomainError as exc:
            self.refused.emit(str(exc))
            return False
        self.stored.emit(done)
        return True

    @staticmethod
    def _missing_cell(role: int, tooltip: str) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return missing_mark()
        if role == Qt.ItemDataRole.BackgroundRole:
            return MISSING_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole:
            return MISSING_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == MissingRole:
            return True
        if role == Qt.ItemDataRole.EditRole:
            return ""
        return None


class ActionStatusModel(_FollowupModel):
    """Toimenpiteet: number, title, goals, the status before, this year's status, comment."""

    NUMBER, TITLE, GOALS, PREVIOUS, STATUS, COMMENT = range(6)
    # The user chose a status that needs a comment for a row without one: ask for it.
    commentNeeded = Signal(int, str)

    def key(self, row: ActionRow) -> str:
        return row.action_id

    def make_headers(self, followup: Followup) -> list[str]:
        return [translate("FollowupView", "Nro"), translate("FollowupView", "Toimenpide"),
                translate("FollowupView", "Tavoitteet"), translate("FollowupView", "Edellinen arvio"),
                translate("FollowupView", "Tila %1").replace("%1", str(followup.year)),
                translate("FollowupView", "Kommentti")]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (self.STATUS, self.COMMENT) and self.editable():
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row: ActionRow = self.rows[index.row()]
        column = index.column()
        if role == RowKeyRole:
            return row.action_id
        if column == self.STATUS and row.missing:
            if role in MISSING_CELL_ROLES:
                return self._missing_cell(role, translate(
                    "FollowupView", "Toimenpiteen tilaa vuodelle %1 ei ole vielä arvioitu. Valitse tila.")
                    .replace("%1", str(self.followup.year)))
        if role == MissingRole:
            return row.missing
        if role == Qt.ItemDataRole.EditRole:
            if column == self.STATUS:
                return row.status or ""
            if column == self.COMMENT:
                return row.comment or ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NUMBER:
                return str(row.number)
            if column == self.TITLE:
                return row.title
            if column == self.GOALS:
                return row.goal_refs
            if column == self.PREVIOUS:
                if row.previous is None:
                    return "–" if role == Qt.ItemDataRole.DisplayRole else None
                year, status = row.previous
                return f"{label(vocab.ACTION_STATUSES, status)} ({year})"
            if column == self.STATUS:
                return label(vocab.ACTION_STATUSES, row.status)
            if column == self.COMMENT:
                if role == Qt.ItemDataRole.ToolTipRole and not row.comment:
                    return translate("FollowupView", "Kommentti on pakollinen, kun toimenpide on "
                                     "viivästynyt tai keskeytetty.")
                return row.comment or ""
        return None

    def setData(self, index: QModelIndex, value: Any, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable():
            return False
        row: ActionRow = self.rows[index.row()]
        text = (str(value) if value is not None else "").strip()
        if index.column() == self.STATUS:
            status = text or None
            if status == row.status:
                return False
            if status is not None and status not in vocab.ACTION_STATUSES:
                self.refused.emit(translate("FollowupView", "Tuntematon tila: %1").replace("%1", text))
                return False
            if status in vocab.STATUSES_NEEDING_COMMENT and not (row.comment or "").strip():
                self.refused.emit(
                    translate("FollowupView", "Kun toimenpide on %1, kommentti on pakollinen: "
                              "kerro syy. Tilaa ei tallennettu.")
                    .replace("%1", label(vocab.ACTION_STATUSES, status)))
                self.commentNeeded.emit(index.row(), status)
                return False
            return self.set_status(index.row(), status, row.comment)
        if index.column() == self.COMMENT:
            if text == (row.comment or ""):
                return False
            if row.status is None:
                self.refused.emit(translate("FollowupView", "Valitse ensin toimenpiteen tila; "
                                            "kommentti tallentuu tilan kanssa."))
                return False
            return self.set_status(index.row(), row.status, text or None)
        return False

    def set_status(self, row_number: int, status: str | None, comment: str | None) -> bool:
        """Store the action's status (None: remove it) and comment for the year, undoably."""
        row: ActionRow = self.rows[row_number]
        action = self.doc.get(Action, row.action_id)
        if action is None:
            self.refused.emit(translate("FollowupView", "Toimenpide on poistettu."))
            return False
        year = self.followup.year
        new = (status, comment) if status else None
        text = translate("FollowupView", "Tila %1: %2").replace("%1", str(year)).replace("%2", row.title)
        seen = (row.status, row.comment) if row.status else None
        return self._run(ActionStatusCommand(self.doc, action, year, new, text, seen), text)


class IndicatorValueModel(_FollowupModel):
    """Mittarit: owner, title, party, baseline, earlier years, this year's value, target, comment."""

    OWNER, TITLE, PARTY, BASELINE = range(4)

    def key(self, row: IndicatorRow) -> tuple:
        return row.key

    def _earlier(self) -> list[int]:
        return self.followup.earlier_years() if self.followup is not None else []

    def value_column(self) -> int:
        return 4 + len(self._earlier())

    def target_column(self) -> int:
        return self.value_column() + 1

    def comment_column(self) -> int:
        return self.value_column() + 2

    def make_headers(self, followup: Followup) -> list[str]:
        return [translate("FollowupView", "Kohde"), translate("FollowupView", "Mittari"),
                translate("FollowupView", "Osapuoli"), translate("FollowupView", "Lähtötaso"),
                *[str(y) for y in followup.earlier_years()],
                translate("FollowupView", "Arvo %1").replace("%1", str(followup.year)),
                translate("FollowupView", "Tavoitetaso"), translate("FollowupView", "Kommentti")]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.editable() and \
                index.column() in (self.value_column(), self.comment_column()):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    @staticmethod
    def _level(text: str | None, year: int | None, row: IndicatorRow) -> str:
        if not text and year is None:
            return "–"
        number = parse_number(text) if row.kind in ("luku", "lukumaara_vuodessa") else None
        shown = yes_no_label(text or "", row.kind)
        if number is not None:
            shown = format_number(number) + (f" {row.unit}" if row.unit else "")
        return f"{shown} ({year})".strip() if year is not None else shown

    @staticmethod
    def _shown(entry, row: IndicatorRow) -> str:
        if entry is None:
            return ""
        text = yes_no_label(entry.display, row.kind)
        if entry.number is not None and row.unit and row.kind != "kylla_ei":
            text += f" {row.unit}"
        return text

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row: IndicatorRow = self.rows[index.row()]
        column = index.column()
        value_col = self.value_column()
        if role == RowKeyRole:
            return row.key
        if role == KindRole:
            return row.kind
        if column == value_col and row.missing:
            if role in MISSING_CELL_ROLES:
                who = f" ({row.party_name})" if row.party_name else ""
                return self._missing_cell(role, translate(
                    "FollowupView", "Mittarin arvo vuodelle %1 puuttuu%2. %3")
                                          .replace("%1", str(self.followup.year))
                                          .replace("%2", who).replace("%3", self.hint(row)))
        if role == MissingRole:
            return row.missing
        entry = row.value
        if role == Qt.ItemDataRole.EditRole:
            if column == value_col:
                return entry.display if entry else ""
            if column == self.comment_column():
                return entry.comment or "" if entry else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.BASELINE and \
                column < self.comment_column() and row.kind in ("luku", "lukumaara_vuodessa"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.party_id and column == self.TITLE:
            return QBrush(QColor("#555555"))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        tooltip = role == Qt.ItemDataRole.ToolTipRole
        if column == self.OWNER:
            owner = owner_label(row.owner)
            return f"{owner}: {row.owner_title}" if tooltip else owner
        if column == self.TITLE:
            if tooltip:
                kind = label(vocab.INDICATOR_KINDS, row.kind)
                kind_label = translate("FollowupView", "Laji")
                unit_label = translate("FollowupView", "yksikkö")
                return f"{row.title}\n{kind_label}: {kind}" + (
                    f", {unit_label}: {row.unit}" if row.unit else "")
            return row.title
        if column == self.PARTY:
            return row.party_name or (translate("FollowupView", "koko alue") if not tooltip else None)
        if column == self.BASELINE:
            return self._level(row.baseline, row.baseline_year, row)
        if column == self.target_column():
            return self._level(row.target, row.target_year, row)
        if column == value_col:
            return self.hint(row) if tooltip else self._shown(entry, row)
        if column == self.comment_column():
            return entry.comment or "" if entry else ""
        earlier = self._earlier()
        if self.BASELINE < column < value_col:
            year = earlier[column - self.BASELINE - 1]
            old = row.values.get(year)
            if tooltip:
                return old.comment if old and old.comment else None
            return self._shown(old, row)
        return None

    @staticmethod
    def hint(row: IndicatorRow) -> str:
        return {
            "kylla_ei": translate("FollowupView", "Valitse kyllä tai ei."),
            "luku": translate("FollowupView", "Kirjoita luku, esimerkiksi 12,5."),
            "lukumaara_vuodessa": translate(
                "FollowupView", "Kirjoita lukumäärä (kokonaisluku), esimerkiksi 3."),
            "teksti": translate("FollowupView", "Kirjoita arvo tekstinä."),
        }.get(row.kind, "")

    def setData(self, index: QModelIndex, value: Any, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable():
            return False
        row: IndicatorRow = self.rows[index.row()]
        text = (str(value) if value is not None else "").strip()
        entry = row.value
        if index.column() == self.value_column():
            try:
                number, stored_text = parse_entry(row.kind, text)
            except EntryError as exc:
                self.refused.emit(f"{row.title}: {exc} "
                                  + translate("FollowupView", "Arvoa ei tallennettu."))
                return False
            if entry is not None and (entry.number, entry.text) == (number, stored_text):
                return False
            if entry is None and number is None and stored_text is None:
                return False
            new = None if number is None and stored_text is None else \
                (number, stored_text, entry.comment if entry else None)
            return self._store(row, new)
        if index.column() == self.comment_column():
            if text == ((entry.comment or "") if entry else ""):
                return False
            if entry is None:
                self.refused.emit(translate("FollowupView", "Kirjoita ensin arvo; kommentti "
                                            "tallentuu arvon kanssa."))
                return False
            return self._store(row, (entry.number, entry.text, text or None))
        return False

    def _store(self, row: IndicatorRow, new: tuple | None) -> bool:
        indicator = self.doc.get(Indicator, row.indicator_id)
        if indicator is None:
            self.refused.emit(translate("FollowupView", "Mittari on poistettu."))
            return False
        year = self.followup.year
        who = f" – {row.party_name}" if row.party_name else ""
        text = translate("FollowupView", "Arvo %1: %2").replace("%1", str(year)) \
            .replace("%2", row.title + who)
        entry = row.value
        seen = None if entry is None else (entry.number, entry.text, entry.comment)
        return self._run(IndicatorValueCommand(self.doc, indicator, row.party_id, year, new, text,
                                               seen), text)


class StatusDelegate(QStyledItemDelegate):
    """The status cell edits as a list of the statuses (and "not assessed")."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.addItem(translate("FollowupView", "– ei arvioitu –"), "")
        for key in vocab.ACTION_STATUSES:
            combo.addItem(label(vocab.ACTION_STATUSES, key), key)
        combo.setAccessibleName(translate("FollowupView", "Tila"))
        # a choice is stored at once, as in the other editors
        combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c),
                                                     self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ValueDelegate(QStyledItemDelegate):
    """Yes/no values edit as a kyllä/ei list; the others as text checked by the model."""

    def createEditor(self, parent, option, index):
        if index.data(KindRole) == "kylla_ei":
            combo = QComboBox(parent)
            for text, data in (("", ""), (translate("FollowupView", "kyllä"), "kyllä"),
                               (translate("FollowupView", "ei"), "ei")):
                combo.addItem(text, data)
            combo.setAccessibleName(translate("FollowupView", "Arvo"))
            combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c),
                                                         self.closeEditor.emit(c)))
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


def _table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed
                         | QAbstractItemView.EditTrigger.SelectedClicked)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    compact_rows(view)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class FollowupView(QWidget):
    """The follow-up tab of the main window (see the module docstring)."""

    # A message for the status bar.
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: WorkbookDocument | None = None
        self.followup: Followup | None = None
        self._stale = False
        self.comment_dialog: QInputDialog | None = None

        self.year_label = QLabel(self)
        self.year_combo = QComboBox(self)
        self.year_label.setBuddy(self.year_combo)
        self.set_label = QLabel(self)
        self.set_combo = QComboBox(self)
        self.set_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.set_combo.setMinimumContentsLength(28)
        self.set_label.setBuddy(self.set_combo)
        self.only_missing = QCheckBox(self)
        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        for widget in (self.year_label, self.year_combo, self.set_label, self.set_combo,
                       self.only_missing):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.summary_label, 1)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()

        self.actions_model = ActionStatusModel(self)
        self.indicators_model = IndicatorValueModel(self)
        self.actions_caption = QLabel(self)
        self.indicators_caption = QLabel(self)
        self.actions_view = _table(self.actions_model, self)
        self.indicators_view = _table(self.indicators_model, self)
        self.status_delegate = StatusDelegate(self.actions_view)
        self.actions_view.setItemDelegateForColumn(ActionStatusModel.STATUS, self.status_delegate)
        self.value_delegate = ValueDelegate(self.indicators_view)
        self.indicators_view.setItemDelegate(self.value_delegate)
        self.actions_caption.setBuddy(self.actions_view)
        self.indicators_caption.setBuddy(self.indicators_view)

        self.summary_table = QTableWidget(0, 3, self)
        self.summary_table.verticalHeader().hide()
        self.summary_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.summary_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        compact_rows(self.summary_table, room=6)
        self.status_chart = StatusChart(self)
        self.indicator_chart = IndicatorChart(self)

        left = QSplitter(Qt.Orientation.Vertical, self)
        for caption, view in ((self.actions_caption, self.actions_view),
                              (self.indicators_caption, self.indicators_view)):
            box = QWidget(left)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(2)
            box_layout.addWidget(caption)
            box_layout.addWidget(view)
            left.addWidget(box)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.summary_table)
        right.addWidget(self.status_chart)
        right.addWidget(self.indicator_chart)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        right.setStretchFactor(2, 4)
        # The summary and the charts scroll rather than push the window taller than a
        # 768-line screen: each keeps the height its labels need (10 areas' bars too).
        right_scroll = QScrollArea(self)
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setWidget(right)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._right = right
        self._sized = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.splitter, 1)

        self.year_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.set_combo.currentIndexChanged.connect(lambda _i: self._show())
        self.only_missing.toggled.connect(lambda _c: self._show())
        for model in (self.actions_model, self.indicators_model):
            model.refused.connect(self.show_error)
            model.stored.connect(self._stored)
        self.actions_model.commentNeeded.connect(self.ask_comment)
        self.indicators_view.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._update_indicator_chart())
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Vuosi:"))
        self.set_label.setText(self.tr("Osa-al&ue:"))
        self.only_missing.setText(self.tr("Näytä vain &puuttuvat"))
        self.actions_caption.setText(self.tr("Toimenpiteiden ti&la"))
        self.indicators_caption.setText(self.tr("Mittareiden &arvot"))
        self.summary_table.setHorizontalHeaderLabels(
            [self.tr("Osa-alue"), self.tr("Toimenpiteet arvioitu"), self.tr("Mittarit raportoitu")])
        self.summary_table.setAccessibleName(self.tr("Yhteenveto osa-alueittain"))
        if self.set_combo.count():
            self.set_combo.setItemText(0, self.tr("Kaikki osa-alueet"))
        if self.followup is not None:
            self._show()

    def summary_text(self, summary) -> str:
        """"4 / 5 toimenpidettä arvioitu · 8 / 12 mittaria raportoitu" in the window's language."""
        return (self.tr("%1 / %2 toimenpidettä arvioitu").replace("%1", str(summary.assessed))
                .replace("%2", str(summary.actions)) + " · "
                + self.tr("%1 / %2 mittaria raportoitu").replace("%1", str(summary.reported))
                .replace("%2", str(summary.indicators)))

    # -- the document --------------------------------------------------------------------------

    def set_document(self, doc: WorkbookDocument | None) -> None:
        if self.doc is not None:
            try:
                self.doc.changed.disconnect(self._on_change)
            except (RuntimeError, TypeError):
                pass
        self.doc = doc
        self.actions_model.doc = doc
        self.indicators_model.doc = doc
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        if doc is not None:
            doc.changed.connect(self._on_change)
            wb = doc.workbook()
            for year in range(wb.term_start, wb.term_end + 1):
                self.year_combo.addItem(str(year), year)
            year = default_year(doc.session, dt.date.today().year)
            self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))
        self.year_combo.blockSignals(False)
        self.error_label.hide()
        self.followup = None
        self.refresh()  # read now if the tab is shown, else when it is first shown

    def year(self) -> int | None:
        return self.year_combo.currentData()

    def set_year(self, year: int) -> None:
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))

    def goal_set(self) -> int:
        return self.set_combo.currentData() or 0

    def _on_change(self, change) -> None:
        """An entry changed (here, or by undo): patch its rows; anything else: read all again."""
        f, session = self.followup, self.doc.session if self.doc is not None else None
        if f is not None and not self._stale and change.table in ("action_status",
                                                                   "indicator_value"):
            ident = change.id.split("/")[0]
            patched = f.refresh_action(session, ident) if change.table == "action_status" \
                else f.refresh_indicator(session, ident)
            if patched:
                self._show()
                return
        self.refresh()

    def refresh(self) -> None:
        """The workbook changed: read it again now if shown, else when next shown."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)
        if not self._sized:  # tables get the larger share; the summary table shows all its rows
            self._sized = True
            width, height = self.splitter.width(), self._right.height()
            self.splitter.setSizes([int(width * 0.62), width - int(width * 0.62)])
            rows = self.summary_table.verticalHeader().defaultSectionSize() * 5
            summary = rows + self.summary_table.horizontalHeader().height() + 6
            self.summary_table.setMinimumHeight(min(summary, 200))
            rest = max(0, height - summary)
            self._right.setSizes([summary, int(rest * 0.42), rest - int(rest * 0.42)])

    def reload(self) -> None:
        """Read the year's follow-up again from the workbook."""
        self._stale = False
        year = self.year()
        if self.doc is None or year is None:
            self.followup = None
        else:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.followup = load_followup(self.doc.session, year)
            finally:
                QApplication.restoreOverrideCursor()
        chosen = self.goal_set()
        self.set_combo.blockSignals(True)
        self.set_combo.clear()
        if self.followup is not None:
            self.set_combo.addItem(self.tr("Kaikki osa-alueet"), 0)
            for summary in self.followup.summaries:
                self.set_combo.addItem(f"{summary.number}. {summary.title}", summary.number)
            self.set_combo.setCurrentIndex(max(0, self.set_combo.findData(chosen)))
        self.set_combo.blockSignals(False)
        self._show()

    def _show(self) -> None:
        """Fill the tables, summaries and charts from the loaded follow-up."""
        f = self.followup
        if f is None:
            for model in (self.actions_model, self.indicators_model):
                model.set_rows(None, [])
            self.summary_table.setRowCount(0)
            self.summary_label.setText("")
            self.status_chart.set_bars([], 0)
            self.indicator_chart.set_series(None, self.tr("Avaa työkirja."))
            return
        goal_set = self.goal_set()
        only_missing = self.only_missing.isChecked()
        actions = [a for a in f.actions_in(goal_set) if a.missing or not only_missing]
        indicators = [r for r in f.indicators_in(goal_set) if r.missing or not only_missing]
        current = self.indicators_view.currentIndex().data(RowKeyRole)
        headers = self.indicators_model.headers
        self.actions_model.set_rows(f, actions)
        self.indicators_model.set_rows(f, indicators)
        if headers != self.indicators_model.headers:  # another year: other year columns
            self._fit_columns()
        if current is not None and self.indicators_model.row_of(current) >= 0:
            row = self.indicators_model.row_of(current)
            if self.indicators_view.currentIndex().row() != row:
                self.indicators_view.setCurrentIndex(self.indicators_model.index(row, 1))
        chosen = next((s for s in f.summaries if s.number == goal_set), f.total)
        self.summary_label.setText(self.summary_text(chosen))
        self.summary_label.setToolTip(
            self.tr("Osapuolikohtaisia ja muita mittaririvejä täytetty %1 / %2.")
            .replace("%1", str(chosen.rows_reported)).replace("%2", str(chosen.rows)))
        self._fill_summaries(f)
        self.status_chart.set_bars(
            [(self.tr("Kaikki"), f.total.status_counts)]
            + [(f"{s.number}. {s.title}", s.status_counts) for s in f.summaries], f.year)
        self._update_indicator_chart()

    def _fill_summaries(self, f: Followup) -> None:
        rows = [(self.tr("Kaikki osa-alueet"), f.total), *((f"{s.number}. {s.title}", s)
                                                           for s in f.summaries)]
        self.summary_table.setRowCount(len(rows))
        for r, (name, s) in enumerate(rows):
            cells = [name, f"{s.assessed} / {s.actions}", f"{s.reported} / {s.indicators}"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    complete = (s.assessed == s.actions) if c == 1 else (s.reported == s.indicators)
                    if not complete:
                        item.setBackground(MISSING_BRUSH)
                        item.setToolTip(self.tr("Kaikkia ei ole vielä raportoitu vuodelta %1.")
                                        .replace("%1", str(f.year)))
                else:
                    item.setToolTip(name)
                if r == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.summary_table.setItem(r, c, item)
        self.summary_table.resizeColumnToContents(1)
        self.summary_table.resizeColumnToContents(2)

    def _fit_columns(self) -> None:
        """Widths in characters of the window's font, never narrower than the header."""
        char = self.fontMetrics().averageCharWidth()
        model = self.indicators_model
        widths = {self.actions_view: {ActionStatusModel.NUMBER: 4, ActionStatusModel.TITLE: 44,
                                      ActionStatusModel.GOALS: 11, ActionStatusModel.PREVIOUS: 22,
                                      ActionStatusModel.STATUS: 17},
                  self.indicators_view: {0: 16, 1: 36, 2: 15, 3: 18}}
        for column in range(model.BASELINE + 1, model.comment_column()):
            widths[self.indicators_view][column] = 12
        widths[self.indicators_view][model.target_column()] = 18
        for view, columns in widths.items():
            header = view.horizontalHeader()
            for column, chars in columns.items():
                view.setColumnWidth(column, max(char * chars, header.sectionSizeHint(column)))

    # -- the chart of the selected indicator -----------------------------------------------------

    def selected_indicator(self) -> IndicatorRow | None:
        index = self.indicators_view.currentIndex()
        if not index.isValid() or index.row() >= len(self.indicators_model.rows):
            return None
        return self.indicators_model.rows[index.row()]

    def _update_indicator_chart(self) -> None:
        row = self.selected_indicator()
        if row is None or self.followup is None:
            self.indicator_chart.set_series(None, self.tr("Valitse mittari taulukosta: sen arvot "
                                                          "näkyvät tässä kuvaajana."))
        elif row.kind == "teksti":
            self.indicator_chart.set_series(None, self.tr("%1: tekstimittarin arvoista ei piirretä "
                                                          "kuvaajaa.").replace("%1", row.title))
        else:
            self.indicator_chart.set_series(self.followup.series(row))

    # -- messages and the comment prompt ---------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error_label.setText("⚠ " + text)
        self.error_label.show()
        self.message.emit(text)

    def _stored(self, text: str) -> None:
        self.error_label.hide()
        self.message.emit(self.tr("Tallennettu: %1").replace("%1", text))

    def ask_comment(self, row_number: int, status: str) -> None:
        """A delayed or suspended status needs its reason: ask, and store both or nothing."""
        row = self.actions_model.rows[row_number]
        key = row.action_id
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Kommentti on pakollinen"))
        dialog.setLabelText(
            self.tr("Toimenpide ”%1” on %2. Kerro syy kommentissa; tila tallentuu vasta "
                    "kommentin kanssa.").replace("%1", row.title)
            .replace("%2", label(vocab.ACTION_STATUSES, status)))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def done(result: int) -> None:
            self.comment_dialog = None
            text = dialog.textValue().strip()
            if result and text:
                number = self.actions_model.row_of(key)
                if number >= 0:
                    self.actions_model.set_status(number, status, text)
            elif result:
                self.show_error(self.tr("Kommentti jäi tyhjäksi; tilaa ei tallennettu."))
            dialog.deleteLater()

        dialog.finished.connect(done)
        self.comment_dialog = dialog
        dialog.open()


