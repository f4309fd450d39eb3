"""The policy as data: every rule's examples, schema errors with file and line, local overrides, timeliness."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bouncebot.model import Block, Letter, Source
from bouncebot.policy import PolicyError, assess, load_policy
from bouncebot.policy.check import check_examples, example_letter
from bouncebot.resources import project_path

POLICY = project_path("config/policy")
FORMULARY = project_path("config/formulary.toml")


@pytest.fixture(scope="module")
def policy():  # type: ignore[no-untyped-def]
    return load_policy(POLICY, formulary=FORMULARY)


def test_every_rule_example_behaves_as_written(policy) -> None:  # type: ignore[no-untyped-def]
    assert sum(len(r.examples.match) + len(r.examples.no_match) for r in policy.rules) >= 60
    assert check_examples(policy) == []


def test_every_category_has_a_duty_a_clause_and_a_template(policy) -> None:  # type: ignore[no-untyped-def]
    for cat in policy.categories:
        duty = policy.duty(cat)
        assert duty.text and duty.clause and policy.template(cat)


def cats(policy, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.category for f in assess(example_letter(text), policy).findings}


def found_in(policy, text: str, source: Source) -> set[str]:  # type: ignore[no-untyped-def]
    """The categories found in a clinic letter of one block read from `source` (a Word paragraph is a line)."""
    letter = Letter(message_id=None, subject="x", sender="x@example.nhs.uk", sender_name=None, reply_to=None,
                    sent_at=None, blocks=(Block(text, source),), kind="clinic_letter")
    return {f.category for f in assess(letter, policy).findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Actions for GP:\nRepeat U&Es and LFTs in 2/52.", {"tests_for_hospital"}),
        ("We have arranged bloods in our phlebotomy department.", set()),
        ("Please continue atorvastatin 40 mg at night.", set()),
        ("No action is required from the GP.", set()),
        ("Should his symptoms recur he may be re-referred.", set()),
        ("I have referred him directly to the cardiology team.", set()),
        ("A fit note has been issued for four weeks.", set()),
        ("Please could you prescribe Humira 40 mg fortnightly.", {"hospital_only_prescribing"}),
        ("Please continue Priadel 400 mg at night and check lithium levels every 3 months.",
         {"shared_care_without_agreement"}),
        ("If he develops chest pain he should contact his GP or call 999.", set()),
        ("She has been asked to contact her GP for the results of her MRI.", {"patient_redirected_to_gp"}),
        # asked as a question, or in the passive with the practice named as the place
        ("Is the surgery able to check the wound and take out the sutures at about ten days?", {"post_procedure_care"}),
        ("It is requested that a lithium level, U&E and TFTs are taken at the surgery in 3 months.",
         {"tests_for_hospital"}),
        ("Bloods taken at the surgery last month were normal.", set()),
        ("He needs a fit note from the GP covering his virtual ward stay.", {"fit_note"}),
        ("Follow-up CT in 12 months; this will be arranged by the requesting respiratory team.", set()),
        ("Actions for GP\nOrtho f/u in 6/52 with check XR: appointment will be sent by our bookings team.", set()),
        ("GP to arrange check XR L wrist at 2/52 and email report to fracture clinic.", {"tests_for_hospital"}),
        ("Capecitabine is dispensed by our oncology pharmacy and should not be prescribed in primary care.", set()),
        ("Practice nurse to remove the non-absorbable sutures from the port site at day 10.", {"post_procedure_care"}),
        ("Dissolvable sutures were used; no removal is needed.", set()),
        ("He has been advised to ring the surgery in two weeks for his CT result.", {"patient_redirected_to_gp"}),
        ("Please could the GP contact him today, explain the result and send him to the Acute Medical Unit.",
         {"results_chasing"}),
        ("Please start apixaban 5 mg twice daily today - she has not been given any from clinic.",
         {"hospital_only_prescribing"}),
        ("If you are willing to take on prescribing and 3-monthly FBC monitoring, please sign and return the "
         "shared care agreement.", set()),
        ("Please arrange for the practice nurse to check that the grommets are in place at 6 weeks.",
         {"post_procedure_care"}),
        ("Audiology at Example General Hospital will send an appointment for a hearing test in 3 months.", set()),
        ("Please ask your GP to refer Isla to the children's hearing service for a hearing test.", {"onward_referral"}),
        ("We would be grateful if the practice could take her HCV RNA test 12 weeks after the end of treatment.",
         {"tests_for_hospital"}),
        ("Please add adalimumab to his record as a hospital-issued medicine.", set()),
    ],
)
def test_clear_cases(policy, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert cats(policy, text) == expected


def test_urgent_request_goes_to_a_clinician(policy) -> None:  # type: ignore[no-untyped-def]
    result = assess(example_letter("Potassium 6.4. Please recheck U&E urgently within 24 hours."), policy)
    assert result.urgent_clinical_action and result.action == "clinician_review"
    assert result.urgent_evidence[0].evidence.startswith("Please recheck")


def test_evidence_locates_the_words_in_the_block(policy) -> None:  # type: ignore[no-untyped-def]
    letter = example_letter("Diagnosis: COPD.\nPlease could you refer her to pulmonary rehabilitation.")
    f = assess(letter, policy).findings[0]
    assert letter.blocks[f.block].text[f.start:f.end] == f.evidence


def timely(kind: str, event: date, sent: datetime, time: str | None = None) -> Letter:
    return Letter(message_id=None, subject="x", sender="a@b.nhs.uk", sender_name=None, reply_to=None, sent_at=sent,
                  blocks=(Block("Date of discharge: x", Source("body")),), kind=kind, event_date=event,  # type: ignore[arg-type]
                  event_time=time, event_evidence="Date of discharge: x")


@pytest.mark.parametrize(
    ("kind", "event", "sent", "time", "late"),
    [
        ("clinic_letter", date(2026, 10, 1), datetime(2026, 10, 8, 21, 0, tzinfo=UTC), None, False),
        # 23:00 UTC on the 8th is already the 9th in London (BST): 8 days, late
        ("clinic_letter", date(2026, 10, 1), datetime(2026, 10, 8, 23, 0, tzinfo=UTC), None, True),
        ("clinic_letter", date(2026, 10, 1), datetime(2026, 10, 9, 8, 0, tzinfo=UTC), None, True),
        ("discharge_summary", date(2026, 10, 1), datetime(2026, 10, 2, 9, 0, tzinfo=UTC), None, False),
        ("discharge_summary", date(2026, 10, 1), datetime(2026, 10, 3, 9, 0, tzinfo=UTC), None, True),
        ("discharge_summary", date(2026, 10, 1), datetime(2026, 10, 2, 14, 0, tzinfo=UTC), "15:40", False),
        ("discharge_summary", date(2026, 10, 1), datetime(2026, 10, 2, 16, 0, tzinfo=UTC), "09:00", True),
        # clocks go back overnight: 20:10 BST to 19:40 GMT is 23.5 hours on the clock but 24.5 hours elapsed
        ("discharge_summary", date(2028, 10, 28), datetime(2028, 10, 29, 19, 40, tzinfo=UTC), "20:10", True),
        ("discharge_summary", date(2028, 10, 28), datetime(2028, 10, 29, 19, 0, tzinfo=UTC), "20:10", False),
    ],
)
def test_timeliness_uses_london_dates_and_stated_times(policy, kind, event, sent, time, late) -> None:  # type: ignore[no-untyped-def]
    found = {f.category: f for f in assess(timely(kind, event, sent, time), policy).findings}
    name = "late_clinic_letter" if kind == "clinic_letter" else "late_discharge_summary"
    assert (name in found) is late
    if late:
        assert "after the" in (found[name].note or "")


def test_local_file_exempts_commissioned_work_and_overrides_the_formulary(tmp_path: Path) -> None:
    local = tmp_path / "local.toml"
    local.write_text('[[exempt]]\ncategory = "tests_for_hospital"\nwhen = "bloods|U&E"\n'
                     'reason = "phlebotomy LES"\n\n[[drug]]\nname = "methotrexate"\nrag = "green"\naliases = []\n')
    p = load_policy(POLICY, formulary=FORMULARY, local=[local])
    result = assess(example_letter("GP to repeat U&E in one week."), p)
    assert result.findings[0].exempt and result.findings[0].note == "phlebotomy LES"
    assert result.action == "no_action" and not result.bounced
    assert cats(p, "Please could you start methotrexate 10 mg weekly.") == set()


def test_schema_errors_name_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "policy"
    shutil.copytree(POLICY, bad)
    f = bad / "categories" / "fit_note.toml"
    f.write_text(f.read_text().replace('needs = "practice_or_patient"', 'needs = "whoever"'))
    with pytest.raises(PolicyError, match=r"fit_note\.toml:\d+: rule fit_note\.request: needs must be"):
        load_policy(bad, formulary=FORMULARY)
    f.write_text(f.read_text().replace('needs = "whoever"', 'needs = "practice"').replace("{fit_note}", "{fitnote}", 1))
    with pytest.raises(PolicyError, match=r"unknown vocabulary \{fitnote\}"):
        load_policy(bad, formulary=FORMULARY)
    f.write_text('id = "fit_note"\ntitle = = 1\n')
    with pytest.raises(PolicyError, match=r"fit_note\.toml: .*line 2"):
        load_policy(bad, formulary=FORMULARY)


def test_a_failing_example_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "policy"
    shutil.copytree(POLICY, bad)
    f = bad / "categories" / "onward_referral.toml"
    f.write_text(f.read_text().replace('"please could you refer him to CAMHS"',
                                       '"please could you refer him to CAMHS", "The weather is fine."'))
    problems = check_examples(load_policy(bad, formulary=FORMULARY))
    assert len(problems) == 1 and "onward.refer" in problems[0] and "The weather is fine." in problems[0]


def test_rules_claiming_each_others_category_never_cancel_out(policy) -> None:  # type: ignore[no-untyped-def]
    found = cats(policy, "GP to chase the histology result and discuss the results with the patient.")
    assert len(found) == 1


def test_duplicate_rule_ids_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "policy"
    shutil.copytree(POLICY, bad)
    f = bad / "categories" / "fit_note.toml"
    f.write_text(f.read_text().replace('id = "fit_note.request"', 'id = "onward.refer"'))
    with pytest.raises(PolicyError, match="used twice"):
        load_policy(bad, formulary=FORMULARY)


@pytest.mark.parametrize(("text", "clinician", "expected"), [
    # a letter written to the patient asks the GP by name, as named on its cc line
    ("Dear Mrs Example,\nPerhaps Dr Testwell could arrange an ultrasound scan of your liver before I see you.\n"
     "cc: Dr R Testwell, Fernside Surgery", "Dr A Author", {"tests_for_hospital"}),
    ("GP: Dr R Testwell, Fernside Surgery\nI'll leave it with Dr Testwell to continue the lithium and to keep an eye "
     "on your levels and kidney function.", "Dr A Author", {"shared_care_without_agreement"}),
    ("GP: Dr R Testwell, Fernside Surgery\nThere is nothing that Dr Testwell needs to do at this stage.",
     "Dr A Author", set()),
    # the author is never the GP, and a doctor no GP line names is just a doctor
    ("GP: Dr A Author, Fernside Surgery\nDr Author will arrange an ultrasound scan of your liver.", "Dr A Author", set()),
    ("cc: Dr R Testwell, Fernside Surgery\nDr Other could arrange an ultrasound scan of your liver.", "Dr A Author",
     set()),
])
def test_the_gp_named_in_the_letter_is_the_practice(policy, text: str, clinician: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    letter = dataclasses.replace(example_letter(text), clinician=clinician)
    assert {f.category for f in assess(letter, policy).findings} == expected


@pytest.mark.parametrize(("text", "expected", "urgent"), [
    # a structure word heads a section however it is capitalised
    ("Summary\nShe had phototherapy.\nTo do (GP)\nRepeat serum bilirubin in 48 hours to check for rebound.",
     {"tests_for_hospital"}, True),
    ("GP Actions\n- Please record clozapine on the practice record as a hospital-issued medicine.\n"
     "- No other action needed.\nFollow-up arrangements\n"
     "Care coordinator visit within 72 hours; clozapine clinic weekly bloods; CTO review in 4 weeks.", set(), False),
    # a list numbered without dots is one item a line, so the hospital's "urgent" stays with its own step
    ("Plan:\n1 MRI prostate (bi-parametric) requested today by me - urgent\n2 Listed for transperineal biopsy "
     "depending on MRI\n3 I have asked him to see his GP to discuss the MRI result once it is available",
     {"patient_redirected_to_gp"}, False),
    # a table with a column for the practice: each cell is read under its column
    ("Summary | Plan | GP actions\nPsoriasis, good response to methotrexate | Continue methotrexate 15 mg weekly; "
     "dermatology review 6/12 | Take over prescribing of methotrexate and the 12-weekly FBC, U&E and LFT monitoring",
     {"shared_care_without_agreement"}, False),
    ("Summary | Plan | GP actions\nLow back pain | Repeat MRI lumbar spine in 6 months | None", set(), False),
    # an action table whose owner cell names the practice, however it is written
    ("Action | Responsible | By when\nRemoval of skin clips | Practice nurse, GP surgery | day 12-14\n"
     "Hip precautions and exercises | Patient | 6 weeks", {"post_procedure_care"}, False),
    ("Action | Responsible | By when\nRemoval of skin clips | Ward nurse, district nurses | day 12-14", set(), False),
    # ... and when the owner cell comes on the line after an action with no word for the practice in it
    ("Removal of skin clips at day 10\nGP\n", {"post_procedure_care"}, False),
    ("Removal of skin clips at day 10 |\n| GP practice |", {"post_procedure_care"}, False),
    ("Action | Owner\nWound check and removal of sutures in 10 days\nPractice nurse\n", {"post_procedure_care"}, False),
    # time-critical words in another team's booked step are not a request to the practice
    ("Actions for GP\nPlease issue a fit note to cover his admission.\n"
     "Home treatment team to review within 72 hours (arranged).", {"fit_note"}, False),
])
def test_sections_and_lists(policy, text: str, expected: set[str], urgent: bool) -> None:  # type: ignore[no-untyped-def]
    result = assess(example_letter(text), policy)
    assert {f.category for f in result.findings} == expected
    assert result.urgent_clinical_action is urgent


def test_word_paragraphs_are_never_joined_as_wrapped_lines(policy) -> None:  # type: ignore[no-untyped-def]
    """A Word paragraph ends where it ends: the hospital's own review does not run into the next
    paragraph's request (in a wrapped e-mail the same two lines would be one sentence)."""
    text = ("Repeat MRI of the lumbar spine in our department in six months time\n"
            "Please continue amlodipine 5 mg once daily as before.")

    assert found_in(policy, text, Source("attachment", "clinic letter.docx")) == set()
    assert found_in(policy, text, Source("body")) == {"tests_for_hospital"}  # wrapped: one sentence, the GP asked


@pytest.mark.parametrize(("text", "urgent"), [
    ("Please could you repeat his U&E on 12/11/2026 and act on the result.", True),  # 2 days after sending
    ("Started on clarithromycin while on warfarin; her INR today is 5.4. Could the practice obtain a further INR "
     "and adjust her dose?", True),
    ("GP to repeat FBC, U&E and LFTs w/c 12/11/2026 please.", False),  # the week it falls in, not a deadline
    ("Neutrophils 1.3, grade 2 neutropenia, expected. GP to continue letrozole and repeat FBC in 4 weeks.", False),
    ("She was admitted with febrile neutropenia. GP to repeat FBC in 4 weeks.", True),
    ("Imp: ?obstetric cholestasis at 33 weeks. GP to chase her bile acid result and act on it.", True),
    ("Her first pregnancy was complicated by pre-eclampsia. GP to repeat FBC in 4 weeks.", False),
    # a treated infection or a normal QTc is history, not a dangerous state now
    ("He was treated for E. coli sepsis. I should be grateful if the practice would recheck his U&Es in one week.",
     False),
    ("Her ECG showed a QTc of 436 ms. I should be grateful if the practice would follow up her B12 result.", False),
    ("ECG today: QTc 512 ms on citalopram and quetiapine. GP to review this ECG result and repeat the ECG.", True),
    ("I suggested that she see you at a routine appointment; there is nothing urgent about it.", False),
    # safety-netting for a future event is advice, however alarming the pathway it names
    ("Should visible haematuria occur in future, please re-refer under the suspected cancer pathway.", False),
    # a treatment to begin today is time-critical; a supply timed to start tomorrow is not
    ("New AF. Please start apixaban 5 mg twice daily today - she has not been given any from clinic.", True),
    ("Please could you prescribe dexamethasone 0.1% eye drops four times a day, for her to start tomorrow.", False),
    ("If Jayden has a temperature without an obvious cause, his urine should be tested the same day.", False),
    # a green drug to continue asks nothing clinical, even in a letter about a suspected cancer
    ("He has been referred on our suspected cancer pathway. Please continue his tamsulosin 400 micrograms daily.",
     False),
    ("Given the pressure on our CT lists, I'd be grateful if you could request a staging CT chest.", True),
    ("Chemoradiotherapy is recommended, subject to a staging PET-CT that shows no distant disease.", False),
    ("I have asked him to contact his GP for the result of the MRI lumbar spine I requested today.", False),
    ("This CT report has been forwarded to the patient's GP for urgent action.", True),
    # the hospital's own team asked, however politely
    ("I would be grateful if our audiology colleagues could see him urgently for hearing aids.", False),
])
def test_time_critical_by_date_or_context(policy, text: str, urgent: bool) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    letter = dataclasses.replace(example_letter(text), sent_at=datetime(2026, 11, 10, 9, 0, tzinfo=UTC))
    assert assess(letter, policy).urgent_clinical_action is urgent


@pytest.mark.parametrize(("raw", "read"), [
    ("Who informs patient of result: | ☒ GP ☐ Respiratory team", "Who informs patient of result: | [x] GP"),
    ("Clip removal: [X] Practice nurse at day 10 [ ] Ward\nClip remover: [X] Supplied",
     "Clip removal: [x] Practice nurse at day 10 Clip remover: [x] Supplied"),
    ("Follow-up: ☐ None ☐ GP ☒ OPD 6/12 (hospital will book)", "Follow-up: [x] OPD 6/12 (hospital will book)"),
    ("Repeat U&E in 1/52.  Reference [1]", "Repeat U&E in 1/52. Reference [1]"),
])
def test_a_form_is_read_as_filled_in(raw: str, read: str) -> None:
    """Unticked options vanish up to the next box, cell or line end; ticked boxes read "[x]"."""
    from bouncebot.policy.text import as_filled_in

    assert as_filled_in(raw) == read


def test_a_ticked_box_names_who_is_asked(policy) -> None:  # type: ignore[no-untyped-def]
    """The same form row asks the practice only when the box beside the practice is the one ticked."""
    ticked = assess(example_letter("Clip removal: ☒ Practice nurse at day 10 ☐ Day surgery unit"), policy)
    unticked = assess(example_letter("Clip removal: ☐ Practice nurse ☒ Day surgery unit at day 10"), policy)
    assert [f.category for f in ticked.findings] == ["post_procedure_care"]
    assert ticked.findings[0].evidence.startswith("Clip removal: ☒ Practice nurse")  # quoted as written
    assert unticked.findings == ()


def test_spoken_punctuation_in_dictated_letters_ends_a_sentence(policy) -> None:  # type: ignore[no-untyped-def]
    """Voice recognition types "full stop" as words: the hospital's own plan must not run on into the
    next statement, where its verbs ("stop") and the practice's "please" would meet in one sentence."""
    from bouncebot.policy.text import sentences

    text = ("I have requested an ambulatory ECG which will be fitted in our unit full stop we will write to you "
            "with the result bloods today were taken in our phlebotomy please continue bisoprolol")
    letter = example_letter(text)
    assert [s.text.split()[-1] for s in sentences(letter)] == ["stop", "bisoprolol"]
    assert not assess(letter, policy).urgent_clinical_action
    # "came to a full stop." is an ordinary sentence
    assert len(sentences(example_letter("The bleeding came to a full stop. GP to review."))) == 2


@pytest.mark.parametrize(("text", "evidence"), [
    ("Result: potassium 5.9.\nAction required by GP: please act on this result.",
     "Action required by GP: please act on this result."),
    ("Result: potassium 5.9.\nPlan: please repeat U&Es in 2 weeks.", "please repeat U&Es in 2 weeks."),
    ("Advice: please arrange an ultrasound of the liver before his next clinic.",
     "Advice: please arrange an ultrasound of the liver before his next clinic."),
    # an item of a list numbered without dots is quoted without its number
    ("Plan\n1 Cystoscopy normal.\n2 He has been advised to ring the surgery for his CT result.",
     "He has been advised to ring the surgery for his CT result."),
])
def test_evidence_keeps_a_label_that_names_the_practice(policy, text: str, evidence: str) -> None:  # type: ignore[no-untyped-def]
    """The quote a reviewer reads shows who was asked when a label on the line says so, and leaves out the
    bare number of a list item."""
    found = assess(example_letter(text), policy).findings
    assert [f.evidence for f in found] == [evidence]


def test_a_letter_mentioning_a_protocol_to_come_is_not_a_reference_document(policy) -> None:  # type: ignore[no-untyped-def]
    """Only an attachment titled as a protocol is skipped; a Word letter's paragraph is a whole line and may
    say that a shared-care protocol will follow."""
    docx = Source("attachment", "letter.docx")
    ask = ("I should be grateful if you would check a serum lithium level and U&Es one week after starting. "
           "Prescribing will remain with us until the level is stable, after which I will write to you with our "
           "shared care protocol for your consideration.")
    assert found_in(policy, "Dear Dr Threlkeld,\n" + ask, docx) == {"tests_for_hospital"}
    assert found_in(policy, "Shared Care Protocol: Lithium\n" + ask, docx) == set()


def cats_about(policy, text: str, patient: str) -> set[str]:  # type: ignore[no-untyped-def]
    """`cats` for a letter about the named patient (so a greeting can be matched against the patient's name)."""
    import dataclasses

    from bouncebot.model import Patient

    letter = dataclasses.replace(example_letter(text), patient=Patient(name=patient, nhs_number="9990000018", dob=None))
    return {f.category for f in assess(letter, policy).findings}


@pytest.mark.parametrize(("dear", "expected"), [
    ("Dear Mr Thackwray,", set()),  # written to the patient: "please" asks him
    ("Dear Dr Peverell,", {"tests_for_hospital"}),  # written to the GP: the same words ask the practice
])
def test_please_asks_whoever_the_letter_is_written_to(policy, dear: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    text = (f"{dear}\n\nYour lithium level was 0.7 mmol/L.\n\n"
            "Please check your lithium level in three months and bring your record book.\n")
    assert cats_about(policy, text, "Rowan Thackwray") == expected


def test_a_patient_letter_still_asks_the_practice_through_the_patient(policy) -> None:  # type: ignore[no-untyped-def]
    text = ("Dear Mrs Hale,\n\nPlease take the enclosed health questionnaire to your GP surgery and ask them to "
            "complete it before your operation.\n")
    assert cats_about(policy, text, "Ada Hale") == {"non_contractual_admin"}

_CARE_HOME = ("Addressed to | Larkspur House Care Home\nCopy to | GP: Dr P Lanyon, Tanner's Yard Medical Centre\n\n"
              "Dear Ms Odunsi-Varley\n\n{ask} remove the clips on day 12 and check the wound.\n")


@pytest.mark.parametrize(("ask", "expected"), [
    ("Please could you", set()),  # the care home is asked
    ("GP: please could you", {"post_procedure_care"}),  # a line labelled for the GP asks the practice
    ("Could Dr Lanyon please", {"post_procedure_care"}),  # so does naming the GP
])
def test_a_letter_to_someone_else_asks_the_practice_only_where_it_names_it(policy, ask: str,  # type: ignore[no-untyped-def]
                                                                         expected: set[str]) -> None:
    """A letter addressed to a care home, another clinician or the patient, the practice in copy: its "please"
    and "could you" ask the addressee."""
    assert cats_about(policy, _CARE_HOME.format(ask=ask), "Walter Pinnegar") == expected


def test_the_cover_email_and_the_attached_letter_are_read_for_their_own_addressee(policy) -> None:  # type: ignore[no-untyped-def]
    """The practice's cover e-mail ("Dear colleague") asks the practice; the attached letter to the patient does not."""
    import dataclasses

    from bouncebot.model import Block, Patient, Source

    cover = Block("Dear colleague,\n\nPlease repeat his U&Es in 1/52 and let us know the result.\n", Source("body"))
    attached = Block("Dear Mr Pinnegar,\n\nPlease have a blood test (U&Es) in one week.\n",
                     Source("attachment", "letter.pdf", 1))
    letter = dataclasses.replace(example_letter(""), blocks=(cover, attached),
                                 patient=Patient(name="Walter Pinnegar", nhs_number="9990000018", dob=None))
    found = assess(letter, policy).findings
    assert [(f.category, f.source.kind) for f in found] == [("tests_for_hospital", "body")]



def test_terse_note_lines_are_items_even_without_full_stops(policy) -> None:  # type: ignore[no-untyped-def]
    """In a junior doctor's note each line opening with whom it asks is its own item: the district nurse
    referral for a wound check is aftercare, and the next line is the practice's, not more of the same."""
    from bouncebot.policy.text import sentences

    text = ("ACTIONS FOR GP:-\npls refer to DN for wound check + removal of clips D10\n"
            "GP to discuss histo result w/ pt when back (approx 4/52)\n")
    assert [s.text for s in sentences(example_letter(text))] == [
        "pls refer to DN for wound check + removal of clips D10", "GP to discuss histo result w/ pt when back (approx 4/52)"]
    assert cats(policy, text) == {"post_procedure_care", "patient_redirected_to_gp"}
    # a line broken off mid-phrase still carries on
    assert len(sentences(example_letter("I would be grateful if you could arrange for her to ask the\n"
                                        "GP to repeat her bloods.\n"))) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("She has not responded to sertraline 100 mg. We are unable to accept this referral until a second "
     "antidepressant has been tried, so please start one and re-refer.", {"referral_returned_for_workup"}),
    ("He has not responded to our two appointment letters, so he has been discharged. Please re-refer if still "
     "needed.", {"dna_rereferral"}),
])
def test_no_reply_to_the_service_is_not_no_response_to_treatment(policy, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert cats(policy, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In my letter of 16/02/2038 I asked whether the practice might check his ESR and CRP; these were done here.", set()),
    ("Her ferritin on the bloods we took today was 9 micrograms/L, so please could you act on this.",
     {"results_chasing"}),
    ("Please could you contact Mr Test today, stop his spironolactone and arrange a repeat U&E tomorrow.",
     {"results_chasing"}),  # acting on the hospital's result, not a test for the hospital
    ("He works as a driver and no fit note was issued on the ward, so please could you provide one.", {"fit_note"}),
    ("Did not attend 12/01/2041.\nRe-referral needed: | No - episode remains open", set()),  # a form's field answered no
])
def test_history_results_and_fit_notes(policy, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert cats(policy, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Actions:\nCare home: please check her U&Es in 1/52 and record them.\nGP: please arrange a 24-hour ECG tape.",
     {"tests_for_hospital"}),
    ("Action | Responsible\n\nPlease remove the sutures on 31/01/2039 | District nurses\n\n"
     "Please check his U&Es on 02/02/2039 | Community matron", set()),
    ("Action | Responsible\n\nPlease remove the sutures on 31/01/2039 | GP practice nurse", {"post_procedure_care"}),
])
def test_a_line_labelled_for_someone_else_does_not_ask_the_practice(policy, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert cats(policy, text) == expected


def test_an_email_disclaimer_is_not_an_urgent_request(policy) -> None:  # type: ignore[no-untyped-def]
    text = ("GP to repeat U&Es in 2/52.\n\nIf you are not the intended recipient, please notify the sender immediately "
            "and delete it from your system.")
    assert assess(example_letter(text), policy).urgent_clinical_action is False
