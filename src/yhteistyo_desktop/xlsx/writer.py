"""Export: the workbook as an .xlsx in the Kuntaliitto template layout, plus what it cannot hold.

Written with openpyxl's write-only mode (rows stream to the file, nothing is
kept per cell). Each style is made once as a prototype and its style array is
shared by every cell that uses it, so a styled cell costs little more than a
plain value. The file is written through the store's ``atomic_output`` (the
output-path rule, a temporary name in the target folder, an atomic rename): a
failed or cancelled export leaves no broken file and never replaces a workbook.

User text that Excel or LibreOffice would take for a formula (``=``, ``+``,
``-``, ``@`` at the start) is stored as a string cell with the quotePrefix
style, so it stays text when shown and when edited.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import math
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from .. import __version__
from ..domain import vocab
from ..domain.text import MAX_TEXT, clean_text, thousands
from ..gcpolicy import young_objects_only
from ..store.workbook_file import atomic_output, check_output_path
from ..paths import resources_dir
from .dataset import FIELDS, Dataset, Record, fingerprint, fingerprints, load_dataset, split_year_key, year_key
from .errors import XlsxError
from .layout import (
    ACTIONS, AREA_HEADER_ROW, AREA_HEADERS, AREA_WIDTHS, AREAS, BOOL_FIELDS, BORDER_COLOR,
    COMMENT_WIDTH, HEADER_FILL, HEADER_FONT_COLOR, INDICATORS, INSTRUCTIONS, LAYER_FILL, LEGAL, LINE_HEIGHT,
    MAX_ROW_HEIGHT, META, META_FORMAT, NO, OHJE, OHJE_LABELS, PARTIES, PERSONS, PRINT_WIDTH,
    REFERENCE_FIELDS, RETURN_NOTES, TABLES, TEMPLATE_SUBTITLE, VOCABS, YEAR_COLUMNS,
    YEAR_WIDTHS, YES, Column, cell_place, sheet_title,
)
from .render import Names, actions_text, cell_value, date_text, goal_text, indicators_text
from .text import cell_text, split_goal_text

#: Called with the share done (0..1); returning False cancels the export.
Progress = Callable[[float], "bool | None"]
_FORMULA_START = ("=", "+", "-", "@")
#: Page margins (inches): narrow sides leave the columns room; header and footer fit above and below.
_MARGINS = {"left": 0.25, "right": 0.25, "top": 0.55, "bottom": 0.55, "header": 0.25, "footer": 0.25}
#: Points of a unit of column width, of the cell's inner margins and of a space in 11 pt text,
#: as LibreOffice lays them out (see _lines).
_POINTS_PER_WIDTH, _CELL_PADDING, _SPACE = 6.96, 5.0, 3.5
#: Empty rows below the data that get a column's list of allowed values too.
_SPARE_ROWS = 200
#: A column is not narrowed below this many characters to fit the printed page.
_MIN_PRINT_WIDTH = 9


class ExportCancelled(XlsxError):
    def __init__(self) -> None:
        super().__init__("Vienti keskeytettiin; tiedostoa ei kirjoitettu.")


@young_objects_only()  # see gcpolicy: a third faster, and the window stays live
def export_workbook(session: Session, target: str | os.PathLike,
                    progress: Progress | None = None, source: str | os.PathLike | None = None,
                    notices: list[str] | None = None) -> Path:
    """Write the workbook held by ``session`` to ``target`` (.xlsx); returns the path.

    What the file could not hold as it is (a text longer than an Excel cell, in a
    workbook from before such texts were refused) is added to ``notices``, one
    Finnish line each naming the cell, for the user to be told.
    """
    check_output_path(target, source)  # before the dataset is loaded: refuse at once
    return write_dataset(load_dataset(session), target, progress, source, notices)


def write_dataset(data: Dataset, target: str | os.PathLike, progress: Progress | None = None,
                  source: str | os.PathLike | None = None, notices: list[str] | None = None) -> Path:
    """Write ``data`` to ``target`` through the store's one output step (path rule, temp file,
    atomic rename); ``source`` is the workbook file read, which is never overwritten."""
    writer = _SheetWriter(data, progress)
    with atomic_output(target, source) as tmp:
        writer.save(tmp)
    if notices is not None:
        notices.extend(writer.notices)
    return Path(target)


class _Styles:
    """The template's cell styles, each made once; cells share the resulting style arrays."""

    def __init__(self, ws) -> None:
        side = Side(style="thin", color=BORDER_COLOR)
        border = Border(left=side, right=side, top=side, bottom=side)
        self.header = self._make(ws, font=Font(b=True, color=HEADER_FONT_COLOR), border=border,
                                 fill=PatternFill("solid", fgColor=HEADER_FILL),
                                 alignment=Alignment(wrap_text=True, vertical="center"))
        self.layer = self._make(ws, font=Font(b=True), border=border,
                                fill=PatternFill("solid", fgColor=LAYER_FILL),
                                alignment=Alignment(wrap_text=True, vertical="center"))
        self.body = self._make(ws, border=border, alignment=Alignment(wrap_text=True, vertical="top"))
        self.body_text = self._make(ws, border=border, quotePrefix=True,
                                    alignment=Alignment(wrap_text=True, vertical="top"))
        self.bold = self._make(ws, font=Font(b=True))
        self.area_title = self._make(ws, font=Font(b=True, sz=13))
        self.title_wrap = self._make(ws, font=Font(b=True, sz=16),
                                     alignment=Alignment(wrap_text=True, vertical="top"))
        self.plain = self._make(ws)
        self.plain_text = self._make(ws, quotePrefix=True)
        self.wrap = self._make(ws, alignment=Alignment(wrap_text=True, vertical="top"))
        self.wrap_text = self._make(ws, quotePrefix=True,
                                    alignment=Alignment(wrap_text=True, vertical="top"))

    @staticmethod
    def _make(ws, **attributes):
        cell = WriteOnlyCell(ws)
        for name, value in attributes.items():
            setattr(cell, name, value)
        return cell._style


class _SheetWriter:
    """Builds the whole .xlsx for one dataset; the metadata rows are gathered on the way."""

    def __init__(self, data: Dataset, progress: Progress | None):
        self.data = data
        self.names = Names(data)
        self.progress = progress
        self.book = Workbook(write_only=True)
        self.meta: list[list[Any]] = []
        self.years = self._years()
        self.sheet_names: dict[str, str] = {}
        #: What the file cannot hold as it is in the workbook (texts cut to Excel's limit).
        self.notices: list[str] = []
        #: The workbook's texts as their Ohje cells read back (see _meta).
        self.ohje_shown: dict[str, str | None] = {}
        self.styles: _Styles | None = None

    def save(self, path: Path) -> None:
        steps = [self._ohje, lambda: self._table(AREAS),
                 *[lambda a=a: self._area(a) for a in self.data.all("area")],
                 lambda: self._table(ACTIONS), lambda: self._table(INDICATORS),
                 lambda: self._table(PARTIES), lambda: self._table(PERSONS),
                 lambda: self._table(LEGAL), self._metadata]
        for done, step in enumerate(steps):
            if self.progress is not None and self.progress(done / len(steps)) is False:
                raise ExportCancelled()
            step()
        self._write_zip(path)

    def _write_zip(self, path: Path) -> None:
        """openpyxl's ``save_workbook``, but a failed write (a full disk) closes the zip file at
        once: left open, its ``__del__`` later tried to finish it and printed a traceback."""
        from openpyxl.writer.excel import ExcelWriter
        from zipfile import ZIP_DEFLATED, ZipFile

        self.book.properties.modified = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        with open(path, "wb") as stream:
            archive = ZipFile(stream, "w", ZIP_DEFLATED, allowZip64=True)
            try:
                ExcelWriter(self.book, archive).save()  # writes and closes the archive
            except BaseException:
                archive.fp = None  # abandon it: the temporary file is removed by the caller
                raise

    # -- cells and sheets ------------------------------------------------------------------------

    def _sheet(self, title: str, widths: list[float], freeze: str | None = None,
               title_row: int | None = None, orientation: str = "landscape",
               hidden: int | None = None) -> Worksheet:
        """A new sheet with its column widths and, unless ``orientation`` is empty, its print setup.

        Printed on A4, as wide as one page and as many pages tall as needed, with the sheet's
        name and the workbook in the header, "Sivu N / M" in the footer and the header row
        repeated on every page. The text columns of a landscape sheet are narrowed so that
        the page's scale keeps the text at least 8 pt (``PRINT_WIDTH``); ``hidden`` is the
        1-based index of a hidden column, which does not count.
        """
        ws = self.book.create_sheet(title)
        if self.styles is None:
            self.styles = _Styles(ws)
        if orientation == "landscape":
            widths = _print_widths(widths, hidden)
        for index, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        if hidden:
            ws.column_dimensions[get_column_letter(hidden)].hidden = True
        ws.freeze_panes = freeze
        if title_row:
            ws.print_title_rows = f"{title_row}:{title_row}"
        if orientation:
            ws.page_setup.orientation = orientation
            ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 0
            ws.sheet_properties.pageSetUpPr.fitToPage = True
            for name, inches in _MARGINS.items():
                setattr(ws.page_margins, name, inches)
            wb = self.data.workbook.fields
            ws.oddHeader.left.text = "&A"  # the sheet's (area's) name on every page
            ws.oddHeader.right.text = f"{wb['region']} {wb['term']}".replace("&", "&&")
            ws.oddFooter.center.text = "Sivu &P / &N"
        return ws

    def _cell(self, ws, value: Any, style, text_style=None):
        if isinstance(value, str):
            cell = WriteOnlyCell(ws, _excel_text(value))
            if value.startswith(_FORMULA_START):
                cell.data_type = "s"
                style = text_style or style
        else:
            cell = WriteOnlyCell(ws, value)
        cell._style = style
        return cell

    def _row(self, ws, index: int, values: list[Any], widths: list[float]) -> None:
        """Append one row of a structured sheet; its height fits its wrapped text.

        The height is written, not left to the program that opens the file:
        LibreOffice (7.4) does not fit the rows of an .xlsx it loads. These
        sheets can be long (thousands of actions, indicators and yearly values)
        and a styled cell costs openpyxl several times a plain value, so a
        one-line row goes in as plain values; only in a taller row are the
        values styled (wrapped, at the top of the cell, so that short values do
        not sink to the bottom). Text that looks like a formula is always styled
        as text. Empty cells are not written; gridlines are printed instead of
        cell borders (see :meth:`_table`).
        """
        height = _height(values, widths)
        ws.row_dimensions[index].height = height
        wrap, wrap_text = self.styles.wrap, self.styles.wrap_text
        tall = height > LINE_HEIGHT + 4
        ws.append([self._cell(ws, v, wrap, wrap_text)
                   if v is not None and w and (tall or isinstance(v, str) and v.startswith(_FORMULA_START))
                   else _excel_text(v) if isinstance(v, str) else v for v, w in zip(values, widths)])

    def _header(self, ws, index: int, headers: list[str], widths: list[float]) -> None:
        """The header row, tall enough for its wrapped bold text (a tenth wider than plain)."""
        ws.row_dimensions[index].height = _height(headers, [w * 0.9 for w in widths])
        ws.append([self._cell(ws, h, self.styles.header) for h in headers])

    @staticmethod
    def _widths(ws, count: int) -> list[float]:
        """The widths of the sheet's first ``count`` columns as set, 0 for a hidden one."""
        dims = [ws.column_dimensions[get_column_letter(i)] for i in range(1, count + 1)]
        return [0 if d.hidden else d.width for d in dims]

    def _shown(self, cell: str, value: str | None) -> str | None:
        """The text a cell holding ``value`` reads back as; a text cut to Excel's limit is
        noted in :attr:`notices` with its cell."""
        if value is None:
            return None
        if len(clean_text(value)) > MAX_TEXT:
            self.notices.append(f"{cell}: teksti ({thousands(len(value))} merkkiä) katkaistiin "
                                f"Excelin solun enimmäispituuteen {thousands(MAX_TEXT)} merkkiä; "
                                "lyhennä se työkirjassa.")
        return cell_text(_excel_text(value))

    def _meta(self, sheet: str, row: int, record: Record, texts: dict[str, str] | None = None,
              shown: dict[str, str | None] | None = None) -> None:
        """Record what was exported: field fingerprints, texts of cells that name other records
        (and the ids they named), and the hidden parts of the record.

        ``shown`` holds the text fields as their cells read back; where that differs from
        the field (a text cut to Excel's limit, or control characters an .xlsx cannot hold,
        in a workbook from before they were refused) its fingerprint is kept under "c", so
        that an unedited returned copy is not taken for an edit.
        """
        data = _fingerprints(record, shown)
        if texts:
            data["t"] = {name: fingerprint(text) for name, text in texts.items()}
            refs = {name: record.fields[name] for name in texts if name in record.fields}
            if refs:
                data["r"] = refs
        if record.hidden:
            data["x"] = record.hidden
        self.meta.append([sheet, row, record.entity, record.id,
                          json.dumps(data, ensure_ascii=False, separators=(",", ":"))])

    # -- the template part ------------------------------------------------------------------------

    def _ohje(self) -> None:
        wb = self.data.workbook.fields
        widths = [18, 62]  # A4 portrait at full size
        ws = self._sheet(OHJE, widths, orientation="portrait")
        s = self.styles
        # The title is 16 pt: as tall as a line of 11 pt text 16/11 times as wide.
        ws.row_dimensions[1].height = _height([wb["title"]], [sum(widths) * 11 / 16]) * 16 / 11
        ws.merged_cells.add("A1:B1")
        ws.append([self._cell(ws, wb["title"], s.title_wrap, s.plain_text)])
        ws.append([self._cell(ws, f"Versio {wb['version']}", s.plain)])
        ws.append([self._cell(ws, TEMPLATE_SUBTITLE, s.plain)])
        ws.append([])
        values = {"region": wb["region"], "term": wb["term"],
                  "status": vocab.WORKBOOK_STATUSES.get(wb["status"], wb["status"]),
                  "approved_on": date_text(wb["approved_on"]), "description": wb["description"]}
        self.ohje_shown["title"] = self._shown("Ohje!A1", wb["title"])
        for row, (label, name) in enumerate(OHJE_LABELS.items(), 5):
            if name in ("region", "description"):  # the free texts (others are parsed)
                self.ohje_shown[name] = self._shown(f"Ohje!B{row}", values[name])
            ws.row_dimensions[row].height = _height([label, values[name]], widths)
            ws.append([self._cell(ws, label, s.wrap), self._cell(ws, values[name], s.wrap, s.wrap_text)])
        ws.append([])
        exported = f"Viety {dt.datetime.now():%d.%m.%Y %H.%M}, Yhteistyö {__version__}."
        # Each line across both columns, wrapped: printed, nothing runs off the page.
        for row, line in enumerate(INSTRUCTIONS + ("",) + RETURN_NOTES + (exported,),
                                   6 + len(OHJE_LABELS)):
            ws.row_dimensions[row].height = _height([line], [sum(widths)])
            ws.merged_cells.add(f"A{row}:B{row}")
            ws.append([self._cell(ws, line, s.wrap)])

    def _area(self, area: Record) -> None:
        title = self._area_sheet_title(area)
        ws = self._sheet(title, list(AREA_WIDTHS), freeze=f"B{AREA_HEADER_ROW + 1}",
                         title_row=AREA_HEADER_ROW, hidden=len(AREA_HEADERS))
        # The area's whole name, not the sheet's (at most 31 characters), on every page;
        # "&" starts a header code, and a header holds at most 255 characters.
        ws.oddHeader.left.text = clean_text(area.fields["title"])[:120].replace("&", "&&")
        s = self.styles
        group = vocab.AREA_GROUPS.get(area.fields["group"], area.fields["group"])
        ws.append([self._cell(ws, "Osa-alue:", s.bold), self._cell(ws, area.fields["title"],
                   s.area_title, s.plain_text)] + [None] * 4 + [area.id])
        ws.append([self._cell(ws, "Ryhmä:", s.bold), self._cell(ws, group, s.plain)])
        self._meta(title, 1, Record("area_sheet", area.id, {}),
                   {"title": area.fields["title"], "group": group})
        ws.append([])
        self._header(ws, AREA_HEADER_ROW, list(AREA_HEADERS), self._widths(ws, len(AREA_HEADERS)))
        self._goal_rows(ws, title, area)

    def _area_sheet_title(self, area: Record) -> str:
        base = sheet_title(area.fields.get("sheet_name") or area.fields["title"])
        title, n = base, 2
        taken = {t.casefold() for t in self.sheet_names.values()} | {
            name.casefold() for name in (OHJE, AREAS, ACTIONS, INDICATORS, PARTIES, PERSONS, LEGAL, META)}
        while title.casefold() in taken:
            suffix = f" ({n})"
            title, n = base[:31 - len(suffix)] + suffix, n + 1
        self.sheet_names[area.id] = title
        return title

    def _goal_rows(self, ws, title: str, area: Record) -> None:
        """Goal rows in order; the layer cell is merged over each run of one layer.

        A layer without goals gets one empty row (before the goals for the first
        layer, after them for the second), so that the sheet shows both layers
        like the template and a new goal has a place to be written.
        """
        goals = self.data.goals_of(area.id)
        layers = list(vocab.GOAL_LAYERS)
        first = layers.index(goals[0].fields["layer"]) if goals else len(layers)
        missing = [layer for layer in layers if layer not in {g.fields["layer"] for g in goals}]
        row = AREA_HEADER_ROW + 1
        for layer in [m for m in missing if layers.index(m) < first]:
            row = self._empty_layer_row(ws, row, layer)
        run_start = row
        for i, goal in enumerate(goals):
            layer = goal.fields["layer"]
            if i == 0 or goals[i - 1].fields["layer"] != layer:
                run_start = row
            self._goal_row(ws, title, row, goal, show_layer=run_start == row)
            if (i + 1 == len(goals) or goals[i + 1].fields["layer"] != layer) and row > run_start:
                ws.merged_cells.add(f"A{run_start}:A{row}")
            row += 1
        for layer in [m for m in missing if layers.index(m) >= first]:
            row = self._empty_layer_row(ws, row, layer)

    def _goal_row(self, ws, title: str, row: int, goal: Record, show_layer: bool) -> None:
        s = self.styles
        texts = {"actions": actions_text(goal, self.names),
                 "indicators": indicators_text(goal, self.names)}
        values = [vocab.GOAL_LAYERS[goal.fields["layer"]] if show_layer else None, goal_text(goal),
                  texts["actions"], goal.fields["resources"], texts["indicators"],
                  goal.fields["notes"], goal.id]
        ws.row_dimensions[row].height = _height(values, self._widths(ws, len(values)))
        ws.append([self._cell(ws, values[0], s.layer)] +
                  [self._cell(ws, v, s.body, s.body_text) for v in values[1:]])
        title_shown, description_shown = split_goal_text(self._shown(cell_place(title, row, "B"), values[1]))
        shown = {"title": title_shown, "description": description_shown,
                 "resources": self._shown(cell_place(title, row, "D"), values[3]),
                 "notes": self._shown(cell_place(title, row, "F"), values[5])}
        self._meta(title, row, goal, texts, shown)

    def _empty_layer_row(self, ws, row: int, layer: str) -> int:
        """A blank goal row of ``layer``; returns the next row number."""
        s = self.styles
        label = vocab.GOAL_LAYERS[layer]
        ws.row_dimensions[row].height = max(2 * LINE_HEIGHT,
                                            _height([label], [w * 0.9 for w in self._widths(ws, 1)]))
        ws.append([self._cell(ws, label, s.layer)] +
                  [self._cell(ws, None, s.body) for _ in range(5)])
        return row + 1

    # -- the structured sheets -------------------------------------------------------------------

    def _years(self) -> list[int]:
        """The term's years, widened to any year a status or value is recorded for."""
        years = set(self.data.term_years())
        for entity in ("action", "indicator"):
            for record in self.data.all(entity):
                years.update(key[1] for key in map(split_year_key, record.fields) if key)
        return sorted(years)

    def _table(self, sheet: str):
        entity, columns = TABLES[sheet]
        columns = list(columns)
        year_spec = YEAR_COLUMNS.get(sheet)
        if year_spec:
            kind, pattern, comment_header = year_spec
            columns[-1:-1] = [Column(f"{kind}:{y}", pattern.format(year=y), YEAR_WIDTHS[sheet])
                              for y in self.years] + [Column("comments", comment_header, COMMENT_WIDTH)]
        # Freeze the header, and the name column of the wide sheets (the template: A2 on Osa-alueet).
        ws = self._sheet(sheet, [c.width for c in columns], freeze="A2" if sheet == AREAS else "B2",
                         title_row=1, hidden=len(columns))
        ws.print_options.gridLines = True
        widths = self._widths(ws, len(columns))
        self._header(ws, 1, [c.header for c in columns], widths)
        row = 2
        references = [(i, c.field) for i, c in enumerate(columns)
                      if c.field in REFERENCE_FIELDS and c.field in FIELDS[entity]]
        for record in self.data.all(entity):
            for n, values in enumerate(self._table_rows(entity, record, columns, year_spec)):
                self._row(ws, row, values, widths)
                if n == 0:  # a per-party value row belongs to the record of the row above
                    shown = {c.field: self._shown(cell_place(sheet, row, i), values[i - 1])
                             for i, c in enumerate(columns, 1)
                             if isinstance(values[i - 1], str)
                             and values[i - 1] is record.fields.get(c.field)}  # the field's own text
                    self._meta(sheet, row, record, {name: values[i] or "" for i, name in references},
                               shown)
                row += 1
        self._dropdowns(ws, entity, columns, row - 1)

    def _dropdowns(self, ws, entity: str, columns: list[Column], last_row: int) -> None:
        """A list of the allowed values on every column that has fixed ones (statuses, Laji,
        kyllä/ei), so that a member picks a value instead of typing one that the import would
        only note. Rows added below the data get it too."""
        for index, column in enumerate(columns, 1):
            key = split_year_key(column.field)
            if key and key[0] == "status":
                allowed = list(vocab.ACTION_STATUSES.values())
            elif (entity, column.field) in BOOL_FIELDS:
                allowed = [YES, NO]
            elif (entity, column.field) in VOCABS:
                allowed = list(VOCABS[entity, column.field].values())
            else:
                continue
            validation = DataValidation(type="list", formula1='"' + ",".join(allowed) + '"',
                                        allow_blank=True, showErrorMessage=True,
                                        errorTitle=column.header,
                                        error="Valitse arvo luettelosta: " + ", ".join(allowed))
            letter = get_column_letter(index)
            validation.add(f"{letter}2:{letter}{last_row + _SPARE_ROWS}")
            ws.data_validations.append(validation)

    def _table_rows(self, entity: str, record: Record, columns: list[Column], year_spec) -> list[list]:
        """The record's main row, and for per-party values one more row per party."""
        values = [record.id if c.field == "id" else
                  cell_value(entity, c.field, record.fields.get(c.field), self.names)
                  for c in columns]
        if not year_spec:
            return [values]
        kind = year_spec[0]
        rows = [self._year_cells(record, columns, values, kind, None)]
        parties = dict.fromkeys(key[2] for key in map(split_year_key, record.fields)
                                if key and key[0] == kind and key[2])
        for party_id in parties:
            party_row = [None] * len(columns)
            for i, c in enumerate(columns):
                if c.field in ("title", "id"):
                    party_row[i] = values[i]
                elif c.field == "party":
                    party_row[i] = self.names.label("party", party_id)
            rows.append(self._year_cells(record, columns, party_row, kind, party_id))
        return rows

    def _year_cells(self, record, columns, values, kind, party_id) -> list:
        """Fill the year columns (and the comments column) of one row from ``(value, comment)``."""
        notes = []
        for i, c in enumerate(columns):
            key = split_year_key(c.field)
            if key is None:
                continue
            value, comment = record.fields.get(year_key(kind, key[1], party_id)) or (None, None)
            values[i] = vocab.ACTION_STATUSES.get(value, value) if kind == "status" else value
            if comment:
                notes.append(f"{key[1]}: {comment}")
        values[[c.field for c in columns].index("comments")] = "\n".join(notes) or None
        return values

    def _metadata(self) -> None:
        ws = self._sheet(META, [18, 8, 16, 38, 80], orientation="")
        # Out of the members' way: not listed under "Unhide" in Excel, and locked against edits.
        ws.sheet_state = "veryHidden"
        ws.protection.sheet = True
        wb = self.data.workbook
        ws.append(["format", META_FORMAT])
        ws.append(["workbook_id", wb.id])
        ws.append(["export_id", str(uuid.uuid4())])
        ws.append(["exported_at", dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
                   .isoformat()])
        ws.append(["app_version", __version__])
        ws.append(["workbook", json.dumps(_fingerprints(wb, self.ohje_shown), separators=(",", ":"))])
        ws.append(["sheet", "row", "entity", "id", "data"])
        for row in self.meta:
            ws.append(row)


def _fingerprints(record: Record, shown: dict[str, str | None] | None) -> dict[str, Any]:
    """The record's field fingerprints ("h") and those of the fields whose cells read back
    otherwise ("c", see :meth:`_SheetWriter._meta`)."""
    data: dict[str, Any] = {"h": fingerprints(record)}
    altered = {name: fingerprint(value) for name, value in (shown or {}).items()
               if value != record.fields.get(name)}
    if altered:
        data["c"] = altered
    return data


def _excel_text(text: str) -> str:
    """``text`` as a cell can hold it: without illegal control characters, at most ``MAX_TEXT``."""
    return clean_text(text)[:MAX_TEXT]


def _lines(values: list[Any], widths: list[float]) -> int:
    """How many lines the row's tallest cell wraps to, word by word.

    Measured in DejaVu Sans, the font LibreOffice shows the cells in where
    Calibri is missing (as on Linux): the widest the text gets. Excel's Calibri
    is narrower, so there a row may have a little room to spare.
    """
    lines = 1
    for value, width in zip(values, widths):
        if isinstance(value, str) and value and width:
            room = width * _POINTS_PER_WIDTH - _CELL_PADDING
            lines = max(lines, sum(_wrapped(p, room) for p in value.split("\n")))
    return lines


def _wrapped(text: str, room: float) -> int:
    """Lines that ``text`` fills in ``room`` points of 11 pt text, wrapped at spaces (a word
    longer than a line is broken, as LibreOffice and Excel do)."""
    lines, used = 1, -_SPACE
    for word in text.split(" "):
        size = _word_width(word)
        if used + _SPACE + size <= room:
            used += _SPACE + size
        else:
            extra = max(0, math.ceil(size / room) - 1)
            lines += (used >= 0) + extra
            used = size - extra * room
    return lines


@functools.lru_cache(maxsize=1 << 16)  # the words of a workbook repeat
def _word_width(word: str) -> float:
    """Width of ``word`` in points at 11 pt DejaVu Sans."""
    widths = _char_widths()
    return sum(widths.get(ord(c), 600.0) for c in word) * 11 / 1000


@functools.cache
def _char_widths() -> dict[int, float]:
    """DejaVu Sans advance widths (thousandths of the font size), read from the app's font."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    return TTFontFile(str(resources_dir() / "fonts" / "DejaVuSans.ttf")).charWidths


def _height(values: list[Any], widths: list[float]) -> float:
    """A row height (points) that shows every wrapped line of the row."""
    return min(MAX_ROW_HEIGHT, _lines(values, widths) * LINE_HEIGHT + 4)


def _print_widths(widths: list[float], hidden: int | None) -> list[float]:
    """``widths`` with the wide columns narrowed, in proportion to how much wider than
    ``_MIN_PRINT_WIDTH`` they are, until the visible ones sum to ``PRINT_WIDTH``."""
    visible = [0 if i == hidden else w for i, w in enumerate(widths, 1)]
    excess = sum(visible) - PRINT_WIDTH
    slack = sum(max(0.0, w - _MIN_PRINT_WIDTH) for w in visible)
    if excess <= 0 or not slack:
        return list(widths)
    cut = min(1.0, excess / slack)
    return [w if i == hidden else round(w - max(0.0, w - _MIN_PRINT_WIDTH) * cut, 1)
            for i, w in enumerate(widths, 1)]
