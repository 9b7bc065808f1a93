"""Editors for every kind of record, built on the Designer forms in ``forms/``.

A :class:`RecordEditor` binds each form widget to the record field of the same
name. An edit is committed as soon as the user leaves the field, presses
Enter, or stops typing for a moment, and always before another record is
shown: there is no unsaved state. A value the rules refuse is shown under its
field, in red, and is not stored; the field keeps what was typed so it can be
corrected.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication, QEvent, QKeyCombination, QObject, QSignalBlocker, Qt, QTimer, Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)
from sqlalchemy import select

from ..domain import business_id, vocab
from ..domain.models import (
    Action, AgendaItem, AgendaLink, Area, Forum, Goal, GoalAction, GoalLegalReference, Indicator,
    LegalReference, Meeting, MeetingParticipant, Membership, Party, Person, Responsibility,
)
from ..domain.numbering import goal_numbers, ordered_goals
from ..domain.operations import NOT_GIVEN, DomainError, StaleValueError, ValidationError
from ..domain.text import MAX_TEXT, clean_text
from ..domain.versions import versions
from .commands import (
    CreateCommand, DeleteCommand, EditCommand, LinkCommand, MoveCommand, ResponsibilityCommand,
)
from .document import Change, WorkbookDocument
from .forms import load_form
from .labels import label

# Pause in typing after which the text is saved.
TYPING_PAUSE_MS = 1200
ERROR_STYLE = "color: #b00020;"
ItemIdRole = Qt.ItemDataRole.UserRole + 1


class RecordEditor(QWidget):
    """A form showing one record of ``cls``; every field saves itself."""

    form_name = ""
    cls: type = object
    # Combo boxes filled from a vocabulary: widget name -> {key: Finnish label}.
    vocabularies: dict[str, dict[str, str]] = {}
    # Widgets that are not plain fields of the record (handled by the subclass).
    special: tuple[str, ...] = ()

    # A message for the status bar (errors that belong to no single field).
    message = Signal(str)
    # (record class, id): the user asked to open a record listed in this one (the window shows it)
    openRecord = Signal(object, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: WorkbookDocument | None = None
        self.key: Any = None
        self.form = load_form(self.form_name, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addStretch(1)  # a short form stays at the top of a tall pane
        self.layout_form: QFormLayout = self.form.layout()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._loading = False
        self._in_item_handler = False
        self._pending: set[str] = set()
        # The values shown, as loaded: on a server, an edit is refused if the stored value is
        # no longer this one (someone else changed it meanwhile).
        self._loaded: dict[str, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.commit_pending)
        self._bind()

    # -- binding ----------------------------------------------------------------------------------

    def widget(self, name: str) -> QWidget:
        return self.form.findChild(QWidget, name)

    def _bind(self) -> None:
        from ..domain.operations import columns

        names = [n for n in columns(self.cls) if n not in ("id", "position")] + list(self.special)
        for name in names:
            widget = self.widget(name)
            if widget is None:
                continue
            self.fields[name] = widget
            self._add_error_label(name, widget)
            if name in self.special:
                continue
            if isinstance(widget, QComboBox) and name in self.vocabularies:
                for key in self.vocabularies[name]:
                    widget.addItem(label(self.vocabularies[name], key), key)
            self._connect(name, widget)

    def _add_error_label(self, name: str, widget: QWidget) -> None:
        row, _role = self.layout_form.getWidgetPosition(widget)
        if row < 0:
            return
        label = QLabel(self.form)
        label.setObjectName(f"{name}Error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.layout_form.insertRow(row + 1, "", label)
        self.errors[name] = label

    def _connect(self, name: str, widget: QWidget) -> None:
        def typed(*_args):
            if not self._loading:
                _clean_typed(widget)
                self._pending.add(name)
                self._timer.start()

        def now(*_args):
            if not self._loading:
                self._pending.add(name)
                self.commit_pending()

        if isinstance(widget, QLineEdit):
            # Longer than any field may hold, so that an over-long paste is refused with the
            # reason (see domain.text) instead of cut silently at Qt's default 32,767.
            widget.setMaxLength(4 * MAX_TEXT)
            widget.installEventFilter(self)
            widget.textEdited.connect(typed)
            widget.editingFinished.connect(now)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(typed)
            widget.installEventFilter(self)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(now)
        elif isinstance(widget, (QSpinBox, QDateTimeEdit)):
            (widget.valueChanged if isinstance(widget, QSpinBox) else widget.dateTimeChanged) \
                .connect(typed)
            widget.editingFinished.connect(now)
            widget.installEventFilter(self)  # Ctrl+Z after typing a number: see eventFilter
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(now)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(obj, QPlainTextEdit):
            self.commit_pending()
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and is_undo_key(event):
            # Not the field's own undo: it forgets everything when the saved value is shown
            # again, so Ctrl+Z did nothing. Save the typing now (Kumoa is then enabled) and let
            # the window's Kumoa undo it as one step; Tee uudelleen brings it back.
            if event.type() == QEvent.Type.ShortcutOverride \
                    and event.matches(QKeySequence.StandardKey.Undo):
                self.commit_pending()
            return True
        return super().eventFilter(obj, event)

    # -- values -----------------------------------------------------------------------------------

    @staticmethod
    def value_of(widget: QWidget) -> Any:
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QSpinBox):
            return None if widget.value() == widget.minimum() and widget.specialValueText() \
                else widget.value()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QDateTimeEdit):
            return widget.dateTime().toPython().replace(second=0, microsecond=0)
        raise TypeError(type(widget))

    @staticmethod
    def set_value(widget: QWidget, value: Any) -> None:
        if isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
            widget.setCursorPosition(0)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QSpinBox):
            widget.setValue(widget.minimum() if value is None else int(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QDateTimeEdit) and value is not None:
            widget.setDateTime(value)

    # -- showing and saving -------------------------------------------------------------------------

    def record(self):
        return self.doc.get(self.cls, self.key) if self.doc is not None and self.key else None

    def show_record(self, doc: WorkbookDocument, record) -> None:
        self.commit_pending()
        self.doc = doc
        self.key = record.id if record is not None else None
        self.reload()

    def reload(self) -> None:
        """Show the record's stored values (after undo, redo, or another view's change)."""
        record = self.record()
        self._loading = True
        self._loaded = {}
        try:
            for name, widget in self.fields.items():
                if name not in self.special and record is not None:
                    self._loaded[name] = getattr(record, name)
                    self.set_value(widget, self._loaded[name])
                self.clear_error(name)
            if record is not None:
                self.load_special(record)
        finally:
            self._loading = False
        self.set_editable(self.doc is not None and not self.doc.readonly)

    def reload_field(self, name: str) -> None:
        """Show the stored value of one field (others keep what is being typed)."""
        record = self.record()
        widget = self.fields.get(name)
        if record is None or widget is None or name in self.special:
            return
        self._pending.discard(name)
        self._loading = True
        try:
            self._loaded[name] = getattr(record, name)
            self.set_value(widget, self._loaded[name])
        finally:
            self._loading = False

    def load_special(self, record) -> None:
        """Fill the widgets listed in ``special`` (subclasses)."""

    def set_editable(self, editable: bool) -> None:
        for widget in self.fields.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not editable)
            elif not isinstance(widget, QLabel):
                widget.setEnabled(editable)

    def commit_pending(self) -> None:
        self._timer.stop()
        pending, self._pending = self._pending, set()
        for name in sorted(pending):
            self.commit(name)

    def commit(self, name: str) -> bool:
        record = self.record()
        if record is None and self.key and self.doc is not None and self.doc.shared:
            # another user deleted it on the server: say so (the window then refreshes)
            self.show_error(name, QCoreApplication.translate("Commands", "Kohde on poistettu."))
            self.doc.outdated.emit()
            return False
        if record is None or self.doc is None or self.doc.readonly:
            return False
        value = self.value_of(self.fields[name])
        current = getattr(record, name)
        if (value or None) == (current or None) and not isinstance(value, bool) \
                or value == current:
            self.clear_error(name)
            return True
        buddy = self.layout_form.labelForField(self.fields[name])
        field_label = buddy.text().rstrip(":").replace("&", "") if isinstance(buddy, QLabel) else name
        text = QCoreApplication.translate("RecordEditor", "Muokkaa: %1").replace("%1", field_label)
        seen = self._loaded.get(name, NOT_GIVEN) if self.doc.shared else NOT_GIVEN
        if not self.run(EditCommand(self.doc, record, name, value, text, seen=seen), name):
            return False
        record = self.record()
        if record is not None:
            self._loaded[name] = getattr(record, name)
        return True

    def run(self, command, field: str | None = None) -> bool:
        """Run a command; a refusal is shown at ``field`` (or as a message)."""
        try:
            self.doc.run(command)
        except StaleValueError as exc:
            # Another user changed the field on the server: show their value and say so.
            self.reload_field(exc.field)
            translate = QCoreApplication.translate  # (lupdate reads translate(), not an alias)
            self.show_error(exc.field if exc.field in self.errors else field, translate(
                "RecordEditor", "Toinen käyttäjä (%1) muutti kentän juuri: %2")
                .replace("%1", exc.changed_by or translate("RecordEditor", "tuntematon"))
                .replace("%2", translate("RecordEditor", "(tyhjä)") if exc.current in (None, "")
                         else str(exc.current)))
            return False
        except ValidationError as exc:
            self.show_error(exc.field if exc.field in self.errors else field, str(exc))
            return False
        except DomainError as exc:
            if field is not None and field in self.errors:
                self.show_error(field, str(exc))
            else:
                self.message.emit(str(exc))
            return False
        if field is not None:
            self.clear_error(field)
        return True

    def show_error(self, name: str | None, text: str) -> None:
        if name is None or name not in self.errors:
            self.message.emit(text)
            return
        self.errors[name].setText(text)
        self.errors[name].show()
        self.fields[name].setStyleSheet("border: 1px solid #b00020;")
        self.fields[name].setToolTip(text)

    def clear_error(self, name: str) -> None:
        if name in self.errors:
            self.errors[name].hide()
            self.fields[name].setStyleSheet("")
            self.fields[name].setToolTip("")

    def on_change(self, change: Change) -> None:
        """Another part of the window (or undo) changed data: show what is stored now."""
        if self.record() is None:
            self.key = None
            return
        if self._in_item_handler:
            # A list item's own signal made this change; rebuilding the list now would
            # delete the item under its handler. Rebuild once control is back in the loop.
            QTimer.singleShot(0, self.reload)
        elif not self._pending:
            self.reload()

    def run_from_item(self, command, field: str) -> None:
        """Run a command from a check-list item's signal; on refusal, show the stored state."""
        self._in_item_handler = True
        try:
            if not self.run(command, field):
                QTimer.singleShot(0, self.reload)
        finally:
            self._in_item_handler = False


def is_undo_key(event: QEvent) -> bool:
    """Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z (the keys of the window's Kumoa and Tee uudelleen)."""
    if not isinstance(event, QKeyEvent):
        return False
    return any(event.matches(key) for key in (QKeySequence.StandardKey.Undo,
                                              QKeySequence.StandardKey.Redo)) or \
        event.keyCombination() in (QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y),
                                   QKeyCombination(Qt.KeyboardModifier.ControlModifier
                                                   | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z))


def _clean_typed(widget: QWidget) -> None:
    """Clean what was just typed or pasted into a text field (see :func:`clean_text`): Word's
    soft line break becomes a line break (a space in a one-line field), other control
    characters an .xlsx cannot hold are dropped; the cursor stays where it was."""
    if isinstance(widget, QLineEdit):
        text = widget.text()
        cleaned = clean_text(text).replace("\n", " ")
        if cleaned != text:
            position = widget.cursorPosition() - (len(text) - len(cleaned))
            widget.setText(cleaned)
            widget.setCursorPosition(max(0, position))
    elif isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
        cleaned = clean_text(text)
        if cleaned != text:
            cursor = widget.textCursor()
            position = cursor.position() - (len(text) - len(cleaned))
            blocker = QSignalBlocker(widget)  # the cleaned text is not a new edit to clean again
            widget.setPlainText(cleaned)
            del blocker
            cursor = widget.textCursor()
            cursor.setPosition(max(0, min(position, len(cleaned))))
            widget.setTextCursor(cursor)


class AreaEditor(RecordEditor):
    form_name = "area_editor"
    cls = Area
    vocabularies = {"group": vocab.AREA_GROUPS}


class _CheckList:
    """Helpers for check-box lists that create and remove link rows."""

    @staticmethod
    def checked_ids(widget: QListWidget) -> set[str]:
        return {widget.item(i).data(ItemIdRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked}


class GoalEditor(RecordEditor):
    form_name = "goal_editor"
    cls = Goal
    vocabularies = {"layer": vocab.GOAL_LAYERS}
    special = ("legal_references",)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.refs: QListWidget = self.fields["legal_references"]
        self.refs.itemChanged.connect(self._toggled)
        # What the goal is made of: its actions and indicators, each opened by a click.
        self.parts = QListWidget(self.form)
        self.parts.setObjectName("parts")
        self.parts.setMaximumHeight(140)
        self.parts.setAccessibleName(self.tr("Toimenpiteet ja mittarit"))
        self.parts.setToolTip(self.tr("Avaa toimenpide tai mittari napsauttamalla"))
        self.parts.itemClicked.connect(self._open_part)
        self.parts.itemActivated.connect(self._open_part)
        parts_label = QLabel(self.tr("Toimenpiteet ja mittarit:"), self.form)
        parts_label.setBuddy(self.parts)
        self.layout_form.addRow(parts_label, self.parts)

    def load_special(self, goal: Goal) -> None:
        self.parts.clear()
        for cls, records, kind in ((Action, [link.action for link in goal.action_links],
                                    self.tr("Toimenpide")),
                                   (Indicator, goal.indicators, self.tr("Mittari"))):
            for record in records:
                item = QListWidgetItem(f"{kind}: {record.title}", self.parts)
                item.setData(ItemIdRole, (cls, record.id))
        linked = {link.legal_reference_id for link in goal.legal_links}
        self.refs.clear()
        for ref in self.doc.session.scalars(select(LegalReference).order_by(LegalReference.position)):
            item = QListWidgetItem(f"{ref.title} ({ref.law})", self.refs)
            item.setData(ItemIdRole, ref.id)
            item.setToolTip(ref.description or "")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ref.id in linked else Qt.CheckState.Unchecked)

    def _open_part(self, item: QListWidgetItem) -> None:
        cls, ident = item.data(ItemIdRole)
        self.openRecord.emit(cls, ident)

    def _toggled(self, item: QListWidgetItem) -> None:
        if self._loading or self.record() is None:
            return
        linked = item.checkState() == Qt.CheckState.Checked
        text = self.tr("Liitä lakiperusta") if linked else self.tr("Irrota lakiperusta")
        self.run_from_item(LinkCommand(self.doc, GoalLegalReference,
                                       {"goal_id": self.key, "legal_reference_id": item.data(ItemIdRole)},
                                       linked, text), "legal_references")


class ActionEditor(RecordEditor):
    form_name = "action_editor"
    cls = Action
    special = ("goals", "responsibilities")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.goals_tree: QTreeWidget = self.fields["goals"]
        self.goals_tree.itemChanged.connect(self._goal_toggled)
        self.resp_tree: QTreeWidget = self.fields["responsibilities"]
        self.resp_tree.setHeaderLabels([self.tr("Osapuoli"), self.tr("Rooli"),
                                        self.tr("Nimetyt henkilöt")])
        self.resp_tree.setRootIsDecorated(False)
        self.resp_tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        buttons = QHBoxLayout()
        self.add_resp = QPushButton(self.tr("&Lisää vastuutaho…"), self.form)
        self.remove_resp = QPushButton(self.tr("Po&ista valitut vastuutahot"), self.form)
        self.add_resp.clicked.connect(self.add_responsibility)
        self.resp_tree.itemActivated.connect(lambda item, _column: self.edit_responsibility(item))
        self.resp_tree.setToolTip(self.tr("Muokkaa vastuutahon roolia ja henkilöitä "
                                          "kaksoisnapsauttamalla tai Enterillä"))
        self.remove_resp.clicked.connect(self.remove_responsibilities)
        buttons.addWidget(self.add_resp)
        buttons.addWidget(self.remove_resp)
        buttons.addStretch()
        row, _ = self.layout_form.getWidgetPosition(self.resp_tree)
        self.layout_form.insertRow(row + 1, "", buttons)

    def load_special(self, action: Action) -> None:
        served = {link.goal_id for link in action.goal_links}
        self.goals_tree.clear()
        areas = list(self.doc.session.scalars(select(Area).order_by(Area.position, Area.id)))
        numbers = goal_numbers(areas)
        for a_index, area in enumerate(areas, start=1):
            area_item = QTreeWidgetItem(self.goals_tree, [f"{a_index}. {area.title}"])
            area_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for goal in ordered_goals(area.goals):
                item = QTreeWidgetItem(area_item, [f"{numbers[goal.id]} {goal.title}"])
                item.setData(0, ItemIdRole, goal.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(0, Qt.CheckState.Checked if goal.id in served
                                   else Qt.CheckState.Unchecked)
        self.goals_tree.expandAll()
        self.resp_tree.clear()
        for resp in action.responsibilities:
            item = QTreeWidgetItem(self.resp_tree, [
                resp.party.name, label(vocab.RESPONSIBILITY_ROLES, resp.role),
                ", ".join(p.name for p in resp.persons)])
            item.setData(0, ItemIdRole, resp.id)
        for column in range(3):
            self.resp_tree.resizeColumnToContents(column)

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.add_resp.setEnabled(editable)
        self.remove_resp.setEnabled(editable)

    def _goal_toggled(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._loading or self.record() is None or item.data(0, ItemIdRole) is None:
            return
        linked = item.checkState(0) == Qt.CheckState.Checked
        text = self.tr("Liitä toimenpide tavoitteeseen") if linked \
            else self.tr("Irrota toimenpide tavoitteesta")
        self.run_from_item(LinkCommand(self.doc, GoalAction,
                                       {"goal_id": item.data(0, ItemIdRole), "action_id": self.key},
                                       linked, text), "goals")

    def add_responsibility(self) -> None:
        ResponsibilityDialog(self.doc, self._save_responsibility, parent=self).exec()

    def edit_responsibility(self, item: QTreeWidgetItem | None = None) -> None:
        """Double-click or Enter on a responsibility: change its role and persons in place."""
        item = item or self.resp_tree.currentItem()
        resp = self.doc.get(Responsibility, item.data(0, ItemIdRole)) if item is not None else None
        if resp is None or self.doc.readonly:
            return
        ResponsibilityDialog(self.doc, self._save_responsibility, resp, parent=self).exec()

    def _save_responsibility(self, dialog: ResponsibilityDialog) -> str | None:
        """The dialog's OK: store what it holds; a refusal (as one line) keeps it open."""
        action, doc = self.record(), self.doc
        persons = [doc.get(Person, pid) for pid in dialog.person_ids()]
        if dialog.responsibility_id is not None:
            resp = doc.get(Responsibility, dialog.responsibility_id)
            command = ResponsibilityCommand(doc, resp, dialog.role(), dialog.person_ids(),
                                            self.tr("Muokkaa vastuutahoa %1").replace("%1", resp.party.name))
        elif dialog.new_party_name():
            name = dialog.new_party_name()
            command = CreateCommand(doc, lambda ops: ops.add_responsibility_of_new_party(
                action, name, dialog.role(), persons), self.tr("Lisää vastuutaho %1").replace("%1", name))
        else:
            party = doc.get(Party, dialog.party_id())
            command = CreateCommand(doc, lambda ops: ops.add_responsibility(
                action, party, dialog.role(), persons),
                self.tr("Lisää vastuutaho %1").replace("%1", party.name))
        try:
            doc.run(command)
        except DomainError as exc:
            return str(exc)
        return None

    def remove_responsibilities(self) -> None:
        for item in self.resp_tree.selectedItems():
            resp = self.doc.get(Responsibility, item.data(0, ItemIdRole))
            if resp is not None:
                self.run(DeleteCommand(self.doc, resp, self.tr("Poista vastuutaho %1")
                                       .replace("%1", resp.party.name)), "responsibilities")


class ResponsibilityDialog(QDialog):
    """Choose a party, its role and the persons it designates; or change an existing
    responsibility's role and persons (``responsibility``). A party not in the workbook yet can
    be named here and is created with the responsibility.

    ``save(dialog)`` stores the choice when OK is pressed and returns a refusal as one line,
    shown in the dialog, which then stays open.
    """

    def __init__(self, doc: WorkbookDocument, save, responsibility: Responsibility | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.responsibility_id = responsibility.id if responsibility is not None else None
        self.setWindowTitle(self.tr("Muokkaa vastuutahoa") if responsibility is not None
                            else self.tr("Lisää vastuutaho"))
        form = load_form("responsibility_dialog", self)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        self.party: QComboBox = form.findChild(QComboBox, "party")
        self.role_box: QComboBox = form.findChild(QComboBox, "role")
        self.persons: QListWidget = form.findChild(QListWidget, "persons")
        buttons: QDialogButtonBox = form.findChild(QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for party in doc.session.scalars(select(Party).order_by(Party.name)):
            self.party.addItem(party.name, party.id)
        # A party missing from the workbook can be named here (the only way when there is none).
        self.new_party = QLineEdit(form)
        self.new_party.setObjectName("newParty")
        self.new_party.setPlaceholderText(self.tr("Kirjoita nimi, jos osapuolta ei ole listassa"))
        new_label = QLabel(self.tr("&Uusi osapuoli:"), form)
        new_label.setBuddy(self.new_party)
        grid: QFormLayout = form.layout()
        grid.insertRow(1, new_label, self.new_party)
        self.error = QLabel(form)
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        grid.insertRow(grid.rowCount() - 1, self.error)
        if not self.party.count():
            self.party.setEnabled(False)
            self.error.setText(self.tr("Työkirjassa ei ole vielä osapuolia: kirjoita uuden "
                                       "osapuolen nimi."))
            self.error.setStyleSheet("")
            self.error.show()
            self.new_party.setFocus()
        for key in vocab.RESPONSIBILITY_ROLES:
            self.role_box.addItem(label(vocab.RESPONSIBILITY_ROLES, key), key)
        self.role_box.setCurrentIndex(self.role_box.findData("vastuutaho"))
        self._doc = doc
        self.party.currentIndexChanged.connect(self._fill_persons)
        self.new_party.textChanged.connect(lambda _text: self._fill_persons())
        if responsibility is not None:
            self.party.setCurrentIndex(self.party.findData(responsibility.party_id))
            self.party.setEnabled(False)
            new_label.hide()
            self.new_party.hide()
            self.role_box.setCurrentIndex(self.role_box.findData(responsibility.role))
        self._fill_persons()
        if responsibility is not None:
            named = {link.person_id for link in responsibility.person_links}
            for row in range(self.persons.count()):
                item = self.persons.item(row)
                if item.data(ItemIdRole) in named:
                    item.setCheckState(Qt.CheckState.Checked)
            self.role_box.setFocus()

    def _fill_persons(self) -> None:
        self.persons.clear()
        party_id = None if self.new_party_name() else self.party.currentData()
        for person in self._doc.session.scalars(select(Person).order_by(Person.name)):
            item = QListWidgetItem(person.name + (f" ({person.party.name})" if person.party else ""),
                                   self.persons)
            item.setData(ItemIdRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setHidden(person.party_id not in (None, party_id))

    def accept(self) -> None:
        if self.responsibility_id is None and not self.new_party_name() and not self.party_id():
            self._refuse(self.tr("Valitse osapuoli tai kirjoita uuden osapuolen nimi."))
            self.new_party.setFocus()
            return
        refusal = self._save(self)
        if refusal:
            self._refuse(refusal)
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setText(text)
        self.error.show()

    def party_id(self) -> str | None:
        return self.party.currentData()

    def new_party_name(self) -> str:
        return self.new_party.text().strip() if self.new_party.isVisibleTo(self) else ""

    def role(self) -> str:
        return self.role_box.currentData()

    def person_ids(self) -> list[str]:
        return sorted(_CheckList.checked_ids(self.persons))


class PartyEditor(RecordEditor):
    form_name = "party_editor"
    cls = Party
    vocabularies = {"kind": vocab.PARTY_KINDS}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields["business_id"].textEdited.connect(self._check_business_id)
        self.fields["business_id"].setPlaceholderText("1234567-8")

    def _check_business_id(self, text: str) -> None:
        """Say at once, while typing, when a complete y-tunnus is wrong."""
        text = text.strip()
        problem = business_id.problem(text) if len(text) >= 9 else None
        if problem:
            self.show_error("business_id", problem)
        else:
            self.clear_error("business_id")


class PersonEditor(RecordEditor):
    form_name = "person_editor"
    cls = Person
    special = ("membership_role",)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.role_box: QComboBox = self.fields["membership_role"]
        self.role_box.addItem(self.tr("(ei työryhmän jäsen)"), None)
        for key in vocab.MEMBERSHIP_ROLES:
            self.role_box.addItem(label(vocab.MEMBERSHIP_ROLES, key), key)
        self.role_box.activated.connect(self._role_chosen)

    def load_special(self, person: Person) -> None:
        party_box: QComboBox = self.fields["party_id"]
        party_box.clear()
        party_box.addItem(self.tr("(ei organisaatiota)"), None)
        for party in self.doc.session.scalars(select(Party).order_by(Party.name)):
            party_box.addItem(party.name, party.id)
        party_box.setCurrentIndex(max(0, party_box.findData(person.party_id)))
        membership = self._membership()
        self.role_box.setCurrentIndex(max(0, self.role_box.findData(
            membership.role if membership else None)))

    def _membership(self) -> Membership | None:
        return self.doc.session.scalar(select(Membership).where(Membership.person_id == self.key))

    def _role_chosen(self, _index: int) -> None:
        role = self.role_box.currentData()
        membership = self._membership()
        name = self.record().name
        if membership is None and role is not None:
            command = CreateCommand(self.doc, lambda ops: ops.create(
                Membership, person_id=self.key, role=role),
                self.tr("Lisää %1 työryhmään").replace("%1", name))
        elif membership is not None and role is None:
            command = DeleteCommand(self.doc, membership,
                                    self.tr("Poista %1 työryhmästä").replace("%1", name))
        elif membership is not None:
            command = EditCommand(self.doc, membership, "role", role, self.tr("Muokkaa: rooli"))
        else:
            return
        self.run(command, "membership_role")


class IndicatorEditor(RecordEditor):
    form_name = "indicator_editor"
    cls = Indicator
    vocabularies = {"kind": vocab.INDICATOR_KINDS}
    special = ("owner",)

    def load_special(self, indicator: Indicator) -> None:
        owner = indicator.goal or indicator.action
        kind = self.tr("Tavoite") if indicator.goal else self.tr("Toimenpide")
        self.fields["owner"].setText(f"{kind}: {owner.title}" if owner else "")


class LegalReferenceEditor(RecordEditor):
    form_name = "legal_reference_editor"
    cls = LegalReference


class ForumEditor(RecordEditor):
    form_name = "forum_editor"
    cls = Forum


def _fill_combo(box: QComboBox, none_text: str, rows) -> None:
    """Fill a combo of records: a first "none" entry, then (id, text) rows."""
    box.clear()
    box.addItem(none_text, None)
    for ident, text in rows:
        box.addItem(text, ident)


def _checkable(item, checked: bool) -> None:
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    item.setCheckState(0, state) if isinstance(item, QTreeWidgetItem) else item.setCheckState(state)


class MeetingEditor(RecordEditor):
    """A meeting: forum, time, place, participants and the agenda."""

    form_name = "meeting_editor"
    cls = Meeting
    special = ("forum_id", "version_id", "participants", "agenda")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.forum_box: QComboBox = self.fields["forum_id"]
        self._connect("forum_id", self.forum_box)
        # The named version current at the meeting: the next meeting's handout reports the
        # changes since it (see handouts.changes_doc.since_previous_meeting).
        self.version_box: QComboBox = self.fields["version_id"]
        self._connect("version_id", self.version_box)
        self.participants: QListWidget = self.fields["participants"]
        self.participants.itemChanged.connect(self._participant_toggled)
        self.agenda: QTreeWidget = self.fields["agenda"]
        self.agenda.setHeaderLabels([self.tr("Nro"), self.tr("Asiakohta"), self.tr("Esittelijä")])
        self.agenda.setRootIsDecorated(False)
        self.agenda.itemActivated.connect(lambda _i, _c: self.edit_agenda_item())
        buttons = QHBoxLayout()
        self.agenda_buttons = []
        for text, slot in ((self.tr("Lis&ää asiakohta"), self.add_agenda_item),
                           (self.tr("M&uokkaa asiakohtaa…"), self.edit_agenda_item),
                           (self.tr("Poista asiako&hta"), self.remove_agenda_item),
                           (self.tr("&Ylös"), lambda: self.move_agenda_item(-1)),
                           (self.tr("A&las"), lambda: self.move_agenda_item(+1))):
            button = QPushButton(text, self.form)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.agenda_buttons.append(button)
        buttons.addStretch()
        row, _ = self.layout_form.getWidgetPosition(self.agenda)
        self.layout_form.insertRow(row + 1, "", buttons)

    def load_special(self, meeting: Meeting) -> None:
        session = self.doc.session
        _fill_combo(self.forum_box, self.tr("(ei foorumia)"), (
            (f.id, f"{f.level}. {f.name}") for f in session.scalars(
                select(Forum).order_by(Forum.level, Forum.position))))
        self.forum_box.setCurrentIndex(max(0, self.forum_box.findData(meeting.forum_id)))
        _fill_combo(self.version_box, self.tr("(ei kytketty)"),
                    ((v.id, v.name) for v in versions(session)))
        self.version_box.setCurrentIndex(max(0, self.version_box.findData(meeting.version_id)))
        present = {link.person_id for link in meeting.participant_links}
        self.participants.clear()
        for person in session.scalars(select(Person).order_by(Person.name)):
            item = QListWidgetItem(person.name + (f" ({person.party.name})" if person.party else ""),
                                   self.participants)
            item.setData(ItemIdRole, person.id)
            _checkable(item, person.id in present)
        self.agenda.clear()
        for number, agenda_item in enumerate(meeting.agenda, start=1):
            item = QTreeWidgetItem(self.agenda, [str(number), agenda_item.title,
                                                 agenda_item.presenter.name
                                                 if agenda_item.presenter else ""])
            item.setData(0, ItemIdRole, agenda_item.id)
        for column in range(3):
            self.agenda.resizeColumnToContents(column)

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        for button in self.agenda_buttons:
            button.setEnabled(editable)

    def commit(self, name: str) -> bool:
        if name in ("forum_id", "version_id"):
            record = self.record()
            value = self.fields[name].currentData()
            if record is None or getattr(record, name) == value:
                return True
            text = self.tr("Muokkaa: foorumi") if name == "forum_id" \
                else self.tr("Muokkaa: kokouksen versio")
            return self.run(EditCommand(self.doc, record, name, value, text), name)
        return super().commit(name)

    def _participant_toggled(self, item: QListWidgetItem) -> None:
        if self._loading or self.record() is None:
            return
        self.run_from_item(LinkCommand(
            self.doc, MeetingParticipant, {"meeting_id": self.key, "person_id": item.data(ItemIdRole)},
            item.checkState() == Qt.CheckState.Checked, self.tr("Osallistujat")), "participants")

    def _selected_agenda(self) -> AgendaItem | None:
        item = self.agenda.currentItem()
        return self.doc.get(AgendaItem, item.data(0, ItemIdRole)) if item is not None else None

    def add_agenda_item(self) -> None:
        title = self.tr("Uusi asiakohta")
        command = CreateCommand(self.doc, lambda ops: ops.create(
            AgendaItem, meeting_id=self.key, title=title), title)
        if self.run(command, "agenda"):
            AgendaItemDialog(self.doc, command.record(), self).exec()

    def edit_agenda_item(self) -> None:
        agenda_item = self._selected_agenda()
        if agenda_item is not None:
            AgendaItemDialog(self.doc, agenda_item, self).exec()
            self.reload()

    def remove_agenda_item(self) -> None:
        agenda_item = self._selected_agenda()
        if agenda_item is not None:
            self.run(DeleteCommand(self.doc, agenda_item, self.tr("Poista asiakohta %1")
                                   .replace("%1", agenda_item.title)), "agenda")

    def move_agenda_item(self, step: int) -> None:
        agenda_item = self._selected_agenda()
        if agenda_item is None:
            return
        index = self.agenda.indexOfTopLevelItem(self.agenda.currentItem()) + step
        if 0 <= index < self.agenda.topLevelItemCount():
            if self.run(MoveCommand(self.doc, agenda_item, index, self.tr("Siirrä asiakohtaa")),
                        "agenda"):
                self.reload()
                self.agenda.setCurrentItem(self.agenda.topLevelItem(index))
                del ident


class AgendaItemEditor(RecordEditor):
    """An agenda item: title, presenter, proposal, and what it deals with."""

    form_name = "agenda_item_editor"
    cls = AgendaItem
    special = ("presenter_id", "links")
    LINK_FIELDS = {Area: "area_id", Goal: "goal_id", Action: "action_id", Indicator: "indicator_id"}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter: QComboBox = self.fields["presenter_id"]
        self._connect("presenter_id", self.presenter)
        self.links: QTreeWidget = self.fields["links"]
        self.links.itemChanged.connect(self._link_toggled)

    def load_special(self, agenda_item: AgendaItem) -> None:
        session = self.doc.session
        _fill_combo(self.presenter, self.tr("(ei esittelijää)"), (
            (p.id, p.name) for p in session.scalars(select(Person).order_by(Person.name))))
        self.presenter.setCurrentIndex(max(0, self.presenter.findData(agenda_item.presenter_id)))
        linked = {(column, getattr(link, column)) for link in agenda_item.links
                  for column in self.LINK_FIELDS.values() if getattr(link, column)}
        self.links.clear()

        def add(parent, cls, record, text):
            item = QTreeWidgetItem(parent, [text])
            item.setData(0, ItemIdRole, (cls.__name__, record.id))
            _checkable(item, (self.LINK_FIELDS[cls], record.id) in linked)
            return item

        structure = QTreeWidgetItem(self.links, [self.tr("Osa-alueet ja tavoitteet")])
        for a_index, area in enumerate(session.scalars(select(Area).order_by(Area.position)), 1):
            area_item = add(structure, Area, area, f"{a_index}. {area.title}")
            for g_index, goal in enumerate(area.goals, 1):
                add(area_item, Goal, goal, f"{a_index}.{g_index} {goal.title}")
        actions = QTreeWidgetItem(self.links, [self.tr("Toimenpiteet")])
        for action in session.scalars(select(Action).order_by(Action.position)):
            add(actions, Action, action, action.title)
        indicators = QTreeWidgetItem(self.links, [self.tr("Mittarit")])
        for indicator in session.scalars(select(Indicator).order_by(Indicator.position)):
            add(indicators, Indicator, indicator, indicator.title)
        self.links.expandToDepth(0)

    def commit(self, name: str) -> bool:
        if name == "presenter_id":
            record = self.record()
            value = self.presenter.currentData()
            if record is None or record.presenter_id == value:
                return True
            return self.run(EditCommand(self.doc, record, "presenter_id", value,
                                        self.tr("Muokkaa: esittelijä")), name)
        return super().commit(name)

    def _link_toggled(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, ItemIdRole)
        if self._loading or self.record() is None or data is None:
            return
        cls_name, ident = data
        column = self.LINK_FIELDS[{c.__name__: c for c in self.LINK_FIELDS}[cls_name]]
        if item.checkState(0) == Qt.CheckState.Checked:
            command = CreateCommand(self.doc, lambda ops: ops.create(
                AgendaLink, agenda_item_id=self.key, **{column: ident}), self.tr("Liitä asiakohtaan"))
        else:
            link = self.doc.session.scalar(select(AgendaLink).where(
                AgendaLink.agenda_item_id == self.key, getattr(AgendaLink, column) == ident))
            if link is None:
                return
            command = DeleteCommand(self.doc, link, self.tr("Irrota asiakohdasta"))
        self.run_from_item(command, "links")


class AgendaItemDialog(QDialog):
    """The agenda item editor in its own window (it saves as it goes; Close just closes)."""

    def __init__(self, doc: WorkbookDocument, agenda_item: AgendaItem, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Asiakohta"))
        self.editor = AgendaItemEditor(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.editor.show_record(doc, agenda_item)
        self.resize(720, 640)

    def done(self, result: int) -> None:
        self.editor.commit_pending()
        super().done(result)


EDITORS: dict[type, type[RecordEditor]] = {
    Area: AreaEditor, Goal: GoalEditor, Action: ActionEditor, Party: PartyEditor,
    Person: PersonEditor, Indicator: IndicatorEditor, LegalReference: LegalReferenceEditor,
    Forum: ForumEditor, Meeting: MeetingEditor,
}
