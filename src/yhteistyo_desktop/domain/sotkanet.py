"""Follow-up values from a Sotkanet CSV download (THL's indicator bank, sotkanet.fi). No Qt.

A Sotkanet download is a semicolon-separated table with one value per indicator,
region, year and gender. Real files differ: a UTF-8 BOM or cp1252/latin-1 text,
quoted fields, a header in Finnish or English, title lines above the header,
extra columns (absolute value, indicator name), a decimal comma, and missing
values as an empty cell or "..". :func:`parse_csv` reads all of that and keeps
each malformed line with its reason instead of failing on it; a file that is
not such a table at all (binary, no recognisable header, too large) is refused
with :class:`SotkanetError` before anything is looked at.

:func:`plan_import` matches the rows to the workbook without changing it:

* indicator: the workbook indicator whose ``source_id`` is the Sotkanet id
  ("1234", "sotkanet:1234" and "Sotkanet 1234" all mean 1234); several
  indicators may follow the same Sotkanet id, and each gets the value;
* region: for a per-party indicator the party whose name or short name is the
  region (case-insensitive); otherwise the row is taken when the region is the
  workbook's region or the wellbeing county;
* gender: only the "total" rows are used; the others are listed as skipped.

:func:`apply_plan` writes the planned values through
:meth:`Operations.set_indicator_value` in one transaction.
"""
from __future__ import annotations

import codecs
import csv
import io
import itertools
import math
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Indicator, IndicatorValue, Party, Workbook
from .operations import DomainError, Operations

#: A Sotkanet download of a whole region's municipalities over many years is a few megabytes.
MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 500_000
#: Indicator kinds that hold a number (a Sotkanet value is always one).
NUMERIC_KINDS = ("luku", "lukumaara_vuodessa")

TOTAL, MALE, FEMALE = "total", "male", "female"
GENDER_LABELS = {TOTAL: "yhteensä", MALE: "miehet", FEMALE: "naiset"}


class SotkanetError(DomainError):
    """The file is not a Sotkanet CSV download; the message is for the user (Finnish)."""


# -- reading the file ----------------------------------------------------------------------------

@dataclass(frozen=True)
class CsvRow:
    """One data line of the file."""

    line: int
    indicator: str  # the Sotkanet indicator id, digits
    region: str
    year: int
    gender: str  # total / male / female, or the file's own word for another
    value: float | None  # None: the file has no value (empty, "..")
    raw_value: str
    indicator_name: str | None = None
    region_code: str | None = None


@dataclass(frozen=True)
class RowProblem:
    """A line that could not be read, with the reason (Finnish)."""

    line: int
    reason: str
    text: str = ""


@dataclass
class SotkanetCsv:
    rows: list[CsvRow] = field(default_factory=list)
    errors: list[RowProblem] = field(default_factory=list)
    name: str = ""
    encoding: str = ""
    delimiter: str = ";"
    header_line: int = 0


# Header words after _norm_header, by the column they name.
_HEADERS: dict[str, tuple[str, ...]] = {
    "indicator_id": ("indikaattori id", "indikaattorin id", "indikaattorin tunnus", "indikaattori tunnus",
                     "indikaattorinumero", "indikaattorin numero", "indikaattorikoodi", "indicator id",
                     "indicator code", "indicator number", "indikaattori nro", "id"),
    "indicator": ("indikaattori", "indicator", "mittari"),
    "indicator_name": ("indikaattorin nimi", "indikaattori nimi", "indikaattorin otsikko",
                       "indicator title", "indicator name", "indicator title fi", "nimi", "title"),
    "region": ("alue", "alueen nimi", "alue nimi", "region", "region title", "region name",
               "region title fi", "kunta", "municipality", "area"),
    "region_code": ("aluekoodi", "alueen koodi", "alue koodi", "alue id", "alueen tunnus",
                    "region code", "region id", "kuntanumero", "kuntakoodi"),
    "year": ("vuosi", "year", "vuosi ajanjakso", "ajanjakso"),
    "gender": ("sukupuoli", "gender", "sex"),
    "value": ("arvo", "value", "luku"),
    "absolute": ("absoluuttinen arvo", "absoluuttinen luku", "absolute value", "absvalue",
                 "abs value", "lukumäärä", "lkm"),
}
_ROLE_OF = {word: role for role, words in _HEADERS.items() for word in words}
_REQUIRED_LABELS = {"indicator_id": "indikaattori", "region": "alue", "year": "vuosi", "value": "arvo"}

_GENDERS = {
    TOTAL: ("", "yhteensä", "yhteensa", "total", "kaikki", "both", "both sexes", "molemmat",
            "sukupuolet yhteensä", "totalt", "all"),
    MALE: ("miehet", "mies", "male", "males", "men", "pojat", "boys", "män"),
    FEMALE: ("naiset", "nainen", "female", "females", "women", "tytöt", "girls", "kvinnor"),
}
_GENDER_OF = {word: key for key, words in _GENDERS.items() for word in words}
_MISSING = {"", "..", ".", "...", "-", "–", "—", "x", "na", "n/a"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _norm_header(text: str) -> str:
    text = text.strip().strip('"').casefold()
    text = re.sub(r"\(.*?\)", " ", text)  # "Arvo (%)", "Alue (koodi)"
    text = re.sub(r"[_.:/\-]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise SotkanetError("Tiedoston merkistö on rikki; se ei ole Sotkanetin "
                                    "CSV-tiedosto.") from None
    if b"\x00" in data[:65536]:
        raise SotkanetError("Tiedosto ei ole tekstiä vaan binääritiedosto; se ei ole Sotkanetin "
                            "CSV-tiedosto.")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _header_roles(cells: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for index, cell in enumerate(cells):
        role = _ROLE_OF.get(_norm_header(cell))
        if role is not None and role not in roles:
            roles[role] = index
    # "Indikaattori" holds the id, or the name when an id column is there too.
    if "indicator" in roles:
        generic = roles.pop("indicator")
        if "indicator_id" not in roles:
            roles["indicator_id"] = generic
        elif "indicator_name" not in roles:
            roles["indicator_name"] = generic
    return roles


def _missing_roles(roles: dict[str, int]) -> list[str]:
    return [label for role, label in _REQUIRED_LABELS.items() if role not in roles]


def _find_header(text: str) -> tuple[str, int, dict[str, int]] | list[str]:
    """(delimiter, header record number, roles) or the best guess's missing column names."""
    best_missing: list[str] | None = None
    for delimiter in (";", "\t", ","):
        # The same reader as parse_csv's, so that record numbers agree (str.splitlines would also
        # split at characters such as \x85 that csv does not treat as line ends).
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            head = list(itertools.islice(reader, 40))
        except csv.Error:
            continue
        for number, cells in enumerate(head):
            if len(cells) < 2:
                continue
            roles = _header_roles(cells)
            missing = _missing_roles(roles)
            if not missing:
                return delimiter, number, roles
            if len(roles) >= 2 and (best_missing is None or len(missing) < len(best_missing)):
                best_missing = missing
    return best_missing or list(_REQUIRED_LABELS.values())


_ID_PATTERNS = (re.compile(r"^(?:sotkanet\s*[:#/ ]?\s*)?(?:id\s*)?(\d{1,7})$", re.I),
                re.compile(r"\((\d{1,7})\)\s*$"),  # "Työttömät, % työvoimasta (181)"
                re.compile(r"^(\d{1,7})\s*[ :\-–]\s*\D"))  # "181 Työttömät ..."


def sotkanet_id(text: str | None) -> str | None:
    """The Sotkanet indicator number in ``text`` ("1234", "sotkanet:1234", "Nimi (1234)"), or None."""
    text = (text or "").strip()
    for pattern in _ID_PATTERNS:
        m = pattern.search(text)
        if m:
            return str(int(m.group(1)))
    return None


def parse_number(text: str) -> float | None:
    """A Finnish or English number ("1 234,5", "1234.5", "−3"); None for a missing value.

    Raises ValueError for text that is neither.
    """
    text = text.strip().replace("\u2212", "-")
    if text.casefold() in _MISSING:
        return None
    text = re.sub(r"[\s\u00a0\u202f']", "", text)
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".")  # 1.234,5
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    if not re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?", text):
        raise ValueError(text)
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _short(cells: Iterable[str], width: int = 120) -> str:
    text = ";".join(cells)
    return text if len(text) <= width else text[:width - 1] + "…"


def read_csv_file(path: str | os.PathLike) -> bytes:
    """The bytes of a CSV file; never more than one byte over what :func:`parse_csv` accepts."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            return f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise SotkanetError(f"Tiedostoa {path.name} ei löydy.") from None
    except IsADirectoryError:
        raise SotkanetError(f"{path.name} on kansio, ei CSV-tiedosto.") from None
    except OSError as exc:
        raise SotkanetError(f"Tiedostoa {path.name} ei voi lukea: {exc.strerror}.") from None


def parse_csv(data: bytes, name: str = "") -> SotkanetCsv:
    """Read a Sotkanet CSV download; raise :class:`SotkanetError` for what is not one."""
    label = f"{name}: " if name else ""
    if not data.strip():
        raise SotkanetError(f"{label}Tiedosto on tyhjä.")
    if len(data) > MAX_BYTES:
        raise SotkanetError(f"{label}Tiedosto on liian suuri Sotkanetin CSV-tiedostoksi "
                            f"(yli {MAX_BYTES // (1024 * 1024)} Mt).")
    try:
        text, encoding = _decode(data)
    except SotkanetError as exc:
        raise SotkanetError(f"{label}{exc}") from None
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 200):
        raise SotkanetError(f"{label}Tiedosto ei ole tekstiä vaan binääritiedosto; se ei ole "
                            "Sotkanetin CSV-tiedosto.")
    found = _find_header(text)
    if isinstance(found, list):
        raise SotkanetError(f"{label}Tiedosto ei ole Sotkanetin CSV-tiedosto: otsikkoriviltä puuttuvat "
                            f"sarakkeet {', '.join(found)}.")
    delimiter, header_record, roles = found
    parsed = SotkanetCsv(name=name, encoding=encoding, delimiter=delimiter)
    needed = max(roles[r] for r in _REQUIRED_LABELS) + 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous_end = 0
    for number in itertools.count():
        line = previous_end + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:  # NUL characters, a field over csv's size limit
            raise SotkanetError(f"{label}Tiedostoa ei voi lukea CSV-tiedostona (rivi {line}); se ei "
                                "ole Sotkanetin CSV-tiedosto.") from None
        previous_end = reader.line_num
        if number < header_record:
            continue
        if number == header_record:
            parsed.header_line = line
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(parsed.rows) + len(parsed.errors) >= MAX_ROWS:
            raise SotkanetError(f"{label}Tiedostossa on yli {MAX_ROWS} riviä; jaa se pienempiin osiin.")
        row_or_problem = _row(cells, line, roles, needed)
        if isinstance(row_or_problem, RowProblem):
            parsed.errors.append(row_or_problem)
        else:
            parsed.rows.append(row_or_problem)
    return parsed


def _row(cells: list[str], line: int, roles: dict[str, int], needed: int) -> CsvRow | RowProblem:
    raw = _short(cells)
    if len(cells) < needed:
        return RowProblem(line, f"liian vähän sarakkeita ({len(cells)}, tarvitaan {needed})", raw)

    def cell(role: str) -> str | None:
        index = roles.get(role)
        if index is None or index >= len(cells):
            return None
        return cells[index].strip()

    indicator = sotkanet_id(cell("indicator_id"))
    if indicator is None:
        return RowProblem(line, f"indikaattorin tunnus {cell('indicator_id')!r} ei ole numero", raw)
    region = cell("region") or ""
    if not region:
        return RowProblem(line, "alue puuttuu", raw)
    year_text = cell("year") or ""
    if not re.fullmatch(r"\d{4}", year_text) or not 1900 <= int(year_text) <= 2100:
        return RowProblem(line, f"vuosi {year_text!r} ei ole vuosiluku", raw)
    raw_value = cell("value") or ""
    try:
        value = parse_number(raw_value)
    except ValueError:
        return RowProblem(line, f"arvo {raw_value!r} ei ole luku", raw)
    gender_text = cell("gender") or ""
    gender = _GENDER_OF.get(gender_text.casefold(), gender_text)
    return CsvRow(line=line, indicator=indicator, region=region, year=int(year_text), gender=gender,
                  value=value, raw_value=raw_value, indicator_name=cell("indicator_name") or None,
                  region_code=cell("region_code") or None)


# -- matching to the workbook ----------------------------------------------------------------------

@dataclass
class PlannedValue:
    """A value the import writes: to ``indicator`` (for ``party``, or the whole region) for ``year``."""

    indicator: Indicator
    party: Party | None
    year: int
    old: float | str | None
    new: float
    line: int
    region: str = ""

    @property
    def key(self) -> ValueWrite:
        return (self.indicator.id, self.party.id if self.party is not None else None, self.year,
                self.new)

    @property
    def target(self) -> str:
        """Who the value is for, as the preview shows it."""
        return self.party.name if self.party is not None else self.region


@dataclass(frozen=True)
class Skipped:
    """A row that matched nothing (or was left out), with the reason (Finnish)."""

    line: int
    reason: str
    row: CsvRow | None = None

    @property
    def text(self) -> str:
        if self.row is None:
            return ""
        r = self.row
        return f"{r.indicator}; {r.region}; {r.year}; {GENDER_LABELS.get(r.gender, r.gender)}; {r.raw_value}"


@dataclass
class ImportPlan:
    writes: list[PlannedValue] = field(default_factory=list)
    #: Rows whose value the workbook already has (nothing to write).
    unchanged: list[PlannedValue] = field(default_factory=list)
    unmatched: list[Skipped] = field(default_factory=list)
    errors: list[RowProblem] = field(default_factory=list)
    name: str = ""

    @property
    def empty(self) -> bool:
        return not self.writes


def _norm_region(text: str | None) -> str:
    text = (text or "").strip().casefold()
    text = re.sub(r"\(\s*\d+\s*\)", " ", text)  # "Jyväskylä (179)"
    text = re.sub(r"^\d+\s+", "", text.strip())  # "179 Jyväskylä"
    return re.sub(r"\s+", " ", text).strip()


def _number_of(value: IndicatorValue | None) -> float | str | None:
    if value is None:
        return None
    return value.value_number if value.value_number is not None else value.value_text


def _same(old: float | str | None, new: float) -> bool:
    return isinstance(old, (int, float)) and math.isclose(old, new, rel_tol=1e-12, abs_tol=1e-12)


def plan_import(session: Session, parsed: SotkanetCsv) -> ImportPlan:
    """What importing ``parsed`` would write, and why the other rows are left out. Changes nothing."""
    plan = ImportPlan(errors=list(parsed.errors), name=parsed.name)
    by_source: dict[str, list[Indicator]] = {}
    for indicator in session.scalars(select(Indicator).where(Indicator.source_id.is_not(None))
                                     .order_by(Indicator.position, Indicator.id)):
        number = sotkanet_id(indicator.source_id)
        if number is not None:
            by_source.setdefault(number, []).append(indicator)
    parties: dict[str, Party] = {}
    county_names: set[str] = set()
    for party in session.scalars(select(Party).order_by(Party.position, Party.id)):
        for text in (party.name, party.short_name):
            if text:
                parties.setdefault(_norm_region(text), party)
                if party.kind == "hyvinvointialue":
                    county_names.add(_norm_region(text))
    wb = session.scalar(select(Workbook))
    region_names = {_norm_region(wb.region)} | county_names if wb is not None else county_names
    region_names.discard("")
    wanted = [i.id for group in by_source.values() for i in group]
    existing = {(v.indicator_id, v.party_id, v.year): v for v in session.scalars(
        select(IndicatorValue).where(IndicatorValue.indicator_id.in_(wanted)))} if wanted else {}

    seen: dict[tuple[str, str | None, int], int] = {}
    for row in parsed.rows:
        if row.gender != TOTAL:
            plan.unmatched.append(Skipped(row.line, f"sukupuoli {GENDER_LABELS.get(row.gender, row.gender)}: "
                                                    "vain yhteensä-luvut tuodaan", row))
            continue
        indicators = by_source.get(row.indicator)
        if not indicators:
            plan.unmatched.append(Skipped(row.line, f"työkirjassa ei ole mittaria, jonka Sotkanet-"
                                                    f"tunnus on {row.indicator}", row))
            continue
        if row.value is None:
            plan.unmatched.append(Skipped(row.line, f"arvo puuttuu ({row.raw_value or 'tyhjä'})", row))
            continue
        region = _norm_region(row.region)
        for indicator in indicators:
            if indicator.kind not in NUMERIC_KINDS:
                plan.unmatched.append(Skipped(row.line, f"mittari {indicator.title!r} ei ole "
                                                        "lukumittari", row))
                continue
            if indicator.per_party:
                party = parties.get(region)
                if party is None:
                    plan.unmatched.append(Skipped(row.line, f"alue {row.region!r} ei vastaa "
                                                            "yhtään osapuolta", row))
                    continue
            else:
                party = None
                if region not in region_names:
                    plan.unmatched.append(Skipped(
                        row.line, f"alue {row.region!r} ei ole työkirjan alue "
                                  f"({wb.region if wb is not None else ''})", row))
                    continue
            key = (indicator.id, party.id if party is not None else None, row.year)
            if key in seen:
                plan.unmatched.append(Skipped(row.line, f"sama mittari, alue ja vuosi on jo "
                                                        f"rivillä {seen[key]}", row))
                continue
            seen[key] = row.line
            old = _number_of(existing.get(key))
            planned = PlannedValue(indicator, party, row.year, old, row.value, row.line, row.region)
            (plan.unchanged if _same(old, row.value) else plan.writes).append(planned)
    return plan


#: One value to write: (indicator id, party id or None, year, number).
ValueWrite = tuple[str, str | None, int, float]
#: What was stored before a write: (number, text, comment), or None when there was no value.
OldValue = tuple[float | None, str | None, str | None] | None


def _targets(session: Session, indicator_id: str, party_id: str | None) -> tuple[Indicator, Party | None]:
    indicator = session.get(Indicator, indicator_id)
    party = session.get(Party, party_id) if party_id is not None else None
    if indicator is None or (party_id is not None and party is None):
        raise DomainError("Mittari tai osapuoli on poistettu tuonnin jälkeen; arvoja ei tallennettu.")
    return indicator, party


def write_values(ops: Operations, writes: list[ValueWrite], name: str = "",
                 progress: Callable[[int, int], object] | None = None) -> list[OldValue]:
    """Write ``writes`` in one transaction (records named by id, so any session will do).

    A value's comment stays. Returns what each value was before (for undo).
    """
    source, ops.source = ops.source, f"Sotkanet: {name}" if name else "Sotkanet"
    before: list[OldValue] = []
    try:
        with ops.transaction():
            for done, (indicator_id, party_id, year, number) in enumerate(writes, start=1):
                indicator, party = _targets(ops.session, indicator_id, party_id)
                current = ops.indicator_value(indicator_id, year, party_id)
                before.append(None if current is None
                              else (current.value_number, current.value_text, current.comment))
                ops.set_indicator_value(indicator, year, number=number, party=party,
                                        comment=current.comment if current is not None else None)
                if progress is not None and done % 50 == 0:
                    progress(done, len(writes))
    finally:
        ops.source = source
    return before


def restore_values(ops: Operations, writes: list[ValueWrite], before: list[OldValue],
                   name: str = "") -> None:
    """Put back what :func:`write_values` replaced (undo), in one transaction."""
    source, ops.source = ops.source, f"Sotkanet: {name}" if name else "Sotkanet"
    try:
        with ops.transaction():
            for (indicator_id, party_id, year, _number), old in zip(writes, before):
                indicator, party = _targets(ops.session, indicator_id, party_id)
                number, text, comment = old if old is not None else (None, None, None)
                ops.set_indicator_value(indicator, year, number=number, text=text, party=party,
                                        comment=comment)
    finally:
        ops.source = source


def apply_plan(ops: Operations, plan: ImportPlan) -> int:
    """Write the planned values in one transaction; returns how many were written.

    A value's comment stays; history records the file's name as the source.
    """
    write_values(ops, [w.key for w in plan.writes], plan.name)
    return len(plan.writes)
