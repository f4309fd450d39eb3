"""How `eval` compares what was read with the labels."""

from __future__ import annotations

import pytest

from bouncebot.evaluation import same_person, same_specialty


@pytest.mark.parametrize(("got", "want", "same"), [
    ("Dr M Holt", "Dr Maren Holt", True),  # the letter gives only the initial
    ("Dr M. J. Holt", "Dr Maren Holt", True),
    ("dr maren holt", "Dr Maren Holt", True),
    ("Dr P Holt", "Dr Maren Holt", False),  # another initial
    ("Mr M Holt", "Dr Maren Holt", False),  # another title
    ("Dr M Holtby", "Dr Maren Holt", False),
    ("Dr M Holt", "Dr M Holt, Specialty Registrar", True),  # the role after the name is not the name
    ("Ms M Holt", "Dr M Holt, Specialty Registrar", False),
    (None, "Dr Maren Holt", False),
    (None, None, True),
])
def test_a_name_with_initials_is_the_same_person(got: str | None, want: str | None, same: bool) -> None:
    assert same_person(got, want) is same


def test_evidence_is_compared_by_its_words_not_table_separators() -> None:
    """A label quoting a table row from a PDF's plain text still matches the row read with its cells."""
    from bouncebot.evaluation import _norm

    assert _norm("Wound check Practice nurse at GP surgery") in _norm("Wound check | Practice nurse at GP surgery | 10 days")
    assert _norm("Wound check by the practice") not in _norm("Wound check | Practice nurse at GP surgery")


@pytest.mark.parametrize(("got", "want", "same"), [
    ("Ophthalmology", "Ophthalmology (Glaucoma)", True),  # the clinic in brackets is detail
    ("ophthalmology", "Ophthalmology", True),
    ("Dermatology", "Ophthalmology (Dermatology liaison)", False),
    ("Glaucoma", "Ophthalmology (Glaucoma)", False),
    ("Trauma and Orthopaedics", "Trauma & Orthopaedics", True),  # "&" reads as "and"
    ("Trauma and Orthopaedics", "Orthopaedics", False),
    (None, "Ophthalmology", False),
])
def test_a_specialty_may_be_named_without_its_clinic(got: str | None, want: str | None, same: bool) -> None:
    assert same_specialty(got, want) is same
