"""One party's responsibilities: its persons, the actions it has a role in, their indicators.

Made for a municipal board asking "what have we committed to": first the
persons the party has designated, then a one-row-per-action overview, then
each action in full with the party's own roles and persons in bold and, for
indicators followed per party, the party's own latest value.
"""
from __future__ import annotations

from functools import partial

from reportlab.platypus import Flowable, Paragraph

from ..domain.models import Action, Party, Person
from .blocks import Blocks
from .data import address, latest_status
from .document import Plan, heading
from .styles import INDENT, esc, labelled, para, table


class PartyHandout:
    def __init__(self, blocks: Blocks, party: Party):
        self.b = blocks
        self.data = blocks.data
        self.t = blocks.t
        self.s = blocks.s
        self.party = party
        self.actions = [a for a in self.data.actions
                        if any(r.party_id == party.id for r in a.responsibilities)]

    def plan(self) -> Plan:
        sections = [self.cover, self.persons, self.overview]
        sections += [partial(self.action, a) for a in self.actions]
        return Plan(self.t.t("kind.party", party=self.party.short_name or self.party.name),
                    sections)

    def cover(self) -> list[Flowable]:
        p = self.party
        result: list[Flowable] = [para(self.t.t("party_title"), self.s.subtitle),
                                  heading(p.name, self.s.title, 0),
                                  labelled(self.t.t("kind"), self.t.label("PARTY_KINDS", p.kind),
                                           self.s.body)]
        if p.business_id:
            result.append(labelled(self.t.t("business_id"), p.business_id, self.s.body))
        if address(p):
            result.append(labelled(self.t.t("address"), address(p), self.s.body))
        return result

    # -- persons ------------------------------------------------------------------------------

    def _designations(self) -> dict[str, list[int]]:
        """Person id -> numbers of the actions for which this party designated them."""
        found: dict[str, list[int]] = {}
        for action in self.actions:
            for resp in action.responsibilities:
                if resp.party_id == self.party.id:
                    for link in resp.person_links:
                        numbers = found.setdefault(link.person_id, [])
                        if self.data.action_numbers[action.id] not in numbers:
                            numbers.append(self.data.action_numbers[action.id])
        return found

    def persons(self) -> list[Flowable]:
        designations = self._designations()
        people = [p for p in self.data.persons if p.party_id == self.party.id]
        people += [p for p in self.data.persons
                   if p.id in designations and p.party_id != self.party.id]
        result: list[Flowable] = [heading(self.t.t("designated"), self.s.h1, 0)]
        if not people:
            return result + [para(self.t.t("no_persons"), self.s.meta)]
        roles = {m.person_id: self.t.label("MEMBERSHIP_ROLES", m.role) for m in self.data.memberships}
        rows = [self._person_row(p, roles.get(p.id), designations.get(p.id, [])) for p in people]
        header = [self.t.t("name"), self.t.t("job_title"), self.t.t("contact"),
                  self.t.t("designated_for")]
        return result + [table(header, rows, [0.26, 0.26, 0.26, 0.22])]

    def _person_row(self, person: Person, group_role: str | None, numbers: list[int]) -> list:
        job = person.title or ""
        if group_role:
            job = "\n".join(filter(None, (job, f"{self.t.t('working_group')}: {group_role}")))
        contact = "\n".join(filter(None, (person.email, person.phone)))
        actions = ", ".join(self.t.t("action_n", n=n) for n in numbers)
        return [person.name, job, contact,
                actions or self.t.t("dash")]

    # -- actions ------------------------------------------------------------------------------

    def _roles(self, action: Action) -> str:
        return ", ".join(self.t.label("RESPONSIBILITY_ROLES", r.role)
                         for r in action.responsibilities if r.party_id == self.party.id)

    def overview(self) -> list[Flowable]:
        result: list[Flowable] = [heading(self.t.t("responsibilities"), self.s.h1, 0)]
        if not self.actions:
            return result + [para(self.t.t("no_responsibilities"), self.s.meta)]
        columns = [(self.t.t("roles"), 0.2, lambda action, _status: self._roles(action)),
                   (self.t.t("goals"), 0.18, lambda action, _status: self.data.goal_refs(action))]
        return result + [self.b.action_table(self.actions, latest_status, before_status=columns,
                                             year_in_status=True)]

    def action(self, action: Action) -> list[Flowable]:
        result: list[Flowable] = [heading(self.b.action_title(action), self.s.h2, 1),
                                  Paragraph(f"<b>{esc(self.t.t('roles'))}:</b> "
                                            f"<b>{esc(self._roles(action))}</b>", self.s.body_indent),
                                  *self.b.action_details(action, highlight_party=self.party.id),
                                  *self.b.status_line(action, None)]
        if action.indicators:
            result.append(self.b.latest_table(action.indicators, indent=INDENT,
                                              party_id=self.party.id))
        return result


def plan(blocks: Blocks, party: Party) -> Plan:
    return PartyHandout(blocks, party).plan()
