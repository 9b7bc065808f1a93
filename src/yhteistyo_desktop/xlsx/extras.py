"""What a returned copy holds besides cell values: chart sheets, drawings, comments, tables, filters.

The reader takes the cell values of the sheets it knows and nothing else. A
member may have added a chart sheet, a chart or a picture, a text box with a
remark in it, a comment on a cell, a table or a filter, or hidden rows; none of
that is a reason to refuse the copy, but what carries a member's words must not
disappear unseen. This module lists such parts, so that the reader can name
each of them once in the review's notes.

It reads the package directly (openpyxl's read-only mode, which the reader
uses for speed, skips all of these parts), after :mod:`.safety` has checked it:
the small parts (workbook, relationships, drawings, comments, tables) are
parsed with defusedxml; a worksheet, which can be large, is only searched for
its hidden rows and columns and its filter. Layout that carries no content
(frozen panes, print settings, conditional formats, data validation) is not
listed: the export sets some of it itself.
"""
from __future__ import annotations

import logging
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import fromstring
from openpyxl.utils import get_column_letter

log = logging.getLogger(__name__)

#: Longest quotation of a comment or a text box in a note.
QUOTE = 120
_HIDDEN = re.compile(rb'hidden="(?:1|true)"')
_ATTR = re.compile(rb'\b(r|min|max)="(\d+)"')
_FILTER = re.compile(rb'autoFilter\b[^>]*?\bref="([^"]+)"')
_RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass
class Drawn:
    """One object on a sheet's drawing layer."""

    kind: str  # chart, picture, text box, shape, group, smartart, connector, object
    anchor: str | None  # the cell of its top left corner
    text: str | None = None  # a chart's title, the text of a text box or shape


@dataclass
class SheetExtras:
    name: str
    #: worksheet, chartsheet or another kind of sheet (dialog sheet)
    kind: str
    hidden: bool = False
    drawn: list[Drawn] = field(default_factory=list)
    #: (cell, author, text)
    comments: list[tuple[str, str | None, str]] = field(default_factory=list)
    #: (name, range)
    tables: list[tuple[str, str]] = field(default_factory=list)
    pivots: int = 0
    #: Some of its drawings, comments or tables could not be read (damaged parts).
    damaged: bool = False
    background: bool = False
    filter: str | None = None
    hidden_rows: list[int] = field(default_factory=list)
    hidden_columns: list[int] = field(default_factory=list)


def package_extras(path: str | Path) -> dict[str, SheetExtras]:
    """Every sheet of the package by name, in the workbook's order, with what it holds besides cells."""
    with zipfile.ZipFile(path) as archive:
        return _Package(archive).sheets()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if _local(child.tag) == name]


def _find(element: Element, *path: str) -> Element | None:
    """The first element down ``path`` (local names, any namespace), or None."""
    for name in path:
        found = _children(element, name) if element is not None else []
        element = found[0] if found else None
    return element


def _texts(element: Element | None) -> str | None:
    """The text under ``element``, a paragraph a line: DrawingML's ``a:p`` of ``a:t`` runs, or a
    comment's ``text`` of ``r``/``t`` runs (one paragraph)."""
    if element is None:
        return None
    paragraphs = []
    for node in element.iter():
        if _local(node.tag) in ("p", "text"):
            line = "".join(t.text or "" for t in node.iter() if _local(t.tag) == "t")
            if line.strip():
                paragraphs.append(line.strip())
    return " / ".join(paragraphs) or None


def quote(text: str) -> str:
    """A member's text in a note: on one line, in quotes, cut at :data:`QUOTE` characters."""
    text = " ".join(text.split())
    return f"\"{text[:QUOTE]}…\"" if len(text) > QUOTE else f"\"{text}\""


class _Package:
    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        self.names = set(archive.namelist())

    def _xml(self, part: str) -> Element | None:
        if part not in self.names:
            return None
        return fromstring(self.archive.read(part))

    def _rels(self, part: str) -> list[tuple[str, str, str]]:
        """(id, type's last word, target part) of a part's relationships."""
        folder, name = posixpath.split(part)
        root = self._xml(posixpath.join(folder, "_rels", name + ".rels"))
        rels = []
        for rel in root if root is not None else ():
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External":
                continue
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join(folder, target))
            rels.append((rel.get("Id"), (rel.get("Type") or "").rsplit("/", 1)[-1], target))
        return rels

    def sheets(self) -> dict[str, SheetExtras]:
        workbook = self._xml("xl/workbook.xml")
        targets = {rid: (kind, target) for rid, kind, target in self._rels("xl/workbook.xml")}
        found: dict[str, SheetExtras] = {}
        sheets = _find(workbook, "sheets")
        for sheet in sheets if sheets is not None else ():
            rid = sheet.get(f"{{{_RELS_NS}}}id")
            kind, part = targets.get(rid, ("", ""))
            name = sheet.get("name") or ""
            extras = SheetExtras(name, kind, hidden=sheet.get("state") in ("hidden", "veryHidden"))
            found[name] = extras
            if kind in ("worksheet", "chartsheet") and part in self.names:
                self._sheet_parts(extras, part)
        return found

    def _sheet_parts(self, extras: SheetExtras, part: str) -> None:
        threads: dict[str, str] = {}
        for _rid, kind, target in self._rels(part):
            if target not in self.names:
                continue
            try:
                self._sheet_part(extras, kind, target, threads)
            except Exception:  # a damaged drawing, comment or table part: no cell of it is read
                log.warning("Listing %s of sheet %s failed", target, extras.name, exc_info=True)
                extras.damaged = True
        if threads:  # Excel's legacy copy of a thread is a notice about threads, not the words
            extras.comments = [(cell, None, threads.pop(cell)) if cell in threads else (cell, author, text)
                               for cell, author, text in extras.comments]
            extras.comments.extend((cell, None, text) for cell, text in threads.items())
        if extras.kind == "worksheet":
            self._layout(extras, self.archive.read(part))

    def _sheet_part(self, extras: SheetExtras, kind: str, target: str, threads: dict[str, str]) -> None:
        if kind == "drawing":
            extras.drawn.extend(self._drawing(target))
        elif kind == "comments":
            extras.comments.extend(self._comments(target))
        elif kind == "threadedComment":
            threads.update(self._threaded(target))
        elif kind == "table":
            table = self._xml(target)
            extras.tables.append((table.get("displayName") or table.get("name") or "",
                                  table.get("ref") or ""))
        elif kind == "pivotTable":
            extras.pivots += 1
        elif kind == "image":
            extras.background = True

    def _layout(self, extras: SheetExtras, data: bytes) -> None:
        """Hidden rows and columns and a filter, found without parsing a possibly large sheet.

        The patterns start with a literal, which the regular expression engine finds fast; the
        element each hit is in is then looked at (a row, a column or the filter).
        """
        for m in _FILTER.finditer(data):
            if data[m.start() - 1:m.start()] in (b"<", b":"):
                extras.filter = m.group(1).decode("ascii", "replace")
                break
        for m in _HIDDEN.finditer(data):
            start = data.rfind(b"<", 0, m.start())
            tag = data[start + 1:data.find(b">", m.end())]
            name = tag.split(None, 1)[0].rsplit(b":", 1)[-1] if tag.strip() else b""
            attrs = dict(_ATTR.findall(tag))
            if name == b"row" and b"r" in attrs:
                extras.hidden_rows.append(int(attrs[b"r"]))
            elif name == b"col" and b"min" in attrs:
                first = int(attrs[b"min"])
                last = min(int(attrs.get(b"max", first)), first + 16384)
                extras.hidden_columns.extend(range(first, last + 1))

    # -- drawings -------------------------------------------------------------------------------

    def _drawing(self, part: str) -> list[Drawn]:
        root = self._xml(part)
        rels = {rid: target for rid, _kind, target in self._rels(part)}
        drawn: list[Drawn] = []
        for anchor in self._anchors(root):
            start = _find(anchor, "from")
            cell = None
            if start is not None:
                col, row = _find(start, "col"), _find(start, "row")
                if col is not None and row is not None and (col.text or "").isdigit() \
                        and (row.text or "").isdigit():
                    cell = f"{get_column_letter(int(col.text) + 1)}{int(row.text) + 1}"
            for thing in anchor:
                item = self._drawn(thing, cell, rels)
                if item is not None:
                    drawn.append(item)
        return drawn

    def _anchors(self, element: Element):
        """Anchors, also inside markup-compatibility blocks (their fallback repeats the choice)."""
        for child in element:
            name = _local(child.tag)
            if name in ("twoCellAnchor", "oneCellAnchor", "absoluteAnchor"):
                yield child
            elif name == "AlternateContent":
                choice = _children(child, "Choice") or _children(child, "Fallback")
                if choice:
                    yield from self._anchors(choice[0])

    def _drawn(self, thing: Element, cell: str | None, rels: dict[str, str]) -> Drawn | None:
        name = _local(thing.tag)
        if name == "AlternateContent":
            choice = _children(thing, "Choice") or _children(thing, "Fallback")
            return self._drawn(choice[0][0], cell, rels) if choice and len(choice[0]) else None
        if name == "pic":
            return Drawn("picture", cell)
        if name == "sp":
            text = _texts(_find(thing, "txBody"))
            box = _find(thing, "nvSpPr", "cNvSpPr")
            kind = "text box" if box is not None and box.get("txBox") in ("1", "true") else "shape"
            return Drawn(kind, cell, text)
        if name == "cxnSp":
            return Drawn("connector", cell)
        if name == "grpSp":
            texts = [d.text for d in (self._drawn(t, cell, rels) for t in thing) if d and d.text]
            return Drawn("group", cell, " / ".join(texts) or None)
        if name == "graphicFrame":
            data = _find(thing, "graphic", "graphicData")
            uri = (data.get("uri") or "") if data is not None else ""
            if uri.endswith("/chart") or uri.endswith("/chartex"):
                ref = next(iter(data), None) if data is not None else None
                rid = ref.get(f"{{{_RELS_NS}}}id") if ref is not None else None
                return Drawn("chart", cell, self._chart_title(rels.get(rid)))
            if uri.endswith("/diagram"):
                return Drawn("smartart", cell)
            return Drawn("object", cell)
        if name in ("contentPart",):
            return Drawn("object", cell)
        return None  # clientData and the anchor's from/to/ext/pos

    def _chart_title(self, part: str | None) -> str | None:
        root = self._xml(part) if part else None
        if root is None:
            return None
        return _texts(_find(root, "chart", "title"))

    # -- comments -------------------------------------------------------------------------------

    def _comments(self, part: str) -> list[tuple[str, str | None, str]]:
        root = self._xml(part)
        authors_element, comments = _find(root, "authors"), _find(root, "commentList")
        authors = [a.text for a in authors_element] if authors_element is not None else []
        found = []
        for comment in comments if comments is not None else ():
            index = comment.get("authorId")
            author = authors[int(index)] if index and index.isdigit() and int(index) < len(authors) \
                else None
            text = _texts(_find(comment, "text")) or ""
            found.append((comment.get("ref") or "", author, text))
        return found

    def _threaded(self, part: str) -> dict[str, str]:
        """Excel 365's threaded comments: cell -> the first comment and its replies."""
        threads: dict[str, list[str]] = {}
        for comment in self._xml(part):
            text = _find(comment, "text")
            if _local(comment.tag) == "threadedComment" and text is not None and (text.text or "").strip():
                threads.setdefault(comment.get("ref") or "", []).append(text.text.strip())
        return {cell: " / ".join(texts) for cell, texts in threads.items()}
