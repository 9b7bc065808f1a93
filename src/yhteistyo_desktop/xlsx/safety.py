"""Checks on an .xlsx package made before openpyxl parses any of it.

A returned copy arrives by e-mail from many hands, so it is treated as hostile
until shown otherwise. Everything here looks only at the zip directory and at
the first bytes of the XML parts, so it is cheap, and it refuses:

* what is not a zip at all (empty, truncated, an old .xls, an encrypted file:
  Excel wraps a password-protected workbook in an OLE compound file);
* member names that point out of the package (``../``, ``/etc/…``) or that
  appear twice;
* packages whose *declared* sizes or counts are over the limits below (the zip
  module never inflates a member past its declared size, so the declaration
  is what bounds the memory openpyxl can be made to use);
* macros (vbaProject.bin, macro sheets, macro-enabled content types),
  external links and data connections;
* XML with a DOCTYPE (entity expansion, external entities). openpyxl also
  parses through defusedxml when it is installed; this check does not depend
  on that and gives a clear message instead of a parser error.

Formulas are found while the cells are read (see :mod:`.reader`), where the
sheet and cell can be named.
"""
from __future__ import annotations

import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils import column_index_from_string

from .errors import XlsxError

log = logging.getLogger(__name__)
#: What to do with a file in another format (Excel's own name for the .xlsx format).
SAVE_AS_XLSX = "Tallenna tiedosto Excel-työkirjana (.xlsx)."

@dataclass(frozen=True)
class Limits:
    """What a strategic goals workbook can reasonably need, with a wide margin."""

    total_unpacked: int = 50 * 1024 * 1024
    members: int = 2000
    sheets: int = 200
    rows: int = 100_000
    cells: int = 2_000_000


LIMITS = Limits()

_OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_PROLOG_BYTES = 65536
#: The XML prolog: declaration, comments, processing instructions, whitespace.
_PROLOG = re.compile(r"\A\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*)*", re.S)
_DIMENSION = re.compile(r"<(?:\w+:)?dimension\s+ref=\"([A-Z]+)?(\d+)?(?::([A-Z]+)(\d+))?\"")
_MACRO_PARTS = re.compile(r"(^|/)vbaProject\.bin$|^xl/macrosheets/|^xl/activeX/", re.I)
_EXTERNAL_PARTS = re.compile(r"^xl/externalLinks/|^xl/connections\.xml$", re.I)


def check_package(path: str | Path, limits: Limits = LIMITS) -> None:
    """Raise :class:`XlsxError` when ``path`` is not a safe, plain .xlsx package."""
    path = Path(path)
    name = path.name
    head = _read_head(path)
    if not head:
        raise XlsxError(f"{name} on tyhjä tiedosto, ei Excel-työkirja.")
    if head.startswith(_OLE_SIGNATURE):
        raise XlsxError(_ole_message(path))
    if not head.startswith(b"PK"):
        raise XlsxError(f"{name} ei ole Excel-työkirja (.xlsx): tiedosto ei ole zip-paketti. "
                        + SAVE_AS_XLSX)
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(archive, name, limits)
    except zipfile.BadZipFile:
        raise XlsxError(f"{name} on vaurioitunut tai katkennut: zip-pakettia ei voi lukea.") from None
    except (OSError, EOFError, ValueError, RuntimeError, NotImplementedError):
        # e.g. a compression method or zip feature Python does not support: the cause is for the log
        log.warning("Checking %s failed", path, exc_info=True)
        raise XlsxError(f"{name} on vaurioitunut tai katkennut: zip-pakettia ei voi lukea.") from None


def _read_head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(8)
    except FileNotFoundError:
        raise XlsxError(f"Tiedostoa {path} ei löydy.") from None
    except IsADirectoryError:
        raise XlsxError(f"{path} on kansio, ei Excel-työkirja.") from None
    except OSError as exc:
        raise XlsxError(f"Tiedostoa {path.name} ei voi lukea: {exc.strerror}.") from None


def _ole_message(path: Path) -> str:
    with open(path, "rb") as f:
        content = f.read(1024 * 1024)
    if _ENCRYPTION_STREAM in content:
        return (f"{path.name} on salasanalla suojattu (salattu) Excel-työkirja. Poista suojaus "
                "Excelissä ja tallenna tiedosto uudelleen .xlsx-muodossa.")
    return (f"{path.name} on vanhaa Excel 97–2003 -muotoa (.xls) tai muu kuin .xlsx-tiedosto. "
            + SAVE_AS_XLSX)


def _check_archive(archive: zipfile.ZipFile, name: str, limits: Limits) -> None:
    infos = archive.infolist()
    names = {info.filename for info in infos}
    _check_member_names(infos, name)
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise XlsxError(_other_package(archive, names, name))
    if len(infos) > limits.members:
        raise XlsxError(f"{name} sisältää liian monta osaa ({len(infos)}, enintään {limits.members}).")
    total = sum(info.file_size for info in infos)
    if total > limits.total_unpacked:
        raise XlsxError(f"{name} on purettuna liian suuri ({total // (1024 * 1024)} Mt, enintään "
                        f"{limits.total_unpacked // (1024 * 1024)} Mt).")
    for info in infos:
        if info.flag_bits & 0x1:
            raise XlsxError(f"{name} on salattu; sitä ei voi lukea.")
        if _MACRO_PARTS.search(info.filename):
            raise XlsxError(f"{name} sisältää makroja ({info.filename}). Makroja sisältäviä "
                            "työkirjoja (.xlsm) ei tuoda. " + SAVE_AS_XLSX)
        if _EXTERNAL_PARTS.search(info.filename):
            raise XlsxError(f"{name} sisältää linkkejä muihin tiedostoihin tai tietolähteisiin "
                            f"({info.filename}). Poista ulkoiset linkit ja tallenna uudelleen.")
    content_types = archive.read("[Content_Types].xml")
    if b"macroEnabled" in content_types or b"vbaProject" in content_types:
        raise XlsxError(f"{name} on makroja sisältävä työkirja (.xlsm); sitä ei tuoda. " + SAVE_AS_XLSX)
    sheets = [i for i in infos if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")]
    if len(sheets) > limits.sheets:
        raise XlsxError(f"{name} sisältää liian monta välilehteä ({len(sheets)}, enintään "
                        f"{limits.sheets}).")
    cells = 0
    for info in infos:
        if info.filename.endswith((".xml", ".rels", ".vml")):
            prolog = _prolog(archive, info, name)
            if info in sheets:
                cells += _declared_cells(prolog, info.filename, name, limits)
    if cells > limits.cells:
        raise XlsxError(f"{name} sisältää liian monta solua ({cells}, enintään {limits.cells}).")


def _other_package(archive: zipfile.ZipFile, names: set[str], name: str) -> str:
    """The message for a zip that is not an .xlsx: an OpenDocument or binary workbook says so."""
    if "xl/workbook.bin" in names:
        return f"{name} on Excelin binäärityökirja (.xlsb). " + SAVE_AS_XLSX
    if "mimetype" in names and b"opendocument" in _first_bytes(archive, "mimetype"):
        return f"{name} on OpenDocument-tiedosto (esim. LibreOfficen .ods). " + SAVE_AS_XLSX
    return f"{name} on zip-paketti, mutta ei Excel-työkirja (.xlsx)."


def _first_bytes(archive: zipfile.ZipFile, member: str, size: int = 100) -> bytes:
    with archive.open(member) as f:
        return f.read(size)


def _check_member_names(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse names that point out of the package, and names given twice.

    Nothing is ever unpacked to disk, but such a package is not what any
    spreadsheet program writes; and with a name given twice, Excel and this
    reader could each read a different one of the two.
    """
    seen: set[str] = set()
    for info in infos:
        member = info.filename
        parts = member.replace("\\", "/").split("/")
        if member.startswith(("/", "\\")) or ".." in parts or ":" in parts[0] or "\x00" in member:
            raise XlsxError(f"{name} sisältää osan, jolla on epäkelpo osan nimi ({member}); "
                            "tiedostoa ei lueta turvallisuussyistä.")
        if member.lower() in seen:
            raise XlsxError(f"{name} on vaurioitunut: osa {member} on paketissa kahdesti.")
        seen.add(member.lower())


def _prolog(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    """The first bytes of an XML part, refused when its prolog declares a DOCTYPE."""
    with archive.open(info) as member:
        head = member.read(_PROLOG_BYTES)
    text = _decode(head)
    rest = text[_PROLOG.match(text).end():]
    if rest.lstrip().upper().startswith("<!DOCTYPE") or "<!ENTITY" in rest[:200].upper():
        raise XlsxError(f"{name} sisältää XML-entiteettimäärittelyjä ({info.filename}); "
                        "sellaista tiedostoa ei lueta turvallisuussyistä.")
    if rest.startswith(("<!--", "<?")):  # a comment or instruction longer than the bytes read
        raise XlsxError(f"{name}: osan {info.filename} alussa on poikkeuksellisen pitkä kommentti; "
                        "tiedostoa ei lueta turvallisuussyistä.")
    if not rest.startswith("<") and len(head) == _PROLOG_BYTES:
        raise XlsxError(f"{name}: osan {info.filename} alku ei ole tavallista XML:ää.")
    return head


def _decode(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    return head.decode("utf-8", errors="replace").lstrip("\ufeff")


def _declared_cells(head: bytes, part: str, name: str, limits: Limits) -> int:
    """Rows times columns that a worksheet's <dimension> declares (0 when it has none)."""
    m = _DIMENSION.search(_decode(head))
    if not m or not m.group(2):
        return 0
    first_row = int(m.group(2))
    last_col, last_row = (m.group(3), int(m.group(4))) if m.group(4) else (m.group(1), first_row)
    first_col = column_index_from_string(m.group(1)) if m.group(1) else 1
    rows = last_row - first_row + 1
    if last_row > limits.rows:
        raise XlsxError(f"{name}: välilehdellä ({part}) on liian monta riviä ({last_row}, "
                        f"enintään {limits.rows}).")
    return rows * max(1, column_index_from_string(last_col) - first_col + 1)
