"""The window's file work: Excel export and the review of a returned copy, PDF handouts with
preview and printing, and meetings edited in the window. Real widgets, real files."""
from __future__ import annotations


import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from sqlalchemy import select

from xlsx_helpers import edit_copy, find_row
from yhteistyo_desktop.domain.models import AgendaItem, AgendaLink, Goal, History, Meeting
from yhteistyo_desktop.store.workbook_file import open_workbook
from yhteistyo_desktop.ui.review_dialog import ReviewDialog

AREA = "Osallisuus ja yhteisöllisyys"
FIRST_GOAL = "Asukkaiden vaikutusmahdollisuuksien parantaminen"
SECOND_GOAL = "Vahva kokemus turvallisesta asuinympäristöstä"


@pytest.fixture
def window(window, demo_path):
    """conftest's main window, with a copy of the demo open."""
    assert window.open_path(demo_path)
    return window


def goal_notes(path, title):
    with open_workbook(path, "t", readonly=True) as f, f.session() as s:
        return s.scalar(select(Goal.notes).where(Goal.title == title))


def test_export_from_the_window_writes_the_template_layout(window, tmp_path):
    target = tmp_path / "kierrätettävä.xlsx"
    assert window.excel.export_xlsx(target)
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames[:2] == ["Ohje", "Osa-alueet"]
    assert AREA in book.sheetnames
    assert str(target) in window.statusBar().currentMessage()


def test_returned_copy_reviewed_change_by_change_in_the_window(window, demo_path, tmp_path, qtbot):
    exported = tmp_path / "lähetetty.xlsx"
    window.excel.export_xlsx(exported)

    def edits(book):
        sheet = book[AREA]
        sheet[f"F{find_row(sheet, 'B', FIRST_GOAL)}"] = "Kopion huomio A"
        sheet[f"F{find_row(sheet, 'B', SECOND_GOAL)}"] = "Kopion huomio B"

    returned = edit_copy(exported, edits)
    # meanwhile the same field of the second goal is changed in the workbook: a conflict
    window.go_to(Goal, window.doc.session.scalar(select(Goal.id).where(Goal.title == SECOND_GOAL)))
    notes = window.editor().fields["notes"]
    notes.setPlainText("Työkirjan huomio")
    window.editor().commit_pending()

    review = window.excel.compare_xlsx(returned)
    dialog = ReviewDialog(review, window)
    qtbot.addWidget(dialog)
    conflict = review.conflicts[0]
    plain = next(c for c in review.changes if not c.conflict)
    item = dialog.items[conflict.id]
    assert item.text(2) == "Työkirjan huomio" and item.text(3) == "Kopion huomio B"
    assert item.checkState(0) == Qt.CheckState.Unchecked  # a conflict is never pre-selected
    assert dialog.items[plain.id].checkState(0) == Qt.CheckState.Checked
    assert dialog.tree.topLevelItem(0).text(0) == AREA  # grouped by area, then goal

    QTimer.singleShot(0, dialog.accept)
    ok = window.excel.review_returned(review, dialog)
    assert ok, window.message.text() if window.message else ""
    assert goal_notes(demo_path, FIRST_GOAL) == "Kopion huomio A"
    assert goal_notes(demo_path, SECOND_GOAL) == "Työkirjan huomio"
    assert "1 muutosta hyväksyttiin" in window.message.text() or "hyväksyttiin" in window.message.text()
    with open_workbook(demo_path, "t", readonly=True) as f, f.session() as s:
        assert s.scalar(select(History).where(History.source == returned.name)) is not None


def test_a_hostile_file_is_refused_in_the_window_and_nothing_changes(window, demo_path, tmp_path):
    bad = tmp_path / "liite.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    before = demo_path.read_bytes()
    assert window.excel.compare_xlsx(bad) is None
    assert window.message.isVisible() and window.message.text()
    assert "Traceback" not in window.message.text()
    window.install(None)
    assert demo_path.read_bytes() == before


def test_workbook_handout_previews_saves_and_prints(window, tmp_path, qtbot):
    dialog = window.handouts.open("workbook")
    qtbot.addWidget(dialog)
    assert dialog.preview()
    assert dialog.pdf.pageCount() >= 3
    assert "sivua" in dialog.status.text()
    saved = tmp_path / "liite.pdf"
    assert dialog.save_to(saved)
    assert saved.read_bytes().startswith(b"%PDF")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "tuloste.pdf"))
    assert dialog.print_to(printer) == dialog.pdf.pageCount()
    assert (tmp_path / "tuloste.pdf").stat().st_size > 10_000
    dialog.close()


def test_long_work_runs_off_the_gui_thread_and_can_be_cancelled(window, qtbot):
    """The window keeps answering during a job, and Cancel stops the job at its next step."""
    import time

    from yhteistyo_desktop.ui.worker import JobCancelled, run_in_background

    steps, ticks = [], []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start(10)

    def job(progress):
        for step in range(2000):
            progress(step, 2000)
            steps.append(step)
            time.sleep(0.002)

    def cancel_when_shown():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and len(ticks) > 20:
                widget.findChild(QPushButton).click()  # what the user does: the Cancel button
                return
        QTimer.singleShot(10, cancel_when_shown)

    QTimer.singleShot(0, cancel_when_shown)
    with pytest.raises(JobCancelled):
        run_in_background(window, "Testityö…", job, show_after_ms=0)
    ticker.stop()
    assert 0 < len(steps) < 2000
    assert len(ticks) > 20  # the GUI thread's timers ran while the job worked
    assert max(b - a for a, b in zip(ticks, ticks[1:])) < 0.1


def test_meeting_and_its_agenda_edited_in_the_window(window, demo_path, qtbot):
    window.new_meeting_action.trigger()
    editor = window.editor()
    meeting_id = editor.record().id
    editor.fields["title"].setText("Kuntakokous syksy 2026")
    editor.fields["title"].editingFinished.emit()
    editor.fields["place"].setText("Jyväskylä, Kokoustamo")
    editor.fields["place"].editingFinished.emit()
    editor.forum_box.setCurrentIndex(1)
    editor.forum_box.activated.emit(1)
    first = editor.participants.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    qtbot.wait(1)
    editor.add_agenda_item = lambda: None  # the dialog path is tested through the editor below
    from yhteistyo_desktop.ui.commands import CreateCommand
    command = CreateCommand(window.doc, lambda ops: ops.create(
        AgendaItem, meeting_id=meeting_id, title="Seurannan tulokset"), "asiakohta")
    window.doc.run(command)
    from yhteistyo_desktop.ui.editors import AgendaItemDialog
    agenda = AgendaItemDialog(window.doc, command.record(), window)
    qtbot.addWidget(agenda)
    structure = agenda.editor.links.topLevelItem(0)
    structure.child(0).setCheckState(0, Qt.CheckState.Checked)  # the first area
    qtbot.wait(1)
    agenda.close()

    with open_workbook(demo_path, "t", readonly=True) as f, f.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting.title == "Kuntakokous syksy 2026"
        assert meeting.place == "Jyväskylä, Kokoustamo" and meeting.forum_id is not None
        assert len(meeting.participant_links) == 1
        item = s.scalar(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id))
        assert item.title == "Seurannan tulokset"
        assert s.scalar(select(AgendaLink).where(AgendaLink.agenda_item_id == item.id)).area_id
    # the new meeting can be printed as a handout
    dialog = window.handouts.open("meeting")
    qtbot.addWidget(dialog)
    dialog.meeting.setCurrentIndex(dialog.meeting.findData(meeting_id))
    assert dialog.preview()
    dialog.close()
