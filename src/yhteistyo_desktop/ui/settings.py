"""Typed settings over QSettings; preferences and window state kept in separate files.

Preferences (user name, language, recent files) are what a user chooses and
may want to copy to another computer; window geometry is per screen and is
thrown away without loss. ``YHTEISTYO_HOME`` moves both (and the data folder)
elsewhere, which the tests use to run against a private, empty home.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

MAX_RECENT = 8


def _home() -> Path | None:
    value = os.environ.get("YHTEISTYO_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    """Where the app keeps its own workbooks (the demo) by default."""
    home = _home()
    path = home / "data" if home else Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir() -> Path:
    """The user's Documents folder (under ``YHTEISTYO_HOME`` in tests), or the home folder."""
    home = _home()
    if home:
        path = home / "Documents"
        path.mkdir(parents=True, exist_ok=True)
        return path
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def config_dir() -> Path:
    home = _home()
    path = home / "config" if home else Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


class Settings:
    """The user's preferences."""

    def __init__(self) -> None:
        self._s = QSettings(str(config_dir() / "asetukset.ini"), QSettings.Format.IniFormat)

    def _str(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    @property
    def user_name(self) -> str:
        return self._str("user/name")

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._s.setValue("user/name", value.strip())

    @property
    def language(self) -> str:
        return self._str("ui/language", "fi")

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def recent_files(self) -> list[str]:
        value = self._s.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or [] if v]

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        items = [text] + [p for p in self.recent_files if p != text]
        self._s.setValue("files/recent", items[:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self._s.setValue("files/recent", [p for p in self.recent_files if p != path])

    @property
    def export_folder(self) -> Path:
        """Where an exported Excel or a saved PDF goes first: the folder used last, else
        Documents; never the app's own hidden data folder (where the demo workbook lives)."""
        last = Path(self._str("files/export_folder")) if self._str("files/export_folder") else None
        hidden = data_dir().resolve()
        if last is not None and last.is_dir() and not (
                last.resolve() == hidden or hidden in last.resolve().parents):
            return last
        return documents_dir()

    def remember_export_folder(self, path: Path) -> None:
        """Remember the folder of a file the user just chose to write."""
        self._s.setValue("files/export_folder", str(Path(path).parent))

    def sync(self) -> None:
        self._s.sync()


class WindowState:
    """Geometry and splitter positions: per computer, disposable."""

    def __init__(self) -> None:
        self._s = QSettings(str(config_dir() / "ikkuna.ini"), QSettings.Format.IniFormat)

    def load(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) else None

    def save(self, key: str, value: QByteArray) -> None:
        self._s.setValue(key, value)
