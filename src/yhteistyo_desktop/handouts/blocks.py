"""Building blocks shared by the handout kinds: goals, actions, responsibilities, indicators, status.

One :class:`Blocks` is bound to a handout's data and language, so that the
four kinds print a goal, an action or an indicator table the same way.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, Paragraph

from ..domain.models import Action, ActionStatus, Goal, Indicator
from .catalog import Texts
from .data import (
    WorkbookData, format_level, format_value, latest_status, latest_value,
    responsibilities_by_role, values_of,
)
from .document import heading
from .styles import NO_STATUS_FILL, STATUS_FILL, esc, labelled, para, styles, table

#: A column of :meth:`Blocks.action_table`: header, width (fraction), cell of (action, status).
Column = tuple[str, float, Callable[[Action, ActionStatus | None], object]]


class Blocks:
    """Flowables for one handout (its data, its language)."""

    def __init__(self, data: WorkbookData, texts: Texts):
        self.data = data
        self.t = texts
        self.s = styles()

    # -- titles -------------------------------------------------------------------------------

    def goal_title(self, goal: Goal) -> str:
        return f"{self.t.t('goal_n', n=self.data.goal_numbers.get(goal.id, '?'))} {goal.title}"

    def action_title(self, action: Action) -> str:
        return f"{self.t.t('action_n', n=self.data.action_numbers[action.id])}: {action.title}"

    def goal_heading(self, goal: Goal, level: int | None = None) -> Paragraph:
        return heading(self.goal_title(goal), self.s.h3, level)

    def action_heading(self, action: Action, level: int | None = None) -> Paragraph:
        return heading(self.action_title(action), self.s.h4, level)

    # -- text fields --------------------------------------------------------------------------

    def fields(self, pairs: list[tuple[str, str | None]], indent: bool = False) -> list[Flowable]:
        """"Label: text" paragraphs for the fields that have text."""
        style = self.s.body_indent if indent else self.s.body
        return [labelled(self.t.t(key), text, style) for key, text in pairs if text]

    def goal_details(self, goal: Goal) -> list[Flowable]:
        result: list[Flowable] = []
        if goal.description:
            result.append(para(goal.description, self.s.body))
        result += self.fields([("resources", goal.resources), ("notes", goal.notes)])
        refs = [link.legal_reference.title for link in goal.legal_links]
        if refs:
            result.append(labelled(self.t.t("legal"), "; ".join(sorted(refs)), self.s.meta))
        return result

    def action_details(self, action: Action, *,
                       highlight_party: str | None = None) -> list[Flowable]:
        """An action printed fully: description, schedule, resources, notes, goals, parties."""
        result: list[Flowable] = []
        if action.description:
            result.append(para(action.description, self.s.body_indent))
        result += self.fields([("schedule", action.schedule), ("resources", action.resources),
                               ("notes", action.notes)], indent=True)
        if action.goal_links:
            result.append(labelled(self.t.t("serves_goals"), self.data.goal_refs(action),
                                   self.s.body_indent))
        if action.responsibilities:
            result.append(self.responsibilities(action, highlight_party))
        return result

    def responsibilities(self, action: Action, highlight_party: str | None = None) -> Paragraph:
        """"Vastuutahot: koollekutsuja: A (named persons); osallistuja: B, C" in one paragraph.

        A paragraph, not a table: an action with 24 participating municipalities reads better
        as a list, and it lays out much faster. ``highlight_party`` is set in bold.
        """
        groups = []
        for role, resps in responsibilities_by_role(action):
            names = [self._party_with_persons(r, r.party_id == highlight_party) for r in resps]
            groups.append(f"{esc(self.t.label('RESPONSIBILITY_ROLES', role))}: {', '.join(names)}")
        return Paragraph(f"<b>{esc(self.t.t('responsible'))}:</b> {'; '.join(groups)}",
                         self.s.body_indent)

    @staticmethod
    def _party_with_persons(resp, bold: bool) -> str:
        text = esc(resp.party.name)
        persons = [link.person.name for link in resp.person_links]
        if persons:
            text += f" ({esc(', '.join(persons))})"
        return f"<b>{text}</b>" if bold else text

    # -- status -------------------------------------------------------------------------------

    def status_word(self, status: ActionStatus | None) -> str:
        if status is None:
            return self.t.t("no_status")
        return self.t.label("ACTION_STATUSES", status.status)

    def status_markup(self, status: ActionStatus | None, with_year: bool = True) -> str:
        """The status as a tinted word, e.g. "käynnissä (2026)": colour and word both carry it."""
        fill = STATUS_FILL.get(status.status) if status is not None else None
        word = f"<b>{esc(self.status_word(status))}</b>"
        if fill is not None:
            word = f'<span backColor="{fill.hexval().replace("0x", "#")}">\u00a0{word}\u00a0</span>'
        if status is not None and with_year:
            word += f" ({status.year})"
        return word

    def status_line(self, action: Action, upto: int | None) -> list[Flowable]:
        """"Tila: käynnissä (2026)" with the status comment, under an action."""
        status = latest_status(action, upto)
        text = f"<b>{esc(self.t.t('status'))}:</b> {self.status_markup(status)}"
        if status is not None and status.comment:
            text += f" – {esc(status.comment)}"
        return [Paragraph(text, self.s.body_indent)]

    def status_cell(self, status: ActionStatus | None, with_year: bool = False) -> Paragraph:
        """The status word for a table cell; :meth:`status_fill` tints the cell."""
        text = f"<b>{esc(self.status_word(status))}</b>"
        if status is not None and with_year:
            text += f" ({status.year})"
        return Paragraph(text, self.s.cell)

    @staticmethod
    def status_fill(column: int, row: int, status: ActionStatus | None) -> tuple:
        fill = STATUS_FILL.get(status.status, NO_STATUS_FILL) if status else NO_STATUS_FILL
        return ("BACKGROUND", (column, row), (column, row), fill)

    def action_table(self, actions: list[Action], status_of: Callable[[Action], ActionStatus | None],
                     *, before_status: Sequence[Column] = (), after_status: Sequence[Column] = (),
                     status_header: str | None = None, year_in_status: bool = False):
        """Nro | Toimenpide | [before_status] | Tila | [after_status], one row per action.

        The one action table of all handouts (follow-up status, a meeting's actions, a
        party's duties); the status cell is tinted by its status. A :data:`Column` is
        (header, width as a fraction, cell of (action, status)); the title takes the rest.
        """
        columns = [*before_status, (status_header or self.t.t("status"), 0.17, None),
                   *after_status]
        widths = [0.07, 1 - 0.07 - sum(c[1] for c in columns), *(c[1] for c in columns)]
        status_column = 2 + len(before_status)
        rows, extra = [], []
        for row, action in enumerate(actions, start=1):
            status = status_of(action)
            cells = [cell(action, status) if cell else self.status_cell(status, year_in_status)
                     for _header, _width, cell in columns]
            rows.append([str(self.data.action_numbers[action.id]), action.title, *cells])
            extra.append(self.status_fill(status_column, row, status))
        header = [self.t.t("number"), self.t.t("action"), *(c[0] for c in columns)]
        return table(header, rows, widths, extra=extra)

    def comment_column(self) -> Column:
        return (self.t.t("comment"), 0.35, lambda _action, status: status.comment if status else "")

    def leads_column(self) -> Column:
        return (self.t.t("responsible"), 0.36, lambda action, _status: self.lead_summary(action))

    def lead_summary(self, action: Action) -> str:
        """Who does what, briefly: "koollekutsuja: Hyvinvointialue; osallistuja: 22 osapuolta".

        For summary tables: a role shared by more than three parties is given as a count,
        so that 24 municipalities do not stretch one row over half a page.
        """
        parts = []
        for role, resps in responsibilities_by_role(action):
            label = self.t.label("RESPONSIBILITY_ROLES", role)
            if len(resps) > 3:
                parts.append(f"{label}: {self.t.t('n_parties', n=len(resps))}")
            else:
                names = ", ".join(r.party.short_name or r.party.name for r in resps)
                parts.append(f"{label}: {names}")
        return "; ".join(parts) or self.t.t("dash")

    # -- indicators ---------------------------------------------------------------------------

    def definition_table(self, indicators: list[Indicator], indent: float = 0):
        """Mittari | Laji | Lähtötaso | Tavoitetaso | Lähde: what the agreement commits to."""
        rows = [[ind.title,
                 self._kind(ind),
                 format_level(ind.baseline_value, ind.baseline_year, ind, self.t),
                 format_level(ind.target_value, ind.target_year, ind, self.t),
                 ind.source_id or self.t.t("dash")]
                for ind in indicators]
        header = [self.t.t("indicator"), self.t.t("kind"), self.t.t("baseline"),
                  self.t.t("target"), self.t.t("source")]
        return table(header, rows, [0.40, 0.14, 0.16, 0.16, 0.14], indent=indent)

    def latest_table(self, indicators: list[Indicator], upto: int | None = None,
                     indent: float = 0, party_id: str | None = None):
        """Mittari | Lähtötaso | Viimeisin arvo | Tavoitetaso, for meetings and parties.

        With ``party_id`` a per-party indicator shows that party's own latest value.
        """
        rows = []
        for ind in indicators:
            owner = party_id if ind.per_party and party_id and values_of(ind, party_id) else None
            value = latest_value(ind, upto, owner)
            latest = format_value(value, ind, self.t)
            if value is not None:
                latest += f" ({value.year})"
            rows.append([ind.title,
                         format_level(ind.baseline_value, ind.baseline_year, ind, self.t),
                         para(latest, self.s.cell_bold if value is not None else self.s.cell),
                         format_level(ind.target_value, ind.target_year, ind, self.t)])
        header = [self.t.t("indicator"), self.t.t("baseline"), self.t.t("latest"),
                  self.t.t("target")]
        return table(header, rows, [0.40, 0.17, 0.26, 0.17], indent=indent)

    def _kind(self, indicator: Indicator) -> str:
        kind = self.t.label("INDICATOR_KINDS", indicator.kind)
        return f"{kind}, {indicator.unit}" if indicator.unit else kind

