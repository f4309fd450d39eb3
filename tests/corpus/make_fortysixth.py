#!/usr/bin/env python3
"""Build the forty-sixth (independent, held-out) corpus: tests/corpus/fortysixth/.

Style: an ordinary month (November 2026) of one practice's shared clinical mailbox, in realistic proportions.
Most provider letters ask the practice for nothing: outpatient follow-ups, discharge summaries where the
hospital supplied the medicines and booked the follow-up itself, results of tests the GP asked for, copies of
letters written to the patient, advice with no request, shared care offered for agreement with its protocol,
green medicines to continue, fit notes already issued and referrals already made.  The requests that do
appear are scattered and subtle, one line in a long letter, and written in every style: narrative, bullets,
numbered "Recommendations", an "Actions for GP" table, a medication-table cell, terse "GP ACTIONS" lists,
polite paragraphs.  Three urgent letters: one is a request the hospital should have handled itself (an
incidental suspected cancer on its own scan), two are results of tests the practice requested (a radiology
alert and a telephoned critical potassium), where acting is the practice's own work.

Four invented providers write to an invented practice, Tansey Brook Surgery: an acute trust (Wealdmere
Hospitals NHS Foundation Trust), a teaching trust (Orrinsford University Hospitals NHS Trust), a community
trust with mental health, MSK, podiatry, heart failure and paediatric services (Lowther Fen Community
Healthcare NHS Trust) and an independent treatment centre with an NHS contract (Ashgrove Lane Treatment
Centre Ltd).  Letters come as typed plain text, HTML (with and without a text alternative), PDF and DOCX
attachments, some with a second PDF (a shared care agreement, a hospital form); a few are sent by a person
(a secretary, a biochemist, a consultant) rather than a letter system.  Ten messages are not letters.

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  Every Date header falls in GMT (2 to 30 November 2026).  The build is deterministic.

    python3 tests/corpus/make_fortysixth.py            # build, then verify
    python3 tests/corpus/make_fortysixth.py --verify-only
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, spaced  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

WEA = "Wealdmere Hospitals NHS Foundation Trust"
ORR = "Orrinsford University Hospitals NHS Trust"
LOW = "Lowther Fen Community Healthcare NHS Trust"
ASH = "Ashgrove Lane Treatment Centre Ltd"
PROV = {
    "wea": dict(
        name=WEA, site="Wealdmere General Hospital", addr=["Infirmary Road", "Wealdmere", "WQ3 7HN"],
        phone="0117 496 0310", domain="wealdmere.nhs.uk",
        sender="Wealdmere Hospitals Correspondence <letters@wealdmere.nhs.uk>", mailer="WHFT Lorenzo Letters 4.2"),
    "orr": dict(
        name=ORR, site="Orrinsford Royal Infirmary", addr=["Chantry Way", "Orrinsford", "OQ1 4RD"],
        phone="0116 496 0520", domain="orrinsford.nhs.uk",
        sender="ORUH eLetters <orrinsford.eletters@nhs.net>", mailer="ORUH Clinical Document Service 2.9"),
    "low": dict(
        name=LOW, site="Fenby Health Centre", addr=["Dyke Lane", "Fenby", "WQ8 2PE"],
        phone="01632 960 470", domain="lowtherfen.nhs.uk",
        sender="Lowther Fen Community Health <lfch.clinicalcorrespondence@nhs.net>",
        mailer="SystmOne Letters Service"),
    "ash": dict(
        name=ASH, site="Ashgrove Lane Treatment Centre", addr=["4 Ashgrove Lane", "Kelsworth", "KQ2 9TA"],
        phone="0115 496 0663", domain="ashgrovelane.example.co.uk",
        sender="Ashgrove Lane NHS Patient Office <nhs.office@ashgrovelane.example.co.uk>",
        mailer="Meditrack Clinic Manager 11"),
}
COVERS = {
    "wea": "{trust}\n{dept}\n\nPlease find attached a {doctype} (reference {ref}).\n"
           "This is an automated message from our correspondence service; replies to this address are not read.\n",
    "orr": "ORUH Clinical Document Service\n\nDocument type: {doctype}\nDepartment: {dept}\nReference: {ref}\n\n"
           "This e-mail and its attachment are confidential and intended for the addressee only.\n",
    "low": "{trust}\n{dept}\n\nDear colleague\n\nPlease see the attached {doctype} (ref {ref}).\n\n"
           "Kind regards\nClinical Administration\n",
    "ash": "{trust} - NHS patient correspondence\n{dept}\n\nDear Practice Team\n\nPlease find attached a "
           "{doctype} for your patient (ref {ref}).\n\nNHS Patient Office\n",
}
PRACTICE_TO = "Tansey Brook Surgery <tanseybrook.surgery@nhs.net>"
C = kit.Corpus("fortysixth", "f46", PRACTICE_TO, PROV, cover=COVERS, window=("2026-11-02", "2026-11-30"),
               utc_hours=0)
other = C.other
idl = kit.idline
GP_ADDR = "Tansey Brook Surgery\n11 Weir Street\nTansey\nWQ5 3BN"


def letter(**kw) -> None:
    """Record a letter whose evidence is written inline as [[category: words]] (late= for the date words)."""
    C.letter(**kit.inline_evidence(kw))


def head(p: str, dept: str) -> str:
    """The letterhead a typed plain-text letter carries."""
    pr = PROV[p]
    return f"{pr['name']}\n{dept}\n{pr['site']}, {', '.join(pr['addr'])}\nTel: {pr['phone']}"


def table_id(pt: dict, *rows: tuple[str, str]) -> str:
    """A patient block laid out as a label | value table, then any further rows."""
    lines = [f"| Patient | {pt['name']} |", f"| Date of birth | {dmy(pt['dob'])} |",
             f"| NHS number | {spaced(pt['nhs_number'])} |"]
    return "\n".join(lines + [f"| {a} | {b} |" for a, b in rows])


# ====================================================================== letters (in sending order)

# N1 Wealdmere cardiology follow-up: stable AF, continue green medicines, review booked.
pt = P("Leonard Pattinson", "461010", "1951-06-14")
letter(key="c01", prov="wea", dept="Cardiology Outpatients", kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Ruairi Blenkinsop", patient=pt, ev="2026-10-27", ld="2026-10-30", sent="2026-11-02 09:14",
       fmt="plain", subject="Clinic letter - Cardiology - PATTINSON L", body=f"""
{head("wea", "Cardiology Outpatients")}

Our ref: RB/CARD/7781          Date typed: 30/10/2026

Dr H Marchbank
{GP_ADDR}

{idl(pt)}
Clinic date: 27/10/2026

Dear Dr Marchbank

Diagnoses:
1. Permanent atrial fibrillation, rate controlled
2. Hypertension

Medication: apixaban 5 mg BD, bisoprolol 5 mg OD, ramipril 5 mg OD, atorvastatin 20 mg ON

I reviewed Mr Pattinson in clinic today. He feels well, walks his dog for 40 minutes a day without
breathlessness and has had no presyncope. HR 72 irregularly irregular, BP 134/78. His 24-hour tape in
September showed an average rate of 76 with no pauses, and the echo in July showed preserved LV function
with moderate left atrial dilatation.

His CHA2DS2-VASc score is 3 and he remains on apixaban. Renal function from his bloods at the surgery in
August was stable (creatinine 96, weight 81 kg), so 5 mg BD is still the correct dose.

Plan:
- No changes; please continue his medication as above.
- I have explained that palpitations with dizziness or breathlessness need urgent assessment.
- Review in cardiology clinic in 12 months; the appointment will be posted to him.

Yours sincerely

Dr Ruairi Blenkinsop
Consultant Cardiologist

cc Mr L Pattinson
""", notes="Hard negative: routine follow-up, green medicines to continue, review booked by the hospital; renal "
           "function from earlier GP bloods is history.")

# N2 Wealdmere acute medicine discharge: pneumonia, course supplied, follow-up X-ray booked by the hospital.
pt = P("Maureen Kilbride", "461027", "1944-02-09")
letter(key="d01", prov="wea", dept="Acute Medical Unit (Ward 22)", kind="discharge_summary",
       specialty="Acute Medicine", clinician="Dr Tobias Renshaw", patient=pt, ev="2026-11-02", ev_time="11:20",
       ld="2026-11-03", sent="2026-11-03 10:02", fmt="html", opts={"label_col": True},
       subject="eDischarge summary - KILBRIDE M - AMU", body=f"""
# Discharge Summary - Acute Medicine
{table_id(pt, ("Ward", "Ward 22 (Acute Medical Unit), Wealdmere General Hospital"),
           ("Admitted", "29/10/2026 18:05"), ("Discharged", "02/11/2026 11:20"),
           ("Completed by", "Dr Tobias Renshaw, ST4 Acute Medicine, for Dr M Quayle"))}

# Diagnosis
Community-acquired pneumonia, right lower lobe (CURB-65 score 2 on admission).

# Clinical summary
Three days of productive cough, fever and new confusion. CXR: right lower lobe consolidation. CRP 212 on admission, 38 by discharge.
Treated with IV co-amoxiclav and clarithromycin, switched to oral on day 3. Delirium resolved by day 2.
Mobilising independently with her stick; her daughter says she is back to her usual self.

# Medication on discharge
| Medicine | Dose | Status | Supply |
| Co-amoxiclav | 625 mg TDS | New - stop after 08/11/2026 | Remainder of course supplied (17 tablets) |
| Amlodipine | 5 mg OD | Unchanged | Own supply |
| Simvastatin | 40 mg ON | Withheld during clarithromycin, restarted 02/11/2026 | Own supply |

# Follow-up
- Repeat chest X-ray at 6 weeks to confirm resolution: booked by us in Wealdmere General Hospital radiology for 14/12/2026.
- The X-ray result will go to the respiratory team, who will contact her if anything further is needed.
- No hospital clinic follow-up.

# Information for the patient
If your breathing gets worse, your temperature comes back or you feel more confused, contact your GP or NHS 111; in an emergency call 999.

# Actions for GP
None.
""", notes="Hard negative: antibiotic course supplied, the follow-up chest X-ray booked and its result handled by the "
           "hospital, safety-netting aimed at the patient. Discharged 11:20 on 02/11, sent 10:02 on 03/11: on time.")

# F7 Orrinsford urology referral returned for work-up (PSA after a UTI).
pt = P("Desmond Haverfield", "461034", "1958-11-30")
letter(key="r01", prov="orr", dept="Department of Urology", kind="referral_response", specialty="Urology",
       clinician="Mr Anand Trevelyan", patient=pt, ev=None, ld="2026-11-02", sent="2026-11-03 15:30",
       fmt="plain", subject="e-RS referral outcome - Urology - HAVERFIELD D", body=f"""
{head("orr", "Department of Urology")}

REFERRAL TRIAGE OUTCOME: RETURNED TO REFERRER

{idl(pt)}
Referral received: 28/10/2026 (e-RS, routine - LUTS and raised PSA)
Triaged by: Mr Anand Trevelyan, Consultant Urological Surgeon, on 02/11/2026

Dear Dr Oduya

Thank you for referring Mr Haverfield with lower urinary tract symptoms and a PSA of 5.4 ug/L. I note the PSA was taken six days after he finished a course of trimethoprim for a presumed UTI, and no DRE is documented.

I am not able to accept the referral as it stands. [[referral_returned_for_workup: Please repeat the PSA no sooner than six weeks after the infection, together with a DRE and an IPSS score, and re-refer with the results if the PSA remains above the age-specific range]].

His flow symptoms sound bothersome, and in the meantime a trial of tamsulosin 400 micrograms daily would be reasonable.

Yours sincerely

Mr A Trevelyan
Consultant Urological Surgeon
""", notes="Referral returned asking the GP to repeat the PSA, examine and score symptoms before re-referring: "
           "referral_returned_for_workup. The tamsulosin suggestion is advice, not a request.")

# F4 Orrinsford rheumatology: methotrexate handed over with no shared care agreement offered; sent 13 days late.
pt = P("Gillian Ormerod", "461041", "1969-04-22")
letter(key="c02", prov="orr", dept="Rheumatology Outpatients", kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Saoirse Blackwood", patient=pt, ev="2026-10-22", ld="2026-11-02", sent="2026-11-04 11:45",
       fmt="pdf", subject="Rheumatology clinic letter - ORMEROD G", body=f"""
# Rheumatology Clinic Letter
{idl(pt)}
Clinic date: 22/10/2026 - Rheumatology follow-up, Orrinsford Royal Infirmary
Typed: 02/11/2026

Dear Dr Lambeth-Shaw

Diagnosis: seropositive rheumatoid arthritis (diagnosed March 2026)
Current treatment: methotrexate 15 mg once weekly (Fridays) and folic acid 5 mg once weekly (Mondays)

I saw Mrs Ormerod for her six-month review. She has tolerated methotrexate well since we started it in April, and the dose has been stable at 15 mg for three months. DAS28-CRP today is 2.4 (low disease activity), compared with 5.1 at diagnosis. No mouth ulcers or nausea.
Her monitoring bloods through our DMARD clinic have been unremarkable (latest 15/10/2026: WCC 6.2, neutrophils 3.9, platelets 241, ALT 22, eGFR above 90).

# Plan
- Continue methotrexate 15 mg weekly with folic acid.
- [[shared_care_without_agreement: As she is now stable, I would be grateful if the practice would take over her methotrexate prescriptions and the 12-weekly FBC, U&E and LFT monitoring from next month]].
- She has had her pneumococcal vaccine; her annual influenza vaccine is booked at the surgery, she tells me.
- Follow-up in the rheumatology clinic in 6 months.

Yours sincerely

Dr Saoirse Blackwood
Consultant Rheumatologist
""", late="Clinic date: 22/10/2026",
       notes="Prescribing and monitoring of methotrexate (amber) handed to the practice with no shared care agreement "
             "offered: shared_care_without_agreement. Clinic 22/10, typed 02/11, sent 04/11: 13 days, late. The "
             "flu vaccine at the surgery is ordinary GP work.")

# N3 Lowther Fen podiatry nail surgery: aftercare by the podiatry team.
pt = P("Keith Sorensby", "461058", "1962-08-03")
letter(key="c03", prov="low", dept="Community Podiatry Service", kind="clinic_letter", specialty="Podiatry",
       clinician="Mrs Alison Threlkeld", patient=pt, ev="2026-11-03", ld="2026-11-03", sent="2026-11-04 14:10",
       fmt="plain", subject="Nail surgery - SORENSBY K", body=f"""
{head("low", "Community Podiatry Service")}

{idl(pt)}
Date of procedure: 03/11/2026

Dear Dr Oduya

Re: partial nail avulsion with phenolisation, left hallux (lateral border)

Mr Sorensby attended our nail surgery clinic today. Under a digital block (3 ml mepivacaine 3%) the lateral nail border was removed and phenol applied. He was comfortable afterwards and walked out in a post-operative shoe.

He has written aftercare advice and dressing packs. Our podiatry team will redress the toe at Fenby Health Centre on 06/11/2026 and 13/11/2026, and we will discharge him once it has healed, usually at 4 to 6 weeks.

He has type 2 diabetes (HbA1c 52 in September) with palpable foot pulses and intact sensation, so his foot risk is low. If he notices increasing redness, swelling or discharge he knows to ring our clinic directly on 01632 960 471; out of hours, NHS 111.

No action is needed from the practice.

Alison Threlkeld
Specialist Podiatrist (Nail Surgery)
""", notes="Hard negative: the podiatry team does its own redressing and wound review; safety-netting is to the "
           "podiatry clinic, not the GP.")

# N15 Orrinsford radiology alert on a GP direct-access chest X-ray: urgent, but the practice's own test.
pt = P("Bernard Quilliam", "461065", "1947-12-19")
letter(key="x01", prov="orr", dept="Department of Radiology", kind="results", specialty="Radiology",
       clinician="Dr Hamza Oyelowo", patient=pt, ev=None, ld="2026-11-05", sent="2026-11-05 09:30", fmt="plain",
       urgent=True, opts={"from": "ORUH Radiology Alerts <orrinsford.radiologyalerts@nhs.net>"},
       subject="URGENT: unexpected significant finding - chest X-ray - QUILLIAM B", body=f"""
{ORR.upper()} - DEPARTMENT OF RADIOLOGY
Unexpected significant radiological finding: notification to the referrer

Referrer: Dr H Marchbank, Tansey Brook Surgery (GP direct access)
{idl(pt)}
Examination: Chest X-ray PA, performed 04/11/2026 at Orrinsford Royal Infirmary
Clinical details (from the request): cough for 8 weeks, ex-smoker 40 pack-years, weight loss.

Report:
There is a 3.5 cm mass at the right hilum with volume loss in the right upper lobe and a small right pleural effusion. Appearances are highly suspicious for bronchogenic carcinoma.

Conclusion: Findings suspicious of lung cancer. Urgent referral on the suspected lung cancer pathway is recommended; CT of the chest, abdomen and pelvis would be expected to follow within that pathway.

This report has been flagged under the Trust's alert policy as a finding needing action by the referrer within 2 working days. We tried to telephone the surgery at 08:55 on 05/11/2026 but could not get through; please confirm receipt by replying to this e-mail or by ringing the radiology alerts line on 0116 496 0528.

Dr Hamza Oyelowo
Consultant Radiologist
""", notes="Urgent: a suspected cancer on a test the GP requested; referring on is the practice's own work, so no "
           "bounce category (acknowledging receipt of an alert is a safety step, not hospital paperwork).")

# N4 Wealdmere ultrasound result on a GP request: gallstones, advice only.
pt = P("Shanice Delacroix", "461072", "1988-03-05")
letter(key="x02", prov="wea", dept="Department of Radiology", kind="results", specialty="Radiology",
       clinician="Dr Imogen Farrant", patient=pt, ev=None, ld="2026-11-05", sent="2026-11-05 16:20", fmt="pdf",
       subject="Radiology report - US abdomen - DELACROIX S", body=f"""
# Radiology Report - Ultrasound
{idl(pt)}
Referrer: Dr K Oduya, Tansey Brook Surgery (direct access)
Examination: US abdomen, 03/11/2026
Clinical details: right upper quadrant pain after fatty meals; LFTs normal.

# Findings
Liver normal in size and echotexture. The gallbladder contains multiple mobile calculi up to 9 mm; wall not thickened, no pericholecystic fluid. CBD 4 mm. Pancreas, spleen and both kidneys unremarkable.

# Conclusion
Cholelithiasis without features of cholecystitis. No biliary dilatation.

# Note
This report is issued to the requesting clinician. Referral to the upper GI surgical team is at the referrer's discretion if symptoms continue.

Reported by Dr Imogen Farrant, Consultant Radiologist
""", notes="Hard negative: the result of a test the GP requested, sent to the GP; referral left to the GP's judgement "
           "is ordinary general practice.")

# F1 Ashgrove Lane day-case hernia repair: sutures and fit note passed to the practice.
pt = P("Craig Mulholland", "461089", "1979-09-17")
letter(key="d02", prov="ash", dept="Day Surgery Unit", kind="discharge_summary", specialty="General Surgery",
       clinician="Mr Emeka Ravenscroft", patient=pt, ev="2026-11-05", ev_time="17:45", ld="2026-11-06",
       sent="2026-11-06 11:00", fmt="docx", subject="Day surgery discharge - MULHOLLAND C", body=f"""
# DAY SURGERY DISCHARGE SUMMARY (NHS PATIENT)
{idl(pt)}
Admitted: 05/11/2026 07:30
Discharged: 05/11/2026 at 17:45
Procedure: open mesh repair of right inguinal hernia (Lichtenstein), general anaesthetic
Surgeon: Mr Emeka Ravenscroft, Consultant General Surgeon
Referred by Tansey Brook Surgery through e-RS; first seen in our clinic on 17/09/2026.

Dear Doctor

Mr Mulholland had an uncomplicated open right inguinal hernia repair and went home the same evening after passing urine and eating.

# Medication supplied
| Medicine | Dose | Supplied |
| Paracetamol | 1 g QDS when required | 32 tablets |
| Ibuprofen | 400 mg TDS with food when required | 24 tablets |
| Codeine phosphate | 30 mg QDS when required | 28 tablets |
No changes were made to his regular medicines.

# Wound
Skin closed with interrupted non-absorbable sutures under a waterproof dressing.
[[post_procedure_care: Sutures to be removed at the GP surgery by the practice nurse at 10 to 12 days (from 16/11/2026)]].
No heavy lifting for 4 to 6 weeks; no driving for 10 days.

# Work
He is a warehouse operative and lifts heavy loads.
[[fit_note: He will need a fit note from his GP to cover 4 weeks from the date of surgery]].

# Follow-up
No routine follow-up at Ashgrove Lane. If he has any concern about the wound in the first 30 days he can ring our ward directly on 0115 496 0667.
""", notes="Suture removal after the provider's own operation passed to the practice nurse: post_procedure_care; a "
           "post-operative fit note for the provider's episode asked of the GP: fit_note. Discharged 17:45 on "
           "05/11, sent 11:00 on 06/11: on time. Analgesia supplied in full.")

# F15 Wealdmere dermatology: discharged after a single missed first appointment, re-referral asked.
pt = P("Tyler Brennan-Hobbs", "461096", "2001-01-26")
letter(key="c04", prov="wea", dept="Dermatology Outpatients", kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Marguerite Solloway", patient=pt, ev="2026-11-02", ld="2026-11-05", sent="2026-11-06 13:30",
       fmt="html", opts={"label_col": True, "alt": True},
       subject="Outpatient appointment outcome - Dermatology - BRENNAN-HOBBS T", body=f"""
# Dermatology Outpatients - Appointment Outcome
{table_id(pt, ("Appointment", "02/11/2026 09:40, new patient, Dr Marguerite Solloway"),
           ("Referral", "e-RS routine: widespread plaque psoriasis not controlled with topical treatment"),
           ("Attendance", "Did not attend - no contact received"),
           ("Outcome", "Discharged to GP"),
           ("GP action", "[[dna_rereferral: Re-refer via e-RS if a dermatology review is still clinically required]]"))}

Dear Dr Lambeth-Shaw

Mr Brennan-Hobbs did not attend the appointment above. In line with the Trust's Access Policy for adult outpatients he has been discharged back to your care, and a copy of this letter has been sent to him.

Dermatology Outpatient Booking Team on behalf of Dr M Solloway, Consultant Dermatologist
""", notes="Discharged after one missed first appointment with a request to re-refer (in a table cell): "
           "dna_rereferral. event_date is the missed appointment; sent four days later.")

# N5 Wealdmere fracture clinic: hand therapy referred by the hospital, fit note already issued.
pt = P("Fiona Latchford", "461102", "1974-07-07")
letter(key="c05", prov="wea", dept="Fracture Clinic", kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Dominic Asquith-Lyle", patient=pt, ev="2026-11-05", ld="2026-11-06", sent="2026-11-09 08:50",
       fmt="pdf", subject="Fracture clinic letter - LATCHFORD F", body=f"""
# Fracture Clinic
{idl(pt)}
Clinic date: 05/11/2026 (Fracture Clinic 2, Mr D Asquith-Lyle)
Injury: fall on the outstretched left hand on 08/10/2026; undisplaced extra-articular fracture of the left distal radius, treated in a cast.

Dear Dr Marchbank

Mrs Latchford is four weeks from injury. The cast was removed in clinic today; she is non-tender over the fracture and X-rays show early callus with the position maintained.

# Plan
- Removable wrist splint for comfort for two weeks, then wean.
- I have referred her to hand therapy at Wealdmere General Hospital; they will contact her with an appointment.
- She is a dental nurse and cannot yet grip instruments, so I issued a fit note in clinic today for 4 weeks.
- As this was a low-trauma fracture at 52, we have added her to the Fracture Liaison Service list; they will write to her and to you with their recommendations.
- Discharged from fracture clinic. Should stiffness persist beyond three months despite therapy, we would be happy to see her again on re-referral.

Yours sincerely

Mr Dominic Asquith-Lyle
Consultant Orthopaedic Surgeon
""", notes="Hard negative: onward referrals made by the hospital, fit note already issued in clinic, a conditional "
           "note about re-referral.")

# N6 Wealdmere ED: minor head injury in a child, advice to parent only.
pt = P("Oliver Stanforth", "461119", "2015-05-28")
letter(key="e01", prov="wea", dept="Emergency Department", kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Priyanka Halewood", patient=pt, ev="2026-11-07", ld="2026-11-07", sent="2026-11-09 12:15",
       fmt="html", opts={"label_col": True}, subject="ED attendance - STANFORTH O", body=f"""
# Emergency Department Attendance
{table_id(pt, ("Arrived", "07/11/2026 19:42"), ("Left department", "07/11/2026 22:10"),
           ("Seen by", "Dr Priyanka Halewood, ED Consultant"))}

Presenting complaint: head injury - fell about 1.2 m from a climbing frame; cried at once, no loss of consciousness.
Assessment: GCS 15 throughout, no vomiting or amnesia, small occipital haematoma. No indication for CT under NICE head injury guidance; observed for 2 hours.
Diagnosis: minor head injury.
Advice: head injury leaflet given to his mother and explained. She knows to bring him straight back to the ED if he vomits repeatedly, becomes drowsy or has a fit.
Safeguarding: mechanism consistent with the history; no concerns.
No follow-up arranged. No GP action required.
""", notes="Hard negative: ED letter with advice and a conditional return instruction aimed at the parent; no GP "
           "action required.")

# F9 Lowther Fen adult ADHD service: GP asked to start and titrate lisdexamfetamine.
pt = P("Jordan Whitlow", "461126", "1996-10-11")
letter(key="c06", prov="low", dept="Adult ADHD Service", kind="clinic_letter", specialty="Psychiatry",
       clinician="Dr Niamh Colquhoun", patient=pt, ev="2026-11-03", ld="2026-11-06", sent="2026-11-09 16:40",
       fmt="pdf", subject="Adult ADHD assessment outcome - WHITLOW J", body=f"""
# Adult ADHD Service - Assessment Outcome
{idl(pt)}
Assessment date: 03/11/2026
Seen by: Dr Niamh Colquhoun, Consultant Psychiatrist, with Ms R Ambler, ADHD Nurse Specialist

Dear Dr Oduya

Thank you for referring Mr Whitlow, who waited 19 months for assessment. Following a full diagnostic assessment (DIVA-5, a collateral history from his mother and school reports) he meets DSM-5 criteria for ADHD, combined presentation. There is no history of psychosis, substance misuse or cardiac disease and no family history of sudden cardiac death.
Baseline today: BP 122/76, pulse 68, weight 74.2 kg, height 1.79 m. An ECG is not indicated.
We discussed treatment and he would like to try medication.

# Recommendations
1. [[hospital_only_prescribing: Please start lisdexamfetamine 30 mg each morning, increasing by 20 mg a week according to response to a maximum of 70 mg, and check his BP, pulse and weight at each dose change]].
2. Our ADHD nurse will telephone him in 4 weeks to see how he is getting on.
3. Once he is settled on a stable dose we will send you our shared care agreement for your consideration.

Yours sincerely

Dr Niamh Colquhoun
Consultant Psychiatrist
""", notes="Initiation and titration of a specialist medicine (lisdexamfetamine) asked of the GP before the patient is "
           "stabilised: hospital_only_prescribing. The later shared care offer is the proper process.")

# F2 Wealdmere surgical discharge: clips and histology left to the practice; sent four days after discharge.
pt = P("Rosemary Thackwray", "461133", "1960-02-17")
letter(key="d03", prov="wea", dept="General Surgery (Ward 9)", kind="discharge_summary",
       specialty="General Surgery", clinician="Mr Hamish Carrodus", patient=pt, ev="2026-11-06", ev_time="14:30",
       ld="2026-11-09", sent="2026-11-10 10:20", fmt="pdf", subject="Discharge summary - THACKWRAY R - Ward 9",
       body=f"""
# DISCHARGE SUMMARY - GENERAL SURGERY (WARD 9)
{idl(pt)}
Admitted: 01/11/2026 via the Emergency Department
Operation: 03/11/2026, laparoscopic converted to open cholecystectomy (dense adhesions)
Consultant: Mr Hamish Carrodus
Date of discharge: 06/11/2026 at 14:30, to her usual residence

Diagnosis: acute calculous cholecystitis

# Summary
Admitted with right upper quadrant pain, fever and raised inflammatory markers; USS confirmed acute cholecystitis. IV antibiotics, then cholecystectomy on day 3, converted to open because of dense adhesions. Drain removed on day 2 after surgery. LFTs normal at discharge; eating and drinking, bowels open.

# Medication on discharge
| Paracetamol 1 g QDS | 7 days supplied |
| Dalteparin 5000 units SC OD until 01/12/2026 | full 28-day supply given; she has been taught to self-inject |
| Omeprazole 20 mg OD | unchanged, own supply |

# Actions for GP
- [[post_procedure_care: Please arrange removal of skin clips by the practice nurse on 13/11/2026]].
- [[results_chasing: Gallbladder histology is pending - please chase and act on the result]].

# Follow-up
No routine surgical outpatient follow-up. She has been told to contact Ward 9 on 0117 496 0344 within 30 days of surgery if she is worried about the wound.
""", late="Date of discharge: 06/11/2026 at 14:30",
       notes="Clip removal after the hospital's own operation: post_procedure_care; the hospital's own histology "
             "left for the GP to chase and act on: results_chasing. Discharged 14:30 on 06/11, sent 10:20 on 10/11: "
             "late. Dalteparin supplied in full (decoy).")

# N7 Orrinsford endocrinology: the hospital titrates carbimazole and books its own TFTs; sent on day 7.
pt = P("Ayesha Rahimi", "461140", "1985-12-01")
letter(key="c07", prov="orr", dept="Endocrinology Outpatients", kind="clinic_letter", specialty="Endocrinology",
       clinician="Dr Conrad Penhaligon", patient=pt, ev="2026-11-03", ld="2026-11-06", sent="2026-11-10 14:00",
       fmt="plain", subject="Endocrine clinic - RAHIMI A", body=f"""
{head("orr", "Endocrinology Outpatients")}

Dr P Lambeth-Shaw
{GP_ADDR}

Dictated 03/11/2026, typed 06/11/2026

Dear Dr Lambeth-Shaw

{idl(pt)}
Diagnosis: Graves' disease (TRAb 8.2), diagnosed August 2026
Clinic date: 03/11/2026

Mrs Rahimi is ten weeks into carbimazole. She is much better: the palpitations have settled and her weight is stable. Bloods in clinic today: FT4 14.1, TSH below 0.01. No rash, sore throat or fever.

1. Carbimazole reduced from 20 mg to 10 mg daily. She has 8 weeks of the 10 mg tablets from our outpatient pharmacy and we will issue further prescriptions from clinic.
2. Repeat TFTs are booked in our outpatient phlebotomy for 15/12/2026; I will write to her and to you with the result and any dose change.
3. She knows to stop carbimazole and get an urgent FBC through her GP or the ED if she develops a sore throat, mouth ulcers or fever, and she has our neutropenia advice card.
4. Endocrine clinic review in 3 months.

Yours sincerely

Dr Conrad Penhaligon
Consultant Endocrinologist
""", notes="Hard negative: the hospital prescribes, arranges and reviews its own TFTs; the sore-throat advice is "
           "conditional safety-netting to the patient. Clinic 03/11, sent 10/11: exactly seven days, on time.")

# N8 Orrinsford dermatology: azathioprine shared care offered for agreement, protocol enclosed.
pt = P("Daniel Ingleby", "461157", "1988-01-30")
SCA_AZA = f"""
# Shared Care Agreement: Azathioprine in Dermatology (adults)
Approved by the Orrinsford Area Prescribing Committee. Patient: {pt['name']}, NHS number {spaced(pt['nhs_number'])}

# Specialist responsibilities
- Assess the patient, check TPMT and baseline bloods, and start treatment.
- Prescribe and monitor until the dose has been stable for at least 8 weeks and the GP has agreed to share care.
- Review the patient at least every 6 months and advise the GP on dose changes.

# GP responsibilities (only once this agreement is signed)
- Prescribe azathioprine at the dose advised by the specialist.
- FBC and LFTs every 3 months, and act on the thresholds in section 5.
- Report adverse effects to the specialist team.

# Agreement
GP name: ____________   Signature: ____________   Date: ____________
Please return to the Dermatology Department, Orrinsford Royal Infirmary.
"""
letter(key="c08", prov="orr", dept="Dermatology Outpatients", kind="clinic_letter", specialty="Dermatology",
       clinician="Dr Yasmin Kettlewell", patient=pt, ev="2026-11-06", ld="2026-11-10", sent="2026-11-11 09:40",
       fmt="pdf", opts={"extra": [("SCA_azathioprine_dermatology.pdf", SCA_AZA, "Shared Care Agreement")]},
       subject="Dermatology clinic letter - INGLEBY D", body=f"""
# Dermatology Clinic Letter
{idl(pt)}
Clinic date: 06/11/2026

Dear Dr Oduya

Diagnosis: severe atopic dermatitis (EASI 31 at referral), inadequate response to potent topical steroids, tacrolimus and 12 weeks of NB-UVB in 2025.

We started azathioprine 100 mg daily (TPMT normal) on 21/08/2026. Today his EASI is 9 and he is sleeping through the night. Bloods taken in our clinic on 30/10/2026: FBC and LFTs normal.

# Medication
Azathioprine 100 mg OD - prescribed by us and dispensed by our outpatient pharmacy to date.
Emollients and hydrocortisone 1% for the face - continue on repeat.

# Shared care
He is now stable on azathioprine. Enclosed is our Area Prescribing Committee-approved shared care agreement for azathioprine in dermatology, which sets out each party's responsibilities and the monitoring schedule.
If you are willing to share his care, please sign and return the agreement; until we receive it we will continue to prescribe and monitor from clinic.
If you are unable to accept, please let us know and we will carry on as now.

# Follow-up
Dermatology clinic in 4 months.

Dr Yasmin Kettlewell
Consultant Dermatologist
""", notes="Hard negative: a shared care agreement offered for the GP's agreement with its protocol enclosed, the "
           "hospital prescribing and monitoring until it is signed; emollients are green.")

# F12 Lowther Fen community MSK: MRI for its own review and an orthopaedic referral passed to the GP.
pt = P("Sandra Holroyd", "461164", "1967-05-19")
letter(key="c09", prov="low", dept="Community MSK Service", kind="clinic_letter", specialty="Musculoskeletal",
       clinician="Mr Gareth Pilkington", patient=pt, ev="2026-11-09", ld="2026-11-10", sent="2026-11-11 13:05",
       fmt="docx", subject="Community MSK assessment - HOLROYD S", body=f"""
# COMMUNITY MSK SERVICE - INITIAL ASSESSMENT
{idl(pt)}
Date seen: 09/11/2026, Fenby Health Centre
Clinician: Mr Gareth Pilkington, Advanced Practice Physiotherapist

Dear Dr Marchbank

Thank you for referring Mrs Holroyd with low back pain radiating into the right leg for four months, and right groin pain.

Back: pain below the knee to the lateral foot, positive straight leg raise at 40 degrees, reduced right ankle reflex, power normal. No red flags; bladder and bowel function normal and saddle sensation intact. Safety-netted for cauda equina symptoms with our written advice.
Hip: her right hip X-ray (which we requested on 21/10/2026) shows severe osteoarthritis with loss of joint space and subchondral cysts; she walks under 200 yards and wakes at night. Oxford Hip Score 17.

# Plan
- I have referred her to our community physiotherapy back class myself.
- [[tests_for_hospital: I would be grateful if you could request an MRI of the lumbar spine, as this clinic does not have direct access to MRI]].
- I will review her in the MSK clinic with the MRI result in 6 weeks.
- [[onward_referral: Her hip would merit a surgical opinion, so please could you refer her to the orthopaedic hip and knee team]].

Yours sincerely

Gareth Pilkington
Advanced Practice Physiotherapist, Community MSK Service
""", notes="A scan the MSK service wants for its own follow-up passed to the GP: tests_for_hospital; onward "
           "referral for a related MSK problem left to the GP: onward_referral. The physiotherapy referral was "
           "made by the service (decoy).")

# F16 Orrinsford cardiology: patient told to chase the hospital's own tests through the GP; sent 10 days late.
pt = P("Malcolm Ferrabee", "461171", "1956-09-09")
letter(key="c10", prov="orr", dept="Cardiology Outpatients", kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Adaeze Holbrook", patient=pt, ev="2026-11-02", ld="2026-11-11", sent="2026-11-12 10:30",
       fmt="html", subject="Cardiology clinic letter - FERRABEE M", body=f"""
# Cardiology Clinic Letter
{idl(pt)}
Seen in clinic: 02/11/2026 (Rapid Access Chest Pain Clinic)
Typed: 11/11/2026

Dear Dr Oduya

Thank you for referring Mr Ferrabee with three months of chest tightness walking uphill, settling with rest within a few minutes. He is an ex-smoker with treated hypertension; his father had a myocardial infarction at 58.
Examination unremarkable; BP 146/88. Resting ECG: sinus rhythm, no ischaemic changes. Total cholesterol 6.4 on your bloods of September.

# Impression
Typical angina until proven otherwise.

# Plan
- CT coronary angiogram and a transthoracic echo have been requested; he will receive appointments for both.
- [[patient_redirected_to_gp: If he has not heard about these scans within 6 weeks, he should contact his GP surgery, who can chase them for him]].
- I have started aspirin 75 mg OD and atorvastatin 80 mg ON, and given him a GTN spray; 28 days were supplied from our pharmacy, so please add these to his repeat prescription.
- I will see him in clinic with the results.

Dr Adaeze Holbrook
Consultant Cardiologist
""", late="Seen in clinic: 02/11/2026",
       notes="The patient is sent to the GP to chase the hospital's own scan appointments: patient_redirected_to_gp. "
             "Green medicines started with 28 days supplied, then continued by the GP (ordinary). Clinic 02/11, "
             "sent 12/11: ten days, late.")

# N9 Orrinsford glaucoma clinic: stable, continue latanoprost.
pt = P("Winifred Carbury", "461188", "1940-03-03")
letter(key="c11", prov="orr", dept="Ophthalmology - Glaucoma Service", kind="clinic_letter",
       specialty="Ophthalmology", clinician="Mr Vikram Ashdown-Rao", patient=pt, ev="2026-11-10", ld="2026-11-11",
       sent="2026-11-12 15:45", fmt="docx", subject="Glaucoma clinic - CARBURY W", body=f"""
# GLAUCOMA CLINIC
{idl(pt)}
Clinic date: 10/11/2026

Dear Dr Lambeth-Shaw

Diagnosis: primary open angle glaucoma, both eyes. Bilateral cataract surgery 2019.

| | Right | Left |
| Visual acuity | 6/9 | 6/7.5 |
| Intraocular pressure | 15 mmHg | 14 mmHg |
| Cup to disc ratio | 0.7 | 0.6 |
| Visual field (24-2) | stable | stable |

Mrs Carbury is using her drops reliably and her pressures are at target. OCT and fields are stable compared with 2025.

# Plan
- Continue latanoprost 0.005% one drop at night, both eyes.
- Her binocular field meets the DVLA standard for driving; we have told her.
- Next glaucoma review in 6 months; the appointment has been booked and she has the date.

Mr Vikram Ashdown-Rao
Consultant Ophthalmic Surgeon
""", notes="Hard negative: stable glaucoma, green eye drops to continue, review booked by the hospital; cataract "
           "surgery is history.")

# F14 Orrinsford neurology: single DNA, discharged with a request for a new referral (sent by the secretaries).
pt = P("Kerry Musgrove", "461195", "1990-07-21")
letter(key="c12", prov="orr", dept="Neurology Outpatients", kind="clinic_letter", specialty="Neurology",
       clinician="Dr Lorcan Fitzwilliam", patient=pt, ev="2026-11-12", ld="2026-11-13", sent="2026-11-13 09:10",
       fmt="plain", opts={"from": "Neurology Secretaries ORI <ori.neurologysecretaries@nhs.net>"},
       subject="DNA - neurology new patient - MUSGROVE K", body=f"""
Dear Dr Marchbank

Re: {pt['name']}, DOB {dmy(pt['dob'])}, NHS No {spaced(pt['nhs_number'])}

Your patient did not attend her new patient appointment with Dr Fitzwilliam on 12/11/2026 (chronic daily headache, ? medication overuse). No contact was made to cancel or rearrange.

[[dna_rereferral: She has been discharged from the neurology clinic and we would ask that you send a new referral should you still feel she needs neurology input]].

Kind regards

Neurology Secretaries
on behalf of Dr L Fitzwilliam, Consultant Neurologist
Orrinsford Royal Infirmary, {ORR}
Tel 0116 496 0547
""", notes="Discharged after one missed appointment with a request for a new referral: dna_rereferral. A terse "
           "e-mail from the secretaries rather than the letter system.")

# N10 Lowther Fen heart failure nurse: diuretic changed, bloods taken by the nurse herself.
pt = P("Gordon Escott", "461201", "1938-04-14")
letter(key="c13", prov="low", dept="Community Heart Failure Service", kind="clinic_letter",
       specialty="Cardiology", clinician="Ms Bronwen Ashdown", patient=pt, ev="2026-11-11", ld="2026-11-12",
       sent="2026-11-13 11:25", fmt="html", opts={"header": True}, subject="HF nurse home visit - ESCOTT G",
       body=f"""
# Community Heart Failure Service - Home Visit
{idl(pt)}
Visit date: 11/11/2026

Dear Dr Lambeth-Shaw

I visited Mr Escott at home today. He has HFrEF (EF 30% on echo in May 2026).

| Observation | Today | Last visit 28/10/2026 |
| Weight | 71.8 kg | 69.6 kg |
| BP | 112/66 | 118/70 |
| Pulse | 64 regular | 70 regular |
| Oedema | to mid-shin | ankles |

He is 2.2 kg heavier with more oedema but no orthopnoea, and his chest is clear.

# Changes made today
- Furosemide increased from 40 mg to 80 mg each morning for 5 days, then back to 40 mg.
- Bisoprolol increased to 3.75 mg OD under the HF nurse titration protocol; I have supplied 2 weeks, so please amend his repeat to the new strength.

# Follow-up
I will visit again on 18/11/2026 and take his U&E myself at that visit; I will act on the result and let you know.
His daughter has my direct number, 01632 960 489, for any worsening breathlessness before then.

Bronwen Ashdown
Heart Failure Nurse Specialist
""", notes="Hard negative: the nurse takes and acts on her own bloods; amending a repeat for a green medicine "
           "already changed and supplied is ordinary GP work.")

# F8 Wealdmere gastroenterology: referral converted to advice and guidance, work-up asked first.
pt = P("Paulina Nowak", "461218", "1972-10-30")
letter(key="r02", prov="wea", dept="Gastroenterology", kind="referral_response", specialty="Gastroenterology",
       clinician="Dr Sebastian Maitland", patient=pt, ev=None, ld="2026-11-13", sent="2026-11-16 09:00",
       fmt="docx", subject="Referral outcome - Gastroenterology - NOWAK P", body=f"""
# GASTROENTEROLOGY - REFERRAL OUTCOME
{idl(pt)}
Referral: routine, e-RS, received 06/11/2026 - altered bowel habit and bloating
Outcome: converted to Advice and Guidance; not added to the waiting list
Consultant: Dr Sebastian Maitland

Dear Dr Marchbank

Thank you for referring Mrs Nowak, aged 54, with three months of looser stools and intermittent bloating. There is no rectal bleeding or weight loss in the referral.

[[referral_returned_for_workup: Before we can consider an outpatient appointment, please arrange a FIT, coeliac serology, FBC, ferritin and a CA125, and send a new referral with the results]].
If the FIT is 10 or above she should instead be referred on the suspected lower GI cancer pathway.
If these are all normal, a trial of a low FODMAP diet with dietetic support is reasonable.

Dr S Maitland
Consultant Gastroenterologist
""", notes="Referral turned into advice and guidance with the GP asked to do the work-up and re-refer: "
           "referral_returned_for_workup. The conditional sentences are advice.")

# N11 Lowther Fen community paediatrics: health visitor and dietitian involved by the service.
pt = P("Amelia Fairclough", "461225", "2025-01-09")
letter(key="c14", prov="low", dept="Community Paediatrics", kind="clinic_letter", specialty="Paediatrics",
       clinician="Dr Tendai Mabhena", patient=pt, ev="2026-11-12", ld="2026-11-13", sent="2026-11-16 14:35",
       fmt="docx", subject="Community paediatric clinic - FAIRCLOUGH A", body=f"""
# COMMUNITY PAEDIATRICS - CLINIC LETTER
{idl(pt)}
Clinic date: 12/11/2026, Fenby Health Centre
Present: Amelia with her mother

Dear Dr Oduya

Amelia is 22 months old and was referred by her health visitor because her weight has fallen from the 50th to just below the 9th centile since 12 months. She is a selective eater, drinks about 900 ml of cow's milk a day and has no diarrhoea or vomiting. Development is appropriate for her age.
Examination: well, active child; weight 9.4 kg, length 84 cm; no dysmorphic features; systemic examination normal.

# Plan
- Bloods (FBC, ferritin, coeliac screen, U&E, TFTs) taken in clinic today with local anaesthetic cream; I will write to the family and to you with the results.
- I have referred her to the community paediatric dietitian.
- Health visitor to weigh her fortnightly at the Fenby baby clinic and share the weights with me.
- Review in my clinic in 3 months.

# Information for parents
Please reduce cow's milk to about 400 ml a day and offer three meals and two snacks at regular times.

Dr Tendai Mabhena
Consultant Community Paediatrician
""", notes="Hard negative: bloods taken and followed up by the paediatrician, dietitian referral made, the weighing "
           "request is aimed at the health visitor, advice aimed at the parents.")

# N12 Wealdmere maternity postnatal discharge: community midwife follow-up; 6-8 week check is GP work.
pt = P("Chloe Abernethy", "461232", "1994-06-02")
letter(key="d04", prov="wea", dept="Maternity - Ward 14 (Postnatal)", kind="discharge_summary",
       specialty="Obstetrics", clinician="Ms Rhiannon Pardoe", patient=pt, ev="2026-11-16", ev_time="13:10",
       ld="2026-11-16", sent="2026-11-17 08:20", fmt="html", opts={"alt": True},
       subject="Postnatal discharge summary - ABERNETHY C", body=f"""
# Postnatal Discharge Summary
{idl(pt)}
Delivery: 14/11/2026 at 04:52, elective lower segment caesarean section (breech), 39+1 weeks
Discharged: 16/11/2026 at 13:10
Completed by: Ms Rhiannon Pardoe, Midwife, for Mr O Delacourt-Smith, Consultant Obstetrician

# Mother
Uncomplicated caesarean section; estimated blood loss 450 ml; Hb 112 on day 1. Wound clean; dissolvable suture.
Enoxaparin 40 mg SC daily for 10 days - full course supplied; she is confident to self-inject.
Paracetamol and ibuprofen supplied.

# Baby
Baby girl, 3.41 kg. Newborn and infant physical examination completed on the ward: normal, hips stable. Newborn hearing screen: clear response both ears. Breastfeeding well.

# Follow-up
- The community midwife will visit at home on 17/11/2026 and will take the newborn blood spot on day 5.
- The health visitor will make the new birth visit at 10 to 14 days.
- Please book the routine 6 to 8 week maternal postnatal check and the baby's 6 to 8 week examination with the GP practice as usual.
""", notes="Hard negative: follow-up by community midwife and health visitor, medicines supplied in full; the 6-8 "
           "week checks are ordinary general practice work. Discharged 13:10 on 16/11, sent 08:20 on 17/11.")

# F5 Lowther Fen CMHT: lithium handed to the practice in an 'Actions for GP' table, no agreement offered.
pt = P("Reuben Castellan", "461249", "1983-02-11")
letter(key="c15", prov="low", dept="Community Mental Health Team (West)", kind="clinic_letter",
       specialty="Psychiatry", clinician="Dr Ottilie Brandreth", patient=pt, ev="2026-11-12", ld="2026-11-16",
       sent="2026-11-17 16:05", fmt="html", opts={"header": True}, subject="CMHT outpatient review - CASTELLAN R",
       body=f"""
# Outpatient Review - Community Mental Health Team (West)
{idl(pt)}
Date of review: 12/11/2026
Care coordinator: Ms J Pickersgill, CPN

Dear Dr Lambeth-Shaw

Mr Castellan has bipolar affective disorder. He was admitted to Marsh House in July 2026 with a manic episode and started on lithium during that admission; since discharge we have prescribed it from the CMHT clinic. He is now euthymic, back at work part time and sleeping well.
Lithium level 0.71 mmol/L (12 hours post dose, taken in our clinic on 05/11/2026); eGFR 88; TSH 2.4; calcium normal.

# Actions for GP
| Action | Detail |
| Prescribing and monitoring | [[shared_care_without_agreement: Please take over prescribing of Priadel 400 mg at night from his next supply, with 3-monthly lithium levels, U&E and TFTs]] |
| Physical health | Annual physical health check for serious mental illness, as for any patient on your SMI register |

# Plan
- Ms Pickersgill will continue to see him monthly for the next six months.
- Outpatient review with me in 4 months.

Dr Ottilie Brandreth
Consultant Psychiatrist
""", notes="Lithium (amber, shared care) prescribing and monitoring handed to the practice with no agreement offered: "
           "shared_care_without_agreement. The SMI annual check is ordinary GP work.")

# F10 Wealdmere care of the elderly discharge: 3 days of new drugs, sodium recheck for the hospital's clinic,
# family told to ask the GP for the memory clinic date.
pt = P("Edna Marchetti", "461256", "1936-08-25")
letter(key="d05", prov="wea", dept="Care of the Elderly (Ward 31)", kind="discharge_summary",
       specialty="Geriatric Medicine", clinician="Dr Hazel Ogunleye", patient=pt, ev="2026-11-17", ev_time="15:40",
       ld="2026-11-17", sent="2026-11-18 11:50", fmt="html", opts={"alt": True, "header": True},
       subject="Discharge summary - MARCHETTI E - Ward 31", body=f"""
# Discharge Summary - Care of the Elderly
{idl(pt)}
Admitted: 09/11/2026 (fall at home, found on the floor by her daughter)
Discharged: 17/11/2026 15:40, home with a package of care (two carers twice daily)
Consultant: Dr Hazel Ogunleye

# Diagnoses
1. Fall with long lie; no fracture (CT head and pelvis normal)
2. Hyponatraemia (Na 124 on admission), attributed to bendroflumethiazide
3. New atrial fibrillation
4. Probable mild cognitive impairment (MoCA 19/30 once the sodium had corrected)

# Medication on discharge
| Medicine | Dose | Status | Supply |
| Edoxaban | 30 mg OD | NEW | 3 days supplied because of a ward stock problem - please issue a prescription before these run out |
| Bisoprolol | 1.25 mg OD | NEW | 3 days supplied |
| Amlodipine | 5 mg OD | Continue | Own supply |
| Bendroflumethiazide | 2.5 mg OD | STOPPED (hyponatraemia) | - |

# Actions for GP
- [[tests_for_hospital: Please repeat U&E in one week so that her sodium can be reviewed at our frailty clinic on 01/12/2026]].
- [[hospital_only_prescribing: New edoxaban and bisoprolol: only 3 days were supplied, so the practice is asked to prescribe from 20/11/2026]].
- District nurses to visit twice weekly for pressure area care (referral sent 16/11/2026).

# Follow-up
- Frailty clinic: 01/12/2026, booked.
- Memory assessment: we have asked the memory service to see her. [[patient_redirected_to_gp: Her daughter has been asked to ring the surgery in a month to find out when the memory appointment is]].
""", notes="Sodium recheck for the hospital's own frailty clinic passed to the practice: tests_for_hospital; new "
           "drugs with only 3 days supplied: hospital_only_prescribing; family sent to the GP for the hospital's "
           "own appointment: patient_redirected_to_gp. District nurse request aimed at the nurses (decoy).")

# N13 Ashgrove Lane colonoscopy: polypectomy, histology handled by the endoscopist.
pt = P("Trevor Askwith", "461263", "1961-04-04")
letter(key="d06", prov="ash", dept="Endoscopy Unit", kind="discharge_summary", specialty="Gastroenterology",
       clinician="Dr Miriam Oakenshaw", patient=pt, ev="2026-11-18", ev_time="12:30", ld="2026-11-18",
       sent="2026-11-19 10:10", fmt="html", subject="Endoscopy report - ASKWITH T", body=f"""
# Colonoscopy Report and Discharge
{idl(pt)}
Procedure date: 18/11/2026 - discharged from the unit at 12:30
Endoscopist: Dr Miriam Oakenshaw, Consultant Gastroenterologist
Indication: FIT 18 ug/g; referred by Tansey Brook Surgery in September on the suspected lower GI cancer pathway
Sedation: midazolam 2 mg, fentanyl 50 micrograms. Complete to the terminal ileum; Boston bowel prep score 8.

# Findings
- Three polyps: 12 mm sessile in the sigmoid (cold snare EMR, clipped), 6 mm and 4 mm in the transverse colon (cold snare).
- Mild sigmoid diverticular disease. No cancer seen.

# Plan
- Histology will be reviewed by Dr Oakenshaw, who will write to Mr Askwith and to you with the result and the surveillance plan.
- Restart aspirin 75 mg tomorrow.
- No action is required from the GP at present.

# Information for the patient
If you have severe tummy pain, a fever or pass more than a small amount of blood in the next two weeks, ring our unit on 0115 496 0671 or go to your nearest Emergency Department.
""", notes="Hard negative: the endoscopist reviews and communicates her own histology and surveillance; advice to the "
           "patient points to the unit or ED. Discharged 12:30 on 18/11, sent 10:10 on 19/11.")

# F11 Orrinsford cardiology: incidental suspected lung cancer on the hospital's own CT; GP asked to refer. Urgent.
pt = P("Muriel Glasby", "461270", "1955-11-12")
letter(key="x03", prov="orr", dept="Cardiology - Cardiac CT", kind="results", specialty="Cardiology",
       clinician="Dr Rajesh Pemberton", patient=pt, ev=None, ld="2026-11-19", sent="2026-11-19 14:50",
       fmt="html", opts={"alt": True, "from": "Dr Rajesh Pemberton <rajesh.pemberton@orrinsford.nhs.uk>"},
       urgent=True, subject="URGENT - CT coronary angiogram result - GLASBY M", body=f"""
Dear Dr Marchbank

{idl(pt)}

I am writing about Mrs Glasby, whom I saw in the chest pain clinic in October. Her CT coronary angiogram, which we requested, was done on 13/11/2026.

# Result
- Coronary arteries: minimal non-obstructive plaque (CAD-RADS 1). Her chest pain is not cardiac and I have discharged her from cardiology follow-up.
- Incidental finding: a 2.6 cm spiculated mass in the right upper lobe, reported as highly suspicious of primary lung cancer.

I spoke to Mrs Glasby by telephone this morning and explained that the scan has shown a shadow on the lung that needs urgent investigation.
[[onward_referral: I would be grateful if you could refer her urgently on the suspected lung cancer pathway]].

With best wishes

Dr Rajesh Pemberton
Consultant Cardiologist, {ORR}
""", notes="Urgent: a suspected cancer found on the hospital's own scan, with the GP asked to make the referral the "
           "hospital should make directly: onward_referral, and urgent_clinical_action. Sent by the consultant in "
           "person.")

# N14 Orrinsford breast clinic: letter to the patient, copy to the GP; sent on day 7.
pt = P("Joanne Pettifer", "461287", "1981-07-15")
letter(key="c16", prov="orr", dept="Breast Unit", kind="clinic_letter", specialty="Breast Surgery",
       clinician="Ms Clarissa Wentworth-Hale", patient=pt, ev="2026-11-13", ld="2026-11-16",
       sent="2026-11-20 09:35", fmt="pdf", subject="Breast clinic letter - PETTIFER J", body=f"""
# Breast Unit - Outpatient Letter
{idl(pt)}
Clinic date: 13/11/2026 (one-stop breast clinic)

Dear Mrs Pettifer

It was good to meet you in the breast clinic. You came with a lump in your left breast that you had noticed two weeks earlier.
I examined you, and you had a mammogram and an ultrasound scan on the same day. The scan showed that the lump is a simple cyst, which is not cancer. We drained the cyst with a fine needle in clinic and it disappeared completely; the fluid was clear, so it did not need to be sent to the laboratory.

You do not need any further appointments with us. Please continue to be breast aware; if you notice a new lump or any other change, see your GP, who can refer you back to us.

Yours sincerely

Ms Clarissa Wentworth-Hale
Consultant Oncoplastic Breast Surgeon

cc Dr H Marchbank, Tansey Brook Surgery
""", notes="Hard negative: a letter to the patient copied to the GP, benign result, no further appointments; the "
           "'see your GP' advice is conditional. Clinic 13/11, sent 20/11: seven days, on time.")

# F17 Wealdmere pre-operative assessment: the hospital's own pre-op form sent for the practice to fill in.
pt = P("Geoffrey Lockwood", "461294", "1949-10-02")
PAC7 = f"""
# Form PAC-7: Primary Care Pre-operative Information Request
Patient: {pt['name']}   NHS number: {spaced(pt['nhs_number'])}   DOB: {dmy(pt['dob'])}
To be completed by the GP practice and returned to the Pre-operative Assessment Clinic.

| Section | Information requested |
| 1 | Problem list with dates of diagnosis |
| 2 | Current medication and any changes in the last 6 months |
| 3 | Allergies and adverse reactions |
| 4 | Last three blood pressure readings with dates |
| 5 | Most recent HbA1c, eGFR and haemoglobin with dates |
| 6 | Any previous anaesthetic problems known to the practice |

Completed by: ____________   Date: ____________
"""
letter(key="c17", prov="wea", dept="Pre-operative Assessment Clinic", kind="clinic_letter",
       specialty="Anaesthetics", clinician="Dr Pradeep Vellacott", patient=pt, ev="2026-11-18", ld="2026-11-19",
       sent="2026-11-20 16:55", fmt="pdf", opts={"extra": [("PAC-7_GP_information_request.pdf", PAC7, "Form PAC-7")]},
       subject="Pre-operative assessment - LOCKWOOD G", body=f"""
# Pre-operative Assessment Clinic
{idl(pt)}
Date of assessment: 18/11/2026
Planned procedure: right total knee replacement (Mr S Galbraith), provisional date January 2027

Dear Dr Lambeth-Shaw

Mr Lockwood attended the nurse-led pre-operative assessment clinic and was reviewed by me because of his type 2 diabetes and previous DVT.
Today: BP 138/82, BMI 31. ECG: sinus rhythm, normal. Bloods taken in clinic (FBC, U&E, HbA1c, group and save); MRSA screen done. We will act on these results ourselves.

[[non_contractual_admin: To complete his assessment we would be grateful if the practice could fill in the enclosed form PAC-7 and return it to the pre-operative assessment clinic within 10 working days]], as his date for surgery cannot be confirmed until we receive it.

Peri-operative anticoagulation will be planned by our team nearer the date.

Yours sincerely

Dr Pradeep Vellacott
Consultant Anaesthetist
""", notes="The hospital's own pre-operative information form sent for the practice to complete: "
           "non_contractual_admin. Pre-op bloods, ECG and MRSA screen done and acted on by the hospital (decoys).")

# F3 Wealdmere respiratory discharge: mycobacterial culture and fit note left to the GP; sent 65 hours after.
pt = P("Dennis Ormsby", "461300", "1963-03-27")
letter(key="d07", prov="wea", dept="Respiratory Medicine (Ward 26)", kind="discharge_summary",
       specialty="Respiratory Medicine", clinician="Dr Anjali Ravindran", patient=pt, ev="2026-11-20",
       ev_time="16:10", ld="2026-11-22", sent="2026-11-23 09:15", fmt="docx",
       subject="Discharge summary - ORMSBY D - Respiratory", body=f"""
# RESPIRATORY MEDICINE - DISCHARGE SUMMARY
{idl(pt)}
Admission: 14/11/2026 via the Acute Medical Unit
Date of discharge: 20/11/2026 16:10
Consultant: Dr Anjali Ravindran
Occupation: bus driver

# Diagnosis
Right upper lobe pneumonia, slow to resolve; bronchoscopy to exclude an obstructing lesion and mycobacterial infection.

# Course
Treated with IV then oral antibiotics. CT thorax 16/11/2026: right upper lobe consolidation, no mass, no cavitation, no lymphadenopathy. Bronchoscopy on 17/11/2026: no endobronchial lesion; BAL sent for microscopy, culture and mycobacteria. Smear for acid-fast bacilli negative; routine culture grew no pathogens.
On discharge: afebrile, CRP 22, saturations 96% on air.

# Medication
Doxycycline 100 mg OD to complete 7 days in total (3 days supplied, course ends 23/11/2026). No other changes.

# Follow-up arranged by us
- Repeat CT thorax in 6 weeks: booked.
- Respiratory clinic in 8 weeks: booked.

# GP ACTIONS
1. [[results_chasing: Follow up the outstanding mycobacterial culture from the BAL of 17/11/2026, due in about 6 weeks]].
2. [[fit_note: Please issue a fit note for 2 weeks from discharge as he cannot drive his bus while recovering]].
""", late="Date of discharge: 20/11/2026 16:10",
       notes="The hospital's own outstanding culture left for the GP to follow up: results_chasing; fit note for the "
             "period after the admission asked of the GP: fit_note. Discharged 16:10 on Friday 20/11, sent 09:15 on "
             "Monday 23/11: about 65 hours, late. The 3-day doxycycline supply completes a 7-day course (decoy).")

# N16 Wealdmere blood sciences: critical potassium on a GP sample, telephoned and copied by e-mail. Urgent.
pt = P("Harold Beeston", "461317", "1942-12-08")
letter(key="x04", prov="wea", dept="Blood Sciences - Clinical Biochemistry", kind="results",
       specialty="Chemical Pathology", clinician="Dr Lucinda Marwick", patient=pt, ev=None, ld="2026-11-24",
       sent="2026-11-24 17:20", fmt="plain", urgent=True,
       opts={"from": "Wealdmere Duty Biochemist <wealdmere.biochemistry@nhs.net>"},
       subject="CRITICAL RESULT - potassium - BEESTON H", body=f"""
{WEA.upper()}
BLOOD SCIENCES - CRITICAL RESULT NOTIFICATION (e-mail copy of a telephoned result)

To: Duty Doctor, Tansey Brook Surgery
{idl(pt)}
Sample: serum, collected at Tansey Brook Surgery 24/11/2026 09:05, received 24/11/2026 13:12
Requesting clinician: Dr P Lambeth-Shaw

Potassium    6.9 mmol/L  (3.5-5.3)  sample not haemolysed
Sodium       134 mmol/L
Urea         14.8 mmol/L
Creatinine   198 umol/L  (previous 121 on 02/09/2026)
eGFR         27

This result is above the critical limit for urgent communication. It was telephoned to the surgery at 17:05 and taken by the duty doctor, Dr K Oduya; this e-mail is for your records.
Urgent clinical assessment today is advised; consider same-day referral to the acute medical take.

Dr Lucinda Marwick
Consultant Chemical Pathologist
""", notes="Urgent: a critical result of the practice's own blood test; acting on it is the practice's work, so no "
           "bounce category.")

# N17 Orrinsford asthma clinic: inhaler changed and supplied, repeat to be amended (ordinary GP work).
pt = P("Imran Chaudhry", "461324", "1999-02-14")
letter(key="c18", prov="orr", dept="Respiratory Outpatients", kind="clinic_letter",
       specialty="Respiratory Medicine", clinician="Dr Felicity Oyston", patient=pt, ev="2026-11-19",
       ld="2026-11-23", sent="2026-11-25 10:40", fmt="html", opts={"alt": True},
       subject="Respiratory clinic letter - CHAUDHRY I", body=f"""
# Respiratory Clinic Letter
{idl(pt)}
Clinic date: 19/11/2026 (difficult asthma clinic)

Dear Dr Oduya

Thank you for referring Mr Chaudhry in June with poorly controlled asthma; he had two courses of prednisolone this year.
Today: ACT score 14, FEV1 3.1 L (78% predicted) with 14% reversibility, FeNO 64 ppb, blood eosinophils 0.5. Inhaler technique was poor with his current MDI.

# Medication changes
- Stop: beclometasone/formoterol 100/6 MDI and salbutamol.
- Start: beclometasone/formoterol 200/6 Nexthaler as maintenance and reliever therapy, 1 puff twice daily plus 1 puff as needed (maximum 8 puffs a day). Technique checked; two inhalers supplied from clinic.
- Please amend his repeat prescription accordingly.

# Plan
- Our asthma nurse will see him in 8 weeks to check technique and control.
- If he needs another course of oral steroids before then, his asthma nurse will bring forward his review; he has our advice line number.

Dr Felicity Oyston
Consultant Respiratory Physician
""", notes="Hard negative: a green inhaler changed and supplied by the clinic, the GP only asked to amend the repeat "
           "(ordinary GP work); follow-up by the hospital's own asthma nurse; referral in June is history.")

# F18 Ashgrove Lane cataract review: the provider's own medical history form sent to the practice.
pt = P("Dorothy Pennington", "461331", "1945-05-05")
ASH_FORM = f"""
# Ashgrove Lane Treatment Centre - Medical History and Medication Declaration
Patient: {pt['name']}   NHS number: {spaced(pt['nhs_number'])}
Section A (GP practice): current diagnoses, current medication, allergies, anticoagulants and antiplatelets, recent blood pressure.
Section B (GP practice): any reason known to the practice why the patient may not tolerate surgery under local anaesthetic.
Signed on behalf of the practice: ____________   Date: ____________
"""
letter(key="c19", prov="ash", dept="Ophthalmology - Cataract Service", kind="clinic_letter",
       specialty="Ophthalmology", clinician="Mr Kwabena Ashworth", patient=pt, ev="2026-11-24", ld="2026-11-25",
       sent="2026-11-26 11:30", fmt="docx",
       opts={"extra": [("Ashgrove_medical_history_declaration.pdf", ASH_FORM, "Medical History Declaration")]},
       subject="Cataract post-operative review - PENNINGTON D", body=f"""
# CATARACT SERVICE - POST-OPERATIVE REVIEW
{idl(pt)}
Review date: 24/11/2026
Surgery: right phacoemulsification with intraocular lens, 10/11/2026 (Mr Kwabena Ashworth)

Dear Dr Marchbank

Mrs Pennington is two weeks after right cataract surgery. Unaided vision in the right eye is 6/9; the eye is quiet with a clear cornea and a well-centred lens; pressure 16 mmHg.
She is delighted with the result.

# Medication
Dexamethasone 0.1% drops reducing over 4 weeks and chloramphenicol drops for 2 weeks: full supply given at surgery.

# Plan
- She should see her own optometrist for new glasses 4 to 6 weeks after surgery.
- She would like her left cataract done, and we have listed her for left phacoemulsification; we will contact her with a date.
- [[non_contractual_admin: To complete her listing, please could the practice fill in the attached Ashgrove Lane medical history and medication declaration and e-mail it back to our pre-assessment team]].

Mr Kwabena Ashworth
Consultant Ophthalmic Surgeon
""", notes="The provider's own listing paperwork sent for the practice to complete: non_contractual_admin. Drops "
           "supplied in full, optometrist follow-up aimed at the patient, second-eye date to come from the provider "
           "(decoys).")


# ====================================================================== 'other' messages

other(key="o01", sent="2026-11-02 07:05", type="ooo", notes="Out-of-office reply from a hospital secretary.",
      frm="Janice Whitmore <janice.whitmore@wealdmere.nhs.uk>", subject="Automatic reply: Discharge letter query",
      body="Thank you for your email. I am on annual leave until Monday 9 November 2026 with no access to email.\n"
           "For urgent cardiology secretarial queries please ring 0117 496 0312.\n")
other(key="o02", sent="2026-11-04 08:30", type="html_bulletin", notes="ICB primary care bulletin (bulk).",
      frm="Wealdmere and Orrinsford ICB <primarycare.news@wo-icb.example>",
      subject="Primary Care Bulletin - November 2026",
      body="<html><body><h2>Primary Care Bulletin</h2><p>4 November 2026</p><ul>"
           "<li>Winter vaccination: COVID-19 autumn booster uptake in care homes is 71%; please check your lists.</li>"
           "<li>Interface reminder: providers are expected to arrange the tests they need and to issue fit notes "
           "for the period of their care.</li>"
           "<li>Estates: expressions of interest for the 2027/28 improvement grant close on 30 November.</li></ul>"
           "<p>You are receiving this as a member practice of the ICB.</p></body></html>\n")
other(key="o03", sent="2026-11-09 21:17", type="patient", notes="A patient's own e-mail; nothing to detect.",
      frm="Steven Ambrose <steve.ambrose77@example.com>", subject="scan appointment",
      body="Hi\n\nThe hospital said at my clinic in October they would send me an MRI appointment and to ring you "
           "if I didn't hear. I haven't heard anything. Can you find out when it is?\n\nThanks\nSteve Ambrose\n"
           "07700 900412\n")
other(key="o04", sent="2026-11-12 03:44", type="phish", notes="Phishing posing as a clinical system invoice.",
      frm="Docman Accounts <billing@docman-renewals.example.net>",
      subject="Final notice: licence suspension for Tansey Brook Surgery",
      body="Your clinical document licence is overdue. To avoid suspension of incoming hospital letters at 23:59 "
           "today, confirm your payment details here:\nhttp://docman-renewals.example.net/pay\n")
other(key="o05", sent="2026-11-16 10:02", type="dsn", notes="Non-delivery report for a practice e-mail.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: RE: Discharge summary query - Ward 9",
      body="Delivery has failed to these recipients or groups:\n\nward9.admin@wealdmere.nhs.uk\nThe email address "
           "you entered couldn't be found.\n", rcpt="ward9.admin@wealdmere.nhs.uk")
other(key="o06", sent="2026-11-18 13:00", type="internal", notes="Internal practice e-mail from the practice manager.",
      frm="Lorraine Budd <lorraine.budd@nhs.net>", subject="Docman workflow and flu clinic this Saturday",
      body="Hi all\n\nTwo things:\n1. Please code and file hospital letters the same day; the workflow is at 140 "
           "items.\n2. Saturday flu clinic 09:00 to 13:00: Dr Oduya and two nurses, reception from 08:30.\n\n"
           "Thanks\nLorraine\nPractice Manager, Tansey Brook Surgery\n")
other(key="o07", sent="2026-11-20 11:45", type="supplier", notes="Vaccine supplier delivery confirmation.",
      frm="Fenwick Pharma Distribution <orders@fenwickpharma.example.co.uk>",
      subject="Delivery confirmation - order 58841",
      body="Your order 58841 (influenza vaccine, 2 boxes of 10) was delivered on 20/11/2026 at 10:12 and signed "
           "for by R. Hayes.\nPlease check the fridge temperature log on receipt.\n")
other(key="o08", sent="2026-11-24 07:30", type="bulletin", notes="LMC newsletter (bulk) quoting request wording.",
      frm="Wealdmere LMC <news@wealdmere-lmc.example.org>", subject="LMC Update - November 2026",
      body="WEALDMERE LMC UPDATE - NOVEMBER 2026\n\n1 Workload shift: members still receive 'GP to chase "
           "histology' and 'please re-refer' after a single DNA. Our template replies are on the website.\n2 "
           "Shared care: only accept prescribing once an agreement has been offered and signed.\n3 AGM: 10 "
           "December 2026, 19:30.\n\nTo unsubscribe reply UNSUBSCRIBE.\n")
other(key="o09", sent="2026-11-25 15:00", type="massmail", notes="Trust mass mailing to all practices (bulk).",
      frm="Wealdmere Hospitals Communications <comms@wealdmere.nhs.uk>",
      subject="For information: outpatient phlebotomy hubs from 1 December",
      body="SENT TO ALL GP PRACTICES - FOR INFORMATION\n\nFrom 1 December 2026 patients needing blood tests "
           "requested by our outpatient clinics will be booked into our phlebotomy hubs at Wealdmere General "
           "Hospital and Kelsworth Clinic. Practices should not be asked to take these samples.\nNo action is "
           "needed.\n")
other(key="o10", sent="2026-11-27 12:10", type="patient", notes="A relative's e-mail; nothing to detect.",
      frm="Angela Marchetti <angela.m@example.com>", subject="Mum's tablets",
      body="Hello\n\nMum came home from Wealdmere last week. The carers say her new heart tablets are nearly "
           "gone. Can someone ring me please?\n\nAngela (daughter)\n07700 900537\n")


# ====================================================================== rendering and checks

MARKING = {"wea": "OFFICIAL-SENSITIVE: PERSONAL", "orr": "CONFIDENTIAL - PATIENT INFORMATION",
           "low": "OFFICIAL-SENSITIVE", "ash": "PRIVATE AND CONFIDENTIAL (NHS patient)"}
COLOUR = {"wea": "#005eb8", "orr": "#6b1f5c", "low": "#2c6e49", "ash": "#444444"}
FONT = {"wea": "Arial,sans-serif", "orr": "Calibri,Arial,sans-serif", "low": "Verdana,sans-serif",
        "ash": "Tahoma,sans-serif"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour, font and protective marking in the table-letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:2px 6px;vertical-align:top"',
                font=FONT[L["prov"]], marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])}. This message may contain confidential patient information.")


def own(lid: str, lab: dict, text: str) -> list[str]:
    """Every letter without findings is noted as a hard negative or as urgent (and an urgent one says so)."""
    notes = lab["notes"].lower()
    if lab["urgent_clinical_action"] and "urgent" not in notes:
        return [f"{lid}: urgent letter not noted as urgent"]
    if not lab["expected"] and not lab["urgent_clinical_action"] and "hard negative" not in notes:
        return [f"{lid}: letter without findings should be noted as a hard negative"]
    return []


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks (window, spread, 2-3 urgent letters, ten others), at least a third of the letters hard
    negatives that are not urgent, most letters without findings, and both kinds of late letter present."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own)
    errors += kit.check_negatives(labels, not_urgent=True) + kit.check_late_counts(labels, 2)
    letters = [lab for lab in labels if lab["kind"] != "other"]
    if 2 * sum(1 for lab in letters if not lab["expected"]) <= len(letters):
        errors.append("most letters should carry no findings")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
