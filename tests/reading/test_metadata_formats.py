"""Letter metadata in the formats trusts actually use: sign-offs, labels, teams, dates and NHS numbers.

Every name, organisation and NHS number here is invented (NHS numbers in the 999 test range).
"""

from __future__ import annotations

from datetime import date

import pytest

from bouncebot.reading import read_letter
from bouncebot.reading.dates import parse_date
from tests.reading.test_reading import message


def read(body: str, subject: str = "Clinic letter"):  # type: ignore[no-untyped-def]
    data = message(body).replace(b"Subject: Clinic letter", b"Subject: " + subject.encode())
    return read_letter(data)


HEAD = "Examplebury Hospitals NHS Foundation Trust\n"


@pytest.mark.parametrize(("text", "want"), [
    ("25-05-2027", date(2027, 5, 25)),
    ("2027/05/03", date(2027, 5, 3)),
    ("2027-05-03", date(2027, 5, 3)),
    ("03.05.27", date(2027, 5, 3)),
    ("999-069-5202", None),  # an NHS number is not a date
])
def test_date_formats(text: str, want: date | None) -> None:
    assert parse_date(text) == want


@pytest.mark.parametrize("nhs", ["NHS No. 999-000-0018", "N.H.S. number: 999.000.0018", "NHS number (verified) 999 000 0018",
                                 "NHS#9990000018"])
def test_nhs_number_labels_and_separators(nhs: str) -> None:
    L = read(HEAD + f"Patient: Mr Arthur Testman {nhs}\nDear Dr Smith\nSeen in clinic.\n")
    assert L.patient is not None and L.patient.nhs_number == "9990000018"


@pytest.mark.parametrize(("signature", "want"), [
    ("Yours sincerely\n\nMr D Example FRCS\nConsultant Surgeon", "Mr D Example"),
    ("Dr P Example, Consultant Neurologist", "Dr P Example"),
    ("Electronically signed by Dr Ada Example on 04/05/2027", "Dr Ada Example"),
    ("Dictated by: Miss J.R. Example\nTyped by: A Secretary", "Miss J.R. Example"),
    ("Kind regards\n\nLorna Example\n\nTissue Viability Nurse Specialist (Ms L Example RGN)", "Ms Lorna Example"),
    ("Regards\nJodie Example, Advanced Practice Physiotherapist", "Jodie Example"),
    ("Dr Nikhil Example\n\nGP with Extended Role in Dermatology", "Dr Nikhil Example"),
    ("Thank you.\n\nDr Ruth Example\n", "Dr Ruth Example"),
    ("REPORTED BY: DR S EXAMPLE-COLE, CONSULTANT RADIOLOGIST 05/02/2032 16:02", "Dr S Example-Cole"),  # capitals
    ("Triaging consultant: Dr L Example Date: 10/02/2032", "Dr L Example"),
    ("Please could you contact him tomorrow. Thanks, Dr Ifeoma Example, Medical Registrar, AMU", "Dr Ifeoma Example"),
    ("> Yours sincerely\n> Mr Oluwaseun Example\n> Consultant Orthopaedic Surgeon", "Mr Oluwaseun Example"),  # quoted
])
def test_clinician_sign_off_formats(signature: str, want: str) -> None:
    L = read(HEAD + "Patient: Mr Arthur Testman NHS 999 000 0018\nDear Dr Smith\nI saw him in clinic.\n\n" + signature)
    assert L.clinician == want


def test_discharge_summary_names_the_consultant_not_the_author() -> None:
    L = read(HEAD + "DISCHARGE SUMMARY\nPt: TESTMAN, Arthur NHS: 9990000018\nAdm: 02/05/27 D/C: 05/05/27 15:00\n"
             "Cons: Dr M Example (Acute Medicine) Completed by: Dr J Junior FY1\n", "eDischarge")
    assert L.kind == "discharge_summary" and L.clinician == "Dr M Example"
    L = read(HEAD + "Discharge summary\nNHS 9990000018\nDate of discharge: 07/05/2027\n"
             "Responsible clinician: Dr G Example, Intermediate Care Lead\n", "Discharge summary")
    assert L.clinician == "Dr G Example"


def test_ed_letter_names_who_saw_the_patient() -> None:
    L = read(HEAD + "EMERGENCY DEPARTMENT ATTENDANCE SUMMARY\nNHS: 999 000 0018\n"
             "Attendance: 31/07/2027 22:48 Discharged: 01/08/2027 01:55\n"
             "Seen by: Dr Lucy Example, ST4 Emergency Medicine\nSenior review: Dr Sam Senior, ED Consultant\n",
             "ED attendance summary")
    assert L.clinician == "Dr Lucy Example"
    assert L.event_date == date(2027, 7, 31)  # the attendance, not the discharge after midnight


def test_hospice_is_the_provider_and_palliative_medicine_the_specialty() -> None:
    L = read("Examplemoor Hospice\nInpatient Unit | Examplemoor Hospice, Moor Lane | Tel: 01632 960 000\n"
             "DISCHARGE SUMMARY\nNHS number: 999 000 0018\nDischarged home: 17/09/2027 at 14:00\n", "Hospice discharge")
    assert L.trust == "Examplemoor Hospice" and L.specialty == "Palliative Medicine"
    assert L.event_date == date(2027, 9, 17) and L.event_time == "14:00"


@pytest.mark.parametrize(("cover", "want"), [
    ("Attached: Clinic Letter - Adult Eating Disorders - ref RIO-123", "Adult Eating Disorders"),
    ("A Discharge Summary (Trauma and Orthopaedics) is attached for a patient registered with your practice.",
     "Trauma and Orthopaedics"),
    ("Please find attached correspondence from Example Community Health (Community Heart Failure).",
     "Community Heart Failure"),
    ("Please find attached a report from Example Hearing Centre (NHS Audiology).", "Audiology"),
    ("Attached: clinic letter (Department of Dermatology), ref S16-P14.", "Dermatology"),  # no ")" kept
    ("This message contains a clinic letter from Example Hospitals NHS Trust (Department of Neurology) for a patient "
     "registered with your practice.", "Neurology"),
    # the brackets name the team's patch, not a specialty
    ("Please find attached a clinic letter from Community Mental Health Team (North), Example Mental Health NHS "
     "Foundation Trust.", "Adult Mental Health"),
])
def test_specialty_stated_by_the_covering_email(cover: str, want: str) -> None:
    L = read(cover + "\n\n" + HEAD + "Cardiology\nNHS 999 000 0018\nDear Dr Smith\n")
    assert L.specialty == want


@pytest.mark.parametrize(("heading", "want"), [
    ("Specialty: Cardiology (Heart Failure)", "Cardiology"),
    ("Service: Rheumatology / Metabolic Bone - Example Hospital", "Rheumatology"),
    ("Service: Hepatology General Clinic - Example Hospital", "Hepatology"),
    ("Department of Otolaryngology", "ENT"),
    ("Paediatric Gastroenterology | Example Children's Hospital", "Paediatric Gastroenterology"),
    ("Children's Diabetes Team", "Paediatric Diabetes"),
    ("Paediatric ED - Discharge Letter", "Paediatric Emergency Medicine"),
    ("Breast Oncology", "Medical Oncology"),
    ("Early Intervention in Psychosis Team", "Early Intervention in Psychosis"),
    ("Neonatal Unit", "Neonatology"),
    ("Department | Rapid Access Palpitations Clinic, Cardiology", "Cardiology"),  # the clinic, then its specialty
    ("Department: Interstitial Lung Disease Clinic, Respiratory Medicine", "Respiratory Medicine"),
    ("IBD Nurse Specialist Service - telephone clinic", "Gastroenterology"),
    ("Parkinson's Disease Nurse Service", "Neurology"),
    ("Department of Medical Oncology at The Example Cancer Centre", "Medical Oncology"),  # the place ends it
    ("Oral and Maxillofacial Surgery Department", "Oral and Maxillofacial Surgery"),
    ("Example Nutrition & Dietetics", "Nutrition and Dietetics"),
    ("CAMHS Neurodevelopmental (ADHD) Service", "Child and Adolescent Mental Health"),
    ("Community Learning Disability Team", "Learning Disability"),
    ("Paediatric Surgery", "Paediatric Surgery"),
    # the NHS treatment-function name, unless the letter names the specialty its own way
    ("Renal Unit, Example General Hospital", "Nephrology"),
    ("Specialty: Renal Medicine", "Renal Medicine"),
    ("Elderly Care Unit", "Geriatric Medicine"),
    ("Department of Medicine for Older People", "Medicine for Older People"),
    ("Community Paediatrics, Example Child Health Centre", "Community Paediatrics"),  # the table's "Paediatric", plural
    ("Crisis Resolution and Home Treatment Team", "Crisis Resolution and Home Treatment"),
    ("Pain Management Service", "Pain Medicine"),
])
def test_specialty_from_teams_and_services(heading: str, want: str) -> None:
    L = read(HEAD + heading + "\nNHS 999 000 0018\nDear Dr Smith\n")
    assert L.specialty == want


def test_mental_health_ward_summary_is_the_inpatient_service() -> None:
    L = read(HEAD + "Willow Ward\nSpecialty: Adult Mental Health\nNHS 999 000 0018\nDate of discharge: 03/05/2027\n",
             "Inpatient discharge summary")
    assert L.specialty == "Adult Mental Health (Inpatient)"


@pytest.mark.parametrize(("line", "want"), [
    ("Clinic 27/4/2027", date(2027, 4, 27)),
    ("Clinic: 25-05-2027 (typed 02-06-2027)", date(2027, 5, 25)),
    ("Reviewed: 09/06/2027", date(2027, 6, 9)),
    ("Seen in fracture clinic on 03.05.27", date(2027, 5, 3)),
    ("Date of attendance: 2027-05-03", date(2027, 5, 3)),
    ("Appointment | Fitting, 31/03/2027", date(2027, 3, 31)),
    ("Attended Lowmere UTC 20/04/2027 19:05", date(2027, 4, 20)),  # a line that starts with the visit, no label
    ("CNS home visit 02/05/2027", date(2027, 5, 2)),
    ("Clinic: One-stop Haematuria Clinic, 09/04/2027", date(2027, 4, 9)),  # a named clinic with a hyphen
    ("Encounter: Outpatient, Liver Clinic, 06/10/2027", date(2027, 10, 6)),  # an EPR's setting, then its clinic
    ("Date/time of call: 04/05/2027 01:52", date(2027, 5, 4)),
    ("Assessed: 29/06/2027 by Mrs Y Example, Clinical Scientist (Audiology)", date(2027, 6, 29)),
    ("Date of call: 15/10/2027", date(2027, 10, 15)),
    ("Seen: Colorectal Straight-to-Test clinic and colonoscopy, 17/04/2027", date(2027, 4, 17)),
])
def test_clinic_date_formats(line: str, want: date) -> None:
    L = read(HEAD + "Neurology\nNHS 999 000 0018\n" + line + "\nDear Dr Smith\nThank you.\n")
    assert L.event_date == want


def test_discharge_from_a_named_service_is_the_event() -> None:
    L = read(HEAD + "Virtual Ward Discharge Summary\nNHS 999 000 0018\n"
             "Date of admission to virtual ward: 01/11/2028\nDate of discharge from virtual ward: 08/11/2028 11:30\n"
             "Dear Dr Smith\nThank you.\n", subject="Discharge summary")
    assert L.kind == "discharge_summary" and L.event_date == date(2028, 11, 8) and L.event_time == "11:30"


def test_labelled_visit_in_a_results_letter_and_today() -> None:
    L = read(HEAD + "NHS 999 000 0018\nAppointment date: 10.03.2027\nReport date: 11.03.2027\n", "Audiology report")
    assert L.kind == "results" and L.event_date == date(2027, 3, 10)
    L = read(HEAD + "29 March 2027\nDear Dr Smith\nNHS 999 000 0018\nAt her routine review today her ECG was normal.\n")
    assert L.event_date == date(2027, 3, 29)


def test_a_missed_appointment_described_in_a_field_is_not_an_attendance() -> None:
    L = read(HEAD + "Date: 27/11/2026\nNHS: 999 000 0018\nAppointment: Glaucoma clinic, 24/11/2026 (DID NOT ATTEND)\n"
             "Mr Testman did not attend his appointment.\n")
    assert L.event_date is None


def test_a_name_stops_at_the_next_label_on_the_same_line() -> None:
    L = read("DISCHARGE SUMMARY\n" + HEAD + "Patient: Mr Arthur Testman NHS: 999 000 0018\n"
             "Admitted: 04/10/2027 Discharged: 07/10/2027\n"
             "Consultant: Mr Colin Example Summary by: Dr Bethan Sample, FY1\nProcedure\nKnee replacement.\n",
             subject="Discharge summary")
    assert L.clinician == "Mr Colin Example"


def test_a_company_in_capitals_is_the_provider() -> None:
    L = read("EXAMPLEWELL HEALTHCARE LTD\nOphthalmology (NHS cataract service)\n"
             "Re: Mrs Beryl Testperson, NHS No 999 000 0018\nDear Dr Smith,\nSeen today.\n")
    assert L.trust == "Examplewell Healthcare Ltd"


def test_the_document_s_own_label_outranks_the_subject_line() -> None:
    """A clinic that discharges a patient writes a clinic letter, whatever the e-mail subject says."""
    L = read(HEAD + "Attached: Clinic Letter (Adult Mental Health).\nSeen: 4 August 2027\n"
             "Re: Rosemary Testperson, NHS number: 999 000 0018\nDear Mrs Testperson,\nThank you for coming.\n",
             subject="CMHT discharge letter")
    assert L.kind == "clinic_letter"
    L = read(HEAD + "Re: Rosemary Testperson, NHS number: 999 000 0018\nDate of discharge: 04/08/2027\n",
             subject="Discharge summary")
    assert L.kind == "discharge_summary"


@pytest.mark.parametrize("subject", ["Non-conveyance notification - Incident NF-1187", "See and treat summary",
                                     "NHS 111 post event message", "OOH consultation summary", "UTC attendance summary"])
def test_urgent_and_emergency_care_reports_are_ed_letters(subject: str) -> None:
    """An ambulance crew's, NHS 111's or an out-of-hours service's report is urgent and emergency care,
    like an ED letter: never timed as a clinic letter."""
    L = read(HEAD + "Patient: Eric Testperson NHS No: 999 000 0018\nDate of incident | 27/05/2027, on scene 23:31\n"
             "Seen and treated at home.\n", subject=subject)
    assert L.kind == "ed_letter" and L.event_date == date(2027, 5, 27)


@pytest.mark.parametrize("head", ["Examplewick Healthcare Group", "Ashmoor Private Hospital"])
def test_an_independent_provider_s_letterhead_names_the_provider(head: str) -> None:
    L = read(f"{head}\nUrology - NHS e-Referral Patients\nDear Dr Smith\n"
             "Re: Eric Testperson DOB: 01/06/1957 NHS No: 999 000 0018\nI saw Mr Testperson in clinic.\n")
    assert L.trust == head


@pytest.mark.parametrize(("sender", "want"), [
    ("PELLING, Hannah (EXAMPLEBURY AND DALE HOSPITALS NHS FOUNDATION TRUST) <hannah.pelling@nhs.net>",
     "Examplebury and Dale Hospitals NHS Foundation Trust"),  # NHSmail's "SURNAME, Forename (ORGANISATION)"
    ("Examplemoor Hospice <letters@examplemoor-hospice.org.uk>", "Examplemoor Hospice"),
    ("Exampleford Treatment Centre <letters@exampleford-tc.co.uk>", "Exampleford Treatment Centre"),
    ("Exampleford Orthopaedic and Day Surgery Centre Ltd <a@b.example.co.uk>",
     "Exampleford Orthopaedic and Day Surgery Centre Ltd"),  # a company's name with "and" in it
    ("Falls Clinic Admin <falls.clinic@nhs.net>", None),  # a team's mailbox names no provider
])
def test_a_letter_naming_no_provider_takes_it_from_the_sender(sender: str, want: str | None) -> None:
    data = message("Falls clinic, Ward 4\nNHS No: 999 000 0018\nDear Dr Smith\nShe was seen on 03/11/2026.\n")
    L = read_letter(data.replace(b"Kestrel Vale Letters <letters@kestrelvale.nhs.uk>", sender.encode()))
    assert L.trust == want


@pytest.mark.parametrize(("subject", "kind"), [
    ("Nail surgery report", "clinic_letter"),  # a procedure's report is a clinic letter, timed from the procedure
    ("Histology report", "results"),
])
def test_a_procedure_report_is_not_a_results_report(subject: str, kind: str) -> None:
    L = read(HEAD + "Podiatry\nNHS 999 000 0018\nDate of procedure: 03/11/2026\nDear Dr Smith\n", subject)
    assert L.kind == kind
