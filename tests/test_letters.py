"""Drafting: one reply per letter listing every finding, in text, HTML and Word; packs validated; the sandbox holds."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from bouncebot.letters import PackError, draft_reply, load_pack, render_text, sample_context, validate_pack
from bouncebot.model import CATEGORIES
from bouncebot.policy import assess, load_policy
from bouncebot.reading import read_letter
from bouncebot.resources import project_path
from bouncebot.settings import Practice

DEFAULT = project_path("templates/letters/default")


@pytest.fixture(scope="module")
def policy():  # type: ignore[no-untyped-def]
    return load_policy(project_path("config/policy"), formulary=project_path("config/formulary.toml"))


def test_default_pack_covers_every_category_and_validates() -> None:
    pack = load_pack(DEFAULT)
    assert set(pack.categories) == set(CATEGORIES)
    assert set(pack.extras) == {"patient_letter", "icb_escalation"}
    assert validate_pack(pack) == []


def _draft(policy, practice: Practice, name: str = "dev-001.eml"):  # type: ignore[no-untyped-def]
    letter = read_letter((Path(__file__).parent / "corpus" / "dev" / name).read_bytes())
    result = assess(letter, policy)
    duties = {f.category: policy.duty(f.category) for f in result.bounced}
    return letter, result, draft_reply(letter, result, load_pack(DEFAULT), practice, duties,
                                       "letters@northshire-hospitals.nhs.uk", date(2026, 10, 6))


def test_one_reply_lists_every_finding_with_its_quote(policy) -> None:  # type: ignore[no-untyped-def]
    letter, result, draft = _draft(policy, Practice())
    assert len(result.bounced) == 2
    for f in result.bounced:
        assert f.evidence in draft.text and policy.duty(f.category).clause in draft.text
    assert draft.subject.startswith("Re: ") and draft.template_pack == "bouncebot default"
    assert "999 847 7581" in draft.text and "Stephen Quarmby" in draft.text
    doc = Document(io.BytesIO(draft.docx))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert all(f.evidence in body for f in result.bounced)
    assert "<li>" in draft.html


def test_ampersands_and_angle_brackets_survive_in_word_and_are_escaped_in_html(policy) -> None:  # type: ignore[no-untyped-def]
    practice = Practice(name="Guy's & St Thomas' <Riverside> Surgery")
    _, _, draft = _draft(policy, practice)
    doc = Document(io.BytesIO(draft.docx))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Guy's & St Thomas' <Riverside> Surgery" in body
    assert "Thank you for your letter" in body  # nothing after the name went missing
    assert "&lt;Riverside&gt;" in draft.html and "<Riverside>" not in draft.html


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "pack"
    shutil.copytree(DEFAULT, dst)
    return dst


def test_a_pack_with_mistakes_fails_validation_with_file_and_line(tmp_path: Path) -> None:
    dst = _copy(tmp_path)
    (dst / "categories" / "fit_note.txt.j2").write_text("Line one\n{{ patient.nmae }}\n{% if %}\n")
    (dst / "categories" / "onward_referral.txt.j2").write_text("Dear {{ doctor_name }}\n")
    manifest = (dst / "pack.toml").read_text().replace('dna_rereferral = "categories/dna_rereferral.txt.j2"\n', "")
    (dst / "pack.toml").write_text(manifest)
    problems = validate_pack(load_pack(dst))
    text = "\n".join(problems)
    assert "fit_note.txt.j2:3: template syntax error" in text
    assert "onward_referral.txt.j2:1: unknown field 'doctor_name'" in text
    assert "no template for dna_rereferral" in text


def test_templates_cannot_reach_python_internals_or_spin(tmp_path: Path) -> None:
    dst = _copy(tmp_path)
    pack = load_pack(dst)
    for i, source in enumerate(["{{ ''.__class__.__mro__[1].__subclasses__() }}",
                                "{% for i in range(10**9) %}x{% endfor %}",
                                "{{ 'x' * 100000000 }}"]):
        rel = f"evil{i}.txt.j2"
        (dst / rel).write_text(source)
        with pytest.raises(PackError, match="sandbox"):
            render_text(pack, rel, sample_context())


def test_include_is_refused(tmp_path: Path) -> None:
    dst = _copy(tmp_path)
    (dst / "categories" / "fit_note.txt.j2").write_text("{% include '/etc/passwd' %}")
    assert any("include/import" in p for p in validate_pack(load_pack(dst)))


def test_zipped_pack_loads(tmp_path: Path) -> None:
    archive = shutil.make_archive(str(tmp_path / "pack"), "zip", DEFAULT)
    pack = load_pack(archive)
    assert pack.name == "bouncebot default" and validate_pack(pack) == []
