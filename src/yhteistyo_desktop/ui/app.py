"""Starting the GUI: the application object, translations, the first workbook."""
from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from ..paths import resources_dir
from ..store.workbook_file import SUFFIX, WorkbookFileError
from .dialogs import PreferencesDialog
from .error_report import install as install_error_reporter
from .i18n import set_language
from .main_window import MainWindow
from .platform_check import check as check_platform
from .settings import Settings, WindowState, data_dir

DEMO_NAME = f"Keski-Suomi 2025-2029 (esimerkki){SUFFIX}"


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        check_platform()  # Qt would abort naming the wrong library: say which are missing
        app = QApplication(["yhteistyo", *(argv or [])])
    app.setOrganizationName("Yhteistyo")
    app.setApplicationName("Yhteistyo")
    app.setApplicationDisplayName("Yhteistyö")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "yhteistyo.svg")))
    return app


def ask_user_name(settings: Settings) -> None:
    """First start: the name that history and locks show to others."""
    dialog = PreferencesDialog(settings, first_start=True)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        settings.user_name = dialog.user_name()
        if dialog.language() != settings.language:
            settings.language = dialog.language()
            set_language(settings.language)
        settings.sync()


def user_name(settings: Settings) -> str:
    from ..domain.user import user_name as login_name

    return settings.user_name or login_name()


def demo_workbook(user: str) -> Path:
    """The Keski-Suomi demo in the data folder, made on first use."""
    demo = data_dir() / DEMO_NAME
    if not demo.exists():
        from ..store.demo import create_demo

        create_demo(demo, user).close()
    return demo


def default_workbook(settings: Settings, user: str) -> Path:
    """The last workbook used, or the demo (made on first start)."""
    for recent in settings.recent_files:
        if Path(recent).exists():
            return Path(recent)
    return demo_workbook(user)


class _TreeShown(QObject):
    """Calls ``then`` once, after the tree has painted the rows of an opened workbook."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._then = window, then
        window.tree.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self._window.model.rowCount() > 0:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint has reached the screen
        return False


def when_tree_shown(window: MainWindow, then: Callable[[], None]) -> None:
    """Call ``then`` once the workbook's tree is visible (its rows painted), or at once when no
    workbook is open: ``YHTEISTYO_QUIT_WHEN_SHOWN`` (the start-up benchmark) quits with it, so
    the measured time is the user's wait for the tree, not for an empty window."""
    if window.model.rowCount() > 0:
        _TreeShown(window, then)
    else:
        QTimer.singleShot(0, then)


def _server_options(argv: list[str]) -> tuple[tuple[str, str | None] | None, list[str]]:
    """``--server URL`` and ``--workbook ID`` taken out of ``argv``."""
    import argparse

    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--server")
    parser.add_argument("--workbook")
    known, rest = parser.parse_known_args(argv)
    return ((known.server, known.workbook) if known.server else None), rest


def run(argv: list[str]) -> int:
    app = application(argv)
    settings = Settings()
    set_language(settings.language)
    if not settings.user_name and not os.environ.get("YHTEISTYO_USER"):  # a name given: no need
        ask_user_name(settings)
    user = user_name(settings)
    window = MainWindow(settings, WindowState(), user)
    install_error_reporter(window)  # nothing unhandled is lost on stderr: a message and a log
    window.show()
    server, argv = _server_options(argv)
    if server is not None:
        # `yhteistyo --server postgresql://… [--workbook ID]`: a shared workbook on a server
        window.server.open_server(*server)
        return app.exec()
    try:
        if argv and argv[0] == "--demo":
            path = demo_workbook(user)
        else:
            path = Path(argv[0]) if argv else default_workbook(settings, user)
    except WorkbookFileError as exc:  # the demo could not be made (a full disk): say so
        window.show_error(str(exc))
    except (OSError, sqlite3.Error) as exc:
        window.show_error(window.storage_error(exc, data_dir() / DEMO_NAME))
    else:
        window.open_path(path)
    if os.environ.get("YHTEISTYO_QUIT_WHEN_SHOWN"):  # the start-up benchmark
        when_tree_shown(window, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
