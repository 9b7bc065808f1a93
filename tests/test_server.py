"""Shared server mode against a real PostgreSQL (Debian's postgresql package, psycopg 3).

Skipped, with the reason, when PostgreSQL's programs or psycopg are not installed.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import func, select

from pg_server import PgServer, find_bin
from yhteistyo_desktop import cli
from yhteistyo_desktop.domain.models import (
    Action, Area, Goal, History, Indicator, IndicatorValue,
)
from yhteistyo_desktop.domain.operations import StaleValueError
from yhteistyo_desktop.domain.queries import counts
from yhteistyo_desktop.store.workbook_file import open_workbook

server_mod = pytest.importorskip("yhteistyo_desktop.store.server")


@pytest.fixture(scope="session")
def pg():
    pytest.importorskip("psycopg", reason="psycopg (yhteistyo-desktop[server]) ei ole asennettu")
    bindir = find_bin()
    if bindir is None:
        pytest.skip("PostgreSQL (initdb, pg_ctl) ei ole asennettu: apt-get install postgresql")
    server = PgServer(bindir)
    try:
        server.start()
    except Exception as exc:  # pragma: no cover - depends on the machine
        server.stop()
        pytest.skip(f"PostgreSQL-palvelinta ei saatu käyntiin: {exc}")
    yield server
    server.stop()


@pytest.fixture
def url(pg) -> str:
    """A fresh, empty database on the test server."""
    return pg.new_database()


@pytest.fixture
def uploaded(url, demo_path) -> str:
    """The demo workbook uploaded to a fresh database; its URL."""
    server_mod.upload(demo_path, url)
    return url


def _info_json(capsys, target) -> dict:
    assert cli.main(["info", "--json", str(target)]) == 0
    return json.loads(capsys.readouterr().out)


def test_upload_then_open_shows_same_counts_as_info(uploaded, demo_path, capsys):
    from_file = _info_json(capsys, demo_path)
    with server_mod.open_server(uploaded, "Palvelinkäyttäjä") as wb:
        with wb.session() as session:
            on_server = counts(session)
            assert wbid(wb, session) == from_file["id"]
            history_rows = session.scalar(select(func.count()).select_from(History))
    assert {k: from_file[k] for k in on_server} == on_server
    with open_workbook(demo_path, "x", readonly=True) as wbfile, wbfile.session() as session:
        assert session.scalar(select(func.count()).select_from(History)) == history_rows
    # `yhteistyo info` takes the server address too and says the same
    assert {k: v for k, v in _info_json(capsys, uploaded).items()} == from_file


def wbid(wb, session) -> str:
    return wb.workbook(session).id


def test_upload_of_same_workbook_twice_is_refused(uploaded, demo_path, capsys):
    with pytest.raises(server_mod.ServerError, match="on jo työkirja"):
        server_mod.upload(demo_path, uploaded)
    assert cli.main(["upload", str(demo_path), uploaded]) == 2
    err = capsys.readouterr().err
    assert "on jo työkirja" in err and "Traceback" not in err
    assert len(server_mod.list_workbooks(uploaded)) == 1


def test_two_users_edit_same_goal_second_is_refused(uploaded):
    alice = server_mod.open_server(uploaded, "Aino Alanen")
    bertta = server_mod.open_server(uploaded, "Bertta Berg")
    try:
        sa, sb = alice.session(), bertta.session()
        goal_a = sa.scalars(select(Goal).order_by(Goal.id)).first()
        goal_b = sb.get(Goal, goal_a.id)
        seen = goal_b.title  # both have the goal on screen
        assert goal_a.title == seen
        ops_a, ops_b = alice.operations(sa), bertta.operations(sb)
        assert ops_a.edit(goal_a, "title", "Ainon otsikko", expected=seen)
        with pytest.raises(StaleValueError) as refused:
            ops_b.edit(goal_b, "title", "Bertan otsikko", expected=seen)
        assert refused.value.current == "Ainon otsikko"
        assert refused.value.changed_by == "Aino Alanen"
        assert "Toinen käyttäjä (Aino Alanen) muutti kentän juuri: Ainon otsikko" in str(refused.value)
        # nothing lost: Aino's title is stored; Bertta now sees it and may edit on top of it
        with bertta.session() as fresh:
            assert fresh.get(Goal, goal_a.id).title == "Ainon otsikko"
        goal_b = sb.get(Goal, goal_a.id)
        assert goal_b.title == "Ainon otsikko"
        assert ops_b.edit(goal_b, "title", "Bertan otsikko", expected="Ainon otsikko")
        with alice.session() as fresh:
            assert fresh.get(Goal, goal_a.id).title == "Bertan otsikko"
            updates = fresh.scalars(select(History.user).where(
                History.entity_id == goal_a.id, History.field == "title").order_by(History.id)).all()
        assert updates[-2:] == ["Aino Alanen", "Bertta Berg"]
        sa.close()
        sb.close()
    finally:
        alice.close()
        bertta.close()


def test_edit_without_expected_keeps_old_behaviour(uploaded):
    with server_mod.open_server(uploaded, "A") as a, server_mod.open_server(uploaded, "B") as b:
        sa, sb = a.session(), b.session()
        goal = sa.scalars(select(Goal)).first()
        other = sb.get(Goal, goal.id)
        a.operations(sa).edit(goal, "title", "Ensimmäinen")
        assert b.operations(sb).edit(other, "title", "Toinen")  # last writer wins, as before
        sa.close()
        sb.close()


def _first_indicator(session) -> Indicator:
    return session.scalars(select(Indicator).where(Indicator.kind == "luku")
                           .order_by(Indicator.id)).first()


def test_two_users_saving_the_same_indicator_year_the_second_is_shown_the_first(uploaded):
    with server_mod.open_server(uploaded, "Aino Alanen") as a, \
            server_mod.open_server(uploaded, "Bertta Berg") as b:
        sa, sb = a.session(), b.session()
        ind_a, ind_b = _first_indicator(sa), _first_indicator(sb)
        ops_a, ops_b = a.operations(sa), b.operations(sb)
        assert ops_b.indicator_value(ind_b.id, 2026) is None  # both see no value yet
        ops_a.set_indicator_value(ind_a, 2026, number=5, expected=None)
        with pytest.raises(StaleValueError) as refused:
            ops_b.set_indicator_value(ind_b, 2026, number=7, expected=None)
        assert refused.value.changed_by == "Aino Alanen" and "5" in str(refused.value)
        # the same for an action's status
        action_a = sa.scalars(select(Action).order_by(Action.id)).first()
        action_b = sb.get(Action, action_a.id)
        ops_a.set_action_status(action_a, 2026, "kaynnissa", expected=None)
        with pytest.raises(StaleValueError) as refused:
            ops_b.set_action_status(action_b, 2026, "toteutunut", expected=None)
        assert refused.value.changed_by == "Aino Alanen" and "käynnissä" in str(refused.value)
        # shown the other's value, Bertta may save on top of it
        ops_b.set_indicator_value(ind_b, 2026, number=7, expected=(5.0, None, None))
        sa.close()
        sb.close()
    with server_mod.open_server(uploaded, "x") as c, c.session() as s:
        values = s.scalars(select(IndicatorValue).where(IndicatorValue.year == 2026)).all()
        assert [v.value_number for v in values] == [7.0]


def test_two_users_adding_at_once_never_make_duplicate_positions_or_values(uploaded, tmp_path):
    """Aino's transaction is open when Bertta adds the same things; Bertta waits for it."""
    with server_mod.open_server(uploaded, "Aino Alanen") as a, \
            server_mod.open_server(uploaded, "Bertta Berg") as b:
        sa = a.session()
        ops_a = a.operations(sa)
        area_id = sa.scalars(select(Area.id).order_by(Area.position)).first()
        indicator_id = _first_indicator(sa).id
        failures = []

        def bertta():
            try:
                with b.session() as sb:
                    ops_b = b.operations(sb)
                    with ops_b.transaction():
                        ops_b.create(Goal, area_id=area_id, layer="painopiste", title="Bertan")
                        ops_b.set_indicator_value(sb.get(Indicator, indicator_id), 2027, number=2)
            except Exception as exc:  # pragma: no cover - shown by the assertion below
                failures.append(exc)

        with ops_a.transaction():
            ops_a.create(Goal, area_id=area_id, layer="painopiste", title="Ainon")
            ops_a.set_indicator_value(sa.get(Indicator, indicator_id), 2027, number=1)
            other = threading.Thread(target=bertta)
            other.start()
            time.sleep(1.0)  # Bertta reads and adds while Aino's rows are not yet committed
        other.join(30)
        sa.close()
        assert failures == []
    target = tmp_path / "kopio.tyokirja"
    assert cli.main(["download", uploaded, str(target)]) == 0
    assert cli.main(["check", str(target)]) == 0
    with open_workbook(target, "x", readonly=True) as f, f.session() as s:
        positions = s.scalars(select(Goal.position).where(Goal.area_id == area_id)).all()
        assert len(positions) == len(set(positions))
        assert s.scalars(select(IndicatorValue.value_number).where(
            IndicatorValue.year == 2027)).all() == [2.0]


def test_editing_a_record_another_user_deleted_says_so(uploaded):
    from yhteistyo_desktop.domain.operations import DomainError

    with server_mod.open_server(uploaded, "Aino Alanen") as a, \
            server_mod.open_server(uploaded, "Bertta Berg") as b:
        sa, sb = a.session(), b.session()
        goal_b = sb.scalars(select(Goal).order_by(Goal.id)).first()
        goal_id, seen = goal_b.id, goal_b.title
        a.operations(sa).delete(sa.get(Goal, goal_id))
        with pytest.raises(DomainError) as refused:
            b.operations(sb).edit(goal_b, "title", "Bertan otsikko", expected=seen)
        assert str(refused.value) == "Kohde on poistettu."
        sb.rollback()
        assert sb.scalar(select(Goal).where(Goal.id == goal_id)) is None
        sa.close()
        sb.close()


def test_change_feed_sees_other_users_changes(uploaded):
    with server_mod.open_server(uploaded, "A") as a, server_mod.open_server(uploaded, "B") as b:
        marker = b.change_marker()
        assert b.changes_since(marker) == (marker, [])
        with a.session() as sa:
            goal = sa.scalars(select(Goal)).first()
            a.operations(sa).edit(goal, "title", "Uusi otsikko")
        new_marker, rows = b.changes_since(marker)
        assert new_marker != marker
        assert [(r.user, r.entity, r.field) for r in rows] == [("A", "goal", "title")]
        assert b.changes_since(new_marker) == (new_marker, [])


def test_download_gives_a_valid_workbook_with_history(uploaded, tmp_path, capsys):
    with server_mod.open_server(uploaded, "Palvelin") as wb, wb.session() as session:
        goal = session.scalars(select(Goal)).first()
        wb.operations(session).edit(goal, "title", "Palvelimella muutettu")
        server_history = session.scalar(select(func.count()).select_from(History))
        server_counts = counts(session)
    target = tmp_path / "kopio.tyokirja"
    assert cli.main(["download", uploaded, str(target)]) == 0
    capsys.readouterr()
    assert cli.main(["check", str(target)]) == 0
    with open_workbook(target, "Offline") as wbfile, wbfile.session() as session:
        assert counts(session) == server_counts
        assert session.scalar(select(func.count()).select_from(History)) == server_history
        copy = session.get(Goal, goal.id)
        assert copy.title == "Palvelimella muutettu"
        last = session.scalars(select(History).order_by(History.id.desc())).first()
        assert (last.user, last.field, last.entity_id) == ("Palvelin", "title", goal.id)
        # edit offline: the file is an ordinary workbook
        wbfile.operations(session).edit(copy, "title", "Offline-muutos")
    with open_workbook(target, "Offline", readonly=True) as wbfile, wbfile.session() as session:
        assert session.get(Goal, goal.id).title == "Offline-muutos"
    # never over an existing file
    assert cli.main(["download", uploaded, str(target)]) == 2
    assert "on jo olemassa" in capsys.readouterr().err


def test_a_server_workbook_is_saved_as_a_file_before_it_is_migrated(uploaded, tmp_path):
    from alembic import command
    from sqlalchemy import create_engine, text

    from yhteistyo_desktop.store.workbook_file import alembic_config, head_revision

    [info] = server_mod.list_workbooks(uploaded)
    old = create_engine(server_mod.parse_url(uploaded))
    with old.begin() as conn:  # the workbook as an older version of the application left it
        conn.exec_driver_sql(f'SET LOCAL search_path TO "{info.schema}"')
        command.downgrade(alembic_config(conn), "0002")
    with old.connect() as conn:
        history = conn.execute(text(f'SELECT count(*) FROM "{info.schema}".history')).scalar()
    old.dispose()
    backups = tmp_path / "data"

    with server_mod.open_server(uploaded, "A", backup_dir=backups) as wb, wb.session() as s:
        assert wb.workbook(s).region == "Keski-Suomi"
        [backup] = backups.iterdir()
        assert "päivitettiin" in wb.note and str(backup) in wb.note
    assert backup.suffix == ".tyokirja" and "ennen-päivitystä" in backup.name
    assert sqlite3.connect(backup).execute("SELECT version_num FROM alembic_version").fetchall() \
        == [("0002",)]  # the workbook as it was, for the older version
    assert sqlite3.connect(backup).execute("SELECT count(*) FROM history").fetchall() == [
        (history,)]
    with server_mod.open_server(uploaded, "A", backup_dir=backups) as wb:
        assert wb.note is None  # at head now: no second backup
    assert list(backups.iterdir()) == [backup] and head_revision() == "0005"
    assert cli.main(["check", str(backup)]) == 0


def test_a_download_that_fails_half_way_leaves_no_file(uploaded, tmp_path, capsys):
    import psycopg

    with psycopg.connect(uploaded, autocommit=True) as c:  # a row SQLite's rules refuse
        [schema] = [i.schema for i in server_mod.list_workbooks(uploaded)]
        c.execute("SET session_replication_role = replica")
        c.execute(f'INSERT INTO "{schema}".goal (id, area_id, layer, title, position) '
                  "VALUES ('orpo', 'ei-ole', 'painopiste', 'Orpo', 99)")
    target = tmp_path / "lataus" / "kopio.tyokirja"
    target.parent.mkdir()
    assert cli.main(["download", uploaded, str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert list(target.parent.iterdir()) == []


def test_several_workbooks_need_a_choice(uploaded, tmp_path, capsys):
    other = tmp_path / "toinen.tyokirja"
    assert cli.main(["new", str(other), "--region", "Toinen alue"]) == 0
    assert cli.main(["upload", str(other), uploaded]) == 0
    capsys.readouterr()
    with pytest.raises(server_mod.ServerError, match="--workbook"):
        server_mod.open_server(uploaded, "A")
    ids = {i.region: i.id for i in server_mod.list_workbooks(uploaded)}
    with server_mod.open_server(uploaded, "A", ids["Toinen alue"]) as wb, wb.session() as s:
        assert wb.workbook(s).region == "Toinen alue"
    assert cli.main(["download", uploaded, str(tmp_path / "x.tyokirja")]) == 2
    assert "--workbook" in capsys.readouterr().err


def test_bad_addresses_get_one_clear_sentence(pg, url, capsys):
    cases = [
        ("http://example.org/db", "ei ole PostgreSQL-palvelimen osoite"),
        ("postgresql://", "tietokannan nimi"),
        (f"postgresql://yhteistyo@127.0.0.1:{_closed_port()}/x", "ei saatu yhteyttä"),
        (pg.url("postgres", password="väärä"), "ei hyväksynyt"),
        (pg.url("eiole"), "ei ole tietokantaa eiole"),
    ]
    for address, expected in cases:
        with pytest.raises(server_mod.ServerError) as error:
            server_mod.open_server(address, "A")
        assert expected in str(error.value)
        assert "\n" not in str(error.value)
        assert "väärä" not in str(error.value)  # never the password
        if address.startswith("postgresql"):  # `info http://…` is a (missing) file name
            assert cli.main(["info", address]) == 2
            err = capsys.readouterr().err
            assert expected in err and "Traceback" not in err
    with pytest.raises(server_mod.ServerError, match="ei ole vielä työkirjoja"):
        server_mod.open_server(url, "A")


def _sql(url: str, *statements: str) -> None:
    """Run statements as the test server's superuser (what a database administrator does)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as c:
        for statement in statements:
            c.execute(statement)


def _role_url(url: str, role: str, password: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=role, password=password).render_as_string(
        hide_password=False)


def test_a_role_with_rights_to_one_workbook_lists_and_opens_only_that(uploaded, tmp_path, capsys):
    other = tmp_path / "toinen.tyokirja"
    assert cli.main(["new", str(other), "--region", "Toinen alue"]) == 0
    assert cli.main(["upload", str(other), uploaded]) == 0
    capsys.readouterr()
    ids = {i.region: i for i in server_mod.list_workbooks(uploaded)}
    own = ids["Toinen alue"].schema
    database = uploaded.rsplit("/", 1)[1]
    _sql(uploaded, "CREATE ROLE rajattu LOGIN PASSWORD 'rajattu-sana'",
         f'GRANT CONNECT ON DATABASE "{database}" TO rajattu',
         f'GRANT USAGE ON SCHEMA "{own}" TO rajattu',
         f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "{own}" TO rajattu',
         f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA "{own}" TO rajattu')
    try:
        limited = _role_url(uploaded, "rajattu", "rajattu-sana")
        assert [i.region for i in server_mod.list_workbooks(limited)] == ["Toinen alue"]
        with server_mod.open_server(limited, "Rajattu") as wb, wb.session() as s:
            assert wb.workbook(s).region == "Toinen alue"
            wb.operations(s).edit(wb.workbook(s), "title", "Rajatun otsikko")
        assert cli.main(["download", limited, str(tmp_path / "oma.tyokirja")]) == 0
        assert cli.main(["check", str(tmp_path / "oma.tyokirja")]) == 0
    finally:
        _sql(uploaded, "DROP OWNED BY rajattu", "DROP ROLE rajattu")


def test_a_schema_with_a_hostile_name_is_skipped_and_reported(uploaded, tmp_path, capsys):
    hostile = 'tyokirja_x"; DROP SCHEMA public CASCADE; --'
    quoted = hostile.replace('"', '""')
    _sql(uploaded, f'CREATE SCHEMA "{quoted}"', f'CREATE TABLE "{quoted}".workbook (id text)')
    infos = server_mod.list_workbooks(uploaded)
    assert [i.region for i in infos] == ["Keski-Suomi"] and infos.skipped == (hostile,)
    with server_mod.open_server(uploaded, "A") as wb:
        assert "ohitettiin" in wb.note and "tyokirja_x" in wb.note
    assert cli.main(["info", uploaded]) == 0
    target = tmp_path / "kopio.tyokirja"
    assert cli.main(["download", uploaded, str(target)]) == 0
    assert "ohitettiin" in capsys.readouterr().err
    assert cli.main(["check", str(target)]) == 0
    import psycopg

    with psycopg.connect(uploaded) as c:  # nothing was run from the name
        assert c.execute("SELECT count(*) FROM pg_namespace WHERE nspname IN ('public', %s)",
                         (hostile,)).fetchone() == (2,)


def _closed_port() -> int:
    from pg_server import free_port

    return free_port()


# -- the window on a server workbook -------------------------------------------------------------

@pytest.fixture
def window(qtbot):
    from yhteistyo_desktop.ui.main_window import MainWindow
    from yhteistyo_desktop.ui.settings import Settings, WindowState

    win = MainWindow(Settings(), WindowState(), "Ikkunan Käyttäjä")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _first_goal_index(window):
    return window.model.index(0, 0, window.model.index(0, 0))


def _type_into(widget, text: str) -> None:
    widget.setFocus()
    widget.setText(text)
    widget.textEdited.emit(text)
    widget.editingFinished.emit()


def test_window_edits_on_server_and_is_told_of_another_users_change(window, uploaded):
    from yhteistyo_desktop.ui.tree_model import IdRole

    assert window.server.open_server(uploaded)
    assert "127.0.0.1" in window.windowTitle() and "salainen" not in window.windowTitle()
    assert window.server.timer.isActive() and 2000 <= window.server.timer.interval() <= 3000
    assert window.server.download_action.isEnabled()
    assert not window.server.upload_action.isEnabled()
    index = _first_goal_index(window)
    goal_id = index.data(IdRole)
    window.tree.setCurrentIndex(index)
    editor = window.editor()
    seen = editor.fields["title"].text()
    # Aino changes the same title from another computer while it is on this screen
    with server_mod.open_server(uploaded, "Aino Alanen") as other, other.session() as s:
        other.operations(s).edit(s.get(Goal, goal_id), "title", "Ainon otsikko", expected=seen)
    _type_into(editor.fields["title"], "Ikkunan otsikko")
    assert editor.errors["title"].isVisibleTo(editor)
    assert editor.errors["title"].text() == \
        "Toinen käyttäjä (Aino Alanen) muutti kentän juuri: Ainon otsikko"
    assert editor.fields["title"].text() == "Ainon otsikko"  # the field shows what is stored
    with server_mod.open_server(uploaded, "x") as check, check.session() as s:
        assert s.get(Goal, goal_id).title == "Ainon otsikko"  # nothing overwritten
    assert window.server.poll() is True  # Aino's change: the window refreshes
    # now the user types again, on top of Aino's title: stored
    _type_into(editor.fields["title"], "Ikkunan otsikko")
    assert not editor.errors["title"].isVisibleTo(editor)
    with server_mod.open_server(uploaded, "x") as check, check.session() as s:
        assert s.get(Goal, goal_id).title == "Ikkunan otsikko"
    assert window.server.poll() is False  # only this window's own change since


def test_window_editing_a_goal_another_user_deleted_says_so_and_refreshes(window, uploaded, qtbot):
    from yhteistyo_desktop.ui.tree_model import IdRole

    assert window.server.open_server(uploaded)
    window.server.timer.stop()  # only the failed edit may refresh the window here
    index = _first_goal_index(window)
    goal_id = index.data(IdRole)
    goals = window.model.rowCount(window.model.index(0, 0))
    window.tree.setCurrentIndex(index)
    editor = window.editor()
    with server_mod.open_server(uploaded, "Aino Alanen") as other, other.session() as s:
        other.operations(s).delete(s.get(Goal, goal_id))
    _type_into(editor.fields["title"], "Ikkunan otsikko")
    shown = editor.errors["title"].text() if editor.errors["title"].isVisibleTo(editor) \
        else window.message.text()
    assert shown == "Kohde on poistettu."
    # refreshed: the goal is gone from the tree and the editor no longer shows it
    qtbot.waitUntil(lambda: getattr(window.editor(), "key", None) != goal_id, timeout=5000)
    assert window.model.rowCount(window.model.index(0, 0)) == goals - 1
    assert _first_goal_index(window).data(IdRole) != goal_id


def test_window_saving_a_value_another_user_saved_meanwhile_shows_theirs(window, uploaded, qtbot):
    assert window.server.open_server(uploaded)
    window.server.timer.stop()  # no poll: only the refused save may bring the other's value
    window.main_tabs.setCurrentWidget(window.followup)
    window.followup.set_year(2026)
    indicators = window.followup.indicators_model
    row = next(i for i, r in enumerate(indicators.rows) if r.party_id is None and r.value is None
               and r.kind == "luku")
    indicator_id = indicators.rows[row].indicator_id
    refused: list[str] = []
    indicators.refused.connect(refused.append)
    with server_mod.open_server(uploaded, "Aino Alanen") as other, other.session() as s:
        other.operations(s).set_indicator_value(s.get(Indicator, indicator_id), 2026, number=41,
                                                expected=None)
    assert not indicators.setData(indicators.index(row, indicators.value_column()), "42")
    assert refused and "Aino Alanen" in refused[-1] and "41" in refused[-1]
    with server_mod.open_server(uploaded, "x") as check, check.session() as s:
        assert [v.value_number for v in s.scalars(select(IndicatorValue).where(
            IndicatorValue.indicator_id == indicator_id, IndicatorValue.year == 2026))] == [41.0]
    qtbot.waitUntil(lambda: any(r.indicator_id == indicator_id and r.value is not None
                                and r.value.number == 41 for r in indicators.rows), timeout=5000)


def test_window_shows_others_changes_after_a_poll(window, uploaded, qtbot):
    from yhteistyo_desktop.ui.tree_model import IdRole

    assert window.server.open_server(uploaded)
    window.server.timer.stop()  # the test polls by hand
    index = _first_goal_index(window)
    goal_id = index.data(IdRole)
    window.tree.setCurrentIndex(index)
    assert window.server.poll() is False
    with server_mod.open_server(uploaded, "Bertta Berg") as other, other.session() as s:
        other.operations(s).edit(s.get(Goal, goal_id), "title", "Bertan uusi otsikko")
    assert window.server.poll() is True
    assert "Bertan uusi otsikko" in _first_goal_index(window).data()
    assert window.editor().fields["title"].text() == "Bertan uusi otsikko"
    assert "Bertta Berg" in window.statusBar().currentMessage()
    # and the timer does the same by itself
    window.server.timer.start()
    with server_mod.open_server(uploaded, "Bertta Berg") as other, other.session() as s:
        other.operations(s).edit(s.get(Goal, goal_id), "title", "Ajastettu otsikko")
    qtbot.waitUntil(lambda: "Ajastettu otsikko" in _first_goal_index(window).data(), timeout=8000)


def test_window_refused_connection_is_one_sentence(window, qtbot):
    from pg_server import free_port

    assert not window.server.open_server(f"postgresql://x:salasana@127.0.0.1:{free_port()}/kanta")
    text = window.message.text()
    assert "ei saatu yhteyttä" in text and "\n" not in text and "salasana" not in text
    assert window.doc is None


def test_window_stays_responsive_while_a_server_does_not_answer(window, qtbot, monkeypatch):
    """Connecting runs off the GUI thread: the window handles events while it waits."""
    import socket

    monkeypatch.setattr(server_mod, "CONNECT_TIMEOUT", 2)
    silent = socket.socket()  # accepts the connection, never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    handled: list[bool] = []
    waiting = [True]
    QTimer.singleShot(300, lambda: handled.append(waiting[0]))
    try:
        assert not window.server.open_server(
            f"postgresql://x:y@127.0.0.1:{silent.getsockname()[1]}/kanta")
    finally:
        waiting[0] = False
        silent.close()
    assert handled == [True]  # the timer fired while the connection was being waited for
    assert "ei vastannut ajoissa" in window.message.text()


def test_window_uploads_file_and_saves_server_copy_as_file(window, url, demo_path, tmp_path):
    assert window.open_path(demo_path)
    assert window.server.upload_action.isEnabled()
    assert window.server.upload_current(url)
    assert window.wbfile.is_server and window.server.timer.isActive()
    target = tmp_path / "palvelimelta.tyokirja"
    assert window.server.download_to(target)
    assert window.wbfile.is_server  # still working on the server
    assert cli.main(["check", str(target)]) == 0


def test_server_dialog_checks_the_address(qtbot):
    from yhteistyo_desktop.ui.flows.server import ServerDialog

    dialog = ServerDialog("Yhdistä palvelimeen")
    qtbot.addWidget(dialog)
    dialog.address.setText("ftp://palvelin/x")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "ei ole PostgreSQL-palvelimen osoite" in dialog.error.text()
    dialog.address.setText("postgresql://nimi@palvelin.example.fi/yhteistyo")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_versions_go_up_to_the_server_are_marked_there_and_come_down_with_the_report(
        url, demo_path, tmp_path, capsys):
    """Issue 18: versions travel with the workbook to the server and back."""
    from yhteistyo_desktop.domain.versions import mark_version, versions

    import datetime as dt

    from yhteistyo_desktop.domain.models import Meeting

    with open_workbook(demo_path, "Offline") as wbfile, wbfile.session() as session:
        ops = wbfile.operations(session)
        ops.edit(session.scalars(select(Meeting)).one(), "version_id",
                 mark_version(ops, "Ennen palvelinta").id)
    server_mod.upload(demo_path, url)
    with server_mod.open_server(url, "Palvelin") as wb, wb.session() as session:
        ops = wb.operations(session)
        assert session.scalars(select(Meeting)).one().version.name == "Ennen palvelinta"
        ops.create(Meeting, title="Palvelimen kokous", starts_at=dt.datetime(2026, 9, 1, 9),
                   version_id=mark_version(ops, "Palvelimella").id)
        goal = session.scalars(select(Goal).order_by(Goal.position)).first()
        ops.edit(goal, "notes", "Palvelimen huomio")
        assert [v.name for v in versions(session)] == ["Ennen palvelinta", "Palvelimella"]
    target = tmp_path / "alas.tyokirja"
    assert cli.main(["download", url, str(target)]) == 0
    with open_workbook(target, "x", readonly=True) as f, f.session() as s:  # meetings' ties too
        assert sorted((m.title, m.version.name) for m in s.scalars(select(Meeting))) == [
            ("Palvelimen kokous", "Palvelimella"),
            ("Yhteistyösopimuksen vuosittainen seurantakokous 2026", "Ennen palvelinta")]
    assert cli.main(["check", str(target)]) == 0
    assert cli.main(["version", str(target)]) == 0
    listed = capsys.readouterr().out
    assert "Ennen palvelinta" in listed and "Palvelimella\t" in listed and "Palvelin" in listed
    out = tmp_path / "muutokset.pdf"
    assert cli.main(["handout", str(target), str(out), "--kind", "changes", "--since",
                     "Palvelimella"]) == 0
    import subprocess

    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Huomioitavaa: (tyhjä) → Palvelimen huomio" in text and "Palvelin, " in text


def test_two_users_marking_the_same_version_name_at_once_the_second_is_refused_in_finnish(uploaded):
    """Bertta checks the name while Aino's version is not yet committed, so she does not see it;
    the database's unique name then stops her, and she is told as the local refusal tells it."""
    from yhteistyo_desktop.domain.operations import DomainError
    from yhteistyo_desktop.domain.versions import mark_version, versions

    with server_mod.open_server(uploaded, "Aino Alanen") as a, \
            server_mod.open_server(uploaded, "Bertta Berg") as b:
        sa = a.session()
        ops_a = a.operations(sa)
        outcome: list[BaseException | str] = []

        def bertta():
            try:
                with b.session() as sb:
                    mark_version(b.operations(sb), "Työryhmä 14.3.2026")
                    outcome.append("marked")
            except BaseException as exc:  # the assertion below shows what came
                outcome.append(exc)

        with ops_a.transaction():
            mark_version(ops_a, "Työryhmä 14.3.2026")
            other = threading.Thread(target=bertta)
            other.start()
            time.sleep(1.0)  # Bertta has looked for the name and waits on Aino's row
        other.join(30)
        sa.close()
        assert len(outcome) == 1 and isinstance(outcome[0], DomainError), outcome
        assert str(outcome[0]) == "Versio 'Työryhmä 14.3.2026' on jo olemassa; anna toinen nimi."
    with server_mod.open_server(uploaded, "x") as c, c.session() as s:
        assert [(v.name, v.user) for v in versions(s)] == [("Työryhmä 14.3.2026", "Aino Alanen")]
