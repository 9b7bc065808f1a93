"""The read-only detail pane: one record as HTML, every user text escaped."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ..domain import vocab
from ..domain.models import Action, Area, Goal


def tr(text: str) -> str:
    return QCoreApplication.translate("Detail", text)


def _text(value: str | None) -> str:
    return escape(value or "").replace("\n", "<br>")


def _section(label: str, body: str | None) -> str:
    if not body:
        return ""
    return f"<h4>{escape(label)}</h4><p>{body}</p>"


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if items else ""


def _indicators(indicators) -> str:
    rows = []
    for ind in indicators:
        parts = [escape(ind.title), f"<i>{escape(vocab.INDICATOR_KINDS.get(ind.kind, ind.kind))}</i>"]
        if ind.baseline_value:
            parts.append(tr("lähtötaso") + f" {escape(ind.baseline_value)}"
                         + (f" ({ind.baseline_year})" if ind.baseline_year else ""))
        if ind.target_value:
            parts.append(tr("tavoite") + f" {escape(ind.target_value)}"
                         + (f" ({ind.target_year})" if ind.target_year else ""))
        rows.append(" – ".join(parts))
    return _list(rows)


def render(record) -> str:
    if isinstance(record, Area):
        return (f"<h2>{escape(record.title)}</h2>"
                f"<p><i>{escape(vocab.AREA_GROUPS.get(record.group, ''))}</i></p>"
                + _section(tr("Kuvaus"), _text(record.description))
                + _section(tr("Tavoitteet"), _list([escape(g.title) for g in record.goals])))
    if isinstance(record, Goal):
        refs = [escape(f"{link.legal_reference.title} ({link.legal_reference.law})")
                for link in record.legal_links]
        return (f"<h2>{escape(record.title)}</h2>"
                f"<p><i>{escape(vocab.GOAL_LAYERS.get(record.layer, ''))}</i></p>"
                + _section(tr("Kuvaus"), _text(record.description))
                + _section(tr("Resurssit"), _text(record.resources))
                + _section(tr("Huomioitavaa"), _text(record.notes))
                + _section(tr("Lakiperusta"), _list(refs))
                + _section(tr("Arviointimittarit"), _indicators(record.indicators))
                + _section(tr("Toimenpiteet"), _list([escape(a.title) for a in record.actions])))
    if isinstance(record, Action):
        by_role: dict[str, list[str]] = {}
        for resp in record.responsibilities:
            persons = ", ".join(escape(p.name) for p in resp.persons)
            by_role.setdefault(resp.role, []).append(
                escape(resp.party.name) + (f" ({persons})" if persons else ""))
        responsibilities = [f"<b>{escape(vocab.RESPONSIBILITY_ROLES.get(role, role))}:</b> "
                            + ", ".join(names) for role, names in by_role.items()]
        return (f"<h2>{escape(record.title)}</h2>"
                + _section(tr("Kuvaus"), _text(record.description))
                + _section(tr("Aikataulu"), _text(record.schedule))
                + _section(tr("Resurssit"), _text(record.resources))
                + _section(tr("Huomioitavaa"), _text(record.notes))
                + _section(tr("Palvelee tavoitteita"), _list([escape(g.title) for g in record.goals]))
                + _section(tr("Vastuutahot"), _list(responsibilities))
                + _section(tr("Seuranta"), _indicators(record.indicators)))
    return ""
