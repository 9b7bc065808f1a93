"""What a goal is made of (issue 15.9): the goal editor lists its actions and indicators and a
click opens one; a new indicator starts with the workbook's most used kind."""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from sqlalchemy import select

from yhteistyo_desktop.domain.models import Goal, Indicator
from yhteistyo_desktop.ui.tables import RecordTable


def test_goal_editor_lists_its_actions_and_indicators_and_opens_them(window, demo_path, qtbot):
    window.open_path(demo_path)
    doc = window.doc
    goal = next(g for g in doc.session.scalars(select(Goal)) if g.action_links)
    if not goal.indicators:
        doc.ops.create(Indicator, goal_id=goal.id, title="Tavoitteen mittari", kind="luku")
    window.go_to(Goal, goal.id)
    parts = window.editor().parts
    texts = [parts.item(i).text() for i in range(parts.count())]
    assert texts == [f"Toimenpide: {link.action.title}" for link in goal.action_links] + \
        [f"Mittari: {ind.title}" for ind in goal.indicators]
    action = goal.action_links[0].action
    rect = parts.visualItemRect(parts.item(0))
    qtbot.mouseClick(parts.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current is not None and window.current[1] == action.id)
    window.go_to(Goal, goal.id)
    parts = window.editor().parts
    indicator = goal.indicators[0]
    last = parts.item(parts.count() - len(goal.indicators))
    qtbot.mouseClick(parts.viewport(), Qt.MouseButton.LeftButton,
                     pos=parts.visualItemRect(last).center())
    qtbot.waitUntil(lambda: isinstance(window.navigator.currentWidget(), RecordTable))
    assert window.navigator.currentWidget().current_id() == indicator.id


def test_a_new_indicator_starts_with_the_most_used_kind(window, demo_path):
    window.open_path(demo_path)
    doc = window.doc
    goal = doc.session.scalars(select(Goal)).first()
    counts = Counter(doc.session.scalars(select(Indicator.kind)))
    # Make numbers the workbook's usual kind: the next new indicator is a number too.
    for n in range(counts.most_common(1)[0][1] - counts["luku"] + 1):
        doc.ops.create(Indicator, goal_id=goal.id, title=f"Luku {n}", kind="luku")
    window.go_to(Goal, goal.id)
    window.new_indicator_action.trigger()
    assert doc.get(*window.current).kind == "luku"
