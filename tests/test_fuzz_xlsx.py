"""A fuzzer for returned copies (issue 19): real exports of the demo, mutated, then imported.

Mutations act at three levels: cell values written with openpyxl (as a user in Excel), the
sheets' XML (broken cell references, shared-string indexes out of range, absurd dimensions and
row numbers, control characters, error cells, duplicated cells) and the zip package (missing,
truncated or garbled parts). Whatever the copy holds, importing it (compare, then apply every
change that needs no decision, as ``import-xlsx --accept-all`` does) either applies whole,
leaving a workbook whose rules all hold, or is refused with one Finnish line (``XlsxError``, a
``WorkbookFileError``) and leaves the workbook file byte-identical. Any other exception, a
traceback or a multi-line message fails the test.
"""
from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.utils.exceptions import IllegalCharacterError
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import USER
from prop_helpers import budget, digest, fresh_copy, one_finnish_line, progress, rule_problems
from yhteistyo_desktop.store.workbook_file import WorkbookFileError, open_workbook
from yhteistyo_desktop.xlsx import export_workbook
from yhteistyo_desktop.xlsx.review import apply, compare


@pytest.fixture(scope="module")
def exported(_demo_master, tmp_path_factory) -> tuple[Path, bytes, list[str]]:
    """The demo workbook, its export's bytes and the names of the export's parts."""
    folder = tmp_path_factory.mktemp("fuzz-export")
    xlsx = folder / "demo.xlsx"
    with open_workbook(_demo_master, USER, readonly=True) as wbfile, wbfile.session() as session:
        export_workbook(session, xlsx)
    data = xlsx.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
    return _demo_master, data, names


# -- mutations ------------------------------------------------------------------------------------

CONTROL = "".join(map(chr, [0, 1, 7, 8, 11, 12, 27, 31, 127])) + "\ufffe\ud800"
BAD_REFS = ["", "A", "1", "A0", "B-1", "XFE1", "ZZZZ5", "A1048577", "A99999999999", "$B$6", "b6",
            "A1:B2", "Ä5", "5B", "R1C1"]
ERRORS = ["#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#NULL!", "#NUM!", "#BOGUS"]


def _replace_nth(text: str, pattern: str, nth: int, make) -> str:
    matches = list(re.finditer(pattern, text))
    if not matches:
        return text
    m = matches[nth % len(matches)]
    return text[:m.start()] + make(m) + text[m.end():]


def _xml_mutation(draw, sheet: str) -> tuple:
    kind = draw(st.sampled_from([
        "bad_ref", "sst_index", "dimension", "row_number", "control_chars", "error_cell",
        "duplicate_cell", "duplicate_row", "cell_type", "drop_cell", "garbage_value", "entity"]))
    return ("xml", sheet, kind, draw(st.integers(0, 10_000)), draw(st.sampled_from(BAD_REFS)),
            draw(st.sampled_from(ERRORS)), draw(st.text(CONTROL + "ab ", min_size=1, max_size=6)))


def _mutate_xml(xml: str, kind: str, nth: int, ref: str, error: str, junk: str) -> str:
    cell = r'<c r="[A-Z]+[0-9]+"[^>]*?(?:/>|>.*?</c>)'
    if kind == "bad_ref":
        return _replace_nth(xml, r'<c r="[A-Z]+[0-9]+"', nth, lambda m: f'<c r="{ref}"')
    if kind == "sst_index":  # a shared-string cell pointing past the (absent or short) table
        return _replace_nth(xml, cell, nth, lambda m: re.sub(
            r'<c (r="[^"]+")[^>]*?(?:/>|>.*</c>)', lambda c: f'<c {c.group(1)} t="s"><v>{nth * 97}</v></c>',
            m.group(0), flags=re.S))
    if kind == "dimension":
        dims = ["A1:XFD1048576", "A1:A1", "ZZZ1:A999999999", "", "A0", "B2:A1"]
        xml2 = re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="{dims[nth % len(dims)]}"', xml)
        return xml2 if xml2 != xml else xml.replace("<sheetData", f'<dimension ref="{dims[nth % len(dims)]}"/><sheetData', 1)
    if kind == "row_number":
        numbers = ["1048576", "1048577", "99999999999", "0", "-3", "x", "1"]
        return _replace_nth(xml, r'<row r="[0-9]+"', nth, lambda m: f'<row r="{numbers[nth % len(numbers)]}"')
    if kind == "control_chars":  # written as character references, as a broken writer might
        refs = "".join(f"&#{ord(ch)};" for ch in junk if ord(ch) < 0xD800)
        return _replace_nth(xml, r"<t(?: [^>]*)?>", nth, lambda m: m.group(0) + refs)
    if kind == "error_cell":
        return _replace_nth(xml, cell, nth, lambda m: re.sub(
            r'<c (r="[^"]+")[^>]*?(?:/>|>.*</c>)', lambda c: f'<c {c.group(1)} t="e"><v>{error}</v></c>',
            m.group(0), flags=re.S))
    if kind == "duplicate_cell":
        return _replace_nth(xml, cell, nth, lambda m: m.group(0) * 2)
    if kind == "duplicate_row":
        return _replace_nth(xml, r"<row [^>]*>.*?</row>", nth, lambda m: m.group(0) * 2)
    if kind == "cell_type":
        types = ["n", "b", "d", "str", "inlineStr", "s", "e", "zz"]
        return _replace_nth(xml, r'<c r="[A-Z]+[0-9]+"', nth,
                            lambda m: m.group(0) + f' t="{types[nth % len(types)]}"'
                            if ' t="' not in xml[m.end():m.end() + 12] else m.group(0))
    if kind == "drop_cell":
        return _replace_nth(xml, cell, nth, lambda m: "")
    if kind == "garbage_value":
        return _replace_nth(xml, r"<v>[^<]*</v>", nth, lambda m: f"<v>{junk.encode('ascii', 'replace').decode()}1e999</v>")
    if kind == "entity":  # an entity declaration (billion laughs' first step): must be refused
        return xml.replace("?>", '?><!DOCTYPE x [<!ENTITY a "aaaa">]>', 1)
    raise AssertionError(kind)


@st.composite
def mutations(draw, names: list[str]) -> list[tuple]:
    sheets = sorted(n for n in names if n.startswith("xl/worksheets/sheet"))
    found = []
    for _ in range(draw(st.integers(1, 3))):
        level = draw(st.sampled_from(["cell", "cell", "xml", "xml", "xml", "zip"]))
        if level == "cell":
            found.append(("cell", draw(st.integers(0, 11)), draw(st.integers(1, 30)),
                          draw(st.integers(1, 20)), draw(cell_values)))
        elif level == "xml":
            found.append(_xml_mutation(draw, draw(st.sampled_from(sheets))))
        else:
            found.append(("zip", draw(st.sampled_from(["drop", "truncate", "garble", "duplicate",
                                                        "empty"])),
                          draw(st.sampled_from(names)), draw(st.integers(0, 10_000))))
    return found


cell_values = st.one_of(
    st.none(), st.integers(-2**63, 2**63 - 1), st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(), st.datetimes(), st.dates(), st.sampled_from(ERRORS),
    st.text(max_size=50), st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.sampled_from(["=1/0", "=A1", "=SUM(A1:A9)", "x" * 40_000, "0ee52506-c0c1-4a59-aa0d-c07a2e5f2bc6",
                     "Hyvinvointialue", "käynnissä", "2026", "• a (vastuu: Hyvinvointialue)"]))


def _set_cells(data: bytes, steps: list[tuple]) -> bytes:
    """Write the cell steps' values with openpyxl in one pass; values openpyxl itself refuses
    (Excel would not let them in either) and merged cells' hidden parts are skipped."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    for _, sheet, row, column, value in steps:
        ws = wb.worksheets[sheet % len(wb.worksheets)]
        try:
            ws.cell(row, column).value = value
        except (ValueError, TypeError, AttributeError, IllegalCharacterError):  # AttributeError: a MergedCell
            continue
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def mutate(data: bytes, plan: list[tuple]) -> bytes:
    """The export with ``plan`` applied: cell edits first (as a user in Excel), then the XML and
    zip damage (as a broken writer or a bad disk would do)."""
    cells = [step for step in plan if step[0] == "cell"]
    if cells:
        data = _set_cells(data, cells)
    for step in plan:
        if step[0] == "cell":
            continue
        src = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile: "Duplicate name", which is the point
            for info in src.infolist():
                body = src.read(info)
                if step[0] == "xml" and info.filename == step[1]:
                    body = _mutate_xml(body.decode("utf-8", "surrogateescape"), *step[2:]).encode(
                        "utf-8", "surrogateescape")
                elif step[0] == "zip" and info.filename == step[2]:
                    how, nth = step[1], step[3]
                    if how == "drop":
                        continue
                    if how == "truncate":
                        body = body[:nth % max(1, len(body))]
                    elif how == "garble":
                        i = nth % max(1, len(body))
                        body = body[:i] + bytes([(body[i] + 1 + nth % 255) % 256]) + body[i + 1:] if body else b"\x00"
                    elif how == "empty":
                        body = b""
                    elif how == "duplicate":
                        dst.writestr(info.filename, body)
                dst.writestr(info.filename, body)
        data = out.getvalue()
    return data


# -- the property --------------------------------------------------------------------------------

def import_copy(master: Path, xlsx: Path, folder: Path) -> str:
    """Import ``xlsx`` into a fresh copy of the workbook as ``import-xlsx --accept-all`` does.

    Returns "applied" or "refused"; asserts the all-or-nothing contract.
    """
    path = fresh_copy(master, folder)
    before = digest(path)
    try:
        with open_workbook(path, USER) as wbfile, wbfile.session() as session:
            review = compare(xlsx, session)
            accepted = [c.id for c in review.changes if not c.undecided]
            apply(review, accepted, wbfile.operations(session))
    except WorkbookFileError as exc:  # XlsxError is one
        assert one_finnish_line(str(exc)), repr(str(exc))
        assert digest(path) == before, "a refused import changed the workbook file"
        return "refused"
    assert rule_problems(path) == []
    return "applied"


def test_every_mutated_copy_is_applied_whole_or_refused_in_one_line(exported, tmp_path):
    master, data, names = exported
    outcomes = {"applied": 0, "refused": 0}

    @budget(80)
    @given(plan=mutations(names))
    def check(plan):
        xlsx = tmp_path / "kopio.xlsx"
        xlsx.write_bytes(mutate(data, plan))
        outcome = import_copy(master, xlsx, tmp_path / "wb")
        outcomes[outcome] += 1
        progress(f"fuzz {outcome}")

    check()
    if os.environ.get("YHTEISTYO_CAMPAIGN"):
        print(f"\nfuzz: {outcomes}")
    assert outcomes["refused"] and outcomes["applied"]  # both paths really exercised


def test_the_cli_refuses_a_broken_copy_in_one_line_and_changes_nothing(exported, tmp_path):
    """The console script as a user runs it: one Finnish line on stderr, exit 2, file as it was."""
    master, data, names = exported
    plans = [[("zip", "drop", "xl/workbook.xml", 0)],
             [("xml", "xl/worksheets/sheet3.xml", "sst_index", 5, "", "", "")],
             [("xml", "xl/worksheets/sheet3.xml", "entity", 0, "", "", "")]]
    script = Path(sys.executable).with_name("yhteistyo")
    for i, plan in enumerate(plans):
        xlsx = tmp_path / f"kopio{i}.xlsx"
        xlsx.write_bytes(mutate(data, plan))
        path = fresh_copy(master, tmp_path / f"wb{i}")
        before = digest(path)
        run = subprocess.run([str(script), "import-xlsx", str(xlsx), str(path), "--accept-all"],
                             capture_output=True, text=True, timeout=120,
                             env={**os.environ, "YHTEISTYO_USER": USER})
        if run.returncode == 0:
            assert rule_problems(path) == []
            continue
        assert run.returncode == 2, run.stderr
        assert one_finnish_line(run.stderr), run.stderr
        assert digest(path) == before


def test_a_copy_without_the_id_header_is_refused_in_one_line_naming_the_change(exported, tmp_path):
    """Found by the fuzzer: the first area sheet's "Tunniste" header cleared. The review then
    proposed the area's actions as new ones without their goals, and accepting all of them
    raised the domain's bare rule ("Valitse vähintään yksi tavoite...") out of the import."""
    master, data, _names = exported
    xlsx = tmp_path / "kopio.xlsx"
    xlsx.write_bytes(mutate(data, [("cell", 2, 4, 7, None)]))
    path = fresh_copy(master, tmp_path / "wb")
    before = digest(path)
    with pytest.raises(WorkbookFileError) as refused:
        with open_workbook(path, USER) as wbfile, wbfile.session() as session:
            review = compare(xlsx, session)
            apply(review, [c.id for c in review.changes if not c.undecided],
                  wbfile.operations(session))
    message = str(refused.value)
    assert one_finnish_line(message) and "Uusi toimenpide" in message and "Mitään ei tuotu" in message
    assert digest(path) == before


def test_a_copy_whose_area_ids_are_damaged_is_refused_in_one_line(exported, tmp_path):
    """Found by the fuzzer: an error cell in the Osa-alueet sheet's header. The review then
    proposed every goal moved to an area id the workbook does not have, and accepting them raised
    SQLite's foreign key failure (an IntegrityError) out of the import."""
    master, data, _names = exported
    xlsx = tmp_path / "kopio.xlsx"
    xlsx.write_bytes(mutate(data, [("xml", "xl/worksheets/sheet2.xml", "error_cell", 356, "",
                                    "#REF!", "a")]))
    path = fresh_copy(master, tmp_path / "wb")
    before = digest(path)
    with pytest.raises(WorkbookFileError) as refused:
        with open_workbook(path, USER) as wbfile, wbfile.session() as session:
            review = compare(xlsx, session)
            apply(review, [c.id for c in review.changes if not c.undecided],
                  wbfile.operations(session))
    assert one_finnish_line(str(refused.value)) and "Mitään ei tuotu" in str(refused.value)
    assert digest(path) == before
