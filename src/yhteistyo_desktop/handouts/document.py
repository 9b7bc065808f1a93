"""The one document template all handouts use: A4 pages, decorations, outline, progress, safe writing.

* Header (workbook title, region and term) and footer ("Sivu X / Y", the
  handout's name, the print date) are drawn on every page; a "LUONNOS"
  watermark goes under the text while the workbook is a draft.
* The total page count is not known until the end. Instead of laying the
  document out twice (which would double the time of a 2,000-action
  workbook), every footer refers to a PDF form XObject that is only defined,
  with the final count, when the canvas is saved.
* Headings made by :func:`heading` with a level become PDF bookmarks.
* A handout is a list of *sections* (functions returning flowables). Each is
  counted once when it is built and once when it is laid out, so the GUI's
  progress dialog moves through both phases; the callback may raise
  :class:`Cancelled` to stop.
* The PDF is written through the store's ``atomic_output`` (the output-path
  rule, a temporary name, an atomic rename): a failed or cancelled build never
  leaves a broken file where the old one was, and never replaces a workbook.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether, PageTemplate, Paragraph,
)
from reportlab.platypus.doctemplate import LayoutError

from .. import __version__
from .errors import HandoutError
from ..store.workbook_file import atomic_output
from .fonts import BOLD, REGULAR
from .styles import (
    FRAME_HEIGHT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, PAGE_HEIGHT, PAGE_WIDTH, RULE, esc,
    styles,
)

Progress = Callable[[int, int], None]
Section = Callable[[], list[Flowable]]

_FOOTER_SIZE = 7.5
_PAGE_COUNT_FORM = "yhteistyoPageCount"


@dataclass(frozen=True)
class PageFrame:
    """What the page decorations say; the texts are plain (they are drawn, not parsed)."""

    header_left: str
    header_right: str
    footer_center: str
    footer_right: str
    page_label: str  # e.g. "Sivu {page} / {total}"; {total} must come last
    watermark: str | None


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    lang: str  # e.g. "fi-FI"


@dataclass(frozen=True)
class Plan:
    """One handout as a kind lays it out: its name (footer, PDF title) and its sections."""

    name: str
    sections: list[Section]


def heading(text: str, style: ParagraphStyle, level: int | None = None) -> Paragraph:
    """A heading of user text; with a ``level`` it also becomes a bookmark in the PDF outline."""
    result = Paragraph(esc(text), style)
    if level is not None:
        result.outline = (text, level)
    return result


class _ProgressMark(Flowable):
    """Takes no space; tells the document that one more section has been laid out."""

    def __init__(self, done: int):
        super().__init__()
        self.done = done

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        pass


class _HeadingWithStart(KeepTogether):
    """Keeps headings with the *start* of what follows them, not with all of it.

    reportlab's keepWithNext moves a heading and the whole next flowable to a new
    page when the flowable does not fit, leaving half-empty pages before every
    long table, and it lays the whole group out once more just to measure it. This
    measures only the headings: when they and a little of what follows fit, all of
    it goes here and the table or paragraph splits as usual; otherwise a new page.
    "A little" is what the follower can start a page with: a table (:class:`~.styles.Grid`)
    says (its header and two rows, or all of a short one); anything else, 3 lines.
    """

    #: What must fit under the headings when the follower does not say: 3 lines of text.
    MIN_FOLLOW = 44

    def wrap(self, available_width, available_height):
        return available_width, 0xFFFFFF  # always split, i.e. always ask split() below

    def split(self, available_width, available_height):
        content = self._content[:]
        heads = sum(f.wrap(available_width, available_height)[1] + f.getSpaceBefore()
                    + f.getSpaceAfter() for f in content[:-1])
        at_top = available_height >= FRAME_HEIGHT - 1
        if at_top:
            if heads > available_height:  # a heading longer than a page (thousands of words): split it
                return [*(content[0].split(available_width, available_height) or content[:1]), *content[1:]]
            return content
        follower = content[-1]
        start = getattr(follower, "start_height", None)
        follow = start(available_width, available_height) + follower.getSpaceBefore() \
            if start is not None else self.MIN_FOLLOW
        if heads + follow > available_height:
            return [FrameBreak(), *content]
        return content


class _PageCountCanvas(Canvas):
    """Defines the page-count form, which every footer already refers to, when saving."""

    def save(self):
        if len(self._code):
            self.showPage()
        self.beginForm(_PAGE_COUNT_FORM)
        self.setFont(REGULAR, _FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (a long title must not run into the margin)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class HandoutDocument(BaseDocTemplate):
    """A4 with running header, footer, optional watermark, outline and progress marks."""

    def __init__(self, filename, page: PageFrame, meta: Metadata, total: int,
                 progress: Progress | None):
        super().__init__(
            filename, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X,
            rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            title=meta.title, author=meta.author, subject=meta.subject,
            creator=f"Yhteistyö {__version__}", lang=meta.lang, initialFontName=REGULAR,
            keepTogetherClass=_HeadingWithStart)
        self.decor = page
        self._total = total
        self._progress = progress
        self._outline_keys = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def beforeDocument(self):
        self.canv.showOutline()

    def afterFlowable(self, flowable):
        outline = getattr(flowable, "outline", None)
        if outline is not None:
            self._outline_keys += 1
            key = f"h{self._outline_keys}"
            title, level = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        if isinstance(flowable, _ProgressMark) and self._progress is not None:
            self._progress(flowable.done, self._total)

    # -- page decorations ---------------------------------------------------------------------

    def _decorate(self, canvas: Canvas, doc) -> None:
        canvas.saveState()
        if self.decor.watermark:
            self._watermark(canvas)
        self._header(canvas)
        self._footer(canvas)
        canvas.restoreState()

    def _watermark(self, canvas: Canvas) -> None:
        """A large faint word across the middle of the page, under the text.

        Horizontal on purpose: text extraction (copying from the PDF, screen readers,
        pdftotext) keeps a horizontal word whole and apart from the body text, whereas
        a diagonal one comes out as single letters scattered between the paragraphs.
        """
        canvas.saveState()
        size = 110
        while size > 40 and stringWidth(self.decor.watermark, BOLD, size) > self.width:
            size -= 6
        canvas.setFont(BOLD, size)
        canvas.setFillColorRGB(0.5, 0.5, 0.5, alpha=0.16)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT / 2 - size / 3, self.decor.watermark)
        canvas.restoreState()

    def _header(self, canvas: Canvas) -> None:
        y = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
        right = self.decor.header_right
        right_width = stringWidth(right, REGULAR, _FOOTER_SIZE)
        left = _fit(self.decor.header_left, BOLD, _FOOTER_SIZE,
                    self.width - right_width - 8 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(BOLD, _FOOTER_SIZE)
        canvas.drawString(MARGIN_X, y, left)
        canvas.setFont(REGULAR, _FOOTER_SIZE)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 2.5 * mm, PAGE_WIDTH - MARGIN_X, y - 2.5 * mm)

    def _footer(self, canvas: Canvas) -> None:
        y = MARGIN_BOTTOM - 10 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 4 * mm, PAGE_WIDTH - MARGIN_X, y + 4 * mm)
        canvas.setFont(REGULAR, _FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        prefix = self.decor.page_label.split("{total}")[0].format(page=canvas.getPageNumber())
        canvas.drawString(MARGIN_X, y, prefix)
        canvas.saveState()
        canvas.translate(MARGIN_X + stringWidth(prefix, REGULAR, _FOOTER_SIZE), y)
        canvas.doForm(_PAGE_COUNT_FORM)
        canvas.restoreState()
        center = _fit(self.decor.footer_center, REGULAR, _FOOTER_SIZE, self.width * 0.55)
        canvas.drawCentredString(PAGE_WIDTH / 2, y, center)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, self.decor.footer_right)


def _assemble(sections: Sequence[Section], progress: Progress | None) -> list[Flowable]:
    """Build every section's flowables, with a progress mark after each."""
    count = len(sections)
    story: list[Flowable] = []
    for index, make in enumerate(sections, start=1):
        story.extend(make())
        story.append(_ProgressMark(count + index))
        if progress is not None:
            progress(index, 2 * count)
    return story


def write_pdf(out_path: str | os.PathLike, page: PageFrame, meta: Metadata,
              sections: Sequence[Section], progress: Progress | None = None,
              source: str | os.PathLike | None = None) -> Path:
    """Lay out ``sections`` into ``out_path`` through the store's one output step (path rule,
    temporary file, atomic rename); ``source``, the workbook read, is never overwritten."""
    styles()  # registers the fonts before anything measures text
    with atomic_output(out_path, source) as tmp, open(tmp, "wb") as stream:
        story = _assemble(sections, progress)
        doc = HandoutDocument(stream, page, meta, 2 * len(sections), progress)
        try:
            doc.build(story, canvasmaker=_PageCountCanvas)
        except LayoutError as exc:  # a case the layout above does not foresee: no traceback
            raise HandoutError("Monistetta ei voitu taittaa sivuille: jokin sen osa (esimerkiksi erittäin "
                               "pitkä teksti) ei mahdu sivulle.") from exc
    return Path(out_path)
