"""The review of a returned copy (and of another member's file) from the real menu actions:
once its dialog is up, no progress box is left over it and the dialog takes input.

The progress box of the background job appears only when the job outlasts a delay; a box that
appeared (or would have appeared) must be gone for good when the job ends. Each action is run
with the real job (the demo is compared in a few tens of milliseconds, well under the delay)
and with the job made longer than the delay, and the review dialog is then left open past the
delay before its own button is clicked.
"""
from __future__ import annotations

import shutil
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QProgressDialog
from sqlalchemy import select

import yhteistyo_desktop.sync as sync
import yhteistyo_desktop.xlsx as xlsx
from xlsx_helpers import edit_copy, export, find_row
from yhteistyo_desktop.domain.models import Goal
from yhteistyo_desktop.store.workbook_file import open_workbook
from yhteistyo_desktop.ui import worker
from yhteistyo_desktop.ui.review_dialog import ReviewDialog

AREA = "Osallisuus ja yhteisöllisyys"
FIRST_GOAL = "Asukkaiden vaikutusmahdollisuuksien parantaminen"
SHOW_AFTER_MS = 300  # run_in_background's default delay before its progress box shows


def _xlsx_copy(demo_path, tmp_path):
    with open_workbook(demo_path, "t") as wbfile:
        path = export(wbfile, tmp_path / "palautettu.xlsx")

    def edits(book):
        sheet = book[AREA]
        sheet[f"F{find_row(sheet, 'B', FIRST_GOAL)}"] = "Kopion huomio"
    return edit_copy(path, edits)


def _member_copy(demo_path, tmp_path):
    other = tmp_path / "bertta" / "demo.tyokirja"
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)
    with open_workbook(other, "Bertta Berg") as wbfile, wbfile.session() as session:
        goal = session.scalars(select(Goal).where(Goal.title == FIRST_GOAL)).one()
        wbfile.operations(session).edit(goal, "notes", "Bertan huomio")
    return other


CASES = {"xlsx": (_xlsx_copy, "review_xlsx_action", xlsx, "compare"),
         "merge": (_member_copy, "merge_action", sync, "compare_files")}


def _visible_progress() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()]


@pytest.mark.parametrize("job_ms", [0, 3 * SHOW_AFTER_MS], ids=["short-job", "long-job"])
@pytest.mark.parametrize("kind", list(CASES))
def test_the_review_dialog_from_the_menu_is_usable_after_the_job(kind, job_ms, window, demo_path,
                                                                 tmp_path, qtbot, monkeypatch):
    make_copy, action_name, module, function = CASES[kind]
    copy = make_copy(demo_path, tmp_path)
    assert window.open_path(demo_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    if job_ms:  # the real comparison, made to outlast the progress box's delay
        real = getattr(module, function)

        def slow(*args, **kwargs):
            time.sleep(job_ms / 1000)
            return real(*args, **kwargs)
        monkeypatch.setattr(module, function, slow)

    seen: dict[str, object] = {}
    finished: list[bool] = []

    def when_review_shown():
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, ReviewDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(10, when_review_shown)
            return
        # Stay in the review past the delay: a progress box's own timer would fire by now.
        QTimer.singleShot(SHOW_AFTER_MS + 400, lambda: inspect(dialogs[0]))

    def inspect(dialog: ReviewDialog):
        seen["progress"] = [w.labelText() for w in _visible_progress()]
        seen["modal"] = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        ok = dialog.form.findChild(QDialogButtonBox, "buttons").button(
            QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        if dialog.isVisible():  # the click did not get through: close it, so that the test ends
            seen["click ignored"] = True
            dialog.reject()
        for box in _visible_progress():
            box.hide()

    def run():
        getattr(window, action_name).trigger()
        finished.append(True)

    QTimer.singleShot(0, when_review_shown)
    QTimer.singleShot(0, run)
    qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
    assert seen.get("dialog") is not None, "the review dialog never showed"
    assert seen["progress"] == [], f"a progress box stayed over the review: {seen['progress']}"
    assert seen["modal"] is seen["dialog"], f"input goes to {seen['modal']!r}, not the review"
    assert "click ignored" not in seen
    # the accepted change was applied, and no progress box is left anywhere
    assert window.message is not None and window.message.text()
    qtbot.wait(SHOW_AFTER_MS + 200)
    assert _visible_progress() == []
    assert window.findChildren(QProgressDialog) == []


def test_a_job_ends_with_no_progress_box_left_even_when_it_was_shown(window, qtbot):
    def job(progress):
        progress(0, 2)
        time.sleep(0.4)
        progress(1, 2)
        return "tehty"

    assert worker.run_in_background(window, "Työ…", job, show_after_ms=50) == "tehty"
    assert window.findChildren(QProgressDialog) == []
    qtbot.wait(200)
    assert _visible_progress() == []
