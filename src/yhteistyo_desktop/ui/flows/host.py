"""What a flow may ask of the window: the open document and a few services, nothing else.

The flows (the server connection too) are given the window as this protocol, so that they never
import :mod:`..main_window` (which imports them) and a flow's reach into the frame stays small.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QMessageBox, QStatusBar

    from ...store.workbook_file import WorkbookFile
    from ..document import WorkbookDocument
    from ..settings import Settings


class Window(Protocol):
    """The main window as the flows see it (it is also their dialogs' parent widget)."""

    doc: WorkbookDocument | None
    user: str
    settings: Settings
    #: The message box shown last (tests read it).
    message: QMessageBox | None
    #: Signal(str): the user chose another language.
    languageChanged: object  # noqa: N815  (Qt's naming)

    @property
    def wbfile(self) -> WorkbookFile | None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802  (Qt's name)

    def show_message(self, icon_kind, title: str, text: str, buttons=..., on_finish=None) -> QMessageBox: ...

    def show_error(self, text: str) -> QMessageBox: ...

    def storage_error(self, exc: BaseException, path: Path | None = None) -> str: ...

    def commit_pending(self) -> None:
        """Save what is being typed in the editor before anything else happens."""

    def install(self, wbfile: WorkbookFile | None) -> None:
        """Show ``wbfile`` in the window (None: close the workbook)."""

    def open_path(self, path: Path, readonly: bool = False) -> bool: ...

    def reload_everything(self, keep_undo: bool = False) -> None:
        """Another session changed the data: show what is stored now."""

    def update_state(self) -> None:
        """Title, status bar and enabled actions from the open workbook."""


class RecordsWindow(Window, Protocol):
    """What the records flow needs beyond :class:`Window`: the editors and the tree's selection."""

    #: The record shown in the editor, as (class, id).
    current: tuple[type, str] | None
    editors: dict

    def run(self, command) -> bool:
        """Run an undoable command on the document; a refusal is told. True when it ran."""

    def go_to(self, cls: type, ident: str) -> bool: ...

    def show_record(self, record) -> None: ...

    def tree_node(self):
        """The tree's current node (a :class:`..tree_model.Node`), or None."""
