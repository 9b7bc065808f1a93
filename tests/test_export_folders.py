"""Files (issue 15.11): Excel export and PDF save start in the folder used last, else Documents,
never the app's hidden data folder; opening a PDF in a viewer says so when none opens."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from yhteistyo_desktop.ui.handout_dialog import HandoutDialog
from yhteistyo_desktop.ui.settings import data_dir, documents_dir


@pytest.fixture
def save_dialog(monkeypatch, tmp_path):
    """The native save dialog, answered by the user: records where it started, picks a file
    in a folder of the user's own."""
    started: list[Path] = []
    chosen = tmp_path / "omat" / "tiedosto"
    chosen.parent.mkdir()

    def answer(_parent, _title, start, file_filter):
        started.append(Path(start))
        suffix = ".xlsx" if "xlsx" in file_filter else ".pdf"
        return str(chosen.with_suffix(suffix)), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return started, chosen.parent


def _open_demo_in_data_folder(window, demo_path) -> Path:
    """The demo workbook lives in the app's hidden data folder, as on a first start."""
    target = data_dir() / "keski-suomi.tyokirja"
    shutil.copy(demo_path, target)
    window.open_path(target)
    return target


def test_excel_export_starts_in_documents_then_in_the_folder_used_last(window, demo_path,
                                                                        save_dialog):
    started, own_folder = save_dialog
    _open_demo_in_data_folder(window, demo_path)
    window.excel.choose_and_export()
    assert started[0].parent == documents_dir()
    assert data_dir() not in started[0].parents
    assert list(own_folder.glob("*.xlsx"))
    window.excel.choose_and_export()
    assert started[1].parent == own_folder


def test_handout_pdf_save_starts_in_documents_then_in_the_folder_used_last(window, demo_path,
                                                                           qtbot, save_dialog):
    started, own_folder = save_dialog
    _open_demo_in_data_folder(window, demo_path)
    dialog = HandoutDialog(window.doc, window)
    qtbot.addWidget(dialog)
    dialog.choose_and_save()
    assert started[0].parent == documents_dir()
    qtbot.waitUntil(lambda: bool(list(own_folder.glob("*.pdf"))), timeout=20000)
    dialog.choose_and_save()
    assert started[1].parent == own_folder


def test_a_remembered_data_folder_is_not_used(window, demo_path):
    window.settings.remember_export_folder(data_dir() / "vanha.xlsx")
    assert window.settings.export_folder == documents_dir()


@pytest.mark.qt_log_ignore("openDocument")  # Qt's own note that no viewer could be asked
def test_open_in_viewer_says_so_when_no_viewer_opens(window, demo_path, qtbot, monkeypatch,
                                                     tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no xdg-open, no viewer of any kind
    window.open_path(demo_path)
    dialog = HandoutDialog(window.doc, window)
    qtbot.addWidget(dialog)
    assert dialog.open_in_viewer() is False
    assert "katseluohjelma" in dialog.status.text()
