"""Reading an .xlsx into a :class:`~.dataset.Dataset`: Kuntaliitto template files and our own exports.

The file is checked by :mod:`.safety` before openpyxl sees it, then opened in
read-only mode. Cells are read as values; a formula or an error value in a
cell that is read is refused with its sheet and cell. What the reader leaves
out (other sheets and columns, charts, pictures, comments: see :mod:`.extras`)
is named in the notes. Two kinds of file are understood:

* a **template file** (any region's filled-in copy of the Kuntaliitto
  workbook): sheets are found by meaning, goals, actions, responsible parties
  and measures are read from the free text of the goal rows;
* **our own export** (the hidden metadata sheet is present): the structured
  sheets are read too, every row's id comes from its hidden Tunniste cell,
  and the metadata gives what was exported, for the review.

Nothing is written here; every line that could not be placed becomes a
:class:`Notice` naming its sheet and cell.
"""
from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import logging
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.reader.excel import ExcelReader
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula
from openpyxl.utils import get_column_letter

from ..domain import business_id, vocab
from ..domain.models import new_id
from .dataset import FIELDS, Dataset, Record, fingerprint, split_year_key, year_key
from .errors import XlsxError
from .extras import SheetExtras, package_extras, quote
from .layout import (
    ACTIONS, AREAS, BOOL_FIELDS, INDICATORS, INT_FIELDS, LEGAL, META,
    META_FORMAT, OHJE, OHJE_LABELS, OWN_SHEETS, OWNER_PREFIX, PARTIES, PERSONS, TABLES,
    TEMPLATE_TITLE, VOCABS, YEAR_COLUMNS, cell_place, norm, row_place,
)
from .safety import LIMITS, Limits, check_package
from .text import (
    PartyMatcher, bullet_items, cell_text, parse_measure, split_goal_text, split_names,
    split_responsible,
)

log = logging.getLogger(__name__)

HEADER_SEARCH_ROWS = 15
#: Excel's own limit for the text of one cell.
MAX_CELL_TEXT = 32767

#: Area sheet columns by a word their header contains (checked in this order).
_AREA_COLUMN_WORDS = (("id", "tunniste"), ("actions", "toimenpi"), ("responsible", "vastuu"),
                      ("indicators", "mittari"), ("indicators", "seuranta"), ("goal", "tavoit"),
                      ("resources", "resurs"), ("notes", "huomio"), ("notes", "lisatie"))
_AREAS_COLUMN_WORDS = (("id", "tunniste"), ("group", "ryhma"), ("selected", "valittu"),
                       ("responsible_persons", "vastuuhenkil"), ("preparers", "valmistel"),
                       ("notes", "huomio"), ("description", "kuvaus"), ("sheet_name", "valilehti"),
                       ("title", "osaalue"))
_DEFAULTS = {("area", "group"): "erityis", ("goal", "layer"): "painopiste",
             ("party", "kind"): "muu", ("indicator", "kind"): "teksti",
             ("workbook", "status"): "luonnos"}
_TERM = re.compile(r"^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$")
_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


@dataclass
class Notice:
    """A line of the file that was not placed, or a part of it that was left out, and where."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


@dataclass
class ParsedFile:
    """What a file holds, as records, with what could not be placed."""

    path: Path
    data: Dataset
    notices: list[Notice]
    #: Our own export: the ids and the export-time fingerprints below are known.
    own: bool = False
    workbook_id: str | None = None
    export_id: str | None = None
    exported_at: dt.datetime | None = None
    #: (entity, id) -> {"h": field fingerprints, "t": cell text fingerprints, "r": refs, "x": hidden}
    base: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)


def read_xlsx(path: str | Path, known: Dataset | None = None, limits: Limits = LIMITS) -> ParsedFile:
    """Read ``path``; ``known`` is the workbook the file is compared with (for party names)."""
    path = Path(path)
    check_package(path, limits)
    with _open(path, limits) as book:
        with book.guard():
            extras = package_extras(path)
            return _Reader(path, book, known, extras).read()


def unreadable(name: str, where: str = "") -> XlsxError:
    """The one message for a file that failed in a way no check foresaw (the cause goes to the log)."""
    return XlsxError(f"{name}: tiedostoa ei voitu lukea{f' ({where})' if where else ''}; mitään ei "
                     "tuotu. Avaa tiedosto Excelissä tai LibreOfficessa ja tallenna se uudelleen "
                     "Excel-työkirjana (.xlsx).")


def formula_text(value: Any) -> str:
    """A formula as Excel shows it in the formula bar: ``=B1``, ``{=SUM(A1:A3)}``, ``{=TABLE(B1,C1)}``."""
    if isinstance(value, ArrayFormula):
        return f"{{{value.text or '='}}}"
    if isinstance(value, DataTableFormula):  # TABLE(row input, column input); openpyxl keeps the
        def flag(v: Any) -> bool:             # attributes as the XML's strings
            return str(v).lower() in ("1", "true")
        r1, r2 = value.r1 or "", value.r2 or ""
        row_input, column_input = (r1, r2) if flag(value.dt2D) else (r1, "") if flag(value.dtr) \
            else ("", r1)
        return f"{{=TABLE({row_input},{column_input})}}"
    return str(value) if isinstance(value, str) else "kaava"


# -- the openpyxl side ---------------------------------------------------------------------------

class _ExcelReader(ExcelReader):
    """openpyxl's reader, leaving chart sheets out: they hold no cells, and :mod:`.extras` names
    them; openpyxl's parsing of their charts would only be one more way to fail."""

    def read_chartsheet(self, sheet, rel) -> None:
        return None


#: openpyxl's warnings that say something about a cell a member would want to know.
_DATE_WARNING = re.compile(r"^Cell (\$?[A-Z]+\$?\d+) is marked as a date")


class _Book:
    """An openpyxl workbook in read-only mode, giving sheets as rows of plain values."""

    def __init__(self, path: Path, limits: Limits):
        self.path = path
        self.limits = limits
        self.cells = 0
        #: Where reading is (sheet, row), for the message when something unforeseen fails.
        self.at: tuple[str, int | None] | None = None
        #: sheet -> {(row, column): ("kaava", text as Excel shows it) or ("virhearvo", "#VALUE!")}:
        #: cells that have no value to take; they read as empty, and are refused where read.
        self.unusable: dict[str, dict[tuple[int, int], tuple[str, str]]] = {}
        #: "Sheet!C3" of the date cells openpyxl made #VALUE! (a serial outside Excel's dates)
        self.bad_dates: set[str] = set()
        with self.guard():
            reader = _ExcelReader(path, read_only=True, keep_vba=False, data_only=False,
                                  keep_links=False)
            try:
                reader.read()
            except BaseException:
                reader.archive.close()  # a read-only workbook holds the file open until closed
                raise
            self.wb = reader.wb
            # openpyxl skips a sheet whose part is missing from the package: a damaged file
            for sheet, rel in reader.parser.find_sheets():
                if rel.target not in reader.valid_files:
                    self.wb.close()
                    raise XlsxError(f"{path.name} on vaurioitunut: välilehden {sheet.name} sisältö "
                                    f"({rel.target}) puuttuu tiedostosta.")
        self.titles = [ws.title for ws in self.wb.worksheets]
        folded: dict[str, str] = {}
        for title in self.titles:
            if title.casefold() in folded:
                self.wb.close()
                raise XlsxError(f"{path.name} on vaurioitunut: siinä on välilehtiä {folded[title.casefold()]} "
                                f"ja {title}, joiden nimet eroavat vain kirjainkooltaan (Excel ei salli "
                                "sellaista).")
            folded[title.casefold()] = title

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        """openpyxl's warnings become notes or the log; anything unforeseen becomes one message.

        A file is untrusted input, so any failure in parsing it (or in reading what was parsed)
        refuses the file, naming the sheet and row where reading was; the exception itself is
        for the developers' log, not for the user.
        """
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                yield
            except XlsxError:
                raise
            except Exception:  # untrusted input: whatever slipped past the checks is a refusal
                log.exception("Reading %s failed at %s", self.path, self.at)
                raise unreadable(self.path.name, self._where()) from None
            finally:
                self._warnings(caught)

    def _where(self) -> str:
        if self.at is None:
            return ""
        sheet, row = self.at
        return f"välilehti {sheet}, rivi {row}" if row else f"välilehti {sheet}"

    def _warnings(self, caught: list[warnings.WarningMessage]) -> None:
        for warning in caught:
            text = str(warning.message)
            m = _DATE_WARNING.match(text)
            if m and self.at is not None:
                self.bad_dates.add(f"{self.at[0]}!{m.group(1).replace('$', '')}")
            # print areas, extensions, styles: nothing of the member's content
            log.info("openpyxl warned while reading %s: %s", self.path, text)

    def rows(self, title: str) -> list[list[Any]]:
        """All rows of a sheet (values), refusing sheets over the limits; formulas and error
        values are set aside (see :attr:`unusable`)."""
        with self.guard():
            self.at = (title, None)
            return self._rows(title)

    def _rows(self, title: str) -> list[list[Any]]:
        ws = self.wb[title]
        ws.reset_dimensions()  # do not trust the declared size; read what is there
        rows = []
        unusable = self.unusable.setdefault(title, {})
        self.at = (title, 1)  # openpyxl parses a row when it is asked for the next one
        for row in ws.iter_rows():
            values = []
            for cell in row:
                if isinstance(cell.value, str) and len(cell.value) > MAX_CELL_TEXT:
                    raise XlsxError(f"{self.path.name}: välilehden {title} solussa {cell.coordinate} on "
                                    f"{len(cell.value)} merkkiä; Excelin solussa voi olla enintään "
                                    f"{MAX_CELL_TEXT} merkkiä, joten tiedosto ei ole Excelin "
                                    "tallentama. Lyhennä teksti ja tallenna uudelleen.")
                if cell.data_type in ("f", "e"):
                    unusable[(cell.row, cell.column)] = ("kaava", formula_text(cell.value)) \
                        if cell.data_type == "f" else ("virhearvo", str(cell.value))
                    values.append(None)
                    continue
                values.append(cell.value)
            rows.append(values)
            self.at = (title, len(rows) + 1)
            self.cells += len(values)
            if len(rows) > self.limits.rows or self.cells > self.limits.cells:
                raise XlsxError(f"{self.path.name}: välilehdellä {title} on liikaa rivejä tai soluja "
                                f"(enintään {self.limits.rows} riviä ja {self.limits.cells} solua).")
        self.at = (title, None)
        return rows

    def refuse(self, title: str, row: int, column: int) -> None:
        """A formula or an error value in a cell that is read: the copy must give the value."""
        kind, text = self.unusable[title][(row, column)]
        cell = f"{get_column_letter(column)}{row}"
        if kind == "kaava":
            advice = "Kaavoja ei tuoda; korvaa kaava arvollaan (Liitä määräten > Arvot) ja tallenna uudelleen."
        else:
            why = " (päivämäärä on Excelin päivämäärien ulkopuolella)" \
                if f"{title}!{cell}" in self.bad_dates else ""
            text += why
            advice = "Korjaa solun arvo ja tallenna uudelleen."
        raise XlsxError(f"{self.path.name}: välilehden {title} solussa {cell} on {kind} {text}. {advice}")

    def close(self) -> None:
        self.wb.close()


@contextlib.contextmanager
def _open(path: Path, limits: Limits) -> Iterator[_Book]:
    book = _Book(path, limits)
    try:
        yield book
    finally:
        book.close()


def _cell(rows: list[list[Any]], row: int, col: int) -> Any:
    """The value at 1-based ``row``, ``col`` (None outside the rows read)."""
    if row - 1 < len(rows) and col - 1 < len(rows[row - 1]):
        return rows[row - 1][col - 1]
    return None


def _blank(values: list[Any]) -> bool:
    return all(cell_text(v) is None for v in values)


#: The objects of a drawing (see :class:`.extras.Drawn`) as the notes name them.
_DRAWN = {"chart": "kaavio", "picture": "kuva", "text box": "tekstiruutu", "shape": "muoto",
          "group": "ryhmitelty kuvio", "smartart": "SmartArt-kuvio", "connector": "yhdysviiva",
          "object": "upotettu objekti"}


def _holding(extras: SheetExtras | None) -> str:
    """What a sheet left out as a whole holds besides cells: ``" (siinä on kaavio ja kuva)"``."""
    kinds = list(dict.fromkeys(_DRAWN[d.kind] for d in extras.drawn)) if extras else []
    if extras and extras.comments:
        kinds.append("kommentteja")
    if not kinds:
        return ""
    return f" (siinä on {' ja '.join([', '.join(kinds[:-1]), kinds[-1]] if len(kinds) > 1 else kinds)})"


def _listed(items: list[str], most: int = 12) -> str:
    """``A5, A7, A9`` or ``A5, A7, … (40 kpl)`` for a long list."""
    if len(items) <= most:
        return ", ".join(items)
    return ", ".join(items[:most]) + f", … ({len(items)} kpl)"


def _spans(numbers: list[int]) -> list[str]:
    """Row numbers as runs: ``[7, 8, 9, 12]`` -> ``["7–9", "12"]``."""
    spans: list[list[int]] = []
    for n in sorted(set(numbers)):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return [f"{a}–{b}" if b > a else str(a) for a, b in spans]


# -- reading -----------------------------------------------------------------------------------------

class _Reader:
    """One reading of one file into a dataset."""

    def __init__(self, path: Path, book: _Book, known: Dataset | None,
                 extras: dict[str, SheetExtras] | None = None):
        self.path = path
        self.book = book
        self.known = known
        self.extras = extras or {}
        #: Sheets read, each with the column of its row ids (hidden in an export), if any.
        self.read_sheets: dict[str, int | None] = {}
        self._years: set[int] | None = None  # see _known_years
        self.data = Dataset()
        self.notices: list[Notice] = []
        self.parsed = ParsedFile(path, self.data, self.notices)
        self.parties = PartyMatcher()
        if known is not None:
            for party in known.all("party"):
                self.parties.add(party)
        self.template_actions: dict[str, Record] = {}
        self.seen_ids: set[str] = set()
        self.term: range | None = None

    def note(self, where: str, message: str) -> None:
        self.notices.append(Notice(where, message))

    def _left_out(self, value: Any, raw: Any, noted: int) -> bool:
        """Whether a cell's value was left out with a notice (since ``noted`` notices).

        Such a field is not read: a copy with a mistyped year or choice proposes no
        change to it, rather than emptying it in the workbook.
        """
        return value is None and cell_text(raw) is not None and len(self.notices) > noted

    def read(self) -> ParsedFile:
        titles = {norm(t): t for t in self.book.titles}
        meta = titles.get(norm(META))
        if meta is not None:
            self._read_metadata(meta)
        self._read_ohje(titles.get(norm(OHJE)))
        areas_sheet = titles.get(norm(AREAS))
        if areas_sheet is not None:
            self._read_areas(areas_sheet)
        used = {meta, areas_sheet, titles.get(norm(OHJE))}
        found_area_sheet = False
        for title in self.book.titles:
            if title in used or (self.parsed.own and norm(title) in map(norm, OWN_SHEETS)):
                continue
            if self._read_area_sheet(title):
                found_area_sheet = True
            else:
                self.note("", f"Välilehti {title} ohitettiin: sitä ei tunnistettu työkirjan pohjan "
                              f"osaksi{_holding(self.extras.get(title))}.")
        if not found_area_sheet and areas_sheet is None:
            raise XlsxError(f"{self.path.name} ei ole strategisten tavoitteiden työkirja: siinä ei ole "
                            "Osa-alueet-välilehteä eikä yhtään osa-aluevälilehteä (otsikkorivi "
                            "Taso | Tavoitteet | Toimenpiteet ja vastuutahot | …).")
        if self.parsed.own:
            for sheet in (PARTIES, PERSONS, LEGAL, ACTIONS, INDICATORS):
                if norm(sheet) in titles:
                    self._read_table(titles[norm(sheet)], sheet)
        self._drop_placeholder_areas()
        self.book.at = None  # no longer in a sheet
        self._note_extras()
        return self.parsed

    # -- what is left out ---------------------------------------------------------------------------

    def _check_cells(self, title: str, rows: list, header_row: int = 1,
                     columns: dict[str, int] | None = None,
                     above: set[tuple[int, int]] = frozenset()) -> None:
        """Refuse a formula or error value in a cell that is read; name the columns and cells
        that are not read.

        ``columns``: the columns read below (and in) the header row, None for all; ``above``: the
        cells read above it. A formula or error value elsewhere is left out like any other value
        there, with a note.
        """
        unusable = self.book.unusable.get(title, {})
        width = max([len(row) for row in rows] + [c for _r, c in unusable], default=0)
        if columns is None:
            columns = {str(c): c for c in range(1, width + 1)}
        self.read_sheets[title] = columns.get("id")
        used = set(columns.values())
        for (r, c) in sorted(unusable):
            if (c in used and r >= header_row) or (r, c) in above:
                self.book.refuse(title, r, c)

        def content(r: int, c: int) -> bool:
            return cell_text(_cell(rows, r, c)) is not None or (r, c) in unusable

        stray = [f"{get_column_letter(c)}{r}" for r in range(1, header_row) for c in range(1, width + 1)
                 if (r, c) not in above and content(r, c)]
        if stray:
            cells = f"oleva solu {stray[0]} ohitettiin: se ei" if len(stray) == 1 else \
                f"olevat solut {_listed(stray)} ohitettiin: ne eivät"
            self.note("", f"Välilehden {title} otsikkorivin yläpuolella {cells} kuulu työkirjan "
                          "pohjaan.")
        last = max([len(rows)] + [r for r, _c in unusable])
        for c in range(1, width + 1):
            if c in used:
                continue
            letter = get_column_letter(c)
            header = cell_text(_cell(rows, header_row, c))
            cells = [f"{letter}{r}" for r in range(header_row + 1, last + 1) if content(r, c)]
            if header is None and not cells:
                continue
            named = f" {quote(header)}" if header else ""
            left = f"; solun {cells[0]} sisältöä ei tuotu." if len(cells) == 1 else \
                f"; solujen {_listed(cells)} sisältöä ei tuotu." if cells else "."
            self.note("", f"Välilehden {title} sarake {letter}{named} ohitettiin: se ei kuulu "
                          f"työkirjan pohjaan{left}")

    def _note_extras(self) -> None:
        """Name once each part of the file that is not read: chart sheets, drawings, comments…"""
        for name, extras in self.extras.items():
            if extras.kind == "chartsheet":
                titles = [quote(d.text) for d in extras.drawn if d.text]
                self.note("", f"Välilehti {name} ohitettiin: kaaviovälilehti"
                              + (f" ({', '.join(titles)})." if titles else "."))
            elif extras.kind != "worksheet":
                self.note("", f"Välilehti {name} ohitettiin: se ei ole taulukkovälilehti.")
            elif name in self.read_sheets:
                self._note_sheet_extras(extras, self.read_sheets[name])

    def _note_sheet_extras(self, extras: SheetExtras, id_column: int | None) -> None:
        name = extras.name
        for drawn in extras.drawn:
            what = _DRAWN[drawn.kind]
            at = f" (kohdassa {drawn.anchor})" if drawn.anchor else ""
            if drawn.kind == "chart":
                titled = f" {quote(drawn.text)}" if drawn.text else ""
                self.note("", f"Välilehden {name} kaavio{titled}{at} ohitettiin.")
            else:
                said = f": {quote(drawn.text)}" if drawn.text else ""
                self.note("", f"Välilehden {name} {what}{at} ohitettiin{said}.")
        for cell, author, text in extras.comments:
            by = f" ({author})" if author and author not in text else ""
            self.note("", f"Välilehden {name} solun {cell} kommentti ohitettiin: {quote(text)}{by}.")
        for table, ref in extras.tables:
            self.note("", f"Välilehden {name} taulukkomuotoilu {table} ({ref}) ohitettiin; sen solut "
                          "luettiin.")
        if extras.pivots:
            self.note("", f"Välilehden {name} pivot-taulukko ohitettiin.")
        if extras.background:
            self.note("", f"Välilehden {name} taustakuva ohitettiin.")
        if extras.damaged:
            self.note("", f"Välilehden {name} kuvia, kaavioita tai kommentteja ei voitu lukea; ne "
                          "ohitettiin.")
        rows = _spans(extras.hidden_rows)
        hidden_rows = (f"piilotettu rivi {rows[0]}" if len(extras.hidden_rows) == 1 else
                       f"piilotetut rivit {_listed(rows)}")
        if extras.filter:
            read = f"myös {hidden_rows}" if rows else "kaikki rivit"
            self.note("", f"Välilehden {name} suodatin ({extras.filter}) ohitettiin; {read} luettiin.")
        elif rows:
            self.note("", f"Välilehden {name} {hidden_rows} luettiin kuten muutkin (piilottaminen ei "
                          "poista riviä).")
        columns = [get_column_letter(c) for c in extras.hidden_columns if c != id_column]
        if columns:
            hidden_columns = f"piilotettu sarake {columns[0]}" if len(columns) == 1 else \
                f"piilotetut sarakkeet {_listed(columns)}"
            self.note("", f"Välilehden {name} {hidden_columns} luettiin kuten muutkin.")

    # -- metadata and Ohje ------------------------------------------------------------------------

    def _read_metadata(self, title: str) -> None:
        rows = self.book.rows(title)
        self._check_cells(title, rows)
        keys = {cell_text(_cell(rows, r, 1)): _cell(rows, r, 2) for r in range(1, 8)}
        if keys.get("format") != META_FORMAT:
            self.note(title, "piilotettu tunnistevälilehti on tuntematonta muotoa; tiedosto luetaan "
                             "pohjana.")
            return
        self.parsed.own = True
        self.parsed.workbook_id = cell_text(keys.get("workbook_id"))
        self.parsed.export_id = cell_text(keys.get("export_id"))
        with contextlib.suppress(TypeError, ValueError):
            self.parsed.exported_at = dt.datetime.fromisoformat(str(keys.get("exported_at")))
        if not self.parsed.workbook_id:
            self._damaged_metadata(title, "workbook_id")
        if keys.get("workbook"):
            self.parsed.base[("workbook", self.parsed.workbook_id)] = self._base_entry(
                title, keys["workbook"], "workbook")
        for r, values in enumerate(rows, 1):
            if len(values) >= 5 and isinstance(values[1], int) and values[2] and values[3]:
                if not isinstance(values[2], str) or not isinstance(values[3], str):
                    self._damaged_metadata(title, r)
                self.parsed.base[(values[2], values[3])] = self._base_entry(title, values[4] or "{}", r)

    def _base_entry(self, title: str, text: Any, row: int | str) -> dict[str, Any]:
        """One row's export-time fingerprints, checked to have the shape the writer gives them."""
        try:
            entry = json.loads(text) if isinstance(text, str) else None
        except json.JSONDecodeError:
            entry = None
        if not _is_base_entry(entry):
            self._damaged_metadata(title, row)
        return entry

    def _damaged_metadata(self, title: str, row: int | str) -> None:
        raise XlsxError(f"{self.path.name}: piilotettu tunnistevälilehti {title} on vaurioitunut "
                        f"(rivi {row}), joten tiedostoa ei voi verrata työkirjaan eikä lukea. "
                        "Vie työkirjasta uusi kopio, tai poista välilehti ja tuo tiedosto uutena "
                        "työkirjana.")

    def _read_ohje(self, title: str | None) -> None:
        fields = {"title": TEMPLATE_TITLE, "region": None, "term": None, "status": "luonnos",
                  "version": "1.0", "approved_on": None, "description": None}
        wid = self.parsed.workbook_id or new_id()
        record = self.data.add(Record("workbook", wid, fields, row=title or ""))
        if title is None:
            self.note("", "Ohje-välilehteä ei ole: alueen nimi ja valtuustokausi puuttuvat.")
            return
        rows = self.book.rows(title)
        self._check_cells(title, rows, 1, {"label": 1, "value": 2})
        fields["title"] = cell_text(_cell(rows, 1, 1)) or TEMPLATE_TITLE
        version = re.match(r"^\s*versio\s+(.+)$", cell_text(_cell(rows, 2, 1)) or "", re.I)
        if version:
            fields["version"] = version.group(1).strip()
        labels = {norm(label): name for label, name in OHJE_LABELS.items()}
        for r in range(1, len(rows) + 1):
            name = labels.get(norm(_cell(rows, r, 1)))
            if name:
                record.where[name] = cell_place(title, r, 2)
                noted = len(self.notices)
                fields[name] = self._ohje_value(name, _cell(rows, r, 2), record.where[name])
                if self._left_out(fields[name], _cell(rows, r, 2), noted):
                    record.unread.add(name)
        if fields["term"]:
            start, end = (int(y) for y in fields["term"].split("-"))
            self.term = range(start, end + 1)

    def _ohje_value(self, name: str, raw: Any, where: str) -> Any:
        if name == "term":
            text = cell_text(raw) or ""
            m = _TERM.match(text)
            if not m or int(m.group(2)) <= int(m.group(1)):
                if text:
                    self.note(where, f"valtuustokausi {text!r} ei ole muotoa 2025-2029.")
                return None
            return f"{m.group(1)}-{m.group(2)}"
        if name == "approved_on":
            day = _iso_date(raw)
            if day is None and cell_text(raw):
                self.note(where, f"{cell_text(raw)!r} ei ole päivämäärä (muoto 20.5.2026); se "
                                 "jätettiin pois.")
            return day
        return self._value("workbook", name, raw, where)

    # -- Osa-alueet -----------------------------------------------------------------------------

    def _read_areas(self, title: str) -> None:
        rows = self.book.rows(title)
        header_row, columns = _find_header(rows, _AREAS_COLUMN_WORDS, required="title")
        if header_row is None:
            self.note(title, "otsikkoriviä (Ryhmä | Osa-alue | …) ei löytynyt; välilehti ohitettiin.")
            return
        self._check_cells(title, rows, header_row, columns)
        for r in range(header_row + 1, len(rows) + 1):
            values = rows[r - 1]
            if _blank(values):
                continue
            get = {name: (_cell(rows, r, c), cell_place(title, r, c)) for name, c in columns.items()}
            if cell_text(get.get("title", (None,))[0]) is None:
                self.note(cell_place(title, r, columns["title"]), "rivillä ei ole osa-alueen nimeä; rivi "
                                                               "ohitettiin.")
                continue
            record_id = self._row_id(get.get("id"), "area")
            fields, unread = {}, set()
            for name in FIELDS["area"]:
                noted = len(self.notices)
                fields[name] = self._value("area", name, *get[name]) if name in get else None
                if name in get and self._left_out(fields[name], get[name][0], noted):
                    unread.add(name)
            if fields["selected"] is None:
                fields["selected"] = True
            fields["group"] = fields["group"] or _DEFAULTS[("area", "group")]
            self.data.add(Record("area", record_id, fields, row=row_place(title, r), unread=unread,
                                 where={n: w for n, (_v, w) in get.items()}))

    # -- area sheets ------------------------------------------------------------------------------

    def _read_area_sheet(self, title: str) -> bool:
        """Read one area's goal rows; False when the sheet is not an area sheet."""
        rows = self.book.rows(title)
        header_row, columns = _find_header(rows, _AREA_COLUMN_WORDS, required="goal")
        if header_row is None:
            return False
        # above the header: the area's name and group, and its id in the first row
        above = {(1, 1), (1, 2), (2, 1), (2, 2)} | ({(1, columns["id"])} if "id" in columns else set())
        self._check_cells(title, rows, header_row, columns, above)
        area = self._area_of_sheet(title, rows, columns)
        layer = None
        for r in range(header_row + 1, len(rows) + 1):
            values = rows[r - 1]
            if "layer" in columns and cell_text(_cell(rows, r, columns["layer"])):
                layer = self._layer(_cell(rows, r, columns["layer"]), cell_place(title, r, columns["layer"]))
            if _blank([v for c, v in enumerate(values, 1) if c != columns.get("layer")]):
                continue
            self._goal_row(title, rows, r, columns, area, layer)
        return True

    def _area_of_sheet(self, title: str, rows: list, columns: dict[str, int]) -> Record:
        """The area a sheet belongs to: by the id in its first row, its B1 name or its sheet name."""
        named = cell_text(_cell(rows, 1, 2)) if norm(_cell(rows, 1, 1)).startswith("osaalue") else None
        id_cell = (_cell(rows, 1, columns["id"]), cell_place(title, 1, columns["id"])) if "id" in columns else None
        area = self.data.get("area", cell_text(id_cell[0])) if id_cell else None
        if area is None:
            wanted = {norm(named), norm(title)} - {""}
            area = next((a for a in self.data.all("area")
                         if {norm(a.fields["title"]), norm(a.fields["title"][:31]),
                             norm(a.fields.get("sheet_name"))} & wanted), None)
        if area is None:
            group = self._value("area", "group", _cell(rows, 2, 2), cell_place(title, 2, 2)) \
                if norm(_cell(rows, 2, 1)).startswith("ryhma") else None
            area = self.data.add(Record("area", self._row_id(id_cell, "area"), {
                "group": group or _DEFAULTS[("area", "group")], "title": named or title,
                "selected": True, "responsible_persons": None, "preparers": None, "notes": None,
                "description": None, "sheet_name": None}, row=row_place(title, 1)))
        if not self.parsed.own and not area.fields.get("sheet_name") and title != area.fields["title"]:
            area.fields["sheet_name"] = title
        area.hidden["sheet"] = title
        if self.parsed.own:
            self._check_derived(("area_sheet", area.id), {"title": cell_place(title, 1, 2),
                                                          "group": cell_place(title, 2, 2)},
                                {"title": _cell(rows, 1, 2), "group": _cell(rows, 2, 2)},
                                f"muuta osa-alueen nimeä ja ryhmää {AREAS}-välilehdellä")
        return area

    def _layer(self, raw: Any, where: str) -> str | None:
        key = norm(raw)
        if "lainsaad" in key or "vahimm" in key:
            return "lainsaadanto"
        if "painopist" in key or "yhteise" in key:
            return "painopiste"
        self.note(where, f"tasoa {cell_text(raw)!r} ei tunnistettu.")
        return None

    def _goal_row(self, title: str, rows: list, r: int, columns: dict[str, int], area: Record,
                  layer: str | None) -> None:
        def get(name: str) -> Any:
            return _cell(rows, r, columns[name]) if name in columns else None

        def where(name: str) -> str:
            return cell_place(title, r, columns[name]) if name in columns else row_place(title, r)

        text = cell_text(get("goal"))
        if text is None:
            self.note(row_place(title, r), "rivillä ei ole tavoitetta, joten sen tekstiä ei voitu "
                                      "liittää mihinkään; rivi ohitettiin.")
            return
        if layer is None:
            self.note(where("goal"), "tavoitteen taso puuttuu; tavoite tuotiin painopisteeksi.")
        goal_title, description = split_goal_text(text)
        goal_id = self._row_id((get("id"), where("id")) if "id" in columns else None, "goal")
        base = self.parsed.base.get(("goal", goal_id))
        goal = self.data.add(Record("goal", goal_id, {
            "area": area.id, "layer": layer or _DEFAULTS[("goal", "layer")], "title": goal_title,
            "description": description, "resources": cell_text(get("resources")),
            "notes": cell_text(get("notes"))}, row=row_place(title, r),
            where={"layer": where("goal"), "title": where("goal"), "description": where("goal"),
                   "resources": where("resources"), "notes": where("notes")},
            hidden=copy.deepcopy(base.get("x", {})) if base else {"actions": []}))
        if base is not None:
            self._check_derived(("goal", goal_id), {n: where(n) for n in ("actions", "indicators")},
                                {n: get(n) for n in ("actions", "indicators")},
                                f"toimenpiteitä muokataan {ACTIONS}- ja mittareita "
                                f"{INDICATORS}-välilehdellä")
            return
        self._template_actions(goal, get("actions"), get("responsible"), where("actions"),
                               where("responsible"))
        self._template_measures(goal, get("indicators"), where("indicators"))

    def _check_derived(self, key: tuple[str, str], where: dict[str, str], values: dict[str, Any],
                       advice: str) -> None:
        """Report edits of cells that are only a view of other sheets (they are not applied)."""
        texts = self.parsed.base.get(key, {}).get("t", {})
        for name, expected in texts.items():
            if name in values and fingerprint(cell_text(values[name]) or "") != expected \
                    and fingerprint(values[name] or "") != expected:
                self.note(where[name], f"solun muutosta ei tuotu: {advice}.")

    def _template_actions(self, goal: Record, cell: Any, responsible_cell: Any, where: str,
                          responsible_where: str) -> None:
        """Actions from a goal row's bullet lines; the same action under two goals is one action."""
        items, stray = bullet_items(cell_text(cell))
        for line in stray:
            self.note(where, f"riviä {line!r} ei voitu liittää mihinkään toimenpiteeseen.")
        separate, _ = bullet_items(cell_text(responsible_cell))
        for i, item in enumerate(items):
            first, _, more = item.partition("\n")
            title, names = split_responsible(first)
            if not names and separate:
                names = split_names(separate[i] if len(separate) == len(items) else
                                    "; ".join(separate))
            if not title:
                self.note(where, f"toimenpiteeltä {item!r} puuttuu nimi; se ohitettiin.")
                continue
            action = self.template_actions.get(norm(title))
            if action is None:
                action = self.data.add(Record("action", new_id(), {
                    "title": title, "description": more.strip() or None, "schedule": None,
                    "resources": None, "notes": None, "goals": (), "responsibilities": ()},
                    where={"title": where}, row=where))
                self.template_actions[norm(title)] = action
            action.fields["goals"] = tuple(sorted({*action.fields["goals"], goal.id}))
            goal.hidden.setdefault("actions", []).append(action.id)
            for name in names:
                party_id = self._party(name, responsible_where if separate else where)
                entry = (party_id, "vastuutaho", ())
                if party_id and entry not in action.fields["responsibilities"]:
                    action.fields["responsibilities"] += (entry,)

    def _template_measures(self, goal: Record, cell: Any, where: str) -> None:
        items, stray = bullet_items(cell_text(cell))
        for line in stray:
            self.note(where, f"riviä {line!r} ei voitu liittää mihinkään mittariin.")
        for item in items:
            m = parse_measure(item)
            if not m.title:
                self.note(where, f"mittarilta {item!r} puuttuu nimi; se ohitettiin.")
                continue
            target_year = self._target_year(m.target_year, where)
            self.data.add(Record("indicator", new_id(), {
                "owner": f"goal:{goal.id}", "title": m.title, "kind": m.kind, "unit": m.unit,
                "baseline_value": m.baseline_value, "baseline_year": m.baseline_year,
                "target_value": m.target_value, "target_year": target_year,
                "source_id": m.source_id, "per_party": False}, where={"title": where}, row=where))

    def _target_year(self, year: int | None, where: str) -> int | None:
        if year is not None and self.term is not None and year not in self.term:
            self.note(where, f"tavoitevuosi {year} ei ole valtuustokaudella; se jätettiin pois.")
            return None
        return year

    def _drop_placeholder_areas(self) -> None:
        """The template's "Alueen erityispiirteisiin liittyvät osa-alueet" row is a placeholder."""
        labels = {norm(label) for label in vocab.AREA_GROUPS.values()}
        for area in self.data.all("area"):
            if not self.parsed.own and norm(area.fields["title"]) in labels \
                    and not self.data.goals_of(area.id):
                del self.data.records["area"][area.id]
                self.note(area.row, f"paikanvaraaja {area.fields['title']!r} ei ole osa-alue "
                                    "(siinä ei ole tavoitteita); se ohitettiin.")

    # -- the structured sheets of our own export ------------------------------------------------

    def _read_table(self, title: str, sheet: str) -> None:
        entity, table_columns = TABLES[sheet]
        rows = self.book.rows(title)
        wanted = {norm(c.header): c.field for c in table_columns}
        header_row, columns = _find_exact_header(rows, wanted, YEAR_COLUMNS.get(sheet))
        if header_row is None:
            self.note(title, "otsikkoriviä ei löytynyt; välilehti ohitettiin.")
            return
        self._check_cells(title, rows, header_row, dict(columns))
        year_columns = [name for name in columns if ":" in name]
        allowed = self._known_years() if year_columns else set()
        for name in year_columns:
            c = columns[name]
            if allowed and int(name.split(":")[1]) not in allowed:
                del columns[name]
                self.note(cell_place(title, header_row, c), f"sarakkeen vuosi {name.split(':')[1]} ei ole "
                          "valtuustokaudella eikä työkirjassa; sarake ohitettiin.")
        previous: Record | None = None
        for r in range(header_row + 1, len(rows) + 1):
            if _blank(rows[r - 1]):
                continue
            cells = {name: (_cell(rows, r, c), cell_place(title, r, c)) for name, c in columns.items()}
            if entity == "indicator" and cell_text(cells.get("party", (None,))[0]):
                self._party_values(previous, cells, row_place(title, r))
                continue
            previous = self._table_row(entity, title, r, cells)

    def _known_years(self) -> set[int]:
        """The years a yearly column may have: the term's, and those the workbook has values for
        (worked out once per file; only the sheets with year columns ask)."""
        if self._years is not None:
            return self._years
        years = self._years = set(self.term or ())
        if self.known is not None:
            years.update(self.known.term_years())
            for entity in ("action", "indicator"):
                for record in self.known.all(entity):
                    years.update(key[1] for key in map(split_year_key, record.fields) if key)
        return years

    def _table_row(self, entity: str, title: str, r: int, cells: dict) -> Record | None:
        required = "law" if entity == "legal_reference" else "name" if entity in ("party", "person") \
            else "title"
        if cell_text(cells.get(required, (None,))[0]) is None:
            self.note(row_place(title, r), "rivillä ei ole nimeä, joten sitä ei voitu tuoda; rivi ohitettiin.")
            return None
        record_id = self._row_id(cells.get("id"), entity)
        if entity == "party" and (entity, record_id) not in self.parsed.base:
            record_id = self._added_party(cell_text(cells["name"][0])) or record_id
        base = self.parsed.base.get((entity, record_id), {})
        record = Record(entity, record_id, {}, hidden=copy.deepcopy(base.get("x", {})), row=row_place(title, r),
                        where={n: w for n, (_v, w) in cells.items()})
        record.unread = {name for name in FIELDS[entity] if name not in cells}
        for name in FIELDS[entity]:
            raw, where = cells.get(name, (None, row_place(title, r)))
            text_hash = base.get("t", {}).get(name)
            if text_hash is not None and fingerprint(raw or "") == text_hash and name in base.get("r", {}):
                record.fields[name] = _from_json(name, base["r"][name])  # unchanged: the ids sent
            else:
                noted = len(self.notices)
                record.fields[name] = self._value(entity, name, raw, where)
                if self._left_out(record.fields[name], raw, noted):
                    record.unread.add(name)
        self._year_cells(record, cells, None)
        for (e, name), default in _DEFAULTS.items():
            if e == entity and record.fields.get(name) is None:
                record.fields[name] = default
        if entity == "party":
            self.parties.add(record)
        if entity == "indicator":
            record.fields["per_party"] = bool(record.fields["per_party"])
            year = record.fields["target_year"]
            record.fields["target_year"] = self._target_year(year, record.where.get("target_year", ""))
            if year is not None and record.fields["target_year"] is None:
                record.unread.add("target_year")
        return self.data.add(record)

    def _party_values(self, indicator: Record | None, cells: dict, where: str) -> None:
        """A per-party row under an indicator row: that party's yearly values."""
        if indicator is None:
            self.note(where, "osapuolen arvoriviä ei voitu liittää mihinkään mittariin; rivi ohitettiin.")
            return
        party_id = self._party(cell_text(cells["party"][0]), cells["party"][1])
        if party_id is not None:
            self._year_cells(indicator, cells, party_id)

    def _year_cells(self, record: Record, cells: dict, party_id: str | None) -> None:
        for name, (raw, where) in cells.items():
            if ":" in name:
                self._year_value(record, name, raw, where, party_id)
        if "comments" in cells:
            self._year_comments(record, *cells["comments"], party_id)

    def _year_value(self, record: Record, name: str, raw: Any, where: str, party_id: str | None) -> None:
        """A status or value cell of one year, stored as ``(value, comment)`` (comment added later)."""
        kind, year = name.split(":")
        key = year_key(kind, int(year), party_id)
        record.where[key] = where
        if kind == "status":
            value = self._vocab("action", "status", raw, where)
        elif isinstance(raw, (int, float)) and not isinstance(raw, bool):
            value = float(raw)
        else:
            value = cell_text(raw)
        if value is not None:
            record.fields[key] = (value, None)

    def _year_comments(self, record: Record, raw: Any, where: str, party_id: str | None) -> None:
        """``2026: kommentti`` lines into the comment half of the yearly fields."""
        kind = "status" if record.entity == "action" else "value"
        for line in (cell_text(raw) or "").split("\n"):
            m = re.match(r"^\s*(\d{4})\s*:\s*(.*)$", line)
            key = year_key(kind, int(m.group(1)), party_id) if m else None
            if key is None or key not in record.fields:
                if line.strip():
                    self.note(where, f"kommenttia {line!r} ei voitu liittää minkään vuoden arvoon "
                                     "(muoto: 2026: teksti); se ohitettiin.")
                continue
            record.fields[key] = (record.fields[key][0], m.group(2).strip() or None)
        if kind == "status":
            self._check_status_comments(record, where)

    def _check_status_comments(self, record: Record, where: str) -> None:
        """A delayed or suspended action needs a comment saying why (the domain's rule)."""
        for key, value in list(record.fields.items()):
            if not key.startswith("status:"):
                continue
            status, comment = value
            if status in vocab.STATUSES_NEEDING_COMMENT and not comment:
                del record.fields[key]
                self.note(record.where.get(key, where), f"tila {vocab.ACTION_STATUSES[status]} vaatii "
                          f"kommentin (sarakkeeseen Tilan kommentit: {key[7:]}: syy); tila jätettiin pois.")

    # -- single values -------------------------------------------------------------------------------

    def _value(self, entity: str, name: str, raw: Any, where: str) -> Any:
        """A cell's value for ``entity.name``: text, yes/no, year, vocabulary key or reference."""
        if (entity, name) in BOOL_FIELDS:
            key = norm(raw)
            if not key:
                return None
            if key in ("kylla", "k", "x", "1", "true", "yes"):
                return True
            if key in ("ei", "e", "0", "false", "no"):
                return False
            self.note(where, f"arvo {cell_text(raw)!r} ei ole kyllä tai ei; se jätettiin pois.")
            return None
        if (entity, name) in INT_FIELDS:
            return self._year(raw, where)
        if (entity, name) in VOCABS:
            return self._vocab(entity, name, raw, where)
        if name == "goals":
            return self._goal_refs(raw, where)
        if name == "responsibilities":
            return self._responsibilities(raw, where)
        if name == "owner":
            return self._owner(raw, where)
        if entity == "person" and name == "party":
            return self._party(cell_text(raw), where) if cell_text(raw) else None
        text = cell_text(raw)
        if entity == "party" and name == "business_id" and text:
            problem = business_id.problem(text)
            if problem:
                self.note(where, f"y-tunnus {text}: {problem} Se jätettiin pois.")
                return None
            return business_id.normalize(text)
        return text

    def _year(self, raw: Any, where: str) -> int | None:
        text = cell_text(raw)
        if text is None:
            return None
        if re.fullmatch(r"\d{4}", text):
            return int(text)
        self.note(where, f"{text!r} ei ole vuosiluku; se jätettiin pois.")
        return None

    def _vocab(self, entity: str, name: str, raw: Any, where: str) -> str | None:
        key = norm(raw)
        if not key:
            return None
        for stored, label in VOCABS[(entity, name)].items():
            if key in (norm(stored), norm(label)):
                return stored
        allowed = ", ".join(VOCABS[(entity, name)].values())
        self.note(where, f"arvoa {cell_text(raw)!r} ei tunnistettu (sallitut: {allowed}).")
        return None

    def _goal_refs(self, raw: Any, where: str) -> tuple[str, ...]:
        ids = []
        for line in (cell_text(raw) or "").split("\n"):
            if line.strip():
                goal_id = self._find_titled("goal", line, where)
                if goal_id:
                    ids.append(goal_id)
        return tuple(sorted(set(ids)))

    def _find_titled(self, entity: str, title: str, where: str) -> str | None:
        wanted = norm(title)
        matches = [r.id for r in self.data.all(entity) if norm(r.label) == wanted]
        if len(matches) == 1:
            return matches[0]
        what = {"goal": "tavoitetta", "action": "toimenpidettä"}[entity]
        if matches:
            self.note(where, f"nimellä {title.strip()!r} on useita {what}; viittaus jätettiin pois.")
        else:
            self.note(where, f"{what} {title.strip()!r} ei löytynyt; viittaus jätettiin pois.")
        return None

    def _owner(self, raw: Any, where: str) -> str | None:
        text = cell_text(raw) or ""
        for entity, prefix in OWNER_PREFIX.items():
            if norm(text).startswith(norm(prefix)):
                found = self._find_titled(entity, text[len(prefix):], where)
                return f"{entity}:{found}" if found else None
        self.note(where, "mittarin kohde puuttuu (muoto: \"Tavoite: nimi\" tai \"Toimenpide: nimi\").")
        return None

    def _responsibilities(self, raw: Any, where: str) -> tuple:
        entries = []
        roles = {norm(label): key for key, label in vocab.RESPONSIBILITY_ROLES.items()}
        for line in (cell_text(raw) or "").split("\n"):
            label, sep, names = line.partition(":")
            role = next((k for n, k in roles.items() if sep and norm(label).startswith(n)), None)
            if role is None:
                role, names = "vastuutaho", line
            for entry in re.split(r"\s*;\s*", names):
                m = re.match(r"^(.*?)\s*(?:\(([^)]*)\))?\s*$", entry)
                if not m.group(1):
                    continue
                party_id = self._party(m.group(1), where)
                persons = tuple(sorted(filter(None, (self._person(p, where)
                                                     for p in (m.group(2) or "").split(",") if p.strip()))))
                if party_id and (party_id, role) not in {(p, r) for p, r, _ in entries}:
                    entries.append((party_id, role, persons))
        return tuple(entries)

    def _person(self, name: str, where: str) -> str | None:
        matches = [p.id for p in self.data.all("person") if norm(p.fields["name"]) == norm(name)]
        if len(matches) == 1:
            return matches[0]
        self.note(where, f"henkilöä {name.strip()!r} ei löytynyt yksiselitteisesti; hänet jätettiin pois.")
        return None

    def _party(self, name: str | None, where: str) -> str | None:
        """A party by a name as written; an unknown name becomes a new party of kind "muu"."""
        if not name:
            return None
        found = self.parties.find(name)
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = ", ".join(sorted(self._party_name(pid) for pid in found))
            self.note(where, f"osapuoli {name!r} voi tarkoittaa useaa osapuolta ({names}); se jätettiin "
                             "pois.")
            return None
        party = self.data.add(Record("party", new_id(), {
            "name": name, "short_name": None, "kind": "muu", "business_id": None, "street": None,
            "postal_code": None, "city": None}, where={"name": where}, row=where))
        self.parties.add(party)
        return party.id

    def _added_party(self, name: str | None) -> str | None:
        """The id of the one party named ``name`` that the workbook has but this export did not
        (added since, e.g. by an earlier import of this copy): a new party row of the copy is
        that party, not a second one of the same name that would make the name ambiguous in
        the copy's responsibilities (see review._recognise_new_rows for the other items)."""
        if self.known is None or not self.parsed.own:
            return None
        found = [p.id for p in self.known.all("party") if norm(p.fields["name"]) == norm(name)
                 and ("party", p.id) not in self.parsed.base and p.id not in self.seen_ids]
        if len(found) != 1:
            return None
        self.seen_ids.add(found[0])
        return found[0]

    def _party_name(self, party_id: str) -> str:
        record = self.data.get("party", party_id) or (self.known.get("party", party_id)
                                                      if self.known else None)
        return record.fields["name"] if record else party_id

    def _row_id(self, cell: tuple[Any, str] | None, entity: str) -> str:
        """The row's id from its Tunniste cell; a new id for a row without one or with a copied one."""
        value = cell_text(cell[0]) if cell else None
        if value and not self.parsed.own:
            value = None  # a template file's ids mean nothing to us
        if value and (entity, value) not in self.parsed.base:
            self.note(cell[1], "tunniste ei ole tästä viennistä; rivi tuodaan uutena.")
            value = None
        if value and value in self.seen_ids:
            self.note(cell[1], "sama tunniste on jo aiemmalla rivillä (kopioitu rivi?); rivi tuodaan "
                               "uutena.")
            value = None
        if value:
            self.seen_ids.add(value)
        return value or new_id()


def _is_base_entry(entry: Any) -> bool:
    """``{"h": {field: hash}, "t": {field: hash}, "c": {field: hash}, "r": {field: ids}, "x": {...}}``,
    each part optional ("c": fields whose cell reads back other than the field, see the writer)."""
    if not isinstance(entry, dict) or not set(entry) <= {"h", "t", "c", "r", "x"}:
        return False
    if not all(isinstance(entry.get(part, {}), dict) for part in ("h", "t", "c", "r", "x")):
        return False
    if not all(isinstance(v, str) for part in ("h", "t", "c") for v in entry.get(part, {}).values()):
        return False
    for name, value in entry.get("r", {}).items():
        if name == "goals" and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            return False
        if name == "responsibilities" and not (
                isinstance(value, list) and all(
                    isinstance(v, list) and len(v) == 3 and isinstance(v[0], str)
                    and isinstance(v[1], str) and isinstance(v[2], list)
                    and all(isinstance(p, str) for p in v[2]) for v in value)):
            return False
        if name not in ("goals", "responsibilities") and not isinstance(value, (str, type(None))):
            return False
    hidden = entry.get("x", {})
    actions = hidden.get("actions", [])
    if not isinstance(actions, list) or not all(isinstance(a, str) for a in actions):
        return False
    return isinstance(hidden.get("membership", ""), str)


def _find_header(rows: list, words: tuple[tuple[str, str], ...], required: str
                 ) -> tuple[int | None, dict[str, int]]:
    """The header row among the first rows, found by what its cells mean, and its columns."""
    for r in range(1, min(len(rows), HEADER_SEARCH_ROWS) + 1):
        columns: dict[str, int] = {}
        for c, value in enumerate(rows[r - 1], 1):
            key = norm(value)
            if not key:
                continue
            if key.startswith("taso") and "layer" not in columns and required == "goal":
                columns["layer"] = c
                continue
            name = next((n for n, word in words if word in key), None)
            if name and name not in columns:
                columns[name] = c
        if required in columns and len(columns) >= 2:
            return r, columns
    return None, {}


def _find_exact_header(rows: list, wanted: dict[str, str], years) -> tuple[int | None, dict[str, int]]:
    """The header row of one of our own structured sheets (exact headers, any order)."""
    for r in range(1, min(len(rows), HEADER_SEARCH_ROWS) + 1):
        columns: dict[str, int] = {}
        for c, value in enumerate(rows[r - 1], 1):
            key = norm(value)
            if key in wanted:
                columns[wanted[key]] = c
            elif years:
                kind, pattern, comment_header = years
                m = re.fullmatch(norm(pattern.format(year="")) + r"(\d{4})", key)
                if m:
                    columns[f"{kind}:{m.group(1)}"] = c
                elif key == norm(comment_header):
                    columns["comments"] = c
        if len(columns) >= 2:
            return r, columns
    return None, {}


def _from_json(name: str, value: Any) -> Any:
    """A reference value from the metadata JSON back to the dataset's tuples."""
    if name == "goals":
        return tuple(value)
    if name == "responsibilities":
        return tuple((p, role, tuple(persons)) for p, role, persons in value)
    return value


def _iso_date(raw: Any) -> str | None:
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    m = _DATE.match(cell_text(raw) or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    except ValueError:  # 31.2.2026, 1.1.0000
        return None
