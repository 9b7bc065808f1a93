"""The command line, run as a user runs it: the real entry point in a child process."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from yhteistyo_desktop.store.workbook_file import head_revision


def yhteistyo(*args, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "YHTEISTYO_USER": "Komentorivi Käyttäjä", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "yhteistyo_desktop.cli", *map(str, args)],
                          cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=120)


def info(path: Path) -> dict:
    result = yhteistyo("info", path.name, "--json", cwd=path.parent)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_one_finnish_error(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("yhteistyo: ")
    for word in words:
        assert word in lines[0]


@pytest.fixture(scope="module")
def demo_made(tmp_path_factory) -> Path:
    """`yhteistyo demo d.tyokirja`, run once for the module."""
    folder = tmp_path_factory.mktemp("cli")
    result = yhteistyo("demo", "d.tyokirja", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "d.tyokirja" in result.stdout
    assert result.stderr == ""
    return folder / "d.tyokirja"


@pytest.fixture
def demo_copy(demo_made, tmp_path) -> Path:
    path = tmp_path / "d.tyokirja"
    shutil.copyfile(demo_made, path)
    return path


def test_demo_then_info_json_reports_the_keski_suomi_counts(demo_made):
    assert not Path(f"{demo_made}.lock").exists()
    data = info(demo_made)
    assert {"areas", "goals", "actions", "indicators", "parties", "persons", "meetings",
            "schema"} <= set(data)
    assert (data["areas"], data["goals"], data["actions"], data["parties"]) == (4, 12, 5, 24)
    assert (data["indicators"], data["persons"], data["meetings"]) == (17, 6, 1)
    assert data["schema"] == head_revision()
    assert (data["region"], data["term"]) == ("Keski-Suomi", "2025-2029")


def test_info_without_json_prints_the_counts_in_finnish(demo_made):
    result = yhteistyo("info", demo_made.name, cwd=demo_made.parent)
    assert result.returncode == 0
    assert "Keski-Suomi, valtuustokausi 2025-2029" in result.stdout
    lines = {line.split()[0]: line.split()[-1] for line in result.stdout.splitlines()[2:]}
    assert (lines["osa-alueita"], lines["tavoitteita"], lines["toimenpiteitä"],
            lines["osapuolia"]) == ("4", "12", "5", "24")


def test_new_makes_a_workbook_from_the_kuntaliitto_template(tmp_path):
    result = yhteistyo("new", "Pohjanmaa.tyokirja", "--region", "Pohjanmaa", "--term", "2029-2033",
                       cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = info(tmp_path / "Pohjanmaa.tyokirja")
    assert (data["region"], data["term"]) == ("Pohjanmaa", "2029-2033")
    assert (data["areas"], data["goals"], data["actions"], data["parties"]) == (10, 0, 0, 0)
    assert yhteistyo("check", "Pohjanmaa.tyokirja", cwd=tmp_path).returncode == 0


def test_check_accepts_the_demo(demo_copy):
    result = yhteistyo("check", demo_copy.name, cwd=demo_copy.parent)
    assert result.returncode == 0, result.stderr
    assert "kunnossa" in result.stdout
    assert result.stderr == ""


BREAKAGES = {
    "y-tunnus": ("UPDATE party SET business_id = '0174666-5' WHERE name = 'Jyväskylän kaupunki'",
                 "y-tunnus 0174666-5 ei ole kelvollinen"),
    "orphan action": ("DELETE FROM goal_action WHERE action_id = "
                      "(SELECT id FROM action WHERE title = 'Yhteinen edunvalvonnan ydinviesti')",
                      "1 toimenpidettä ei palvele yhtään tavoitetta"),
    "vocabulary": ("UPDATE goal SET layer = 'tärkeä' WHERE position = 0", "goal.layer"),
    "positions": ("UPDATE goal SET position = 0", "päällekkäistä järjestysnumeroa"),
    "foreign key": ("UPDATE goal SET area_id = 'kadonnut' WHERE position = 1", "Viiteeheys"),
}


@pytest.mark.parametrize("rule", list(BREAKAGES))
def test_check_exits_1_on_a_file_with_a_broken_rule(demo_copy, rule):
    sql, expected = BREAKAGES[rule]
    conn = sqlite3.connect(demo_copy)  # a plain SQLite tool: foreign keys are off by default
    with conn:
        conn.execute(sql)
    conn.close()
    result = yhteistyo("check", demo_copy.name, cwd=demo_copy.parent)
    assert result.returncode == 1, result.stdout + result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].endswith("ongelmaa.")


def test_an_existing_target_is_refused_and_left_alone(demo_copy):
    before = demo_copy.read_bytes()
    for command in (["demo", demo_copy.name], ["new", demo_copy.name]):
        result = yhteistyo(*command, cwd=demo_copy.parent)
        assert_one_finnish_error(result, "on jo olemassa")
    assert demo_copy.read_bytes() == before


@pytest.mark.parametrize("command", ["info", "check"])
def test_a_file_that_is_not_a_workbook_is_refused(tmp_path, command):
    path = tmp_path / "muistio.txt"
    path.write_text("ei työkirja\n", encoding="utf-8")
    result = yhteistyo(command, path.name, cwd=tmp_path)
    assert_one_finnish_error(result, "ei ole Yhteistyö-työkirja")
    assert path.read_text(encoding="utf-8") == "ei työkirja\n"


@pytest.mark.parametrize("command", ["info", "check"])
def test_a_foreign_sqlite_file_is_refused(tmp_path, command):
    path = tmp_path / "muu.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    result = yhteistyo(command, path.name, cwd=tmp_path)
    assert_one_finnish_error(result, "SQLite-tietokanta, mutta ei Yhteistyö-työkirja")


@pytest.mark.parametrize("term", ["2029-2025", "2025", "kausi"])
def test_a_bad_term_is_refused_and_no_file_is_made(tmp_path, term):
    result = yhteistyo("new", "uusi.tyokirja", "--term", term, cwd=tmp_path)
    assert_one_finnish_error(result, "Valtuustokausi", "muodossa 2025-2029")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["info", "check"])
def test_a_missing_file_is_refused(tmp_path, command):
    result = yhteistyo(command, "puuttuu.tyokirja", cwd=tmp_path)
    assert_one_finnish_error(result, "puuttuu.tyokirja", "ei löydy")


def test_a_missing_folder_is_refused(tmp_path):
    result = yhteistyo("new", "ei/ole/uusi.tyokirja", cwd=tmp_path)
    assert_one_finnish_error(result, "Kansiota")
    assert list(tmp_path.iterdir()) == []


def test_a_newer_schema_and_a_truncated_file_are_refused(demo_copy):
    truncated = demo_copy.with_name("katkennut.tyokirja")
    truncated.write_bytes(demo_copy.read_bytes()[:50000])
    conn = sqlite3.connect(demo_copy)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    assert_one_finnish_error(yhteistyo("info", demo_copy.name, cwd=demo_copy.parent),
                             "uudemmalla versiolla")
    assert_one_finnish_error(yhteistyo("check", truncated.name, cwd=demo_copy.parent), "vaurioitunut")
