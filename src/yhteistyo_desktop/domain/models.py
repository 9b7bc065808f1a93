"""The workbook's records as SQLAlchemy ORM classes (no Qt here).

Every record has a stable UUID (text) that survives export, import and copying
between files; ordered records carry an explicit ``position`` among their
siblings (see ``sibling_scope``). Link tables (goal-action, responsibility-person,
goal-legal reference, meeting participant) have composite keys.

Vocabularies are plain strings checked by :mod:`yhteistyo_desktop.domain.vocab`
so that the file stays readable by any SQLite tool.
"""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _id() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=new_id)


def _fk(target: str, ondelete: str = "CASCADE", nullable: bool = False) -> Mapped:
    return mapped_column(String(36), ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


class Workbook(Base):
    """The one row describing the workbook held by the file."""

    __tablename__ = "workbook"
    id: Mapped[str] = _id()
    title: Mapped[str] = mapped_column(Text, default="Strategisten tavoitteiden työkirja")
    region: Mapped[str] = mapped_column(Text, default="")
    term_start: Mapped[int] = mapped_column(Integer)
    term_end: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="luonnos")
    version: Mapped[str] = mapped_column(Text, default="1.0")
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    @property
    def term(self) -> str:
        return f"{self.term_start}-{self.term_end}"


class Area(Base):
    """Osa-alue (Keski-Suomi: tavoitekokonaisuus)."""

    __tablename__ = "area"
    id: Mapped[str] = _id()
    group: Mapped[str] = mapped_column("group_key", String(20))
    title: Mapped[str] = mapped_column(Text)
    sheet_name: Mapped[str | None] = mapped_column(String(31))
    description: Mapped[str | None] = mapped_column(Text)
    selected: Mapped[bool] = mapped_column(Boolean, default=True)
    responsible_persons: Mapped[str | None] = mapped_column(Text)
    preparers: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    goals: Mapped[list[Goal]] = relationship(back_populates="area", order_by="Goal.position",
                                             passive_deletes=True)


class Goal(Base):
    """Tavoite: in one area, in one of the two layers."""

    __tablename__ = "goal"
    id: Mapped[str] = _id()
    area_id: Mapped[str] = _fk("area.id")
    layer: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    resources: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    area: Mapped[Area] = relationship(back_populates="goals")
    action_links: Mapped[list[GoalAction]] = relationship(
        back_populates="goal", order_by="GoalAction.position", passive_deletes=True)
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="goal", order_by="Indicator.position", passive_deletes=True)
    legal_links: Mapped[list[GoalLegalReference]] = relationship(back_populates="goal",
                                                                passive_deletes=True)

    @property
    def actions(self) -> list[Action]:
        return [link.action for link in self.action_links]


class Action(Base):
    """Toimenpide: serves one or more goals (many-to-many through GoalAction)."""

    __tablename__ = "action"
    id: Mapped[str] = _id()
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    schedule: Mapped[str | None] = mapped_column(Text)
    resources: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    goal_links: Mapped[list[GoalAction]] = relationship(back_populates="action", passive_deletes=True)
    responsibilities: Mapped[list[Responsibility]] = relationship(
        back_populates="action", order_by="Responsibility.position", passive_deletes=True)
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="action", order_by="Indicator.position", passive_deletes=True)
    statuses: Mapped[list[ActionStatus]] = relationship(
        back_populates="action", order_by="ActionStatus.year", passive_deletes=True)

    @property
    def goals(self) -> list[Goal]:
        return [link.goal for link in self.goal_links]


class GoalAction(Base):
    __tablename__ = "goal_action"
    goal_id: Mapped[str] = mapped_column(String(36), ForeignKey("goal.id", ondelete="CASCADE"),
                                         primary_key=True)
    action_id: Mapped[str] = mapped_column(String(36), ForeignKey("action.id", ondelete="CASCADE"),
                                           primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    goal: Mapped[Goal] = relationship(back_populates="action_links")
    action: Mapped[Action] = relationship(back_populates="goal_links")


class Party(Base):
    """Osapuoli: municipality, town, wellbeing county, regional council or other."""

    __tablename__ = "party"
    id: Mapped[str] = _id()
    name: Mapped[str] = mapped_column(Text)
    short_name: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    business_id: Mapped[str | None] = mapped_column(String(9), unique=True)
    street: Mapped[str | None] = mapped_column(Text)
    postal_code: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Person(Base):
    __tablename__ = "person"
    id: Mapped[str] = _id()
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    party_id: Mapped[str | None] = _fk("party.id", ondelete="SET NULL", nullable=True)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    party: Mapped[Party | None] = relationship()
    memberships: Mapped[list[Membership]] = relationship(back_populates="person",
                                                         passive_deletes=True)


class Membership(Base):
    """A person's place in the preparatory working group."""

    __tablename__ = "membership"
    id: Mapped[str] = _id()
    person_id: Mapped[str] = _fk("person.id")
    role: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship(back_populates="memberships")


class Responsibility(Base):
    """Vastuutaho: a party's role in an action, with the persons it designates."""

    __tablename__ = "responsibility"
    __table_args__ = (UniqueConstraint("action_id", "party_id", "role"),)
    id: Mapped[str] = _id()
    action_id: Mapped[str] = _fk("action.id")
    party_id: Mapped[str] = _fk("party.id")
    role: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)

    action: Mapped[Action] = relationship(back_populates="responsibilities")
    party: Mapped[Party] = relationship()
    person_links: Mapped[list[ResponsibilityPerson]] = relationship(passive_deletes=True)

    @property
    def persons(self) -> list[Person]:
        return [link.person for link in self.person_links]


class ResponsibilityPerson(Base):
    __tablename__ = "responsibility_person"
    responsibility_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("responsibility.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True)

    person: Mapped[Person] = relationship()


class Indicator(Base):
    """Mittari: attached to exactly one goal or one action."""

    __tablename__ = "indicator"
    __table_args__ = (
        CheckConstraint("(goal_id IS NULL) <> (action_id IS NULL)", name="one_owner"),
    )
    id: Mapped[str] = _id()
    goal_id: Mapped[str | None] = _fk("goal.id", nullable=True)
    action_id: Mapped[str | None] = _fk("action.id", nullable=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str | None] = mapped_column(Text)
    baseline_value: Mapped[str | None] = mapped_column(Text)
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    target_value: Mapped[str | None] = mapped_column(Text)
    target_year: Mapped[int | None] = mapped_column(Integer)
    source_id: Mapped[str | None] = mapped_column(Text)
    per_party: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    goal: Mapped[Goal | None] = relationship(back_populates="indicators")
    action: Mapped[Action | None] = relationship(back_populates="indicators")
    values: Mapped[list[IndicatorValue]] = relationship(
        back_populates="indicator", order_by="IndicatorValue.year", passive_deletes=True)


class IndicatorValue(Base):
    """A yearly follow-up value, optionally per party."""

    __tablename__ = "indicator_value"
    id: Mapped[str] = _id()
    indicator_id: Mapped[str] = _fk("indicator.id")
    party_id: Mapped[str | None] = _fk("party.id", nullable=True)
    year: Mapped[int] = mapped_column(Integer)
    value_number: Mapped[float | None] = mapped_column(Float)
    value_text: Mapped[str | None] = mapped_column(Text)
    comment: Mapped[str | None] = mapped_column(Text)

    indicator: Mapped[Indicator] = relationship(back_populates="values")
    party: Mapped[Party | None] = relationship()


class ActionStatus(Base):
    __tablename__ = "action_status"
    __table_args__ = (UniqueConstraint("action_id", "year"),)
    id: Mapped[str] = _id()
    action_id: Mapped[str] = _fk("action.id")
    year: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str | None] = mapped_column(Text)

    action: Mapped[Action] = relationship(back_populates="statuses")


class LegalReference(Base):
    """Lakiperusta: law number, section, short description."""

    __tablename__ = "legal_reference"
    id: Mapped[str] = _id()
    law: Mapped[str] = mapped_column(Text)
    law_name: Mapped[str | None] = mapped_column(Text)
    section: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    @property
    def title(self) -> str:
        return " ".join(p for p in (self.law_name or self.law, self.section) if p)


class GoalLegalReference(Base):
    __tablename__ = "goal_legal_reference"
    goal_id: Mapped[str] = mapped_column(String(36), ForeignKey("goal.id", ondelete="CASCADE"),
                                         primary_key=True)
    legal_reference_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("legal_reference.id", ondelete="CASCADE"), primary_key=True, index=True)

    goal: Mapped[Goal] = relationship(back_populates="legal_links")
    legal_reference: Mapped[LegalReference] = relationship()


class Forum(Base):
    """A body of the cooperation structure (taso 1-4)."""

    __tablename__ = "forum"
    id: Mapped[str] = _id()
    level: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Meeting(Base):
    __tablename__ = "meeting"
    id: Mapped[str] = _id()
    forum_id: Mapped[str | None] = _fk("forum.id", ondelete="SET NULL", nullable=True)
    title: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    place: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: The named version current at the meeting (revision 0005): where the next meeting's
    #: "changes since the last meeting" start. None: not tied to one.
    version_id: Mapped[str | None] = _fk("version.id", ondelete="SET NULL", nullable=True)

    forum: Mapped[Forum | None] = relationship()
    version: Mapped[Version | None] = relationship()
    participant_links: Mapped[list[MeetingParticipant]] = relationship(passive_deletes=True)
    agenda: Mapped[list[AgendaItem]] = relationship(order_by="AgendaItem.position",
                                                    passive_deletes=True)


class MeetingParticipant(Base):
    __tablename__ = "meeting_participant"
    meeting_id: Mapped[str] = mapped_column(String(36), ForeignKey("meeting.id", ondelete="CASCADE"),
                                            primary_key=True)
    person_id: Mapped[str] = mapped_column(String(36), ForeignKey("person.id", ondelete="CASCADE"),
                                           primary_key=True, index=True)

    person: Mapped[Person] = relationship()


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    id: Mapped[str] = _id()
    meeting_id: Mapped[str] = _fk("meeting.id")
    title: Mapped[str] = mapped_column(Text)
    presenter_id: Mapped[str | None] = _fk("person.id", ondelete="SET NULL", nullable=True)
    proposal: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    presenter: Mapped[Person | None] = relationship()
    links: Mapped[list[AgendaLink]] = relationship(passive_deletes=True)


class AgendaLink(Base):
    """An agenda item points at exactly one area, goal, action or indicator."""

    __tablename__ = "agenda_link"
    __table_args__ = (
        CheckConstraint(
            "(area_id IS NOT NULL) + (goal_id IS NOT NULL) + (action_id IS NOT NULL)"
            " + (indicator_id IS NOT NULL) = 1", name="one_target"),
    )
    id: Mapped[str] = _id()
    agenda_item_id: Mapped[str] = _fk("agenda_item.id")
    area_id: Mapped[str | None] = _fk("area.id", nullable=True)
    goal_id: Mapped[str | None] = _fk("goal.id", nullable=True)
    action_id: Mapped[str | None] = _fk("action.id", nullable=True)
    indicator_id: Mapped[str | None] = _fk("indicator.id", nullable=True)

    area: Mapped[Area | None] = relationship()
    goal: Mapped[Goal | None] = relationship()
    action: Mapped[Action | None] = relationship()
    indicator: Mapped[Indicator | None] = relationship()


class History(Base):
    """One recorded change: when, by whom, what, old and new value (JSON)."""

    __tablename__ = "history"
    __table_args__ = (Index("ix_history_entity", "entity", "entity_id"),
                      Index("ix_history_uid", "uid", unique=True))
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: The row's identity in every copy of the file (a merge brings rows over with theirs).
    uid: Mapped[str] = mapped_column(String(36), default=new_id)
    txn: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(Text)
    computer: Mapped[str | None] = mapped_column(Text)
    op: Mapped[str] = mapped_column(String(10))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(80))
    field: Mapped[str | None] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)



class Version(Base):
    """A named moment in the workbook's history ("Työryhmä 14.3.2026"), for change reports.

    ``history_id`` is the largest history row id when the version was marked (0 for none):
    the version is everything recorded up to it. ``history_uid`` is that row's uid, the same in
    every copy of the file, so a merge can place another copy's version in this file's history.
    """

    __tablename__ = "version"
    id: Mapped[str] = _id()
    name: Mapped[str] = mapped_column(Text, unique=True)
    note: Mapped[str | None] = mapped_column(Text)
    marked_at: Mapped[dt.datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(Text)
    history_id: Mapped[int] = mapped_column(Integer, default=0)
    history_uid: Mapped[str | None] = mapped_column(String(36))

#: Classes by table name, for history and snapshots.
MODELS: dict[str, type[Base]] = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}

#: Link tables (composite keys, no position of their own except GoalAction).
LINK_MODELS = (GoalAction, ResponsibilityPerson, GoalLegalReference, MeetingParticipant)
