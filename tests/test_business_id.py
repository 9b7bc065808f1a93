"""Y-tunnus (Finnish business ID): the 24 real ids of the Keski-Suomi demo and the check digit rule."""
from __future__ import annotations

import json

import pytest

from yhteistyo_desktop.domain import business_id
from yhteistyo_desktop.domain.models import Party
from yhteistyo_desktop.domain.operations import ValidationError
from yhteistyo_desktop.paths import demo_file

REAL_IDS = [p["business_id"] for p in json.loads(demo_file().read_text(encoding="utf-8"))["parties"]]


def test_the_demo_lists_24_distinct_real_ids():
    assert len(REAL_IDS) == 24
    assert len(set(REAL_IDS)) == 24


@pytest.mark.parametrize("bid", REAL_IDS)
def test_real_id_passes(bid):
    assert business_id.problem(bid) is None
    assert business_id.is_valid(bid)


@pytest.mark.parametrize("bid", REAL_IDS)
def test_real_id_with_any_other_check_digit_fails(bid):
    digits, check = bid.split("-")
    for wrong in set("0123456789") - {check}:
        changed = f"{digits}-{wrong}"
        assert not business_id.is_valid(changed), changed
        assert f"pitäisi olla {check}" in business_id.problem(changed)


@pytest.mark.parametrize("text, expected", [
    ("0174666-4", "0174666-4"),
    (" 0174666-4 ", "0174666-4"),
    ("0174 666 - 4", "0174666-4"),
    ("174666-4", "0174666-4"),      # the old six-digit form gets its leading zero
    ("\t174666-4\n", "0174666-4"),
])
def test_formats_are_normalized(text, expected):
    assert business_id.normalize(text) == expected
    assert business_id.is_valid(text)


@pytest.mark.parametrize("text", ["", "0174666", "01746664", "0174666-", "O174666-4", "00174666-4",
                                  "0174666-44", "0174666–4"])
def test_malformed_ids_fail_with_the_expected_form_in_the_message(text):
    assert not business_id.is_valid(text)
    assert "1234567-8" in business_id.problem(text)


def test_a_remainder_one_number_is_impossible():
    digits = "1000008"  # weighted sum 7 + 16 = 23, remainder 1: no check digit can make it valid
    assert sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2))) % 11 == 1
    assert business_id.check_digit(digits) is None
    for check in "0123456789":
        assert not business_id.is_valid(f"{digits}-{check}")
    assert "ei ole mahdollinen" in business_id.problem(f"{digits}-0")


def test_remainder_zero_gives_check_digit_zero():
    assert business_id.check_digit("0000000") == 0
    assert business_id.is_valid("0000000-0")


def test_operations_store_the_normalized_form_and_refuse_a_wrong_check_digit(template_file):
    with template_file.session() as session:
        ops = template_file.operations(session)
        party = ops.create(Party, name="Jyväskylän kaupunki", kind="kaupunki", business_id="174666-4")
        assert party.business_id == "0174666-4"
        with pytest.raises(ValidationError) as refused:
            ops.create(Party, name="Muuramen kunta", kind="kunta", business_id="0176699-8")
        assert refused.value.field == "business_id"
        with pytest.raises(ValidationError):
            ops.edit(party, "business_id", "0174666-5")
    with template_file.session() as session:
        assert [(p.name, p.business_id) for p in session.query(Party)] == [
            ("Jyväskylän kaupunki", "0174666-4")]
