"""File › Merkitse versio… and File › Versiot ja muutokset…: named versions and the change report.

Marking a version names the workbook's present moment (:func:`~...domain.versions.mark_version`,
recorded in the history). The versions dialog (:mod:`..versions_dialog`, loaded when first used:
QtPdf costs start-up time) lists them and shows the change report between two chosen moments.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from ...domain.operations import DomainError
from ...domain.versions import mark_version
from .host import Window


class VersionsFlow(QObject):
    """The File menu's version actions for ``window``, and the history view's report button."""

    #: A version was marked (the window shows it in the history).
    marked = Signal()

    def __init__(self, window: Window, history):
        super().__init__(window)
        self.window = window
        self.history = history
        self.mark_action = QAction(window)
        self.mark_action.triggered.connect(self.choose_and_mark)
        self.list_action = QAction(window)
        self.list_action.triggered.connect(self.show_versions)
        self.actions = [self.mark_action, self.list_action]
        self.dialog = None  # the versions dialog, while open
        history.report_button.clicked.connect(self.show_versions)

    def retranslate(self) -> None:
        self.mark_action.setText(self.tr("Me&rkitse versio…"))
        self.list_action.setText(self.tr("Versiot &ja muutokset…"))
        for action in self.actions:
            action.setToolTip(action.text().replace("&", "").rstrip("…"))

    def update_state(self) -> None:
        doc = self.window.doc
        self.mark_action.setEnabled(doc is not None and not doc.readonly)
        self.list_action.setEnabled(doc is not None)
        self.history.report_button.setEnabled(doc is not None)

    def mark(self, name: str, note: str | None = None) -> bool:
        """Mark a version of the open workbook; a refusal (a name in use) is told, not raised."""
        window = self.window
        window.commit_pending()
        try:
            version = mark_version(window.doc.ops, name, note or None)
        except DomainError as exc:
            window.show_error(str(exc))
            return False
        self.marked.emit()
        window.statusBar().showMessage(self.tr("Versio merkitty: %1").replace("%1", version.name),
                                       8000)
        return True

    def choose_and_mark(self) -> None:
        if self.window.doc is None:
            return
        from ..versions_dialog import MarkVersionDialog

        dialog = MarkVersionDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.mark(dialog.name.text(), dialog.note.text())

    def show_versions(self):
        if self.window.doc is None:
            return None
        self.window.commit_pending()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        from ..versions_dialog import VersionsDialog

        self.dialog = VersionsDialog(self.window)
        self.dialog.show()
        return self.dialog
