"""Every dialog of the app, made for a main window with the demo workbook open (shared by the
accessibility and screen-size tests)."""
from __future__ import annotations

from pathlib import Path

from xlsx_helpers import edit_copy, note_every_goal

from yhteistyo_desktop.domain.sotkanet import ImportPlan
from yhteistyo_desktop.ui.dialogs import NewWorkbookDialog, PreferencesDialog, SearchDialog
from yhteistyo_desktop.ui.editors import ResponsibilityDialog
from yhteistyo_desktop.ui.flows.server import ServerDialog
from yhteistyo_desktop.ui.handout_dialog import HandoutDialog
from yhteistyo_desktop.ui.help import AboutDialog, HelpDialog
from yhteistyo_desktop.ui.review_dialog import ReviewDialog
from yhteistyo_desktop.ui.sotkanet_dialog import SotkanetPreviewDialog
from yhteistyo_desktop.ui.term_dialog import TermDialog
from yhteistyo_desktop.ui.versions_dialog import MarkVersionDialog, VersionsDialog


def _review(window, folder: Path):
    exported = folder / "lähetetty.xlsx"
    window.excel.export_xlsx(exported)
    returned = edit_copy(exported, note_every_goal)
    return ReviewDialog(window.excel.compare_xlsx(returned), window)


DIALOGS = {
    "uusi": lambda window, _tmp: NewWorkbookDialog(window),
    "asetukset": lambda window, _tmp: PreferencesDialog(window.settings, window),
    "haku": lambda window, _tmp: SearchDialog(window),
    "vastuutaho": lambda window, _tmp: ResponsibilityDialog(window.doc, window),
    "moniste": lambda window, _tmp: HandoutDialog(window.doc, window),
    "palvelin": lambda window, _tmp: ServerDialog("Yhdistä palvelimeen", "", window),
    "valtuustokausi": lambda window, _tmp: TermDialog(2029, window),
    "versio": lambda window, _tmp: MarkVersionDialog(window),
    "versiot": lambda window, _tmp: VersionsDialog(window),
    "sotkanet": lambda window, _tmp: SotkanetPreviewDialog(ImportPlan(name="arvot.csv"), window),
    "ohje": lambda window, _tmp: HelpDialog("fi", window),
    "tietoja": lambda window, _tmp: AboutDialog(window),
    "tarkistus": _review,
}
