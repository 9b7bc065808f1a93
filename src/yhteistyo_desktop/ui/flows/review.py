"""What the Excel round trip and merging share: applying the accepted changes of a review."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..worker import run_job
from .host import Window


def apply_accepted(window: Window, apply, review, accepted: list[str]):
    """Make the accepted changes of a review (Excel copy or merge) off the GUI thread, in one
    transaction; the window then shows what is stored. The result, or None (told already)."""
    wbfile = window.doc.wbfile

    def job(progress):
        progress(0, 1)
        with wbfile.session() as session:
            return apply(review, accepted, wbfile.operations(session))

    result = run_job(window, QCoreApplication.translate("Review", "Tallennetaan hyväksyttyjä muutoksia…"),
                     job)
    if result is not None:
        window.reload_everything()
    return result


def skipped_lines(heading: str, result) -> str:
    """The changes the apply skipped, under ``heading`` (translated by the calling flow), as
    lines after the summary ('' when none)."""
    if not result.skipped:
        return ""
    return "\n\n" + heading + "\n" + "\n".join(f"• {why}" for _cid, why in result.skipped)
