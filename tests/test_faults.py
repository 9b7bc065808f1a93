"""Broken and hostile input, one table: each is refused (or its bad part left out) with a clear
Finnish message, no traceback, and every workbook file byte-identical afterwards.

``tests/test_xlsx_bad_files.py`` and ``tests/test_store.py`` cover the first kinds (empty,
not a zip, encrypted, .xls, entities in workbook.xml, macros, external links, formulas, foreign
SQLite, newer schema, truncated files). This table adds the rest: zip bombs, path tricks,
hostile metadata, impossible values, damaged workbook files, write-protected and locked files.
Every case runs the command line (``main`` in this process, or a child process where it must be
another process: another user's rights, another holder of the lock).
"""
from __future__ import annotations

import os
import random
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import textwrap
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from PySide6.QtCore import QTimer
import pytest

from conftest import USER
from xlsx_helpers import edit_copy, export, find_row
from yhteistyo_desktop.cli import main
from yhteistyo_desktop.store.demo import create_demo
from yhteistyo_desktop.domain.template import fill_template
from yhteistyo_desktop.store.workbook_file import create_workbook, open_workbook

AREA = "Osallisuus ja yhteisöllisyys"
FIRST_GOAL = "Asukkaiden vaikutusmahdollisuuksien parantaminen"
ROOT = os.name == "posix" and os.geteuid() == 0
#: A child process without root's right to ignore file permissions (the tests run as root in CI).
NO_OVERRIDE = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
               "--bounding-set=-dac_override,-dac_read_search"] if ROOT else []


# -- the inputs --------------------------------------------------------------------------------------

@dataclass
class Inputs:
    """What the fixtures made once for the module: the demo workbook and its export."""

    folder: Path
    demo: Path  # the master workbook: cases copy it
    exported: Path  # our export of the demo, as openpyxl writes it (inline strings)
    other_export: Path  # an export of a different workbook (another id)
    bomb: Path  # a sheet of 400 MB of spaces, declared honestly
    lying_bomb: Path  # the same, its zip headers claiming 4,000 bytes


@dataclass
class Run:
    """One command line run of a case, and what it must say."""

    args: list[str]
    message: str  # a regular expression the message must match
    exit: int = 2  # 2 = refused; 0 = done with notices ("Huom."), 1 = `check` found problems
    child: bool = False  # run in a child process (needed for rights and locks)
    no_override: bool = False  # the child without root's permission override
    cleanup: Callable[[], None] | None = None


@dataclass
class Env:
    inputs: Inputs
    tmp: Path
    wb_folder: Path = field(init=False)
    workbook: Path = field(init=False)

    def __post_init__(self):
        self.wb_folder = self.tmp / "työkirjat"
        self.wb_folder.mkdir()
        self.workbook = self.wb_folder / "demo.tyokirja"
        shutil.copyfile(self.inputs.demo, self.workbook)

    def file(self, name: str, content: bytes) -> Path:
        path = self.tmp / name
        path.write_bytes(content)
        return path

    def edited(self, name: str, edits, source: Path | None = None) -> Path:
        """A copy of the export edited with openpyxl, as a user would in Excel."""
        path = self.tmp / name
        shutil.copyfile(source or self.inputs.exported, path)
        return edit_copy(path, edits)

    def rezipped(self, name: str, change, extra: dict[str, bytes] | None = None,
                 source: Path | None = None) -> Path:
        """A copy of the export member by member; ``change(name, data)`` may alter or drop one."""
        path = self.tmp / name
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns about duplicate names: some cases want them
            with zipfile.ZipFile(source or self.inputs.exported) as zin, \
                    zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
                for info in zin.infolist():
                    data = change(info.filename, zin.read(info))
                    if data is not None:
                        zout.writestr(info.filename, data)
                for member, data in (extra or {}).items():
                    zout.writestr(member, data)
        return path

    def review(self, xlsx: Path, *more: str) -> list[str]:
        return ["import-xlsx", str(xlsx), str(self.workbook), "--accept-all", *more]


def _bomb(path: Path, megabytes: int) -> Path:
    """An .xlsx whose first sheet is a valid sheet followed by ``megabytes`` MB of spaces."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK.format(sheets='<sheet name="Osa-alueet" '
                                                       'sheetId="1" r:id="rId1"/>'))
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w") as member:
            member.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.'
                         b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            spaces = b" " * (1024 * 1024)
            for _ in range(megabytes):
                member.write(spaces)
            member.write(b"</sheetData></worksheet>")
    return path


def _lie_about_sizes(source: Path, target: Path, member: str, size: int) -> Path:
    """Copy a zip, its local and central headers claiming that ``member`` unpacks to ``size`` bytes."""
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as z:
        local = z.getinfo(member).header_offset
    assert data[local:local + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, local + 22, size)  # uncompressed size in the local header
    central = data.find(b"PK\x01\x02")
    while True:
        assert central != -1, member
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46:central + 46 + name_len] == member.encode():
            break
        central = data.find(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, size)  # and in the central directory
    target.write_bytes(bytes(data))
    return target


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/'
    '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
    'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
    'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/'
    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets>{sheets}</sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/'
    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Inputs:
    folder = tmp_path_factory.mktemp("faults")
    demo = folder / "demo.tyokirja"
    create_demo(demo, USER).close()
    with open_workbook(demo, USER, readonly=True) as wbfile:
        exported = export(wbfile, folder / "demo.xlsx")
    with create_workbook(folder / "muu.tyokirja", USER, "Pohjois-Savo", 2025, 2029,
                         fill=fill_template) as other:
        other_export = export(other, folder / "muu.xlsx")
    bomb = _bomb(folder / "pommi.xlsx", 400)
    lying = _lie_about_sizes(bomb, folder / "valepommi.xlsx", "xl/worksheets/sheet1.xml", 4000)
    return Inputs(folder, demo, exported, other_export, bomb, lying)


# -- the cases ------------------------------------------------------------------------------------

def _laughs(prolog: str = "") -> bytes:
    """A shared strings part whose one string is a "billion laughs" entity."""
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + prolog + '<!DOCTYPE sst [<!ENTITY l0 "ha">'
            + entities + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'count="1" uniqueCount="1"><si><t>&l9;</t></si></sst>').encode()


def _set(sheet: str, cell: str, value):
    return lambda wb: wb[sheet].__setitem__(cell, value)


def _goal_cell(column: str, value):
    def edit(wb):
        ws = wb[AREA]
        ws[f"{column}{find_row(ws, 'B', FIRST_GOAL)}"] = value
    return edit


def _meta_row(entity: str, column: str, value):
    """Overwrite a cell of the hidden metadata sheet's first row for ``entity``."""
    def edit(wb):
        ws = wb["_yhteistyo"]
        for row in range(1, ws.max_row + 1):
            if ws[f"C{row}"].value == entity:
                ws[f"{column}{row}"] = value
                return
        raise AssertionError(entity)
    return edit


def _meta_key(key: str, value):
    def edit(wb):
        ws = wb["_yhteistyo"]
        row = next(r for r in range(1, 10) if ws[f"A{r}"].value == key)
        ws[f"B{row}"] = value
    return edit


def _column_of(ws, header: str) -> str:
    for cell in ws[1]:
        if cell.value == header:
            return cell.column_letter
    raise AssertionError(header)


def _indicator_cell(header: str, value, row: int = 3):
    """Mittarit row 3: "Ikääntyvien asumisen selvitys", target year 2026 in the workbook."""
    def edit(wb):
        ws = wb["Mittarit"]
        ws[f"{_column_of(ws, header)}{row}"] = value
    return edit


def _year_header(old: str, new: str):
    """Rename a yearly column of Mittarit, with a value under it."""
    def edit(wb):
        ws = wb["Mittarit"]
        column = _column_of(ws, old)
        ws[f"{column}1"] = new
        ws[f"{column}2"] = 12
    return edit


def _flag_encrypted(data: bytes) -> bytes:
    """Set the "encrypted" flag of the first member in the central directory."""
    data = bytearray(data)
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 0x1
    return bytes(data)


def _rename_sheet_in_xml(old: str, new: str):
    def change(name, data):
        if name == "xl/workbook.xml":
            return data.replace(f'name="{old}"'.encode(), f'name="{new}"'.encode())
        return data
    return change


def _damage_pages(path: Path, rng: random.Random) -> None:
    """Garbage in every page after the first; the header (page 1) stays as it was."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start:start + page] = rng.randbytes(page)
    path.write_bytes(bytes(data))


def _sql(path: Path, *statements: str) -> None:
    """Change the file behind the application's back (foreign keys off, as another tool would)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


HOLDER = textwrap.dedent("""
    import sys
    from yhteistyo_desktop.store.workbook_file import open_workbook
    wbfile = open_workbook(sys.argv[1], "Toinen Käyttäjä")
    print("auki", flush=True)
    sys.stdin.readline()
    wbfile.close()
""")


def _held_by_another_process(env: Env) -> Run:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(env.workbook)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, encoding="utf-8")
    assert holder.stdout.readline().strip() == "auki"

    def release():
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    return Run(env.review(env.inputs.exported), "on jo muokattavana: Toinen Käyttäjä tietokoneella"
               r".*Voit avata sen vain luettavaksi", child=True, cleanup=release)


def _read_only_file(env: Env) -> Run:
    returned = env.edited("palautettu.xlsx", _goal_cell("F", "Uusi huomio"))
    env.workbook.chmod(0o444)
    return Run(env.review(returned), "kirjoitussuojattu.*vain luettavaksi", child=True,
               no_override=True, cleanup=lambda: env.workbook.chmod(0o644))


def _read_only_folder(env: Env) -> Run:
    returned = env.edited("palautettu.xlsx", _goal_cell("F", "Uusi huomio"))
    env.wb_folder.chmod(0o555)
    return Run(env.review(returned), "Kansioon .* ei voi kirjoittaa.*vain luettavaksi", child=True,
               no_override=True, cleanup=lambda: env.wb_folder.chmod(0o755))


def _tyokirja(env: Env, content: bytes) -> Path:
    path = env.wb_folder / "outo.tyokirja"
    path.write_bytes(content)
    return path


def _other_demo(env: Env) -> Path:
    """A second demo workbook: the same content and region, another identity."""
    path = env.wb_folder / "toinen.tyokirja"
    create_demo(path, USER).close()
    return path


def _damaged(env: Env) -> Path:
    _damage_pages(env.workbook, random.Random(7))
    return env.workbook


CASES: dict[str, Callable[[Env], Run]] = {
    # -- the zip package ---------------------------------------------------------------------------
    "zip bomb, size declared": lambda env: Run(env.review(env.inputs.bomb), "purettuna liian suuri"),
    "zip bomb, lying sizes": lambda env: Run(env.review(env.inputs.lying_bomb),
                                            "vaurioitunut tai katkennut"),
    "thousands of members": lambda env: Run(env.review(env.rezipped(
        "osia.xlsx", lambda n, d: d, {f"xl/media/kuva{i}.png": b"x" for i in range(3000)})),
        r"liian monta osaa \(3020, enintään 2000\)"),
    "path traversal member": lambda env: Run(env.review(env.rezipped(
        "polku.xlsx", lambda n, d: d, {"../../../../tmp/yhteistyo-pahaa.xml": b"<x/>"})),
        "epäkelpo osan nimi.*tmp/yhteistyo-pahaa.xml"),
    "absolute member name": lambda env: Run(env.review(env.rezipped(
        "juuri.xlsx", lambda n, d: d, {"/etc/cron.d/yhteistyo": b"* * * * * root true"})),
        "epäkelpo osan nimi"),
    "member twice (which one counts?)": lambda env: Run(env.review(env.rezipped(
        "kahdesti.xlsx", lambda n, d: d, {"xl/worksheets/sheet3.xml": b"<worksheet/>"})),
        "osa xl/worksheets/sheet3.xml on paketissa kahdesti"),
    "encrypted member": lambda env: Run(env.review(env.file("salattu-osa.xlsx", _flag_encrypted(
        env.inputs.exported.read_bytes()))), "on salattu"),
    "billion laughs in sharedStrings": lambda env: Run(env.review(env.rezipped(
        "naurut.xlsx", lambda n, d: d, {"xl/sharedStrings.xml": _laughs()})),
        "XML-entiteettimäärittelyjä.*sharedStrings"),
    "billion laughs behind a 70 kB comment": lambda env: Run(env.review(env.rezipped(
        "naurut2.xlsx", lambda n, d: d, {"xl/sharedStrings.xml": _laughs("<!--" + "x" * 70_000 + "-->")})),
        "sharedStrings.xml"),
    "sheet XML cut short": lambda env: Run(env.review(env.rezipped(
        "katkaistu.xlsx", lambda n, d: d[: len(d) // 2] if n == "xl/worksheets/sheet3.xml" else d)),
        "katkaistu.xlsx: tiedostoa ei voitu lukea"),
    "sheet part missing": lambda env: Run(env.review(env.rezipped(
        "puuttuva.xlsx", lambda n, d: None if n == "xl/worksheets/sheet3.xml" else d)),
        f"vaurioitunut: välilehden {AREA} sisältö .* puuttuu"),
    # -- the cells and sheets --------------------------------------------------------------------
    "a cell of 1,000,000 characters": lambda env: Run(env.review(env.rezipped(
        "pitka.xlsx", lambda n, d: d.replace(b"x" * 32767, b"x" * 1_000_000),
        source=env.edited("lyhyempi.xlsx", _goal_cell("F", "x" * 32767)))),
        f"välilehden {AREA} solussa F\\d+ on 1000000 merkkiä.*32767"),
    "two sheets whose names differ in case": lambda env: Run(env.review(env.rezipped(
        "kirjainkoko.xlsx", _rename_sheet_in_xml("Toimenpiteet", "OSA-ALUEET"))),
        "välilehtiä Osa-alueet ja OSA-ALUEET"),
    "copy of a different workbook": lambda env: Run(env.review(env.inputs.other_export),
                                                   r"viety toisesta työkirjasta \(Pohjois-Savo\)"),
    "copy of another workbook of the same region": lambda env: Run(
        ["import-xlsx", str(env.inputs.exported), str(_other_demo(env))],
        "toisesta työkirjasta kuin tästä, vaikka molempien alue on Keski-Suomi"),
    "template copy given for review": lambda env: Run(env.review(env.edited(
        "pohja.xlsx", lambda wb: wb.remove(wb["_yhteistyo"]))), "ei ole tästä sovelluksesta viety"),
    "the workbook file given as the Excel": lambda env: Run(env.review(env.inputs.demo),
                                                           "ei ole zip-paketti"),
    "a folder given as the Excel": lambda env: Run(env.review(env.tmp), "on kansio"),
    "metadata: broken JSON": lambda env: Run(env.review(env.edited(
        "meta1.xlsx", _meta_key("workbook", "{rikki"))), "tunnistevälilehti.*vaurioitunut"),
    "metadata: a number for JSON": lambda env: Run(env.review(env.edited(
        "meta2.xlsx", _meta_key("workbook", 5))), "tunnistevälilehti.*vaurioitunut"),
    "metadata: a list for a row's fingerprints": lambda env: Run(env.review(env.edited(
        "meta3.xlsx", _meta_row("goal", "E", "[1, 2]"))), "tunnistevälilehti.*vaurioitunut"),
    "metadata: fingerprints of the wrong shape": lambda env: Run(env.review(env.edited(
        "meta4.xlsx", _meta_row("action", "E", '{"h": [], "r": {"goals": 7}, "x": "y"}'))),
        "tunnistevälilehti.*vaurioitunut"),
    "a date that does not exist": lambda env: Run(env.review(env.edited(
        "paiva.xlsx", _set("Ohje", "B8", "31.2.2026"))), "Ohje, solu B8.*31.2.2026.*ei ole päivämäärä",
        exit=0),
    "a date in year 0": lambda env: Run(env.review(env.edited(
        "vuosi0.xlsx", _set("Ohje", "B8", "1.1.0000"))), "Ohje, solu B8.*ei ole päivämäärä", exit=0),
    "a year before the term": lambda env: Run(env.review(env.edited(
        "vuosi.xlsx", _indicator_cell("Tavoitevuosi", 1066))), "tavoitevuosi 1066 ei ole "
        "valtuustokaudella", exit=0),
    "text where a year belongs": lambda env: Run(env.review(env.edited(
        "teksti.xlsx", _indicator_cell("Tavoitevuosi", "kaksituhatta"))),
        "'kaksituhatta' ei ole vuosiluku", exit=0),
    "a number where a choice belongs": lambda env: Run(env.review(env.edited(
        "luku.xlsx", _set("Osa-alueet", "A2", 3))), r"arvoa '3' ei tunnistettu \(sallitut:", exit=0),
    "a yearly column outside the term": lambda env: Run(env.review(env.edited(
        "sarake.xlsx", _year_header("2029", "1066"))),
        "sarakkeen vuosi 1066 ei ole valtuustokaudella", exit=0),
    # -- the workbook file -----------------------------------------------------------------------
    "zero-byte workbook file": lambda env: Run(
        ["import-xlsx", str(env.inputs.exported), str(_tyokirja(env, b""))], "ei ole SQLite"),
    "half a workbook file": lambda env: Run(
        ["import-xlsx", str(env.inputs.exported),
         str(_tyokirja(env, env.inputs.demo.read_bytes()[: env.inputs.demo.stat().st_size // 2]))],
        "vaurioitunut"),
    "an .xlsx renamed .tyokirja": lambda env: Run(
        ["info", str(_tyokirja(env, env.inputs.exported.read_bytes()))], "ei ole SQLite"),
    "good header, garbage pages": lambda env: Run(["info", str(_damaged(env))], "vaurioitunut"),
    "garbage pages, for review": lambda env: Run(env.review(env.inputs.exported),
                                                 "vaurioitunut") if _damaged(env) else None,
    "broken foreign key (check)": lambda env: Run(["check", str(env.workbook)], "Viiteeheys: taulun "
                                                  "goal_action", exit=1)
    if _sql(env.workbook, "DELETE FROM goal WHERE rowid = (SELECT min(rowid) FROM goal)") is None
    else None,
    "action serving no goal (check)": lambda env: Run(["check", str(env.workbook)], "toimenpidettä ei "
                                                      "palvele yhtään tavoitetta", exit=1)
    if _sql(env.workbook, "DELETE FROM goal_action WHERE action_id = (SELECT min(id) FROM action)")
    is None else None,
    "unknown vocabulary value (check)": lambda env: Run(["check", str(env.workbook)],
                                                        "goal.layer: 1 tuntematonta arvoa", exit=1)
    if _sql(env.workbook, "UPDATE goal SET layer = 'salainen' WHERE rowid = 1") is None else None,
    "held by another live process": _held_by_another_process,
    "write-protected workbook file": _read_only_file,
    "write-protected folder": _read_only_folder,
}


def folder_state(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run_cli(run: Run, cwd: Path, capsys) -> tuple[int, str]:
    if not run.child:
        code = main(run.args)
        return code, capsys.readouterr().err
    env = {**os.environ, "YHTEISTYO_USER": USER, "PYTHONIOENCODING": "utf-8"}
    prefix = NO_OVERRIDE if run.no_override else []
    result = subprocess.run([*prefix, sys.executable, "-m", "yhteistyo_desktop.cli", *run.args],
                            cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8",
                            timeout=120)
    return result.returncode, result.stderr


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_refused_clearly_and_changes_nothing(case, inputs, tmp_path, capsys):
    env = Env(inputs, tmp_path)
    run = CASES[case](env)
    before = folder_state(env.wb_folder)
    given = {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    try:
        code, err = run_cli(run, tmp_path, capsys)
        assert "Traceback" not in err, err
        assert code == run.exit, err
        lines = err.splitlines()
        if run.exit == 2:  # refused: one line
            assert len(lines) == 1 and lines[0].startswith("yhteistyo: "), err
        elif run.exit == 0:  # done, with what was left out told line by line
            assert lines and all(line.startswith("Huom. ") for line in lines), err
        assert re.search(run.message, err), err
        assert folder_state(env.wb_folder) == before, "a workbook file changed"
        assert {p: p.read_bytes() for p in given} == given, "an input file changed"
    finally:
        if run.cleanup:
            run.cleanup()


def test_the_table_has_enough_cases():
    assert len(CASES) >= 25


# -- a zip bomb is refused without unpacking it ------------------------------------------------------

MEASURE = textwrap.dedent("""
    import resource, sys, time
    from yhteistyo_desktop.cli import main
    import yhteistyo_desktop.xlsx.reader, yhteistyo_desktop.xlsx.review, openpyxl.reader.excel
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.monotonic()
    code = main(sys.argv[1:])
    took = time.monotonic() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(code, (peak - before) // 1024, round(took, 2))
""")


@pytest.mark.parametrize("bomb", ["bomb", "lying_bomb"])
def test_a_zip_bomb_is_refused_with_bounded_memory(bomb, inputs, demo_path):
    """400 MB of spaces in a 400 kB file: the process's peak memory grows by less than 50 MB."""
    path = getattr(inputs, bomb)
    assert path.stat().st_size < 2_000_000
    result = subprocess.run([sys.executable, "-c", MEASURE, "import-xlsx", str(path), str(demo_path),
                             "--accept-all"], capture_output=True, text=True, encoding="utf-8",
                            env={**os.environ, "YHTEISTYO_USER": USER}, timeout=120)
    code, grew_mb, took = result.stdout.split()
    assert int(code) == 2 and "Traceback" not in result.stderr, result.stderr
    assert int(grew_mb) < 50, f"peak memory grew by {grew_mb} MB"
    assert float(took) < 10


# -- text that looks like a formula stays text ----------------------------------------------------

DDE = {
    "notes": "=cmd|' /C calc'!A0",
    "resources": "@SUM(1+9)*cmd|' /C calc'!A0",
    "description": "+1+cmd|' /C notepad'!A0",
    "unit": "-2+3+cmd|' /C calc'!A0",
}


def _text_cell(cell, value: str) -> None:
    """What Excel stores for '=text typed with a leading apostrophe: a string, not a formula."""
    cell.value = value
    cell.data_type = "s"


def test_formula_like_text_is_imported_as_text_and_exported_as_text(inputs, tmp_path, capsys):
    def edits(wb):
        ws = wb[AREA]
        header = [c.value for c in ws[4]]
        row = find_row(ws, "B", FIRST_GOAL)
        _text_cell(ws.cell(row, header.index("Huomioitavaa") + 1), DDE["notes"])
        _text_cell(ws.cell(row, header.index("Resurssit") + 1), DDE["resources"])
        actions, indicators = wb["Toimenpiteet"], wb["Mittarit"]
        _text_cell(actions.cell(2, [c.value for c in actions[1]].index("Kuvaus") + 1),
                   DDE["description"])
        _text_cell(indicators.cell(2, [c.value for c in indicators[1]].index("Yksikkö") + 1),
                   DDE["unit"])

    demo_path = Env(inputs, tmp_path).workbook  # the workbook the export was made from
    returned = tmp_path / "palautettu.xlsx"
    shutil.copyfile(inputs.exported, returned)
    edit_copy(returned, edits)
    assert main(["import-xlsx", str(returned), str(demo_path), "--accept-all"]) == 0
    assert "Hyväksyttiin 4 muutosta" in capsys.readouterr().out

    from sqlalchemy import select
    from yhteistyo_desktop.domain.models import Action, Goal, Indicator
    with open_workbook(demo_path, USER, readonly=True) as wbfile, wbfile.session() as session:
        goal = session.scalar(select(Goal).where(Goal.title == FIRST_GOAL))
        assert (goal.notes, goal.resources) == (DDE["notes"], DDE["resources"])
        assert session.scalar(select(Action).where(Action.description == DDE["description"]))
        assert session.scalar(select(Indicator).where(Indicator.unit == DDE["unit"]))
        again = export(wbfile, tmp_path / "uudelleen.xlsx")

    found = {}
    for ws in openpyxl.load_workbook(again).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value in DDE.values():
                    found[cell.value] = cell.data_type
    # every value is in the export, several times (notes and actions also in the area sheets)
    assert set(found) == set(DDE.values())
    assert set(found.values()) == {"s"}, found  # a string cell: Excel never evaluates it


# -- markup in the workbook's text goes into the PDF as text ------------------------------------------

MARKUP = {
    "title": "<b>Lihava</b> & <para>kappale</para> <font name=\"Pahis\">fontti</font>",
    "notes": "Avoin <i>kursiivi ja &amp; &lt;  <br/> <img src=\"/etc/passwd\"/> loppu",
}


def test_markup_in_titles_is_printed_literally_in_the_pdf(demo_path, tmp_path, qapp, capsys):
    from PySide6.QtPdf import QPdfDocument
    from sqlalchemy import select
    from yhteistyo_desktop.domain.models import Goal

    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        ops = wbfile.operations(session)
        goal = session.scalar(select(Goal).where(Goal.title == FIRST_GOAL))
        ops.edit(goal, "title", MARKUP["title"])
        ops.edit(goal, "notes", MARKUP["notes"])
    out = tmp_path / "liite.pdf"
    assert main(["handout", str(demo_path), str(out), "--kind", "workbook"]) == 0, \
        capsys.readouterr().err
    pdf = QPdfDocument(None)
    pdf.load(str(out))
    text = " ".join(pdf.getAllText(page).text() for page in range(pdf.pageCount()))
    pdf.close()
    text = re.sub(r"\s+", " ", text)
    for value in MARKUP.values():
        assert re.sub(r"\s+", " ", value) in text, value


# -- the window tells about a hostile file in a message box --------------------------------------------

@pytest.fixture
def window(window, demo_path):
    """conftest's main window, with a copy of the demo open."""
    assert window.open_path(demo_path)
    return window


@pytest.mark.parametrize("kind, message", [
    ("lying_bomb", "vaurioitunut tai katkennut"),
    ("laughs", "XML-entiteettimäärittelyjä"),
])
def test_a_hostile_file_opened_from_the_window_gives_a_message_box(kind, message, window, demo_path,
                                                                   inputs, tmp_path, qtbot,
                                                                   monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    env = Env(inputs, tmp_path)
    path = getattr(inputs, kind) if kind != "laughs" else env.rezipped(
        "naurut.xlsx", lambda n, d: d, {"xl/sharedStrings.xml": _laughs()})
    before = demo_path.read_bytes()
    target = tmp_path / "uusi.tyokirja"
    chosen = {"open": str(path), "save": str(target)}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen["open"], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (chosen["save"], "")))

    for action in (window.excel.choose_and_review, window.excel.choose_and_import_new):
        window.message = None
        action()  # File > Tuo palautettu Excel…, File > Tuo Excel uudeksi työkirjaksi…
        box = window.message
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert box.icon() == QMessageBox.Icon.Critical
        assert re.search(message, box.text()) and "Traceback" not in box.text()
        QTimer.singleShot(0, box.accept)  # the user closes the box
        qtbot.waitUntil(lambda: not box.isVisible())
    assert not target.exists()
    assert window.doc is not None and window.doc.wbfile.path == demo_path  # still the same file
    window.install(None)
    assert demo_path.read_bytes() == before


READ_ONLY_WINDOW = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication, QMessageBox
    from yhteistyo_desktop.ui.main_window import MainWindow
    from yhteistyo_desktop.ui.settings import Settings, WindowState
    app = QApplication([])
    win = MainWindow(Settings(), WindowState(), "Lukija")
    print(win.open_path(Path(sys.argv[1])), win.message.text(), sep="|")
    win.message.button(QMessageBox.StandardButton.Open).click()  # "Avaa vain luettavaksi"
    app.processEvents()
    print(win.doc is not None and win.doc.wbfile.readonly)
    win.close()
""")


def test_the_window_offers_to_open_a_write_protected_workbook_read_only(demo_path):
    """As another user than root would be: the window says why and opens it read-only."""
    demo_path.chmod(0o444)
    before = demo_path.read_bytes()
    try:
        result = subprocess.run([*NO_OVERRIDE, sys.executable, "-c", READ_ONLY_WINDOW, str(demo_path)],
                                capture_output=True, text=True, encoding="utf-8", timeout=120,
                                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    finally:
        demo_path.chmod(0o644)
    assert result.returncode == 0, result.stderr
    opened, text, readonly = result.stdout.replace("|", "\n", 1).splitlines()
    assert opened == "False" and "on kirjoitussuojattu; voit avata sen vain luettavaksi" in text
    assert readonly == "True"
    assert demo_path.read_bytes() == before
