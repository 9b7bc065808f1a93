"""Bad and hostile files: each refused with one clear message, the workbook file byte-identical."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from yhteistyo_desktop.cli import main
from yhteistyo_desktop.xlsx import Limits, XlsxError, check_package, read_xlsx

from xlsx_helpers import edit_copy, export

AREA = "Osallisuus ja yhteisöllisyys"


def _rezip(source: Path, target: Path, change) -> Path:
    """Copy a zip member by member, letting ``change(name, data)`` alter, drop or add members."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info.filename, data)
        for name, data in getattr(change, "extra", {}).items():
            zout.writestr(name, data)
    return target


def _doctype(entity: str):
    def change(name, data):
        if name == "xl/workbook.xml":
            text = data.decode("utf-8")
            body = text.split("?>", 1)[1] if text.startswith("<?xml") else text
            return ('<?xml version="1.0"?>\n' + entity + body).encode("utf-8")
        return data
    return change


def _macro(name, data):
    if name == "[Content_Types].xml":
        return data.replace(b"sheet.main+xml", b"sheet.macroEnabled.main+xml")
    return data


_macro.extra = {"xl/vbaProject.bin": b"\x00" * 64}


def _external(name, data):
    return data


_external.extra = {"xl/externalLinks/externalLink1.xml":
                   b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'}


def _kinds(exported: Path, tmp: Path) -> dict[str, tuple[Path, str]]:
    """Every kind of bad file, with a pattern its message must match."""
    data = exported.read_bytes()
    files = {}

    def put(name, content: bytes):
        path = tmp / name
        path.write_bytes(content)
        return path

    files["empty"] = (put("tyhja.xlsx", b""), "tyhjä tiedosto")
    files["not a zip"] = (put("teksti.xlsx", "Alue;Tavoite\n".encode()), "ei ole zip-paketti")
    files["truncated"] = (put("katkennut.xlsx", data[: len(data) // 2]), "vaurioitunut tai katkennut")
    files["encrypted"] = (put("salattu.xlsx", bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 500 +
                              "EncryptionInfo".encode("utf-16-le") + b"\x00" * 500), "salasanalla")
    files["old xls"] = (put("vanha.xls", bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 1000),
                        r"\.xls")
    files["entity expansion"] = (_rezip(exported, tmp / "laajeneva.xlsx", _doctype(
        '<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>')),
        "XML-entiteettimäärittelyjä")
    files["external entity"] = (_rezip(exported, tmp / "ulkoinen.xlsx", _doctype(
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>')), "XML-entiteettimäärittelyjä")
    files["macros"] = (_rezip(exported, tmp / "makro.xlsm", _macro), "makroja")
    files["external links"] = (_rezip(exported, tmp / "linkit.xlsx", _external), "linkkejä muihin")
    files["not a spreadsheet zip"] = (put("paketti.xlsx", _zip({"readme.txt": b"hei"})),
                                      "ei Excel-työkirja")

    wb = openpyxl.Workbook()
    wb.active["A1"] = "Budjetti"
    wb.active["B2"] = 100
    wb.save(tmp / "budjetti.xlsx")
    files["not the template"] = (tmp / "budjetti.xlsx", "ei ole strategisten tavoitteiden työkirja")

    formula = edit_copy(_copy(exported, tmp / "kaava.xlsx"),
                        lambda wb: wb[AREA].__setitem__("D6", "=SUM(1,2)"))
    files["formula"] = (formula, re.escape(f"välilehden {AREA} solussa D6 on kaava"))

    def drop_sheets(wb):
        for name in wb.sheetnames:
            if name not in ("Ohje",):
                del wb[name]
    files["missing sheets"] = (edit_copy(_copy(exported, tmp / "vajaa.xlsx"), drop_sheets),
                               "ei ole strategisten tavoitteiden työkirja")
    return files


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buffer.getvalue()


def _copy(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    return target


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    from conftest import USER
    from yhteistyo_desktop.cli import create_demo
    from yhteistyo_desktop.store.workbook_file import open_workbook

    tmp = tmp_path_factory.mktemp("bad")
    create_demo(tmp / "demo.tyokirja", USER).close()
    with open_workbook(tmp / "demo.tyokirja", USER, readonly=True) as wbfile:
        exported = export(wbfile, tmp / "demo.xlsx")
    return _kinds(exported, tmp)


KINDS = ["empty", "not a zip", "truncated", "encrypted", "old xls", "entity expansion",
         "external entity", "macros", "external links", "not a spreadsheet zip", "not the template",
         "formula", "missing sheets"]


@pytest.mark.parametrize("kind", KINDS)
def test_bad_file_is_refused_and_the_workbook_is_unchanged(kind, bad_files, demo_path, tmp_path,
                                                           capsys):
    path, message = bad_files[kind]
    before = demo_path.read_bytes()
    assert main(["import-xlsx", str(path), str(demo_path), "--accept-all"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("yhteistyo: ") and err.count("\n") == 1, err
    assert re.search(message, err), err
    assert "Traceback" not in err
    assert demo_path.read_bytes() == before
    target = tmp_path / "uusi.tyokirja"
    assert main(["import-xlsx", str(path), "--new", str(target)]) == 2
    assert re.search(message, capsys.readouterr().err)
    assert not target.exists() and [p.name for p in tmp_path.iterdir()] == ["demo.tyokirja"]


def test_declared_sizes_over_the_limits(bad_files, tmp_path):
    exported = bad_files["formula"][0].with_name("demo.xlsx")
    with pytest.raises(XlsxError, match="purettuna liian suuri"):
        check_package(exported, Limits(total_unpacked=10_000))
    with pytest.raises(XlsxError, match="liian monta välilehteä"):
        check_package(exported, Limits(sheets=5))
    resaved = bad_files["formula"][0]  # saved by openpyxl's normal mode: true <dimension>s
    with pytest.raises(XlsxError, match="liian monta solua"):
        check_package(resaved, Limits(cells=100))
    with pytest.raises(XlsxError, match="liian monta riviä"):
        check_package(resaved, Limits(rows=3))
    with pytest.raises(XlsxError, match="liikaa rivejä tai soluja"):
        # a sheet whose dimension lies is caught while its rows are read
        read_xlsx(_rezip(exported, tmp_path / "valhe.xlsx", _lying_dimension), limits=Limits(rows=5))


def _lying_dimension(name, data):
    if name.startswith("xl/worksheets/"):
        return re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1"/>', data)
    return data


def test_openpyxl_parses_through_defusedxml():
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML
