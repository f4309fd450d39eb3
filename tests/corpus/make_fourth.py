#!/usr/bin/env python3
"""Build the fourth (independent, held-out) bouncebot corpus: tests/corpus/fourth/.

Written independently of the detection rules: the letters were composed from TAXONOMY.md and the
domain notes only, in a deliberately different style from the other corpora (community,
mental-health, independent-sector and tertiary providers; terse dictated letters with "Plan:" /
"Impression:" lists; ED letters; e-RS rejections and Advice & Guidance replies; DOCX letters with
"Action | Who | When" tables; two-column PDFs; HTML bodies; heavy abbreviations; mixed date formats).

Everything is invented: the practice (Hollinbrook Medical Centre), the providers, clinicians,
patients, addresses, telephone numbers (Ofcom drama ranges) and NHS numbers (999 test range, valid
under Modulus 11).  The build is deterministic.

    python3 tests/corpus/make_fourth.py            # build, then verify
    python3 tests/corpus/make_fourth.py --verify-only

Only the generic helpers of make_third.py are reused (markup parsing, plain/HTML rendering, PDF via
reportlab, DOCX via python-docx).  Text extraction for verification is done here with the standard
library's HTML parser, pypdf, pypdfium2 and python-docx, not with bouncebot's own reader.
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import html.parser
import io
import json
import random
import re
import sys
import textwrap
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_third as M  # noqa: E402  (generic helpers only)

OUT = HERE / "fourth"
LONDON = ZoneInfo("Europe/London")
TAXONOMY = HERE.parent.parent.parent / "shared" / "corpus" / "TAXONOMY.md"

PRACTICE = "Hollinbrook Medical Centre"
PRACTICE_ADDR = "hollinbrook.medicalcentre@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"

CATEGORIES = M.CATEGORIES
KINDS = M.KINDS
collapse = M.collapse
parse_markup = M.parse_markup
render_plain = M.render_plain


def london(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LONDON)


def nhsv(body6: str) -> str:
    """First valid 999 NHS number at or after 999+body6 (Modulus 11)."""
    n = int(body6)
    while True:
        try:
            return M.nhs(f"{n:06d}")
        except ValueError:
            n += 1


def spaced(n: str) -> str:
    return f"{n[:3]} {n[3:6]} {n[6:]}"


# --------------------------------------------------------------------------- providers

PROVIDERS = {
    "atvh": dict(
        name="Astleford and Thorne Valley Hospitals NHS Foundation Trust",
        site="Astleford Royal Hospital", addr=["Lowgate", "Astleford", "AF1 4RW"],
        phone="0116 496 0327", domain="atvh.nhs.uk",
        sender="ATVH Clinical Correspondence <correspondence@atvh.nhs.uk>",
        mailer="ATVH DocGen 5.2"),
    "whin": dict(
        name="Whinmoor Community Health Services NHS Trust",
        site="Whinmoor Health Centre", addr=["Beckside Road", "Whinmoor", "AF6 2NJ"],
        phone="0151 496 0872", domain="whinmoorchs.nhs.uk",
        sender="Whinmoor Community Services <whinmoor.community@nhs.net>",
        mailer="SystmOne Correspondence"),
    "kild": dict(
        name="Kildwick Vale Mental Health NHS Foundation Trust",
        site="The Larches", addr=["Larch Avenue", "Kildwick", "AF9 7DS"],
        phone="0191 498 0546", domain="kildwickvale.nhs.uk",
        sender="KVMH Clinical Letters <clinical.letters@kildwickvale.nhs.uk>",
        mailer="RiO Letters 8"),
    "orrin": dict(
        name="Orrin Park Treatment Centre Ltd",
        site="Orrin Park NHS Treatment Centre", addr=["Unit 2, Orrin Park Way", "Thorne", "AF4 8GH"],
        phone="01632 960 387", domain="orrinparktc.example.com",
        sender="Orrin Park NHS Patients <orrinpark.nhspatients@nhs.net>",
        mailer="Microsoft Outlook 16.0"),
    "adela": dict(
        name="Queen Adela University Hospital NHS Foundation Trust",
        site="Queen Adela Hospital", addr=["Cathedral Row", "Easterby", "EY2 5LQ"],
        phone="020 7946 0618", domain="queenadela.nhs.uk",
        sender="Queen Adela Outbound Correspondence <no-reply.correspondence@queenadela.nhs.uk>",
        mailer="QAUH Correspondence Hub 2"),
}
M.PROVIDERS_MAILER.update({v["name"]: v["mailer"] for v in PROVIDERS.values()})

COVER = {
    "atvh": ("Astleford and Thorne Valley Hospitals NHS Foundation Trust\n\n"
             "A {doctype} ({spec}) is attached for a patient registered with your practice.\n"
             "Hospital number: {hosp}\n\nThis is an automated message from a send-only mailbox.\n"),
    "whin": ("Hi,\n\nPlease find attached correspondence from Whinmoor Community Health Services "
             "({spec}).\n\nMany thanks\nAdmin team\nWhinmoor Health Centre\n"),
    "kild": ("OFFICIAL-SENSITIVE: PERSONAL\n\nKildwick Vale Mental Health NHS Foundation Trust\n"
             "Attached: {doctype} - {spec} - ref {hosp}\n\n"
             "If you have received this in error please delete it and tell the sender.\n"),
    "orrin": ("Dear Colleague\n\nPlease see attached {doctype} from Orrin Park NHS Treatment Centre "
              "({spec}). Our ref: {hosp}.\n\nKind regards\nNHS Patient Services\n"
              "Orrin Park Treatment Centre Ltd, providing NHS-funded care. Registered in England.\n"),
    "adela": ("Queen Adela University Hospital NHS Foundation Trust - outbound correspondence\n\n"
              "Document type: {doctype}\nSpecialty: {spec}\nQAH number: {hosp}\n\n"
              "Replies to this address are not read. Contact details for the team are on the letter.\n"),
}

DOCTYPE = M.DOCTYPE

# =========================================================================== letters

LETTERS: list[dict] = []
OTHERS: list[dict] = []


def P(name, body6, dob):
    return {"name": name, "nhs_number": nhsv(body6), "dob": dob}


def letter(**kw):
    kw.setdefault("opts", {})
    kw.setdefault("exp", [])
    kw.setdefault("urgent", False)
    kw.setdefault("ev_time", None)
    n = kw["patient"]["nhs_number"]
    kw["body"] = kw["body"].replace("{NHS}", spaced(n)).replace("{NHSRAW}", n)
    LETTERS.append(kw)


def other(**kw):
    kw.setdefault("notes", "")
    OTHERS.append(kw)


ADDR_FERRAND = """
Dr R Ferrand
Hollinbrook Medical Centre
41 Quarry Hill Road
Hollinbrook, Astleford AF3 9PX
"""
ADDR_WIERZ = ADDR_FERRAND.replace("Dr R Ferrand", "Dr T Wierzbicki")
ADDR_GARSIDE = ADDR_FERRAND.replace("Dr R Ferrand", "Dr H Garside")
ADDR_RAHMANI = ADDR_FERRAND.replace("Dr R Ferrand", "Dr I Rahmani")


# ---------------------------------------------------------------- April 2027

letter(
    key="L01", prov="atvh", kind="ed_letter", fmt="plain", specialty="Emergency Medicine",
    dept="Emergency Department", clinician="Dr Oluwaseun Bakare",
    patient=P("Graham Tolley", "310442", "1958-09-02"),
    ev="2027-04-07", ld="2027-04-07", sent="2027-04-07 23:14", hosp="AT2208841",
    subject="ED discharge letter - TOLLEY, Graham",
    body="""
    EMERGENCY DEPARTMENT DISCHARGE LETTER
    Astleford Royal Hospital ED. Attended 07/04/2027 18:52, discharged 07/04/2027 22:40
    Pt: Graham TOLLEY, DOB 02/09/1958, NHS {NHS}, Hosp no AT2208841
    GP: Dr R Ferrand, Hollinbrook Medical Centre

    # Presenting complaint
    R lower leg redness + swelling 3/7. No trauma. Afebrile. Obs stable.

    # Ix
    WCC 12.1, CRP 64, U&Es NAD. Wells 0, Doppler not indicated.

    # Diagnosis
    Cellulitis R lower leg (Eron class I). Margin marked with pen.

    # Treatment / TTO
    - Flucloxacillin 1g QDS, first dose given in ED
    - TTO: flucloxacillin 1g QDS x 2/7 only (ED stock, pharmacy closed)
    - Please can GP prescribe the remaining 5/7 of flucloxacillin to complete a 7 day course
    - Pt advised to return to ED if redness spreads past the margin, fever or rigors

    Dr O Bakare, ST4 Emergency Medicine, for Dr N Gallacher (Consultant)
    """,
    exp=[("hospital_only_prescribing",
          "Please can GP prescribe the remaining 5/7 of flucloxacillin to complete a 7 day course")],
    notes="ED supplied only 2 of 7 days of an acute antibiotic course and asks the GP to prescribe the rest.")

letter(
    key="L02", prov="atvh", kind="discharge_summary", fmt="pdf", specialty="Respiratory Medicine",
    dept="Respiratory Medicine - Calder Ward", clinician="Dr Maren Holt",
    patient=P("Doreen Ashworth", "310587", "1941-06-23"),
    ev="2027-04-08", ev_time="15:30", ld="2027-04-09", sent="2027-04-09 10:48", hosp="AT1187320",
    subject="Discharge Summary: ASHWORTH Doreen AT1187320",
    body="""
    DISCHARGE SUMMARY
    Patient: Doreen Ashworth | DOB 23/06/1941 | NHS No: {NHS} | Hosp No: AT1187320
    Ward: Calder Ward (Respiratory) | Consultant: Dr M Holt
    Admitted: 05/04/2027 | Discharged: 08/04/2027 15:30

    # Diagnosis
    Community-acquired pneumonia, R lower lobe (CURB-65 2)

    # Course
    IV co-amoxiclav 48 h then oral. Sats 95% on air at discharge. Mobile with frame (baseline).

    # Medications on discharge
    - Co-amoxiclav 625 mg TDS: 3 days remaining, full course supplied
    - Regular medicines unchanged

    # Follow-up
    - Repeat CXR at 6/52: requested by the ward; the appointment letter will be posted to the patient
    - Respiratory nurse telephone review at 2/52 (arranged)

    # Actions for GP
    No GP actions required. For information.

    Summary completed by Dr S Ezeh FY1 on behalf of Dr M Holt.
    """,
    notes="Hard negative: hospital books its own follow-up CXR, full antibiotic course supplied, no GP action; sent 19 h after discharge.")

letter(
    key="L03", prov="orrin", kind="clinic_letter", fmt="docx", specialty="Orthopaedics",
    dept="Orthopaedic Outpatients", clinician="Mr Declan Furness",
    patient=P("Keith Mallinder", "310733", "1952-11-30"),
    ev="2027-04-06", ld="2027-04-07", sent="2027-04-16 09:20", hosp="OPT-21904",
    subject="Outpatient letter OPT-21904",
    body="""
    ORRIN PARK NHS TREATMENT CENTRE - OUTPATIENT LETTER
    Clinic date: 06/04/2027
    Date typed: 07/04/2027

    Patient: Mr Keith Mallinder   D.O.B. 30.11.1952   NHS number: {NHS}

    Dear Dr Wierzbicki

    Diagnosis: end-stage OA L hip. Oxford hip score 14.
    Impression: suitable for L THR under the NHS contract at Orrin Park; listed today.

    # Actions
    | Action | Who | When |
    | Complete and return the enclosed pre-operative health questionnaire | GP surgery | within 14 days |
    | HbA1c, U&Es and FBC to be taken at the surgery and results emailed to our pre-op team | GP practice | before 30/04/27 |
    | Pre-op assessment appointment | Orrin Park pre-op nurse | May 2027 |
    | Stop HRT 4/52 before surgery | Patient | before surgery |

    Yours sincerely

    Mr Declan Furness FRCS (Tr&Orth), Consultant Orthopaedic Surgeon
    """,
    exp=[("non_contractual_admin", "Complete and return the enclosed pre-operative health questionnaire"),
         ("tests_for_hospital",
          "HbA1c, U&Es and FBC to be taken at the surgery and results emailed to our pre-op team"),
         ("late_clinic_letter", "Clinic date: 06/04/2027")],
    notes="ISTC listing letter passes its pre-op questionnaire and pre-op bloods to the practice; sent 10 days after clinic.")

letter(
    key="L04", prov="kild", kind="clinic_letter", fmt="html", specialty="Adult Mental Health",
    dept="Community Mental Health Team (North)", clinician="Dr Ishani Perera",
    patient=P("Callum Reddaway", "310901", "1989-02-17"),
    ev="2027-04-09", ld="2027-04-12", sent="2027-04-13 14:02", hosp="RIO-448102",
    subject="CMHT North outpatient review - Callum Reddaway",
    body="""
    Kildwick Vale CMHT (North) - outpatient review
    Date seen: 9th April 2027
    Re: Callum REDDAWAY, DOB 17/02/1989, NHS {NHS}

    Dear Dr Garside,

    Dx: Bipolar affective disorder type II, current episode depression (moderate).
    Impression: ongoing low mood despite quetiapine 150mg; no psychotic features; no current plan or intent to end his life.

    Plan:
    - Start lithium carbonate (Priadel) 400mg nocte today - 14 days supplied from our clinic
    - Please could you check a lithium level with U&Es and TFTs one week after starting, 12 hours post-dose
    - GP to continue prescribing lithium from week 3 and to monitor levels 3-monthly thereafter
    - Care coordinator (Ms T Heald) to see fortnightly
    - Crisis line numbers given to pt

    Kind regards

    Dr Ishani Perera, Consultant Psychiatrist
    """,
    exp=[("tests_for_hospital",
          "Please could you check a lithium level with U&Es and TFTs one week after starting"),
         ("shared_care_without_agreement",
          "GP to continue prescribing lithium from week 3 and to monitor levels 3-monthly thereafter")],
    notes="Psychiatrist starts lithium, hands the first level to the GP and transfers prescribing and monitoring with no shared-care agreement offered.")

letter(
    key="L05", prov="adela", kind="referral_response", fmt="plain", specialty="Hepatology",
    dept="Hepatology", clinician="Dr Caspar Nordahl",
    patient=P("Sandra Fairclough", "311064", "1971-08-05"),
    ev=None, ld="2027-04-12", sent="2027-04-12 16:41", hosp="QA1184420",
    subject="NHS e-RS: referral rejected - Hepatology General Clinic",
    body="""
    NHS e-Referral Service - Referral Rejected
    Service: Hepatology General Clinic - Queen Adela Hospital
    UBRN: 0000 4471 2290

    Patient: Sandra FAIRCLOUGH   DOB 1971-08-05   NHS No {NHSRAW}
    Referrer: Dr T Wierzbicki, Hollinbrook Medical Centre

    Rejection reason: Further investigation required before the referral can be accepted

    Clinician comments (Dr C Nordahl, Consultant Hepatologist, 12/04/2027):
    ALT 148 on two occasions, no imaging. Not for clinic at this stage. Please arrange a liver USS, hepatitis B and C serology and a full non-invasive liver screen, and re-refer with the results if still abnormal.

    This referral has been returned to the referrer's worklist.
    """,
    exp=[("referral_returned_for_workup",
          "Please arrange a liver USS, hepatitis B and C serology and a full non-invasive liver screen, and re-refer with the results")],
    notes="e-RS rejection returning a persistently raised ALT for GP work-up before acceptance.")

letter(
    key="L06", prov="whin", kind="clinic_letter", fmt="plain", specialty="MSK Physiotherapy",
    dept="Community MSK Service", clinician="Ms Jodie Pennington",
    patient=P("Amira Haddad", "311202", "1984-12-09"),
    ev="2027-04-14", ld="2027-04-15", sent="2027-04-15 12:10", hosp="WCH-77120",
    subject="MSK Physiotherapy - non-attendance",
    body="""
    Whinmoor Community MSK Service
    Date: 15/04/2027

    Re: Ms Amira Haddad   DOB 09/12/1984   NHS {NHS}

    Dear Dr Rahmani

    Ms Haddad was booked for an initial physiotherapy assessment (L shoulder pain) on 14/04/2027 and did not attend. We were unable to reach her by phone.

    As per our access policy she has been discharged back to your care after one missed appointment; a new referral from the GP will be needed for her to be seen.

    Regards

    Jodie Pennington, Advanced Practice Physiotherapist
    cc patient
    """,
    exp=[("dna_rereferral", "a new referral from the GP will be needed for her to be seen")],
    notes="Discharged after a single DNA with re-referral by the GP required (indirect wording).")

letter(
    key="L07", prov="atvh", kind="discharge_summary", fmt="html", specialty="Gastroenterology",
    dept="Gastroenterology - Ward 14", clinician="Dr Rhodri Emsley",
    patient=P("Trevor Bamford", "311355", "1949-04-28"),
    ev="2027-04-12", ld="2027-04-16", sent="2027-04-16 13:25", hosp="AT0983312",
    subject="Discharge summary - BAMFORD T - AT0983312",
    opts={"htmlstyle": "tablehead"},
    body="""
    Discharge Summary - Gastroenterology (Ward 14)
    Patient: Trevor Bamford | DOB 28.04.1949 | NHS No {NHS} | MRN AT0983312
    Consultant: Dr R Emsley | Author: Dr L Fenwick (FY1)
    Date of admission: 10.04.27 | Date of discharge: 12.04.27

    # Diagnosis
    Upper GI bleed - D2 ulcer (Forrest IIb), treated endoscopically 10.04.27

    # Key investigations
    Hb 71 on admission, 84 after 2 units RBC. CLO test and duodenal biopsies taken at OGD.

    # Medications
    - Omeprazole 40mg BD for 8/52, then OD (28 days supplied)
    - Naproxen STOPPED

    # Plan and requested actions
    - Repeat OGD at 6/52 to confirm healing - we will send the appointment
    - Please can GP arrange a repeat FBC in 1/52 and refer back if Hb < 80
    - GP to follow up the CLO test and biopsy results and prescribe H. pylori eradication if positive
    """,
    exp=[("tests_for_hospital", "Please can GP arrange a repeat FBC in 1/52"),
         ("results_chasing", "GP to follow up the CLO test and biopsy results"),
         ("late_discharge_summary", "Date of discharge: 12.04.27")],
    notes="Post-bleed FBC and the hospital's own CLO/biopsy results passed to the GP; summary sent 4 days after discharge. Repeat OGD is booked by the hospital (decoy).")

letter(
    key="L08", prov="adela", kind="clinic_letter", fmt="pdf", specialty="Neurology",
    dept="Neurology - First Seizure Clinic", clinician="Dr Petronella Quarrie",
    patient=P("Jessica Kershaw", "311508", "1996-01-19"),
    ev="2027-04-13", ld="2027-04-19", sent="2027-04-20 08:40", hosp="QA5520147",
    subject="Clinic letter QA5520147 Neurology",
    opts={"twocol": True},
    body=ADDR_GARSIDE + """

    Clinic: 13/04/2027 (First Seizure Clinic)   Typed: 19/04/2027
    RE: Jessica KERSHAW   DOB 19/01/1996   NHS No {NHS}   QAH No QA5520147

    Impression:
    - Two generalised tonic-clonic seizures (Feb and Mar 2027); likely idiopathic generalised epilepsy
    - Normal neurological examination

    Plan:
    - MRI brain (epilepsy protocol) and sleep-deprived EEG: both requested by me today; QAH will send the appointments
    - Levetiracetam 250mg bd for 2/52 then 500mg bd: started today, 4 weeks supplied from our pharmacy
    - Epilepsy nurse specialist will phone her in 2/52 to check tolerance
    - DVLA: advised not to drive and to notify the DVLA; she understands
    - I will review her with the results in 3/12

    No action is needed from the practice at this stage.

    Dr P Quarrie, Consultant Neurologist
    """,
    notes="Hard negative: hospital requests its own MRI/EEG and supplies the new drug; two-column PDF sent exactly 7 calendar days after clinic (on time).")

letter(
    key="L09", prov="whin", kind="clinic_letter", fmt="docx", specialty="Community Heart Failure",
    dept="Community Heart Failure Service", clinician="Ms Keeley Dunmore",
    patient=P("Norman Fitzsimmons", "311661", "1944-07-11"),
    ev="2027-04-15", ld="2027-04-19", sent="2027-04-19 15:05", hosp="WCH-80233",
    subject="Heart failure nurse home visit",
    body="""
    Community Heart Failure Service - home visit
    Visit date: 15/04/2027
    Patient: Norman Fitzsimmons   DOB 11/07/1944   NHS {NHS}

    Dear Dr Ferrand,

    HFrEF (EF 30%), NYHA II. Weight stable 78.4kg. BP 118/70, HR 64. No oedema.

    | Action | Who | When |
    | Ramipril increased to 5mg bd (Rx issued by HF nurse prescriber) | HF nurse | done 15/04/27 |
    | U&Es 1/52 after ramipril increase, taken at home visit | HF nurse | w/c 19/04/27 |
    | Review U&E result and further titration | HF nurse | w/c 26/04/27 |
    | Continue furosemide 40mg od and bisoprolol 5mg od | GP (repeat prescribing) | ongoing |

    No other action required from the practice.

    Keeley Dunmore, Heart Failure Specialist Nurse (non-medical prescriber)
    """,
    notes="Hard negative: community HF nurse does the titration bloods and reviews them herself; only green drugs continued by GP.")

letter(
    key="L10", prov="atvh", kind="results", fmt="plain", specialty="Renal Medicine",
    dept="Renal Medicine", clinician="Dr Farah Mirza",
    patient=P("Desmond Hurst", "311804", "1950-03-03"),
    ev=None, ld="2027-04-20", sent="2027-04-20 17:12", hosp="AT0451876",
    subject="URGENT results - HURST Desmond - Renal",
    body="""
    Renal Medicine - results letter
    Date: 20 April 2027

    Patient: Mr Desmond Hurst, DOB 03/03/1950, NHS {NHS}, Hosp AT0451876

    Dear Dr Wierzbicki

    Bloods taken at his renal clinic on 19/04/2027 have come back today:
    K+ 6.4 mmol/L (was 5.3), creatinine 248 (baseline 190), eGFR 22.
    He is on spironolactone 25mg (started by cardiology) and ramipril 2.5mg.

    This needs prompt action. Please could the practice arrange an urgent repeat U&E within 48 hours and review his spironolactone and ramipril in light of the result.

    I have tried to telephone Mr Hurst without success.

    Dr Farah Mirza, Consultant Nephrologist
    """,
    exp=[("results_chasing",
          "Please could the practice arrange an urgent repeat U&E within 48 hours and review his spironolactone and ramipril in light of the result")],
    urgent=True,
    notes="Hyperkalaemia (K 6.4) on a renal-clinic blood; the ordering team hands the action to the GP. Urgent: needs action within 48 h.")

letter(
    key="L11", prov="kild", kind="discharge_summary", fmt="pdf", specialty="Adult Mental Health (Inpatient)",
    dept="Heron Ward, The Larches", clinician="Dr Benedikt Aalto",
    patient=P("Lorraine Pickersgill", "311957", "1975-10-26"),
    ev="2027-04-16", ev_time="11:00", ld="2027-04-17", sent="2027-04-17 16:20", hosp="RIO-431877",
    subject="Inpatient discharge summary - PICKERSGILL",
    body="""
    INPATIENT DISCHARGE SUMMARY - Heron Ward, The Larches
    Name: Lorraine Pickersgill   DOB: 26/10/1975   NHS: {NHS}
    Admitted: 29/03/2027 (informal)
    Discharged: 16/04/2027 at 11:00
    Responsible clinician: Dr B Aalto, Consultant Psychiatrist

    # Diagnosis
    Severe depressive episode without psychotic symptoms (F32.2)

    # Medication on discharge (14 days supplied)
    - Sertraline 150mg od - please continue
    - Mirtazapine 15mg nocte - please continue

    # Follow-up
    - 72-hour follow-up by the Home Treatment Team (booked 18/04/2027)
    - Care coordinator: Mr P Okonkwo, CMHT South

    # Requests to GP
    - Please issue a fit note for 4 weeks from the date of discharge; she works as a teaching assistant
    """,
    exp=[("fit_note", "Please issue a fit note for 4 weeks from the date of discharge"),
         ("late_discharge_summary", "Discharged: 16/04/2027 at 11:00")],
    notes="Inpatient unit asks the GP for the post-discharge fit note; sent 29 h after an 11:00 discharge (late). Continuing green antidepressants is not a finding.")

letter(
    key="L12", prov="orrin", kind="clinic_letter", fmt="html", specialty="Ophthalmology",
    dept="Orrin Park Eye Unit", clinician="Mr Hamid Sorensen",
    patient=P("Maureen Lightfoot", "312103", "1947-05-14"),
    ev="2027-04-19", ld="2027-04-20", sent="2027-04-21 10:30", hosp="OPT-22015",
    subject="Post-operative note - LIGHTFOOT M",
    opts={"alt": True},
    body="""
    Orrin Park Eye Unit - post-operative note
    Seen: 19.04.27 (day 1 after R phaco + IOL on 18.04.27)
    Pt: Mrs Maureen LIGHTFOOT, D.O.B. 14.05.1947, NHS number {NHS}

    Dear Dr Garside

    R VA 6/9 unaided. IOP 17. AC quiet. Wound sealed.

    Plan:
    - Dexamethasone 0.1% drops QDS for 4/52 then stop
    - Chloramphenicol 0.5% drops QDS for 2/52
    - We supplied one bottle of each (1/52); would you kindly prescribe the remaining course of both drops
    - Post-op refraction at 4/52 with her own optometrist (GOS sight test)
    - For any questions about listing for her second (L) eye she should contact her GP, who can forward them to us

    Mr H Sorensen, Consultant Ophthalmic Surgeon
    """,
    exp=[("hospital_only_prescribing", "would you kindly prescribe the remaining course of both drops"),
         ("patient_redirected_to_gp",
          "For any questions about listing for her second (L) eye she should contact her GP")],
    notes="Post-cataract drops only partly supplied by the ISTC; patient queries about its own waiting list routed via the GP. Optometrist refraction is a decoy.")

letter(
    key="L14", prov="adela", kind="clinic_letter", fmt="docx", specialty="Rheumatology",
    dept="Lupus and Vasculitis Clinic", clinician="Dr Yusuf Bevington",
    patient=P("Beverley Nwachukwu", "312250", "1966-09-18"),
    ev="2027-04-20", ld="2027-04-28", sent="2027-04-29 11:45", hosp="QA7731094",
    subject="Lupus clinic letter QA7731094",
    body="""
    Queen Adela Lupus & Vasculitis Clinic
    Seen in clinic on 20th April 2027
    Dictated 20/04/27, typed 28/04/27

    Patient: Beverley Nwachukwu   DOB 18/09/1966   NHS {NHS}   QAH QA7731094

    Dear Dr Rahmani,

    Impression: SLE with new class III lupus nephritis (biopsy 02/04/27). uPCR 180.

    | Action | Who | When |
    | GP to start mycophenolate mofetil 500mg bd, increasing to 1g bd after 2/52 | GP | on receipt of this letter |
    | FBC, U&E and LFTs weekly for 6/52 at the surgery | GP practice | weekly |
    | Prednisolone 30mg od reducing per chart (supplied 4/52) | Rheumatology | started 20/04/27 |
    | Review in lupus nephritis clinic | QAH | 6/52 |

    Yours sincerely

    Dr Yusuf Bevington, Consultant Rheumatologist
    """,
    exp=[("hospital_only_prescribing",
          "GP to start mycophenolate mofetil 500mg bd, increasing to 1g bd after 2/52"),
         ("tests_for_hospital", "FBC, U&E and LFTs weekly for 6/52 at the surgery"),
         ("late_clinic_letter", "Seen in clinic on 20th April 2027")],
    notes="Tertiary clinic asks GP to initiate mycophenolate and do the initiation monitoring; letter sent 9 days after clinic.")

letter(
    key="L15", prov="atvh", kind="ed_letter", fmt="html", specialty="Emergency Medicine",
    dept="Emergency Department", clinician="Dr Niamh Gallacher",
    patient=P("Stuart Ingleby", "312396", "1969-12-01"),
    ev="2027-04-23", ld="2027-04-24", sent="2027-04-24 01:05", hosp="AT1620035",
    subject="ED Discharge Letter - INGLEBY",
    body="""
    ED Discharge Letter - Astleford Royal Hospital
    Arrived 23/04/2027 19:20 | Discharged 24/04/2027 00:30
    Patient: Stuart Ingleby, DOB 01-12-1969, NHS {NHS}

    Presenting complaint: intermittent central chest tightness on exertion x 3/52, pain-free in ED.
    ECG: SR 72, no acute ischaemic change. hs-Troponin 0h 4, 3h 5 ng/L.
    Impression: possible stable angina; ACS ruled out.

    Plan:
    - Aspirin 75mg od and GTN spray: started, 28 days supplied
    - GP to refer to the rapid access chest pain clinic
    - GP please arrange an outpatient echocardiogram
    - Return to ED if pain at rest or lasting over 15 minutes

    Dr N Gallacher, Consultant in Emergency Medicine
    """,
    exp=[("onward_referral", "GP to refer to the rapid access chest pain clinic"),
         ("tests_for_hospital", "GP please arrange an outpatient echocardiogram")],
    notes="ED suspects angina but leaves the RACPC referral and the echo to the GP.")

letter(
    key="L16", prov="whin", kind="clinic_letter", fmt="plain", specialty="Podiatry",
    dept="Whinmoor Podiatry", clinician="Mr Owain Prothero",
    patient=P("Kieran Doughty", "312541", "2001-07-07"),
    ev="2027-04-26", ld="2027-04-27", sent="2027-04-27 09:12", hosp="WCH-80911",
    subject="Nail surgery - Kieran Doughty",
    body="""
    Whinmoor Podiatry - Nail Surgery
    Procedure date: 26/04/2027

    Patient: Kieran Doughty   DOB 07/07/2001   NHS {NHS}

    Dear Dr Ferrand

    Procedure: partial nail avulsion L hallux (medial border) with phenol, under digital block.

    Aftercare:
    - First redressing at our Whinmoor Health Centre clinic on 29/04/2027 (booked)
    - Pt given dressing pack and written advice
    - Our podiatry team will review until healed

    No action is required from the surgery.

    Owain Prothero, Specialist Podiatrist
    """,
    notes="Hard negative: the provider does its own post-procedure redressing and review.")

letter(
    key="L17", prov="kild", kind="clinic_letter", fmt="pdf", specialty="Memory Assessment Service",
    dept="Memory Assessment Service", clinician="Dr Ottoline Freer",
    patient=P("Harold Sweeney", "312688", "1939-02-08"),
    ev="2027-04-21", ev_time="14:30", ld="2027-04-27", sent="2027-04-28 10:15", hosp="RIO-452290",
    subject="Memory Assessment Service - diagnosis letter",
    opts={"twocol": True},
    body=ADDR_FERRAND + """

    Appointment: 21/04/2027 14:30, Memory Assessment Service, The Larches
    Patient: Harold SWEENEY, DOB 08/02/1939, NHS {NHS}

    Diagnosis: Alzheimer's disease, mild (ACE-III 74/100). CT head (March): generalised atrophy.

    Plan:
    - Donepezil 5mg nocte started today; pre-treatment ECG done in our clinic (normal, HR 68)
    - 4 weeks supplied by our pharmacy; our memory nurse will phone at 4/52 and review at 6/52
    - If tolerated we will then write to ask whether you are willing to take over prescribing; until then please do not prescribe
    - Carers' support and Admiral nurse referral made by us

    Dr O Freer, Consultant in Old Age Psychiatry
    """,
    notes="Hard negative: specialist initiates, supplies and will ask properly about transfer later; sent 7 days after a 14:30 clinic (on time).")

letter(
    key="L18", prov="atvh", kind="discharge_summary", fmt="docx", specialty="General Surgery",
    dept="General Surgery - Ward 9", clinician="Mr Ruaridh Galbraith",
    patient=P("Natalie Brightwell", "312835", "1988-03-22"),
    ev="2027-04-27", ev_time="14:00", ld="2027-04-28", sent="2027-04-28 09:30", hosp="AT1402276",
    subject="Discharge Summary AT1402276",
    body="""
    Discharge Summary - Surgical Assessment Unit / Ward 9
    Patient: Natalie Brightwell   DOB 22/03/1988   NHS {NHS}   Hosp AT1402276
    Admission: 25/04/2027   Discharge: 27/04/2027 14:00
    Consultant: Mr R Galbraith   Completed by: Dr A Oduya (FY1)

    Procedure: laparoscopic cholecystectomy 26/04/2027 (acute cholecystitis). Port sites closed with skin clips.
    Discharge medication: paracetamol and codeine (7 days supplied).

    # Post-discharge plan
    | Action | Who | When |
    | Removal of skin clips by the practice nurse at the GP surgery | Practice | day 10 (06/05/27) |
    | Fit note for 2/52 to be issued by GP | GP | on discharge |
    | Gallbladder histology | Surgical team will review and write | 4-6/52 |
    | Clinic follow-up | Not required | - |
    """,
    exp=[("post_procedure_care", "Removal of skin clips by the practice nurse at the GP surgery"),
         ("fit_note", "Fit note for 2/52 to be issued by GP")],
    notes="Post-operative clip removal and the post-surgery fit note passed to the practice in an action table; sent 19.5 h after discharge (on time).")

letter(
    key="L61", prov="atvh", kind="clinic_letter", fmt="plain", specialty="Cardiology",
    dept="Cardiology Outpatients", clinician="Dr Leopold Nakamura",
    patient=P("Colin Ashdown", "317120", "1974-08-08"),
    ev="2027-04-27", ld="2027-04-29", sent="2027-04-30 11:00", hosp="AT1022981",
    subject="Cardiology clinic letter - ASHDOWN Colin",
    body="""
    Cardiology Outpatients, Astleford Royal Hospital
    Clinic 27/4/2027
    Colin Ashdown   DOB 08/08/1974   NHS {NHS}   AT1022981

    Dear Dr Wierzbicki

    Palpitations, 2 syncopal episodes at work (forklift driver). GP previously arranged a 24h tape in January, which was normal.
    ECG today: SR, QTc 430, no pre-excitation.

    Plan:
    - 7-day event monitor fitted today; echo booked in our department
    - Fit note (Med3) issued today by me for 2 weeks: not to drive or operate machinery pending results
    - DVLA advice given
    - I will see him with the results in 4/52

    No GP action required.

    Dr L Nakamura, Consultant Cardiologist
    """,
    notes="Hard negative: fit note issued by the hospital, its own monitoring arranged, history of GP tests, explicit no GP action.")

letter(
    key="L21", prov="orrin", kind="discharge_summary", fmt="pdf", specialty="General Surgery",
    dept="Day Surgery Unit", clinician="Mr Kwabena Osei",
    patient=P("Darren Whitlock", "312982", "1979-05-25"),
    ev="2027-04-30", ld="2027-04-30", sent="2027-04-30 17:45", hosp="OPT-22871",
    subject="Day surgery discharge summary OPT-22871",
    body="""
    Day Surgery Discharge Summary - Orrin Park NHS Treatment Centre
    Patient: Darren Whitlock   DOB 25/05/1979   NHS {NHS}   Orrin Park ref OPT-22871
    Date of procedure and discharge: 30/04/2027

    Procedure: open mesh repair R inguinal hernia (Lichtenstein), GA. Uncomplicated.
    Closure: subcuticular absorbable suture and glue.
    TTO: paracetamol, ibuprofen (7 days supplied).
    Fit note: Med3 issued today by Mr Osei for 2 weeks.

    Aftercare:
    - Wound check by the practice nurse at 5-7 days please - patient asked to book this with his surgery
    - No heavy lifting for 6/52
    - No routine clinic follow-up

    Mr K Osei, Consultant General Surgeon
    """,
    exp=[("post_procedure_care", "Wound check by the practice nurse at 5-7 days please")],
    notes="ISTC passes the post-operative wound check to the practice via the patient; the fit note was already issued (decoy).")

letter(
    key="L20", prov="adela", kind="referral_response", fmt="html", specialty="Cardiology",
    dept="Cardiology (Heart Failure)", clinician="Dr Helena Marchetti",
    patient=P("Philip Ostrowski", "313128", "1957-06-30"),
    ev=None, ld="2027-05-03", sent="2027-05-03 12:20", hosp="QA6690155",
    subject="Advice and Guidance response - Cardiology",
    body="""
    Advice and Guidance - Response
    Service: Cardiology (Heart Failure) - Queen Adela Hospital
    Request from: Dr H Garside, Hollinbrook Medical Centre
    Patient: Philip Ostrowski, DOB 30/06/1957, NHS {NHS}

    Outcome: referral not accepted - converted to Advice and Guidance

    Response (Dr H Marchetti, Consultant Cardiologist, 03/05/2027):
    Thank you. Breathlessness and ankle oedema, NT-proBNP 1450 from the practice. I have not accepted this as a referral at present.
    Please arrange a transthoracic echo via direct access and re-refer with the result if it shows LV dysfunction.
    """,
    exp=[("referral_returned_for_workup",
          "Please arrange a transthoracic echo via direct access and re-refer with the result")],
    notes="Referral with raised NT-proBNP converted to A&G; the specialist assessment's echo is pushed back to the GP first.")


# ---------------------------------------------------------------- May 2027

letter(
    key="L22", prov="atvh", kind="clinic_letter", fmt="pdf", specialty="Urology",
    dept="Urology Outpatients", clinician="Mr Aled Penhallow",
    patient=P("Barry Cheung", "313275", "1959-10-04"),
    ev="2027-04-22", ld="2027-05-03", sent="2027-05-04 15:30", hosp="AT0776129",
    subject="Urology clinic letter AT0776129",
    body="""
    Urology Outpatients - Astleford Royal Hospital
    Clinic date: 22/04/2027   Letter date: 03/05/2027
    RE: Barry CHEUNG, DOB 04/10/1959, NHS {NHS}, Hosp AT0776129

    Dear Dr Wierzbicki

    Impression: raised PSA (14.2) with a firm L lobe on DRE. Suspicious for prostate cancer.

    Plan:
    1. MRI prostate (bi-parametric) requested today by me - urgent
    2. Listed for transperineal biopsy depending on MRI
    3. I have asked him to see his GP to discuss the MRI result once it is available

    Mr A Penhallow, Consultant Urological Surgeon
    """,
    exp=[("patient_redirected_to_gp",
          "I have asked him to see his GP to discuss the MRI result once it is available"),
         ("late_clinic_letter", "Clinic date: 22/04/2027")],
    notes="Patient sent to the GP for the result of the hospital's own MRI; letter sent 12 days after clinic. The hospital arranges the urgent MRI itself, so not flagged urgent.")

letter(
    key="L23", prov="whin", kind="clinic_letter", fmt="html", specialty="Community Diabetes",
    dept="Community Diabetes Service", clinician="Dr Grace Mwangi",
    patient=P("Sunita Bhardwaj", "313421", "1963-04-16"),
    ev="2027-05-04", ld="2027-05-05", sent="2027-05-05 11:00", hosp="WCH-81544",
    subject="Community Diabetes review - Sunita Bhardwaj",
    body="""
    Whinmoor Community Diabetes Service
    Seen 04/05/2027, Hollinbrook PCN hub clinic
    Patient: Sunita Bhardwaj, DOB 16/04/1963, NHS {NHS}

    Dear Dr Rahmani,

    T2DM, HbA1c 71 (March). Weight 88kg. Adherent with metformin.

    Plan:
    - Semaglutide 0.25mg weekly added: we will prescribe through the titration phase and write when she is on a stable dose
    - Please continue metformin 1g bd
    - HbA1c and lipids will be taken at our community phlebotomy hub in 3/12, before her next review with us
    - Pt to book her annual retinal screening via the DESP booking line (she has the number)

    Dr Grace Mwangi, Consultant Diabetologist (Community)
    """,
    notes="Hard negative: provider prescribes through titration and takes its own bloods; green drug continued; patient-directed action.")

letter(
    key="L24", prov="kild", kind="clinic_letter", fmt="plain", specialty="Adult Mental Health",
    dept="Community Mental Health Team (South)", clinician="Dr Lowri Bevan",
    patient=P("Geraint Howells", "313567", "1961-01-29"),
    ev="2027-05-05", ld="2027-05-06", sent="2027-05-06 18:05", hosp="RIO-398210",
    subject="URGENT: lithium level - Geraint Howells",
    body="""
    CMHT (South) - medical review
    Date of review: 05/05/2027
    Re: Geraint Howells   DOB 29/01/1961   NHS {NHS}

    Dear Dr Garside

    Seen at home with care coordinator. Coarse tremor, mild ataxia, diarrhoea x 3/7.
    Lithium (prescribed and monitored by our CMHT lithium clinic) - level taken by our team 05/05/27, 12 h post-dose: 1.42 mmol/L (previous 0.7). eGFR 51 (was 68).
    He started naproxen 500mg bd for knee OA 2/52 ago - the likely cause.

    Impression: mild lithium toxicity, NSAID interaction.

    Plan:
    - Lithium withheld for 48h, pt and wife informed; ED if confusion or vomiting
    - Naproxen stopped today on our advice; paracetamol instead
    - GP to repeat lithium level and U&Es on 10/05/27 and adjust the lithium dose according to the result
    - I will review him in 4/52

    Dr Lowri Bevan, Consultant Psychiatrist
    """,
    exp=[("tests_for_hospital", "GP to repeat lithium level and U&Es on 10/05/27")],
    urgent=True,
    notes="Lithium toxicity with an NSAID interaction; the lithium clinic (which owns monitoring) hands the time-critical recheck to the GP. Urgent.")

letter(
    key="L25", prov="atvh", kind="discharge_summary", fmt="plain", specialty="Medicine for Older People",
    dept="Elderly Care - Ward 22", clinician="Dr Philippa Grange",
    patient=P("Edna Calloway", "313714", "1933-08-19"),
    ev="2027-05-03", ev_time="12:15", ld="2027-05-04", sent="2027-05-04 15:40", hosp="AT0312958",
    subject="Discharge summary - CALLOWAY Edna",
    body="""
    DISCHARGE SUMMARY - Elderly Care (Ward 22), Astleford Royal Hospital
    Pt: Edna Calloway   DOB 19/08/1933   NHS {NHS}   Hosp AT0312958
    Admitted 28/04/2027, discharged 03/05/2027 at 12:15 to own home with POC (QDS)
    Consultant: Dr P Grange   Author: Dr M Yeo (FY1)

    Dx: Fall with long lie; rhabdomyolysis (CK 4200, normalised); new AF.

    Medication changes:
    - Apixaban 2.5mg bd NEW (dose-reduced: age, weight 52kg) - 28 days supplied
    - Amlodipine STOPPED (postural drop)

    Actions for GP:
    - Please refer to the community falls service and to community OT for a home assessment
    - Apixaban for GP to continue (green; 28 days supplied)

    Actions for patient/family: keep pendant alarm on.
    """,
    exp=[("onward_referral",
          "Please refer to the community falls service and to community OT for a home assessment"),
         ("late_discharge_summary", "discharged 03/05/2027 at 12:15")],
    notes="Falls/OT referral for the admission's problem left to the GP; sent the next day but 27 h after a 12:15 discharge (late).")

letter(
    key="L27", prov="adela", kind="discharge_summary", fmt="docx", specialty="Cardiothoracic Surgery",
    dept="Cardiothoracic Surgery", clinician="Mr Felix Armitage",
    patient=P("Roy Entwistle", "313860", "1955-12-12"),
    ev="2027-05-06", ev_time="10:00", ld="2027-05-06", sent="2027-05-07 08:55", hosp="QA2209463",
    subject="Discharge Summary - Cardiothoracic - QA2209463",
    body="""
    Cardiothoracic Surgery - Discharge Summary
    Patient: Roy Entwistle   DOB 12/12/1955   NHS {NHS}   QAH QA2209463
    Operation: CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA) on 29/04/2027
    Discharged: 6th May 2027, 10:00, to home
    Consultant: Mr F Armitage   Summary by: Dr J Lindo (SHO)

    Post-op: new AF day 2, loaded with amiodarone, now SR.
    Discharge medication (14 days supplied): aspirin 75mg, atorvastatin 80mg, bisoprolol 2.5mg, amiodarone 200mg tds 1/52 then bd 1/52 then od.

    | Action | Who | When |
    | Sternal wound check and removal of leg-wound sutures | GP practice nurse | day 10 (09/05/27) |
    | Continue amiodarone and monitor TFTs and LFTs 6-monthly | GP | ongoing |
    | Cardiac rehabilitation | Referred by ward | phase III from 6/52 |
    | Fit note | Issued on the ward for 8 weeks | done |
    | Surgical follow-up | Cardiothoracic clinic | 6/52 |
    """,
    exp=[("post_procedure_care", "Sternal wound check and removal of leg-wound sutures"),
         ("shared_care_without_agreement", "Continue amiodarone and monitor TFTs and LFTs 6-monthly")],
    notes="Post-CABG wound care and amber amiodarone with monitoring handed to the GP without a shared-care agreement; rehab referral and fit note done by the hospital (decoys). Sent 23 h after discharge.")

letter(
    key="L28", prov="orrin", kind="clinic_letter", fmt="docx", specialty="Gastroenterology",
    dept="Endoscopy and Gastroenterology Clinic", clinician="Dr Mirela Popescu",
    patient=P("Adrian Loftus", "314006", "1962-02-14"),
    ev="2027-05-07", ld="2027-05-10", sent="2027-05-10 13:40", hosp="OPT-23306",
    subject="Clinic letter OPT-23306",
    body="""
    Orrin Park Endoscopy & Gastroenterology Clinic
    Clinic date: 07/05/2027
    Patient: Adrian Loftus   DOB 14/02/1962   NHS {NHS}

    Dear Dr Ferrand

    Seen after colonoscopy on 15/04/2027 (change in bowel habit, FIT 14): three polyps removed (largest 12mm, sigmoid); mild diverticular disease.
    Impression: symptoms improving with fibre; no red flags.

    | Action | Who | When |
    | Polyp histology (pending at Orrin Park lab) | Will be forwarded to the GP for action | when reported |
    | Surveillance decision | Orrin Park endoscopy team (we will write) | after histology |
    | Ispaghula husk | Patient to buy OTC | ongoing |

    Mirela Popescu, Consultant Gastroenterologist
    """,
    exp=[("results_chasing", "Will be forwarded to the GP for action")],
    notes="Implicit results dump: the ISTC's own polyp histology is to be actioned by the GP. Surveillance stays with the provider (decoy).")

letter(
    key="L29", prov="whin", kind="discharge_summary", fmt="html", specialty="Intermediate Care",
    dept="Whinmoor Community Hospital - Intermediate Care", clinician="Dr Gavin Threlfall",
    patient=P("Winifred Ackroyd", "314152", "1936-11-03"),
    ev="2027-05-07", ld="2027-05-11", sent="2027-05-12 10:05", hosp="WCH-60218",
    subject="Intermediate care discharge summary",
    body="""
    Whinmoor Community Hospital - Intermediate Care Discharge Summary
    Patient: Winifred Ackroyd, DOB 03/11/1936, NHS {NHS}
    Admitted (step-down from Astleford Royal): 19/04/2027
    Date of discharge: 2027-05-07, to Beechcroft Nursing Home
    Responsible clinician: Dr G Threlfall, Intermediate Care Lead

    Summary: rehabilitation after #NOF (DHS). Mobile 5m with frame + 1. Moderate dementia.
    Meds: unchanged from acute discharge; 7 days supplied; MAR chart sent to the home.

    Requests:
    - Please complete the attached NHS Continuing Healthcare checklist and return it to the Whinmoor discharge team
    - Nursing home to weigh weekly
    """,
    exp=[("non_contractual_admin",
          "Please complete the attached NHS Continuing Healthcare checklist and return it to the Whinmoor discharge team"),
         ("late_discharge_summary", "Date of discharge: 2027-05-07")],
    notes="Community hospital passes its CHC checklist to the practice; summary sent 5 days after discharge. Nursing-home request is a decoy.")

letter(
    key="L30", prov="atvh", kind="clinic_letter", fmt="html", specialty="Haematology",
    dept="Haematology Outpatients", clinician="Dr Sunniva Larkin",
    patient=P("Kenneth Marsh", "314298", "1958-07-27"),
    ev="2027-05-10", ld="2027-05-11", sent="2027-05-11 16:50", hosp="AT0665410",
    subject="Haematology clinic - MARSH Kenneth - please action",
    body="""
    Haematology Outpatients, Astleford Royal Hospital
    Date of clinic: 10/05/2027
    Patient: Kenneth Marsh, DOB 27/07/1958, NHS {NHS}, Hosp AT0665410

    Dear Dr Rahmani

    Referred with microcytic anaemia. Hb 92, MCV 71, ferritin 6. No GI symptoms; weight down 4kg in 3 months. Never had GI investigation.
    Impression: iron deficiency anaemia in a 68-year-old man - GI malignancy must be excluded.

    Plan:
    - IV iron (ferric carboxymaltose 1g) given in our day unit today
    - It would be helpful if his GP could refer him urgently on the suspected lower GI cancer pathway, with a FIT, this week
    - Repeat FBC and ferritin in 6/52 at our haematology day unit (booked)

    Dr Sunniva Larkin, Consultant Haematologist
    """,
    exp=[("onward_referral",
          "It would be helpful if his GP could refer him urgently on the suspected lower GI cancer pathway")],
    urgent=True,
    notes="Suspected-cancer referral the haematologist could make directly is asked of the GP; urgent (2WW step).")

letter(
    key="L32", prov="kild", kind="clinic_letter", fmt="docx", specialty="Adult ADHD",
    dept="Adult ADHD Service", clinician="Dr Marcus Oyelaran",
    patient=P("Ryan Castellano", "314443", "1994-05-02"),
    ev="2027-05-11", ld="2027-05-12", sent="2027-05-13 09:50", hosp="RIO-462337",
    subject="Adult ADHD Service - titration complete",
    body="""
    Adult ADHD Service - titration complete
    Date of appointment: 11.05.2027
    Patient: Ryan Castellano   DOB 02.05.1994   NHS {NHS}

    Dear Dr Wierzbicki

    He is now stable on lisdexamfetamine 50mg each morning (BP 124/78, HR 80, weight 71kg, stable over 8 weeks).

    | Action | Who | When |
    | Please take over prescribing of lisdexamfetamine 50mg om and monitoring of BP, pulse and weight | GP | from next prescription (due 25/05/27) |
    | Annual review | ADHD service | 05/2028 |

    We have discharged him to your care.

    Dr Marcus Oyelaran, Consultant Psychiatrist
    """,
    exp=[("shared_care_without_agreement",
          "Please take over prescribing of lisdexamfetamine 50mg om and monitoring of BP, pulse and weight")],
    notes="Amber ADHD drug transferred by instruction with no shared-care agreement offered.")

letter(
    key="L33", prov="adela", kind="clinic_letter", fmt="plain", specialty="Neurosurgery",
    dept="Spinal Surgery Clinic", clinician="Mr Gideon Rahal",
    patient=P("Colette Briggs", "314589", "1972-03-09"),
    ev="2027-05-12", ld="2027-05-12", sent="2027-05-14 10:20", hosp="QA8854027",
    subject="Spinal clinic letter QA8854027",
    body="""
    Spinal Surgery Clinic, Queen Adela Hospital
    12 May 2027
    Patient: Colette Briggs, DOB 09/03/1972, NHS {NHS}, QAH QA8854027

    Dear Dr Ferrand

    Impression: chronic LBP with L5 radicular pain; MRI - small L4/5 disc bulge, no compression needing surgery.

    Plan:
    - Not for surgery. I have referred her directly to the QAH pain management service for consideration of a transforaminal epidural
    - Updated MRI whole spine requested by me to exclude other pathology; I will write with the result
    - Safety-netting: if she develops saddle anaesthesia, bladder or bowel disturbance or bilateral leg weakness she must attend ED immediately (CES card given)
    - Should her leg pain worsen after the injection, she may be re-referred

    Mr G Rahal, Consultant Spinal Neurosurgeon
    """,
    notes="Hard negative: onward referral made directly, own MRI with results promised, safety-netting and a conditional re-referral note.")

letter(
    key="L65", prov="atvh", kind="referral_response", fmt="plain", specialty="Rheumatology",
    dept="Rheumatology", clinician="Dr Sofia Brannigan",
    patient=P("Rosemary Tait", "317410", "1955-11-05"),
    ev=None, ld="2027-05-18", sent="2027-05-18 13:20", hosp="AT0551238",
    subject="Advice & Guidance reply - Rheumatology (bone health)",
    body="""
    Advice and Guidance - reply to your request
    Service: Rheumatology / Metabolic Bone - Astleford Royal Hospital
    Patient: Rosemary Tait   DOB 05/11/1955   NHS {NHS}
    Requester: Dr R Ferrand - request type: advice only (no referral requested)

    Your question: she has taken alendronic acid for 5 years; is a drug holiday appropriate?

    Reply (Dr S Brannigan, Consultant Rheumatologist, 18/05/2027):
    With no fragility fracture on treatment and a total hip T-score of -1.9 on her recent DXA, a 2-year drug holiday is reasonable, with FRAX and DXA reassessment at the end of it. No specialist review is needed.
    This A&G request is now closed.
    """,
    notes="Hard negative: advice the GP asked for, answered; no referral was refused.")

letter(
    key="L34", prov="atvh", kind="clinic_letter", fmt="docx", specialty="Dermatology",
    dept="Dermatology Outpatients", clinician="Dr Ailsa McBride",
    patient=P("Chloe Atherton", "314735", "2004-10-21"),
    ev="2027-05-13", ld="2027-05-19", sent="2027-05-20 08:15", hosp="AT1700562",
    subject="Dermatology clinic letter AT1700562",
    body="""
    Dermatology Outpatients - Astleford Royal Hospital
    Clinic date: 13/05/2027

    Patient: Chloe Atherton   DOB 21/10/2004   NHS {NHS}

    Dear Dr Garside

    Dx: severe nodulocystic acne with scarring. Failed lymecycline + topical adapalene/BPO.
    Counselled re isotretinoin incl. pregnancy prevention programme and mood; consented; pregnancy test negative today; has Nexplanon.

    | Action | Who | When |
    | Isotretinoin 20mg od - please can GP prescribe (first month) | GP | from 20/05/27 |
    | Monthly pregnancy test at the surgery before each prescription | Surgery | monthly |
    | Review with LFTs and lipids | Dermatology | 4/52 |

    Dr Ailsa McBride, Consultant Dermatologist
    """,
    exp=[("hospital_only_prescribing", "Isotretinoin 20mg od - please can GP prescribe (first month)"),
         ("tests_for_hospital", "Monthly pregnancy test at the surgery before each prescription")],
    notes="Red drug (oral isotretinoin) and its pregnancy-prevention testing passed to the practice; sent exactly 7 calendar days after clinic (on time).")

letter(
    key="L35", prov="orrin", kind="clinic_letter", fmt="pdf", specialty="Orthopaedics",
    dept="Orthopaedic Clinic", clinician="Mr Declan Furness",
    patient=P("Lee Varley", "314880", "1971-04-11"),
    ev="2027-05-17", ld="2027-05-18", sent="2027-05-18 14:25", hosp="OPT-23570",
    subject="Post-op review letter OPT-23570",
    body="""
    Orrin Park NHS Treatment Centre - Orthopaedic Clinic
    Clinic date: 17/05/2027 (2/52 post-op)
    Patient: Mr Lee Varley, DOB 11/04/1971, NHS {NHS}

    Dear Dr Rahmani

    Procedure: L TKR, 03/05/2027.
    Wound healed, clips removed in clinic today. ROM 5-95.

    Plan:
    - Outpatient physiotherapy arranged at Orrin Park, first session 20/05/2027
    - He works as a scaffolder and will need a fit note for a further 6 weeks, which his GP can provide
    - Review at 6/52 with X-ray (booked)

    Mr Declan Furness, Consultant Orthopaedic Surgeon
    """,
    exp=[("fit_note", "will need a fit note for a further 6 weeks, which his GP can provide")],
    notes="Post-operative fit note for the surgeon's recovery period left to the GP (indirect wording). Clips removed by the provider (decoy).")

letter(
    key="L36", prov="whin", kind="clinic_letter", fmt="plain", specialty="Tissue Viability",
    dept="Tissue Viability Service", clinician="Ms Bethan Rowlands",
    patient=P("Gordon Pilling", "315026", "1946-01-24"),
    ev="2027-05-18", ld="2027-05-19", sent="2027-05-19 13:00", hosp="WCH-82007",
    subject="Tissue viability visit - Gordon Pilling",
    body="""
    Whinmoor Tissue Viability Service
    Visit: 18/05/2027 (joint visit with district nurse)
    Patient: Gordon Pilling   DOB 24/01/1946   NHS {NHS}

    Dear Dr Wierzbicki

    Venous leg ulcer L gaiter, 4x3cm, reducing. ABPI 0.92 (Doppler done by TVN today).

    Plan:
    - District nurses to continue compression (2-layer) and dressings 3x weekly
    - Swab not indicated (no signs of infection)
    - TVN review 4/52
    - Dressings supplied via our community formulary (ONPOS), not FP10

    For information; no GP action needed.

    Bethan Rowlands, Clinical Nurse Specialist Tissue Viability
    """,
    notes="Hard negative: requests aimed at district nurses; provider does the Doppler and supplies dressings; for information.")

letter(
    key="L38", prov="atvh", kind="ed_letter", fmt="plain", specialty="Paediatric Emergency Medicine",
    dept="Paediatric Emergency Department", clinician="Dr Tamsin Ilori",
    patient=P("Oliver Sandford", "315171", "2019-08-30"),
    ev="2027-05-20", ld="2027-05-20", sent="2027-05-20 22:47", hosp="AT2301187",
    subject="Paediatric ED discharge letter - SANDFORD Oliver",
    body="""
    Paediatric ED - Discharge Letter
    Attendance: 20/05/2027 17:05-20:10
    Child: Oliver Sandford   DOB 30/08/2019   NHS {NHS}
    Accompanied by: mother (Mrs K Sandford)

    PC: fell off scooter, 3cm laceration R knee. No bony tenderness. No head injury.
    Tx: wound irrigated, 4 x 5/0 nylon sutures under LAT gel.

    Discharge advice:
    - Keep dry 48h
    - I have asked mum to book with the practice nurse for suture removal in 7 days
    - Return if red, hot or discharging

    Dr T Ilori, ST6 Paediatric Emergency Medicine (Consultant: Dr N Gallacher)
    """,
    exp=[("post_procedure_care",
          "I have asked mum to book with the practice nurse for suture removal in 7 days")],
    notes="ED suture removal relayed to the practice via the parent (local policy may commission this; labelled per taxonomy).")

letter(
    key="L39", prov="adela", kind="clinic_letter", fmt="html", specialty="Medical Oncology",
    dept="Queen Adela Cancer Centre - Medical Oncology", clinician="Dr Rosamund Achterberg",
    patient=P("Frank Duggan", "315317", "1953-09-15"),
    ev="2027-05-19", ld="2027-05-20", sent="2027-05-21 09:35", hosp="QA4471855",
    subject="IMPORTANT interaction - capecitabine and warfarin - DUGGAN Frank",
    opts={"htmlstyle": "tablehead"},
    body="""
    Medical Oncology Clinic - Queen Adela Cancer Centre
    Seen 19/05/2027
    Patient: Frank Duggan, DOB 15/09/1953, NHS {NHS}, QAH QA4471855

    Dear Dr Ferrand

    Dx: stage III colon cancer, after R hemicolectomy (03/2027). Starting adjuvant capecitabine (cycle 1 day 1: 24/05/2027), prescribed and supplied by our chemotherapy pharmacy.

    IMPORTANT - interaction: he takes warfarin for AF, managed by your practice's anticoagulation clinic. Capecitabine can markedly raise the INR; fatal bleeds have been reported.

    Plan:
    - Please check his INR within 3-4 days of starting capecitabine (by 28/05/2027) and weekly during treatment, adjusting warfarin in your anticoagulation clinic as usual, or consider a switch to a DOAC
    - Chemotherapy bloods (FBC, U&E, LFT) will be taken at our cancer centre before each cycle
    - 24-hour acute oncology line number given to the patient

    Dr Rosamund Achterberg, Consultant Medical Oncologist
    """,
    urgent=True,
    notes="Urgent dangerous interaction but no bounce: the INR is monitored by the practice's own anticoagulation clinic; chemo and its bloods stay with the hospital.")

letter(
    key="L40", prov="atvh", kind="discharge_summary", fmt="pdf", specialty="Cardiology",
    dept="Cardiology - Coronary Care Unit", clinician="Dr Leopold Nakamura",
    patient=P("Wayne Haworth", "315462", "1966-06-06"),
    ev="2027-05-21", ev_time="17:00", ld="2027-05-22", sent="2027-05-22 11:20", hosp="AT1550872",
    subject="Discharge Summary AT1550872 (Cardiology)",
    opts={"twocol": True},
    body=ADDR_RAHMANI + """

    DISCHARGE SUMMARY - Cardiology (CCU)
    Patient: Wayne Haworth | DOB 06/06/1966 | NHS No {NHS} | AT1550872
    Admitted: 18/05/2027 | Discharged: 21/05/2027 17:00
    Consultant: Dr L Nakamura | Author: Dr P Sethi (FY2)

    Dx: NSTEMI. Angiogram 19/05: LAD 90% - DES x1.

    Medication on discharge (28 days supplied):
    - Aspirin 75mg od (lifelong), ticagrelor 90mg bd (12 months), atorvastatin 80mg, ramipril 2.5mg, bisoprolol 2.5mg

    Plan:
    - Outpatient echo: requested; we will send the appointment
    - GP to refer to cardiac rehabilitation (phase III)
    - Ramipril uptitration by the cardiac rehab nurses
    """,
    exp=[("onward_referral", "GP to refer to cardiac rehabilitation (phase III)")],
    notes="Post-MI cardiac rehab referral (the provider's own onward referral) passed to the GP; echo arranged by the hospital (decoy). Sent 18 h after discharge.")

letter(
    key="L41", prov="kild", kind="referral_response", fmt="plain", specialty="Adult Mental Health",
    dept="Single Point of Access", clinician="Dr Fergus Lamont",
    patient=P("Leanne Prosser", "315608", "1990-12-27"),
    ev=None, ld="2027-05-24", sent="2027-05-24 11:10", hosp="RIO-470015",
    subject="SPA referral outcome - Leanne Prosser",
    body="""
    Kildwick Vale Single Point of Access - Referral Outcome
    Date: 24/05/2027
    Re: Leanne Prosser   DOB 27/12/1990   NHS {NHS}
    Referral from: Dr R Ferrand (received 17/05/2027)

    Outcome: NOT ACCEPTED for secondary mental health care at this time
    Reason: moderate depression, no risk concerns identified; one SSRI so far (sertraline 50mg, 4 weeks).

    Recommendations to referrer:
    - Please optimise sertraline to 100-150mg and, if no response after 6/52, switch to a second antidepressant
    - Refer to Talking Therapies (self-referral also possible)
    - Re-refer to SPA once two adequate antidepressant trials have failed

    Triaged by: Dr Fergus Lamont, Consultant Psychiatrist (SPA)
    """,
    exp=[("referral_returned_for_workup", "Re-refer to SPA once two adequate antidepressant trials have failed")],
    notes="Mental-health referral returned with treatment to complete in primary care first (judgement call: stepped-care pathways may expect this).")

letter(
    key="L43", prov="whin", kind="clinic_letter", fmt="pdf", specialty="Pulmonary Rehabilitation",
    dept="Community Respiratory Team", clinician="Ms Rachel Tennant",
    patient=P("Clifford Dunne", "315754", "1951-03-18"),
    ev="2027-05-24", ld="2027-05-25", sent="2027-05-25 09:30", hosp="WCH-82240",
    subject="Pulmonary rehab - missed assessment",
    body="""
    Whinmoor Community Respiratory Team - Pulmonary Rehabilitation
    Date: 25/05/2027
    Patient: Clifford Dunne, DOB 18/03/1951, NHS {NHS}

    Dear Dr Ferrand

    Mr Dunne did not attend his pulmonary rehabilitation assessment on 24/05/2027.
    We have spoken to him: he had a hospital appointment clash. We have sent him a further appointment for 07/06/2027 and he remains on our caseload.

    No re-referral is needed.

    Rachel Tennant, Respiratory Physiotherapist
    """,
    notes="Hard negative: after a DNA the service rebooks the patient itself.")

letter(
    key="L62", prov="orrin", kind="clinic_letter", fmt="html", specialty="Ophthalmology",
    dept="Orrin Park Eye Unit", clinician="Mr Hamid Sorensen",
    patient=P("Vera Cartwright", "317265", "1943-02-13"),
    ev="2027-05-24", ld="2027-05-25", sent="2027-05-26 09:00", hosp="OPT-23711",
    subject="Cataract assessment - CARTWRIGHT V",
    body="""
    Orrin Park Eye Unit - cataract assessment
    Date seen: 24/05/2027
    Patient: Mrs Vera Cartwright, D.O.B. 13.02.1943, NHS {NHS}

    Dear Dr Garside

    R cataract, VA 6/24. Listed for R phaco + IOL.
    Incidental finding: L eye - subretinal fluid and haemorrhage at the macula, likely neovascular AMD.

    Plan:
    - I have referred her directly and fast-track to the Queen Adela medical retina (AMD) service; they will contact her within 2 weeks
    - If she notices sudden loss or distortion of vision in either eye she should attend eye casualty the same day (advice given)
    - R cataract surgery: our waiting list office will write to her with a date

    Mr H Sorensen, Consultant Ophthalmic Surgeon
    """,
    notes="Hard negative: onward referral made directly by the ISTC; safety-netting addressed to the patient.")

letter(
    key="L44", prov="adela", kind="clinic_letter", fmt="docx", specialty="Renal Transplantation",
    dept="Renal Transplant Clinic", clinician="Dr Anneliese Brookfield",
    patient=P("Jerome Delaney", "315900", "1977-07-31"),
    ev="2027-05-25", ld="2027-06-02", sent="2027-06-03 16:05", hosp="QA3308164",
    subject="Transplant clinic letter QA3308164",
    body="""
    Renal Transplant Clinic - Queen Adela Hospital
    Clinic: 25-05-2027 (typed 02-06-2027)
    Patient: Jerome Delaney   DOB 31/07/1977   NHS {NHS}   QAH QA3308164

    Dear Dr Garside

    Deceased-donor renal transplant 2019. Creatinine 132 (stable). Tacrolimus level 11.8 (target 5-8).
    Impression: stable graft; tacrolimus level high.

    | Action | Who | When |
    | Reduce Adoport (tacrolimus) to 3mg bd - please issue new prescriptions at this dose | GP | from receipt |
    | Tacrolimus level and creatinine | Transplant clinic phlebotomy | 2/52 |
    | Complete the enclosed transplant outcomes registry annual follow-up form and return it to us | GP practice | by 30/06/2027 |

    Dr Anneliese Brookfield, Consultant Transplant Nephrologist
    """,
    exp=[("hospital_only_prescribing",
          "Reduce Adoport (tacrolimus) to 3mg bd - please issue new prescriptions at this dose"),
         ("non_contractual_admin",
          "Complete the enclosed transplant outcomes registry annual follow-up form and return it to us"),
         ("late_clinic_letter", "Clinic: 25-05-2027")],
    notes="Post-transplant tacrolimus (red in the domain list) prescribing and the centre's registry data return pushed to the GP; letter 9 days after clinic. Levels stay with the clinic (decoy).")

letter(
    key="L45", prov="atvh", kind="clinic_letter", fmt="plain", specialty="Respiratory Medicine",
    dept="Respiratory Outpatients", clinician="Dr Maren Holt",
    patient=P("Shirley Openshaw", "316045", "1960-02-02"),
    ev="2027-05-26", ld="2027-05-27", sent="2027-05-28 12:00", hosp="AT0889361",
    subject="Respiratory clinic - OPENSHAW S",
    body="""
    Respiratory Clinic - Astleford Royal Hospital
    Clinic 26/05/27. Dictated 26/05/27. Typed 27/05/27.
    Pt: Shirley Openshaw, DOB 02/02/1960, NHS {NHS}, AT0889361

    Dr Ferrand,

    Dx: ?ILD. Exertional SOB 6/12, fine bibasal creps. Ex-smoker 30 pack-yrs. SpO2 96%.

    Plan:
    - HRCT thorax - requested today (urgent, within 2/52)
    - Full PFTs with TLCO - booked in our lab
    - GP to chase the HRCT report and let pt know the result
    - r/v ILD clinic 3/12, sooner if HRCT abnormal

    Dr M Holt, Consultant Respiratory Physician
    """,
    exp=[("results_chasing", "GP to chase the HRCT report and let pt know the result")],
    notes="Terse dictated letter: the hospital orders the HRCT but hands chasing and communicating its result to the GP.")

letter(
    key="L46", prov="orrin", kind="referral_response", fmt="html", specialty="Orthopaedics",
    dept="Referral Management (Orthopaedics)", clinician="Mr Declan Furness",
    patient=P("Pauline Greatorex", "316191", "1958-05-08"),
    ev=None, ld="2027-05-27", sent="2027-05-27 15:15", hosp="OPT-R-5531",
    subject="e-RS referral rejected - Orrin Park Orthopaedics",
    body="""
    e-RS Referral Rejection - Orrin Park NHS Treatment Centre
    Service: Orthopaedics - Hip and Knee (Orrin Park)
    Patient: Pauline Greatorex, DOB 08/05/1958, NHS {NHS}
    UBRN: 0000 5531 8816
    Rejected by: Mr D Furness, 27/05/2027

    Reason: outside our clinical criteria (BMI 43; this site accepts BMI under 40 only).
    Comments: Please refer her to tier 3 weight management and re-refer to us when her BMI is under 40.
    """,
    exp=[("referral_returned_for_workup",
          "Please refer her to tier 3 weight management and re-refer to us when her BMI is under 40")],
    notes="ISTC rejects a knee/hip referral on BMI and returns it for weight management first (judgement call: ISTC exclusion criteria).")

letter(
    key="L47", prov="atvh", kind="clinic_letter", fmt="html", specialty="Gynaecology",
    dept="Gynaecology Outpatients", clinician="Miss Eleri Tredwell",
    patient=P("Gillian Rushworth", "316337", "1969-11-22"),
    ev="2027-05-27", ld="2027-05-31", sent="2027-06-01 10:40", hosp="AT1204476",
    subject="Gynaecology clinic letter AT1204476",
    opts={"alt": True},
    body="""
    Gynaecology Outpatients - Astleford Royal Hospital
    Clinic attended: 27th May 2027
    Patient: Mrs Gillian Rushworth, DOB 22/11/1969, NHS {NHS}

    Dear Dr Garside

    PMB x2 episodes. TVUSS (here, 13/05): ET 6mm.
    Outpatient hysteroscopy today: small polyp removed, endometrial pipelle sampling.

    Plan:
    - Histology sent
    - I have asked her to ring the surgery in 2 weeks for the result
    - If benign, no further follow-up; if not, we will see her urgently

    Miss Eleri Tredwell, Consultant Gynaecologist
    """,
    exp=[("patient_redirected_to_gp", "I have asked her to ring the surgery in 2 weeks for the result")],
    notes="Patient told to get the hospital's histology result from the practice.")

letter(
    key="L48", prov="adela", kind="discharge_summary", fmt="html", specialty="Hepatology",
    dept="Liver Unit", clinician="Dr Caspar Nordahl",
    patient=P("Ian Mackridge", "316482", "1968-08-13"),
    ev="2027-05-28", ld="2027-06-01", sent="2027-06-02 14:10", hosp="QA6610293",
    subject="Liver Unit discharge summary QA6610293",
    body="""
    Queen Adela Hospital - Liver Unit - Discharge Summary
    Patient: Ian Mackridge | DOB 13/08/1968 | NHS {NHS} | QA6610293
    Admission: 21/05/2027 | Discharge: 28/05/2027
    Consultant: Dr C Nordahl

    Dx: decompensated ALD (Child-Pugh C) - hepatic encephalopathy grade 2, precipitated by constipation.

    Medication on discharge:
    - Lactulose 20ml tds (titrate to 2-3 soft stools)
    - Rifaximin 550mg bd - NEW: 3 days supplied; GP please prescribe from then on
    - Thiamine, vitamin B co-strong

    GP actions:
    - Bloods to be done at the surgery in 1/52 (LFTs, INR, U&Es) and results emailed to the liver nurses
    - Alcohol care team follow-up arranged
    """,
    exp=[("hospital_only_prescribing", "Rifaximin 550mg bd - NEW: 3 days supplied; GP please prescribe from then on"),
         ("tests_for_hospital",
          "Bloods to be done at the surgery in 1/52 (LFTs, INR, U&Es) and results emailed to the liver nurses"),
         ("late_discharge_summary", "Discharge: 28/05/2027")],
    notes="Short (3-day) supply of a newly started specialist drug, post-discharge bloods for the liver team (passive wording); summary 5 days late.")

letter(
    key="L49", prov="kild", kind="clinic_letter", fmt="pdf", specialty="Adult ADHD",
    dept="Adult ADHD Service", clinician="Dr Marcus Oyelaran",
    patient=P("Hannah Bellweather", "316628", "1998-09-09"),
    ev="2027-05-31", ld="2027-06-01", sent="2027-06-02 11:30", hosp="RIO-466120",
    subject="Adult ADHD Service - shared care request for your agreement",
    opts={"extra": [("SCA_methylphenidate_Bellweather.pdf", "pdf", """
        SHARED CARE AGREEMENT - METHYLPHENIDATE (ADULTS)
        Kildwick Vale Mental Health NHS Foundation Trust with Hollinbrook Medical Centre
        Patient: Hannah Bellweather, NHS {NHS}

        # Part A - specialist responsibilities
        - Assessment, diagnosis, initiation and titration to a stable dose
        - Prescribing until the GP has signed Part B
        - Annual review and advice on request; re-titration if needed

        # Part A - GP responsibilities once agreed
        - Prescribing at the dose advised
        - BP, pulse and weight every 6 months, with referral back if outside the limits in section 4

        # Part B - GP agreement
        I agree / do not agree (delete as appropriate) to share care for this patient under this agreement.
        Signed: ____________ GP   Date: ________
        """.replace("{NHS}", spaced(nhsv("316628"))), "Shared care agreement")]},
    body="""
    Adult ADHD Service - Kildwick Vale
    Appointment: 31/05/2027
    Patient: Hannah Bellweather, DOB 09/09/1998, NHS {NHS}

    Dear Dr Rahmani

    Hannah has been stable on methylphenidate MR 36mg om for 12 weeks (BP 116/72, HR 78, weight stable).

    Shared care: I enclose our shared care agreement for methylphenidate for your consideration. If you are willing to share care, please sign Part B and return it to us. Prescribing remains with our service until we receive your signed agreement; if you decline, we will continue to prescribe.

    Next review: 6/12 (ADHD service).

    Dr Marcus Oyelaran, Consultant Psychiatrist
    """,
    notes="Hard negative: shared care properly offered with the agreement attached; prescribing stays with the specialist until the GP accepts.")

letter(
    key="L50", prov="atvh", kind="ed_letter", fmt="html", specialty="Emergency Medicine",
    dept="Emergency Department / SDEC", clinician="Dr Niamh Gallacher",
    patient=P("Eileen Moorcroft", "316774", "1982-04-03"),
    ev="2027-06-03", ld="2027-06-03", sent="2027-06-03 19:40", hosp="AT2299804",
    subject="ED Discharge Letter - MOORCROFT",
    body="""
    ED Discharge Letter - Astleford Royal Hospital
    Attendance: 03/06/2027 09:15 - 14:30 (Same Day Emergency Care)
    Patient: Eileen Moorcroft, DOB 03/04/1982, NHS {NHS}

    PC: L calf pain and swelling 5/7, on the combined pill.
    Ix: D-dimer 1.9; Doppler USS (today): L popliteal DVT.

    Tx:
    - Rivaroxaban 15mg bd for 21 days then 20mg od: 28 days supplied from ED pharmacy
    - Combined pill stopped; progestogen-only options discussed and leaflet given
    - Referred directly to the Astleford DVT/anticoagulation clinic, who will see her at 3/52 and decide duration

    For information only - no action required from the GP.

    Dr N Gallacher, Consultant in Emergency Medicine
    """,
    notes="Hard negative: full supply, direct onward referral, for information only.")


# ---------------------------------------------------------------- June 2027

letter(
    key="L63", prov="adela", kind="clinic_letter", fmt="docx", specialty="Rheumatology",
    dept="Rheumatology Outpatients", clinician="Dr Yusuf Bevington",
    patient=P("Alison Merriweather", "317555", "1970-01-30"),
    ev="2027-06-01", ld="2027-06-03", sent="2027-06-04 14:00", hosp="QA1937720",
    subject="Rheumatology clinic letter QA1937720",
    body="""
    Rheumatology Outpatients - Queen Adela Hospital
    Date of appointment: 1st June 2027
    Patient: Alison Merriweather   DOB 30/01/1970   NHS {NHS}

    Dear Dr Ferrand

    Seropositive RA, DAS28 2.4 (remission). On methotrexate 20mg weekly SC + hydroxychloroquine 200mg od.

    | Action | Who | When |
    | Continue methotrexate 20mg weekly and folic acid via yourselves under the shared care agreement you signed on 12/01/2027 | GP (per agreed SCA) | ongoing |
    | Hydroxychloroquine retinal screening | QAH ophthalmology | booked 07/2027 |
    | Next review | Rheumatology | 6/12 |

    Dr Yusuf Bevington, Consultant Rheumatologist
    """,
    notes="Hard negative: methotrexate continued under a shared-care agreement the practice has already signed.")

letter(
    key="L51", prov="whin", kind="clinic_letter", fmt="docx", specialty="Bladder and Bowel Service",
    dept="Bladder and Bowel Service", clinician="Ms Harriet Lunn",
    patient=P("Margaret Ollerenshaw", "316919", "1940-10-10"),
    ev="2027-06-04", ld="2027-06-07", sent="2027-06-07 10:15", hosp="WCH-82655",
    subject="Bladder and Bowel assessment - M Ollerenshaw",
    body="""
    Whinmoor Bladder and Bowel Service - assessment
    Assessment date: 04/06/2027 (home visit)
    Patient: Margaret Ollerenshaw   DOB 10/10/1940   NHS {NHS}

    Dear Dr Ferrand

    Mixed urinary incontinence; nocturia x4; polyuria on her chart.

    | Action | Who | When |
    | Bladder scan (PVR 40ml) | Continence nurse | done 04/06/27 |
    | Urine ACR, U&E and HbA1c to be taken at the surgery to complete our assessment | GP practice | before next visit |
    | Complete our product supply authorisation form (attached) so that pads can be ordered | GP | within 2 weeks |
    | 3-day bladder diary | Patient | before next visit |

    Harriet Lunn, Continence Nurse Specialist
    """,
    exp=[("tests_for_hospital",
          "Urine ACR, U&E and HbA1c to be taken at the surgery to complete our assessment"),
         ("non_contractual_admin",
          "Complete our product supply authorisation form (attached) so that pads can be ordered")],
    notes="Community continence service asks the practice for the bloods it needs for its own assessment and to fill in its pad-supply form.")

letter(
    key="L52", prov="adela", kind="results", fmt="plain", specialty="Radiology",
    dept="Radiology", clinician="Dr Isadora Feeney",
    patient=P("Walter Greenhalgh", "317064", "1948-01-05"),
    ev=None, ld="2027-06-08", sent="2027-06-08 12:45", hosp="QA9002316",
    subject="URGENT radiology alert - suspected cancer - GREENHALGH W",
    body="""
    Queen Adela Hospital - Radiology Report (Direct Access)
    URGENT - SUSPECTED CANCER ALERT

    Patient: Walter Greenhalgh   DOB 05/01/1948   NHS {NHS}
    Referrer: Dr T Wierzbicki, Hollinbrook Medical Centre (GP direct access request)
    Examination: CT thorax with contrast, performed 07/06/2027

    Report: 34mm spiculated mass R upper lobe with ipsilateral hilar nodes. No distant metastases within the field.
    Conclusion: appearances highly suspicious of primary lung malignancy.
    Recommendation: urgent referral on the suspected lung cancer pathway. This alert has also been sent to the lung cancer MDT coordinators.

    Reported by Dr Isadora Feeney, Consultant Radiologist
    """,
    urgent=True,
    notes="Urgent, no bounce: the GP ordered this direct-access CT, so acting on it is the practice's job.")

letter(
    key="L53", prov="orrin", kind="clinic_letter", fmt="pdf", specialty="Hand Surgery",
    dept="Hand Clinic", clinician="Miss Adaeze Kirkbride",
    patient=P("Janet Holroyd", "317700", "1964-06-29"),
    ev="2027-06-07", ld="2027-06-16", sent="2027-06-18 10:00", hosp="OPT-24180",
    subject="Hand clinic letter OPT-24180",
    opts={"twocol": True},
    body=ADDR_WIERZ + """

    Hand Clinic - Orrin Park NHS Treatment Centre
    Date of clinic: 7 June 2027
    Patient: Mrs Janet Holroyd   DOB 29/06/1964   NHS {NHS}

    Operation: R carpal tunnel decompression, 24/05/2027.
    Today: wound healed, sutures removed in clinic. Paraesthesia resolved; grip weak.

    Plan:
    - Hand therapy: 3 sessions booked at Orrin Park
    - She is a care assistant (manual handling); I have advised her to obtain a fit note from her GP for a further 4 weeks
    - Discharge from clinic after hand therapy

    Miss A Kirkbride, Consultant Hand Surgeon
    """,
    exp=[("fit_note", "I have advised her to obtain a fit note from her GP for a further 4 weeks"),
         ("late_clinic_letter", "Date of clinic: 7 June 2027")],
    notes="Post-operative fit note relayed via the patient; two-column PDF sent 11 days after clinic.")

letter(
    key="L54", prov="atvh", kind="discharge_summary", fmt="docx", specialty="Trauma and Orthopaedics",
    dept="Trauma and Orthopaedics - Ward 6", clinician="Mr Nikhil Bhattacharjee",
    patient=P("Agnes Whitworth", "317845", "1937-03-30"),
    ev="2027-06-08", ev_time="10:30", ld="2027-06-08", sent="2027-06-09 09:00", hosp="AT0120554",
    subject="Discharge Summary AT0120554 (T&O)",
    body="""
    Discharge Summary - Trauma & Orthopaedics (Ward 6)
    Patient: Agnes Whitworth   DOB 30/03/1937   NHS {NHS}   AT0120554
    Admitted 31/05/2027 with L #NOF. Hemiarthroplasty 01/06/2027.
    Discharged: 08/06/2027 10:30 to an intermediate care bed, Whinmoor Community Hospital
    Consultant: Mr N Bhattacharjee   Author: Dr E Kowal (FY1)

    | Action | Who | When |
    | Clip removal and wound check | Whinmoor Community Hospital ward nurses | day 14 (15/06/27) |
    | Enoxaparin 40mg od to complete 28 days (supplied in full, 21 days remaining) | Ward nurses | until 29/06/27 |
    | Bone health: vitamin D loading started; fracture liaison service referral made | Orthogeriatrics / FLS | FLS will write re alendronate |
    | Fracture clinic follow-up | T&O | 6/52 (booked) |

    No actions for the GP practice at this stage.
    """,
    notes="Hard negative: all actions for the receiving ward, FLS and the hospital; full enoxaparin supply; sent 22.5 h after discharge.")

letter(
    key="L55", prov="kild", kind="clinic_letter", fmt="html", specialty="Early Intervention in Psychosis",
    dept="Early Intervention in Psychosis Team", clinician="Dr Tobias Wrenfield",
    patient=P("Jordan Whitcombe", "317990", "2005-02-11"),
    ev="2027-06-09", ld="2027-06-10", sent="2027-06-11 15:20", hosp="RIO-471902",
    subject="EIP review - Jordan Whitcombe",
    body="""
    Early Intervention in Psychosis Team - Kildwick Vale
    Reviewed: 09/06/2027
    Re: Jordan Whitcombe, DOB 11/02/2005, NHS {NHS}

    Dear Dr Ferrand

    First episode psychosis; 12 weeks on aripiprazole 10mg; positive symptoms much improved.

    Physical health: the 12-week antipsychotic physical health check (weight, BP, HbA1c, lipids, prolactin and ECG) was completed by our EIP physical health nurse today; I have reviewed the results and they are normal. BMI 23.1.

    Aripiprazole continues to be prescribed by our team.

    No action needed from the practice. I will write again after his 6-month review.

    Dr Tobias Wrenfield, Consultant Psychiatrist
    """,
    notes="Hard negative: specialist team does and reviews its own antipsychotic monitoring and keeps prescribing.")

letter(
    key="L64", prov="kild", kind="discharge_summary", fmt="html", specialty="Adult Mental Health (Inpatient)",
    dept="Kestrel Ward, The Larches", clinician="Dr Benedikt Aalto",
    patient=P("Stephen Marwood", "318135", "1983-09-25"),
    ev="2027-06-14", ev_time="15:00", ld="2027-06-15", sent="2027-06-15 10:30", hosp="RIO-433864",
    subject="Inpatient discharge summary - MARWOOD",
    opts={"htmlstyle": "tablehead"},
    body="""
    Inpatient Discharge Summary - Kestrel Ward, The Larches
    Name: Stephen Marwood   DOB 25/09/1983   NHS {NHS}
    Admitted 01/06/2027; discharged 14/06/2027 15:00 (home)
    Responsible clinician: Dr B Aalto

    History: GP previously arranged a referral to Talking Therapies in 2025, which he did not take up.
    Diagnosis: depressive episode with alcohol misuse; detox completed on the ward.

    Medication (14 days supplied): mirtazapine 30mg nocte, thiamine 100mg tds.
    Community pharmacy: referral made through the Discharge Medicines Service; weekly blister packs from his usual pharmacy.

    Follow-up: 72-hour follow-up by CMHT booked for 17/06/2027; alcohol service appointment 22/06/2027 (booked by the ward).

    GP actions: none.
    """,
    notes="Hard negative: history of GP action, pharmacy-directed request, follow-up booked by the trust; sent 19.5 h after discharge.")

letter(
    key="L57", prov="atvh", kind="clinic_letter", fmt="pdf", specialty="Endocrinology",
    dept="Diabetes and Endocrinology", clinician="Dr Yasmin Rafiq",
    patient=P("Neil Bassington", "318280", "1985-05-19"),
    ev="2027-06-14", ld="2027-06-15", sent="2027-06-15 09:40", hosp="AT1877450",
    subject="Endocrinology - did not attend - BASSINGTON N",
    body="""
    Diabetes & Endocrinology - Astleford Royal Hospital
    Date: 15/06/2027
    Patient: Neil Bassington, DOB 19/05/1985, NHS {NHS}, AT1877450

    Dear Dr Garside

    Your patient was sent an appointment for the endocrine clinic (adrenal incidentaloma, 2.8cm on CT) on 14/06/2027 and did not attend.

    In line with Trust policy he has been discharged back to your care. If you still feel he needs to be seen, please send a new referral via e-RS.

    Dr Yasmin Rafiq, Consultant Endocrinologist
    """,
    exp=[("dna_rereferral", "If you still feel he needs to be seen, please send a new referral via e-RS")],
    notes="Blanket discharge after one DNA with a re-referral request.")

letter(
    key="L56", prov="adela", kind="clinic_letter", fmt="plain", specialty="Hepatology",
    dept="Hepatology Clinic", clinician="Dr Caspar Nordahl",
    patient=P("Derek Sowerby", "318425", "1956-10-17"),
    ev="2027-06-10", ev_time="11:20", ld="2027-06-16", sent="2027-06-17 09:05", hosp="QA5092716",
    subject="Hepatology clinic letter QA5092716",
    body="""
    Hepatology Clinic, Queen Adela Hospital
    Clinic: 10/06/2027 11:20
    Re: Derek Sowerby, DOB 17/10/1956, NHS {NHS}, QA5092716

    Dear Dr Wierzbicki

    Compensated cirrhosis (MASLD), Child-Pugh A5. Fibroscan today 21.4 kPa.

    Plan:
    - HCC surveillance: 6-monthly liver USS + AFP - could the practice please request these via direct access imaging and send us the reports
    - Varices: OGD screening (I will list him)
    - Pt asked to contact his GP surgery for the results of today's fibroscan and bloods
    - r/v 12/12

    Dr C Nordahl, Consultant Hepatologist
    """,
    exp=[("tests_for_hospital",
          "could the practice please request these via direct access imaging and send us the reports"),
         ("patient_redirected_to_gp",
          "Pt asked to contact his GP surgery for the results of today's fibroscan and bloods")],
    notes="Hospital's own HCC surveillance imaging and its clinic results pushed to the practice; sent exactly 7 days after an 11:20 clinic (on time).")

letter(
    key="L58", prov="whin", kind="clinic_letter", fmt="html", specialty="Nutrition and Dietetics",
    dept="Nutrition and Dietetics", clinician="Ms Priya Venkatesan",
    patient=P("Tracey Lumb", "318570", "1978-02-26"),
    ev="2027-06-16", ld="2027-06-17", sent="2027-06-17 11:30", hosp="WCH-83120",
    subject="Dietetics - did not attend",
    body="""
    Whinmoor Nutrition & Dietetics
    Date: 17.06.27
    Re: Tracey Lumb, DOB 26/02/1978, NHS {NHS}

    Dear Dr Rahmani

    Tracey was offered an appointment on 16.06.27 (coeliac disease - first dietetic assessment) and did not attend.
    She has been discharged from the dietetic caseload. Please re-refer via the Whinmoor SPA so that she can be offered a new appointment.

    Priya Venkatesan, Specialist Dietitian
    """,
    exp=[("dna_rereferral",
          "Please re-refer via the Whinmoor SPA so that she can be offered a new appointment")],
    notes="Community dietetics discharges after one DNA and asks the GP to re-refer.")

letter(
    key="L59", prov="atvh", kind="clinic_letter", fmt="html", specialty="Gastroenterology",
    dept="IBD Clinic", clinician="Dr Rhodri Emsley",
    patient=P("Bethany Crowther", "318715", "1993-07-04"),
    ev="2027-06-15", ld="2027-06-18", sent="2027-06-21 10:20", hosp="AT1398207",
    subject="IBD clinic letter AT1398207",
    body="""
    IBD Clinic - Astleford Royal Hospital
    Seen: 15/06/27
    Re: Bethany Crowther, DOB 04/07/1993, NHS {NHS}, AT1398207

    Dear Dr Ferrand

    UC (E2), in remission on azathioprine 125mg od (TPMT normal) + mesalazine 2.4g od. FC 38.

    Plan:
    - Over to you for azathioprine prescribing and 3-monthly FBC/LFT monitoring from now on; IBD nurses available for advice
    - Continue mesalazine 2.4g od
    - r/v IBD clinic 12/12

    Dr R Emsley, Consultant Gastroenterologist
    """,
    exp=[("shared_care_without_agreement",
          "Over to you for azathioprine prescribing and 3-monthly FBC/LFT monitoring from now on")],
    notes="Amber azathioprine handed over ('over to you') with no shared-care agreement; sent 6 days after clinic.")

letter(
    key="L60", prov="adela", kind="results", fmt="html", specialty="Endocrinology",
    dept="Endocrinology - Pituitary Clinic", clinician="Dr Ngozi Amadi",
    patient=P("Rita Cavendish", "318860", "1945-12-19"),
    ev=None, ld="2027-06-23", sent="2027-06-23 16:30", hosp="QA2750381",
    subject="Results letter - low sodium - CAVENDISH R",
    body="""
    Queen Adela Hospital - Endocrinology - Results letter
    23/06/2027
    Patient: Rita Cavendish, DOB 19/12/1945, NHS {NHS}

    Dear Dr Garside

    I saw Mrs Cavendish in the pituitary clinic last week and took bloods.
    Sodium 122 mmol/L (134 in March); serum osmolality 258. She takes indapamide 2.5mg and citalopram 20mg.
    She is asymptomatic on a phone call today.

    Would the practice stop her indapamide and recheck a sodium within 48-72 hours? If under 120 or symptomatic she needs admission.

    Dr Ngozi Amadi, Consultant Endocrinologist
    """,
    exp=[("results_chasing",
          "Would the practice stop her indapamide and recheck a sodium within 48-72 hours?")],
    urgent=True,
    notes="Marked hyponatraemia on a hospital-ordered test; action on the result (question form) passed to the GP. Urgent.")


# =========================================================================== other messages

other(
    key="O01", sent="2027-04-08 09:02", fmt="plain", domain="kildwickvale.nhs.uk",
    headers=[("From", "Perera Ishani (Dr) Secretary <cmht.north.medsec@nhs.net>"),
             ("To", PRACTICE_TO),
             ("Subject", "Automatic reply: Query re medication review"),
             ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All"),
             ("Precedence", "auto_reply"),
             ("In-Reply-To", "<20270408085511.q77@hollinbrook.example.org>"),
             ("References", "<20270408085511.q77@hollinbrook.example.org>")],
    text="""
    Thank you for your email. I am out of the office until Tuesday 13 April 2027 with limited access to email.

    For urgent clinical matters please ring the CMHT North duty worker on 0191 498 0500. GP prescribing queries can be sent to the team mailbox cmht.north@nhs.net.

    Kind regards
    Medical Secretary to Dr I Perera, Kildwick Vale CMHT North
    """,
    notes="Out-of-office auto-reply (RFC 3834 Auto-Submitted: auto-replied).")

other(
    key="O02", sent="2027-04-14 07:41", fmt="plain", domain="example.com",
    headers=[("From", "Julie Pemberton <julie.pemberton71@example.com>"),
             ("To", PRACTICE_TO),
             ("Subject", "repeat prescription please")],
    text="""
    Hi

    Please can I order my usual inhalers (the brown one and the blue one). I am nearly out. I will collect from Boots on Quarry Hill Road.

    Thanks
    Julie Pemberton
    """,
    notes="Patient e-mail requesting a repeat prescription.")

other(
    key="O03", sent="2027-04-19 06:12", fmt="html", domain="mailbox-verify.example.net",
    headers=[("From", "NHSmail Support Desk <support@nhsmail-quota.example.net>"),
             ("To", PRACTICE_TO),
             ("Subject", "ACTION REQUIRED: your NHSmail mailbox will be suspended in 24 hours")],
    html="""<html><body style="font-family:Arial">
<p><b>NHSmail Mailbox Quota Notice</b></p>
<p>Dear user,</p>
<p>Your mailbox has exceeded its storage quota (99.8%). Incoming clinical messages will be rejected after 24 hours.
To avoid suspension please re-validate your account now.</p>
<p><a href="https://nhsmail-quota.example.net/validate">Re-validate my mailbox</a></p>
<p>NHSmail Support Team<br>This is an automated notification. Do not reply.</p>
</body></html>
""",
    notes="Phishing imitating an NHSmail quota warning.")

other(
    key="O04", sent="2027-04-26 12:00", fmt="html", domain="astlefordicb.example.org",
    headers=[("From", "Astleford ICB Medicines Optimisation <medsopt@astlefordicb.example.org>"),
             ("To", PRACTICE_TO),
             ("Subject", "Prescribing Matters - April 2027"),
             ("List-Id", "Prescribing Matters <prescribing-matters.astlefordicb.example.org>"),
             ("List-Unsubscribe", "<mailto:leave-prescribing-matters@astlefordicb.example.org>"),
             ("Precedence", "bulk")],
    text="""
    PRESCRIBING MATTERS - APRIL 2027 (Astleford ICB Medicines Optimisation)

    1. RAG list changes: denosumab moves to AMBER with a local shared care protocol; melatonin for adults remains GREY.
    2. Shared care: practices are reminded they may decline a request to take over an amber drug where no shared care agreement has been offered. Template wording is on the ICB website.
    3. DOAC monitoring: renal function at least annually; more often if CrCl under 60.
    4. Supply issues: Priadel 400mg - intermittent; do not switch brand without specialist advice.

    You are receiving this because your practice is subscribed to Prescribing Matters.
    """,
    html="""<html><body style="font-family:Arial;font-size:10pt">
<h2 style="color:#005eb8">Prescribing Matters - April 2027</h2>
<ol>
<li><b>RAG list changes:</b> denosumab moves to AMBER with a local shared care protocol; melatonin for adults remains GREY.</li>
<li><b>Shared care:</b> practices are reminded they may decline a request to take over an amber drug where no shared care agreement has been offered. Template wording is on the ICB website.</li>
<li><b>DOAC monitoring:</b> renal function at least annually; more often if CrCl under 60.</li>
<li><b>Supply issues:</b> Priadel 400mg - intermittent; do not switch brand without specialist advice.</li>
</ol>
<p style="font-size:8pt">You are receiving this because your practice is subscribed to Prescribing Matters.</p>
</body></html>
""",
    notes="ICB medicines newsletter (List-Id, Precedence: bulk) mentioning shared care and amber drugs.")

other(
    key="O05", sent="2027-05-04 14:31", fmt="plain", domain="orrinparktc.example.com",
    headers=[("From", "Orrin Park NHS Patients <orrinpark.nhspatients@nhs.net>"),
             ("To", PRACTICE_TO),
             ("Subject", "Re: Pre-operative questionnaire and bloods - Mr K Mallinder"),
             ("Auto-Submitted", "auto-generated"),
             ("X-Auto-Response-Suppress", "All"),
             ("In-Reply-To", "<20270504142900.ret03@hollinbrook.example.org>")],
    text="""
    Thank you for contacting Orrin Park NHS Treatment Centre.

    This mailbox is used to send correspondence and is checked once a working day. We aim to respond within 3 working days. If your enquiry is about a patient's surgery date please call our booking team on 01632 960 380.

    This is an automatic acknowledgement. Please do not reply to it.
    """,
    notes="Auto-generated acknowledgement from a provider mailbox replying to the practice's own message.")

other(
    key="O06", sent="2027-05-06 20:14", fmt="plain", domain="example.com",
    headers=[("From", "Barry Cheung <b.cheung59@example.com>"),
             ("To", PRACTICE_TO),
             ("Subject", "MRI result")],
    text="""
    Dear Doctor

    I saw Mr Penhallow the urologist last month and he said I should see my GP to go through my prostate MRI when it is done. I had the scan yesterday. Do I need to book an appointment with you or will you ring me?

    Regards
    Barry Cheung
    """,
    notes="Patient e-mail following a hospital redirection (cross-link to the urology letter); not to be answered by bouncebot.")

other(
    key="O07", sent="2027-05-12 09:18", fmt="raw",
    raw="""
    From: Mail Delivery System <MAILER-DAEMON@nhs.net>
    To: hollinbrook.medicalcentre@nhs.net
    Subject: Undeliverable: Returned request - Mr K Mallinder (Orrin Park ref OPT-21904)
    Date: {date}
    Message-ID: <dsn.20270512091800.55120@nhs.net>
    Auto-Submitted: auto-replied
    MIME-Version: 1.0
    Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-boundary-4411"

    --dsn-boundary-4411
    Content-Type: text/plain; charset="utf-8"

    Delivery has failed to these recipients or groups:

    preop.admin@orrinparktc.example.com
    The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

    --dsn-boundary-4411
    Content-Type: message/delivery-status

    Reporting-MTA: dns; mail.nhs.net
    Arrival-Date: {date}

    Final-Recipient: rfc822; preop.admin@orrinparktc.example.com
    Action: failed
    Status: 5.1.1
    Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

    --dsn-boundary-4411
    Content-Type: message/rfc822

    From: Hollinbrook Medical Centre <hollinbrook.medicalcentre@nhs.net>
    To: preop.admin@orrinparktc.example.com
    Subject: Returned request - Mr K Mallinder (Orrin Park ref OPT-21904)
    Date: Wed, 12 May 2027 09:17:40 +0100
    Message-ID: <20270512091740.ret01@hollinbrook.example.org>
    MIME-Version: 1.0
    Content-Type: text/plain; charset="utf-8"

    Dear Mr Furness

    Your letter of 07/04/2027 asked us to "Complete and return the enclosed pre-operative health questionnaire" and said "HbA1c, U&Es and FBC to be taken at the surgery and results emailed to our pre-op team".

    Pre-operative assessment, including the tests it needs, is part of the care your centre is commissioned to provide. Please arrange these directly with Mr Mallinder. We have let him know.

    Hollinbrook Medical Centre

    --dsn-boundary-4411--
    """,
    notes="Delivery failure report (multipart/report) returning the practice's own bounce letter, which quotes the request wording.")

other(
    key="O08", sent="2027-05-17 07:30", fmt="plain", domain="astlefordlmc.example.org",
    headers=[("From", "Astleford and Thorne LMC <bulletin@astlefordlmc.example.org>"),
             ("To", PRACTICE_TO),
             ("Subject", "LMC Bulletin 19/2027: interface requests - keep sending us examples"),
             ("List-Id", "Astleford LMC Bulletin <bulletin.astlefordlmc.example.org>"),
             ("List-Unsubscribe", "<https://astlefordlmc.example.org/unsubscribe>"),
             ("Precedence", "bulk")],
    text="""
    ASTLEFORD AND THORNE LMC - WEEKLY BULLETIN 19/2027

    INTERFACE: WHAT PRACTICES SENT US THIS MONTH
    Thank you for the redacted examples. The commonest wording this month:
    - "GP to repeat LFTs in 2/52 and forward to clinic"
    - "please can GP prescribe the remaining course"
    - "discharged following DNA - please re-refer if she still wishes to be seen"
    - "over to you for the fit note"
    - "pt asked to contact GP for results"
    We raised all of these at the interface group on 11 May. The trust's interface lead has agreed to recirculate the phlebotomy hub booking route to consultants.

    SHARED CARE
    Remember that you may decline an amber drug where no agreement has been offered. Our template letter is on the website.

    PCN DES, CQC and the rest: see the website.

    Astleford and Thorne Local Medical Committee
    """,
    notes="LMC bulletin (List-Id) that quotes typical request wording on purpose.")

other(
    key="O09", sent="2027-05-19 11:05", fmt="html", domain="cpdwebinars.example.net",
    headers=[("From", "MedCPD Live <events@cpdwebinars.example.net>"),
             ("To", PRACTICE_TO),
             ("Subject", "Last chance: 6 CPD hours - Managing hospital workload transfer (webinar, 50% off)"),
             ("List-Unsubscribe", "<https://cpdwebinars.example.net/u?id=88213>")],
    html="""<html><body>
<h1>Managing hospital workload transfer</h1>
<p>Join 2,000 GPs for our live webinar on 3 June 2027. Learn how to handle "GP to arrange" requests, shared care and fit notes.</p>
<p><b>Book now - 50% off with code INTERFACE50</b></p>
<p><a href="https://cpdwebinars.example.net/book">Book your place</a></p>
<p style="font-size:8pt">MedCPD Live Ltd. Unsubscribe any time.</p>
</body></html>
""",
    notes="Marketing e-mail for a CPD webinar.")

other(
    key="O10", sent="2027-05-24 18:22", fmt="plain", domain="example.com",
    headers=[("From", "Lee Varley <leevarley.scaff@example.com>"),
             ("To", PRACTICE_TO),
             ("Subject", "sick note after knee op")],
    text="""
    Hello

    The surgeon at Orrin Park said my GP can do my sick note for another 6 weeks after my knee replacement. Can you email it to me or do I need to come in? My current one runs out on Friday.

    Thanks, Lee Varley
    """,
    notes="Patient e-mail asking for a fit note after the ISTC redirected him (cross-link).")

other(
    key="O11", sent="2027-05-26 10:47", fmt="plain", domain="example.org",
    headers=[("From", "Quarry Hill Pharmacy <quarryhill.pharmacy@nhs.net>"),
             ("To", PRACTICE_TO),
             ("Subject", "DMS referral - blister pack set-up")],
    text="""
    Hi team,

    We have received a Discharge Medicines Service referral for one of your patients (discharged from The Larches). We will set up weekly blister packs from next week. Could you let us know which pharmacist to contact if the repeat template changes? No action needed today.

    Thanks
    Amrit, Pharmacist, Quarry Hill Pharmacy
    """,
    notes="Community pharmacy e-mail about a Discharge Medicines Service referral.")

other(
    key="O12", sent="2027-06-01 08:00", fmt="plain", domain="orrinparktc.example.com",
    headers=[("From", "Osei Kwabena <k.osei@orrinparktc.example.com>"),
             ("To", PRACTICE_TO),
             ("Subject", "Out of Office: Returned request - Mr D Whitlock"),
             ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All"),
             ("In-Reply-To", "<20270601075900.ret05@hollinbrook.example.org>")],
    text="""
    I am on annual leave until 14/06/2027. For clinical queries please contact the Orrin Park day surgery unit on 01632 960 390 or orrinpark.nhspatients@nhs.net.

    Mr K Osei
    """,
    notes="Out-of-office reply to the practice's returned request (Auto-Submitted: auto-replied).")

other(
    key="O13", sent="2027-06-04 13:00", fmt="html", domain="atvh.nhs.uk",
    headers=[("From", "ATVH GP Liaison <gp.liaison@atvh.nhs.uk>"),
             ("To", PRACTICE_TO),
             ("Subject", "GP Bulletin - June 2027: new phlebotomy hub, e-RS changes"),
             ("List-Id", "ATVH GP Bulletin <gp-bulletin.atvh.nhs.uk>"),
             ("List-Unsubscribe", "<mailto:gp.liaison@atvh.nhs.uk?subject=unsubscribe>"),
             ("Precedence", "bulk")],
    html="""<html><body style="font-family:Arial;font-size:10pt">
<h2>Astleford and Thorne Valley Hospitals - GP Bulletin, June 2027</h2>
<h3>Outpatient phlebotomy hub</h3>
<p>From 14 June our new hub at Lowgate takes bloods requested by hospital clinicians. Consultants have been asked not to write "bloods to be done at the surgery" for tests they need.</p>
<h3>Did-not-attend policy</h3>
<p>Our updated access policy ends automatic discharge after a single missed appointment; patients will be offered a second appointment before any discharge.</p>
<h3>e-RS</h3>
<p>Dermatology advice and guidance now requires photographs.</p>
<p style="font-size:8pt">You receive this bulletin as a registered practice in our catchment.</p>
</body></html>
""",
    notes="Trust GP bulletin (List-Id) with policy news that quotes request wording.")

other(
    key="O14", sent="2027-06-10 16:44", fmt="plain", domain="billing-notice.example.net",
    headers=[("From", "Accounts Receivable <accounts@billing-notice.example.net>"),
             ("To", PRACTICE_TO),
             ("Subject", "Overdue invoice INV-2027-5521 - final notice")],
    text="""
    Dear Customer,

    Our records show invoice INV-2027-5521 (GBP 1,284.00) remains unpaid. To avoid further charges, open the secure invoice portal and confirm payment today:
    https://billing-notice.example.net/portal/INV-2027-5521

    Accounts Receivable
    """,
    notes="Phishing / fake invoice.")

other(
    key="O15", sent="2027-06-15 12:30", fmt="plain", domain="hollinbrookpcn.example.org",
    headers=[("From", "Hollinbrook PCN Manager <pcn.manager@hollinbrookpcn.example.org>"),
             ("To", PRACTICE_TO),
             ("Subject", "Invitation: PCN clinical meeting - interface audit results (24 June 12:30)")],
    text="""
    Hi all,

    Please see the invitation for our June PCN clinical meeting. Agenda: interface audit results (returned requests by provider), ARRS update, summer vaccination plan.

    Lunch provided.
    Sam
    """,
    attach=[("invite.ics", "text", "calendar",
             "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Hollinbrook PCN//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
             "UID:pcn-20270624@hollinbrookpcn.example.org\nDTSTAMP:20270615T113000Z\n"
             "DTSTART:20270624T113000Z\nDTEND:20270624T130000Z\n"
             "SUMMARY:PCN clinical meeting - interface audit\nLOCATION:Hollinbrook Medical Centre\n"
             "END:VEVENT\nEND:VCALENDAR\n")],
    notes="PCN meeting invitation with a text/calendar attachment.")

other(
    key="O16", sent="2027-06-21 15:02", fmt="plain", domain="atvh.nhs.uk",
    headers=[("From", "Emsley Rhodri (Dr) Secretary <gastro.secretaries@atvh.nhs.uk>"),
             ("To", PRACTICE_TO),
             ("Subject", "RE: Returned request - Mr T Bamford (AT0983312)")],
    text="""
    Dear Hollinbrook team

    Thank you for your letter. Dr Emsley has asked me to let you know that the gastroenterology team has now booked Mr Bamford's repeat FBC at our phlebotomy hub and will chase the CLO and biopsy results ourselves; we will write to him and to you with the outcome.

    Kind regards
    Gastroenterology Secretaries, Astleford Royal Hospital

    -----Original Message-----
    From: Hollinbrook Medical Centre
    Sent: 18 June 2027 11:02
    Subject: Returned request - Mr T Bamford (AT0983312)

    Your discharge summary asked: "Please can GP arrange a repeat FBC in 1/52" and "GP to follow up the CLO test and biopsy results". We are returning these to the team that ordered them...
    """,
    notes="Hospital secretary's reply in a RE: thread quoting the practice's letter (which quotes the original requests).")


# =========================================================================== building

def build_letter(L) -> bytes:
    p = PROVIDERS[L["prov"]]
    sent = london(L["sent"])
    blocks = parse_markup(L["body"])
    opts = L["opts"]
    msg = EmailMessage()
    msg["From"] = opts.get("from", p["sender"])
    msg["To"] = PRACTICE_TO
    msg["Subject"] = L["subject"]
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = M.msgid(sent, L["key"] + "-" + L["hosp"], p["domain"])
    msg["X-Mailer"] = p["mailer"]
    title = f"{DOCTYPE[L['kind']]} - {L['hosp']}"
    fmt = L["fmt"]
    if fmt == "plain":
        msg.set_content(render_plain(blocks))
    elif fmt == "html":
        html_text = M.html_doc(p, L["dept"], blocks, opts.get("htmlstyle", "plainhead"))
        if opts.get("alt"):
            msg.set_content(render_plain([("p", [p["name"], L["dept"], f"{p['site']}, {', '.join(p['addr'])}",
                                                  f"Tel: {p['phone']}"])] + blocks))
            msg.add_alternative(html_text, subtype="html")
        else:
            msg.set_content(html_text, subtype="html")
    else:
        cover = COVER[L["prov"]].format(trust=p["name"], doctype=DOCTYPE[L["kind"]], spec=L["specialty"],
                                        hosp=L["hosp"])
        msg.set_content(cover)
        stamp = L["sent"][:10].replace("-", "")
        base = f"{L['kind'].split('_')[0].upper()}_{L['hosp']}_{stamp}"
        if fmt == "pdf":
            data = M.make_pdf(p, L["dept"], blocks, title, sent, twocol=opts.get("twocol", False))
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=base + ".pdf")
        elif fmt == "docx":
            data = M.make_docx(p, L["dept"], blocks, title, sent)
            msg.add_attachment(data, maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=base + ".docx")
        for fname, xfmt, xbody, xtitle in opts.get("extra", []):
            xb = parse_markup(xbody)
            if xfmt == "pdf":
                msg.add_attachment(M.make_pdf(p, L["dept"], xb, xtitle, sent), maintype="application",
                                   subtype="pdf", filename=fname)
            else:
                msg.add_attachment(M.make_docx(p, L["dept"], xb, xtitle, sent), maintype="application",
                                   subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   filename=fname)
    return msg.as_bytes(policy=email.policy.SMTP)


def build_other(O) -> bytes:
    sent = london(O["sent"])
    if O.get("raw"):
        raw = textwrap.dedent(O["raw"]).lstrip("\n").replace("{date}", email.utils.format_datetime(sent))
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
        msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
        return msg.as_bytes(policy=email.policy.SMTP)
    msg = EmailMessage()
    for k, v in O["headers"]:
        msg[k] = v
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = M.msgid(sent, O["key"], O.get("domain", "mail.example.net"))
    if O.get("text") is not None:
        msg.set_content(textwrap.dedent(O["text"]).lstrip("\n"))
        if O.get("html"):
            msg.add_alternative(O["html"], subtype="html")
    elif O.get("html"):
        msg.set_content(O["html"], subtype="html")
    for fname, maintype, subtype, data in O.get("attach", []):
        if isinstance(data, str):
            msg.add_attachment(data.replace("\n", "\r\n").encode(), maintype=maintype, subtype=subtype,
                               filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return msg.as_bytes(policy=email.policy.SMTP)


def all_items():
    items = [("L", L, london(L["sent"])) for L in LETTERS] + [("O", O, london(O["sent"])) for O in OTHERS]
    items.sort(key=lambda t: (t[2], t[1]["key"]))
    return items


def label_for(kind, item, num):
    mid = f"fourth-{num:03d}"
    if kind == "L":
        return {
            "id": mid, "file": mid + ".eml", "kind": item["kind"], "trust": PROVIDERS[item["prov"]]["name"],
            "specialty": item["specialty"], "clinician": item["clinician"], "patient": item["patient"],
            "event_date": item["ev"], "letter_date": item["ld"],
            "expected": [{"category": c, "evidence": e} for c, e in item["exp"]],
            "urgent_clinical_action": item["urgent"], "notes": item["notes"],
        }
    return {
        "id": mid, "file": mid + ".eml", "kind": "other", "trust": None, "specialty": None, "clinician": None,
        "patient": None, "event_date": None, "letter_date": item["sent"][:10], "expected": [],
        "urgent_clinical_action": False, "notes": item["notes"],
    }


def build():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("fourth-*.eml"):
        old.unlink()
    labels = []
    for num, (kind, item, _sent) in enumerate(all_items(), 1):
        random.seed(f"fourth-{item['key']}")
        data = build_letter(item) if kind == "L" else build_other(item)
        lab = label_for(kind, item, num)
        (OUT / lab["file"]).write_bytes(data)
        labels.append(lab)
    (OUT / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} messages to {OUT}")


# =========================================================================== verification

class _Text(html.parser.HTMLParser):
    BLOCK = {"p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "table", "ul", "ol", "hr", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        self.out.append(data)


def html_to_text(s: str) -> str:
    t = _Text()
    t.feed(s)
    t.close()
    return "".join(t.out)


def extract_texts(msg):
    """(source, text) for every readable part; a PDF gives one entry per extractor (pypdf, pdfium)."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = (part.get_filename() or "").lower()
        if ctype == "text/plain" and not part.get("Content-Disposition", "").startswith("attachment"):
            out.append(("plain", part.get_content()))
        elif ctype == "text/html":
            out.append(("html", html_to_text(part.get_content())))
        elif ctype == "application/pdf" or fname.endswith(".pdf"):
            data = part.get_payload(decode=True)
            import pypdf
            import pypdfium2 as pdfium
            r = pypdf.PdfReader(io.BytesIO(data))
            out.append(("pdf:pypdf:" + fname, "\n".join(pg.extract_text() or "" for pg in r.pages)))
            doc = pdfium.PdfDocument(data)
            out.append(("pdf:pdfium:" + fname,
                        "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))))
        elif fname.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(part.get_payload(decode=True)))
            parts = [pp.text for pp in d.paragraphs]
            for t in d.tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.append(c.text)
            for s in d.sections:
                parts += [pp.text for pp in s.header.paragraphs] + [pp.text for pp in s.footer.paragraphs]
            out.append(("docx:" + fname, "\n".join(parts)))
    return out


def found_in(evidence, texts):
    """Found in some part; for a PDF, both extractors must agree."""
    ev = collapse(evidence)
    srcs = [s for s, t in texts if ev in collapse(t)]
    for f in {s.split(":", 2)[2] for s, _ in texts if s.startswith("pdf:")}:
        if (f"pdf:pypdf:{f}" in srcs) != (f"pdf:pdfium:{f}" in srcs):
            return False, srcs
    return bool(srcs), srcs


def lateness(kind, ev, ev_time, sent: dt.datetime):
    """True late / False on time.  Clinic letter: late when sent 8+ calendar days after the clinic;
    exactly 7 days is on time (TAXONOMY.md), and where the clinic time is stated the letter is also
    sent within 7x24 h so both readings agree.  Discharge summary: late when sent 2+ calendar days
    after discharge; a next-day summary states the discharge time and the 24-hour rule applies."""
    evd = dt.date.fromisoformat(ev)
    days = (sent.astimezone(LONDON).date() - evd).days
    if kind == "clinic_letter":
        if days == 7 and ev_time:
            assert sent - london(f"{ev} {ev_time}") <= dt.timedelta(days=7), "7-day letter after clinic time"
        return days >= 8
    if days >= 2:
        return True
    if days == 1:
        assert ev_time, "next-day discharge summary must state the discharge time"
        return sent - london(f"{ev} {ev_time}") > dt.timedelta(hours=24)
    return False


def taxonomy_keys():
    keys = {"id", "file", "kind", "trust", "specialty", "clinician", "patient", "event_date", "letter_date",
            "expected", "urgent_clinical_action", "notes"}
    if TAXONOMY.exists():
        m = re.search(r"```json\n(.*?)```", TAXONOMY.read_text(encoding="utf-8"), re.S)
        if m:
            keys = set(json.loads(m.group(1)).keys())
    return keys


def verify():
    from nhs_number import is_valid
    errors = []
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    keys = taxonomy_keys()
    by_id = {f"fourth-{num:03d}": t for num, t in enumerate(all_items(), 1)}
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if files != sorted(lab["file"] for lab in labels):
        errors.append("eml files and labels differ")
    used = {v["name"] for v in M.PROVIDERS.values()}
    for v in PROVIDERS.values():
        if v["name"] in used:
            errors.append(f"provider name reused from make_third: {v['name']}")
    seen_nhs = {}
    prev = None
    for lab in labels:
        lid = lab["id"]
        if set(lab.keys()) != keys:
            errors.append(f"{lid}: label keys {sorted(lab.keys())}")
        if lab["kind"] not in KINDS:
            errors.append(f"{lid}: kind {lab['kind']}")
        raw = (OUT / lab["file"]).read_bytes()
        if re.search(rb"[^\r]\n", raw):
            errors.append(f"{lid}: not CRLF")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        sent = email.utils.parsedate_to_datetime(msg["Date"])
        if prev and sent < prev:
            errors.append(f"{lid}: not in Date order")
        prev = sent
        kind, item, isent = by_id[lid]
        if sent != isent or sent.utcoffset() != isent.astimezone(LONDON).utcoffset():
            errors.append(f"{lid}: Date header mismatch")
        if not (dt.date(2027, 4, 1) <= sent.date() <= dt.date(2027, 6, 30)):
            errors.append(f"{lid}: Date outside 2027-04..06")
        texts = extract_texts(msg)
        if not texts:
            errors.append(f"{lid}: no readable text")
        cats = [e["category"] for e in lab["expected"]]
        if len(cats) != len(set(cats)):
            errors.append(f"{lid}: duplicate category")
        for e in lab["expected"]:
            if e["category"] not in CATEGORIES:
                errors.append(f"{lid}: bad category {e['category']}")
            ok, srcs = found_in(e["evidence"], texts)
            if not ok:
                errors.append(f"{lid}: evidence not found ({e['category']}): {e['evidence']!r} in {srcs}")
        if lab["kind"] == "other":
            if lab["expected"] or lab["urgent_clinical_action"]:
                errors.append(f"{lid}: other with expectations")
            if msg.get("Auto-Submitted") and msg["Auto-Submitted"] not in ("auto-replied", "auto-generated"):
                errors.append(f"{lid}: odd Auto-Submitted")
            continue
        pt = lab["patient"]
        n = pt["nhs_number"]
        if not (n.startswith("999") and is_valid(n)):
            errors.append(f"{lid}: invalid NHS number {n}")
        if n in seen_nhs and seen_nhs[n] != pt["name"]:
            errors.append(f"{lid}: NHS number shared with {seen_nhs[n]}")
        seen_nhs[n] = pt["name"]
        alltext = collapse(" ".join(t for _, t in texts))
        if n not in re.sub(r"\D", "", alltext):
            errors.append(f"{lid}: NHS number not in text")
        if pt["name"].split()[-1].lower() not in alltext.lower():
            errors.append(f"{lid}: patient surname not in text")
        if lab["clinician"].split()[-1].lower() not in alltext.lower():
            errors.append(f"{lid}: clinician not in text")
        dob = dt.date.fromisoformat(pt["dob"])
        dob_forms = {dob.strftime(f) for f in ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d")}
        if not any(f in alltext for f in dob_forms):
            errors.append(f"{lid}: DOB not found in text")
        late_cat = {"clinic_letter": "late_clinic_letter", "discharge_summary": "late_discharge_summary"}.get(
            lab["kind"])
        for lc in ("late_clinic_letter", "late_discharge_summary"):
            if lc in cats and lc != late_cat:
                errors.append(f"{lid}: {lc} on a {lab['kind']}")
        if late_cat:
            if not lab["event_date"]:
                errors.append(f"{lid}: {lab['kind']} without event_date")
            else:
                try:
                    late = lateness(lab["kind"], lab["event_date"], item.get("ev_time"), sent)
                except AssertionError as exc:
                    errors.append(f"{lid}: {exc}")
                    late = None
                if late is not None and late != (late_cat in cats):
                    errors.append(f"{lid}: lateness {late} disagrees with labels")
        if lab["kind"] in ("referral_response", "results") and lab["event_date"] is not None:
            errors.append(f"{lid}: event_date should be null")
    if errors:
        print("\n".join(errors))
        print(f"VERIFY FAILED: {len(errors)} problem(s)")
        return False
    print(f"verified {len(labels)} messages OK")
    return True


def summary():
    from collections import Counter
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    kinds = Counter(lab["kind"] for lab in labels)
    cats = Counter(e["category"] for lab in labels for e in lab["expected"])
    fmts = Counter(item["fmt"] for kind, item, _ in all_items() if kind == "L")
    provs = Counter(lab["trust"] for lab in labels if lab["trust"])
    letters = [lab for lab in labels if lab["kind"] != "other"]
    print("kinds", dict(kinds))
    print("categories", dict(sorted(cats.items())), "total", sum(cats.values()))
    print("letter formats", dict(fmts))
    print("providers", dict(provs))
    print("letters", len(letters), "with category", sum(1 for lab in letters if lab["expected"]),
          "no category", sum(1 for lab in letters if not lab["expected"]),
          "urgent", sum(lab["urgent_clinical_action"] for lab in letters),
          "urgent no cat", sum(1 for lab in letters if lab["urgent_clinical_action"] and not lab["expected"]))


def main(argv):
    if "--verify-only" not in argv:
        build()
    ok = verify()
    summary()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
