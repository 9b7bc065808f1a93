"""PDF handouts: every kind builds for the demo workbook, and what a reader needs is in the PDF.

Text, fonts and outline are read back with poppler-utils (pdftotext, pdffonts,
pdfinfo, pdftohtml -xml), the tools a person would use; the tests are skipped,
saying why, where poppler-utils is not installed (``apt-get install poppler-utils``).
"""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import select

from yhteistyo_desktop import cli
from yhteistyo_desktop.domain.models import (
    Action, AgendaItem, AgendaLink, Area, Goal, GoalAction, Meeting, MeetingParticipant, Party,
    Person, Responsibility, ResponsibilityPerson, Workbook,
)
from yhteistyo_desktop.handouts import (
    KINDS, Cancelled, HandoutError, build_handout, find_meeting, find_party,
)
from yhteistyo_desktop.handouts import catalog
from yhteistyo_desktop.store.workbook_file import WorkbookFileError

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo", "pdftohtml"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdffonts, "
                                                       "pdfinfo, pdftohtml) not installed")


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_text(path: Path) -> str:
    """The PDF's text with all runs of white space made single spaces (lines wrap anywhere)."""
    return " ".join(_run("pdftotext", "-enc", "UTF-8", str(path), "-").split())


def page_count(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", str(path)), re.M).group(1))


def outline(path: Path) -> list[tuple[int, str]]:
    """(depth, title) of every bookmark, from poppler's XML rendering of the PDF."""
    root = ET.fromstring(_run("pdftohtml", "-xml", "-i", "-q", "-stdout", str(path)))
    found: list[tuple[int, str]] = []

    def walk(element: ET.Element, depth: int) -> None:
        for child in element:
            if child.tag == "item":
                found.append((depth, child.text or ""))
            elif child.tag == "outline":
                walk(child, depth + 1)

    top = root.find("outline")
    if top is not None:
        walk(top, 0)
    return found


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def meeting(session) -> Meeting:
    return session.scalar(select(Meeting))


@pytest.fixture
def jyvaskyla(session) -> Party:
    return session.scalar(select(Party).where(Party.name == "Jyväskylän kaupunki"))


@pytest.fixture
def followup_data(session, ops):
    """Statuses and values for 2025-2026, as the follow-up meeting would have them."""
    actions = list(session.scalars(select(Action).order_by(Action.position)))
    with ops.transaction():
        ops.set_action_status(actions[0], 2026, "toteutunut", "Työryhmä vakinaistettiin.")
        ops.set_action_status(actions[1], 2026, "viivastynyt", "Resurssit sidottu talousarvioon.")
        ops.set_action_status(actions[2], 2026, "kaynnissa")
        indicator = actions[1].indicators[0]
        ops.update(indicator, unit="%", baseline_value="62,5", baseline_year=2024,
                   target_value="66", target_year=2029)
        ops.set_indicator_value(indicator, 2025, number=63.1)
        ops.set_indicator_value(indicator, 2026, number=64.0)
    return actions


def build(session, kind, tmp_path, **kwargs) -> Path:
    out = tmp_path / f"{kind}.pdf"  # the demo workbook is in another folder (demo_path)
    assert build_handout(session, kind, out, **kwargs) == out
    return out


def build_kind(session, kind, tmp_path, meeting, jyvaskyla, **kwargs) -> Path:
    params = {"meeting": {"meeting_id": meeting.id}, "followup": {"year": 2026},
              "party": {"party_id": jyvaskyla.id}, "workbook": {}}[kind]
    return build(session, kind, tmp_path, **params, **kwargs)


# -- every kind -------------------------------------------------------------------------------

@needs_poppler
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_builds_with_page_numbers_and_embedded_fonts(session, tmp_path, meeting,
                                                               jyvaskyla, kind):
    out = build_kind(session, kind, tmp_path, meeting, jyvaskyla)
    text = pdf_text(out)
    pages = page_count(out)
    assert f"Sivu 1 / {pages}" in text
    assert f"Sivu {pages} / {pages}" in text
    info = _run("pdfinfo", str(out))
    assert re.search(r"^Title:\s+\S", info, re.M) and re.search(r"^Author:\s+\S", info, re.M)
    assert "A4" in info
    rows = _run("pdffonts", str(out)).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert row.split()[-5] == "yes", f"font not embedded: {row}"
        assert "DejaVuSans" in row


@needs_poppler
def test_workbook_holds_every_goal_and_action_once_in_full(session, tmp_path):
    out = build(session, "workbook", tmp_path)
    text = pdf_text(out)
    for goal in session.scalars(select(Goal)):
        assert flat(goal.title) in text
    actions = list(session.scalars(select(Action)))
    for action in actions:
        assert flat(action.title) in text
        assert flat(action.description)[:80] in text
    # Each demo action serves all twelve goals: printed once, referred to elsewhere.
    assert text.count("ks. toimenpide 1 (tavoite 1.1)") == 11
    assert "Keski-Suomen hyvinvointialue" in text  # responsible parties
    assert "Laki hyvinvointialueesta" in text  # legal references


@needs_poppler
def test_workbook_outline_is_by_area_with_goals_under_it(session, tmp_path):
    out = build(session, "workbook", tmp_path)
    marks = outline(out)
    areas = [title for depth, title in marks if depth == 0]
    assert areas[:4] == ["1. Osallisuus ja yhteisöllisyys",
                         "2. Hyvinvoinnin, terveyden ja turvallisuuden edistäminen sekä "
                         "palvelujen järjestäminen",
                         "3. Yhteinen edunvalvonta ja elinvoima",
                         "4. Arjen turvallisuus ja varautuminen"]
    goals = [title for depth, title in marks if depth == 1]
    assert len(goals) == 12 and goals[0].startswith("Tavoite 1.1 ")


@needs_poppler
@pytest.mark.parametrize("kind", ["followup", "meeting", "party"])
def test_other_kinds_have_an_outline(session, tmp_path, meeting, jyvaskyla, kind):
    out = build_kind(session, kind, tmp_path, meeting, jyvaskyla)
    assert [title for depth, title in outline(out) if depth == 0]


@needs_poppler
def test_followup_shows_status_comment_values_and_target(session, tmp_path, followup_data):
    out = build(session, "followup", tmp_path, year=2026)
    text = pdf_text(out)
    assert "Vuosiseuranta 2026" in text
    for action in followup_data:
        assert flat(action.title) in text
    assert "viivästynyt" in text and "Resurssit sidottu talousarvioon." in text
    assert "toteutunut" in text and "käynnissä" in text and "ei kirjattu" in text
    assert "62,5 % (2024)" in text  # baseline
    assert "63,1 %" in text and "64 %" in text  # yearly values
    assert "66 % (2029)" in text  # target
    first_area = session.scalars(select(Goal).order_by(Goal.position)).first().area
    assert [t for d, t in outline(out) if d == 0][1] == f"1. {first_area.title}"


@needs_poppler
def test_meeting_has_cover_agenda_and_linked_material(session, tmp_path, ops, meeting,
                                                      followup_data):
    ailu = ops.create(Person, name="Áilu Čáhppes", title="koordinaattori",
                      party_id=session.scalar(select(Party).where(Party.short_name == "Jyväskylä")).id)
    ops.link(MeetingParticipant, meeting_id=meeting.id, person_id=ailu.id)
    gatherings = followup_data[3].indicators[0]  # linked to agenda item 4
    ops.set_indicator_value(gatherings, 2025, number=3)
    ops.set_indicator_value(gatherings, 2026, number=2)
    out = build(session, "meeting", tmp_path, meeting_id=meeting.id)
    text = pdf_text(out)
    assert flat(meeting.title) in text
    assert "Kuntakokous" in text  # forum
    assert "keskiviikko 20.5.2026 klo 9.00" in text
    assert "Áilu Čáhppes" in text and "Jyväskylän kaupunki" in text
    for link in meeting.participant_links:
        assert link.person.name in text
    for item in meeting.agenda:
        assert flat(item.title) in text
    assert "Pirjo Peräaho" in text  # presenter of item 4
    assert "Asumisen kehittämisen työryhmä" in text  # a linked action
    assert "viivästynyt (2026)" in text  # status in an area's action table
    assert "Vaikuttamisryhmä on kokoontunut – 2 krt/v (2026) 2-3" in text  # latest value, target


@needs_poppler
def test_party_handout_lists_its_actions_roles_and_persons(session, tmp_path, ops, jyvaskyla):
    ailu = ops.create(Person, name="Áilu Čáhppes", title="koordinaattori", party_id=jyvaskyla.id)
    resp = session.scalars(select(Responsibility).where(
        Responsibility.party_id == jyvaskyla.id)).first()
    ops.link(ResponsibilityPerson, responsibility_id=resp.id, person_id=ailu.id)
    out = build(session, "party", tmp_path, party_id=jyvaskyla.id)
    text = pdf_text(out)
    assert "Jyväskylän kaupunki" in text
    assert "Áilu Čáhppes" in text
    for resp in session.scalars(select(Responsibility).where(
            Responsibility.party_id == jyvaskyla.id)):
        assert flat(resp.action.title) in text
    assert "osallistuja" in text or "vastuutaho" in text


@needs_poppler
def test_long_table_repeats_its_header_on_the_next_page(session, tmp_path, ops, meeting):
    with ops.transaction():
        for n in range(70):
            person = ops.create(Person, name=f"Osallistuja {n:02d}", title="varavaltuutettu")
            ops.link(MeetingParticipant, meeting_id=meeting.id, person_id=person.id)
    out = build(session, "meeting", tmp_path, meeting_id=meeting.id)
    second_page = _run("pdftotext", "-layout", "-f", "2", "-l", "2", str(out), "-")
    assert len(re.findall(r"Nimi +Tehtävä +Organisaatio", second_page)) == 1
    assert "Osallistuja 69" in pdf_text(out)


@needs_poppler
@pytest.mark.parametrize("kind", ["workbook", "meeting", "party"])
def test_a_text_longer_than_a_page_prints_whole(session, tmp_path, ops, meeting, jyvaskyla, kind):
    """An action title of 2,500 words is a heading taller than a page (workbook) and a table row
    taller than a page (meeting, party): it printed nothing, reportlab's LayoutError as a traceback."""
    action = next(a for a in session.scalars(select(Action).order_by(Action.position))
                  if any(r.party_id == jyvaskyla.id for r in a.responsibilities))
    ops.edit(action, "title", " ".join(f"sana{n}" for n in range(2500)))
    out = build_kind(session, kind, tmp_path, meeting, jyvaskyla)
    words = flat(pdf_text(out)).split()
    assert "sana0" in words and "sana1250" in words and "sana2499" in words


# -- escaping, fonts, watermark, language -----------------------------------------------------

@needs_poppler
def test_user_text_prints_literally(session, tmp_path, ops):
    goal = session.scalars(select(Goal)).first()
    ops.update(goal, title="<b>R&D</b> & kokeilut", description="Rivi yksi\nrivi <i>kaksi</i>")
    out = build(session, "workbook", tmp_path)
    text = pdf_text(out)
    assert "<b>R&D</b> & kokeilut" in text
    assert "Rivi yksi rivi <i>kaksi</i>" in text


@needs_poppler
def test_sami_letters_render_and_fonts_stay_embedded(session, tmp_path, ops, jyvaskyla):
    name = "Áilu Čáhppes Đŋšŧž ŊŠŦŽ"
    ops.create(Person, name=name, title="saamelaisasiain koordinaattori", party_id=jyvaskyla.id)
    out = build(session, "party", tmp_path, party_id=jyvaskyla.id)
    assert name in pdf_text(out)
    for row in _run("pdffonts", str(out)).splitlines()[2:]:
        assert row.split()[-5] == "yes"


@needs_poppler
def test_draft_watermark_only_while_luonnos(session, tmp_path, ops):
    draft = build(session, "workbook", tmp_path)
    assert "LUONNOS" in pdf_text(draft)
    ops.edit(session.scalar(select(Workbook)), "status", "hyvaksytty")
    approved = tmp_path / "approved.pdf"
    build_handout(session, "workbook", approved)
    assert "LUONNOS" not in pdf_text(approved)


@needs_poppler
def test_swedish_handout(session, tmp_path, meeting):
    out = build(session, "meeting", tmp_path, meeting_id=meeting.id, lang="sv")
    text = pdf_text(out)
    assert f"Sida 1 / {page_count(out)}" in text
    assert "Föredragningslista" in text and "onsdag 20.5.2026 kl. 9.00" in text
    assert "UTKAST" in text and "LUONNOS" not in text and "Sivu 1" not in text


def test_swedish_catalogue_has_every_finnish_key():
    assert set(catalog._FI) - set(catalog._SV) <= {"dash"}
    assert set(catalog._SV) <= set(catalog._FI)
    for name, labels in catalog._SV_VOCAB.items():
        assert set(labels) == set(getattr(catalog.vocab, name)), name


# -- API behaviour ------------------------------------------------------------------------------

def test_progress_reaches_total(session, tmp_path):
    calls: list[tuple[int, int]] = []
    build(session, "workbook", tmp_path, progress=lambda done, total: calls.append((done, total)))
    total = calls[0][1]
    assert all(t == total for _, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert calls[-1] == (total, total)


def test_cancel_leaves_no_file_and_keeps_the_old_one(session, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "workbook.pdf"
    out.write_bytes(b"old")

    def cancel(done, total):
        if done > total // 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        build_handout(session, "workbook", out, progress=cancel)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["workbook.pdf"]


def test_missing_choice_is_a_handout_error(session, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for kind, message in [("meeting", "kokous"), ("followup", "vuosi"), ("party", "osapuoli")]:
        with pytest.raises(HandoutError, match=message):
            build_handout(session, kind, tmp_path / "x.pdf")
    assert not list(tmp_path.iterdir())


def test_a_missing_folder_is_refused_with_a_clear_message(session, tmp_path):
    # the store's one output-path rule (workbook_file.check_output_path) says it, for PDF and Excel
    with pytest.raises(WorkbookFileError, match="Kansiota .*missing ei ole"):
        build_handout(session, "workbook", tmp_path / "missing" / "out.pdf")


def test_find_meeting_by_either_date_form(session, meeting):
    assert find_meeting(session, "2026-05-20") is meeting
    assert find_meeting(session, "20.5.2026") is meeting
    assert find_meeting(session, "20.5.2026 9.00") is meeting
    with pytest.raises(HandoutError, match=r"Kokousta päivältä 21\.5\.2026 ei ole.*20\.5\.2026"):
        find_meeting(session, "21.5.2026")
    with pytest.raises(HandoutError, match="ei kelpaa"):
        find_meeting(session, "toukokuussa")


@pytest.mark.parametrize("typed", ["Jyväskylä", "jyväskylä", "Jyvaskyla", "Jyväskylän kaupunki",
                                   " jyväskylän ", "Jyväskyän kaupunki"])
def test_find_party_is_tolerant(session, jyvaskyla, typed):
    assert find_party(session, typed) is jyvaskyla


def test_find_party_refuses_to_guess(session):
    with pytest.raises(HandoutError, match="useaan osapuoleen"):
        find_party(session, "Keski-Suomen")
    with pytest.raises(HandoutError, match="Osapuolta 'Tampere' ei löydy.*Jyväskylän kaupunki"):
        find_party(session, "Tampere")


def test_handouts_do_not_import_qt():
    """The layer rule: handouts/ is usable without Qt (checked in a clean interpreter)."""
    code = ("import sys, yhteistyo_desktop.handouts as h, yhteistyo_desktop.handouts.build, "
            "yhteistyo_desktop.cli.handouts; "
            "print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# -- the command line -----------------------------------------------------------------------------

@needs_poppler
def test_cli_builds_each_kind(demo_path, tmp_path, capsys):
    for args in (["--kind", "workbook"], ["--kind", "followup", "--year", "2026"],
                 ["--kind", "meeting", "--meeting", "2026-05-20"],
                 ["--kind", "party", "--party", "Jyväskylä", "--lang", "sv"]):
        out = tmp_path / f"{args[1]}.pdf"
        assert cli.main(["handout", str(demo_path), str(out), *args]) == 0
        assert out.stat().st_size > 0
    assert "Jyväskylän kaupunki" in pdf_text(tmp_path / "party.pdf")
    assert "Sida 1 / " in pdf_text(tmp_path / "party.pdf")


@pytest.mark.parametrize("args, expected", [
    (["--kind", "meeting", "--meeting", "21.5.2026"],
     "Kokousta päivältä 21.5.2026 ei ole. Työkirjan kokoukset: 20.5.2026 klo 9.00"),
    (["--kind", "party", "--party", "Tampere"], "Osapuolta 'Tampere' ei löydy."),
    (["--kind", "followup"], "tarvitsee valinnan --year VUOSI"),
    (["--kind", "followup", "--year", "2031"], "Vuosi 2031 ei ole työkirjan valtuustokaudella; "
                                               "anna vuosi väliltä 2025–2029."),
])
def test_cli_errors_are_one_clear_line(demo_path, tmp_path, capsys, args, expected):
    out = tmp_path / "out.pdf"
    assert cli.main(["handout", str(demo_path), str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert expected in err
    assert not out.exists()


def test_window_offers_only_the_terms_years_for_the_followup(window, demo_path):
    window.open_path(demo_path)
    dialog = window.handouts.open("followup")
    assert (dialog.year.minimum(), dialog.year.maximum()) == (2025, 2029)
    dialog.year.setValue(2031)  # typed past the end: the box keeps to the term
    assert dialog.year.value() == 2029
    dialog.close()


@needs_poppler
def test_meeting_prints_an_action_table_once_and_refers_to_it(session, tmp_path, meeting):
    """Issue 15.14: the demo's items all concern the same five actions; their table is printed
    under the first item and the others refer to it (it took 8 pages, one table per item)."""
    out = build(session, "meeting", tmp_path, meeting_id=meeting.id)
    text = pdf_text(out)
    assert text.count("Asumisen kehittämisen työryhmä koollekutsuja") == 1  # one table row
    assert text.count("Samat toimenpiteet ja niiden tilanne ovat kohdan 1 taulukossa.") >= 4
    assert "Samat toimenpiteet ja niiden tilanne ovat taulukossa edellä." in text
    assert page_count(out) <= len(meeting.agenda) + 2  # cover and agenda, then one per item


def page_texts(path: Path) -> list[str]:
    """Each page's text, read page by page (pdftotext -f N -l N)."""
    return [_run("pdftotext", "-enc", "UTF-8", "-f", str(n), "-l", str(n), str(path), "-")
            for n in range(1, page_count(path) + 1)]


@needs_poppler
# A page of this item holds 41 rows: these lengths put the break at every place near the end of
# the first table and of the second (under its heading), and one a page further on; before the
# guard, 34 left one row on the last page and 42 one row at the top of a page.
@pytest.mark.parametrize("rows", [*range(33, 46), 83, 84, 85])
def test_no_page_holds_a_lone_table_row_or_a_heading_without_rows(session, tmp_path, ops, rows):
    """Issue 15.14: a table breaks across pages leaving at least two rows on each page, the last
    one too, and a heading stays with at least two rows of its table."""
    area = session.scalars(select(Area).order_by(Area.position)).first()
    with ops.transaction():
        first = ops.create(Goal, area_id=area.id, layer="painopiste", title="Tavoite Alfa")
        second = ops.create(Goal, area_id=area.id, layer="painopiste", title="Tavoite Beeta")
        for goal, title, count in ((first, "Rivi", rows), (second, "Toinen", 5)):
            for n in range(count):
                action = ops.create(Action, title=f"{title} {n:03d}")
                ops.link(GoalAction, goal_id=goal.id, action_id=action.id)
        meeting = ops.create(Meeting, title="Taulukkokoe", starts_at=dt.datetime(2026, 5, 20, 9))
        item = ops.create(AgendaItem, meeting_id=meeting.id, title="Tavoitteiden toimenpiteet")
        for goal in (first, second):
            ops.create(AgendaLink, agenda_item_id=item.id, goal_id=goal.id)
    out = build(session, "meeting", tmp_path, meeting_id=meeting.id)
    pages = page_texts(out)
    for title, heading, total in (("Rivi", "Tavoite Alfa", rows), ("Toinen", "Tavoite Beeta", 5)):
        counts = [len(re.findall(rf"\b{title} \d{{3}}\b", page)) for page in pages]
        assert sum(counts) == total
        assert all(count == 0 or count >= 2 for count in counts), (title, counts)
        [with_heading] = [n for n, page in enumerate(pages) if heading in page]
        assert counts[with_heading] >= 2, (heading, counts)
    assert len(re.findall(r"\b(Rivi|Toinen) \d{3}\b", pages[-1])) >= 2



@needs_poppler
def test_a_table_of_rows_taller_than_half_a_page_still_breaks_under_its_heading(session, tmp_path, ops):
    """When not even the header and two rows fit an empty page, the table breaks as it always
    did (one row a page) rather than leave its heading alone on a page."""
    area = session.scalars(select(Area).order_by(Area.position)).first()
    with ops.transaction():
        goal = ops.create(Goal, area_id=area.id, layer="painopiste", title="Pitkät rivit")
        for n in range(3):
            action = ops.create(Action, title=f"Pitkä{n} " + " ".join(["sana"] * 450))
            ops.link(GoalAction, goal_id=goal.id, action_id=action.id)
        meeting = ops.create(Meeting, title="Taulukkokoe", starts_at=dt.datetime(2026, 5, 20, 9))
        item = ops.create(AgendaItem, meeting_id=meeting.id, title="Pitkät toimenpiteet")
        ops.create(AgendaLink, agenda_item_id=item.id, goal_id=goal.id)
    pages = page_texts(build(session, "meeting", tmp_path, meeting_id=meeting.id))
    [with_heading] = [page for page in pages if "Pitkät rivit" in page]
    assert "Pitkä0" in with_heading
    assert [sum(f"Pitkä{n}" in page for page in pages) for n in range(3)] == [1, 1, 1]


def test_what_cannot_be_laid_out_is_one_line_and_no_file(tmp_path):
    """A block that fits no page (none the handouts make today) ends as a HandoutError, the
    one-line message the window and the command line show, and leaves no PDF."""
    from reportlab.platypus import Spacer

    from yhteistyo_desktop.handouts.document import Metadata, PageFrame, write_pdf

    page = PageFrame("Vasen", "Oikea", "Keski", "1.1.2026", "Sivu {page} / {total}", None)
    meta = Metadata("Otsikko", "Tekijä", "Aihe", "fi-FI")
    out = tmp_path / "liian_suuri.pdf"
    with pytest.raises(HandoutError, match="^Monistetta ei voitu taittaa sivuille") as caught:
        write_pdf(out, page, meta, [lambda: [Spacer(10, 5000)]])
    assert "\n" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []
