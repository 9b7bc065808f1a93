"""The window's menus and toolbar, and the texts of its actions (in the main window's
translation context): the frame's furniture, kept apart from the window's behaviour."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def action_texts(w) -> dict[QAction, str]:
    """Each of the main window ``w``'s actions with its text in the user's language."""
    return {
        w.new_action: QCoreApplication.translate("MainWindow", "&Uusi Kuntaliiton pohjasta…"),
        w.open_action: QCoreApplication.translate("MainWindow", "&Avaa…"),
        w.save_as_action: QCoreApplication.translate("MainWindow", "Tallenna &nimellä…"),
        w.quit_action: QCoreApplication.translate("MainWindow", "&Lopeta"),
        w.undo_action: QCoreApplication.translate("MainWindow", "&Kumoa"),
        w.redo_action: QCoreApplication.translate("MainWindow", "Tee uu&delleen"),
        w.new_area_action: QCoreApplication.translate("MainWindow", "Uusi &osa-alue"),
        w.new_goal_action: QCoreApplication.translate("MainWindow", "Uusi &tavoite"),
        w.new_action_action: QCoreApplication.translate("MainWindow", "Uusi toi&menpide"),
        w.new_indicator_action: QCoreApplication.translate("MainWindow", "Uusi mittar&i"),
        w.new_party_action: QCoreApplication.translate("MainWindow", "Uusi o&sapuoli"),
        w.new_person_action: QCoreApplication.translate("MainWindow", "Uusi &henkilö"),
        w.new_law_action: QCoreApplication.translate("MainWindow", "Uusi &lakiperusta"),
        w.new_forum_action: QCoreApplication.translate("MainWindow", "Uusi &foorumi"),
        w.new_meeting_action: QCoreApplication.translate("MainWindow", "Uusi koko&us"),
        w.print_action: QCoreApplication.translate("MainWindow", "&Tulosta tai tee PDF…"),
        w.export_xlsx_action: QCoreApplication.translate("MainWindow", "Vie &Excel…"),
        w.review_xlsx_action: QCoreApplication.translate("MainWindow", "Tuo &palautettu Excel…"),
        w.import_xlsx_action: QCoreApplication.translate("MainWindow", "Tuo Excel uu&deksi työkirjaksi…"),
        w.merge_action: QCoreApplication.translate("MainWindow", "&Yhdistä toisen jäsenen tiedosto…"),
        w.sotkanet_action: QCoreApplication.translate("MainWindow", "Tuo S&otkanet-tiedot…"),
        w.copy_term_action: QCoreApplication.translate("MainWindow", "&Kopioi uudelle valtuustokaudelle…"),
        w.delete_action: QCoreApplication.translate("MainWindow", "&Poista"),
        w.unlink_action: QCoreApplication.translate("MainWindow", "I&rrota toimenpide tästä tavoitteesta"),
        w.up_action: QCoreApplication.translate("MainWindow", "Siirrä &ylös"),
        w.down_action: QCoreApplication.translate("MainWindow", "Siirrä &alas"),
        w.search_action: QCoreApplication.translate("MainWindow", "&Etsi…"),
        w.history_action: QCoreApplication.translate("MainWindow", "&Muutoshistoria"),
        w.preferences_action: QCoreApplication.translate("MainWindow", "A&setukset…"),
    }


def _add(container, item) -> None:
    if item is None:
        container.addSeparator()
    elif isinstance(item, QMenu):
        container.addMenu(item)
    else:
        container.addAction(item)


def fill_menus(w) -> None:
    """The menu bar (Tiedosto, Muokkaa, Näytä) and the toolbar of the main window ``w``."""
    bar = w.menuBar()
    w.file_menu = bar.addMenu("")
    for item in (w.new_action, w.open_action, w.recent_menu, None, w.save_as_action,
                 None, *w.server.actions,
                 None, w.export_xlsx_action, w.review_xlsx_action, w.import_xlsx_action,
                 None, w.merge_action, None, w.sotkanet_action, w.copy_term_action,
                 None, *w.versions.actions,
                 None, w.print_action, None, w.preferences_action, None,
                 w.quit_action):
        _add(w.file_menu, item)
    w.edit_menu = bar.addMenu("")
    for item in (w.undo_action, w.redo_action, None, w.new_area_action,
                 w.new_goal_action, w.new_action_action, w.new_indicator_action,
                 w.new_party_action, w.new_person_action, w.new_law_action,
                 w.new_forum_action, w.new_meeting_action, None, w.up_action, w.down_action,
                 w.unlink_action, w.delete_action, None, w.search_action):
        _add(w.edit_menu, item)
    w.view_menu = bar.addMenu("")
    w.view_menu.addAction(w.history_action)

    for item in (w.undo_action, w.redo_action, None, w.new_area_action,
                 w.new_goal_action, w.new_action_action, w.new_indicator_action,
                 w.new_party_action, w.new_person_action, None, w.up_action,
                 w.down_action, w.delete_action, None, w.search_action,
                 w.history_action, None, w.export_xlsx_action, w.print_action):
        _add(w.toolbar, item)
