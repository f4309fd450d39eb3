#!/usr/bin/env python3
"""Build the twenty-fifth (independent, held-out) corpus: tests/corpus/twentyfifth/.

Style: terse, abbreviated, typo-laden junior-doctor e-discharges, same-day emergency care (SDEC) and acute
medical unit (AMU) letters, ward pharmacists' discharge medicines notes and a few short clinic letters and
referral triage responses, sent to an invented practice, Fenwick Row Surgery.  Three invented acute trusts,
a community hospital and an independent surgical centre write, each through its own EPR ("Actions for GP:",
"Changes to medications", medicines reconciliation tables with a "GP action" column, "Bloods 1/52 GP pls",
"TTO x5/7", numbered lists without dots, lines in capitals, misspellings such as "perscribe" and "stoped").
Formats: plain text, HTML (with tables), PDF and DOCX attachments.  Ten messages are not letters.

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are
in Ofcom drama ranges.  Every date falls in May-July 2035, inside British Summer Time (25 March to 28 October
2035), so every Date header is BST (+0100).  The build is deterministic.

    python3 tests/corpus/make_twentyfifth.py            # build, then verify
    python3 tests/corpus/make_twentyfifth.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import html
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import dmy, spaced  # noqa: E402
from corpus_kit import patient as P  # noqa: E402

WEX = "Wexcombe and Rilling University Hospitals NHS Foundation Trust"
CAL = "Calloway Vale Hospitals NHS Trust"
TAR = "North Tarrant Acute Hospitals NHS Trust"
PEL = "Orrinshire Community Health NHS Trust"
BRI = "Brightwater Surgical Centre Ltd"
PROV = {
    "wex": dict(
        name=WEX, site="Wexcombe General Hospital", addr=["Tanners Hill", "Wexcombe", "XR3 7PL"],
        phone="0116 496 0310", domain="wexrill.nhs.uk",
        sender="WRUH e-Discharge <edischarge.noreply@wexrill.nhs.uk>", mailer="Quillon EPR Discharge Module 6.1"),
    "cal": dict(
        name=CAL, site="Calloway Vale Royal Hospital", addr=["Ferry Lane", "Calloway", "XC9 2DE"],
        phone="0117 496 0450", domain="callowayvale.nhs.uk",
        sender="Calloway Vale Hospitals <clinical.comms@callowayvale.nhs.uk>", mailer="CVH ClinDoc Sender 2.7"),
    "tar": dict(
        name=TAR, site="Tarrant Infirmary", addr=["Infirmary Road", "Tarrant Magna", "XT4 1NB"],
        phone="0161 496 0725", domain="ntah.nhs.uk",
        sender="NTAH Clinical Correspondence <ntah.correspondence@nhs.net>", mailer="NTAH PAS Letters v11.2"),
    # The community hospital belongs to a community trust: the label's trust is the trust, not the site.
    "pel": dict(
        name=PEL, site="Pelling Cross Community Hospital", addr=["Chapel Street", "Pelling Cross", "XP2 6HS"],
        phone="01632 960 377", domain="orrinshirech.nhs.uk",
        sender="Pelling Cross Community Hospital <pelling.wards@orrinshirech.nhs.uk>",
        mailer="CommunityCare Notes Mailer 3.0"),
    "bri": dict(
        name=BRI, site="Brightwater Surgical Centre", addr=["2 Heron Park Way", "Brightwater", "XB5 8RW"],
        phone="0118 496 0962", domain="brightwatersurgical.example.co.uk",
        sender="Brightwater Surgical Centre NHS Team <nhs.letters@brightwatersurgical.example.co.uk>",
        mailer="Halcyon Clinic Manager 9"),
}
COVERS = {
    "wex": "Automated message from {trust}\n{dept}\n\nA {doctype} is attached for your patient. Ref {ref}\n"
           "Do not reply to this address - it is not monitored.\n",
    "cal": "{trust} - {dept}\n\nPlease see attached {doctype} (ref {ref}).\n\n"
           "This email was generated automatically. Queries: use the telephone number on the letter.\n",
    "tar": "{dept}, {trust}\n\nAttached: {doctype} {ref}\n\n"
           "CONFIDENTIAL - intended for the named GP practice only.\n",
    "pel": "{trust}\n{dept}\n\nAttached {doctype} for a patient registered with you (ref {ref}).\n",
    "bri": "{trust} (NHS patients)\n{dept}\n\nDear Practice Team,\n\nPlease find attached a {doctype} for your "
           "patient, treated at our centre under the NHS e-Referral Service.\nRef: {ref}\n\nKind regards\n"
           "NHS Patient Services\n",
}
C = kit.Corpus("twentyfifth", "t25", "Fenwick Row Surgery <fenwick.rowsurgery@nhs.net>", PROV, cover=COVERS,
               window=("2035-05-08", "2035-07-10"), utc_hours=1, tz=dt.timezone(dt.timedelta(hours=1)),
               doctypes={**kit.DOCTYPES, "ed_letter": "SDEC letter"})
letter, other = C.letter, C.other


def head(p: str, dept: str) -> str:
    """The plain-text letterhead an EPR stamps on a typed e-discharge."""
    pr = PROV[p]
    return f"{pr['name'].upper()}\n{dept}, {pr['site']}, {', '.join(pr['addr'])}\nTel {pr['phone']}"


def banner(pt: dict) -> str:
    """The Quillon EPR banner: SURNAME, First | DOB | NHS."""
    first, last = pt["name"].rsplit(" ", 1)
    return f"{last.upper()}, {first}   DOB {dmy(pt['dob'])}   NHS {spaced(pt['nhs_number'])}"


idl = kit.idline
AMU = "Acute Medical Unit (AMU)"
SDEC = "Same Day Emergency Care (SDEC)"
SURG = "General Surgery"
MED = "General Medicine"
RESP = "Respiratory Medicine"
CARD = "Cardiology"
GASTRO = "Gastroenterology"
ORTHO = "Trauma and Orthopaedics"
PHARM = "Pharmacy - Discharge Medicines"
REHAB = "Rehabilitation Ward (Heron Ward)"
FALLS = "Community Falls Service"
DAYCASE = "Day Surgery Unit"
EYE = "Ophthalmology - Day Case"
DIAB = "Diabetes and Endocrinology"
ENDO = "Endoscopy Unit"
NEURO = "Neurology"
URO = "Urology"

# ====================================================================== letters

# L01 AMU: ramipril started on ward, GP to do the first U&E; hypertension care itself is GP work
pt = P("Marjorie Tillotson", "520013", "1951-02-14")
letter(key="b01", prov="wex", dept=AMU, kind="discharge_summary", specialty="Acute Medicine",
       clinician="Dr Tobias Marchetti", patient=pt, ev="2035-05-09", ev_time="15:40", ld="2035-05-09",
       sent="2035-05-09 17:55", fmt="plain", subject="eDischarge - AMU - TILLOTSON", body=f"""
{head("wex", AMU)}

ELECTRONIC DISCHARGE SUMMARY
{banner(pt)}
Adm: 07/05/2035 via ED   D/C: 09/05/2035 15:40
Cons: Dr A Okwuosa   Completed by: Dr Tobias Marchetti FY1

Dx: hypertensive urgency (BP 212/118 on arrival) no end organ damage
CT head NAD. ECG LVH only. fundi normal

Course: settled w/ oral amlodipine + ramipril, headache resolved

CHANGES TO MEDICATIONS
ramipril 2.5mg od - NEW (started 08/05)
amlodipine 10mg od - increased from 5mg
bendroflumethiazide 2.5mg od - stoped (Na 131)
TTO 14/7 supplied

ACTIONS FOR GP
1 GP to recheck U&E + K+ in 1/52 as ramipril started on ward (Na too pls)
2 ongoing BP mx by practice as usual, target per NICE

Info given to pt: home BP diary, pt to see own GP if headache recurs or home BP >180 systolic

Dr Tobias Marchetti FY1 bleep 4471 for Dr A Okwuosa
""", exp=[("tests_for_hospital", "GP to recheck U&E + K+ in 1/52 as ramipril started on ward")],
       notes="Initial monitoring of a drug the hospital has just started (ramipril) pushed to the practice: "
             "tests_for_hospital. Ongoing BP management and safety-netting to own GP are ordinary GP work "
             "(negative decoys). Sent the same day.")

# L02 SDEC: GP asked to arrange USS + LFTs for the SDEC hot clinic; patient sent to GP for the clinic date
pt = P("Dylan Arkwright", "520020", "1987-08-30")
letter(key="b02", prov="cal", dept=SDEC, kind="ed_letter", specialty="Acute Medicine",
       clinician="Dr Shreya Mollison", patient=pt, ev="2035-05-11", ld="2035-05-11", sent="2035-05-11 19:20",
       fmt="html", opts={"header": True}, subject="SDEC attendance - Dylan Arkwright", body=f"""
# SDEC Attendance Summary
{idl(pt)}
Attended SDEC: 11/05/2035 (GP referral)
Seen by: Dr Shreya Mollison CT1

PC: RUQ pain 3/7 worse after food. afebrile, Murphys -ve
Bloods: ALT 98, ALP 160, bili 14, CRP 9, lipase nrml
Imp: ?biliary colic

| Plan | Who |
| Analgesia - paracetamol + codeine, TTO supplied | SDEC |
| Low fat diet advice + leaflet | SDEC |
| Safety net - return to SDEC/ED if fever, jaundice or uncontrolled pain | Pt |

ACTIONS FOR GP:
pls arrange USS abdo + repeat LFTs in 2/52 and send us the results, we will r/v in SDEC hot clinic
pt advised to ring GP surgery to find out his hot clinic date

Dr Shreya Mollison, SDEC
""", exp=[("tests_for_hospital", "pls arrange USS abdo + repeat LFTs in 2/52 and send us the results, we will r/v "
           "in SDEC hot clinic"),
          ("patient_redirected_to_gp", "pt advised to ring GP surgery to find out his hot clinic date")],
       notes="Imaging and bloods the SDEC team wants for its own hot-clinic review passed to the GP; the patient is "
             "sent to the GP for the hospital's own appointment date. SDEC attendance treated as ed_letter "
             "(same-day, not admitted); sent the same evening.")

# L03 resp ward: warfarin dose cut on ward (INR 4.1 on clarithromycin), GP to check INR in 3 days: urgent
pt = P("Reginald Oakhurst", "520037", "1939-11-05")
letter(key="b03", prov="tar", dept=RESP, kind="discharge_summary", specialty="Respiratory Medicine",
       clinician="Dr Ngozi Ferraby", patient=pt, ev="2035-05-14", ev_time="12:05", ld="2035-05-14",
       sent="2035-05-14 16:30", fmt="docx", subject="Discharge summary - Ward 22 Respiratory", body=f"""
# DISCHARGE SUMMARY - WARD 22 (RESP)
{idl(pt)}
Admitted: 10/05/2035   Discharged: 14/05/2035 12:05
Consultant: Dr P Lindgren   Author: Dr Ngozi Ferraby FY2

Dx: L basal CAP (CURB-65 2). AF on warfarin (target INR 2-3)

Abx: IV co-amox 2/7 then oral co-amox + clarithromycin 500mg BD - total 7/7, TTO covers remaining 3/7 (full course)
INR 4.1 on 13/05 - clarithro interaction. warfarin 3mg od reduced to 2mg od, no bleeding

Changes to medications
| Drug | Change | GP action |
| Warfarin | 3mg od reduced to 2mg od on ward | see below |
| Clarithromycin | new, course ends 17/05 | none |
| Bisoprolol 2.5mg od | no change | cont |

Actions for GP:
1 URGENT - pls check INR in 3 days as warfarin dose changed + clarithro still on board, risk of bleed
2 Repeat CXR 6/52 - requested by us, pt will get appt letter

Dr Ngozi Ferraby FY2, Resp
""", exp=[("tests_for_hospital", "pls check INR in 3 days as warfarin dose changed + clarithro still on board, risk "
           "of bleed")], urgent=True,
       notes="Monitoring of a drug dose the hospital changed (warfarin) because of an interacting antibiotic it "
             "started: tests_for_hospital, and time-critical (over-anticoagulation) so urgent. The hospital "
             "requested the repeat CXR itself and supplied the full antibiotic course (negative decoys). Local "
             "INR arrangements may differ.")

# L04 results after discharge: K+ 6.4, GP asked to repeat U&E tomorrow and stop drugs: urgent
pt = P("Winifred Harcastle", "520044", "1946-09-03")
letter(key="b04", prov="wex", dept=CARD, kind="results", specialty="Cardiology",
       clinician="Dr Kofi Ambler-Reid", patient=pt, ev=None, ld="2035-05-16", sent="2035-05-16 13:10",
       fmt="plain", opts={"from": "Kofi Ambler-Reid <kofi.ambler-reid@nhs.net>"},
       subject="abnormal bloods after d/c - pls action", body=f"""
Hi

Ward 7 FY1 here re pt below who was d/c'd yesterday (15/05). Bloods taken morning of d/c came back after she left

Pt: {pt['name']}   DOB {dmy(pt['dob'])}   NHS {spaced(pt['nhs_number'])}

K+ 6.4 (was 5.1)  creat 188 (baseline 110)
She is on spironolactone 25mg od + ramipril 5mg od

GP pls repeat U&E tomorrow + stop spironolactone and ramipril until result back
sorry we couldnt get hold of pt by phone, tried x2

Thanks
Dr Kofi Ambler-Reid FY1, Ward 7 (Cardiology), Wexcombe General Hospital
{WEX}
Tel 0116 496 0310 bleep 2290
""", exp=[("results_chasing", "GP pls repeat U&E tomorrow + stop spironolactone and ramipril until result back")],
       urgent=True,
       notes="Hyperkalaemia and AKI on the hospital's own discharge bloods; acting on the result (stop drugs, repeat "
             "U&E) passed to the practice: results_chasing. Time-critical, so urgent. Kind 'results' (an e-mail "
             "about a result, no clinic or discharge event of its own).")

# L05 gen med discharge: GP to chase skin biopsy histology; bloods 1/52 to check response to treatment
pt = P("Cedric Palfrey", "520051", "1958-04-19")
letter(key="b05", prov="cal", dept=MED, kind="discharge_summary", specialty="General Medicine",
       clinician="Dr Ellen Forsyth-Mbeki", patient=pt, ev="2035-05-30", ev_time="11:20", ld="2035-05-30",
       sent="2035-05-30 14:05", fmt="docx", subject="Discharge Summary - Ward 4", body=f"""
# Discharge Summary
{idl(pt)}
Date of admission: 26/05/2035   Date of discharge: 30/05/2035 11:20
Ward 4 (Gen Med). Consultant Dr R Haldane. Completed by Dr Ellen Forsyth-Mbeki FY1

Dx: L leg cellulitis. incidental pigmented lesion R shin - punch bx taken 28/05 by derm reg on ward

Abx: IV fluclox 3/7 then oral flucloxacillin 1g QDS - total 7/7, TTO covers remaining 4/7
Leg dressings: DN to r/v leg dressings - referral sent by ward

Actions for GP
Bloods 1/52 GP pls (FBC, CRP) to check improving
GP pls chase histo from punch bx (taken 28/05) and action accordingly

Dr Ellen Forsyth-Mbeki FY1
""", exp=[("tests_for_hospital", "Bloods 1/52 GP pls (FBC, CRP) to check improving"),
          ("results_chasing", "GP pls chase histo from punch bx (taken 28/05) and action accordingly")],
       notes="Post-treatment bloods for the hospital's own episode and the hospital's biopsy result both pushed to "
             "the GP. Full antibiotic course supplied and DN referral made by the ward are negative decoys.")

# L06 AMU: CTPA negative for PE but incidental spiculated mass, GP asked to refer 2WW: urgent
pt = P("Gordon Eastaugh", "520068", "1956-01-27")
letter(key="b06", prov="tar", dept=AMU, kind="discharge_summary", specialty="Acute Medicine",
       clinician="Dr Aoife Brannigan", patient=pt, ev="2035-05-18", ev_time="10:30", ld="2035-05-18",
       sent="2035-05-18 15:45", fmt="html", opts={"label_col": True}, subject="AMU discharge summary", body=f"""
# AMU DISCHARGE SUMMARY
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {pt['nhs_number']} |
| Discharged | 18/05/2035 10:30 |
| Author | Dr Aoife Brannigan ST3 Acute Med |
| Dx | pleuritic CP - CTPA NEG for PE. incidental 24mm spiculated RUL mass |
| Meds | no changes, naproxen 250mg bd 7/7 TTO for pleuritic pain |
| Pt informed | yes, pt aware of CT finding |
| Actions for GP | URGENT: GP pls refer 2WW resp re incidental 24mm spiculated RUL mass on CTPA |
""", exp=[("onward_referral", "GP pls refer 2WW resp re incidental 24mm spiculated RUL mass on CTPA")], urgent=True,
       notes="Suspected lung cancer found on the hospital's own scan; the 2WW referral is a related immediate need "
             "the provider should make directly: onward_referral (could also be read as acting on its own "
             "result). Suspected-cancer step, so urgent.")

# L07 surgical discharge, LATE (two days): antibiotics only part-supplied, sick note asked of GP
pt = P("Lewis Pengelly", "520075", "1988-12-02")
letter(key="b07", prov="wex", dept=SURG, kind="discharge_summary", specialty="General Surgery",
       clinician="Dr Priya Saltmarsh", patient=pt, ev="2035-05-21", ev_time="11:15", ld="2035-05-23",
       sent="2035-05-23 09:40", fmt="plain", subject="eDischarge - Surgery - PENGELLY", body=f"""
{head("wex", SURG)}

ELECTRONIC DISCHARGE SUMMARY
{banner(pt)}
Adm: 19/05/2035   D/C date: 21/05/2035 11:15
Cons: Mr J Ravensworth   Completed by: Dr Priya Saltmarsh FY1

Dx: L axillary abscess - I&D under GA 19/05
wound packed, DN referral made by ward (DN to r/v wound daily)

Meds
Abx: co-amox 625mg TDS 5/7 (3/7 given) - no TTO made up, GP to perscribe remaining 2/7 pls
paracetamol 1g QDS PRN - own supply

GP ACTIONS
Pt needs sick note for work 2/52 - GP pls issue
nil else

Dr P Saltmarsh FY1 Surgery
""", exp=[("hospital_only_prescribing", "no TTO made up, GP to perscribe remaining 2/7 pls"),
          ("fit_note", "Pt needs sick note for work 2/52 - GP pls issue"),
          ("late_discharge_summary", "D/C date: 21/05/2035 11:15")],
       notes="Discharge medication not supplied (remaining antibiotic course pushed to GP) and a post-operative "
             "fit note asked of the GP; summary sent about 46 h after discharge. DN wound care arranged by the "
             "ward is a negative decoy.")

# L08 ward pharmacist: tacrolimus (transplant, red) only 2 days supplied, GP to issue further supply
pt = P("Bernadette Quayle", "520082", "1969-06-11")
letter(key="b08", prov="cal", dept=PHARM, kind="discharge_summary", specialty="Pharmacy",
       clinician="Mr Idris Penhallow", patient=pt, ev="2035-05-24", ev_time="16:10", ld="2035-05-24",
       sent="2035-05-24 17:30", fmt="html", opts={"header": True, "alt": True,
                                                  "from": "Idris Penhallow <idris.penhallow@nhs.net>"},
       subject="Pharmacy d/c note - meds rec - B Quayle", body=f"""
# Ward Pharmacist Discharge Note
{idl(pt)}
Ward 9 (Gen Med), discharged 24/05/2035 16:10
Pharmacist: Mr Idris Penhallow, ward pharmacist

Admitted w/ gastroenteritis + AKI, renal tx 2029. Medicines reconciled w/ pt's own supply + GP record

| Drug | Dose | Status | Supplied | GP action |
| Tacrolimus (modified release) | 3mg od | unchanged | 2/7 only (ward stock low) | GP to issue further supply pls - pt has 2 days left |
| Prednisolone | 5mg od | unchanged | 28/7 | none |
| Amlodipine | 5mg od | restarted (held for AKI) | own supply | cont as before |
| Loperamide | 2mg PRN | new, short term | 7/7 | none |

Renal team aware of admission. any queries pharmacy ext via 0117 496 0450

Idris Penhallow MRPharmS
""", exp=[("hospital_only_prescribing", "GP to issue further supply pls - pt has 2 days left")],
       notes="Transplant tacrolimus is RED and only two days were supplied: supply the hospital owes is pushed "
             "to the GP. Amlodipine restart (green) is a negative decoy. Pharmacist's discharge note labelled "
             "discharge_summary (it describes the discharge and was sent within 24 h).")

# L09 gastro: azathioprine started, GP asked to take over prescribing and monitoring with no SCA
pt = P("Natasha Greenhalgh", "520099", "1994-03-08")
letter(key="b09", prov="tar", dept=GASTRO, kind="discharge_summary", specialty="Gastroenterology",
       clinician="Dr Callum Ingleby", patient=pt, ev="2035-05-25", ev_time="13:00", ld="2035-05-25",
       sent="2035-05-25 18:20", fmt="docx", subject="Discharge summary - Ward 15 Gastro", body=f"""
# DISCHARGE SUMMARY - WARD 15 (GASTRO)
{idl(pt)}
Admitted: 19/05/2035   Discharged: 25/05/2035 13:00
Consultant: Dr H Ostrowski   Author: Dr Callum Ingleby FY2

Dx: acute severe UC flare, responded to IV hydrocortisone day 3

MEDS
Pred 40mg od reducing by 5mg/wk - full wean supplied as TTO
Azathioprine 50mg od NEW (TPMT nrml) - increase to 100mg od after 2/52, TTO 28/7
Mesalazine 2.4g od - cont

ACTIONS FOR GP
1 GP to take over perscribing of azathioprine + do FBC/LFTs every 2/52 for 3/12 then monthly
2 no other action

IBD nurse to phone pt 1/52. f/u IBD clinic 6/52 (we'll book)

Dr Callum Ingleby FY2
""", exp=[("shared_care_without_agreement", "GP to take over perscribing of azathioprine + do FBC/LFTs every 2/52 "
           "for 3/12 then monthly")],
       notes="Azathioprine (AMBER) transferred to the GP with its monitoring from day one, with no shared-care "
             "agreement offered. Steroid wean supplied, IBD nurse and clinic booked by the hospital, mesalazine "
             "continue: negative decoys.")

# L10 community hospital rehab, LATE by 35 min: denosumab handed over, GP asked to refer to DN for insulin
pt = P("Albert Hollingdrake", "520105", "1934-10-21")
letter(key="b10", prov="pel", dept=REHAB, kind="discharge_summary", specialty="Rehabilitation Medicine",
       clinician="Dr Maren Lutterworth", patient=pt, ev="2035-05-30", ev_time="16:30", ld="2035-05-31",
       sent="2035-05-31 17:05", fmt="plain", subject="Discharge letter Heron Ward - A Hollingdrake", body=f"""
{head("pel", REHAB)}

DISCHARGE LETTER
Pt: {pt['name']}   DOB {dmy(pt['dob'])}   NHS No {spaced(pt['nhs_number'])}
Discharge date/time: 30/05/2035 16:30 to own home
Transferred from Tarrant Infirmary 12/05 post R #NOF (DHS)

Summary: mobilising w/ frame + 1. OT/PT home visit done, package of care restarted by social services

Medications
denosumab 60mg s/c given 29/05 (osteoporosis, eGFR 28 so no bisphos)
insulin glargine 14 units mane + novorapid per scale - pt cant self-administer now (tremor)
everything else unchanged, TTO 14/7

actions for gp
- GP to cont denosumab 6 monthly + check Ca/vit D before each dose
- pls refer to DN for insulin admin bd as pt cant do own injections

pt to see own GP if any further falls

Dr Maren Lutterworth, Specialty Doctor
""", exp=[("shared_care_without_agreement", "GP to cont denosumab 6 monthly + check Ca/vit D before each dose"),
          ("onward_referral", "pls refer to DN for insulin admin bd as pt cant do own injections"),
          ("late_discharge_summary", "Discharge date/time: 30/05/2035 16:30")],
       notes="Denosumab (AMBER, shared care in most areas) handed to the GP with its monitoring, no agreement "
             "offered; the district nursing referral for an immediate need on discharge pushed to the GP. Sent "
             "24 h 35 min after discharge: just late. Falls safety-net and OT/PT done are negatives.")

# L11 independent centre day case: sutures and fit note pushed to the practice
pt = P("Darren Whitlock", "520112", "1979-07-16")
letter(key="b11", prov="bri", dept=DAYCASE, kind="discharge_summary", specialty="General Surgery",
       clinician="Dr Felicity Rawle", patient=pt, ev="2035-06-01", ev_time="17:15", ld="2035-06-01",
       sent="2035-06-02 09:30", fmt="pdf", subject="Day case discharge - D Whitlock", body=f"""
# DAY CASE DISCHARGE NOTE
{idl(pt)}
Procedure date: 01/06/2035. Discharged: 01/06/2035 17:15
Surgeon: Mr A Coverley. Note by: Dr Felicity Rawle, RMO

Op: open R inguinal hernia repair w/ mesh, uncomplicated. LA + sedation
Wound: non-dissolvable sutures, dry dressing

TTO: paracetamol + ibuprofen 7/7 supplied
Post op r/v: telephone f/u by our nurses at 6/52

FOR GP
non-dissolvable sutures - pls arrange removal w/ practice nurse at D10-12
Pt is a scaffolder, needs 4/52 off work - fit note to be obtained from GP

Dr F Rawle RMO
""", exp=[("post_procedure_care", "pls arrange removal w/ practice nurse at D10-12"),
          ("fit_note", "Pt is a scaffolder, needs 4/52 off work - fit note to be obtained from GP")],
       notes="Suture removal after the centre's own operation and the post-operative fit note both passed to the "
             "practice. Analgesia supplied and telephone follow-up by the centre are negatives. Sent 16 h after "
             "discharge (on time).")

# L12 lap chole discharge: DN wound check pushed to GP; GP to discuss histology with the patient
pt = P("Shirley Pocklington", "520129", "1966-02-23")
letter(key="b12", prov="tar", dept=SURG, kind="discharge_summary", specialty="General Surgery",
       clinician="Dr Rupert Allardyce", patient=pt, ev="2035-06-05", ev_time="10:45", ld="2035-06-05",
       sent="2035-06-05 14:10", fmt="plain", subject="Discharge summary - Surgical Ward 3", body=f"""
{head("tar", SURG)}

SURGICAL DISCHARGE - WARD 3
{idl(pt)}
Adm 03/06/2035 (elective)   Discharged 05/06/2035 10:45
Consultant Ms E Varga   Junior: Dr Rupert Allardyce FY1

Op: lap chole 03/06, uneventful. 4 port sites, clips
Fit note issued on ward 2/52
No f/u in surg OPD needed

ACTIONS FOR GP:-
pls refer to DN for wound check + removal of clips D10
GP to discuss histo result w/ pt when back (approx 4/52)

TTO: co-codamol 30/500 2 QDS PRN 7/7, laxido

Dr R Allardyce FY1
""", exp=[("post_procedure_care", "pls refer to DN for wound check + removal of clips D10"),
          ("patient_redirected_to_gp", "GP to discuss histo result w/ pt when back")],
       notes="Aftercare of the team's own operation (wound check, clip removal) passed to the practice to arrange "
             "(could also be read as onward_referral to DN); telling the patient the hospital's histology result "
             "handed to the GP. Fit note issued on the ward is a negative decoy.")

# L13 fracture clinic DNA: discharged after one missed appointment, GP to re-refer
pt = P("Kieran Maddox", "520136", "1996-05-04")
letter(key="b13", prov="cal", dept=ORTHO, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Olamide Fairbrass", patient=pt, ev="2035-06-06", ld="2035-06-07", sent="2035-06-08 10:00",
       fmt="docx", subject="Fracture clinic - DNA", body=f"""
# FRACTURE CLINIC - DID NOT ATTEND
{idl(pt)}
Appt date: 06/06/2035
Clinician: Mr Olamide Fairbrass, SpR T&O

Referred from ED 29/05 w/ undisplaced # base of 5th MT L foot, in walking boot

DNA x1 today
Discharged back to GP as DNA x1 - pls re-refer to fracture clinic

Mr O Fairbrass SpR
""", exp=[("dna_rereferral", "Discharged back to GP as DNA x1 - pls re-refer to fracture clinic")],
       notes="Blanket discharge after a single missed appointment with a request to re-refer. Sent 2 days after "
             "the missed appointment (on time; lateness not in question for a DNA letter).")

# L14 community falls service DNA: discharged, GP to re-refer
pt = P("Edna Threlfall", "520143", "1941-12-29")
letter(key="b14", prov="pel", dept=FALLS, kind="clinic_letter", specialty="Falls and Frailty",
       clinician="Ms Bryony Keswick", patient=pt, ev="2035-06-12", ld="2035-06-13", sent="2035-06-13 11:20",
       fmt="plain", subject="Falls service - did not attend", body=f"""
{head("pel", FALLS)}

falls clinic - DNA
Pt: {pt['name']}  DOB {dmy(pt['dob'])}  NHS {spaced(pt['nhs_number'])}
Appt 12/06/2035 falls assessment, Pelling Cross Community Hospital

Pt did not attend, no contact from pt or family
Pt has been d/c'd from the falls service after DNA x1 - GP pls re-refer

Ms Bryony Keswick, Clinical Lead Physiotherapist, Falls Service
""", exp=[("dna_rereferral", "Pt has been d/c'd from the falls service after DNA x1 - GP pls re-refer")],
       notes="Community service discharging a frail patient after one missed appointment and asking the GP to "
             "re-refer. Sent the next day.")

# L15 gastro eRS triage: referral rejected, GP to do FIT, coeliac serology, PPI trial first
pt = P("Oliver Dunthorne", "520150", "1983-09-12")
letter(key="b15", prov="wex", dept=GASTRO, kind="referral_response", specialty="Gastroenterology",
       clinician="Dr Marcus Featherby", patient=pt, ev=None, ld="2035-06-14", sent="2035-06-14 12:40",
       fmt="plain", subject="eRS triage outcome - referral rejected", body=f"""
{head("wex", GASTRO)}

E-RS TRIAGE OUTCOME: REFERRAL REJECTED
{banner(pt)}
Referral rec'd 09/06/2035 - routine gastro OPD - 4/12 altered bowel habit + dyspepsia, wt stable

Triage comments:
not accepted at this stage
pls do FIT, coeliac serology + trial of PPI 8/52 then re-refer if still sx
no red flags on referral

Triaged by Dr Marcus Featherby, Gastro SpR, for Dr L Amankwah
""", exp=[("referral_returned_for_workup", "pls do FIT, coeliac serology + trial of PPI 8/52 then re-refer if still "
           "sx")],
       notes="Referral returned asking the GP to do work-up and a treatment trial first. event_date null (no "
             "attendance).")

# L16 cardiology: appropriate referral (presyncope + family history of sudden death) turned into A&G
pt = P("Priya Chaudry-Webb", "520167", "1991-01-15")
letter(key="b16", prov="tar", dept=CARD, kind="referral_response", specialty="Cardiology",
       clinician="Dr Tobiah Nwachukwu", patient=pt, ev=None, ld="2035-06-19", sent="2035-06-20 09:15",
       fmt="pdf", subject="Referral outcome - Advice and Guidance", body=f"""
# REFERRAL OUTCOME - CONVERTED TO ADVICE & GUIDANCE
{idl(pt)}
Referral: cardiology OPD, rec'd 16/06/2035
Reason: palpitations w/ presyncope x3, FHx sudden cardiac death (brother, age 34)

Outcome: converted to A&G - not accepted for OPD

Advice:
ECG in referral - sinus rhythm, QTc 452
GP to arrange 24hr tape + echo and manage in primary care, re-refer only if abnormal

Dr Tobiah Nwachukwu, Cardiology Registrar
""", exp=[("referral_returned_for_workup", "GP to arrange 24hr tape + echo and manage in primary care, re-refer only "
           "if abnormal")],
       notes="A clinically appropriate referral (presyncope, family history of sudden cardiac death) answered with "
             "advice and guidance and a work-up list instead of an appointment.")

# L17 independent centre ortho OPD, sent exactly 7 days after clinic (on time): pre-op questionnaire for GP
pt = P("Maureen Sowerby", "520174", "1957-10-07")
QUESTIONNAIRE = f"""
# PRE-OPERATIVE HEALTH QUESTIONNAIRE (GP SECTION)
{idl(pt)}
Planned procedure: R total knee replacement

| Question | GP answer |
| Current medication list (attach printout) | |
| Anticoagulants / antiplatelets | |
| Last HbA1c (if diabetic) | |
| Last BP reading and date | |
| Any anaesthetic problems known | |
| GP signature and date | |

Return to: Pre-assessment Team, Brightwater Surgical Centre
"""
letter(key="b17", prov="bri", dept=ORTHO, kind="clinic_letter", specialty="Trauma and Orthopaedics",
       clinician="Mr Anand Coverley", patient=pt, ev="2035-06-13", ld="2035-06-14", sent="2035-06-20 15:00",
       fmt="pdf", opts={"extra": [("preop_questionnaire_GP.pdf", QUESTIONNAIRE, "Pre-operative Health "
                                   "Questionnaire")]},
       subject="Orthopaedic clinic letter - M Sowerby", body=f"""
# ORTHOPAEDIC OUTPATIENT LETTER
{idl(pt)}
Seen: 13/06/2035, Brightwater Surgical Centre knee clinic
Consultant: Mr Anand Coverley

Dx: R knee OA, KL grade 4, failed conservative mx
Plan: listed for R TKR. Bloods, ECG + MRSA screen at our pre-op clinic (we'll book)

GP:
Pls complete the attached pre-op health questionnaire + return to our pre-assessment team before we can list her
cont current analgesia

Mr A Coverley FRCS (Tr&Orth)
""", exp=[("non_contractual_admin", "Pls complete the attached pre-op health questionnaire + return to our "
           "pre-assessment team before we can list her")],
       notes="Provider's own pre-operative questionnaire sent to the practice to fill in. Pre-op tests booked by "
             "the centre are negatives. Sent exactly 7 days after the clinic: on time (limit case).")

# L18 SDEC chest pain: audit form for the GP; patient told to ask GP when his RACPC appointment is
pt = P("Trevor Hinchcliffe", "520181", "1962-03-31")
letter(key="b18", prov="cal", dept=SDEC, kind="ed_letter", specialty="Acute Medicine",
       clinician="Dr Joanna Petrakis", patient=pt, ev="2035-06-21", ld="2035-06-21", sent="2035-06-21 21:10",
       fmt="html", opts={"header": True, "alt": True}, subject="SDEC attendance - T Hinchcliffe", body=f"""
# SDEC Attendance Summary
{idl(pt)}
Attended SDEC: 21/06/2035
Seen by: Dr Joanna Petrakis FY2

PC: central CP at rest 2hrs, resolved. ECG nrml, hs-trop 4 then 5 (neg x2)
Imp: non cardiac CP likely, ?stable angina

| Plan | Who |
| RACPC referral done | SDEC |
| GTN spray PRN supplied | SDEC |
| No changes to regular meds | - |

GP actions
GP pls complete + return the attached SDEC 30-day outcome audit form
pt to contact GP to find out when his rapid access chest pain clinic appt is

Dr J Petrakis FY2
""", exp=[("non_contractual_admin", "GP pls complete + return the attached SDEC 30-day outcome audit form"),
          ("patient_redirected_to_gp", "pt to contact GP to find out when his rapid access chest pain clinic appt is")],
       notes="Hospital audit paperwork asked of the practice, and the patient sent to the GP about the hospital's "
             "own clinic appointment. RACPC referral made by SDEC is a negative decoy.")

# L19 respiratory clinic letter, LATE (11 days); content needs nothing from the GP
pt = P("Geraldine Moorcroft", "520198", "1955-08-18")
letter(key="b19", prov="wex", dept=RESP, kind="clinic_letter", specialty="Respiratory Medicine",
       clinician="Dr Samuel Ashdown-Ibe", patient=pt, ev="2035-05-24", ld="2035-06-03", sent="2035-06-04 10:25",
       fmt="pdf", subject="Respiratory clinic letter", body=f"""
# RESPIRATORY CLINIC
{idl(pt)}
Clinic date: 24/05/2035
Seen by: Dr Samuel Ashdown-Ibe, Resp SpR, for Dr K Lindqvist

Dx: chronic cough 5/12, ex smoker 30 pk yrs. CXR clear. spirometry borderline

Plan
CT chest booked by us - pt will get letter
full lung function in our lab 6/52
r/v in resp OPD w/ results

No GP action

Dr S Ashdown-Ibe
""", exp=[("late_clinic_letter", "Clinic date: 24/05/2035")],
       notes="Clinic letter sent 11 days after the clinic: late. Content otherwise all hospital-arranged (CT, lung "
             "function, follow-up): no content findings.")

# L20 cardiology clinic letter, LATE (8 days): 24h ECG pushed to GP for the hospital's own review
pt = P("Harold Benbow", "520204", "1948-06-26")
letter(key="b20", prov="tar", dept=CARD, kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Nadia Ellerby", patient=pt, ev="2035-06-07", ld="2035-06-14", sent="2035-06-15 09:05",
       fmt="html", opts={"header": True}, subject="Cardiology OPD letter - H Benbow", body=f"""
# CARDIOLOGY OUTPATIENTS
{idl(pt)}
Date seen: 07/06/2035
Seen by: Dr Nadia Ellerby, Cardiology SpR

PC: intermittent palps + 1 episode dizziness. ECG SR 68, nil acute. echo 2034 nrml

| Medication | Change |
| Bisoprolol 1.25mg od | NEW - 28/7 supplied |
| Atorvastatin 20mg on | cont |

Actions for GP
GP to arrange 24hr ECG pls + fwd result, we will r/v in OPD 3/12

Dr N Ellerby SpR
""", exp=[("tests_for_hospital", "GP to arrange 24hr ECG pls + fwd result, we will r/v in OPD 3/12"),
          ("late_clinic_letter", "Date seen: 07/06/2035")],
       notes="Investigation the clinic wants for its own follow-up passed to the GP; letter sent 8 days after the "
             "clinic (just late). New drug supplied 28 days and statin continue are negatives.")

# L21 ward pharmacist: amiodarone started, continuation and monitoring handed over; baseline tests not done
pt = P("Beatrice Lamplugh", "520211", "1944-04-09")
letter(key="b21", prov="wex", dept=PHARM, kind="discharge_summary", specialty="Pharmacy",
       clinician="Mrs Oona Fairclough", patient=pt, ev="2035-06-27", ev_time="14:20", ld="2035-06-27",
       sent="2035-06-27 16:05", fmt="plain", subject="Pharmacy discharge note - amiodarone - LAMPLUGH", body=f"""
{head("wex", PHARM)}

WARD PHARMACIST DISCHARGE NOTE - Ward 8 (Cardiology)
{banner(pt)}
Discharged: 27/06/2035 14:20

Medicines reconciliation
Drug               | Status           | Supplied | GP action
Amiodarone         | NEW, AF          | 14/7     | see below
  200mg TDS 1/52, then BD 1/52, then OD
Apixaban 5mg bd    | NEW              | 28/7     | cont on repeat
Digoxin 62.5mcg od | stoped (amio)    | -        | remove from repeat
Ramipril 2.5mg od  | unchanged        | own      | none

GP action: pls cont amiodarone after TTO and take over TFT/LFT monitoring 6 monthly
baseline TFTs + LFTs not done on ward - GP pls do within 1/52

Counselled pt on amio side effects. Community pharmacy DMS referral sent

Mrs Oona Fairclough, Ward Pharmacist
""", exp=[("shared_care_without_agreement", "pls cont amiodarone after TTO and take over TFT/LFT monitoring 6 "
           "monthly"),
          ("tests_for_hospital", "baseline TFTs + LFTs not done on ward - GP pls do within 1/52")],
       notes="Amiodarone (AMBER) continuation and monitoring handed to the GP with no shared-care agreement; "
             "baseline tests for a drug the hospital has just started left for the GP. Apixaban continue (green) "
             "and removing digoxin from repeat are ordinary GP work (negatives).")

# ---------------------------------------------------------------------- hard negatives (no findings)

# L22 SDEC ?DVT: bloods booked back in SDEC, no GP action
pt = P("Farida Qureshi-Blake", "520228", "1975-11-13")
letter(key="b22", prov="cal", dept=SDEC, kind="ed_letter", specialty="Acute Medicine",
       clinician="Dr Shreya Mollison", patient=pt, ev="2035-05-15", ld="2035-05-15", sent="2035-05-15 20:40",
       fmt="html", opts={"header": True}, subject="SDEC attendance - F Qureshi-Blake", body=f"""
# SDEC Attendance Summary
{idl(pt)}
Attended SDEC: 15/05/2035
Seen by: Dr Shreya Mollison CT1

PC: L calf swelling 5/7. Wells 1. D-dimer 640. USS L leg - no DVT
Apixaban stat dose given 14/05 - stoped as USS neg

| Plan | Who |
| Bloods 1/52 in our SDEC (booked 22/05 09:00) - repeat D-dimer + CRP | SDEC |
| Compression advice | SDEC |

No GP action
pt to see own GP if calf swelling persists beyond 2/52

Dr S Mollison CT1
""", notes="Hard negative: repeat bloods booked in the SDEC itself, 'No GP action', ordinary safety-netting to "
             "own GP.")

# L23 AMU COPD discharge sent 23 h 45 min after discharge (on time): TTO 28/7, OPD booked, GP aware
pt = P("Stanley Ravenscroft", "520235", "1950-07-01")
letter(key="b23", prov="wex", dept=AMU, kind="discharge_summary", specialty="Acute Medicine",
       clinician="Dr Imogen Thackray", patient=pt, ev="2035-06-03", ev_time="14:00", ld="2035-06-04",
       sent="2035-06-04 13:45", fmt="plain", subject="eDischarge - AMU - RAVENSCROFT", body=f"""
{head("wex", AMU)}

ELECTRONIC DISCHARGE SUMMARY
{banner(pt)}
Adm: 01/06/2035   D/C: 03/06/2035 14:00
Cons: Dr A Okwuosa   Completed by: Dr Imogen Thackray FY1

Dx: infective exac of COPD. no NIV. CXR no consolidation

CHANGES TO MEDICATIONS
Trimbow inhaler 2 puffs bd - NEW (replaces Fostair), TTO 28/7 supplied
pred 30mg od 5/7 - full course supplied
doxycycline 100mg od - course completed on ward

f/u OPD 6/12 (we'll book). pulm rehab referral done by ward
GP aware of admission (d/w Dr Quennell 02/06)

ACTIONS FOR GP: none

Dr I Thackray FY1
""", notes="Hard negative: TTO 28/7 supplied, full steroid course, OPD and pulmonary rehab arranged by the "
             "hospital, 'GP aware', no actions. Sent 23 h 45 min after discharge: on time (limit case).")

# L24 appendicectomy discharge: DN referral made, sutures out by DN, fit note issued, histology by surgeons
pt = P("Joshua Kettleby", "520242", "1999-02-20")
letter(key="b24", prov="tar", dept=SURG, kind="discharge_summary", specialty="General Surgery",
       clinician="Dr Zainab Holroyd", patient=pt, ev="2035-06-08", ev_time="11:30", ld="2035-06-08",
       sent="2035-06-08 15:20", fmt="docx", subject="Discharge summary - Surgical Ward 2", body=f"""
# SURGICAL DISCHARGE SUMMARY - WARD 2
{idl(pt)}
Admitted: 06/06/2035   Discharged: 08/06/2035 11:30
Consultant: Mr T Adeyemi   Author: Dr Zainab Holroyd FY1

Op: lap appendicectomy 06/06 - inflamed appendix, no perforation

DN to r/v wound - referral sent by ward 08/06
sutures out D10 by DN (booked by ward)
Fit note issued on ward 2/52
Histo: will be reviewed by surg team + pt informed by letter

TTO: paracetamol + ibuprofen 7/7

GP action: nil
Dr Z Holroyd FY1
""", notes="Hard negative: aftercare referral made by the ward, sutures booked with DN by the ward, fit note "
             "issued, histology kept by the surgical team.")

# L25 cataract day case: drops supplied, review in their clinic, patient told to call their nurse line
pt = P("Dorothy Cardew", "520259", "1940-05-28")
letter(key="b25", prov="bri", dept=EYE, kind="discharge_summary", specialty="Ophthalmology",
       clinician="Mr Desmond Lowry", patient=pt, ev="2035-06-10", ev_time="13:20", ld="2035-06-10",
       sent="2035-06-10 16:00", fmt="pdf", subject="Day case discharge - cataract - D Cardew", body=f"""
# DAY CASE DISCHARGE - CATARACT
{idl(pt)}
Date of surgery and discharge: 10/06/2035 13:20
Surgeon: Mr Desmond Lowry

Op: L phaco + IOL, uncomplicated. VA to be checked at r/v

Drops: dexamethasone 0.1% qds 2/52 then bd 2/52 - full course supplied
Post op r/v in our clinic 2/52 (booked)
Pt to contact our nurse line 0118 496 0963 if pain, red eye or vision drop - not GP

GP action: none

Mr D Lowry FRCOphth
""", notes="Hard negative: full drops course supplied, review booked by the centre, patient told to contact the "
             "centre (not the GP).")

# L26 ward pharmacist: green drug changes only; repeat updates are GP work; U&E in HF clinic
pt = P("Ivy Marchbank", "520266", "1947-01-04")
letter(key="b26", prov="tar", dept=PHARM, kind="discharge_summary", specialty="Pharmacy",
       clinician="Mr Tomasz Wyburn", patient=pt, ev="2035-06-12", ev_time="15:30", ld="2035-06-12",
       sent="2035-06-12 17:45", fmt="html", opts={"header": True, "alt": True},
       subject="Pharmacy discharge medicines note - I Marchbank", body=f"""
# Discharge Medicines Note (Ward Pharmacist)
{idl(pt)}
Ward 11 (Care of Elderly), discharged 12/06/2035 15:30
Pharmacist: Mr Tomasz Wyburn

| Medicine | Change | Supplied | GP action |
| Atorvastatin 40mg on | dose incr from 20mg | 28/7 | pls update repeat |
| Amlodipine 5mg od | cont | own supply | none |
| Omeprazole 20mg od | stopped - no ongoing indication | - | pls remove from repeat |
| Furosemide 40mg om | new (HF) | 28/7 | cont - U&E r/v arranged in HF clinic 2/52 |
| Paracetamol 1g qds PRN | new | 7/7 | none |

Community pharmacy DMS referral sent. Pt + daughter counselled

Mr T Wyburn, Clinical Pharmacist
""", notes="Hard negative: green medicines continued or stopped, repeat-template updates (GP work), 28 days "
             "supplied, U&E after furosemide arranged in the hospital's HF clinic.")

# L27 community hospital discharge sent exactly 24 h after discharge (on time): everything arranged
pt = P("Arthur Sallis", "520273", "1931-08-15")
letter(key="b27", prov="pel", dept=REHAB, kind="discharge_summary", specialty="Rehabilitation Medicine",
       clinician="Dr Kwame Ashby", patient=pt, ev="2035-06-16", ev_time="11:00", ld="2035-06-17",
       sent="2035-06-17 11:00", fmt="plain", subject="Discharge letter Heron Ward - A Sallis", body=f"""
{head("pel", REHAB)}

DISCHARGE LETTER
Pt: {pt['name']}   DOB {dmy(pt['dob'])}   NHS No {spaced(pt['nhs_number'])}
Discharge date/time: 16/06/2035 11:00 to daughter's home
Step-down from Calloway Vale Royal Hospital 05/06 - delirium 2o UTI, resolved

Nitrofurantoin course completed on ward
long term catheter - DN referral for catheter care done by ward
OT/PT f/u arranged by community rehab team (referral sent)
meds unchanged, TTO 14/7 of all regular meds

ACTIONS FOR GP: nil
pt to see own GP if confusion recurs

Dr Kwame Ashby, Specialty Doctor
""", notes="Hard negative: DN and rehab referrals made by the ward, course completed, ordinary safety-netting. "
             "Sent exactly 24 h after discharge: on time ('more than 24 hours' is late; limit case).")

# L28 diabetes clinic letter sent exactly 7 days after clinic (on time): bloods with their phlebotomy
pt = P("Ruth Glanville", "520280", "1972-09-24")
letter(key="b28", prov="wex", dept=DIAB, kind="clinic_letter", specialty="Diabetes and Endocrinology",
       clinician="Dr Ahmed Carrowby", patient=pt, ev="2035-06-18", ld="2035-06-20", sent="2035-06-25 11:45",
       fmt="docx", subject="Diabetes clinic letter - R Glanville", body=f"""
# DIABETES CLINIC
{idl(pt)}
Clinic date: 18/06/2035
Seen by: Dr Ahmed Carrowby, Diabetes SpR

T2DM, HbA1c 71. on metformin 1g bd + gliclazide 80mg bd - cont both
Dapagliflozin 10mg od started - 28/7 supplied, sick day rules explained
U&E 2/52 in our DSN clinic (booked)
Bloods (HbA1c, U&E) w/ our phleb before next OPD - form given to pt

GP: no action needed

Dr A Carrowby SpR
""", notes="Hard negative: hospital books its own monitoring bloods and supplies the new drug; green drugs "
             "continue. Sent exactly 7 days after the clinic: on time (limit case).")

# L29 endoscopy histology letter: hospital told the patient, surveillance booked, for info
pt = P("Neville Ashcroft", "520297", "1966-12-10")
letter(key="b29", prov="cal", dept=ENDO, kind="results", specialty="Gastroenterology",
       clinician="Dr Lydia Sorensen", patient=pt, ev=None, ld="2035-06-23", sent="2035-06-23 11:30",
       fmt="plain", subject="Histology result - for information", body=f"""
{head("cal", ENDO)}

HISTOLOGY RESULT - FOR INFO ONLY
{idl(pt)}

colonoscopy polypectomy (sigmoid, 8mm): tubular adenoma, low grade dysplasia, completely excised
We have written to pt w/ result
surveillance colonoscopy 3 yrs - we will book
no GP action

Dr Lydia Sorensen, Consultant Gastroenterologist
""", notes="Hard negative: the hospital has told the patient its own result and books surveillance; 'for info "
             "only'.")

# L30 neurology triage: referral accepted, MRI requested by them, queries to their booking team
pt = P("Callum Redfearn", "520303", "1990-04-02")
letter(key="b30", prov="tar", dept=NEURO, kind="referral_response", specialty="Neurology",
       clinician="Dr Wendell Prendergast", patient=pt, ev=None, ld="2035-06-25", sent="2035-06-25 14:35",
       fmt="plain", subject="Referral triage outcome - accepted", body=f"""
{head("tar", NEURO)}

REFERRAL TRIAGE OUTCOME: ACCEPTED
{idl(pt)}
Referral rec'd 23/06/2035 - new daily headache 6/52, worse on lying

accepted - urgent OPD within 2/52
MRI brain requested by us, pt will be contacted directly by our booking team
pt can call neuro bookings on 0161 496 0730 w/ any appt queries
GP aware? yes - thanks for referral, nil further needed

Dr Wendell Prendergast, Neurology SpR
""", notes="Hard negative: referral accepted, the hospital requests its own MRI and handles appointment queries "
             "itself.")

# L31 AMU heart failure discharge: hospital referred to HF team itself; safety-netting
pt = P("Gloria Eddington", "520310", "1949-03-17")
letter(key="b31", prov="wex", dept=AMU, kind="discharge_summary", specialty="Acute Medicine",
       clinician="Dr Imogen Thackray", patient=pt, ev="2035-07-01", ev_time="12:30", ld="2035-07-01",
       sent="2035-07-01 18:00", fmt="html", opts={"label_col": True}, subject="AMU eDischarge - G Eddington",
       body=f"""
# AMU ELECTRONIC DISCHARGE
| Patient | {pt['name']} |
| DOB | {dmy(pt['dob'])} |
| NHS No | {spaced(pt['nhs_number'])} |
| D/C | 01/07/2035 12:30 |
| Completed by | Dr Imogen Thackray FY1 for Dr A Okwuosa |
| Dx | new HFrEF (EF 35% on inpt echo) |
| Changes to medications | furosemide 40mg om cont (green); bisoprolol 1.25mg od NEW - TTO 28/7 |
| Follow up | I have referred to HF team directly - HF nurse will call pt 1/52 + titrate + check U&E |
| Safety net | pt to see own GP if SOB worse or ankles swell, or call HF nurse line 0116 496 0318 |
| GP actions | none |
""", notes="Hard negative: the hospital made the HF referral itself, supplied 28 days, HF nurse titrates and "
             "checks bloods; safety-netting only.")

# L32 RA flare + chest infection: methotrexate under an existing, signed shared-care agreement
pt = P("Yvonne Strickland", "520327", "1963-05-06")
letter(key="b32", prov="cal", dept=MED, kind="discharge_summary", specialty="General Medicine",
       clinician="Dr Hassan Ellwood", patient=pt, ev="2035-07-04", ev_time="10:15", ld="2035-07-04",
       sent="2035-07-04 14:40", fmt="docx", subject="Discharge Summary - Ward 6", body=f"""
# Discharge Summary
{idl(pt)}
Date of admission: 29/06/2035   Date of discharge: 04/07/2035 10:15
Ward 6 (Gen Med). Completed by Dr Hassan Ellwood FY2

Dx: LRTI + RA flare

MTX withheld during abx, restarted 03/07 - GP to cont MTX + monitoring per existing SCA (signed 11/2034)
Pred 30mg reducing 5mg every 3 days - full wean supplied as TTO
Doxycycline 100mg od 5/7 - course completed on ward
Rheum aware, next OPD 8/52 (booked)

Dr H Ellwood FY2
""", notes="Hard negative: methotrexate continues under a shared-care agreement the practice already signed; "
             "steroid wean supplied; rheumatology follow-up booked.")

# L33 urology clinic DNA: new appointment sent, not discharged after one DNA
pt = P("Martin Crabtree", "520334", "1970-10-30")
letter(key="b33", prov="tar", dept=URO, kind="clinic_letter", specialty="Urology",
       clinician="Mr Femi Wardlow", patient=pt, ev="2035-07-02", ld="2035-07-02", sent="2035-07-03 09:40",
       fmt="html", opts={"header": True}, subject="Urology OPD - DNA - M Crabtree", body=f"""
# UROLOGY OUTPATIENTS - DNA
{idl(pt)}
Appt date: 02/07/2035
Clinician: Mr Femi Wardlow, Urology SpR

LUTS + PSA 5.2 (age 64)
DNA'd today - new appt sent for 4/52, we do not d/c after a single DNA
if he DNAs again we will contact pt + GP before any decision re d/c
no GP action

Mr F Wardlow SpR
""", notes="Hard negative: the service rebooks after one DNA and does not discharge; the second-DNA sentence is "
             "hypothetical.")

# ====================================================================== 'other' messages

other(key="y01", sent="2035-05-10 08:05", type="ooo", notes="Out-of-office reply from a consultant's secretary.",
      frm="Carys Whitmore <carys.whitmore@wexrill.nhs.uk>", subject="Automatic reply: AMU discharge query",
      body="Thank you for your email. I am on annual leave until 19/05/2035 with limited access to email.\n"
           "For urgent AMU queries pls ring the AMU coordinator on 0116 496 0311.\n")
other(key="y02", sent="2035-05-20 07:30", type="html_bulletin", notes="ICB primary care newsletter (bulk).",
      frm="Orrinshire and Tarrant ICB Primary Care <primarycare@orrtarrant-icb.example>",
      subject="Primary Care Bulletin - May 2035",
      body="<html><body><h2>Primary Care Bulletin</h2><p>May 2035</p><ul>"
           "<li>Interface update: trusts reminded to supply at least 7 days of medicines on discharge.</li>"
           "<li>Denosumab and amiodarone shared care protocols are being refreshed - drafts out for comment.</li>"
           "<li>SDEC opening hours extended to 22:00 at Calloway Vale Royal Hospital.</li></ul>"
           "<p>You receive this bulletin because your practice is on the ICB distribution list.</p>"
           "</body></html>\n")
other(key="y03", sent="2035-05-24 22:15", type="patient", notes="Patient e-mail; nothing to detect.",
      frm="Lee Tamworth <lee.tamworth@example.com>", subject="stitches + sick note",
      body="Hi\n\nI had my gallbladder out at Tarrant last week. the ward said I need to get my clips out at the "
           "surgery and ask you for a sick note. can I book in for both pls?\n\nthanks\nLee Tamworth\n"
           "07700 900412\n")
other(key="y04", sent="2035-05-29 03:20", type="phish", notes="Phishing pretending to be an NHSmail notice.",
      frm="NHSmail Support <security-notice@nhsmail-verify.example.net>",
      subject="ACTION REQUIRED: mailbox quota exceeded - discharge summaries held",
      body="Your mailbox has exceeded its quota and 14 discharge summaries are held.\nSign in within 12 hours "
           "to release them:\nhttp://nhsmail-verify.example.net/release\n")
other(key="y05", sent="2035-06-06 12:05", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: RE: azathioprine shared care",
      body="Delivery has failed to these recipients or groups:\n\nibd.nurses@ntah.nhs.uk\nThe email address you "
           "entered couldn't be found.\n", rcpt="ibd.nurses@ntah.nhs.uk")
other(key="y06", sent="2035-06-11 09:00", type="bulletin", notes="LMC newsletter (bulk) quoting bounce wording.",
      frm="Orrinshire LMC <news@orrinshire-lmc.example.org>", subject="LMC News - June 2035",
      body="ORRINSHIRE LMC NEWS - JUNE 2035\n\n1 Interface: we still see letters saying 'GP to chase histo' and "
           "'pls re-refer after DNA'. Use the LMC template letters to send these back.\n2 Fit notes: hospitals "
           "must issue fit notes for the period of their care.\n3 AGM 9 July, Pelling Cross Village Hall.\n\n"
           "To unsubscribe reply UNSUBSCRIBE.\n")
other(key="y07", sent="2035-06-18 14:50", type="spam", notes="Equipment marketing.",
      frm="Medisphere Direct <offers@medisphere-direct.example.com>",
      subject="30% off 24hr BP monitors + ECG machines this month",
      body="Dear Practice Manager,\n\nUpgrade your practice with our 12-lead ECG and ambulatory BP monitors. "
           "30% off until 30 June.\n\nReply STOP to opt out.\n")
other(key="y08", sent="2035-06-26 16:00", type="massmail", notes="Trust 'for information' mass mailing (bulk).",
      frm="North Tarrant Acute Hospitals Communications <comms@ntah.nhs.uk>",
      subject="For information: new EPR go-live 7 July",
      body="FOR INFORMATION - SENT TO ALL GP PRACTICES\n\nOur new EPR goes live on 7 July 2035. For two weeks some "
           "discharge summaries may arrive in a new layout. No action is needed.\n")
other(key="y09", sent="2035-07-02 10:40", type="pharmacy", notes="Community pharmacy DMS note; not a letter.",
      frm="Fenwick Pharmacy <fenwick.pharmacy@nhs.net>", subject="DMS - discharge medicines check done",
      body="Hi Fenwick Row Surgery,\n\nWe've completed the Discharge Medicines Service check for a patient of yours "
           "discharged from Wexcombe on amiodarone and apixaban. New meds are on your system already - no action "
           "needed.\n\nFenwick Pharmacy\nTel 0116 496 0977\n")
other(key="y10", sent="2035-07-06 19:25", type="patient", notes="Carer e-mail about a hospital appointment.",
      frm="Sandra Oldroyd <s.oldroyd@example.com>", subject="mums hospital appt",
      body="Hello\n\nmy mum was told the hospital would send her a follow up appt but nothing has come. do you know "
           "when it is?\n\nSandra (daughter of Mrs Oldroyd)\n")


# ====================================================================== rendering and checks

MARKING = {"cal": "OFFICIAL-SENSITIVE", "tar": "CONFIDENTIAL - PATIENT IDENTIFIABLE",
           "wex": "NHS CONFIDENTIAL", "pel": "OFFICIAL", "bri": "PRIVATE AND CONFIDENTIAL"}


def house(L: dict, p: dict) -> dict:
    """One grey EPR frame for all, with each provider's protective marking and its letter system named."""
    return dict(heading='<h4 style="font-size:10.5pt;text-transform:none;color:#3b3b3b;margin:8px 0 3px 0">{}</h4>',
                cell='style="border:1px solid #b0b7bf;padding:3px 7px;vertical-align:top;font-size:9pt"',
                font="Tahoma,Arial,sans-serif", marking=MARKING[L["prov"]],
                footer=f"Generated by {html.escape(p['mailer'])} for {html.escape(p['name'])}.")


def name_in(name: str, text: str) -> bool:
    """The patient's whole name, as 'First Last' or as the EPR banner's 'LAST, First'."""
    first, last = name.rsplit(" ", 1)
    low = text.lower()
    return name.lower() in low or f"{last}, {first}".lower() in low


def corpus_checks(labels, items) -> list[str]:
    """The kit's checks (the name may stand as the banner's), every letter without findings noted as a hard
    negative, exactly two late letters of each kind and a third of the letters hard negatives."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, name_in=name_in,
                      own=lambda lid, lab, text: [f"{lid}: letter without findings should be noted as a hard negative"]
                      if not lab["expected"] and "hard negative" not in lab["notes"].lower() else [])
    seen = Counter(e["category"] for lab in labels for e in lab["expected"])
    for c in ("late_discharge_summary", "late_clinic_letter"):
        if seen[c] != 2:
            errors.append(f"expected two {c}")
    letters = [lab for lab in labels if lab["kind"] != "other"]
    if sum(1 for lab in letters if not lab["expected"]) * 3 < len(letters):
        errors.append("fewer than a third of letters are hard negatives")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
