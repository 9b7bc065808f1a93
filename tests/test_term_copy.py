"""Copying a workbook to the next council term: real files, compared record by record."""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from conftest import USER
from test_cli import info, yhteistyo
from yhteistyo_desktop.domain.models import (
    Action, ActionStatus, AgendaItem, Goal, History, Indicator, IndicatorValue, Meeting,
    MeetingParticipant, Party, Person, Responsibility, ResponsibilityPerson, Workbook,
)
from yhteistyo_desktop.domain.operations import columns, key_of_cls
from yhteistyo_desktop.domain.term_copy import CARRIED, TermCopyError, copy_term
from yhteistyo_desktop.store.workbook_file import WorkbookFileError, open_workbook


@pytest.fixture
def source(demo_path) -> Path:
    """The demo with what a term's follow-up adds, and a gap in the goal positions."""
    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        ops = wbfile.operations(session)
        persons = list(session.scalars(select(Person).order_by(Person.position)))
        responsibilities = list(session.scalars(select(Responsibility).order_by(Responsibility.id)))
        for resp, person in zip(responsibilities[:3], persons):
            ops.link(ResponsibilityPerson, responsibility_id=resp.id, person_id=person.id)
        action = session.scalar(select(Action).order_by(Action.position))
        ops.set_action_status(action, 2026, "viivastynyt", "Rahoitus viivästyi")
        indicator = session.scalar(select(Indicator).where(Indicator.kind == "luku"))
        ops.update(indicator, source_id="sotkanet:3219", baseline_value="61,2", baseline_year=2024,
                   target_value="65", target_year=2029)
        ops.set_indicator_value(indicator, 2025, number=62.0, comment="THL")
        party = session.scalar(select(Party).where(Party.short_name == "Jyväskylä"))
        ops.set_indicator_value(indicator, 2025, number=60.5, party=party)
        area_goals = session.scalars(select(Goal).order_by(Goal.area_id, Goal.position)).all()
        ops.delete(area_goals[1])  # leaves positions 0, 2 in that area
        ops.update(session.scalar(select(Workbook)), status="hyvaksytty",
                   approved_on=dt.date(2026, 3, 2), version="1.3")
    return demo_path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(path: Path, cls) -> dict[tuple, dict]:
    """Every record of ``cls`` by its key, with every column (from the table's metadata)."""
    with open_workbook(path, "lukija", readonly=True) as wbfile, wbfile.session() as session:
        return {tuple(getattr(r, k) for k in key_of_cls(cls)): {c: getattr(r, c) for c in columns(cls)}
                for r in session.scalars(select(cls))}


def count(path: Path, cls) -> int:
    return len(rows(path, cls))


def test_every_field_of_every_carried_record_is_kept_and_the_term_starts_afresh(source, tmp_path):
    before = digest(source)
    target = tmp_path / "uusi.tyokirja"
    counts = copy_term(source, target, 2029, 2033, USER)
    assert digest(source) == before  # the source is never written

    for cls, name in CARRIED:
        old, new = rows(source, cls), rows(target, cls)
        assert old and counts[name] == len(old), cls.__tablename__
        assert set(new) == set(old), cls.__tablename__  # the same records, by their stable ids
        for key, fields in old.items():
            expected = dict(fields)
            if cls is Indicator and fields["target_year"] is not None \
                    and not 2029 <= fields["target_year"] <= 2033:
                expected["target_year"] = None  # a target year outside the new term is left out
            assert new[key] == expected, (cls.__tablename__, key)
    assert counts["target_years_cleared"] == 1  # the demo's 2026 target

    old_wb, = rows(source, Workbook).values()
    new_wb, = rows(target, Workbook).values()
    assert new_wb["id"] != old_wb["id"]
    assert (new_wb["term_start"], new_wb["term_end"], new_wb["status"], new_wb["approved_on"],
            new_wb["version"]) == (2029, 2033, "luonnos", None, "1.0")
    assert (new_wb["title"], new_wb["region"], new_wb["description"]) == \
        (old_wb["title"], old_wb["region"], old_wb["description"])

    positions: dict[str, list[int]] = {}
    for goal in rows(target, Goal).values():
        positions.setdefault(goal["area_id"], []).append(goal["position"])
    assert [0, 2] in [sorted(p) for p in positions.values()]  # the gap is kept, not renumbered


def test_follow_up_values_statuses_meetings_and_history_stay_behind(source, tmp_path):
    target = tmp_path / "uusi.tyokirja"
    counts = copy_term(source, target, 2029, 2033, USER)
    assert (counts["values_left"], counts["statuses_left"], counts["meetings_left"]) == (2, 1, 1)
    for cls in (IndicatorValue, ActionStatus, Meeting, MeetingParticipant, AgendaItem):
        assert count(source, cls) > 0
        assert count(target, cls) == 0, cls.__tablename__
    old_txns = {h["txn"] for h in rows(source, History).values()}
    new_history = list(rows(target, History).values())
    assert not old_txns & {h["txn"] for h in new_history}
    assert {h["source"] for h in new_history if h["entity"] != "workbook"} == \
        {"Kopioitu työkirjasta demo.tyokirja"}


def test_a_cancelled_copy_leaves_nothing_behind(source, tmp_path):
    target = tmp_path / "uusi.tyokirja"
    seen = []

    class Cancelled(Exception):
        pass

    def progress(done, total):
        seen.append((done, total))
        if done >= 100:
            raise Cancelled  # as the window's progress raises JobCancelled

    with pytest.raises(Cancelled):
        copy_term(source, target, 2029, 2033, USER, progress)
    assert seen[0][0] == 0 and seen[-1][0] == 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.tyokirja"]


def test_refusals_change_nothing(source, tmp_path):
    before = digest(source)
    existing = tmp_path / "olemassa.tyokirja"
    existing.write_bytes(b"jotain muuta")
    with pytest.raises(TermCopyError, match="on jo olemassa"):
        copy_term(source, existing, 2029, 2033, USER)
    assert existing.read_bytes() == b"jotain muuta"
    with pytest.raises(TermCopyError, match="ei voi korvata alkuperäistä"):
        copy_term(source, source, 2029, 2033, USER, overwrite=True)
    with pytest.raises(TermCopyError, match="Valtuustokausi 2033-2029"):
        copy_term(source, tmp_path / "x.tyokirja", 2033, 2029, USER)
    with pytest.raises(WorkbookFileError, match="ei ole Yhteistyö-työkirja"):
        copy_term(existing, tmp_path / "y.tyokirja", 2029, 2033, USER)
    assert digest(source) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.tyokirja", "olemassa.tyokirja"]


# -- the command line, run as a user runs it ----------------------------------------------------



def test_copy_term_command_makes_a_file_with_the_same_counts(source):
    before = digest(source)
    result = yhteistyo("copy-term", source.name, "seuraava.tyokirja", "--term", "2029-2033",
                       cwd=source.parent)
    assert result.returncode == 0, result.stderr
    assert "Uusi työkirja valtuustokaudelle 2029-2033: seuraava.tyokirja" in result.stdout
    assert "seuranta-arvot 2" in result.stdout
    assert "tavoitevuosi" in result.stderr and "Traceback" not in result.stderr
    assert digest(source) == before
    old, new = info(source), info(source.with_name("seuraava.tyokirja"))
    for key in ("areas", "goals", "actions", "indicators", "parties", "persons"):
        assert new[key] == old[key], key
    assert (new["meetings"], new["term"], old["term"]) == (0, "2029-2033", "2025-2029")
    assert new["id"] != old["id"]
    assert yhteistyo("check", "seuraava.tyokirja", cwd=source.parent).returncode == 0

    again = yhteistyo("copy-term", source.name, "seuraava.tyokirja", "--term", "2029-2033",
                      cwd=source.parent)
    assert again.returncode == 2
    assert again.stderr.splitlines() == ["yhteistyo: Tiedosto seuraava.tyokirja on jo olemassa."]
    bad = yhteistyo("copy-term", source.name, "x.tyokirja", "--term", "2029", cwd=source.parent)
    assert bad.returncode == 2 and "muodossa 2025-2029" in bad.stderr
    assert not source.with_name("x.tyokirja").exists()


# -- the window ------------------------------------------------------------------------------------

def test_copy_term_from_the_window_makes_the_file_and_opens_it(qtbot, source, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from yhteistyo_desktop.ui.main_window import MainWindow
    from yhteistyo_desktop.ui.settings import Settings, WindowState
    from yhteistyo_desktop.ui.term_dialog import TermDialog, copy_to_new_term

    window = MainWindow(Settings(), WindowState(), USER)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(source)
    assert window.copy_term_action.isEnabled()
    assert window.copy_term_action in window.file_menu.actions()
    dialog = TermDialog(2029, window)
    qtbot.addWidget(dialog)
    dialog.start.setValue(2031)
    assert dialog.term() == (2031, 2035) and dialog.end_label.text() == "2035"

    target = tmp_path / "uusi kausi.tyokirja"
    counts = copy_to_new_term(window, target, 2029, 2033)
    assert counts is not None and counts["goals"] == count(source, Goal)
    assert target.exists()
    assert "Avataanko uusi työkirja?" in window.message.text()
    window.message.button(QMessageBox.StandardButton.Open).click()
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.wbfile.path == target)
    assert "2029-2033" in window.title_label.text()
    window.close()
