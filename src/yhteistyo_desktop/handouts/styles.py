"""Paragraph styles, colours, escaping and the one table look shared by every handout.

Styles are built once per process (:func:`styles`): creating ParagraphStyle
objects per paragraph is measurable on a 2,000-action workbook. Every piece of
user text passes :func:`esc` before it reaches a Paragraph, because Paragraph
text is markup: a goal titled ``<b>R&D</b>`` must print as typed, not bold.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from .fonts import BOLD, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
#: How far an action's block sits in from its goal's.
INDENT = 6 * mm

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#e4e8ee")
ACCENT = colors.HexColor("#1f4e79")

#: Status colours: light tints so that the word on them stays legible in black-and-white print.
STATUS_FILL = {
    "ei_aloitettu": colors.HexColor("#e3e3e3"),
    "kaynnissa": colors.HexColor("#cfe2f7"),
    "toteutunut": colors.HexColor("#cdeccb"),
    "viivastynyt": colors.HexColor("#fde2a7"),
    "keskeytetty": colors.HexColor("#f6c4c4"),
}
NO_STATUS_FILL = colors.white


def esc(text: object) -> str:
    """User text as Paragraph markup that prints literally; line breaks are kept."""
    if text is None:
        return ""
    return escape(str(text)).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    h4: ParagraphStyle
    body: ParagraphStyle
    body_indent: ParagraphStyle
    meta: ParagraphStyle
    meta_indent: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_center: ParagraphStyle


def _style(name: str, size: float, *, bold: bool = False, leading: float | None = None,
           before: float = 0, after: float = 0, color=INK, keep: bool = False,
           indent: float = 0, align: int = 0) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=BOLD if bold else REGULAR, fontSize=size, leading=leading or size * 1.3,
        spaceBefore=before, spaceAfter=after, textColor=color, keepWithNext=keep,
        leftIndent=indent, alignment=align)


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The styles of all handouts, made once (the fonts are registered first)."""
    register_fonts()
    return Styles(
        title=_style("title", 20, bold=True, leading=25, after=6, color=ACCENT),
        subtitle=_style("subtitle", 12, leading=16, after=4, color=MUTED),
        h1=_style("h1", 15, bold=True, leading=19, before=8, after=5, color=ACCENT, keep=True),
        h2=_style("h2", 12, bold=True, leading=15, before=8, after=4, keep=True),
        h3=_style("h3", 10.5, bold=True, leading=13.5, before=7, after=3, keep=True),
        h4=_style("h4", 9.5, bold=True, leading=12.5, before=6, after=2, keep=True,
                  indent=INDENT),
        body=_style("body", 9.5, leading=12.5, after=3),
        body_indent=_style("body_indent", 9.5, leading=12.5, after=3, indent=INDENT),
        meta=_style("meta", 8.5, leading=11, after=2, color=MUTED),
        meta_indent=_style("meta_indent", 8.5, leading=11, after=2, color=MUTED, indent=INDENT),
        cell=_style("cell", 8.5, leading=10.5),
        cell_bold=_style("cell_bold", 8.5, bold=True, leading=10.5),
        cell_head=_style("cell_head", 8, bold=True, leading=10),
        cell_center=_style("cell_center", 8.5, leading=10.5, align=TA_CENTER),
    )


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text (escaped)."""
    return Paragraph(esc(text), style)


def labelled(label: str, text: object, style: ParagraphStyle) -> Paragraph:
    """"Label: value" with the label in bold; both are escaped."""
    return Paragraph(f"<b>{esc(label)}:</b> {esc(text)}", style)


CELL_SIZE = 8.5

_BASE_TABLE = (
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
    ("LEADING", (0, 0), (-1, -1), 10.5),
    ("FONTNAME", (0, 0), (-1, 0), BOLD),
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("GRID", (0, 0), (-1, -1), 0.4, RULE),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
)


@lru_cache(maxsize=1)
def base_table_style() -> TableStyle:
    return TableStyle(_BASE_TABLE)


#: Left plus right padding of a table cell (see _BASE_TABLE).
_CELL_PADDING = 8


def _cell(value: object, width: float, style: ParagraphStyle) -> object:
    """A cell as cheap as it can be: a plain string when it fits on one line, else a Paragraph.

    A plain string is drawn as is (no markup, so nothing to escape) and costs a fraction
    of a Paragraph, which is parsed, wrapped twice by the table and drawn word by word;
    on a workbook with 4,000 indicators that is most of the table time.
    """
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    if "\n" not in value and (stringWidth(value, REGULAR, CELL_SIZE) <= width - _CELL_PADDING):
        return value
    return Paragraph(esc(value), style)


class Grid(Table):
    """A table that never leaves fewer than :attr:`MIN_ROWS` of its rows either side of a page break.

    reportlab splits a table after as many rows as fit, so one row could end a page under its
    header, or a page (the last one too) could hold the header and one row. Here a split must
    leave at least two rows (besides the repeated header) on both pages: it comes earlier, or
    the whole table moves on. A table whose header and first two rows (or, when too short to
    split so, all of it) do not fit even an empty page breaks as reportlab would: moving it on
    would only leave its heading alone. The parts of a split are Grids too.
    """

    MIN_ROWS = 2

    def _start(self, availWidth, availHeight) -> tuple[float, bool]:
        """(the least of the table that can start a page, whether the guard holds), per width."""
        cached = getattr(self, "_start_at", None)
        if cached is None or cached[0] != availWidth:
            self.wrap(availWidth, availHeight)
            rows = len(self._rowHeights) - self.repeatRows
            keep = self.MIN_ROWS if rows >= 2 * self.MIN_ROWS else rows
            height = sum(self._rowHeights[:self.repeatRows + keep])
            guarded = height <= FRAME_HEIGHT
            if not guarded:
                height = sum(self._rowHeights[:self.repeatRows + 1])
            # A row taller than a page under the header (a text of thousands of words) can only
            # be printed split inside itself; other rows stay whole.
            header = sum(self._rowHeights[:self.repeatRows])
            self.splitInRow = int(max(self._rowHeights[self.repeatRows:], default=0) > FRAME_HEIGHT - header)
            if self.splitInRow:
                height = min(height, header + FRAME_HEIGHT / 4)  # its heading and a start of the row
            self._start_at = cached = (availWidth, height, guarded)
        return cached[1], cached[2]

    def start_height(self, availWidth, availHeight) -> float:
        """How much room a heading above the table must leave under it on its page."""
        return self._start(availWidth, availHeight)[0]

    def split(self, availWidth, availHeight):
        guarded = self._start(availWidth, availHeight)[1]
        self._rowSplitRange = (self.repeatRows + self.MIN_ROWS, -self.MIN_ROWS) if guarded else None
        return super().split(availWidth, availHeight)


def table(header: list[str], rows: list[list], widths: list[float], *,
          extra: list[tuple] | None = None, indent: float = 0) -> Table:
    """A grid with a bold header row that repeats when the table continues on the next page
    (never leaving a lone row either side of the break: :class:`Grid`).

    ``widths`` are fractions of the available width (frame less ``indent``). Cells are
    user text (str, printed literally and wrapped when long), flowables (styled
    Paragraphs, charts) or None.
    """
    s = styles()
    available = FRAME_WIDTH - indent
    col_widths = [w * available for w in widths]
    data = [[Paragraph(esc(h), s.cell_head) for h in header]]
    data += [[_cell(value, width, s.cell) for value, width in zip(row, col_widths)]
             for row in rows]
    result = Grid(data, colWidths=col_widths, repeatRows=1,
                   hAlign="RIGHT" if indent else "LEFT", style=base_table_style())
    if extra:
        result.setStyle(TableStyle(extra))
    return result
