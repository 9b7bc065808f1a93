"""The open workbook as the GUI sees it: session, operations, undo stack, change signals.

Every edit made in the window is a :class:`~.commands.DomainCommand` run through
:meth:`WorkbookDocument.run`: the command's operation runs first (so a refused
edit raises :class:`~yhteistyo_desktop.domain.operations.DomainError` and
nothing is pushed), then the command goes on the QUndoStack for undo and redo.
Views listen to :attr:`WorkbookDocument.changed` instead of being told by the
code that made the change.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.exc import DBAPIError

from ..domain.models import Base
from ..domain.operations import DeletedError, DomainError
from ..store.workbook_file import WorkbookFile, WorkbookFileError  # or a store.server.ServerWorkbook


@dataclass(frozen=True)
class Change:
    """What a command touched: ``structural`` when rows were added, removed, moved or linked."""

    table: str
    id: str
    field: str | None = None
    structural: bool = False


class WorkbookDocument(QObject):
    changed = Signal(object)  # Change
    # A command failed while undoing or redoing (the file changed under it); message for the user.
    failed = Signal(str)
    #: A change found its record deleted, or another user's entry saved meanwhile (on the
    #: server): what the window shows is out of date.
    outdated = Signal()

    def __init__(self, wbfile: WorkbookFile, parent: QObject | None = None):
        super().__init__(parent)
        self.wbfile = wbfile
        self.session = wbfile.session()
        self.ops = wbfile.operations(self.session)
        self.undo_stack = QUndoStack(self)

    @property
    def readonly(self) -> bool:
        return self.wbfile.readonly

    @property
    def shared(self) -> bool:
        """On a server: others may change the workbook while this window shows it."""
        return getattr(self.wbfile, "is_server", False)

    def get(self, cls: type[Base], ident) -> Base | None:
        return self.session.get(cls, ident)

    def workbook(self):
        return self.wbfile.workbook(self.session)

    def run(self, command) -> None:
        """Do ``command`` now; on success put it on the undo stack. Raises DomainError."""
        if self.readonly:
            raise DomainError(self.tr("Työkirja on avattu vain luettavaksi."))
        try:
            command.do()
        except DBAPIError as exc:
            self.session.rollback()
            if not self.shared:
                raise
            # The server went away or refused: one sentence, not a traceback.
            from ..store.server import describe_error

            raise DomainError(self.tr("Muutosta ei tallennettu: %1")
                              .replace("%1", describe_error(exc, self.wbfile.url))) from None
        except WorkbookFileError as exc:  # the file could not be written (a full disk)
            self.session.rollback()
            self.failed.emit(str(exc))  # the window shows it in a message box
            raise DomainError(str(exc)) from None
        except DeletedError:
            self.session.rollback()
            self.outdated.emit()
            raise
        except BaseException:
            self.session.rollback()
            raise
        command.first = True
        self.undo_stack.push(command)

    def notify(self, change: Change) -> None:
        self.changed.emit(change)

    def close(self) -> None:
        self.undo_stack.clear()
        self.session.close()
