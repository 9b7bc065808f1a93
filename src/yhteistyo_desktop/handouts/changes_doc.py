"""The change report as a handout: what changed between two moments, in the working group's words.

The changes themselves come from :mod:`..domain.changes`; this module names them
(record kinds, fields, referenced items, vocabulary words in Finnish or Swedish)
and lays them out: a summary count, then by area and goal, each item with what
it was and what it is. In a changed text the words taken out are struck through
and the words put in are underlined in bold (difflib on words). Every piece of
user text goes through :func:`~.styles.esc` before it is put into a Paragraph.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from functools import lru_cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph

from ..domain import vocab
from ..domain.changes import (
    ADDED, EDITED, MOVED, REMOVED, ChangeReport, FieldChange, ItemChange, Move,
)
from ..domain.operations import VOCAB_FIELDS
from ..domain.versions import local_time
from .catalog import Texts
from .document import Plan, heading
from .styles import INDENT, esc, styles

#: Vocabulary name (as catalog.Texts.label takes it) of each (table, field) with one.
_VOCABULARY = {(cls.__tablename__, name): next(n for n in dir(vocab) if getattr(vocab, n) is words)
               for (cls, name), words in VOCAB_FIELDS.items()}
#: The table a reference field points at.
_REFERS = {"area_id": "area", "goal_id": "goal", "action_id": "action", "party_id": "party",
           "person_id": "person", "indicator_id": "indicator", "forum_id": "forum",
           "meeting_id": "meeting", "presenter_id": "person", "responsibility_id": "responsibility",
           "legal_reference_id": "legal_reference", "agenda_item_id": "agenda_item",
           "version_id": "version"}
#: Link records and their two ends.
_LINKS = {"goal_action": ("goal_id", "action_id"),
          "goal_legal_reference": ("goal_id", "legal_reference_id"),
          "responsibility_person": ("responsibility_id", "person_id"),
          "meeting_participant": ("meeting_id", "person_id")}
_YEARS = {"year", "baseline_year", "target_year", "term_start", "term_end"}
_WORD = re.compile(r"\s+|[^\s]+")
_TAKEN_OUT = '<strike><font color="#a40000">{}</font></strike>'
_PUT_IN = '<u><b><font color="#0b5a16">{}</font></b></u>'


def word_diff(old: str, new: str) -> tuple[str, str]:
    """``old`` and ``new`` as Paragraph markup, the words that differ marked (escaped)."""
    a, b = _WORD.findall(old), _WORD.findall(new)
    out_old, out_new = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        left, right = esc("".join(a[i1:i2])), esc("".join(b[j1:j2]))
        if op == "equal":
            out_old.append(left)
            out_new.append(right)
            continue
        for text, out, mark in ((left, out_old, _TAKEN_OUT), (right, out_new, _PUT_IN)):
            words = text.strip()
            if words:  # the spaces around the words unmarked: an underlined space reads as a typo
                start = text.index(words)
                out.append(text[:start] + mark.format(words) + text[start + len(words):])
    return "".join(out_old), "".join(out_new)


class ChangesHandout:
    def __init__(self, report: ChangeReport, t: Texts):
        self.r = report
        self.t = t
        self.s = styles()

    # -- naming ---------------------------------------------------------------------------------

    def name(self, table: str, row: dict[str, Any] | None) -> str:
        """How a record is called: its title or name, or what it links."""
        if row is None:
            return self.t.t("chg.unknown")
        if table == "workbook":
            return row.get("title") or row.get("region") or ""
        if table == "legal_reference":
            return " ".join(filter(None, (row.get("law"), row.get("section"))))
        for key in ("title", "name"):
            if row.get(key):
                return str(row[key])
        def ref(field: str) -> str:
            return self.name(_REFERS[field], self.r.rows.get((_REFERS[field], row.get(field))))

        if table == "goal_action":
            return f"{ref('action_id')} → {ref('goal_id')}"
        if table in ("indicator_value", "action_status"):
            owner = ref("indicator_id" if table == "indicator_value" else "action_id")
            party = f", {ref('party_id')}" if row.get("party_id") else ""
            return f"{owner}, {row.get('year')}{party}"
        if table == "responsibility":
            role = self.t.label("RESPONSIBILITY_ROLES", row.get("role"))
            return f"{ref('party_id')} ({role}), {ref('action_id')}"
        if table == "responsibility_person":
            return f"{ref('person_id')}, {ref('responsibility_id')}"
        if table in ("membership", "meeting_participant"):
            return ref("person_id")
        if table == "goal_legal_reference":
            return f"{ref('legal_reference_id')} → {ref('goal_id')}"
        return self.t.t(f"e.{table}")

    def value(self, table: str, name: str, value: Any) -> str:
        """A stored value as people read it (a reference by its name, a vocabulary key by its word)."""
        if value is None or value == "":
            return self.t.t("chg.empty")
        if (table, name) in _VOCABULARY:
            return self.t.label(_VOCABULARY[(table, name)], value)
        if name in _REFERS:
            return self.name(_REFERS[name], self.r.rows.get((_REFERS[name], value)))
        if isinstance(value, bool):
            return self.t.t("yes" if value else "no")
        if isinstance(value, (int, float)) and name not in _YEARS:
            return self.t.number(value)
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return self.t.date(dt.date.fromisoformat(value))
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?", value):
            return self.t.datetime(dt.datetime.fromisoformat(value))
        return str(value)

    def who(self, who: str | None, at: Any) -> str:
        if who is None:
            return ""
        if not isinstance(at, dt.datetime):
            return who
        when = local_time(at)
        return self.t.t("chg.by", who=who, date=self.t.date(when.date()),
                        time=f"{when.hour}.{when.minute:02d}")

    # -- layout ---------------------------------------------------------------------------------

    def title(self) -> str:
        until = self.t.t("chg.now") if self.r.until == "nyt" else self.r.until
        return self.t.t("chg.between", since=self.r.since, until=until)

    def flowables(self, level: int = 0, title: str | None = None) -> list[Flowable]:
        """The whole report; ``level`` is the outline level of its top headings, ``title`` its
        heading when it is a section of another handout (the moments then follow it)."""
        s, t = self.s, self.t
        if title is None:
            out: list[Flowable] = [heading(self.title(), s.title, level)]
        else:
            out = [PageBreak(), heading(title, s.title, level),
                   Paragraph(esc(self.title()), s.subtitle)]
        if self.r.empty:
            until = t.t("chg.now") if self.r.until == "nyt" else self.r.until
            out.append(Paragraph(esc(t.t("chg.none", since=self.r.since, until=until)), s.body))
            return out
        summary = t.t("chg.summary", edited=self.r.count(EDITED), added=self.r.count(ADDED),
                      removed=self.r.count(REMOVED))
        if self.r.count(MOVED):
            summary += t.t("chg.summary_moved", moved=self.r.count(MOVED))
        out.append(Paragraph(esc(summary), s.subtitle))
        area_shown = object()
        for group in self.r.groups:
            if group.other or group.area is None and group.goal is None:
                out.append(heading(t.t("chg.other" if group.other else "chg.workbook"), s.h1,
                                   level + 1))
            else:
                if group.area is not area_shown:
                    area_name = self.name("area", group.area) if group.area else t.t("chg.no_area")
                    out.append(heading(area_name, s.h1, level + 1))
                    area_shown = group.area
                if group.goal is not None:
                    out.append(heading(f"{t.t('goal')}: {self.name('goal', group.goal)}", s.h2,
                                       level + 2))
            under = {("area", (group.area or {}).get("id")), ("goal", (group.goal or {}).get("id"))}
            for item in group.items:
                out += self.item(item, named=(item.table, item.entity_id) not in under)
        return out

    def item(self, item: ItemChange, named: bool = True) -> list[Flowable]:
        """One changed item; not ``named`` when the heading above it is its name already."""
        s, t = self.s, self.t
        what = f"{t.t('chg.' + item.kind)} {t.t('e.' + item.table)}"
        name = f"<b>{esc(what)}:</b> {esc(self.name(item.table, item.row))}" if named \
            else f"<b>{esc(what)}</b>"
        out = [Paragraph(name, s.h4)]
        one_hand = len({(f.who, f.at) for f in item.fields}) <= 1
        if item.move is not None:
            out.append(Paragraph(esc(self.moved(item.table, item.move)), s.body_indent))
        for change in item.fields:
            out += self.field(item.table, change, show_who=not one_hand)
        if item.along:
            label = t.t("chg.added_along" if item.kind == ADDED else "chg.removed_along")
            names = "; ".join(self.along(a, item) for a in item.along)
            out.append(Paragraph(f"<b>{esc(label)}:</b> {esc(names)}", s.body_indent))
        stamp = self.who(item.who, item.at) if one_hand else ""
        if stamp:
            out.append(Paragraph(esc(stamp), s.meta_indent))
        return out

    def along(self, item: ItemChange, parent: ItemChange) -> str:
        """An item that went with ``parent``; a link by what it links the parent to."""
        for field in ("action_id", "goal_id", "legal_reference_id", "person_id"):
            table = _REFERS[field]
            if item.table in _LINKS and item.row.get(field) and table != parent.table \
                    and any(item.row.get(f) == parent.entity_id for f in _LINKS[item.table]):
                return f"{self.t.t('e.' + table)} {self.name(table, self.r.rows.get((table, item.row[field])))}"
        return f"{self.t.t('e.' + item.table)} {self.name(item.table, item.row)}"

    def moved(self, table: str, move: Move) -> str:
        """Where an item was moved: "Siirretty: tavoitteesta 1.2 tavoitteeseen 1.3", or its new
        place among the same siblings ("Järjestys muuttui: 3. → 1.", a goal by its number)."""
        t = self.t
        if not move.to_other_parent:
            def place(text: str) -> str:
                return text if table == "goal" else t.t("chg.place").format(text)

            return t.t("chg.reordered", old=place(move.old_place), new=place(move.new_place))

        def end(side: str, parent, number: str | None) -> str:
            if parent is None:
                return t.t(f"chg.{side}.goal").format(t.t("chg.unknown"))
            label = number or self.name(parent[0], self.r.rows.get(parent))
            return t.t(f"chg.{side}.{parent[0]}").format(label)

        return t.t("chg.moved_to", source=end("from", move.old_parent, move.parent_numbers[0]),
                   target=end("to", move.new_parent, move.parent_numbers[1]))

    def field(self, table: str, change: FieldChange, show_who: bool) -> list[Flowable]:
        """One field's change; who made it when the item's fields were changed by different
        people (otherwise that is said once under the item)."""
        s, t = self.s, self.t
        label = t.t(f"f.{change.field}").capitalize()
        old, new = self.value(table, change.field, change.old), self.value(table, change.field, change.new)
        texty = isinstance(change.old, str) and isinstance(change.new, str) \
            and change.field not in _REFERS and (table, change.field) not in _VOCABULARY
        per_field = ""
        if show_who and change.who is not None:
            per_field = f" <font size=7.5 color='#555555'>({esc(self.who(change.who, change.at))})</font>"
        if texty and (len(old) + len(new) > 60):
            marked_old, marked_new = word_diff(old, new)
            return [Paragraph(f"<b>{esc(label)}</b>{per_field}", s.body_indent),
                    Paragraph(f"{esc(t.t('chg.was'))}: {marked_old}", _indented(s.body_indent)),
                    Paragraph(f"{esc(t.t('chg.is'))}: {marked_new}", _indented(s.body_indent))]
        if texty:
            old, new = word_diff(old, new)
        else:
            old, new = esc(old), esc(new)
        return [Paragraph(f"<b>{esc(label)}:</b> {old} → {new}{per_field}", s.body_indent)]


@lru_cache(maxsize=None)
def _indented(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` one step further in (the was/is lines under a field's name)."""
    return ParagraphStyle(f"{style.name}_2", parent=style, leftIndent=style.leftIndent + INDENT)


def plan(report: ChangeReport, t: Texts) -> Plan:
    handout = ChangesHandout(report, t)
    return Plan(handout.title(), [handout.flowables])


def since_previous_meeting(session, meeting, t: Texts):
    """The meeting handout's section "Muutokset edellisen kokouksen jälkeen": the changes from
    the previous meeting (any forum) to this one's start, or to now when this one is still
    ahead. The previous meeting's version is where they start when it is tied to one, else its
    start time. None when there is no earlier meeting."""
    from sqlalchemy import select

    from ..domain.changes import changes_between
    from ..domain.models import Meeting
    from ..domain.versions import NOW, Moment, utc_time

    previous = session.scalar(select(Meeting).where(Meeting.starts_at < meeting.starts_at)
                              .order_by(Meeting.starts_at.desc()).limit(1))
    if previous is None:
        return None
    if previous.version is not None:  # the version current at it, when the meeting names one
        since = Moment(previous.version.name, history_id=previous.version.history_id)
    else:
        since = Moment(t.date(previous.starts_at.date()), before=utc_time(previous.starts_at))
    ends = utc_time(meeting.starts_at)
    until = Moment(t.date(meeting.starts_at.date()), before=ends) \
        if ends < dt.datetime.now(dt.UTC).replace(tzinfo=None) else NOW
    handout = ChangesHandout(changes_between(session, since, until), t)
    return lambda: handout.flowables(level=0, title=t.t("chg.section"))
