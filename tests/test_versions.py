"""Named versions and the change report between two moments or two files (issue 18).

Real files: the demo workbook, a version marked, then changed through the editor's
operations, a returned Excel copy and a merged copy; the report is read back from the
PDF with pdftotext, as a reader would see it.
"""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from conftest import USER
from yhteistyo_desktop.cli import main
from yhteistyo_desktop.domain.models import (
    ActionStatus, Action, Goal, History, Indicator, Meeting, Party, Version,
)
from yhteistyo_desktop.domain.versions import versions
from yhteistyo_desktop.store.workbook_file import check_file, open_workbook
from yhteistyo_desktop.sync import apply as merge_apply, compare_files
from yhteistyo_desktop.xlsx import apply as xlsx_apply, compare as xlsx_compare

from xlsx_helpers import edit_copy, export, find_row

AREA = "Osallisuus ja yhteisöllisyys"
AREA_GOAL = "Asukkaiden vaikutusmahdollisuuksien parantaminen"
SECOND_GOAL = "Vahva kokemus turvallisesta asuinympäristöstä"
VERSION = "Työryhmä 14.3.2026"


@pytest.fixture(autouse=True)
def cli_user(monkeypatch):
    monkeypatch.setenv("YHTEISTYO_USER", USER)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def flat(text: str) -> str:
    """The PDF text with line breaks and runs of spaces as one space (wrapped lines)."""
    return " ".join(text.split())


def pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def change(path: Path, work, user: str = USER) -> None:
    with open_workbook(path, user) as wbfile, wbfile.session() as session:
        work(wbfile.operations(session), session)


def goal(session, title: str) -> Goal:
    return session.scalars(select(Goal).where(Goal.title == title)).one()


def report(path: Path, out: Path, *args: str) -> str:
    assert main(["handout", str(path), str(out), "--kind", "changes", *args]) == 0
    # The draft's watermark is extracted wherever its letters fall among the lines of the page.
    return flat(pdf_text(out)).replace(" LUONNOS ", " ")


def one_error(capsys, code: int) -> str:
    assert code == 2
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("yhteistyo: ") and "Traceback" not in err, err
    return lines[0]


# -- versions ------------------------------------------------------------------------------------

def test_a_version_is_marked_listed_and_recorded_and_its_name_cannot_be_used_twice(demo_path,
                                                                                  capsys):
    assert main(["version", str(demo_path)]) == 0
    assert "ei ole versioita" in capsys.readouterr().out
    assert main(["version", str(demo_path), VERSION, "--note", "Kokous Jyväskylässä"]) == 0
    assert VERSION in capsys.readouterr().out
    line = one_error(capsys, main(["version", str(demo_path), VERSION]))
    assert "on jo olemassa" in line
    assert main(["version", str(demo_path)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1 and listed[0].startswith(VERSION) and USER in listed[0]
    assert "Kokous Jyväskylässä" in listed[0]
    with open_workbook(demo_path, USER, readonly=True) as wbfile, wbfile.session() as session:
        (version,) = versions(session)
        assert version.history_id == session.scalar(
            select(History.id).where(History.entity != "version").order_by(History.id.desc()))
        marked = session.scalars(select(History).where(History.entity == "version")).one()
        assert marked.op == "create" and marked.user == USER
    assert check_file(demo_path) == []
    with sqlite3.connect(demo_path) as db:  # a version pointing past the history (a damaged file)
        db.execute("UPDATE version SET history_id = 999999")
    db.close()
    assert check_file(demo_path) == [f"Versio {VERSION} viittaa muutoshistorian riviin 999999, "
                                     "jota ei ole (muutosraportti siitä alkaen olisi väärä)."]


# -- the report, through the editor's operations -------------------------------------------------

def test_the_report_shows_every_kind_of_change_once_and_leaves_out_what_was_undone(demo_path,
                                                                                   tmp_path):
    def before(ops, session):
        doomed = session.scalars(select(Goal).where(Goal.title.not_in((AREA_GOAL, SECOND_GOAL)))
                                 .order_by(Goal.position.desc())).first()
        ops.create(Indicator, goal_id=doomed.id, title="Poistuva mittari", kind="luku")
        session.info["doomed"] = doomed.id

    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        before(wbfile.operations(session), session)
        doomed_id = session.info["doomed"]
    assert main(["version", str(demo_path), VERSION]) == 0

    def work(ops, session):
        first = goal(session, AREA_GOAL)
        ops.edit(first, "title", AREA_GOAL + " yhdessä asukkaiden kanssa")
        ops.edit(first, "notes", "Ensimmäinen huomio")
        ops.edit(first, "notes", "Välihuomio")
        ops.edit(first, "notes", "Viimeinen huomio")
        second = goal(session, SECOND_GOAL)  # changed and changed back: left out
        was = second.description
        ops.edit(second, "description", "Hetken kuvaus")
        ops.edit(second, "description", was)
        snapshot = ops.delete(session.scalars(select(Indicator)).first())  # deleted, undone
        ops.restore(snapshot)
        ops.create(Indicator, goal_id=first.id, title="Osallistuneiden asukkaiden määrä",
                   kind="luku")
        doomed = session.get(Goal, doomed_id)
        ops.create(Indicator, goal_id=doomed.id, title="Lisätty ja poistettu", kind="luku")
        ops.delete(doomed)
        action = session.scalars(select(Action)).first()
        ops.set_action_status(action, 2026, "kaynnissa")
        party = session.scalars(select(Party).order_by(Party.position)).first()
        ops.edit(party, "short_name", "KS-LYH")
        return doomed.title

    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        doomed = work(wbfile.operations(session), session)
    text = report(demo_path, tmp_path / "muutokset.pdf", "--since", VERSION)
    assert f"Muutokset {VERSION} – nyt" in text
    assert "Muutettuja kohteita 2, lisättyjä 2, poistettuja 1." in text
    assert f"Oli: {AREA_GOAL}" in text and f"Nyt: {AREA_GOAL} yhdessä asukkaiden kanssa" in text
    # repeated edits: the value at the version and the last one, not the one in between
    assert "Huomioitavaa: (tyhjä) → Viimeinen huomio" in text and "Välihuomio" not in text
    assert "Hetken kuvaus" not in text and SECOND_GOAL not in text
    assert "Lisätty mittari: Osallistuneiden asukkaiden määrä" in text
    assert f"Tavoite: {doomed} Poistettu tavoite Poistui samalla:" in text
    assert "Poistui samalla:" in text and "mittari Poistuva mittari" in text  # went with it
    assert "Lisätty ja poistettu" not in text  # added and removed in between: never there
    assert "Lisätty toimenpiteen tila:" in text and "2026" in text
    assert "Muut tiedot" in text and "→ KS-LYH" in text
    assert f"{USER}, " in text and " klo " in text  # who and when
    # in workbook order: the area's goal before the other tree changes, the parties last
    assert text.index(AREA_GOAL) < text.index("Muut tiedot")


def in_colour(path: Path, colour: str) -> str:
    """The text drawn in ``colour`` on the PDF's pages (pdftohtml's XML names each run's font)."""
    import re
    from xml.etree import ElementTree

    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", str(path)], check=True,
                         capture_output=True, text=True).stdout
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xml))
    fonts = {f.get("id") for f in root.iter("fontspec") if f.get("color") == colour}
    return " ".join("".join(t.itertext()) for t in root.iter("text") if t.get("font") in fonts)


def test_changed_words_are_marked_in_the_pdf(demo_path, tmp_path):
    """The words taken out are struck through in red, those put in underlined in green."""
    assert main(["version", str(demo_path), VERSION]) == 0
    change(demo_path, lambda ops, s: ops.edit(goal(s, AREA_GOAL), "title",
                                              AREA_GOAL.replace("parantaminen", "vahvistaminen")))
    out = tmp_path / "sanat.pdf"
    report(demo_path, out, "--since", VERSION)
    assert in_colour(out, "#0b5a16").split() == ["vahvistaminen"]
    assert in_colour(out, "#a40000").split() == ["parantaminen"]


def test_a_report_with_no_changes_says_so_on_one_page(demo_path, tmp_path):
    assert main(["version", str(demo_path), VERSION]) == 0
    change(demo_path, lambda ops, s: (ops.edit(goal(s, AREA_GOAL), "notes", "Hetki"),
                                      ops.edit(goal(s, AREA_GOAL), "notes", None)))
    out = tmp_path / "tyhja.pdf"
    text = report(demo_path, out, "--since", VERSION)
    assert f"Ei muutoksia välillä {VERSION} – nyt." in text
    assert pages(out) == 1


def make_older(path: Path, days: int) -> None:
    """Everything recorded so far happened ``days`` earlier (the workbook made back then)."""
    with sqlite3.connect(path) as db:
        db.execute("UPDATE history SET at = datetime(at, ?)", (f"-{days} days",))
        db.execute("UPDATE workbook SET created_at = datetime(created_at, ?)", (f"-{days} days",))
    db.close()


def test_a_report_between_a_date_and_a_version_and_in_swedish(demo_path, tmp_path):
    import datetime as dt

    age = lambda days: make_older(demo_path, days)
    age(30)
    change(demo_path, lambda ops, s: ops.edit(goal(s, AREA_GOAL), "notes", "Ennen versiota"))
    age(10)
    assert main(["version", str(demo_path), VERSION]) == 0
    change(demo_path, lambda ops, s: ops.edit(goal(s, AREA_GOAL), "notes", "Version jälkeen"))
    day = dt.date.today() - dt.timedelta(days=20)
    text = report(demo_path, tmp_path / "paiva.pdf", "--since", day.isoformat(), "--until",
                  VERSION)
    assert "Muutettuja kohteita 1, lisättyjä 0, poistettuja 0." in text
    assert "Ennen versiota" in text and "Version jälkeen" not in text
    text = report(demo_path, tmp_path / "sv.pdf", "--since", VERSION, "--lang", "sv")
    assert f"Ändringar {VERSION} – nu" in text and "Att beakta: Ennen versiota → Version jälkeen" \
        in text


def test_bad_moments_are_refused_in_one_finnish_line(demo_path, tmp_path, capsys):
    import datetime as dt

    out = tmp_path / "x.pdf"
    line = one_error(capsys, main(["handout", str(demo_path), str(out), "--kind", "changes",
                                   "--since", "Olematon versio"]))
    assert "Versiota tai päivämäärää 'Olematon versio' ei ole" in line
    line = one_error(capsys, main(["handout", str(demo_path), str(out), "--kind", "changes",
                                   "--since", "1.1.2000"]))
    assert "ei ole työkirjan ajalta" in line
    line = one_error(capsys, main(["handout", str(demo_path), str(out), "--kind", "changes",
                                   "--since", dt.date.today().isoformat(),
                                   "--until", "31.12.2999"]))
    assert "31.12.2999 ei ole työkirjan ajalta" in line
    line = one_error(capsys, main(["handout", str(demo_path), str(out), "--kind", "changes"]))
    assert "--since" in line
    line = one_error(capsys, main(["handout", str(demo_path), str(out), "--kind", "workbook",
                                   "--since", "x"]))
    assert "--kind changes" in line
    for kind, pick in (("workbook", []), ("followup", ["--year", "2026"]),
                       ("party", ["--party", "Jyväskylä"]), ("changes", ["--since", "1.1.2000"])):
        line = one_error(capsys, main(["handout", str(demo_path), str(out), "--kind", kind, *pick,
                                       "--with-changes"]))
        assert "--with-changes kuuluu kokousmateriaaliin (--kind meeting)" in line, line
    assert not out.exists()


# -- the other paths a change takes --------------------------------------------------------------

def test_a_returned_excel_copy_keeps_the_versions_and_its_changes_are_reported(demo_file,
                                                                               session, tmp_path):
    from yhteistyo_desktop.domain.versions import mark_version

    ops = demo_file.operations(session)
    version = mark_version(ops, VERSION)
    meeting = session.scalars(select(Meeting)).first()  # meetings are not in the Excel copy:
    ops.edit(meeting, "version_id", version.id)  # the review leaves its version alone
    returned = export(demo_file, tmp_path / "palautettu.xlsx")

    def edits(wb):
        ws = wb[AREA]
        row = find_row(ws, "B", AREA_GOAL)
        ws[f"B{row}"] = ws[f"B{row}"].value.replace(AREA_GOAL, AREA_GOAL + " Excelissä", 1)

    edit_copy(returned, edits)
    review = xlsx_compare(returned, session)
    result = xlsx_apply(review, [c.id for c in review.changes], ops)
    assert result.applied
    assert [v.name for v in versions(session)] == [VERSION]
    session.expire_all()
    assert meeting.version_id == version.id
    path = demo_file.path
    demo_file.close()
    text = report(path, tmp_path / "excel.pdf", "--since", VERSION)
    assert f"Nyt: {AREA_GOAL} Excelissä" in text
    assert "Muutettuja kohteita 2," in text and f"Versio: (tyhjä) → {VERSION}" in text  # + the tie


def test_a_merge_keeps_both_copies_versions_and_reports_the_other_copys_changes(demo_path,
                                                                                tmp_path):
    other = tmp_path / "bertta" / "demo.tyokirja"
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)
    assert main(["version", str(demo_path), VERSION]) == 0
    change(other, lambda ops, s: ops.edit(goal(s, AREA_GOAL), "notes", "Bertan huomio"),
           user="Bertta Berg")
    from yhteistyo_desktop.domain.versions import mark_version

    change(other, lambda ops, s: mark_version(ops, "Bertan versio"), user="Bertta Berg")
    change(other, lambda ops, s: ops.edit(goal(s, SECOND_GOAL), "notes", "Versiosta eteenpäin"),
           user="Bertta Berg")
    with open_workbook(demo_path, USER) as wbfile:
        review = compare_files(wbfile, other)
        with wbfile.session() as session:
            merge_apply(review, [c.id for c in review.changes], wbfile.operations(session))
        with wbfile.session() as session:
            assert [v.name for v in versions(session)] == [VERSION, "Bertan versio"]
    text = report(demo_path, tmp_path / "yhdistetty.pdf", "--since", VERSION)
    assert "Huomioitavaa: (tyhjä) → Bertan huomio" in text and "Bertta Berg, " in text
    assert "Versiosta eteenpäin" in text
    text = report(demo_path, tmp_path / "bertan.pdf", "--since", "Bertan versio")
    assert "Versiosta eteenpäin" in text and "Bertan huomio" not in text
    assert check_file(demo_path) == []


def test_the_term_copy_leaves_the_versions_behind_and_says_so(demo_path, tmp_path, capsys):
    from yhteistyo_desktop.domain.versions import mark_version

    change(demo_path, lambda ops, s: ops.edit(s.scalars(select(Meeting)).one(), "version_id",
                                              mark_version(ops, VERSION).id))
    new = tmp_path / "seuraava.tyokirja"
    assert main(["copy-term", str(demo_path), str(new), "--term", "2029-2033"]) == 0
    out = capsys.readouterr().out
    assert "versiot (muutoshistorian mukana) 1" in out
    assert "kokoukset 1, versiot (muutoshistorian mukana) 1, kokousten versiokytkennät 1" in out
    with open_workbook(new, USER, readonly=True) as wbfile, wbfile.session() as session:
        assert session.scalars(select(Version)).all() == []


def test_two_files_are_compared_by_record_ids(demo_path, tmp_path):
    approved = tmp_path / "hyvaksytty.tyokirja"
    shutil.copyfile(demo_path, approved)

    def work(ops, session):
        first = goal(session, AREA_GOAL)
        ops.edit(first, "title", "Uusi nimi samalle tavoitteelle")  # matched by id, not title
        status = session.scalars(select(ActionStatus)).first()
        if status is not None:
            ops.delete(status)

    change(demo_path, work)
    text = report(demo_path, tmp_path / "vertailu.pdf", "--against", str(approved))
    assert "Muutokset hyvaksytty.tyokirja – " in text
    assert f"Oli: {AREA_GOAL}" in text or f"Otsikko: {AREA_GOAL} → Uusi nimi" in text
    assert "Lisätty tavoite" not in text and "Poistettu tavoite" not in text


# -- the window ----------------------------------------------------------------------------------

def test_the_window_marks_versions_and_shows_and_saves_the_report(window, demo_path, tmp_path,
                                                                   qtbot):
    window.open_path(demo_path)
    window.versions.retranslate()
    assert window.versions.mark_action.text() == "Me&rkitse versio…"
    assert window.versions.mark_action in window.file_menu.actions()
    assert window.versions.mark(VERSION, "Kokous")
    assert not window.versions.mark(VERSION)  # the same name: told, nothing marked
    assert "on jo olemassa" in window.message.text()
    window.message.close()
    window.doc.ops.edit(goal(window.doc.session, AREA_GOAL), "notes", "Ikkunassa kirjoitettu")
    window.history.report_button.click()  # the history view opens the same report
    dialog = window.versions.dialog
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == VERSION
    assert dialog.since.currentData() == VERSION and dialog.until.currentData() == dialog.NOW
    assert dialog.preview() and dialog.pdf.pageCount() == 1
    out = tmp_path / "ikkunasta.pdf"
    assert dialog.save_to(out)
    text = flat(pdf_text(out))
    assert "Huomioitavaa: (tyhjä) → Ikkunassa kirjoitettu" in text
    dialog.close()


def test_the_meeting_handout_can_end_with_the_changes_since_the_previous_meeting(demo_path,
                                                                                  tmp_path):
    import datetime as dt

    from yhteistyo_desktop.domain.models import Meeting

    make_older(demo_path, 300)  # made before the demo's meeting of 20.5.2026
    tomorrow = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(9))

    def work(ops, session):
        ops.create(Meeting, title="Työryhmän kokous", starts_at=tomorrow)
        ops.edit(goal(session, AREA_GOAL), "notes", "Kokousten välillä")

    change(demo_path, work)
    out = tmp_path / "kokous.pdf"
    day = f"{tomorrow.day}.{tomorrow.month}.{tomorrow.year}"
    assert main(["handout", str(demo_path), str(out), "--kind", "meeting", "--meeting", day,
                 "--with-changes"]) == 0
    text = flat(pdf_text(out))
    assert "Muutokset edellisen kokouksen jälkeen Muutokset 20.5.2026 – nyt" in text
    assert "Huomioitavaa: (tyhjä) → Kokousten välillä" in text
    assert "Lisätty kokous: Työryhmän kokous" in text
    assert main(["handout", str(demo_path), str(out), "--kind", "meeting", "--meeting", day]) == 0
    assert "edellisen kokouksen" not in flat(pdf_text(out))


# -- moves -----------------------------------------------------------------------------------------

def _goals_in_order(session, area_id: str) -> list[Goal]:
    from yhteistyo_desktop.domain.numbering import ordered_goals

    return ordered_goals(session.scalars(select(Goal).where(Goal.area_id == area_id)))


def _indicator_on_first_goal(path: Path) -> None:
    """The demo's indicators are on actions; one on a goal, before the version, to move."""
    from yhteistyo_desktop.domain.models import Area

    def work(ops, session):
        areas = session.scalars(select(Area).order_by(Area.position)).all()
        first = _goals_in_order(session, areas[0].id)[0]
        ops.create(Indicator, goal_id=first.id, title="Siirtyvä mittari", kind="luku")
        travelling = _goals_in_order(session, areas[1].id)[0]
        for title in ("Ensimmäinen mittari", "Toinen mittari"):
            ops.create(Indicator, goal_id=travelling.id, title=title, kind="luku")

    change(path, work)


def _moves(ops, session) -> dict:
    """Move the first area's last goal to its top, an indicator from its first goal to its
    second, and the second area's first goal to the third area; what the report should say."""
    from yhteistyo_desktop.domain.models import Area
    from yhteistyo_desktop.domain.numbering import session_goal_numbers

    numbers = session_goal_numbers(session)
    areas = session.scalars(select(Area).order_by(Area.position)).all()
    goals = _goals_in_order(session, areas[0].id)
    last = goals[-1]
    assert len(goals) >= 3 and len({g.layer for g in goals}) == 1
    indicator = session.scalars(select(Indicator).where(Indicator.goal_id == goals[0].id)).one()
    travelling = _goals_in_order(session, areas[1].id)[0]
    ops.move(last, 0)
    ops.move(indicator, 0, goal_id=goals[1].id)
    ops.move(travelling, 0, area_id=areas[2].id)
    second = session.scalars(select(Indicator).where(Indicator.title == "Toinen mittari")).one()
    ops.move(second, 0)  # and reordered within the goal that moved: its own move, not "along"
    now = session_goal_numbers(session)
    assert (numbers[last.id], now[last.id]) == ("1.3", "1.1")
    return {
        "reordered": f"Tavoite: {last.title} Siirretty tavoite Järjestys muuttui: 1.3 → 1.1",
        "indicator": f"Siirretty mittari: Siirtyvä mittari Siirretty: tavoitteesta "
                     f"{numbers[goals[0].id]} tavoitteeseen {now[goals[1].id]}",
        "area": (f"Tavoite: {travelling.title} Siirretty tavoite Siirretty: osa-alueelta "
                 f"{areas[1].title} osa-alueelle {areas[2].title}"),
        "within": "Siirretty mittari: Toinen mittari Järjestys muuttui: 2. → 1.",
        "passed": [g.title for g in goals[:-1]] + [g.title for g in
                                                   _goals_in_order(session, areas[2].id)
                                                   if g.id != travelling.id],
    }


def _check_moves(text: str, expected: dict) -> None:
    for key in ("reordered", "indicator", "area", "within"):
        assert expected[key] in text, (key, text)
    assert "Muutettuja kohteita 0, lisättyjä 0, poistettuja 0. Siirrettyjä 4." in text
    assert "samalla" not in text and "Ensimmäinen mittari" not in text
    for title in expected["passed"]:  # renumbered by the moves, not moved by anyone
        assert f"Tavoite: {title} Siirretty tavoite" not in text


def test_moved_items_are_reported_and_the_goals_they_passed_are_not(demo_path, tmp_path):
    _indicator_on_first_goal(demo_path)
    assert main(["version", str(demo_path), VERSION]) == 0
    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        expected = _moves(wbfile.operations(session), session)
    text = report(demo_path, tmp_path / "siirrot.pdf", "--since", VERSION)
    _check_moves(text, expected)
    assert f"{USER}, " in text  # who moved it


def test_a_move_undone_is_left_out(demo_path, tmp_path):
    assert main(["version", str(demo_path), VERSION]) == 0
    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        ops = wbfile.operations(session)
        first = goal(session, AREA_GOAL)
        siblings = _goals_in_order(session, first.area_id)
        was = first.position
        ops.move(first, max(g.position for g in siblings))
        ops.move(first, was)
    text = report(demo_path, tmp_path / "ei.pdf", "--since", VERSION)
    assert "Ei muutoksia välillä" in text


def test_a_merge_reports_the_other_copys_moves(demo_path, tmp_path):
    other = tmp_path / "bertta" / "demo.tyokirja"
    other.parent.mkdir()
    _indicator_on_first_goal(demo_path)
    shutil.copyfile(demo_path, other)
    assert main(["version", str(demo_path), VERSION]) == 0
    with open_workbook(other, "Bertta Berg") as wbfile, wbfile.session() as session:
        expected = _moves(wbfile.operations(session), session)
    with open_workbook(demo_path, USER) as wbfile:
        review = compare_files(wbfile, other)
        with wbfile.session() as session:
            merge_apply(review, [c.id for c in review.changes], wbfile.operations(session))
    text = report(demo_path, tmp_path / "yhdistetyt.pdf", "--since", VERSION)
    _check_moves(text, expected)
    assert "Bertta Berg, " in text


# -- a meeting tied to the version current at it --------------------------------------------------

FIRST_SCHEMA = Path(__file__).parent / "data" / "first-schema.tyokirja"


def test_a_meeting_of_a_first_format_file_has_no_version_and_can_be_tied_to_one(tmp_path):
    """Revision 0005 adds the meeting's version; a meeting (with its agenda) of a file made
    before it is kept whole, tied to nothing, and can be tied to a version afterwards."""
    from yhteistyo_desktop.domain.versions import mark_version
    from yhteistyo_desktop.store.workbook_file import head_revision

    path = tmp_path / "vanha.tyokirja"
    shutil.copyfile(FIRST_SCHEMA, path)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO meeting (id, title, starts_at, position) VALUES "
                   "('m1', 'Vanha kokous', '2026-03-14 09:00:00.000000', 0)")
        db.execute("INSERT INTO agenda_item (id, meeting_id, title, position) VALUES "
                   "('a1', 'm1', 'Vanha asiakohta', 0)")
    db.close()
    with open_workbook(path, USER) as wbfile, wbfile.session() as session:
        assert head_revision() == "0005" and "päivitettiin" in wbfile.note
        meeting = session.get(Meeting, "m1")
        assert meeting.version_id is None and [a.title for a in meeting.agenda] == ["Vanha asiakohta"]
        ops = wbfile.operations(session)
        version = mark_version(ops, VERSION)
        ops.edit(meeting, "version_id", version.id)
    with open_workbook(path, USER, readonly=True) as wbfile, wbfile.session() as session:
        assert session.get(Meeting, "m1").version.name == VERSION
    assert check_file(path) == []


def test_a_meeting_is_tied_to_a_version_in_its_editor_recorded_and_undone(window, demo_path):
    from yhteistyo_desktop.domain.operations import ValidationError

    window.open_path(demo_path)
    assert window.versions.mark(VERSION)
    doc = window.doc
    meeting = doc.session.scalars(select(Meeting).order_by(Meeting.starts_at)).first()
    window.show_record(meeting)
    editor = window.editor()
    box = editor.version_box
    assert [box.itemText(i) for i in range(box.count())] == ["(ei kytketty)", VERSION]
    assert box.currentIndex() == 0
    box.setCurrentIndex(1)
    box.activated.emit(1)
    assert meeting.version_id == doc.session.scalar(select(Version.id))
    row = doc.session.scalars(select(History).order_by(History.id.desc())).first()
    assert (row.entity, row.field, row.old_value, row.user) == ("meeting", "version_id", None, USER)
    assert doc.undo_stack.undoText() == "Muokkaa: kokouksen versio"
    window.undo()
    assert meeting.version_id is None and editor.version_box.currentIndex() == 0
    with pytest.raises(ValidationError, match="Versiota ei ole"):  # only a version of this file
        doc.ops.edit(meeting, "version_id", "ei-ole")


def test_the_meeting_handout_names_its_version_and_the_next_one_reports_from_it(demo_path,
                                                                                tmp_path):
    import datetime as dt

    from yhteistyo_desktop.domain.versions import mark_version

    make_older(demo_path, 300)  # made before the demo's meeting of 20.5.2026
    tomorrow = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(9))

    def work(ops, session):
        ops.edit(goal(session, AREA_GOAL), "notes", "Ennen versiota")  # after 20.5., before it
        version = mark_version(ops, VERSION)
        meeting = session.scalars(select(Meeting)).one()  # the demo's meeting, 20.5.2026
        ops.edit(meeting, "version_id", version.id)
        ops.create(Meeting, title="Työryhmän kokous", starts_at=tomorrow)
        ops.edit(goal(session, SECOND_GOAL), "notes", "Version jälkeen")

    change(demo_path, work)
    out = tmp_path / "edellinen.pdf"
    assert main(["handout", str(demo_path), str(out), "--kind", "meeting", "--meeting",
                 "20.5.2026"]) == 0
    assert f"Paikka: " in flat(pdf_text(out)) and f"Versio: {VERSION}" in flat(pdf_text(out))
    day = f"{tomorrow.day}.{tomorrow.month}.{tomorrow.year}"
    out = tmp_path / "seuraava.pdf"
    assert main(["handout", str(demo_path), str(out), "--kind", "meeting", "--meeting", day,
                 "--with-changes"]) == 0
    text = flat(pdf_text(out))
    assert "Versio:" not in text.split("Muutokset edellisen")[0]  # this one is tied to none
    assert f"Muutokset edellisen kokouksen jälkeen Muutokset {VERSION} – nyt" in text
    assert "Huomioitavaa: (tyhjä) → Version jälkeen" in text
    assert "Ennen versiota" not in text  # before the version, though after the meeting began


def test_a_merge_brings_a_meeting_tied_to_a_version_of_the_other_copy(demo_path, tmp_path):
    import datetime as dt

    from yhteistyo_desktop.domain.versions import mark_version

    other = tmp_path / "bertta" / "demo.tyokirja"
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)

    def bertta(ops, session):
        version = mark_version(ops, "Bertan kokous")
        ops.edit(session.scalars(select(Meeting)).one(), "version_id", version.id)
        ops.create(Meeting, title="Bertan uusi kokous", version_id=version.id,
                   starts_at=dt.datetime(2026, 9, 1, 9))

    change(other, bertta, user="Bertta Berg")
    change(demo_path, lambda ops, s: mark_version(ops, "Ainon versio"))
    with open_workbook(demo_path, USER) as wbfile:
        review = compare_files(wbfile, other)
        assert any(c.description.endswith("versio: (tyhjä) → Bertan kokous") for c in review.changes)
        with wbfile.session() as session:
            result = merge_apply(review, [c.id for c in review.changes], wbfile.operations(session))
            assert result.skipped == []
        with wbfile.session() as session:
            assert [v.name for v in versions(session)] == ["Ainon versio", "Bertan kokous"]
            bertan = session.scalars(select(Version).where(Version.name == "Bertan kokous")).one()
            meetings = session.scalars(select(Meeting).order_by(Meeting.starts_at)).all()
            assert [(m.title, m.version_id) for m in meetings][-1] == ("Bertan uusi kokous",
                                                                       bertan.id)
            assert all(m.version_id == bertan.id for m in meetings)
            # placed in this file's history: marked before the meeting was tied to it
            tied = session.scalars(select(History).where(History.field == "version_id")).one()
            assert 0 < bertan.history_id < tied.id
    assert check_file(demo_path) == []
    text = report(demo_path, tmp_path / "yhdistetty.pdf", "--since", "Ainon versio")
    assert "Versio: (tyhjä) → Bertan kokous" in text and "Lisätty kokous: Bertan uusi kokous" in text
    with open_workbook(other, USER) as wbfile:  # and back: nothing new, the same ties
        review = compare_files(wbfile, demo_path)
        with wbfile.session() as session:
            merge_apply(review, [c.id for c in review.changes], wbfile.operations(session))
        with wbfile.session() as session:
            assert {m.version.name for m in session.scalars(select(Meeting))} == {"Bertan kokous"}
    assert check_file(other) == []
