"""Bad and hostile files: each refused with one clear message, the workbook file byte-identical."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.formula import ArrayFormula

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
                        re.escape("Excel 97–2003 -muotoa (.xls)") + ".*" + SAVE_AS)
    files["entity expansion"] = (_rezip(exported, tmp / "laajeneva.xlsx", _doctype(
        '<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>')),
        "XML-entiteettimäärittelyjä")
    files["external entity"] = (_rezip(exported, tmp / "ulkoinen.xlsx", _doctype(
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>')), "XML-entiteettimäärittelyjä")
    files["macros"] = (_rezip(exported, tmp / "makro.xlsm", _macro), "makroja.*" + SAVE_AS)
    files["macro-enabled by Excel"] = (_xlsm(tmp), "makroja.*" + SAVE_AS)
    files["binary workbook"] = (put("binaari.xlsb", _zip({"[Content_Types].xml": b"<Types/>",
                                                          "xl/workbook.bin": b"\x83\x01\x00"})),
                                re.escape("binäärityökirja (.xlsb). ") + SAVE_AS)
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
    files["formula"] = (formula, re.escape(f"välilehden {AREA} solussa D6 on kaava =SUM(1,2). "))
    array = edit_copy(_copy(exported, tmp / "taulukkokaava.xlsx"), lambda wb: wb["Toimenpiteet"]
                      .__setitem__("C3", ArrayFormula("C3", "=SUM(A1:A3)")))
    files["array formula"] = (array, re.escape("välilehden Toimenpiteet solussa C3 on kaava "
                                               "{=SUM(A1:A3)}. "))
    files["dynamic array"] = (_rewritten(exported, tmp / "dynaaminen.xlsx", lambda book, sheets: sheets[
        "Toimenpiteet"].write_dynamic_array_formula("C2:C4", "=LEN(A2:A4)")),
        re.escape("välilehden Toimenpiteet solussa C2 on kaava {=LEN(A2:A4)}. "))
    files["data table"] = (_rezip(array, tmp / "arvotaulukko.xlsx", _data_table),
                           re.escape("välilehden Toimenpiteet solussa C3 on kaava {=TABLE(,A1)}. "))
    dated = edit_copy(_copy(exported, tmp / "pvm.xlsx"), lambda wb: wb["Toimenpiteet"]
                      .__setitem__("C3", dt.date(2026, 1, 1)))
    files["date out of range"] = (_rezip(dated, tmp / "paivays.xlsx", _out_of_range_date),
                                  re.escape("välilehden Toimenpiteet solussa C3 on virhearvo #VALUE! "
                                            "(päivämäärä on Excelin päivämäärien ulkopuolella). "))
    files["error value"] = (_rezip(array, tmp / "virhe.xlsx", _error_value),
                            re.escape("välilehden Toimenpiteet solussa C3 on virhearvo #REF!. "))
    files["unreadable cell"] = (_rezip(array, tmp / "rikki.xlsx", _not_a_number),
                                re.escape("rikki.xlsx: tiedostoa ei voitu lukea (välilehti "
                                          "Toimenpiteet, rivi 3); mitään ei tuotu. "))
    files["foreign with charts and comments"] = (_foreign_openpyxl(tmp / "raportti.xlsx"),
                                                 "ei ole strategisten tavoitteiden työkirja")
    files["foreign saved by Excel"] = (_foreign_xlsxwriter(tmp / "excel-raportti.xlsx"),
                                       "ei ole strategisten tavoitteiden työkirja")

    def drop_sheets(wb):
        for name in wb.sheetnames:
            if name not in ("Ohje",):
                del wb[name]
    files["missing sheets"] = (edit_copy(_copy(exported, tmp / "vajaa.xlsx"), drop_sheets),
                               "ei ole strategisten tavoitteiden työkirja")
    return files


#: Toimenpiteet, the seventh sheet of an export saved by openpyxl.
ACTIONS_PART = "xl/worksheets/sheet7.xml"


def _data_table(name, data):
    """Toimenpiteet!C3 as the corner of a what-if data table (Excel's TABLE(), openpyxl's
    DataTableFormula), as Excel writes it."""
    if name == ACTIONS_PART:
        return re.sub(rb'<c r="C3"[^>]*>.*?</c>', b'<c r="C3"><f t="dataTable" ref="C3:C4" dt2D="0" '
                      b'dtr="0" r1="A1"/><v>1</v></c>', data, count=1)
    return data


def _out_of_range_date(name, data):
    """A date serial past Excel's last date (9999-12-31): openpyxl warns and makes it #VALUE!."""
    if name == ACTIONS_PART:
        return re.sub(rb'(<c r="C3"[^>]*><v>)\d+(</v>)', rb"\g<1>99999999\g<2>", data, count=1)
    return data


def _error_value(name, data):
    """An error value without its formula (as some programs save a broken formula's result)."""
    if name == ACTIONS_PART:
        return re.sub(rb'<c r="C3"[^>]*>.*?</c>', b'<c r="C3" t="e"><v>#REF!</v></c>', data, count=1)
    return data


def _not_a_number(name, data):
    """A number cell whose value is not a number: openpyxl's parser fails on it."""
    if name == ACTIONS_PART:
        return re.sub(rb'<c r="C3"[^>]*>.*?</c>', b'<c r="C3" t="n"><v>kolme</v></c>', data, count=1)
    return data


def _xlsm(tmp: Path) -> Path:
    """A macro-enabled workbook as Excel writes it (XlsxWriter with a VBA project part)."""
    import xlsxwriter

    project = tmp / "vbaProject.bin"
    project.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504)
    path = tmp / "makrot.xlsm"
    book = xlsxwriter.Workbook(path)
    book.add_worksheet("Osa-alueet").write_row(0, 0, ["Ryhmä", "Osa-alue"])
    book.add_vba_project(str(project))
    book.close()
    return path


def _foreign_openpyxl(path: Path) -> Path:
    """A report that is not a goals workbook, with a chart sheet, chart, picture, comment, table."""
    from openpyxl.comments import Comment
    from openpyxl.drawing.image import Image
    from openpyxl.worksheet.table import Table

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Raportti"
    ws.append(["Kunta", "Asukkaita", "Osuus"])
    for row in (["Jyväskylä", 146000, 0.5], ["Jämsä", 20000, 0.07], ["Äänekoski", 18000, 0.06]):
        ws.append(row)
    ws["D2"] = ArrayFormula("D2:D4", "=B2:B4*2")
    ws["A1"].comment = Comment("Lähde: Tilastokeskus", "Analyytikko")
    ws.add_table(Table(displayName="Kunnat", ref="A1:C4"))
    ws.add_image(Image(io.BytesIO(_png())), "F2")
    ws.add_chart(_bar_chart(ws, "Asukkaat"), "F10")
    wb.create_chartsheet("Kaavio").add_chart(_bar_chart(ws))
    wb.save(path)
    return path


def _foreign_xlsxwriter(path: Path) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(path)
    ws = book.add_worksheet("Budjetti")
    ws.write_row(0, 0, ["Tili", "Euroa"])
    ws.write_row(1, 0, ["Palkat", 1000])
    ws.write_dynamic_array_formula("C2:C3", "=SEQUENCE(2)")
    ws.insert_textbox("E2", "Luonnos")
    chart = book.add_chart({"type": "pie"})
    chart.add_series({"values": "=Budjetti!$B$2:$B$2"})
    book.add_chartsheet("Piirakka").set_chart(chart)
    book.close()
    return path


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
    from yhteistyo_desktop.store.demo import create_demo
    from yhteistyo_desktop.store.workbook_file import open_workbook

    tmp = tmp_path_factory.mktemp("bad")
    create_demo(tmp / "demo.tyokirja", USER).close()
    with open_workbook(tmp / "demo.tyokirja", USER, readonly=True) as wbfile:
        exported = export(wbfile, tmp / "demo.xlsx")
    return _kinds(exported, tmp)


KINDS = ["empty", "not a zip", "truncated", "encrypted", "old xls", "entity expansion",
         "external entity", "macros", "macro-enabled by Excel", "binary workbook", "external links", "not a spreadsheet zip",
         "not the template", "formula", "array formula", "dynamic array", "data table",
         "date out of range", "error value", "unreadable cell", "foreign with charts and comments", "foreign saved by Excel",
         "missing sheets"]
SAVE_AS = re.escape("Tallenna tiedosto Excel-työkirjana (.xlsx).")


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


# -- returned copies and foreign files as members save them: charts, pictures, comments… ---------

ACTION = "Asumisen kehittämisen työryhmä"
EDITED_SCHEDULE = "Selvitys valmistuu keväällä 2027."


def _png() -> bytes:
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "red").save(buffer, "PNG")
    return buffer.getvalue()


def _bar_chart(ws, title: str | None = None):
    from openpyxl.chart import BarChart, Reference

    chart = BarChart()
    chart.title = title
    chart.add_data(Reference(ws, min_col=12, min_row=1, max_row=5), titles_from_data=True)
    return chart


def _openpyxl_features(wb) -> None:
    """What a member adds in Excel to a returned copy, with one real edit (Toimenpiteet!C2)."""
    from openpyxl.comments import Comment
    from openpyxl.drawing.image import Image
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.table import Table

    indicators = wb["Mittarit"]
    indicators.add_chart(_bar_chart(indicators, "Mittarien arvot"), "T2")
    wb.create_chartsheet("Kaavio").add_chart(_bar_chart(indicators, "Osuudet"))
    actions = wb["Toimenpiteet"]
    actions["C2"] = EDITED_SCHEDULE
    actions.add_image(Image(io.BytesIO(_png())), "P2")
    actions["C5"].comment = Comment("Aikataulu tarkistetaan syksyllä", "Maija")
    actions["O1"], actions["O3"], actions["O5"] = "Oma sarake", "oma huomio", 12
    actions.row_dimensions[3].hidden = True
    actions.column_dimensions["D"].hidden = True
    actions.auto_filter.ref = "A1:N6"
    # layout that carries no content: not worth a note
    actions.freeze_panes = "C2"
    actions.conditional_formatting.add("H2:L6", CellIsRule(operator="equal", formula=['"toteutunut"']))
    validation = DataValidation(type="list", formula1='"a,b"')
    validation.add("C2:C6")
    actions.add_data_validation(validation)
    actions.print_area = "A1:N6"
    wb["Osapuolet"].add_table(Table(displayName="Osapuolitaulukko", ref="A1:H25"))
    extra = wb.create_sheet("Laskelmat")
    extra["A1"], extra["A2"] = 1, "=A1*2"  # a formula on a sheet that is not read: no refusal


OPENPYXL_NOTES = [
    "Välilehti Laskelmat ohitettiin: sitä ei tunnistettu työkirjan pohjan osaksi.",
    'Välilehden Toimenpiteet sarake O "Oma sarake" ohitettiin: se ei kuulu työkirjan pohjaan; '
    "solujen O3, O5 sisältöä ei tuotu.",
    "Välilehden Toimenpiteet kuva (kohdassa P2) ohitettiin.",
    'Välilehden Toimenpiteet solun C5 kommentti ohitettiin: "Aikataulu tarkistetaan syksyllä" (Maija).',
    "Välilehden Toimenpiteet suodatin (A1:N6) ohitettiin; myös piilotettu rivi 3 luettiin.",
    "Välilehden Toimenpiteet piilotettu sarake D luettiin kuten muutkin.",
    'Välilehden Mittarit kaavio "Mittarien arvot" (kohdassa T2) ohitettiin.',
    "Välilehden Osapuolet taulukkomuotoilu Osapuolitaulukko (A1:H25) ohitettiin; sen solut luettiin.",
    'Välilehti Kaavio ohitettiin: kaaviovälilehti ("Osuudet").',
]


def _schedule(session) -> str:
    from sqlalchemy import select

    from yhteistyo_desktop.domain.models import Action

    session.expire_all()
    return session.scalar(select(Action.schedule).where(Action.title == ACTION))


def _only_the_edit(review) -> None:
    assert [(c.kind, c.entity, c.field, c.new) for c in review.changes] == [
        ("edited", "action", "schedule", EDITED_SCHEDULE)]


def test_copy_with_charts_pictures_comments_and_tables_is_reviewed_and_they_are_named(
        demo_file, session, tmp_path):
    from yhteistyo_desktop.xlsx import apply, compare

    path = edit_copy(export(demo_file, tmp_path / "palautettu.xlsx"), _openpyxl_features)
    review = compare(path, session)
    _only_the_edit(review)
    assert [str(n) for n in review.notices] == OPENPYXL_NOTES
    result = apply(review, [c.id for c in review.changes], demo_file.operations(session))
    assert len(result.applied) == 1 and _schedule(session) == EDITED_SCHEDULE


def test_dry_run_lists_the_additions_and_accept_all_takes_the_edit(demo_path, tmp_path, capsys):
    from conftest import USER
    from yhteistyo_desktop.store.workbook_file import open_workbook

    with open_workbook(demo_path, USER, readonly=True) as wbfile:
        path = edit_copy(export(wbfile, tmp_path / "palautettu.xlsx"), _openpyxl_features)
    before = demo_path.read_bytes()
    assert main(["import-xlsx", str(path), str(demo_path), "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"Huom. {note}" for note in OPENPYXL_NOTES]
    assert EDITED_SCHEDULE in out and "1 muutos;" in out
    assert demo_path.read_bytes() == before
    assert main(["import-xlsx", str(path), str(demo_path), "--accept-all"]) == 0
    assert "Hyväksyttiin 1 muutos." in capsys.readouterr().out
    with open_workbook(demo_path, USER, readonly=True) as wbfile, wbfile.session() as session:
        assert _schedule(session) == EDITED_SCHEDULE


def test_review_dialog_shows_the_additions(demo_file, session, tmp_path, qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    from yhteistyo_desktop.ui.review_dialog import ReviewDialog
    from yhteistyo_desktop.xlsx import compare

    path = edit_copy(export(demo_file, tmp_path / "palautettu.xlsx"), _openpyxl_features)
    dialog = ReviewDialog(compare(path, session))
    qtbot.addWidget(dialog)
    shown = dialog.findChild(QPlainTextEdit, "notices").toPlainText().splitlines()
    assert shown == OPENPYXL_NOTES


def _rewritten(source: Path, target: Path, extra) -> Path:
    """Every cell of ``source`` written anew by XlsxWriter (shared strings, Excel's part layout),
    then ``extra(book, sheets)`` adds what a member would in Excel."""
    import xlsxwriter

    book = xlsxwriter.Workbook(target)
    sheets = {}
    for ws in openpyxl.load_workbook(source).worksheets:
        out = sheets[ws.title] = book.add_worksheet(ws.title)
        if ws.sheet_state != "visible":
            out.hide()
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    out.write_string(cell.row - 1, cell.column - 1, cell.value)
                elif cell.value is not None:
                    out.write(cell.row - 1, cell.column - 1, cell.value)
    extra(book, sheets)
    book.close()
    return target


def _xlsxwriter_features(book, sheets) -> None:
    chart = book.add_chart({"type": "column"})
    chart.add_series({"values": "=Mittarit!$L$2:$L$5"})
    chart.set_title({"name": "Arvot vuosittain"})
    sheets["Mittarit"].insert_chart("T2", chart)
    line = book.add_chart({"type": "line"})
    line.add_series({"values": "=Mittarit!$L$2:$L$5"})
    book.add_chartsheet("Kuvaaja").set_chart(line)
    actions = sheets["Toimenpiteet"]
    actions.write_string("C2", EDITED_SCHEDULE)
    actions.insert_textbox("P3", "Muistakaa budjetti!")
    actions.insert_textbox("P9", "Kysy Matilta")  # made a plain shape below
    actions.write_comment("C4", "Tarkista", {"author": "Matti"})
    actions.write_dynamic_array_formula("Q2:Q4", "=LEN(A2:A4)")  # outside the data: noted
    actions.write_comment("C6", THREAD_NOTICE)  # Excel's legacy copy of a thread (see _thread)
    picture = Path(book.filename).with_suffix(".png")
    picture.write_bytes(_png())
    actions.set_background(str(picture))


THREAD_NOTICE = ("[Threaded comment]\n\nYour version of Excel allows you to read this threaded "
                 "comment; however, any edits to it will get removed if the file is opened in a newer "
                 "version of Excel.\n\nComment:\n    Onko tämä realistista?")


def _thread(name, data):
    """Toimenpiteet!C6's comment as Excel 365 saves a thread: a threadedComments part beside
    the legacy comment."""
    if name == "[Content_Types].xml":
        return data.replace(b"</Types>", b'<Override PartName="/xl/threadedComments/threadedComment1'
                            b'.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>'
                            b"</Types>")
    if name == "xl/worksheets/_rels/sheet7.xml.rels":
        return data.replace(b"</Relationships>", b'<Relationship Id="rIdT1" Type="http://schemas.'
                            b'microsoft.com/office/2017/10/relationships/threadedComment" Target="../'
                            b'threadedComments/threadedComment1.xml"/></Relationships>')
    return data


_thread.extra = {"xl/threadedComments/threadedComment1.xml": (
    '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">'
    '<threadedComment ref="C6" dT="2026-05-04T10:00:00.00" personId="{1}" id="{A}">'
    "<text>Onko tämä realistista?</text></threadedComment>"
    '<threadedComment ref="C6" dT="2026-05-04T11:00:00.00" personId="{2}" id="{B}" parentId="{A}">'
    "<text>On, jos rahoitus järjestyy.</text></threadedComment></ThreadedComments>").encode()}


XLSXWRITER_NOTES = [
    "Välilehden Toimenpiteet sarake Q ohitettiin: se ei kuulu työkirjan pohjaan; solujen Q2, Q3, Q4 "
    "sisältöä ei tuotu.",
    'Välilehden Toimenpiteet tekstiruutu (kohdassa P3) ohitettiin: "Muistakaa budjetti!".',
    'Välilehden Toimenpiteet tekstiruutu (kohdassa P9) ohitettiin: "Kysy Matilta".',
    'Välilehden Toimenpiteet solun C4 kommentti ohitettiin: "Tarkista" (Matti).',
    'Välilehden Toimenpiteet solun C6 kommentti ohitettiin: "Onko tämä realistista? / On, jos rahoitus '
    'järjestyy.".',
    "Välilehden Toimenpiteet taustakuva ohitettiin.",
    'Välilehden Mittarit kaavio "Arvot vuosittain" (kohdassa T2) ohitettiin.',
    "Välilehti Kuvaaja ohitettiin: kaaviovälilehti.",
]


def test_copy_saved_as_excel_saves_it_with_a_chart_sheet_text_boxes_and_a_dynamic_array(
        demo_file, session, tmp_path):
    from yhteistyo_desktop.xlsx import compare

    exported = export(demo_file, tmp_path / "vienti.xlsx")
    path = _rezip(_rewritten(exported, tmp_path / "excel0.xlsx", _xlsxwriter_features),
                  tmp_path / "excel.xlsx", _thread)
    review = compare(path, session)
    _only_the_edit(review)
    assert [str(n) for n in review.notices] == XLSXWRITER_NOTES
    # the same text box as a plain shape with text
    shaped = _rezip(path, tmp_path / "muoto.xlsx", _plain_shape)
    notes = [str(n) for n in compare(shaped, session).notices]
    assert 'Välilehden Toimenpiteet muoto (kohdassa P9) ohitettiin: "Kysy Matilta".' in notes
    assert len(notes) == len(XLSXWRITER_NOTES)


def _plain_shape(name, data):
    """The second text box of the drawing as an ordinary shape (a rectangle with text)."""
    if name.startswith("xl/drawings/drawing") and b"Kysy Matilta" in data:
        head, box, tail = data.rpartition(b'txBox="1"')
        return head + tail
    return data


def test_an_unforeseen_failure_is_logged_for_the_developers(bad_files, caplog):
    path, _message = bad_files["unreadable cell"]
    with pytest.raises(XlsxError) as refused:
        read_xlsx(path)
    assert "ValueError" not in str(refused.value) and "kolme" not in str(refused.value)
    logged = [r for r in caplog.records if r.name == "yhteistyo_desktop.xlsx.reader"]
    assert logged and logged[0].exc_info[0] is ValueError
    assert "Toimenpiteet" in logged[0].getMessage()


def _print_area_by_name(name, data):
    """A print area given as a defined name, as Excel allows and openpyxl cannot parse (it warns)."""
    if name == "xl/workbook.xml":
        return data.replace(b"<definedNames>", b'<definedNames><definedName name="_xlnm.Print_Area" '
                            b'localSheetId="6">Tulostusalue</definedName>', 1)
    return data


def test_a_library_warning_never_reaches_the_user(demo_path, tmp_path, capsys):
    from conftest import USER
    from yhteistyo_desktop.store.workbook_file import open_workbook

    with open_workbook(demo_path, USER, readonly=True) as wbfile:
        exported = export(wbfile, tmp_path / "vienti.xlsx")
    edited = edit_copy(exported, lambda wb: wb["Toimenpiteet"].__setitem__("C2", EDITED_SCHEDULE))
    path = _rezip(edited, tmp_path / "tulostusalue.xlsx", _print_area_by_name)
    assert b"Tulostusalue" in zipfile.ZipFile(path).read("xl/workbook.xml")
    with pytest.warns(UserWarning, match="Print area cannot be set"):  # what openpyxl does alone
        openpyxl.load_workbook(path, read_only=True).close()
    assert main(["import-xlsx", str(path), str(demo_path), "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and EDITED_SCHEDULE in out


def _libreoffice(source: Path, fmt: str, outdir: Path) -> Path:
    """``source`` opened and saved by LibreOffice as ``fmt`` (its own profile, so that it runs
    beside a LibreOffice the user has open)."""
    import shutil
    import subprocess

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice puuttuu (apt-get install libreoffice-calc-nogui)")
    profile = outdir / "lo_profile"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={profile.as_uri()}",
                    "--convert-to", fmt, "--outdir", str(outdir), str(source)],
                   check=True, capture_output=True, timeout=180)
    return outdir / f"{source.stem}.{fmt}"


LIBREOFFICE_NOTES = [
    # LibreOffice has no chart sheets: it keeps the chart on an ordinary sheet of that name
    "Välilehti Kaavio ohitettiin: sitä ei tunnistettu työkirjan pohjan osaksi (siinä on kaavio).",
    *OPENPYXL_NOTES[:3],
    'Välilehden Toimenpiteet solun C5 kommentti ohitettiin: "Aikataulu tarkistetaan syksyllä".',
    *OPENPYXL_NOTES[4:8],
]


def test_copy_saved_by_libreoffice_as_xlsx_and_through_ods(demo_file, session, tmp_path):
    from yhteistyo_desktop.xlsx import compare

    path = edit_copy(export(demo_file, tmp_path / "palautettu.xlsx"), _openpyxl_features)
    (tmp_path / "xlsx").mkdir()
    (tmp_path / "ods").mkdir()
    resaved = _libreoffice(path, "xlsx", tmp_path / "xlsx")
    ods = _libreoffice(path, "ods", tmp_path / "ods")
    through_ods = _libreoffice(ods, "xlsx", tmp_path / "ods")
    for copy in (resaved, through_ods):
        review = compare(copy, session)
        _only_the_edit(review)
        assert [str(n) for n in review.notices] == LIBREOFFICE_NOTES, copy
    # the .ods itself: one line saying what to save it as
    with pytest.raises(XlsxError, match=re.escape("palautettu.ods on OpenDocument-tiedosto (esim. "
                                                  "LibreOfficen .ods). ") + SAVE_AS):
        compare(ods, session)


def test_the_cause_goes_to_the_developers_log_not_to_the_users_screen(bad_files, demo_path, tmp_path):
    """In a real process (pytest's own log capture is not there): one line on stderr, the
    traceback in the log file YHTEISTYO_LOG names."""
    import os
    import subprocess
    import sys

    path, _message = bad_files["unreadable cell"]
    log = tmp_path / "kehittajat.log"
    env = dict(os.environ, YHTEISTYO_HOME=str(tmp_path / "koti"), YHTEISTYO_USER="Testi",
               YHTEISTYO_LOG=str(log), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-m", "yhteistyo_desktop", "import-xlsx", str(path),
                          str(demo_path), "--dry-run"], capture_output=True, text=True, env=env,
                         timeout=120)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "tiedostoa ei voitu lukea (välilehti Toimenpiteet" in run.stderr
    assert "Traceback" in log.read_text(encoding="utf-8") and "ValueError" in log.read_text(encoding="utf-8")
    del env["YHTEISTYO_LOG"]
    run = subprocess.run([sys.executable, "-m", "yhteistyo_desktop", "import-xlsx", str(path),
                          str(demo_path), "--dry-run"], capture_output=True, text=True, env=env,
                         timeout=120)
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr


def test_a_damaged_drawing_is_named_and_the_cells_still_read(demo_file, session, tmp_path):
    from yhteistyo_desktop.xlsx import compare

    path = edit_copy(export(demo_file, tmp_path / "palautettu.xlsx"), _openpyxl_features)

    def damage(name, data):
        return b"<xdr:wsDr" if name.startswith("xl/drawings/drawing") else data

    review = compare(_rezip(path, tmp_path / "vaurio.xlsx", damage), session)
    _only_the_edit(review)
    notes = [str(n) for n in review.notices]
    assert "Välilehden Toimenpiteet kuvia, kaavioita tai kommentteja ei voitu lukea; ne ohitettiin." \
        in notes
    assert 'Välilehden Toimenpiteet solun C5 kommentti ohitettiin: "Aikataulu tarkistetaan syksyllä" (Maija).' \
        in notes  # the sheet's other parts are still named


def test_filled_template_with_additions_imports_as_new_and_names_them(tmp_path, capsys):
    from openpyxl.comments import Comment

    from test_xlsx_import import EXAMPLE

    wb = openpyxl.load_workbook(EXAMPLE)
    sheet = wb["Hyvinvointi ja terveys"]
    sheet["G4"], sheet["G5"] = "Oma sarake", "alueen oma merkintä"
    sheet["D1"] = "Luonnos 3"  # beside the area's name, above the header
    sheet["B5"].comment = Comment("Tarkennetaan kevään aikana", "Sihteeri")
    wb.create_chartsheet("Kaavio").add_chart(_bar_chart(sheet))
    source = tmp_path / "taytetty.xlsx"
    wb.save(source)
    target = tmp_path / "uusi.tyokirja"
    assert main(["import-xlsx", str(source), "--new", str(target)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if "paikanvaraaja" not in line] == [
        "Huom. Välilehden Hyvinvointi ja terveys otsikkorivin yläpuolella oleva solu D1 ohitettiin: "
        "se ei kuulu työkirjan pohjaan.",
        'Huom. Välilehden Hyvinvointi ja terveys sarake G "Oma sarake" ohitettiin: se ei kuulu '
        "työkirjan pohjaan; solun G5 sisältöä ei tuotu.",
        'Huom. Välilehden Hyvinvointi ja terveys solun B5 kommentti ohitettiin: "Tarkennetaan kevään aikana" '
        "(Sihteeri).",
        "Huom. Välilehti Kaavio ohitettiin: kaaviovälilehti."]
    assert target.exists()


def _alternate_content(name, data):
    """The Mittarit chart's anchor as Excel writes newer objects: inside mc:AlternateContent, with
    a Choice and a Fallback that repeat it."""
    m = re.search(rb"<xdr:twoCellAnchor\b[^>]*>.*?</xdr:twoCellAnchor>", data, re.S)
    if name.startswith("xl/drawings/drawing") and m and b"graphicFrame" in m.group(0):
        mc = b'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        wrapped = (b"<mc:AlternateContent " + mc + b'><mc:Choice Requires="a14">' + m.group(0)
                   + b"</mc:Choice><mc:Fallback>" + m.group(0) + b"</mc:Fallback></mc:AlternateContent>")
        return data[:m.start()] + wrapped + data[m.end():]
    return data


def test_an_object_excel_wraps_for_newer_versions_is_named_once(demo_file, session, tmp_path):
    from yhteistyo_desktop.xlsx import compare

    exported = export(demo_file, tmp_path / "vienti.xlsx")
    path = _rewritten(exported, tmp_path / "excel.xlsx", _xlsxwriter_features)
    wrapped = _rezip(path, tmp_path / "uudempi.xlsx", _alternate_content)
    assert b"mc:Fallback" in b"".join(zipfile.ZipFile(wrapped).read(n) for n in
                                      zipfile.ZipFile(wrapped).namelist() if "drawings/drawing" in n)
    notes = [str(n) for n in compare(wrapped, session).notices]
    assert notes.count('Välilehden Mittarit kaavio "Arvot vuosittain" (kohdassa T2) ohitettiin.') == 1
