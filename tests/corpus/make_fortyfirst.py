#!/usr/bin/env python3
"""Build the forty-first (independent, held-out) corpus: tests/corpus/fortyfirst/.

Style: informal e-mail rather than formal letters.  Hospital staff write straight to the practice's shared
mailbox: a cardiology secretary passing on a consultant's message ("Dr Oduya asked me to drop you a line"), a
rheumatology nurse specialist after a telephone clinic, a psychiatry registrar with a "formal letter to follow",
ward pharmacists flagging supply problems and a missed interaction, discharge coordinators pasting or attaching
an eDischarge ("sorry this is late"), booking clerks on missed appointments, returned post and follow-up
backlogs, an AMU FY2 with a positive blood culture, an ED consultant with an incidental CT finding, and e-Referral
Service advice-and-guidance replies and triage outcomes pasted into e-mails.  Some are replies inside threads
("RE: RE: ...") quoting the practice's own earlier messages, a few are three or four lines long, and signatures
carry job titles, bleeps and trust names.  Alongside them come some letters from the providers' letter systems
(an ED attendance letter, a late clinic letter, day-surgery and ward discharge summaries).  Requests are mixed
with messages that only inform, thank, correct an earlier letter or ask the practice about its own records.

Four invented providers write to an invented practice, Ashwell Brook Surgery: an acute foundation trust
(Kestrelford Hospitals NHS Foundation Trust), a teaching trust (Wyvernmouth University Hospitals NHS Trust), a
community and mental-health trust (Hollinsgate Community and Mental Health NHS Trust) and an independent
treatment centre with NHS contracts (Pennock Vale Treatment Centre Ltd).  Formats: plain text (most of the
hand-typed mail), HTML with and without a text alternative (Outlook-style mail without a letterhead, and
letter-system HTML with one), PDF and DOCX attachments behind a person's covering e-mail or the letter system's
cover note, tables, and headings such as "Plan", "Actions for GP", "Recommendations" and "Information for the
patient".  Ten messages are not letters (auto-reply, bounce, phishing, spam, a supplier, an internal practice
e-mail, patients writing in, an LMC newsletter and an ICB bulletin).  Every date falls in January to March 2043,
in GMT.

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  The build is deterministic.

    python3 tests/corpus/make_fortyfirst.py            # build, then verify
    python3 tests/corpus/make_fortyfirst.py --verify-only
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, spaced  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

KES = "Kestrelford Hospitals NHS Foundation Trust"
WYV = "Wyvernmouth University Hospitals NHS Trust"
HOL = "Hollinsgate Community and Mental Health NHS Trust"
PEN = "Pennock Vale Treatment Centre Ltd"
PROV = {
    "kes": dict(
        name=KES, site="Kestrelford General Hospital", addr=["Bowyer Road", "Kestrelford", "KF3 9PA"],
        phone="0115 496 0420", domain="kestrelford.nhs.uk",
        sender="KHFT Clinical Letters <khft.clinicalletters@nhs.net>", mailer="KHFT Correspondence Hub 3.1"),
    "wyv": dict(
        name=WYV, site="Wyvernmouth Royal Infirmary", addr=["Quayside Hill", "Wyvernmouth", "WY1 2RT"],
        phone="0117 496 0815", domain="wyvernmouth.nhs.uk",
        sender="WUH Patient Letters <patient.letters@wyvernmouth.nhs.uk>", mailer="WUH EPR Letters 9.4"),
    "hol": dict(
        name=HOL, site="Hollinsgate Community Hospital", addr=["Sandpiper Lane", "Hollinsgate", "HG6 3WE"],
        phone="01632 960 731", domain="hollinsgate.nhs.uk",
        sender="Hollinsgate Clinical Letters <hcmh.letters@nhs.net>", mailer="SystmOne Correspondence"),
    "pen": dict(
        name=PEN, site="Pennock Vale Treatment Centre", addr=["Unit 2, Fellside Park", "Pennock Vale", "PV9 4LS"],
        phone="0161 496 0277", domain="pennockvale.example.co.uk",
        sender="Pennock Vale NHS Patient Services <nhs.services@pennockvale.example.co.uk>",
        mailer="CarePath Clinic Manager 4.2"),
}
COVERS = {
    "kes": "{trust}\n{dept}\n\nA {doctype} is attached (ref {ref}).\nThis address does not accept replies; "
           "please contact the department on the telephone number in the letter.\n",
    "wyv": "Wyvernmouth University Hospitals - electronic correspondence\n\nDocument: {doctype}\nDepartment: "
           "{dept}\nReference: {ref}\n\nPlease do not reply to this e-mail.\n",
    "hol": "{trust}\n{dept}\n\nDear colleague,\n\nPlease find attached a {doctype} (ref {ref}) for a patient "
           "registered with your practice.\n\nClinical Administration\n",
    "pen": "{trust} (NHS services)\n{dept}\n\nDear Practice,\n\nPlease find attached a {doctype} for your "
           "patient, treated at Pennock Vale under the NHS.\nReference: {ref}\n\nNHS Patient Services\n",
}
PRACTICE = "Ashwell Brook Surgery"
C = kit.Corpus("fortyfirst", "f41", f"{PRACTICE} <ashwellbrook.surgery@nhs.net>", PROV, cover=COVERS,
               window=("2043-01-05", "2043-03-20"), utc_hours=0)
other = C.other
idl = kit.idline
letter = kit.inline_letters(C)


def ids(pt: dict, sep: str = "  ") -> str:
    """The identifiers as people type them into an e-mail."""
    return f"{pt['name']}{sep}DOB {dmy(pt['dob'])}{sep}NHS {spaced(pt['nhs_number'])}"


# ====================================================================== letters

# A01 cardiology secretary passing on the consultant's message two days after clinic: bloods and an ECG the
# consultant wants after her own medication change, asked of the practice.
pt = P("Desmond Harrup", "413002", "1952-05-17")
letter(key="a01", prov="kes", dept="Cardiology Department", kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Amara Oduya", patient=pt, ev="2043-01-06", ld="2043-01-08", sent="2043-01-08 10:42",
       fmt="plain", opts={"from": "Jo Pickering <jo.pickering3@nhs.net>"},
       subject="Mr Desmond Harrup - message from Dr Oduya", body=f"""
Hi,

Dr Oduya asked me to drop you a line about Mr Desmond Harrup (DOB {dmy(pt['dob'])}, NHS {pt['nhs_number']}), who she saw in the heart failure clinic on Tuesday 06/01/2043. The full clinic letter is still in the typing pool but she didn't want this bit to wait.

She has put his bisoprolol up from 2.5 mg to 5 mg OD and started dapagliflozin 10 mg OD; he was given 28 days of both from our outpatient pharmacy.

[[tests_for_hospital: She'd be really grateful if the practice could do U&Es and a 12-lead ECG in 2 weeks' time so she can see how he's tolerating the changes before she reviews him]] in clinic in 3/12.

The repeat echo has already been requested by us and he'll get a letter with the date.

Many thanks,
Jo

Jo Pickering
Medical Secretary to Dr A Oduya, Consultant Cardiologist
Cardiology Department, Kestrelford General Hospital
Kestrelford Hospitals NHS Foundation Trust
Tel: 0115 496 0433 (Mon-Thu)
""", notes="Secretary's e-mail passing on the consultant's request for U&Es and an ECG to judge her own dose change "
           "before her clinic review: tests_for_hospital. The echo the hospital requested itself is a negative "
           "sentence. Clinic 06/01, sent 08/01: on time.")

# N01 discharge coordinator pasting a discharge summary because the EDT link is down; everything done.
pt = P("Gladys Hebblethwaite", "413019", "1938-01-17")
letter(key="n01", prov="kes", dept="Ward 14 (Care of the Elderly)", kind="discharge_summary",
       specialty="Geriatric Medicine", clinician="Dr Adrian Kilbride", patient=pt, ev="2043-01-09",
       ev_time="12:15", ld="2043-01-09", sent="2043-01-09 17:40", fmt="plain",
       opts={"from": "Carol Dunmore <carol.dunmore@nhs.net>"},
       subject="Discharge - Gladys Hebblethwaite - Ward 14 - for info", body=f"""
Hi,

Gladys Hebblethwaite went home from Ward 14 today at lunchtime. Her eDischarge is pasted below because the ward's link to EDT has been down since this morning. Everything has been sorted at our end, I just wanted you to have it.

Thanks, Carol

------------------------------------------------------------
DISCHARGE SUMMARY - Ward 14 (Care of the Elderly), Kestrelford General Hospital
Patient: {pt['name']}   DOB: {dmy(pt['dob'])}   NHS No: {spaced(pt['nhs_number'])}
Consultant: Dr Adrian Kilbride
Admitted: 02/01/2043      Discharged: 09/01/2043 12:15

Diagnosis: fall at home with undisplaced left superior pubic ramus fracture, managed conservatively; hypoactive delirium, resolved.

Medication on discharge
- Paracetamol 1 g QDS - 14 days TTO supplied
- Laxido 1 sachet BD PRN - 14 days supplied
- Alendronic acid 70 mg once weekly - NEW, first dose 08/01/2043, 4 weeks supplied - please continue
- Adcal-D3 one tablet BD - NEW - 4 weeks supplied - please continue

Follow-up
- U&Es and bone profile checked on the ward on 08/01/2043: normal, no repeat needed.
- Community rehab (Hollinsgate) referral sent by the ward; they will contact her within 48 hours.
- Package of care restarted from today, carers twice daily.
- Fracture liaison service referral made by us for a 1-year review of bone treatment.

No GP action required.
------------------------------------------------------------

Carol Dunmore
Discharge Coordinator, Care of the Elderly
Kestrelford Hospitals NHS Foundation Trust
0115 496 0414
""", notes="Hard negative: the coordinator pastes a discharge summary in which the ward supplied 14 days' TTO and "
           "4 weeks of the new bone medicines (green, to continue), checked bloods itself and made the rehab and "
           "fracture-liaison referrals; 'No GP action required'. Sent 5 h 25 min after discharge.")

# A02 e-RS referral converted to advice and guidance, the consultant's reply pasted into an HTML e-mail.
pt = P("Priya Ramdhanie", "413026", "1991-08-02")
letter(key="a02", prov="kes", dept="Gastroenterology", kind="referral_response", specialty="Gastroenterology",
       clinician="Dr Callum Brightwell", patient=pt, ev=None, ld="2043-01-09", sent="2043-01-09 14:05",
       fmt="html", opts={"label_col": True, "from": "KHFT Gastroenterology Secretaries <khft.gastrosecs@nhs.net>"},
       subject="FW: e-RS Advice and Guidance response - RAMDHANIE P", body=f"""
Dear Ashwell Brook Surgery,

e-RS has been running very slowly today, so Dr Brightwell asked us to send his response by e-mail as well. It has also been recorded against the referral on e-RS.

# Advice and Guidance response
| UBRN | 0412 7730 5581 |
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| Referred by | Dr Ruth Penhaligon, routine referral via e-RS, 02/01/2043 |
| Service | Gastroenterology - Lower GI (Kestrelford General Hospital) |
| Responding clinician | Dr Callum Brightwell, Consultant Gastroenterologist |
| Outcome | Referral converted to Advice and Guidance - not accepted at this stage |

# Response
Thank you for referring this 31-year-old with 4 months of loose stools and bloating; no rectal bleeding or weight loss, and FBC and CRP normal in December.
This sounds most likely to be IBS, but IBD and coeliac disease need excluding first.
[[referral_returned_for_workup: Please check a faecal calprotectin and coeliac serology (tTG IgA with total IgA) and give a 6 to 8 week trial of a low FODMAP diet before we consider seeing her]].
If the calprotectin is over 200 please send a new referral and we will see her on the urgent IBD pathway.

Kind regards
Gastroenterology Secretaries
Kestrelford General Hospital, Kestrelford Hospitals NHS Foundation Trust
""", notes="A routine referral converted to advice and guidance, asking the GP to do tests and a dietary trial "
           "first: referral_returned_for_workup. The e-RS table is pasted into the e-mail.")

# A03 discharge coordinator's apologetic cover with a late surgical discharge summary (PDF): clip removal and
# wound check passed to the practice nurse.
pt = P("Margaret Ellerby", "413033", "1946-11-23")
letter(key="a03", prov="wyv", dept="Heron Ward (General Surgery)", kind="discharge_summary",
       specialty="General Surgery", clinician="Mr Tobias Quarrie", patient=pt, ev="2043-01-05", ev_time="15:20",
       ld="2043-01-05", sent="2043-01-12 09:15", fmt="pdf",
       opts={"from": "Rebecca Lunn <rebecca.lunn7@nhs.net>", "cover": f"""Hi,

Please see attached the discharge summary for Mrs Margaret Ellerby (DOB {dmy(pt['dob'])}), who went home from Heron Ward last Monday.

I'm really sorry it is reaching you so late: it was finished on the day but got stuck in the ward's e-discharge queue and I've only just found it.

Thanks
Becky

Rebecca Lunn
Discharge Coordinator, Heron Ward (General Surgery)
Wyvernmouth Royal Infirmary
Wyvernmouth University Hospitals NHS Trust
0117 496 0826
"""}, subject="Discharge summary - Margaret Ellerby - apologies for delay", body=f"""
# DISCHARGE SUMMARY - GENERAL SURGERY
{idl(pt)}
Ward: Heron Ward, Wyvernmouth Royal Infirmary
Consultant: Mr Tobias Quarrie, Consultant Upper GI Surgeon
Admitted: 29/12/2042 (emergency, acute cholecystitis)
Discharged: 05/01/2043 at 15:20

# Procedure
30/12/2042: laparoscopic cholecystectomy converted to open (dense adhesions); right subcostal wound closed with skin clips.

# Medications on discharge
- Paracetamol 1 g QDS - 7 days supplied
- Dalteparin 5000 units SC OD - 28 days in total, full course supplied, patient taught to self-inject
- Lansoprazole 30 mg OD - usual medicine, unchanged

# Actions for GP
- [[post_procedure_care: Please arrange for the practice nurse to remove the skin clips from the right subcostal wound on 12/01/2043 and check the wound]].
- Gallbladder histology will be reviewed by Mr Quarrie at his 6-week clinic, which we will book.

# Information for the patient
- If you develop a temperature, yellowing of the skin or increasing pain, ring Heron Ward on 0117 496 0827 at any time.
""", late="Discharged: 05/01/2043 at 15:20",
       notes="Clip removal and wound check after the trust's own operation passed to the practice nurse: "
             "post_procedure_care. Discharged 05/01 15:20, sent 12/01: late discharge summary (the coordinator's "
             "apology says so). Histology kept by the surgeon and the full dalteparin course are negative sentences.")

# A04 psychiatry registrar's quick e-mail after starting lithium: the early levels and the long-term prescribing
# and monitoring handed to the practice without any shared-care agreement.
pt = P("Jamie Trewhella", "413040", "1988-02-14")
letter(key="a04", prov="hol", dept="CMHT South (General Adult Psychiatry)", kind="clinic_letter",
       specialty="General Adult Psychiatry", clinician="Dr Thomas Vessey", patient=pt, ev="2043-01-13",
       ld="2043-01-14", sent="2043-01-14 16:48", fmt="plain", opts={"from": "Tom Vessey <thomas.vessey@nhs.net>"},
       subject="Jamie Trewhella - lithium started", body=f"""
Hi Ashwell Brook team,

Quick e-mail after Jamie's review in the CMHT outpatient clinic yesterday (13/01/2043). The formal letter will follow but I wanted you to have the plan now as it affects his repeats.

{ids(pt)}

We've started lithium carbonate (Priadel) 400 mg at night for bipolar affective disorder, agreed with Dr Adeyemo-Hart. He has 14 days from our pharmacy. Baseline U&Es, eGFR, TFTs, calcium, weight and ECG were all done before starting and were fine.

Could you:
- [[tests_for_hospital: check a 12-hour lithium level, U&Es and TFTs 7 days after starting (around 20/01) and e-mail me the result so I can adjust the dose]]
- [[shared_care_without_agreement: take over his lithium prescriptions from week 3 onwards, along with the 3-monthly levels and 6-monthly renal and thyroid bloods]]

Sorry to land this on you, our lithium clinic has a long waiting list at the moment.

Olanzapine stopped (he'd run out anyway). His care coordinator is Sam Kilby, CPN, who will see him weekly for now.

Thanks
Tom

Dr Thomas Vessey
ST4 General Adult Psychiatry, for Dr N Adeyemo-Hart, Consultant Psychiatrist
CMHT South, Hollinsgate Community and Mental Health NHS Trust
Hollinsgate Community Hospital, Sandpiper Lane, Hollinsgate HG6 3WE
01632 960 744
""", notes="Initial lithium level and bloods after the team's own start, for its own dose decision: "
           "tests_for_hospital. Ongoing prescribing and monitoring of lithium handed over with no shared-care "
           "agreement offered: shared_care_without_agreement. Clinic 13/01, sent next day.")

# A05 rheumatology nurse specialist after a telephone clinic: methotrexate handed over without an agreement.
pt = P("Lorraine Gatward", "413057", "1969-09-30")
letter(key="a05", prov="kes", dept="Rheumatology", kind="clinic_letter", specialty="Rheumatology",
       clinician="Ms Angharad Pryce", patient=pt, ev="2043-01-15", ld="2043-01-15", sent="2043-01-15 17:20",
       fmt="html", opts={"header": True, "alt": True, "from": "Angharad Pryce <angharad.pryce@nhs.net>"},
       subject="Lorraine Gatward - methotrexate", body=f"""
Hi,

I spoke to Lorraine Gatward (DOB {dmy(pt['dob'])}, NHS {spaced(pt['nhs_number'])}) in the rheumatology nurse telephone clinic today, 15/01/2043.

Her rheumatoid arthritis is well controlled (DAS28 2.4) and her methotrexate has been at 20 mg weekly since October, with stable bloods on our monitoring.
She's stable now, so [[shared_care_without_agreement: from February could the practice please take over her methotrexate and folic acid prescriptions and her 12-weekly FBC, U&Es and LFTs]]?

| Drug | Dose | Started |
| Methotrexate | 20 mg once weekly (Fridays) | 03/2042 |
| Folic acid | 5 mg once weekly (not on a Friday) | 03/2042 |
| Hydroxychloroquine | 200 mg OD | 2039 |

Her annual hydroxychloroquine eye screening has been requested by us. We'll keep seeing her in the rheumatology clinic every 6 months.

Best wishes
Angharad

Angharad Pryce
Rheumatology Clinical Nurse Specialist
Kestrelford Hospitals NHS Foundation Trust
Advice line 0115 496 0488 (answerphone, we call back within 2 working days)
""", notes="Nurse specialist asks the practice to take over methotrexate prescribing and monitoring with no "
           "shared-care agreement offered or accepted: shared_care_without_agreement. Eye screening requested by "
           "the hospital is a negative sentence. Telephone clinic 15/01, sent the same day.")

# A06 ward pharmacist's cover over an eDischarge PDF: only four days of apixaban supplied, practice asked to
# prescribe the rest straight away.
pt = P("Arthur Mabbott", "413064", "1939-03-08")
letter(key="a06", prov="kes", dept="Ward 7 (General and Respiratory Medicine)", kind="discharge_summary",
       specialty="Respiratory Medicine", clinician="Dr Leon Fairweather", patient=pt, ev="2043-01-16",
       ev_time="14:30", ld="2043-01-16", sent="2043-01-16 18:05", fmt="pdf",
       opts={"from": "Priyanka Sandhu <priyanka.sandhu@nhs.net>", "cover": """Hi,

Attached is the eDischarge for Mr Arthur Mabbott, who went home from Ward 7 at 14:30 today.

One thing to flag from pharmacy: our dispensary only had enough apixaban 5 mg to give him 4 days, so he'll run out on Tuesday. [[hospital_only_prescribing: Please could you issue a prescription for the rest of his apixaban today or first thing Monday]] - he knows to collect it from his usual chemist.

Sorry about this.

Kind regards
Priyanka Sandhu
Ward Pharmacist, Ward 7
Kestrelford General Hospital, Kestrelford Hospitals NHS Foundation Trust
Bleep 4471 / 0115 496 0455
"""}, subject="eDischarge - Arthur Mabbott - pharmacy note", body=f"""
# ELECTRONIC DISCHARGE SUMMARY
{idl(pt)}
Ward: Ward 7, Kestrelford General Hospital
Responsible consultant: Dr Nadia Farrant
Completed by: Dr Leon Fairweather, FY1
Admitted: 13/01/2043 via ED
Discharged: 16/01/2043 14:30

Diagnosis: left lower lobe pulmonary embolism, no right heart strain; provoked (long-haul flight 08/01/2043).

# Medication on discharge
| Drug | Dose | Supply | Status |
| Apixaban | 10 mg BD until 19/01/2043, then 5 mg BD | 4 days (see pharmacy note) | NEW |
| Amlodipine | 5 mg OD | own supply | unchanged |
| Paracetamol | 1 g QDS PRN | 7 days | NEW |

# Follow-up
- Thrombosis clinic at 3 months: we will send an appointment.
- CTPA report is on ICE for information.

# Actions for GP
- Please continue amlodipine.
""", notes="Less than 7 days of a newly started anticoagulant supplied on discharge and the practice asked to "
           "prescribe the rest at once: hospital_only_prescribing (the request is in the pharmacist's cover). "
           "Continuing amlodipine is a negative sentence. Sent 3 h 35 min after discharge.")

# A07 ED letter from the letter system: the patient told to get his fit note from his GP.
pt = P("Kieran Lusted", "413071", "1984-06-19")
letter(key="a07", prov="wyv", dept="Emergency Department", kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Marisol Eckersley", patient=pt, ev="2043-01-17", ld="2043-01-18", sent="2043-01-18 07:10",
       fmt="html", opts={"label_col": True}, subject="ED attendance - LUSTED K", body=f"""
# Emergency Department Attendance
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| Arrived | 17/01/2043 21:40 |
| Seen by | Dr Marisol Eckersley, ED Registrar |

Presenting complaint: fell about 1.5 m from a ladder at work, left wrist pain.
Findings: undisplaced fracture of the left distal radius on X-ray; neurovascularly intact.
Treatment: backslab applied; analgesia given in the department.

# Plan
- Referred to the Virtual Fracture Clinic, who will phone him within 72 hours.
- Regular paracetamol and ibuprofen (he has both at home).

# Information for the patient
- You will not be able to work as a scaffolder for now. [[fit_note: Please ask your GP for a fit note to cover your time off work]].
- If your fingers become numb, cold or blue, or the pain is not controlled, come back to the Emergency Department.
""", notes="ED tells the patient to get his fit note from the GP for the period of its own care: fit_note. The "
           "virtual fracture clinic referral is made by ED; the return advice is conditional safety-netting.")

# A08 independent treatment centre day-case summary (DOCX from its letter system): suture removal and a fit
# note both passed to the practice.
pt = P("Graham Stoodley", "413088", "1961-12-01")
letter(key="a08", prov="pen", dept="Day Surgery Unit", kind="discharge_summary", specialty="General Surgery",
       clinician="Mr Anselm Rookwood", patient=pt, ev="2043-01-19", ev_time="16:45", ld="2043-01-19",
       sent="2043-01-20 11:30", fmt="docx", subject="Day surgery discharge summary", body=f"""
# DAY SURGERY DISCHARGE SUMMARY
{idl(pt)}
Date of operation and discharge: 19/01/2043, discharged home 16:45
Surgeon: Mr Anselm Rookwood, Consultant General Surgeon
Procedure: open mesh repair of right inguinal hernia (Lichtenstein) under general anaesthetic
Wound: interrupted nylon skin sutures, dry dressing

# Medication
- Paracetamol 1 g QDS and ibuprofen 400 mg TDS - 7 days supplied

# Actions for GP / practice nurse
- [[post_procedure_care: Sutures to be removed by the practice nurse at the patient's GP surgery on day 10 (29/01/2043)]].
- [[fit_note: GP to provide a Med3 for 4 weeks from discharge as he does heavy manual work]].

# Follow-up
No routine follow-up at Pennock Vale. Problems with the wound in the first 2 weeks: Pennock Vale nurse line 0161 496 0278 (Mon to Fri 08:00 to 18:00).
""", notes="Suture removal after the provider's own operation left to the practice nurse: post_procedure_care; "
           "the GP asked to issue the post-operative fit note: fit_note. Sent 18 h 45 min after discharge.")

# N02 rheumatology secretary's cover over a clinic letter (DOCX): azathioprine shared care offered for agreement.
# Sent exactly seven days after the clinic: on time.
pt = P("Meera Kothari", "413095", "1979-02-26")
letter(key="n02", prov="wyv", dept="Rheumatology", kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Benedict Arkwright", patient=pt, ev="2043-01-12", ld="2043-01-16", sent="2043-01-19 09:30",
       fmt="docx", opts={"from": "Debbie Hollis <debbie.hollis2@nhs.net>", "cover": f"""Dear Ashwell Brook Surgery,

Please find attached Dr Arkwright's clinic letter for Mrs Meera Kothari (DOB {dmy(pt['dob'])}), together with our azathioprine shared care agreement for you to look at.

Kind regards
Debbie

Debbie Hollis
Rheumatology Secretary, Wyvernmouth Royal Infirmary
Wyvernmouth University Hospitals NHS Trust
0117 496 0841
""", "extra": [("Azathioprine_shared_care_agreement.pdf", """
# Shared Care Agreement: Azathioprine (adult rheumatology)
Specialist responsibilities: initiation, dose titration, monitoring for the first 3 months, and advice at any time.
GP responsibilities (only once this agreement is accepted): prescribing, and FBC, U&Es and LFTs every 12 weeks.
Patient responsibilities: attend for blood tests and report any sore throat, bruising or fever.
GP agreement: signed ______ Date ______ (please return to the rheumatology secretaries)
""", "Azathioprine shared care agreement")]},
       subject="Clinic letter and shared care agreement - Meera Kothari", body=f"""
# Rheumatology Outpatient Clinic
{idl(pt)}
Clinic date: 12/01/2043
Consultant: Dr Benedict Arkwright

Dear Dr Tarrant

Diagnosis: systemic lupus erythematosus with inflammatory arthritis and mild leucopenia.

# Plan
- Azathioprine 50 mg OD started 12/01/2043 (TPMT normal), increasing to 100 mg OD after 4 weeks. We will prescribe it and do fortnightly bloods in our DMARD clinic for the first 3 months.
- I enclose our shared care agreement for azathioprine. If the practice is willing to take on prescribing and monitoring once she is stable, please sign and return the GP section; until we hear from you we will continue to prescribe.
- Please continue naproxen 500 mg BD with omeprazole 20 mg OD for now.
- Review in our clinic in 3 months.

No other action is needed from the practice.

Dr Benedict Arkwright, Consultant Rheumatologist
""", notes="Hard negative: the hospital starts, prescribes and monitors azathioprine and offers a shared-care "
           "agreement for the practice to accept (the proper process); naproxen and omeprazole are green. Clinic "
           "12/01, sent 19/01: exactly seven days, on time.")

# A09 cataract booking coordinator's covering e-mail over the GP pre-operative
# questionnaire (PDF): hospital paperwork for the practice to complete.
pt = P("Dorothy Skerritt", "413101", "1944-04-27")
letter(key="a09", prov="pen", dept="Ophthalmology (Cataract Service)", kind="referral_response",
       specialty="Ophthalmology", clinician="Mr Vikram Pallister", patient=pt, ev=None, ld="2043-01-21",
       sent="2043-01-21 12:02", fmt="pdf",
       opts={"from": "Shona Fairclough <s.fairclough@pennockvale.example.co.uk>", "cover": """Hi,

We've received Mrs Skerritt's referral for right cataract surgery from her optometrist and she's booked for pre-assessment at Pennock Vale on 04/02/2043.

[[non_contractual_admin: Could someone at the surgery please fill in the attached GP pre-operative health questionnaire and send it back to us by 30 January]], together with a copy of her repeat medication list.

Mr Pallister won't list her for theatre without it. Thanks!

Kind regards
Shona

Shona Fairclough | Booking Coordinator (Ophthalmology)
Pennock Vale Treatment Centre Ltd (providing NHS services)
Unit 2, Fellside Park, Pennock Vale PV9 4LS | 0161 496 0281
"""}, subject="Pre-op questionnaire - Dorothy Skerritt - please return", body=f"""
# GP PRE-OPERATIVE HEALTH QUESTIONNAIRE - CATARACT SURGERY
Patient: {pt['name']}
Date of birth: {dmy(pt['dob'])}
NHS number: {spaced(pt['nhs_number'])}
Consultant: Mr Vikram Pallister, Consultant Ophthalmic Surgeon

# To be completed by the GP practice
1. Current medical problems (please list): ______
2. Anticoagulants or antiplatelets (drug and indication): ______
3. Most recent blood pressure and date: ______
4. Most recent HbA1c if diabetic, with date: ______
5. Any history of alpha-blocker use (tamsulosin etc.): ______
6. Can the patient lie flat for 30 minutes? ______
Completed by: ______ Practice stamp: ______
""", notes="The provider's own pre-operative questionnaire sent for the practice to fill in: "
           "non_contractual_admin (request in the booking coordinator's covering e-mail; the form is the PDF).")

# A10 gynaecology bookings: discharged after one missed new-patient appointment, GP to re-refer.
pt = P("Stacey Vowles", "413118", "1997-10-11")
letter(key="a10", prov="kes", dept="Gynaecology Outpatients", kind="clinic_letter", specialty="Gynaecology",
       clinician="Dr Elspeth Marchetti", patient=pt, ev="2043-01-20", ld="2043-01-22", sent="2043-01-22 09:20",
       fmt="plain", opts={"from": "KHFT Gynaecology Bookings <khft.gynaebookings@nhs.net>"},
       subject="DNA - Stacey Vowles - discharged", body=f"""
Good morning,

Re: {ids(pt)}

Stacey did not attend her new patient appointment in Dr Marchetti's gynaecology clinic on 20/01/2043, and we could not reach her on the mobile number we hold. In line with the Trust's Access Policy she has been discharged back to your care.

[[dna_rereferral: If you feel she still needs to be seen, please send a new referral through e-RS]].

Kind regards,
Outpatient Bookings Team (Gynaecology)
Kestrelford Hospitals NHS Foundation Trust
0115 496 0460
""", notes="Discharged after a single missed first appointment and the GP asked to re-refer: dna_rereferral. The "
           "'if you feel she still needs to be seen' clause leaves the need to the GP but still asks for a new "
           "referral, so it is labelled. Event date is the missed appointment; sent within seven days.")

# N03 older adults' memory clinic letter (letter-system HTML with a text part): all in hand, green drug to continue.
pt = P("Reginald Oxtoby", "413125", "1940-10-02")
letter(key="n03", prov="hol", dept="Memory Assessment Service", kind="clinic_letter",
       specialty="Old Age Psychiatry", clinician="Dr Philippa Grayling", patient=pt, ev="2043-01-21",
       ld="2043-01-22", sent="2043-01-23 11:00", fmt="html", opts={"alt": True},
       subject="Memory clinic letter - OXTOBY R", body=f"""
# Memory Assessment Service - Clinic Letter
{idl(pt)}
Seen on: 21/01/2043, with his wife Brenda
Clinician: Dr Philippa Grayling, Consultant in Old Age Psychiatry

Dear Dr Osei-Blake

Thank you for referring Mr Oxtoby last year; he was assessed by our nurse in November and his MRI was reported on 09/12/2042.

# Diagnosis
Alzheimer's disease, mild (ACE-III 74/100).

# Recommendations
- We have started donepezil 5 mg at night, increasing to 10 mg after 4 weeks. Our clinic will supply and review it for the first 3 months; after that we will send our shared care agreement for you to consider.
- Please continue sertraline 50 mg OD.
- He has been advised to tell the DVLA about his diagnosis and has agreed to do so.
- Our memory support worker will visit the couple at home in February.

# Information for the patient
- If Reginald's mood or behaviour changes suddenly, Brenda can ring our duty line on 01632 960 735 (Mon to Fri 9 to 5).

No GP action is needed at this point.
""", notes="Hard negative: the memory service supplies and reviews donepezil itself and will offer shared care "
           "later; sertraline is green; DVLA advice and the duty line are aimed at the patient and his wife; the "
           "referral 'last year' is history.")

# A11 community MSK physiotherapy: referral closed after one DNA, a new GP referral required.
pt = P("Norman Quigley", "413132", "1958-07-04")
letter(key="a11", prov="hol", dept="MSK Physiotherapy", kind="referral_response", specialty="Physiotherapy",
       clinician="Ms Fenella Drury", patient=pt, ev=None, ld="2043-01-23", sent="2043-01-23 15:30", fmt="html",
       opts={"from": "Hollinsgate MSK Physio Admin <hcmh.mskadmin@nhs.net>"},
       subject="Referral closed - did not attend - QUIGLEY N", body=f"""
Dear Practice,

{pt['name']}, DOB {dmy(pt['dob'])}, NHS No {spaced(pt['nhs_number'])}

Mr Quigley was referred to us in November for right shoulder pain. He was sent an appointment for 19/01/2043 at the Hollinsgate Community Hospital physiotherapy department but did not attend and has not been in touch.

In line with our service's DNA policy he has been discharged and the referral closed. [[dna_rereferral: A new referral from his GP will be needed before we can offer him another appointment]].

Kind regards
MSK Physiotherapy Administration, for Fenella Drury, Clinical Lead Physiotherapist
Hollinsgate Community and Mental Health NHS Trust
01632 960 739
""", notes="Referral closed after one missed first appointment and a new GP referral required: dna_rereferral. "
           "HTML e-mail from a shared admin mailbox, no letterhead.")

# N04 ED letter for a child's minor head injury: safety-netting and conditional advice only.
pt = P("Chloe Abernethy", "413149", "2035-07-21")
letter(key="n04", prov="wyv", dept="Children's Emergency Department", kind="ed_letter",
       specialty="Paediatric Emergency Medicine", clinician="Dr Ravi Sutcliffe", patient=pt, ev="2043-01-24",
       ld="2043-01-25", sent="2043-01-25 06:30", fmt="plain", subject="ED attendance - ABERNETHY C", body=f"""
{WYV}
Children's Emergency Department, Wyvernmouth Royal Infirmary
Telephone 0117 496 0860

EMERGENCY DEPARTMENT ATTENDANCE - FOR INFORMATION
{idl(pt)}
Attendance: 24/01/2043, 18:05 to 20:40
Seen by: Dr Ravi Sutcliffe, ST4 Paediatric Emergency Medicine

Chloe (7) hit her head on a climbing frame at about 16:30. No loss of consciousness, one vomit, GCS 15 throughout. No CT criteria met; observed for 2 hours and well.

Advice given to parents (written leaflet): bring her straight back to ED or call 999 if she becomes drowsy, vomits again or has a seizure. See your GP if headaches are still troubling her after 2 weeks.

School note provided. This attendance has been shared with the school nursing team as routine for under-18s; no safeguarding concerns.

No follow-up arranged. No action needed by the GP.
""", notes="Hard negative: ED letter with safety-netting and a conditional 'see your GP if headaches persist' aimed "
           "at the parents, a routine note to school nursing, and 'No action needed by the GP'.")

# A12 respiratory registrar's clinic letter (letter-system HTML), typed late; sleep-service referral left to GP.
pt = P("Bernard Ashdown", "413156", "1963-01-29")
letter(key="a12", prov="wyv", dept="Respiratory Medicine", kind="clinic_letter", specialty="Respiratory Medicine",
       clinician="Dr Yusuf Halloran", patient=pt, ev="2043-01-07", ld="2043-01-19", sent="2043-01-20 10:05",
       fmt="html", subject="Respiratory clinic letter - ASHDOWN B", body=f"""
# Respiratory Clinic Letter
{idl(pt)}
Clinic date: 07/01/2043
Dictated by: Dr Yusuf Halloran, Specialty Registrar, for Dr Lowri Penhallow
Typed: 19/01/2043

Dear Dr Penhaligon

Thank you for asking us to see Mr Ashdown with breathlessness. Spirometry in clinic: FEV1/FVC 0.62, FEV1 71% predicted, in keeping with moderate COPD. He also reports loud snoring and witnessed apnoeas; Epworth score 16, BMI 36.

# Plan
- Continue Trelegy Ellipta one puff daily; inhaler technique checked.
- We have arranged full lung function tests here and will see him with the results in 4 months.
- He has been given DVLA advice about driving while sleepy.
- [[onward_referral: I would be grateful if you could refer him to the sleep service for assessment of likely obstructive sleep apnoea]], as we are not able to refer directly from this clinic.

Yours sincerely

Dr Yusuf Halloran
Specialty Registrar in Respiratory Medicine
""", late="Clinic date: 07/01/2043",
       notes="Onward referral for a related problem found in clinic left to the GP: onward_referral. Clinic 07/01, "
             "sent 20/01: late clinic letter. The lung function tests the clinic arranged itself and the green "
             "inhaler are negative sentences.")

# A13 dermatology triage outcome pasted from e-RS: referral returned for a treatment trial.
pt = P("Tamsin Oakhurst", "413163", "2001-03-15")
letter(key="a13", prov="wyv", dept="Dermatology", kind="referral_response", specialty="Dermatology",
       clinician="Dr Felicity Norcott", patient=pt, ev=None, ld="2043-01-26", sent="2043-01-26 11:40",
       fmt="plain", opts={"from": "WUH Dermatology Referral Triage <wuh.dermtriage@nhs.net>"},
       subject="e-RS triage outcome - OAKHURST T", body=f"""
Hello,

Please see below the triage outcome for this referral, copied from e-RS for your records.

----------------------------------------
e-RS REFERRAL TRIAGE OUTCOME
UBRN: 0389 6604 2217
Patient: {pt['name']}   DOB: {dmy(pt['dob'])}   NHS No: {spaced(pt['nhs_number'])}
Service: Dermatology - General (Wyvernmouth Royal Infirmary)
Triaged by: Dr Felicity Norcott, Consultant Dermatologist, 23/01/2043
Outcome: RETURNED TO REFERRER

Comments:
Thank you. The description suggests moderate acne of the face and back, treated so far with 6 weeks of topical adapalene only.
[[referral_returned_for_workup: Please try a 12-week course of lymecycline 408 mg daily with topical benzoyl peroxide and re-refer with photographs of the face and back if there is no improvement]].
----------------------------------------

Dermatology Admin Team
Wyvernmouth University Hospitals NHS Trust
""", notes="Referral returned asking the GP to give a treatment trial first: referral_returned_for_workup. The "
           "triage outcome is pasted from e-RS into a plain e-mail.")

# A14 urology nurse practitioner, very short: a PSA the hospital took left for the practice to watch for, and the
# patient told to ring the surgery for it.
pt = P("Clifford Yardley", "413170", "1955-09-09")
letter(key="a14", prov="kes", dept="Urology", kind="results", specialty="Urology", clinician="Mr Oluwaseun Batley",
       patient=pt, ev=None, ld="2043-01-27", sent="2043-01-27 13:14", fmt="plain",
       opts={"from": "Marcus Ebdon <marcus.ebdon@nhs.net>"}, subject="Quick one - Clifford Yardley PSA", body=f"""
Quick one re Mr Clifford Yardley (DOB {dmy(pt['dob'])}, NHS {pt['nhs_number']}) - Mr Batley repeated his PSA in the haematuria clinic last week but it hasn't come back on our system yet. [[results_chasing: Could you keep an eye out for it and let us know if it's over 10]]? [[patient_redirected_to_gp: I've told Mr Yardley to ring the surgery for the result next week]].

Thanks, Marcus

Marcus Ebdon, Urology Nurse Practitioner
Kestrelford Hospitals NHS Foundation Trust - 0115 496 0471
""", notes="A four-line e-mail: the practice asked to watch for and act on a PSA the hospital took: results_chasing; "
           "the patient sent to the practice for the hospital's result: patient_redirected_to_gp.")

# N05 cataract post-operative review at the treatment centre: everything handled there.
pt = P("Leonard Tibbles", "413187", "1945-03-03")
letter(key="n05", prov="pen", dept="Ophthalmology (Cataract Service)", kind="clinic_letter",
       specialty="Ophthalmology", clinician="Mr Vikram Pallister", patient=pt, ev="2043-01-28", ld="2043-01-29",
       sent="2043-01-29 15:05", fmt="plain", subject="Post-operative review - TIBBLES L", body=f"""
{PEN} - NHS Cataract Service
Unit 2, Fellside Park, Pennock Vale PV9 4LS   Tel 0161 496 0277

POST-OPERATIVE REVIEW
{idl(pt)}
Reviewed: 28/01/2043 (4 weeks after left phacoemulsification and lens implant)
Surgeon: Mr Vikram Pallister

Left eye: VA 6/9 unaided, IOP 15, quiet anterior chamber, well-centred lens. Maxidex drops stopped today.
Right cataract: listed for surgery; we will send him a date.

Information for the patient: please see your own optometrist for new glasses in 2 weeks. If the left eye becomes red, painful or the vision drops, ring our eye helpline on 0161 496 0279 straight away.

Discharged from post-operative follow-up for the left eye. No action is required from the GP.
""", notes="Hard negative: the treatment centre does its own post-operative review, lists the second eye itself and "
           "sends the patient to his optometrist and its own helpline.")

# A15 AMU FY2: blood cultures grown after discharge; practice asked to recall the patient today (urgent).
pt = P("Wilfred Cattermole", "413194", "1947-02-21")
letter(key="a15", prov="kes", dept="Acute Medical Unit", kind="results", specialty="Acute Medicine",
       clinician="Dr Hannah Lindqvist", patient=pt, ev=None, ld="2043-01-30", sent="2043-01-30 11:05", fmt="plain",
       opts={"from": "Hannah Lindqvist <hannah.lindqvist@nhs.net>"},
       subject="URGENT - positive blood cultures - Wilfred Cattermole", body=f"""
Hi,

I'm one of the FY2s on AMU at Kestrelford. {ids(pt, ', ')} was discharged from AMU on Wednesday after treatment for a presumed UTI.

His admission blood cultures have now grown Staphylococcus aureus in both bottles, which needs IV antibiotics and an echo. [[results_chasing: Please could one of the GPs phone him this morning and ask him to come straight back to AMU]], as we haven't managed to get through on the home number we have - we'll keep trying too.

The AMU coordinator (0115 496 0402) knows he's coming and there will be a bed.

Thanks, and sorry to drop this on you on a Friday
Hannah

Dr Hannah Lindqvist
FY2, Acute Medical Unit
Kestrelford General Hospital, Kestrelford Hospitals NHS Foundation Trust
""", urgent=True,
       notes="Urgent: a positive blood culture the hospital took needs same-day action, and the practice is asked to "
             "act on it by recalling the patient: results_chasing, flagged urgent_clinical_action (bouncing it could "
             "harm him).")

# A16 ED consultant: incidental suspicious lung lesion on the ED's CTPA; GP asked to make the 2WW referral (urgent).
pt = P("Royston Dampier", "413200", "1957-06-12")
letter(key="a16", prov="wyv", dept="Emergency Department", kind="results", specialty="Emergency Medicine",
       clinician="Dr Gideon Ashcombe", patient=pt, ev=None, ld="2043-02-02", sent="2043-02-02 09:40", fmt="html",
       opts={"alt": True, "from": "Gideon Ashcombe <gideon.ashcombe@nhs.net>"},
       subject="Incidental CT finding - Royston Dampier - please action", body=f"""
Dear colleagues,

Re: {ids(pt, ', ')}

Mr Dampier came to our ED on Saturday with pleuritic chest pain. His CTPA showed no pulmonary embolism, but the final report (issued yesterday) describes a 24 mm spiculated nodule in the right upper lobe, highly suspicious of a primary lung cancer.
He was told in the department that the scan showed a shadow that needs further tests.
[[onward_referral: Please refer him urgently on the suspected lung cancer pathway]], attaching the report below.

# CT report (extract)
CTPA 31/01/2043: no filling defect. 24 mm spiculated RUL nodule abutting the oblique fissure. No mediastinal lymphadenopathy. Recommend urgent respiratory referral.

Many thanks
Gideon

Dr Gideon Ashcombe
Consultant in Emergency Medicine
Wyvernmouth Royal Infirmary, Wyvernmouth University Hospitals NHS Trust
""", urgent=True,
       notes="A suspected cancer found on the hospital's own scan and the GP asked to make the urgent referral the "
             "provider should make directly: onward_referral; a suspected-cancer step, so urgent_clinical_action.")

# A17 community hospital pharmacist: dangerous interaction on discharge; practice asked to contact the patient today.
pt = P("Evelyn Brocklehurst", "413217", "1936-08-30")
letter(key="a17", prov="hol", dept="Rowan Ward (Community Hospital)", kind="discharge_summary",
       specialty="Community Inpatient Rehabilitation", clinician="Mr Daniel Achebe", patient=pt, ev="2043-02-03",
       ev_time="15:45", ld="2043-02-04", sent="2043-02-04 08:50", fmt="plain",
       opts={"from": "Daniel Achebe <daniel.achebe@nhs.net>"},
       subject="Pharmacy addendum to discharge - Evelyn Brocklehurst - please act today", body=f"""
Hi,

I'm the pharmacist covering Rowan Ward. {ids(pt, ', ')} was discharged yesterday, 03/02/2043 at 15:45, and on checking her discharge this morning I've found an interaction we missed.

She went home on clarithromycin 500 mg BD for 5 days (supplied) for a chest infection, but her simvastatin 80 mg at night was left on the discharge list. Together they carry a real risk of rhabdomyolysis.

I have tried her home number twice and her daughter's mobile without an answer. Could the practice please contact her today and advise her to stop the simvastatin until two days after the clarithromycin finishes (the course ends 07/02/2043)? She has her own supply of simvastatin at home.

I've recorded this on her record here and told the ward consultant, Dr Rosalind Fenwick.

Thanks
Daniel

Daniel Achebe
Lead Pharmacist, Community Hospitals
Hollinsgate Community and Mental Health NHS Trust
01632 960 752
""", urgent=True,
       notes="Urgent only: a dangerous interaction from the hospital's own discharge prescription, and the practice "
             "asked to contact the patient today. No category in the taxonomy fits (not tests, results, prescribing "
             "of a hospital drug or a referral), so no finding; urgent_clinical_action because it is time-critical. "
             "An addendum to a discharge, sent 17 h after it.")

# A18 gastroenterology clinic letter (letter-system HTML with text part), sent two weeks late; the patient told to
# get her biopsy results from the GP.
pt = P("Rosemary Colclough", "413224", "1950-12-05")
letter(key="a18", prov="kes", dept="Gastroenterology Outpatients", kind="clinic_letter",
       specialty="Gastroenterology", clinician="Dr Ifeoma Stanwick", patient=pt, ev="2043-01-22", ld="2043-02-04",
       sent="2043-02-05 10:12", fmt="html", opts={"alt": True}, subject="Gastroenterology clinic letter",
       body=f"""
# Gastroenterology Outpatient Letter
{idl(pt)}
Clinic date: 22/01/2043
Consultant: Dr Ifeoma Stanwick
Dictated 22/01/2043, typed 04/02/2043

Dear Dr Osei-Blake

Mrs Colclough has iron deficiency anaemia (Hb 98, ferritin 6) with no overt bleeding. Coeliac serology negative.

# Plan
- We have booked her OGD and colonoscopy for 16/02/2043 at Kestrelford General Hospital.
- Ferrous fumarate 322 mg BD started; please continue until we review her.
- I will see her in clinic after the procedures.

# Information for the patient
- Your bowel preparation and instructions will be posted to you.
- [[patient_redirected_to_gp: Please contact your GP surgery about two weeks after your procedures for the results of any biopsies]].
- If you have not received the preparation by 11/02/2043, please ring the endoscopy unit on 0115 496 0490.

Yours sincerely
Dr Ifeoma Stanwick, Consultant Gastroenterologist
""", late="Clinic date: 22/01/2043",
       notes="The patient told to get the hospital's biopsy results from her GP: patient_redirected_to_gp. Clinic "
             "22/01, sent 05/02: late clinic letter. Procedures booked by the hospital, iron (green) to continue and "
             "preparation queries to the endoscopy unit are negative sentences.")

# A19 late medical discharge summary (DOCX from the letter system): only 3 days of the remaining antibiotic course.
pt = P("Harold Birtwhistle", "413231", "1941-05-23")
letter(key="a19", prov="wyv", dept="Ward 22 (Acute Medicine)", kind="discharge_summary",
       specialty="Acute Medicine", clinician="Dr Oliver Kingsnorth", patient=pt, ev="2043-01-30", ev_time="11:10",
       ld="2043-01-30", sent="2043-02-03 14:00", fmt="docx", subject="Discharge summary - BIRTWHISTLE H",
       body=f"""
# INPATIENT DISCHARGE SUMMARY
{idl(pt)}
Ward 22, Wyvernmouth Royal Infirmary
Date of discharge: 30/01/2043 11:10
Admitted: 23/01/2043
Consultant: Dr Sunniva Ballantyne; summary by Dr Oliver Kingsnorth, FY1

Diagnosis: cellulitis of the left lower leg; IV flucloxacillin 23/01 to 29/01, switched to oral.

# Medicines on discharge
- Flucloxacillin 1 g QDS to complete 14 days in total (last dose 06/02/2043): 3 days supplied.
- Bisoprolol 2.5 mg OD and ramipril 5 mg OD: unchanged.

# Actions for GP
- [[hospital_only_prescribing: GP please prescribe the remaining 4 days of flucloxacillin to complete the course]].
- District nurses have been asked to review the leg and dressings on 02/02/2043.

Fit note issued on the ward for 2 weeks.
""", late="Date of discharge: 30/01/2043 11:10",
       notes="Only 3 of the last 7 days of an antibiotic course supplied and the GP asked to prescribe the rest: "
             "hospital_only_prescribing. Discharged 30/01 11:10, sent 03/02: late discharge summary. The district "
             "nurse request and the fit note already issued are negative sentences.")

# N06 neurology secretary's reply in a thread: the MRI 'GP to arrange' in the clinic letter was a typing error.
pt = P("Fiona Latchford", "413248", "1974-12-14")
letter(key="n06", prov="wyv", dept="Neurosciences", kind="results", specialty="Neurology",
       clinician="Dr Anwen Blakemore", patient=pt, ev=None, ld="2043-02-06", sent="2043-02-06 14:45", fmt="plain",
       opts={"from": "Nia Gwilliam <nia.gwilliam@nhs.net>"}, subject="RE: MRI for Fiona Latchford", body=f"""
Hi Dr Tarrant,

I've spoken to Dr Blakemore. She has requested the MRI head herself (it's on the system as routine, and radiology will write to Fiona with the date), and she will write to you and to Fiona with the result once it's reported, so there's nothing you need to do.

Sorry for the confusion in the clinic letter: the line "GP to arrange MRI head" was a typing error and should have read "we will arrange MRI head". A corrected letter is on its way.

Best wishes
Nia

Nia Gwilliam
Secretary to Dr A Blakemore, Consultant Neurologist
Neurosciences, Wyvernmouth Royal Infirmary
Wyvernmouth University Hospitals NHS Trust
Tel 0117 496 0833

> From: Dr Imogen Tarrant (Ashwell Brook Surgery)
> Sent: 05 February 2043 13:20
> Subject: MRI for Fiona Latchford
>
> Dear Dr Blakemore's secretary,
> Re Fiona Latchford, DOB {dmy(pt['dob'])}, NHS {spaced(pt['nhs_number'])}
> Your clinic letter of 28/01/2043 says "GP to arrange MRI head".
> We don't have direct access to MRI head. Could you confirm
> whether the hospital will request it? Many thanks, Imogen
""", notes="Hard negative: a reply in a thread withdrawing an earlier request as a typing error; the hospital "
           "requests the MRI and will give the result itself. The quoted 'GP to arrange MRI head' is the old, "
           "corrected wording and the question below it is the practice's own.")

# A20 community falls clinic letter (PDF) behind a coordinator's cover asking for the practice to fill in the
# falls data collection sheet (second PDF).
pt = P("Ivy Pendergast", "413255", "1933-11-19")
letter(key="a20", prov="hol", dept="Community Falls Service", kind="clinic_letter", specialty="Geriatric Medicine",
       clinician="Dr Miriam Ostrowska", patient=pt, ev="2043-02-05", ld="2043-02-06", sent="2043-02-09 12:30",
       fmt="pdf", opts={"from": "Hollinsgate Falls Service <hcmh.falls@nhs.net>", "cover": f"""Hi,

Please find attached Dr Ostrowska's falls clinic letter for Ivy Pendergast (DOB {dmy(pt['dob'])}).

We are part of the regional falls prevention data collection this year. [[non_contractual_admin: Could the practice please fill in the attached GP data sheet for Mrs Pendergast and e-mail it back to us within 2 weeks]]?

Many thanks
Lucy Brennan
Falls Service Coordinator
Hollinsgate Community and Mental Health NHS Trust
01632 960 760
""", "extra": [("Falls_GP_data_sheet.pdf", f"""
# Regional Falls Prevention Data Collection - GP Data Sheet
Patient: {pt['name']}   NHS number: {spaced(pt['nhs_number'])}
1. Falls recorded in the last 12 months (dates): ______
2. Fragility fractures ever recorded: ______
3. Number of repeat medicines: ______
4. Electronic frailty index category: ______
5. Date of last medication review: ______
Return to: hcmh.falls@nhs.net
""", "Falls GP data sheet")]},
       subject="Falls clinic letter and data sheet - Ivy Pendergast", body=f"""
# Community Falls Service - Clinic Letter
{idl(pt)}
Seen on: 05/02/2043 at Hollinsgate Community Hospital
Clinician: Dr Miriam Ostrowska, Consultant Geriatrician

Dear Dr Penhaligon

Mrs Pendergast has had three falls since October, all indoors, without injury.

# Findings
Lying and standing blood pressure: no postural drop. Timed up and go 19 seconds. Vision checked: wears her glasses. Medication review: no sedatives; amitriptyline 10 mg stopped today with her agreement.

# Plan
- We have referred her to the community strength and balance programme ourselves.
- Our occupational therapist will visit her home on 17/02/2043.
- Please continue alendronic acid 70 mg weekly.
- We will see her again in 3 months.

Dr Miriam Ostrowska
""", notes="The provider's regional data collection sheet sent for the practice to complete: non_contractual_admin "
           "(request in the cover e-mail; the sheet is a second PDF). The clinic letter itself is all hospital "
           "actions and a green drug to continue. Clinic 05/02, sent 09/02.")

# A21 ENT booking clerk replying in a thread: the patient told to get her GP to chase the hospital's follow-up.
pt = P("Yvonne Haverstock", "413262", "1966-04-08")
letter(key="a21", prov="kes", dept="ENT Outpatients", kind="referral_response", specialty="ENT",
       clinician="Mr Rupert Feltham", patient=pt, ev=None, ld="2043-02-10", sent="2043-02-10 16:20", fmt="plain",
       opts={"from": "Lianne Pocock <lianne.pocock@nhs.net>"},
       subject="RE: RE: Follow-up appointment - Yvonne Haverstock", body=f"""
Hi Sian,

Thanks for chasing. I've looked on the system and Mrs Haverstock is on Mr Feltham's partial booking list for her 6-month ENT follow-up, which was due in December. There's a backlog of about 10 weeks at the moment.

[[patient_redirected_to_gp: She's rung us a few times now, so I've suggested she asks her GP to write to Mr Feltham if she feels her symptoms are getting worse]].

Kind regards
Lianne

Lianne Pocock
Outpatient Booking Clerk, ENT
Kestrelford Hospitals NHS Foundation Trust
0115 496 0466

> From: Ashwell Brook Surgery <ashwellbrook.surgery@nhs.net>
> Sent: 06 February 2043 11:02
> To: KHFT ENT Bookings
> Subject: RE: Follow-up appointment - Yvonne Haverstock
>
> Hello, just following up our e-mail below - could you let us
> know when Mrs Haverstock's ENT follow-up will be? She has rung
> us again today.
> Thanks, Sian Corrigan, Practice Manager
>
>> From: Ashwell Brook Surgery
>> Sent: 27 January 2043 09:40
>> Subject: Follow-up appointment - Yvonne Haverstock
>>
>> Dear ENT team, Yvonne Haverstock, DOB {dmy(pt['dob'])},
>> NHS {spaced(pt['nhs_number'])}, was told in clinic in June that
>> she would be seen again in 6 months. Could you let us know if
>> an appointment has been booked? Many thanks.
""", notes="The hospital's own overdue follow-up: the clerk sends the patient to her GP to chase it: "
           "patient_redirected_to_gp. The quoted questions are the practice's own.")

# N07 endocrinology A&G reply pasted into e-mail: converted to a referral and everything arranged by the hospital.
pt = P("Joseph Farrimond", "413279", "1970-08-18")
letter(key="n07", prov="kes", dept="Endocrinology", kind="referral_response", specialty="Endocrinology",
       clinician="Dr Sabine Holroyd", patient=pt, ev=None, ld="2043-02-11", sent="2043-02-11 10:30", fmt="html",
       opts={"label_col": True, "from": "Sabine Holroyd <sabine.holroyd@nhs.net>"},
       subject="A&G reply - Joseph Farrimond - raised calcium", body=f"""
Hi Ruth,

Copying my e-RS reply here as well in case it gets lost in the worklist.

| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS number | {spaced(pt['nhs_number'])} |
| A&G request | Dr Ruth Penhaligon, 06/02/2043 |
| Outcome | Converted to referral - accepted (routine) |

Thanks for the A&G. Adjusted calcium 2.78 with an unsuppressed PTH of 9.1 fits primary hyperparathyroidism.
I've converted this to a referral and we'll see him in the endocrine clinic; our bookings team will send him the appointment.
We'll request the DEXA, renal ultrasound and 24-hour urine calcium ourselves so the results are ready for clinic.
No need to repeat his bloods in the meantime.

# Advice for the patient
Drink plenty of fluids (2 to 3 litres a day) and avoid calcium supplements until he is seen.

Best wishes
Sabine

Dr Sabine Holroyd
Consultant Endocrinologist, Kestrelford Hospitals NHS Foundation Trust
""", notes="Hard negative: an advice-and-guidance request converted to an accepted referral, with the hospital "
           "booking the appointment and requesting its own investigations; fluid advice is for the patient.")

# N08 orthopaedic secretary at the treatment centre: thanks, surgery date, everything done there.
pt = P("Geoffrey Nuttall", "413286", "1956-01-09")
letter(key="n08", prov="pen", dept="Orthopaedics (Hip and Knee)", kind="referral_response",
       specialty="Trauma and Orthopaedics", clinician="Mr Hamish Corbridge", patient=pt, ev=None, ld="2043-02-13",
       sent="2043-02-13 09:05", fmt="plain", opts={"from": "Alison Kaye <alison.kaye@pennockvale.example.co.uk>"},
       subject="Geoffrey Nuttall - knee replacement date", body=f"""
Dear Dr Osei-Blake,

Just a quick note to thank you for referring Mr Geoffrey Nuttall (DOB {dmy(pt['dob'])}, NHS {spaced(pt['nhs_number'])}) to Mr Corbridge. As you know he was referred last year and had steroid injections in 2042 without lasting benefit.

He has now had his pre-operative assessment here (bloods, ECG and MRSA screen all done on 10/02/2043 and all fine) and his left total knee replacement is booked for 03/03/2043. We have everything we need from the practice.

Kind regards
Alison Kaye
Medical Secretary to Mr H Corbridge, Consultant Orthopaedic Surgeon
Pennock Vale Treatment Centre Ltd
0161 496 0285
""", notes="Hard negative: a thank-you and surgery date; the provider did its own pre-operative tests; the 'referred "
           "last year' is history.")

# N09 breast cancer nurse specialist, very short: keeping the practice informed.
pt = P("Marian Oldroyd", "413293", "1962-09-25")
letter(key="n09", prov="kes", dept="Breast Unit", kind="clinic_letter", specialty="Oncology",
       clinician="Ms Bethan Rowlands", patient=pt, ev="2043-02-17", ld="2043-02-17", sent="2043-02-17 16:55",
       fmt="plain", opts={"from": "Bethan Rowlands <bethan.rowlands@nhs.net>"}, subject="FYI - Marian Oldroyd",
       body=f"""
Hi, just an FYI - Marian Oldroyd ({dmy(pt['dob'])}, {spaced(pt['nhs_number'])}) started cycle 2 of EC chemo today, 17/02/2043, and is well. She knows to ring our 24-hour acute oncology line (0115 496 0499) rather than the surgery if her temperature is over 37.5 or she feels unwell. Her G-CSF is supplied by us and the district nurses are giving it at home. Nothing needed from you!

Bethan Rowlands, Breast Clinical Nurse Specialist
Kestrelford Hospitals NHS Foundation Trust
""", notes="Hard negative: a three-line update; the patient is pointed to the hospital's own acute oncology line, "
           "the hospital supplies G-CSF and the district nurses give it; 'Nothing needed from you'.")

# N10 CMHT clozapine clinic letter (PDF from the letter system): hospital supplies, asks only for the record.
pt = P("Danielle Ormerod", "413309", "1990-05-06")
letter(key="n10", prov="hol", dept="Clozapine Clinic (CMHT North)", kind="clinic_letter",
       specialty="General Adult Psychiatry", clinician="Dr Kofi Ansah", patient=pt, ev="2043-02-18",
       ld="2043-02-20", sent="2043-02-23 10:00", fmt="pdf", subject="Clozapine clinic letter", body=f"""
# Clozapine Clinic - Annual Review
{idl(pt)}
Seen: 18/02/2043
Consultant: Dr Kofi Ansah

Dear Dr Tarrant

Danielle remains well on clozapine 350 mg daily (schizophrenia, treatment-resistant).

# Annual physical health check (done in our clinic today)
| Test | Result |
| HbA1c | 39 mmol/mol |
| Total cholesterol | 4.6 mmol/L |
| ECG | QTc 421 ms |
| Weight / BMI | 82 kg / 29.1 |
| FBC (ANC) | 3.4 - green |

# Plan
- Clozapine continues to be prescribed and supplied by our clozapine clinic. Please record it on her GP record as a hospital-issued medicine so that it appears on her Summary Care Record, but do not prescribe it.
- Please continue Laxido one sachet daily for clozapine-related constipation.
- Danielle has been advised that if she stops or cuts down smoking she must tell us straight away, as her clozapine level may rise.
- Next review in 6 months.

Dr Kofi Ansah, Consultant Psychiatrist
""", notes="Hard negative: the red drug stays with the clozapine clinic (the practice only records it), the annual "
           "physical health checks were done by the clinic, the laxative is green, and the smoking advice is for "
           "the patient. Clinic 18/02, sent 23/02.")

# N11 orthopaedic bookings asking the practice about its own registration details after returned post.
pt = P("Tyrone Ellesmere", "413316", "1999-11-30")
letter(key="n11", prov="wyv", dept="Orthopaedic Outpatients", kind="referral_response",
       specialty="Trauma and Orthopaedics", clinician="Mr Jonah Petrakis", patient=pt, ev=None, ld="2043-02-25",
       sent="2043-02-25 14:20", fmt="plain", opts={"from": "WUH Orthopaedic Bookings <wuh.orthobookings@nhs.net>"},
       subject="Returned post - Tyrone Ellesmere", body=f"""
Hi,

{ids(pt, ' / ')}

Two appointment letters for Mr Petrakis's clinic have come back to us marked "not known at this address". Please could you let us know if you hold a more recent address or mobile number for Tyrone, so that we can rebook him? We'll keep his referral open in the meantime.

Thanks
Orthopaedic Bookings
Wyvernmouth University Hospitals NHS Trust
0117 496 0850
""", notes="Hard negative: the hospital asks the practice for its own registration details so that it can rebook "
           "the patient itself; the referral stays open.")


# ====================================================================== 'other' messages

other(key="o01", sent="2043-01-13 08:02", type="ooo", notes="Out-of-office reply from a hospital secretary.",
      frm="Jo Pickering <jo.pickering3@nhs.net>", subject="Automatic reply: RE: Mr Desmond Harrup",
      body="Thank you for your e-mail. I am on annual leave until Monday 19 January and will not be reading my "
           "e-mails.\nFor urgent cardiology queries please ring the cardiology secretaries on 0115 496 0430.\n")
other(key="o02", sent="2043-01-28 19:45", type="patient", notes="A patient writing in about a fit note; "
      "nothing to detect and never to be answered by the system.",
      frm="Joan Rigby <joanrigby58@example.com>", subject="sick note please",
      body="Hello,\n\nI had my hip done at Pennock Vale last week and the nurse said to ask my doctor for a sick note "
           "for work. Can I pick one up on Friday or do you need to see me?\n\nMany thanks\nJoan Rigby\n"
           "07700 900614\n")
other(key="o03", sent="2043-02-01 02:14", type="phish", notes="Phishing pretending to be NHSmail.",
      frm="NHSmail Account Services <support@nhsmail-quota.example.net>",
      subject="Your shared mailbox is 98% full - verify to avoid suspension",
      body="Dear user,\n\nYour shared mailbox ashwellbrook.surgery has exceeded its storage limit. Incoming clinical "
           "letters will be rejected from 03/02/2043.\n\nVerify your account now to release extra storage:\n"
           "http://nhsmail-quota.example.net/verify\n\nNHSmail Support Team\n")
other(key="o04", sent="2043-02-03 12:30", type="internal", notes="Internal practice e-mail quoting hospital "
      "requests; not a provider letter.",
      frm="Sian Corrigan <sian.corrigan@nhs.net>", subject="Docman - hospital requests (please read)",
      body="Hi all,\n\nA reminder that when a hospital letter says things like \"GP to repeat bloods\" or \"please "
           "remove sutures\", please don't book anything straight away: pass it to the duty doctor, who will "
           "decide whether it's ours.\n\nThe Docman backlog is down to 2 days, thank you everyone.\n\nSian\n"
           "Practice Manager, Ashwell Brook Surgery\n")
other(key="o05", sent="2043-02-12 10:00", type="supplier", notes="Supplier dispatch notice.",
      frm="MediSupply Direct <orders@medisupply.example.co.uk>", subject="Order SO-44812 dispatched",
      body="Order SO-44812 for Ashwell Brook Surgery has been dispatched.\n\n- Vacuette blood tubes, 4 boxes\n"
           "- Sharps bins 1 L, 10\n- Suture removal packs, 20\n\nExpected delivery: 13/02/2043.\n"
           "MediSupply Direct - 0118 496 0312\n")
other(key="o06", sent="2043-02-16 07:00", type="bulletin", notes="LMC newsletter (bulk) quoting request wording.",
      frm="Wyvernmouth and Kestrelford LMC <news@wk-lmc.example.org>", subject="LMC Update - February 2043",
      body="LMC UPDATE - FEBRUARY 2043\n\n1. Workload shift: we keep seeing 'please re-refer if still needed' after "
           "a single missed appointment, and 'GP to chase histology'. Our template replies are on the website.\n"
           "2. Advice and Guidance: remember the 2026 contract change before you reply to a returned referral.\n"
           "3. Next LMC meeting: Tuesday 10 March 2043, 19:30.\n\nTo unsubscribe reply UNSUBSCRIBE.\n")
other(key="o07", sent="2043-02-19 09:00", type="html_bulletin", notes="ICB primary care bulletin (bulk, HTML).",
      frm="Wyvern Vale ICB Primary Care <primarycare@wyvernvale-icb.example>", subject="Primary Care Bulletin - 19 February",
      body="<html><body><h2>Primary Care Bulletin</h2><p>19 February 2043</p><ul>"
           "<li>Advice and Guidance: new gastroenterology and dermatology pathways go live on 02/03/2043.</li>"
           "<li>Interface group: providers have been reminded to supply at least 7 days of medicines on discharge."
           "</li><li>Flu vaccine stock: final returns due 27/02/2043.</li></ul>"
           "<p>You receive this bulletin because your practice is on the ICB distribution list.</p></body></html>\n")
other(key="o08", sent="2043-02-24 11:12", type="dsn", notes="Non-delivery report for a practice e-mail.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: RE: e-RS triage outcome",
      body="Delivery has failed to these recipients or groups:\n\nderm.triage@wyvernmouth.nhs.uk\nThe e-mail address "
           "you entered couldn't be found.\n", rcpt="derm.triage@wyvernmouth.nhs.uk")
other(key="o09", sent="2043-03-02 10:40", type="spam", notes="Locum agency marketing.",
      frm="Locum Bridge Recruitment <hello@locumbridge.example.com>", subject="Sessional GPs available from March",
      body="Hi Practice Manager,\n\nStruggling to cover sessions? We have GPs available from 09/03/2043 at "
           "competitive rates. Reply YES for a callback.\n\nTo stop receiving these e-mails reply STOP.\n")
other(key="o10", sent="2043-03-05 20:15", type="patient", notes="A relative writing in about a hospital "
      "appointment; nothing to detect.",
      frm="Paul Warrender <p.warrender@example.com>", subject="Mums hospital appointment",
      body="Hi,\n\nMum (Edith Warrender) was meant to have a follow up at Kestrelford in January for her heart but "
           "we haven't heard anything. The hospital told her to ask you to chase it. Is there anything you can "
           "do?\n\nThanks\nPaul (son)\n")


# ====================================================================== rendering and checks

MARKING = {"kes": "OFFICIAL-SENSITIVE: PERSONAL", "wyv": "CONFIDENTIAL - PATIENT INFORMATION",
           "hol": "OFFICIAL-SENSITIVE", "pen": "PRIVATE AND CONFIDENTIAL (NHS patient)"}
COLOUR = {"kes": "#1d4f91", "wyv": "#00796b", "hol": "#6a3d9a", "pen": "#444444"}
DISCLAIMER = ("This e-mail and any attachments are confidential and intended for the named recipient only. "
              "If you have received it in error please tell the sender and delete it. {}")


def house(L: dict, p: dict) -> dict:
    """Letter-system HTML carries the provider's table letterhead; a person's HTML e-mail has none, only the
    trust's e-mail disclaimer under it, in the way Outlook mail arrives."""
    c = COLOUR[L["prov"]]
    person = "from" in L["opts"]
    return dict(heading=f'<p style="font-weight:bold;color:{c};margin:10px 0 2px 0">{{}}</p>' if person
                else f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:2px 6px;vertical-align:top"',
                font="Calibri,Arial,sans-serif" if person else "Arial,sans-serif", marking=MARKING[L["prov"]],
                top="" if person else None,
                footer=DISCLAIMER.format(html.escape(p["name"])) if person
                else f"{html.escape(p['name'])} - sent by {html.escape(p['mailer'])}.")


THEME_FROM_PERSON = 0.5  # at least this share of the letters is written by a person, not a letter system


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's promises: a third of the letters hard negatives (noted as such, or
    when urgent saying why no category fits), two late letters of each kind, the informal theme (most letters
    from a person's address, at least two replies quoting earlier mail, at least two e-RS outcomes pasted into
    an e-mail, at least three very short messages)."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10,
                      own=lambda lid, lab, _text: kit.check_notes(lid, lab, urgent_exempt=True))
    errors += kit.check_negatives(labels) + kit.check_late_counts(labels, 2)
    letters = [(lab, item) for lab, (kind, item, _s) in zip(labels, items, strict=True) if kind == "L"]
    person = sum("from" in item["opts"] for _lab, item in letters)
    if person < THEME_FROM_PERSON * len(letters):
        errors.append(f"only {person} of {len(letters)} letters written by a person")
    replies = sum(item["subject"].startswith("RE:") and re.search(r"^> ", item["body"], re.M) is not None
                  for _lab, item in letters)
    ers = sum("e-RS" in item["body"] and "from" in item["opts"] for _lab, item in letters)
    short = sum(len(item["body"].split()) < 110 for _lab, item in letters)
    for what, n, least in (("replies quoting earlier mail", replies, 2), ("pasted e-RS outcomes", ers, 2),
                           ("very short messages", short, 3)):
        if n < least:
            errors.append(f"fewer than {least} {what} ({n})")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
