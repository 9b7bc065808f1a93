"""Every item model over the store passes Qt's model tester and sorts and filters as shown."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from yhteistyo_desktop.domain.models import Action, Forum, Indicator, LegalReference, Party, Person
from yhteistyo_desktop.ui.history import HistoryModel
from yhteistyo_desktop.ui.tables import RecordTable, RecordTableModel
from yhteistyo_desktop.ui.tree_model import RecordRole

COUNTS = {Action: 5, Indicator: 17, Party: 24, Person: 6, LegalReference: 21, Forum: 6}


@pytest.mark.parametrize("cls", list(COUNTS), ids=lambda c: c.__name__)
def test_table_models(qtmodeltester, demo_file, cls):
    with demo_file.session() as session:
        model = RecordTableModel(cls)
        model.set_session(session)
        qtmodeltester.check(model)
        assert model.rowCount() == COUNTS[cls]
        assert isinstance(model.index(0, 0).data(RecordRole), cls)


def test_history_model(qtmodeltester, demo_file):
    with demo_file.session() as session:
        model = HistoryModel()
        model.set_session(session)
        qtmodeltester.check(model)
        assert model.rowCount() > 100


def test_party_table_sorts_and_filters(qtbot, demo_file):
    with demo_file.session() as session:
        table = RecordTable(Party)
        qtbot.addWidget(table)
        table.set_session(session)
        assert table.model.rowCount() == 0  # not shown yet: read when first shown
        table.show()
        table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        names = [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]
        assert names[0] == "Äänekosken kaupunki"  # Finnish collation: Ä after Z
        assert names[-1] == "Hankasalmen kunta"
        table.filter.setText("JYVÄSKYLÄ")  # any column, any case: names and addresses
        found = [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]
        assert "Jyväskylän kaupunki" in found and "Keski-Suomen liitto" in found
        assert "Kinnulan kunta" not in found
