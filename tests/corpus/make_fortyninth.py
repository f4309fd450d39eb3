#!/usr/bin/env python3
"""Build the forty-ninth (independent, held-out) corpus: tests/corpus/fortyninth/.

Style: medicines-heavy letters.  Pharmacist-written and pharmacist-reconciled discharge summaries with TTO
tables whose columns give each medicine's status (NEW, INCREASED, CHANGED, CONTINUE, WITHHELD, STOPPED) and
its supply ("Supplied: 28 days", "3 days", "patient's own", "not supplied"); controlled drugs (oxycodone,
lisdexamfetamine), insulin started or changed, anticoagulants started, switched, dose-reduced and
interacting (apixaban, edoxaban, rivaroxaban, warfarin with amiodarone); specialist drugs by their local
red/amber/green status (clozapine and darbepoetin red; methotrexate, lithium, donepezil, sacubitril/valsartan
and lisdexamfetamine amber; the rest green); short supplies of new drugs; requests to update repeats (ordinary
GP work) beside requests to prescribe red drugs or take over amber ones with no agreement offered; monitoring
plans after dose changes, some kept by the hospital, some pushed to the practice; and Discharge Medicines
Service referrals to community pharmacies.  A third of the letters are hard negatives: the hospital supplies,
monitors, books and refers itself, offers shared care for agreement, asks the patient, the district nurses
or the community pharmacy, or safety-nets conditionally.

Four invented providers write to an invented practice, Wrenbrook Medical Practice: an acute teaching trust
(Kestlemoor Teaching Hospitals NHS Foundation Trust), a district trust (Brindleford and Ashwick Hospitals NHS
Trust), a community and mental-health trust (Sallowmere Community and Mental Health NHS Trust) and an
independent provider with NHS contracts (Orrinvale Specialist Care Ltd).  Letters come as typed plain text
(one written directly by a nurse specialist), HTML (with and without a text alternative, some with a header
row, some laid out label | value), PDF and DOCX attachments behind each provider's cover note.  Ten messages
are not provider letters: out-of-office and delivery failure, an ICB medicines bulletin, an LMC newsletter, a
trust's mass mailing, a relative writing in, phishing, a supplier's sales mail, the practice pharmacist's
internal note and a community pharmacy's DMS message.

Written from the category definitions alone (TAXONOMY.md and the domain README); no detector output was used.
Everything is invented; NHS numbers are 999-range with a valid Modulus 11 check digit; telephone numbers are in
Ofcom drama ranges.  Every message is sent in January to March 2042 (GMT).  The build is deterministic.

    python3 tests/corpus/make_fortyninth.py            # build, then verify
    python3 tests/corpus/make_fortyninth.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_kit as kit  # noqa: E402
from corpus_kit import patient as P  # noqa: E402
from corpus_kit import spaced  # noqa: E402

KES = "Kestlemoor Teaching Hospitals NHS Foundation Trust"
BRI = "Brindleford and Ashwick Hospitals NHS Trust"
SAL = "Sallowmere Community and Mental Health NHS Trust"
ORR = "Orrinvale Specialist Care Ltd"
PROV = {
    "kes": dict(
        name=KES, site="Kestlemoor Royal Infirmary", addr=["Lantern Hill", "Kestlemoor", "KZ4 7PD"],
        phone="0115 496 0372", domain="kestlemoor.nhs.uk",
        sender="KTH Clinical Correspondence <ktht.letters@nhs.net>", mailer="Kestrel EPR Outbound 9.1"),
    "bri": dict(
        name=BRI, site="Brindleford General Hospital", addr=["Canal Street", "Brindleford", "BZ2 3HN"],
        phone="0161 496 0815", domain="brindleford-ashwick.nhs.uk",
        sender="BAH eDischarge <edischarge@brindleford-ashwick.nhs.uk>", mailer="Ashwick Clinical Portal 3.4"),
    # Community hospital wards, community mental health teams, the memory service, the adult ADHD service and
    # the community diabetes service.
    "sal": dict(
        name=SAL, site="Sallowmere Health Campus", addr=["Fennick Road", "Sallowmere", "SZ8 1QE"],
        phone="01632 960 274", domain="sallowmere.nhs.uk",
        sender="Sallowmere Clinical Letters <scmh.correspondence@nhs.net>", mailer="SystmOne Letters"),
    # An independent provider treating NHS patients: orthopaedics, ophthalmology, endoscopy.
    "orr": dict(
        name=ORR, site="Orrinvale Treatment Centre", addr=["2 Wharfside Park", "Orrinvale", "OZ5 9LB"],
        phone="0117 496 0638", domain="orrinvale-care.example.co.uk",
        sender="Orrinvale NHS Patient Correspondence <nhs.letters@orrinvale-care.example.co.uk>",
        mailer="CareFlow Clinic Suite 6"),
}
COVERS = {
    "kes": "{trust}\n{dept}\n\nPlease find attached a {doctype} for a patient registered at your practice.\n"
           "Document reference: {ref}\n\nThis is an automated message from Kestrel EPR. Replies to this address "
           "are not read; contact details are in the document.\n",
    "bri": "BAH eDischarge and Clinical Correspondence\n\n{doctype} attached ({ref}) from {dept}, {trust}.\n\n"
           "If this has reached the wrong practice please tell us on 0161 496 0800 and delete it.\n",
    "sal": "Dear Practice\n\nPlease see the attached {doctype} from {dept}.\nRef: {ref}\n\nKind regards\n"
           "Clinical Administration\n{trust}\n",
    "orr": "{trust} - NHS Services\n{dept}\n\nDear GP colleague,\nAttached is a {doctype} for your patient, "
           "treated at Orrinvale as an NHS patient.\nReference {ref}.\n\nNHS Patient Correspondence Team\n",
}
PRACTICE = "Wrenbrook Medical Practice"
C = kit.Corpus("fortyninth", "f49", f"{PRACTICE} <wrenbrook.medical@nhs.net>", PROV, cover=COVERS,
               window=("2042-01-13", "2042-03-21"), utc_hours=0)
other = C.other
idl = kit.idline


def letter(**kw) -> None:
    """Record a letter whose evidence is written inline as [[category: words]] (late= the lateness wording)."""
    C.letter(**kit.inline_evidence(kw))


def head(p: str, dept: str) -> str:
    """The letterhead a letter system types at the top of a plain-text letter."""
    pr = PROV[p]
    return f"{pr['name']}\n{dept}\n{pr['site']}, {', '.join(pr['addr'])}\nTel: {pr['phone']}"


GP_ADDR = f"{PRACTICE}\n14 Tannery Row\nWrenbrook\nWZ3 6HA"

# ====================================================================== letters

# d01 cardiology discharge written by the ward's pharmacist prescriber: new apixaban and bisoprolol, 28 days
# supplied, repeats to update, DMS referral made: hard negative.
pt = P("Wilfred Kennaway", "410011", "1947-05-12")
letter(key="d01", prov="kes", dept="Cardiology - Ward 22", kind="discharge_summary", specialty="Cardiology",
       clinician="Ms Farida Okonkwo", patient=pt, ev="2042-01-13", ev_time="15:40", ld="2042-01-14",
       sent="2042-01-14 10:05", fmt="html", opts={"header": True},
       subject="Discharge summary - Ward 22 - KENNAWAY W", body=f"""
# Discharge Summary - Cardiology (Ward 22)
{idl(pt)}
Admitted: 10/01/2042 via ED. Discharged: 13/01/2042 at 15:40.
Consultant: Dr Ravindra Selkirk
Summary completed by: Farida Okonkwo, Lead Cardiology Pharmacist (Independent Prescriber), for the consultant team

# Diagnosis
New-onset atrial fibrillation, fast ventricular rate on admission, now rate controlled (HR 74).
CHA2DS2-VASc 3 (age, hypertension, vascular disease). ORBIT bleeding score 1.

# Medicines reconciliation
Completed on the ward on 11/01/2042 from the Summary Care Record, your repeat list and his own medicines (PODs). No unintended discrepancies.

# Medicines on discharge
| Medicine | Dose | Status | Supplied | Comments |
| Apixaban 5 mg tablets | 5 mg BD | NEW | 28 days | Counselled; anticoagulant alert card given |
| Bisoprolol 2.5 mg tablets | 2.5 mg OD | NEW | 28 days | Rate control |
| Amlodipine 5 mg tablets | 5 mg OD | CONTINUE | Patient's own | No change |
| Atorvastatin 20 mg tablets | 20 mg ON | CONTINUE | Patient's own | No change |
| Aspirin 75 mg dispersible | - | STOPPED | - | Not needed now anticoagulated |
| Naproxen 500 mg tablets | - | STOPPED | - | Avoid NSAIDs with apixaban; patient aware |

# Information for the GP
- Please update his repeat template to match the list above (apixaban and bisoprolol added; aspirin and naproxen removed).
- Renal function before apixaban: creatinine 88 micromol/L, CrCl 71 mL/min (11/01/2042), weight 82 kg: standard dose is correct.
- Echocardiogram on the ward on 12/01/2042: normal LV size and function.
- Our AF nurse clinic will see him in 8 weeks, with bloods on the day; the appointment letter has been posted.
- Discharge Medicines Service: referral sent to Harkaway Pharmacy, who will go through the new medicines with him.

No further action is needed from the practice.

Farida Okonkwo MRPharmS, Lead Cardiology Pharmacist, on behalf of Dr R Selkirk, Consultant Cardiologist
""", notes="Hard negative: new apixaban and bisoprolol supplied for 28 days, baseline renal function done, AF "
             "clinic booked with its own bloods, DMS referral made by the ward; 'update his repeat template' is "
             "ordinary GP work. Discharged 15:40 on 13/01, sent 10:05 next day: on time.")

# c01 rheumatology: stable methotrexate handed to the practice with no shared care agreement offered;
# hydroxychloroquine eye screening left to the GP.
pt = P("Rosalind Thackeray", "410028", "1968-09-03")
letter(key="c01", prov="kes", dept="Rheumatology Outpatients", kind="clinic_letter", specialty="Rheumatology",
       clinician="Dr Imelda Varga", patient=pt, ev="2042-01-09", ld="2042-01-14", sent="2042-01-15 14:10",
       fmt="plain", subject="Rheumatology clinic letter - THACKERAY R", body=f"""
{head("kes", "Rheumatology Outpatients")}

Clinic date: 09/01/2042         Dictated: 09/01/2042   Typed: 14/01/2042

Dr H Ostrowski
{GP_ADDR}

Dear Dr Ostrowski

{idl(pt)}

Diagnosis:  Seropositive rheumatoid arthritis (diagnosed 2039), in remission
            (DAS28-CRP 2.1 today)
Medication: Methotrexate 20 mg once weekly (Fridays) - since March 2040
            Folic acid 5 mg once weekly (Mondays)
            Hydroxychloroquine 200 mg once daily - since October 2041
            Lansoprazole 15 mg once daily

I reviewed Mrs Thackeray in clinic today. She has no swollen joints, her morning stiffness lasts under 15 minutes and she is back to swimming twice a week. Bloods from our DMARD nurse clinic on 02/01/2042 were satisfactory (WCC 5.8, neut 3.6, ALT 21, eGFR >90).

Her methotrexate has so far been prescribed by this department and dispensed from our outpatient pharmacy, with monitoring through our DMARD nurses. As she has now been stable for well over a year, [[shared_care_without_agreement: I would like the practice to take over prescribing of methotrexate and folic acid from her next supply, together with the 12-weekly FBC, U&E and LFT monitoring]].

Hydroxychloroquine was added in October and she has not yet had baseline retinal imaging. [[onward_referral: Could you please refer her to the hospital eye service for baseline hydroxychloroquine retinopathy screening]] within the next six months?

She was referred to podiatry last year and now has insoles, which help. Please continue her lansoprazole. She knows to withhold methotrexate during any infection needing antibiotics.

I will see her again in 6/12; our booking team will send the appointment.

Yours sincerely

Dr Imelda Varga
Consultant Rheumatologist
""", notes="Amber drug handed over with no shared-care agreement offered: shared_care_without_agreement (she is "
             "stable, so not a request to start a specialist drug). Hydroxychloroquine eye screening is part of the "
             "rheumatologist's own treatment and should be referred on by them: onward_referral. Lansoprazole is "
             "green; the podiatry referral is history. Clinic 09/01, sent 15/01: six days, on time.")

# d02 care of the elderly: late summary; spironolactone new with 3 days supplied; U&E after the change
# passed to the practice for the hospital's heart failure nurses.
pt = P("Mabel Quarrington", "410035", "1936-02-17")
letter(key="d02", prov="bri", dept="Ward 7 (Care of the Elderly)", kind="discharge_summary",
       specialty="Geriatric Medicine", clinician="Dr Oswin Petheridge", patient=pt, ev="2042-01-13",
       ev_time="14:20", ld="2042-01-16", sent="2042-01-16 11:30", fmt="plain",
       subject="Inpatient discharge summary - QUARRINGTON M - Ward 7", late="Discharged: 13/01/2042 14:20",
       body=f"""
{head("bri", "Ward 7 (Care of the Elderly)")}

INPATIENT DISCHARGE SUMMARY
{idl(pt)}
GP: Dr N Quaye, {PRACTICE}

Admitted: 08/01/2042 21:05    Discharged: 13/01/2042 14:20
Destination: own home, existing package of care (4 calls a day)
Consultant: Dr Sunniva Marchetti, Care of the Elderly

DIAGNOSIS
Decompensated heart failure (HFrEF, EF 30% on echo 2040) with bilateral leg oedema.
Likely precipitant: ibuprofen bought over the counter for knee pain.
AKI stage 1 on admission, resolved (creatinine 142 -> 104).

MEDICATION CHANGES (reconciled by ward pharmacist L Brereton, 09/01/2042)
Drug                      Dose       Status      Supplied
Furosemide 40 mg tab      80 mg OM   INCREASED   14 days
Spironolactone 25 mg tab  25 mg OD   NEW         3 days
Bisoprolol 2.5 mg tab     2.5 mg OD  CONTINUE    patient's own
Ramipril 2.5 mg cap       2.5 mg OD  CONTINUE    patient's own
Paracetamol 500 mg tab    1 g QDS    CONTINUE    patient's own
Ibuprofen 200 mg (OTC)    -          STOPPED     -

Pharmacist note: spironolactone short-supplied from ward stock. [[hospital_only_prescribing: Please issue a prescription for spironolactone to start when the TTO supply runs out]].
Compliance aid: Drayhurst Pharmacy has been sent the new list through the Discharge Medicines Service and will change her blister pack from next week.

ACTIONS FOR GP
1. [[tests_for_hospital: Please check U&E and potassium one week after discharge (spironolactone started, furosemide doubled) and send the results to the heart failure nurses at Brindleford]].
2. Update the repeat medication list as above.

FOLLOW UP
Heart failure nurse specialist home visit within 2 weeks (referral made 13/01/2042).
Daily weights: she and her carers have a diary; if her weight goes up by 2 kg in 3 days they will ring the HF nurses on 0161 496 0829.

Dr Oswin Petheridge, FY1, for Dr S Marchetti
Summary completed 16/01/2042
""", notes="New spironolactone with 3 days supplied and the remainder left to the GP (under 7 days): "
             "hospital_only_prescribing. Renal monitoring after the hospital's own changes, for its HF nurses: "
             "tests_for_hospital. Discharged 14:20 on 13/01, sent 11:30 on 16/01: about 69 h, late. Updating "
             "repeats and the DMS referral are decoys.")

# r01 IBD results written directly by the nurse specialist: neutropenia on azathioprine, patient not reached.
pt = P("Dominic Farrant", "410042", "1983-06-21")
letter(key="r01", prov="kes", dept="Gastroenterology - IBD Service", kind="results", specialty="Gastroenterology",
       clinician="Mrs Carys Lemmon", patient=pt, ev=None, ld="2042-01-16", sent="2042-01-16 16:45", fmt="plain",
       urgent=True, opts={"from": "Carys Lemmon <carys.lemmon@nhs.net>"},
       subject="URGENT - low neutrophils on azathioprine - FARRANT D", body=f"""
Dear Dr Quaye and the Wrenbrook team,

URGENT - abnormal blood result
{idl(pt)}

Dominic's routine azathioprine monitoring bloods, taken in our IBD clinic on 14/01/2042, came back this afternoon:
WCC 2.1, neutrophils 0.7 (3.4 in October), Hb 131, platelets 188, ALT 34.

He takes azathioprine 150 mg OD, prescribed by us and delivered by homecare. I have rung his mobile twice today and left a voicemail but have not been able to speak to him.

[[results_chasing: Please could the practice contact Dominic today and tell him to stop his azathioprine until further notice]], and to seek same-day assessment if he gets a fever or sore throat.
[[tests_for_hospital: Could you also repeat his FBC on Monday 20/01/2042 and email the result to the IBD team]] so that Dr Harcourt can decide whether to restart at a lower dose.

TPMT activity was normal at baseline (2039). His mesalazine can carry on as usual.

Kind regards

Carys Lemmon
IBD Clinical Nurse Specialist
Gastroenterology, Kestlemoor Royal Infirmary
{KES}
IBD advice line 0115 496 0391 (Mon-Fri 09:00-16:00)
""", notes="Urgent: neutropenia on a hospital-prescribed immunosuppressant. The hospital's own monitoring result "
             "handed to the practice to act on (contact the patient, stop the drug): results_chasing; the repeat "
             "FBC is for the IBD team's own decision: tests_for_hospital. Written directly by the CNS (no "
             "letter system). Must reach a clinician whatever the bounce decision.")

# c02 CMHT: practice asked to take over clozapine (red).
pt = P("Kieran Stobart", "410059", "1990-11-02")
letter(key="c02", prov="sal", dept="Sallowmere East Community Mental Health Team", kind="clinic_letter",
       specialty="Psychiatry", clinician="Dr Taiwo Fenwick-Adeyemi", patient=pt, ev="2042-01-15",
       ld="2042-01-20", sent="2042-01-20 09:30", fmt="html", opts={"alt": True, "label_col": True},
       subject="CMHT outpatient review - STOBART K", body=f"""
# Outpatient Review - Sallowmere East CMHT
{idl(pt)}
| Date of review | 15/01/2042 |
| Seen by | Dr Taiwo Fenwick-Adeyemi, Consultant Psychiatrist, with Ellie Marsh, CPN |
| Diagnosis | Treatment-resistant schizophrenia |
| Letter date | 20/01/2042 |

Dear Dr Ostrowski

Kieran has now been on clozapine for 14 months. He has had no relapse, is attending college two days a week and his family describe him as "the best he has been in years".
His last FBC in our clozapine clinic on 08/01/2042 was green (neutrophils 3.9). Clozapine level 0.42 mg/L in December. Weight up 4 kg since starting (BMI 31); HbA1c 44 in December.

# Current medication
| Clozapine | 175 mg BD - supplied every 28 days by Sallowmere pharmacy through the clozapine clinic |
| Hyoscine hydrobromide | 300 micrograms ON for hypersalivation |
| Metformin | 500 mg BD - started by us in 2041 for antipsychotic-related weight gain; on your repeat |
| Lactulose | 15 mL BD |

# Plan
- Kieran would rather collect his medicines from his local pharmacy than come to the clozapine clinic. [[hospital_only_prescribing: We would therefore be grateful if the practice could take over prescribing his clozapine from the beginning of March]], with our clinic continuing the 4-weekly blood monitoring.
- Please continue metformin and lactulose on repeat.
- Please make sure clozapine is recorded on his GP record as a hospital-supplied medicine so that interaction alerts work.
- Next review with me in 3 months.

Dr T Fenwick-Adeyemi
Consultant Psychiatrist
""", notes="Clozapine is a red (hospital-only) drug: asking the practice to take over its prescribing is "
             "hospital_only_prescribing, not a shared-care matter. Continuing metformin/lactulose and recording a "
             "hospital-issued drug are ordinary GP work. Clinic 15/01, sent 20/01: on time.")

# d03 independent provider TKR: CDs short course, full rivaroxaban course; clips and fit note to the GP.
pt = P("Gordon Pilbeam", "410066", "1958-04-30")
letter(key="d03", prov="orr", dept="Inpatient Unit - NHS Orthopaedic Service", kind="discharge_summary",
       specialty="Trauma and Orthopaedics", clinician="Mr Leopold Haverstock", patient=pt, ev="2042-01-19",
       ev_time="11:00", ld="2042-01-19", sent="2042-01-20 09:15", fmt="pdf",
       subject="Discharge summary - PILBEAM G - R TKR", body=f"""
# NHS Patient Discharge Summary
{idl(pt)}
| Admitted | 16/01/2042 |
| Procedure | Right total knee replacement (cemented), 16/01/2042, spinal anaesthetic |
| Discharged | 19/01/2042 at 11:00 |
| Consultant | Mr Leopold Haverstock, Consultant Orthopaedic Surgeon |

# Recovery
Uneventful. Mobilising with two crutches; stairs assessed by physiotherapy. Wound dry, Aquacel dressing intact.
Ramipril withheld on 16-17/01 for low blood pressure after the spinal; restarted 18/01/2042 (BP 132/78).

# Medicines to take home
| Medicine | Dose | Status | Supplied | Note |
| Rivaroxaban 10 mg | once daily until 30/01/2042 | NEW | 14 days (full course) | VTE prophylaxis |
| Oxycodone MR 10 mg (CD) | BD for 5 days then stop | NEW | 10 tablets | Not for repeat |
| Oxycodone 5 mg caps (CD) | 4-hourly if needed, max 4 a day | NEW | 20 capsules | Not for repeat |
| Laxido | 1 sachet BD while on oxycodone | NEW | 10 sachets | |
| Paracetamol 1 g | QDS | CONTINUE | Patient's own | |
| Ramipril 5 mg | OD | CONTINUE | Patient's own | restarted 18/01 |

# Follow-up and actions
- Outpatient physiotherapy at Orrinvale: first session 23/01/2042 (booked).
- [[post_procedure_care: Please arrange for the practice nurse to remove his skin clips and check the wound 12-14 days after surgery]].
- Fit note: [[fit_note: not issued on the ward - GP to provide for 6 weeks (heavy manual work)]]. He is a postman.
- Review in Mr Haverstock's clinic at 6 weeks; the appointment letter will follow.
- If the wound becomes red, hot or starts to leak, he should ring our ward directly on 0117 496 0640 (24 hours).

Mr L Haverstock FRCS (Tr and Orth)
""", notes="Clip removal and wound check after the provider's own operation: post_procedure_care; fit note for the "
             "post-operative period left to the GP: fit_note. Full rivaroxaban course and CD short courses "
             "supplied (decoys); wound problems go to the ward. Discharged 11:00 on 19/01, sent 09:15 next day: "
             "on time.")

# f01 lipid clinic: advice and guidance instead of an appointment, with work-up first.
pt = P("Janine Colquhoun", "410073", "1975-07-19")
letter(key="f01", prov="bri", dept="Lipid Clinic (Chemical Pathology)", kind="referral_response",
       specialty="Chemical Pathology", clinician="Dr Magnus Ellerby", patient=pt, ev=None, ld="2042-01-21",
       sent="2042-01-21 15:00", fmt="plain", subject="Advice and Guidance response - Lipid Clinic - COLQUHOUN J",
       body=f"""
{head("bri", "Lipid Clinic (Chemical Pathology)")}

ADVICE AND GUIDANCE RESPONSE
{idl(pt)}
Referral received: 06/01/2042 (e-RS, converted to Advice and Guidance)
Outcome: not booked - advice returned to the referrer

Dear Dr Quaye

Thank you for referring Ms Colquhoun: total cholesterol 8.4, LDL-C 5.9, TG 1.6 mmol/L on atorvastatin 20 mg for 4 months. She stopped simvastatin 40 mg in 2040 because of myalgia. Her Dutch Lipid Clinic Network score from the information supplied is 4 (possible FH), below our threshold for genetic testing.

I have not offered a clinic appointment at this stage. [[referral_returned_for_workup: Before we see her, please increase atorvastatin to 80 mg (or the highest dose she tolerates), add ezetimibe 10 mg if LDL-C is still above 3.0 after 3 months, and check TSH, LFTs, HbA1c and urine ACR to exclude secondary causes]].

If LDL-C remains above 5.0 mmol/L on maximal tolerated therapy, a new referral with the repeat profile and a three-generation family history would be welcome.

A patient leaflet on high cholesterol is attached for her.

Dr Magnus Ellerby
Consultant Chemical Pathologist
""", notes="Referral not accepted; advice and guidance returned with statin titration and secondary-cause tests to "
             "do first: referral_returned_for_workup. The later conditional re-referral sentence is part of the same "
             "return, not a second finding.")

# c03 heart failure clinic: late letter; sacubitril/valsartan kept by the hospital until stable; patient told
# to ring the surgery to chase the hospital's own echo.
pt = P("Trevor Mainwaring", "410080", "1952-12-08")
letter(key="c03", prov="bri", dept="Heart Failure Clinic (Cardiology)", kind="clinic_letter",
       specialty="Cardiology", clinician="Dr Anneliese Koval", patient=pt, ev="2042-01-08", ld="2042-01-21",
       sent="2042-01-22 16:20", fmt="html", subject="Heart failure clinic - MAINWARING T",
       late="Clinic date: 08/01/2042", body=f"""
# Heart Failure Clinic
{idl(pt)}
Clinic date: 08/01/2042
Typed: 21/01/2042

Diagnosis: HFrEF, ischaemic (LVEF 30% on echo, November 2041); NYHA class II.

# Medication changes
| Ramipril 5 mg BD | STOPPED - 36-hour washout before sacubitril/valsartan, explained to him |
| Sacubitril/valsartan 24/26 mg BD | NEW - start 10/01/2042; 28 days supplied by our outpatient pharmacy |
| Bisoprolol 5 mg OD | CONTINUE |
| Dapagliflozin 10 mg OD | CONTINUE |
| Furosemide 40 mg OM | CONTINUE |

Dear Dr Ostrowski

Mr Mainwaring remains breathless on one flight of stairs despite good adherence. BP 118/70, K 4.6, eGFR 58.
I have switched ramipril to sacubitril/valsartan.

Our heart failure nurses will check his U&E two weeks after starting, in the nurse-led titration clinic (booked for 24/01/2042), and will up-titrate the sacubitril/valsartan themselves. Sacubitril/valsartan is amber locally: we will keep supplying it until he is on a stable dose, and then send you the shared care document for your agreement. Please continue his other medicines.

I have requested a repeat echocardiogram three months after titration. [[patient_redirected_to_gp: Mr Mainwaring has been told to contact his GP surgery if the echo appointment has not come through by the end of April]].

Cardiac rehabilitation: referral sent by us on 08/01/2042.

Dr Anneliese Koval
Consultant Cardiologist
""", notes="Patient sent to the practice to chase the hospital's own echo appointment: patient_redirected_to_gp. "
             "Sacubitril/valsartan supplied and titrated by the hospital with shared care to be offered later "
             "(proper process), U&E in the hospital's own clinic, rehab referral made: decoys. Clinic 08/01, sent "
             "22/01: 14 days, late.")

# d04 diabetes: basal insulin started; supplies, DSN titration, DMS referral: hard negative.
pt = P("Yvonne Castellan", "410097", "1964-10-29")
letter(key="d04", prov="kes", dept="Diabetes and Endocrinology - Ward 31", kind="discharge_summary",
       specialty="Diabetes and Endocrinology", clinician="Dr Benedikt Sorrell", patient=pt, ev="2042-01-22",
       ev_time="17:30", ld="2042-01-23", sent="2042-01-23 12:00", fmt="docx",
       subject="Discharge summary - Ward 31", body=f"""
# INPATIENT DISCHARGE SUMMARY - DIABETES AND ENDOCRINOLOGY
{idl(pt)}
Admitted: 19/01/2042 (via GP, osmotic symptoms and weight loss)
Date and time of discharge: 22/01/2042 17:30
Consultant: Dr Solveig Ambrose

# Diagnosis
Symptomatic hyperglycaemia in type 2 diabetes (HbA1c 118 mmol/mol), no ketoacidosis (ketones 0.4).
GAD antibodies sent 20/01/2042: we will follow this up in our clinic.

# Medicines on discharge (checked by ward pharmacist, 22/01/2042)
| Medicine | Dose | Status | Supplied |
| Insulin glargine 100 units/mL pre-filled pen | 16 units at 22:00 | NEW | 1 box (5 x 3 mL pens) |
| Pen needles 4 mm | for insulin | NEW | 100 |
| Blood glucose meter, strips and lancets | test before meals and at bedtime | NEW | meter + 50 strips |
| Metformin MR 500 mg | 1 g BD | CONTINUE | Patient's own |
| Gliclazide 80 mg | - | STOPPED | - |
| Atorvastatin 20 mg | ON | CONTINUE | Patient's own |

# Plan
- The diabetes specialist nurses will telephone her on Monday 27/01/2042 and then twice weekly to titrate the glargine to a fasting glucose of 5-7 mmol/L.
- Please add insulin glargine, pen needles, test strips and lancets to her repeat prescription; gliclazide has been stopped.
- Hypo treatment, sick-day rules and sharps disposal explained; she has a sharps bin.
- Driving: she holds a Group 1 licence and has been told how insulin affects driving and what she must tell DVLA.
- Diabetes clinic in 3 months with HbA1c on the day (booked).
- Discharge Medicines Service referral sent to Moorgate Pharmacy for a new-medicine check.

No GP action is needed beyond updating her repeat list.

Dr Benedikt Sorrell, Specialty Registrar, for Dr S Ambrose
""", notes="Hard negative: insulin started with supplies, titration by the hospital DSNs, GAD antibodies followed "
             "up by the hospital, clinic booked with HbA1c, DMS referral made; adding insulin to repeats is "
             "ordinary GP work. Discharged 17:30 on 22/01, sent 12:00 next day.")

# e01 ED: wrist fracture, analgesia supplied, virtual fracture clinic booked, FLS referral: hard negative.
pt = P("Beatrice Lumsden", "410103", "1939-04-21")
letter(key="e01", prov="kes", dept="Emergency Department", kind="ed_letter", specialty="Emergency Medicine",
       clinician="Dr Juno Castellanos", patient=pt, ev="2042-01-24", ld="2042-01-25", sent="2042-01-25 07:30",
       fmt="html", subject="ED discharge letter - LUMSDEN B", body=f"""
# Emergency Department Discharge Letter
{idl(pt)}
Attendance: 24/01/2042, arrived 21:10, left 01:25
Seen by: Dr Juno Castellanos, ED Registrar

Presenting complaint: fall on an icy step onto an outstretched right hand.
Diagnosis: undisplaced distal radius fracture, right. Neurovascularly intact.
Treatment: backslab applied; sling; written plaster care advice given.

# Medicines
| Medicine | Instructions | Supplied |
| Paracetamol 500 mg | 2 tablets QDS | 7 days (ED pack) |
| Codeine phosphate 30 mg | 1-2 tablets QDS if needed | 7 days (ED pack) |
| Senna 7.5 mg | 2 at night while taking codeine | 7 days |

Her alendronate, amlodipine and levothyroxine are unchanged.

# Follow-up arranged by ED
- Virtual fracture clinic: will telephone her on Monday 27/01/2042 (referral made).
- Fracture Liaison Service referral made for bone health review.
- Fit note: not needed (retired).

# Information for the patient
If your fingers become numb, cold, white or very swollen, come back to the ED straight away.
If the pain is not controlled by the tablets we gave you, speak to your community pharmacist or GP.

No action is required from the GP.
""", notes="Hard negative: analgesia supplied, fracture clinic and FLS referrals made by the ED, no fit note "
             "needed; the only GP mention is conditional safety-netting aimed at the patient.")

# d05 AMU: pneumonia, incidental suspicious lung nodule, GP asked to make the 2WW referral.
pt = P("Clifford Ormerod", "410110", "1949-03-25")
letter(key="d05", prov="bri", dept="Acute Medical Unit", kind="discharge_summary", specialty="Acute Medicine",
       clinician="Dr Rhiannon Gadsby", patient=pt, ev="2042-01-27", ev_time="13:10", ld="2042-01-28",
       sent="2042-01-28 09:40", fmt="plain", urgent=True,
       subject="AMU discharge summary - ORMEROD C - ACTION REQUIRED", body=f"""
{head("bri", "Acute Medical Unit")}

AMU DISCHARGE SUMMARY
{idl(pt)}
Admission: 24/01/2042 18:50      Discharge: 27/01/2042 13:10
Consultant: Dr Idris Halvorsen   Completed by: Dr Rhiannon Gadsby, StR Acute Medicine

DIAGNOSES
1. Right upper lobe community-acquired pneumonia (CURB-65 1).
2. Incidental: 28 mm spiculated right upper lobe nodule on CT thorax 25/01/2042 (done to
   exclude empyema), suspicious for primary lung cancer. No enlarged mediastinal nodes.

DISCHARGE MEDICATION
Amoxicillin 500 mg TDS        supplied: 2 days (completes 5-day course started 24/01)
Salbutamol 100 mcg inhaler    2 puffs PRN - NEW - supplied: 1 inhaler
Tiotropium 2.5 mcg Respimat   2 puffs OD - CONTINUE - patient's own
Atorvastatin 20 mg ON         WITHHELD 24-26/01 (on clarithromycin), restarted on discharge
Clarithromycin 500 mg BD      STOPPED 26/01/2042 (atypical screen negative)

Smoking: 45 pack-years, still smoking. Varenicline declined; the ward has referred him to the
stop smoking service.

ACTIONS FOR GP
URGENT: [[onward_referral: Please refer Mr Ormerod urgently on the suspected lung cancer (2WW) pathway because of the CT finding above]].
He has been told the scan shows a shadow that needs further tests, and knows a hospital clinic will contact him.

Dr R Gadsby
""", notes="Urgent: a suspected-cancer step. The hospital found the nodule and should refer on itself (immediate "
             "need, related finding): onward_referral, but the letter must reach a clinician before any bounce. "
             "Amoxicillin supplied to complete the course, stop smoking referral made: decoys. On time (20 h 30 min).")

# d06 independent provider cataract day case: post-op drops not supplied, GP asked to prescribe; late.
pt = P("Edith Normanton", "410127", "1941-10-14")
letter(key="d06", prov="orr", dept="Ophthalmology Day Surgery Unit", kind="discharge_summary",
       specialty="Ophthalmology", clinician="Mr Rafferty Quist", patient=pt, ev="2042-01-28", ev_time="16:00",
       ld="2042-01-29", sent="2042-01-30 08:50", fmt="docx", subject="Day case discharge - NORMANTON E",
       late="28/01/2042, discharged 16:00", body=f"""
# Day Case Discharge Summary - Cataract Surgery (NHS patient)
{idl(pt)}
| Date of surgery and discharge | 28/01/2042, discharged 16:00 |
| Procedure | Left phacoemulsification and posterior chamber IOL, uncomplicated |
| Surgeon | Mr Rafferty Quist, Consultant Ophthalmic Surgeon |
| Anaesthesia | Topical and intracameral |

# Post-operative drops
| Drop | Dose | Duration | Supplied |
| Dexamethasone 0.1% eye drops, left eye | QDS | 4 weeks, then stop | Not supplied |
| Chloramphenicol 0.5% eye drops, left eye | QDS | 2 weeks | Not supplied |

[[hospital_only_prescribing: Our pharmacy could not supply the post-operative drops today, so please could the GP prescribe both as above, starting tomorrow morning]].

# Usual medicines
- Latanoprost 0.005% right eye at night: continue.
- Warfarin continued through surgery (INR 2.4 on 28/01/2042); no change.

# Follow-up
- Post-operative review at Orrinvale in 4 weeks (booked).
- Right eye: already listed; we will write to her with a date.
- Pain, worsening vision or a red eye: ring our emergency eye line on 0117 496 0645 (24 hours).

Mr R Quist
""", notes="Drops needed immediately after the provider's own operation not supplied and passed to the GP: "
             "hospital_only_prescribing. Discharged 16:00 on 28/01, sent 08:50 on 30/01: about 41 h, late. "
             "Review booked and emergency eye line are decoys.")

# f02 diabetes referral returned: titrate metformin, add SGLT2i, repeat HbA1c first.
pt = P("Rupert Eldridge", "410134", "1969-05-04")
letter(key="f02", prov="kes", dept="Diabetes and Endocrinology Outpatients", kind="referral_response",
       specialty="Diabetes and Endocrinology", clinician="Dr Solveig Ambrose", patient=pt, ev=None,
       ld="2042-02-03", sent="2042-02-03 10:00", fmt="html", opts={"alt": True},
       subject="Referral triage outcome - ELDRIDGE R", body=f"""
# Diabetes and Endocrinology - Referral Triage Outcome
{idl(pt)}
Referral received: 27/01/2042 (e-RS)
Outcome: returned to referrer with advice
Triaging clinician: Dr Solveig Ambrose, Consultant in Diabetes and Endocrinology

Dear Dr Ostrowski

Thank you for referring Mr Eldridge with type 2 diabetes and an HbA1c of 84 on metformin 500 mg BD and gliclazide 80 mg BD. eGFR 78, BMI 34; previous MI in 2038.
He was offered structured education last year but did not attend.

[[referral_returned_for_workup: I have returned the referral: please increase metformin to 1 g BD as tolerated, add an SGLT2 inhibitor in view of his cardiovascular disease, and repeat the HbA1c after 3 months before referring again]].

Our diabetes specialist nurses run a telephone advice line for practices (0115 496 0377) if you would like help with the changes.

Dr S Ambrose
""", notes="Referral returned with medication optimisation and a repeat HbA1c to do first: "
             "referral_returned_for_workup. The DSN advice line is an offer, not a request.")

# c05 memory clinic: donepezil started and supplied; shared care offered for agreement: hard negative.
pt = P("Norman Kilburn", "410141", "1944-08-08")
letter(key="c05", prov="sal", dept="Sallowmere Memory Assessment Service", kind="clinic_letter",
       specialty="Old Age Psychiatry", clinician="Dr Priya Ravenscroft", patient=pt, ev="2042-01-29",
       ld="2042-02-03", sent="2042-02-04 13:00", fmt="pdf", subject="Memory clinic letter - KILBURN N", body=f"""
# Memory Assessment Service - Diagnosis and Treatment
{idl(pt)}
Clinic date: 29/01/2042
Seen by: Dr Priya Ravenscroft, Consultant in Old Age Psychiatry, with his wife

Dear Dr Quaye

Diagnosis: Alzheimer's disease, mild (ACE-III 74/100; MRI in December 2041 showed bilateral hippocampal atrophy).

# Treatment
- ECG in clinic today: sinus rhythm, rate 68, PR 170 ms, QTc 412 ms.
- Donepezil 5 mg at night started today; our clinic pharmacy supplied 28 days.
- Our memory nurse will telephone at 4 weeks and, if he is tolerating it, increase the dose to 10 mg and supply the next month.
- Donepezil is amber on the local formulary. Our shared care agreement is enclosed: if the practice is willing to take over prescribing once he is settled on 10 mg, please sign and return it. Until we receive it, the memory service will go on supplying donepezil.
- His bisoprolol and other medicines are unchanged.

# Other support
- Referral made to the Sallowmere dementia adviser service.
- He has been advised to tell the DVLA about the diagnosis.
- A lasting power of attorney leaflet was given to the family.

Dr Priya Ravenscroft
""", notes="Hard negative: donepezil started, supplied and titrated by the memory service, with shared care "
             "offered for the practice's agreement and supply continuing until then (the proper process). "
             "Clinic 29/01, sent 04/02: six days, on time.")

# c06 cardiology: amiodarone started; warfarin interaction needs INR checks within days: urgent, no bounce.
pt = P("Stanley Whitlock", "410158", "1945-01-15")
letter(key="c06", prov="kes", dept="Cardiology Outpatients", kind="clinic_letter", specialty="Cardiology",
       clinician="Dr Ravindra Selkirk", patient=pt, ev="2042-02-05", ld="2042-02-06", sent="2042-02-06 17:05",
       fmt="docx", urgent=True, subject="Cardiology clinic - WHITLOCK S - warfarin interaction", body=f"""
# CARDIOLOGY OUTPATIENT LETTER
{idl(pt)}
Clinic date: 05/02/2042
Consultant: Dr Ravindra Selkirk

Dear Dr Ostrowski

IMPORTANT: new interacting medicine - warfarin

Mr Whitlock has symptomatic persistent AF and I have listed him for DC cardioversion. To improve the chance of success I have started amiodarone 200 mg TDS for one week, then BD for one week, then OD. The whole loading course and a further 14 days were supplied by our outpatient pharmacy. Baseline TFTs, LFTs and a chest X-ray were done in clinic today; we will repeat the TFTs and LFTs in our clinic every 6 months while he stays on it.

He remains on warfarin, monitored by your practice anticoagulation clinic (target INR 2.5). Amiodarone markedly increases the effect of warfarin, usually within one to two weeks, and he needs a therapeutic INR for at least 4 weeks before cardioversion.
Please could your anticoagulation clinic check his INR within the next 3 to 5 days and then weekly, reducing the warfarin dose as needed, until it is stable.

Simvastatin interacts with amiodarone as well: I have reduced it from 40 mg to 20 mg at night and supplied 28 days. Please amend his repeat accordingly.

The cardioversion nurse will phone him with a date.

Dr R Selkirk, Consultant Cardiologist
""", notes="Urgent: a dangerous interaction (amiodarone with warfarin) needs INR checks within days. The INRs are "
             "for the practice's own warfarin management, not for the hospital's plan, so no bounce category; the "
             "hospital supplies and monitors amiodarone itself. Repeat amendment is ordinary work. Treated as a "
             "letter with no findings but flagged urgent.")

# d07 orthogeriatrics: hip fracture; clips out on the ward, zoledronate given, DN for enoxaparin: hard negative.
pt = P("Violet Enderby", "410165", "1931-11-11")
letter(key="d07", prov="bri", dept="Orthogeriatrics (Ward 11)", kind="discharge_summary",
       specialty="Orthogeriatrics", clinician="Dr Ffion Maddocks", patient=pt, ev="2042-02-07", ev_time="10:30",
       ld="2042-02-07", sent="2042-02-08 10:10", fmt="plain", subject="Discharge summary - ENDERBY V - Ward 11",
       body=f"""
{head("bri", "Orthogeriatrics (Ward 11)")}

DISCHARGE SUMMARY - HIP FRACTURE PATHWAY
{idl(pt)}
Admitted: 26/01/2042        Operation: 27/01/2042 (DHS, left intertrochanteric fracture)
Discharged: 07/02/2042 10:30 to Oakridge Residential Home
Orthogeriatrician: Dr Ffion Maddocks

MEDICINES RECONCILIATION
Done by the ward pharmacist within 24 hours of admission (sources: SCR, care home MAR chart,
care home's own supply). All current medicines accounted for.

MEDICINES ON DISCHARGE
Enoxaparin 40 mg SC OD       NEW - until 24/02/2042 (28 days after surgery)
                             supplied: 17 days (remaining course in full)
Adcal-D3 1 tab BD            NEW - supplied 28 days
Zoledronic acid 5 mg IV      given on the ward 05/02/2042 - next dose in 12 months
Furosemide 20 mg OM          WITHHELD on admission (AKI), restarted 05/02/2042
                             (U&E 06/02/2042 stable)
Laxido 1 sachet OD           CONTINUE
Sertraline 50 mg OD          CONTINUE
Morphine oral solution       STOPPED before discharge

- Enoxaparin injections will be given by the district nurses; the ward has sent the referral
  and the care home has the supply.
- Skin clips were removed on the ward on 07/02/2042; wound healed.
- Next zoledronic acid: the Fracture Liaison Service will arrange it at Brindleford.
- Falls: community falls team referral made.
- No fracture clinic follow-up needed (X-ray reviewed 06/02/2042).
- Please add Adcal-D3 to her repeat list.

No other action is needed from the practice.

Dr F Maddocks, Consultant Orthogeriatrician
""", notes="Hard negative: clips removed on the ward, the whole enoxaparin course supplied with district nurses "
             "giving it, bone protection given and its next dose arranged by the FLS, falls referral made; adding "
             "Adcal-D3 to repeats is ordinary. Discharged 10:30 on 07/02, sent 10:10 next day: 23 h 40 min.")

# c07 pharmacist-led HF titration clinic: one DNA, discharged, GP asked to re-refer.
pt = P("Lionel Brackwell", "410172", "1961-08-16")
letter(key="c07", prov="kes", dept="Heart Failure Medicines Optimisation Clinic", kind="clinic_letter",
       specialty="Cardiology", clinician="Mr Tobias Renshaw", patient=pt, ev="2042-02-10", ld="2042-02-11",
       sent="2042-02-11 13:40", fmt="plain", subject="Did not attend - HF medicines clinic - BRACKWELL L",
       body=f"""
{head("kes", "Heart Failure Medicines Optimisation Clinic (pharmacist-led)")}

{idl(pt)}
Appointment: 10/02/2042 at 10:30 - DID NOT ATTEND

Dear Dr Ostrowski

Mr Brackwell was booked into our pharmacist-led clinic for the next step of his bisoprolol titration (currently 3.75 mg OD) and to consider adding spironolactone. He did not attend, and we could not reach him on the numbers we hold.

Under the department's access policy he has been discharged from the titration clinic. [[dna_rereferral: Please send a new referral so that his titration can be restarted]].

Until then he should stay on his current doses:
  Bisoprolol 3.75 mg OD
  Ramipril 10 mg OD
  Dapagliflozin 10 mg OD
  Furosemide 40 mg OM

Tobias Renshaw
Consultant Pharmacist, Heart Failure
""", notes="Discharged after a single missed appointment and the GP asked to re-refer: dna_rereferral. Staying on "
             "current doses is not a request for new work.")

# o-types interleave by date (see below).

# r02 independent provider endoscopy results: eradication supplied, breath test sent, patient told: negative.
pt = P("Lorraine Pickavance", "410189", "1972-09-25")
letter(key="r02", prov="orr", dept="Endoscopy Unit (NHS patients)", kind="results", specialty="Gastroenterology",
       clinician="Dr Casimir Ellwood", patient=pt, ev=None, ld="2042-02-12", sent="2042-02-12 15:30", fmt="html",
       opts={"alt": True}, subject="Endoscopy results - PICKAVANCE L - for information", body=f"""
# Endoscopy Results - For Information
{idl(pt)}
Procedure: gastroscopy at Orrinvale Treatment Centre on 04/02/2042
Endoscopist: Dr Casimir Ellwood, Consultant Gastroenterologist

Findings: mild antral gastritis; rapid urease test positive.
Histology (reported 10/02/2042): Helicobacter gastritis; no atrophy, intestinal metaplasia or dysplasia.

# Treatment
- A full 7-day eradication course (lansoprazole, amoxicillin and clarithromycin) was supplied by our pharmacy on the day of the procedure.
- Her omeprazole 20 mg OD can continue for two months and then be reduced to as-needed use.
- Urea breath test 4 weeks after eradication: our unit will post the kit to her home.

We have written to Mrs Pickavance with these results. No further GP action is required.

Dr C Ellwood
""", notes="Hard negative: the provider told the patient its own result, supplied the full eradication course and "
             "arranges the test of cure; omeprazole is green.")

# c08 CMHT: lithium increased under an existing shared care agreement; level taken by the lithium clinic.
pt = P("Simone Draycott", "410196", "1979-03-14")
letter(key="c08", prov="sal", dept="Sallowmere West Community Mental Health Team", kind="clinic_letter",
       specialty="Psychiatry", clinician="Dr Lowri Haverfield", patient=pt, ev="2042-02-12", ld="2042-02-13",
       sent="2042-02-14 09:10", fmt="plain", subject="CMHT review - DRAYCOTT S", body=f"""
{head("sal", "Sallowmere West Community Mental Health Team")}

{idl(pt)}
Seen: 12/02/2042, Fennick Road Resource Centre
Shared care agreement for lithium: signed by {PRACTICE} on 03/06/2040 (unchanged)

Dear Dr Quaye

Simone has had low mood and early-morning waking since Christmas, without psychotic symptoms. Her lithium level in November was 0.48 mmol/L, below her usual range. Renal and thyroid function were normal (eGFR 96, TSH 1.9).

Plan
- Lithium carbonate (Priadel) increased from 800 mg to 1000 mg at night (2 x 400 mg + 1 x 200 mg).
  Please keep prescribing by brand (Priadel) and update the repeat to the new dose under the
  existing shared care agreement.
- 12-hour lithium level 5 to 7 days after the change: Simone is booked into our lithium clinic
  at Fennick Road on 20/02/2042 for this, and we will send you the result and act on it.
- Quetiapine 100 mg at night: continue.
- CPN visit weekly until her mood improves; review with me in 6 weeks.

No other action is required from the GP.

Dr Lowri Haverfield
Consultant Psychiatrist
""", notes="Hard negative: lithium dose change under a shared-care agreement the practice signed in 2040; the "
             "post-change level is taken and acted on by the trust's own lithium clinic.")

# d08 general surgery: lap chole; patient told to get her fit note from the GP.
pt = P("Sophie Renwick", "410202", "1987-02-22")
letter(key="d08", prov="kes", dept="General Surgery - Surgical Day Unit", kind="discharge_summary",
       specialty="General Surgery", clinician="Miss Henrietta Ojukwu", patient=pt, ev="2042-02-13",
       ev_time="12:00", ld="2042-02-13", sent="2042-02-13 18:30", fmt="docx",
       subject="Surgical discharge summary - RENWICK S", body=f"""
# SURGICAL DISCHARGE SUMMARY
{idl(pt)}
Admitted: 12/02/2042 07:00 (planned day case; stayed overnight for pain control)
Discharged: 13/02/2042 12:00
Operation: laparoscopic cholecystectomy, 12/02/2042 (Miss Henrietta Ojukwu), uncomplicated
Wounds: four port sites closed with absorbable sutures and glue - nothing to remove.

# TTO
| Medicine | Instructions | Status | Supplied |
| Co-codamol 30/500 | 2 tablets QDS if needed | NEW | 7 days - not for repeat |
| Ondansetron 4 mg | TDS if needed for nausea | NEW | 3 days (short course) |
| Senna 7.5 mg | 2 at night if needed | NEW | 7 days |
| Combined oral contraceptive | 1 daily | CONTINUE | Patient's own |
| Cetirizine 10 mg | OD | CONTINUE | Patient's own |

# Information for the patient
- No heavy lifting for 4 weeks; you may shower from tomorrow.
- [[fit_note: You will need about 2 weeks off work and can get your fit note from your GP surgery]].
- Gallbladder histology: we will write to you and your GP only if it shows anything unexpected.
- No routine follow-up; you have been discharged from the surgical team.
- If you develop a fever, yellow skin or worsening tummy pain, ring the surgical assessment unit on 0115 496 0388.

Miss H Ojukwu, Consultant Upper GI Surgeon
""", notes="Post-operative fit note for the hospital's own episode sent to the GP through the patient: fit_note. "
             "Analgesia supplied, absorbable sutures, histology handled by the team, problems to the SAU: decoys. "
             "Discharged 12:00, sent the same evening.")

# c09 adult ADHD: stable lisdexamfetamine (CD, amber) handed over without a shared care agreement; late.
pt = P("Jonah Prestwich", "410219", "1998-01-27")
letter(key="c09", prov="sal", dept="Adult ADHD Service", kind="clinic_letter", specialty="Adult ADHD",
       clinician="Dr Marguerite Ilsley", patient=pt, ev="2042-02-05", ld="2042-02-16", sent="2042-02-17 11:15",
       fmt="docx", subject="Adult ADHD Service - titration review - PRESTWICH J", late="Clinic date: 05/02/2042",
       body=f"""
# Adult ADHD Service - Titration Review
{idl(pt)}
Clinic date: 05/02/2042 (face to face)
Letter typed: 16/02/2042
Diagnosis: ADHD, combined presentation (assessed June 2041)

| Medicine | Dose | Started | Status |
| Lisdexamfetamine (Schedule 2 CD) | 50 mg each morning | October 2041 | Titration complete - stable |
| Sertraline | 100 mg OD | 2040, by GP | Continue |

BP 124/78, pulse 84, weight 71.2 kg (72.0 kg before treatment).

Dear Dr Quaye

Jonah has completed titration. He reports far better concentration at work and has had no appetite or sleep problems at this dose. No cardiac symptoms; ECG at baseline was normal.

[[shared_care_without_agreement: Now that he is on a stable dose, please can you take over the prescribing of lisdexamfetamine 50 mg from his next supply, due on 03/03/2042, and carry out the six-monthly blood pressure, pulse and weight checks]].

He will have an annual review with our service.

Dr Marguerite Ilsley
Consultant Psychiatrist, Adult ADHD Service
""", notes="Amber controlled drug and its physical monitoring handed over with no shared-care agreement offered: "
             "shared_care_without_agreement. Clinic 05/02, typed 16/02, sent 17/02: 12 days, late.")

# c10 community diabetes: first-appointment DNA, discharged, fresh referral asked for.
pt = P("Maureen Fairclough", "410226", "1957-06-11")
letter(key="c10", prov="sal", dept="Community Diabetes Service", kind="clinic_letter", specialty="Diabetes",
       clinician="Mrs Bronwen Tallis", patient=pt, ev="2042-02-17", ld="2042-02-18", sent="2042-02-18 10:20",
       fmt="html", opts={"label_col": True}, subject="Non-attendance - Community Diabetes - FAIRCLOUGH M",
       body=f"""
# Community Diabetes Service - Non-attendance
{idl(pt)}
| Appointment | Monday 17/02/2042, 14:00, Insulin Start Clinic, Hollins Lane Health Centre |
| Attendance | Did not attend (first appointment) |
| Clinician | Mrs Bronwen Tallis, Diabetes Specialist Nurse |

Dear Dr Quaye

Mrs Fairclough was referred to us in December 2041 to start basal insulin (HbA1c 92 on metformin 1 g BD, gliclazide 160 mg BD and sitagliptin 100 mg OD). She did not attend on 17/02/2042 and did not contact us beforehand.

[[dna_rereferral: In line with the service's DNA policy she has been discharged, and we would ask you to make a fresh referral so that she can be offered another date]].

Please continue her current diabetes medicines in the meantime.

Bronwen Tallis
Diabetes Specialist Nurse
""", notes="Discharged after one missed first appointment and a fresh referral asked for: dna_rereferral. "
             "Continuing current medicines is ordinary GP work.")

# c11 independent provider hip clinic: late; pre-op medicines form for the practice to complete.
pt = P("Dorothy Penhaligon", "410233", "1950-12-30")
letter(key="c11", prov="orr", dept="Orthopaedic Outpatients - Hip Service", kind="clinic_letter",
       specialty="Trauma and Orthopaedics", clinician="Mr Anand Trelawney", patient=pt, ev="2042-02-10",
       ld="2042-02-18", sent="2042-02-19 09:05", fmt="pdf", subject="Orthopaedic clinic letter - PENHALIGON D",
       late="Clinic date: 10/02/2042", body=f"""
# Orthopaedic Outpatient Letter - Hip Service (NHS)
{idl(pt)}
Clinic date: 10/02/2042
Consultant: Mr Anand Trelawney
Listed for: left total hip replacement (expected April 2042)

Dear Dr Quaye

Mrs Penhaligon has end-stage osteoarthritis of the left hip with night pain despite physiotherapy and regular analgesia. X-rays in clinic show loss of joint space and subchondral cysts. She wishes to go ahead with surgery.

# Medicines and surgery
- Clopidogrel 75 mg (previous TIA): our pre-operative nurse has told her to stop it 7 days before surgery; we will confirm the date in writing.
- HRT patch: she may continue it; VTE prophylaxis will be given after surgery.
- Co-codamol 30/500: continue as needed.
- [[non_contractual_admin: We enclose our pre-operative medicines and allergies form (OSC-PM1), and I would be grateful if the practice could complete it and return it to our pre-assessment team within two weeks]].
- Pre-assessment bloods, ECG and MRSA screen will be done at Orrinvale.

Yours sincerely

Mr A Trelawney, Consultant Orthopaedic Surgeon
""", notes="The provider's own pre-operative form sent for the practice to complete: non_contractual_admin. "
             "Clopidogrel advice given to the patient by the provider; pre-op tests done by the provider. Clinic "
             "10/02, sent 19/02: nine days, late.")

# c12 DOAC review clinic: dose reduced and supplied; regional audit data sheet for the practice.
pt = P("Herbert Linklater", "410240", "1938-07-07")
letter(key="c12", prov="bri", dept="Anticoagulation Service", kind="clinic_letter", specialty="Anticoagulation",
       clinician="Ms Yasmin Kettleborough", patient=pt, ev="2042-02-19", ld="2042-02-20", sent="2042-02-21 14:00",
       fmt="html", opts={"label_col": True}, subject="DOAC review - LINKLATER H", body=f"""
# Anticoagulation Service - DOAC Review
{idl(pt)}
| Review date | 19/02/2042 (telephone clinic) |
| Indication | Atrial fibrillation (CHA2DS2-VASc 5) |
| Anticoagulant | Edoxaban |
| Reviewed by | Ms Yasmin Kettleborough, Advanced Pharmacist Practitioner |

Dear Dr Quaye

Bloods taken in our clinic on 17/02/2042: creatinine 138 micromol/L, weight 58 kg, CrCl 37 mL/min; Hb 128; LFTs normal.

# Outcome
- Edoxaban reduced from 60 mg to 30 mg once daily (CrCl 15-50 mL/min). We supplied 28 days of the 30 mg tablets from our dispensary on 19/02/2042; please amend his repeat to edoxaban 30 mg once daily.
- No interacting medicines found.
- Next DOAC review in 6 months in our clinic, with bloods beforehand in our phlebotomy room (booked).

# Regional DOAC dosing audit
[[non_contractual_admin: We are taking part in the regional DOAC dosing audit and would be grateful if the practice could fill in the one-page data collection sheet for Mr Linklater and email it back to us]] (indication, weight, last three creatinine values and any interacting medicines).

Yasmin Kettleborough
""", notes="The provider's audit data collection passed to the practice: non_contractual_admin. The dose change "
             "is supplied and monitored by the hospital; amending the repeat is ordinary work.")

# d09 community hospital: late; pharmacy technician reconciliation; DNs give insulin; pending urine culture
# left to the GP.
pt = P("Arthur Gosling", "410257", "1933-05-18")
letter(key="d09", prov="sal", dept="Larch Ward (Community Inpatient Rehabilitation)", kind="discharge_summary",
       specialty="Community Rehabilitation", clinician="Dr Everard Maplethorpe", patient=pt, ev="2042-02-20",
       ev_time="15:00", ld="2042-02-21", sent="2042-02-24 10:00", fmt="docx",
       subject="Community hospital discharge summary - Larch Ward", late="20/02/2042 at 15:00", body=f"""
# Community Hospital Discharge Summary - Larch Ward
{idl(pt)}
| Admitted | 06/02/2042 (step-down from Brindleford General Hospital) |
| Discharged | 20/02/2042 at 15:00 |
| Destination | Home with reablement (4 calls a day) |
| Responsible clinician | Dr Everard Maplethorpe, Specialty Doctor |

Reason for stay: rehabilitation after an acute admission with urosepsis; delirium has resolved.

# Medicines reconciliation
Reconciled by Mrs Kezia Dunmore, Pharmacy Technician, on 07/02/2042 against the acute discharge summary and the practice repeat list. Two discrepancies corrected: tamsulosin had been left off at acute discharge (restarted 07/02/2042); duplicate paracetamol removed.

# Medicines on discharge
| Medicine | Dose | Status | Supplied |
| Tamsulosin MR 400 micrograms | ON | RESTARTED | 14 days |
| Apixaban 2.5 mg | BD | CONTINUE | 14 days |
| Donepezil 10 mg | ON | CONTINUE | 14 days |
| Insulin glargine 100 units/mL | 14 units at 08:00 | CHANGED (was 18 units) | 2 pens |
| Paracetamol 500 mg | 1 g QDS | CONTINUE | 14 days |
| Trimethoprim | - | STOPPED (course complete) | - |

- Insulin is given by the district nursing team, who have the new dose; the ward sent their referral on 19/02/2042.
- Discharge Medicines Service referral sent to Fenwick Road Pharmacy for his blister pack.

# Outstanding
[[results_chasing: A repeat urine culture was sent on 19/02/2042 and was still awaited at discharge - GP to follow up the result and treat if positive]].

Dr E Maplethorpe
""", notes="The ward's own pending culture left for the GP to chase and act on: results_chasing. Discharged "
             "15:00 on 20/02, sent 10:00 on 24/02: about 91 h, late. District nurses and DMS referrals are "
             "requests aimed at others (decoys).")

# c13 renal clinic: darbepoetin (red) stays with the renal unit; sent exactly seven days later: negative.
pt = P("Marcus Tindall", "410264", "1966-04-04")
letter(key="c13", prov="kes", dept="Renal Medicine - Low Clearance Clinic", kind="clinic_letter",
       specialty="Nephrology", clinician="Dr Ignatius Prewett", patient=pt, ev="2042-02-20", ld="2042-02-26",
       sent="2042-02-27 10:40", fmt="html", opts={"alt": True, "header": True},
       subject="Renal clinic letter - TINDALL M", body=f"""
# Renal Medicine - Low Clearance Clinic
{idl(pt)}
Clinic date: 20/02/2042

| Test (20/02/2042) | Result |
| eGFR | 19 mL/min/1.73m2 |
| Potassium | 5.4 mmol/L |
| Bicarbonate | 19 mmol/L |
| Haemoglobin | 98 g/L |
| Ferritin | 180 micrograms/L |

Dear Dr Ostrowski

Mr Tindall has CKD stage 4 from diabetic nephropathy, with renal anaemia. We discussed dialysis options and he is leaning towards home haemodialysis.

# Medication changes
- Darbepoetin alfa 40 micrograms every 2 weeks: NEW. This is a red drug; the renal unit prescribes it and homecare delivers it. Please record it on his GP record as a hospital-prescribed medicine.
- Sodium bicarbonate 500 mg BD: NEW, 28 days supplied today. It is green on the formulary; please add it to his repeat.
- Ramipril: STOPPED because of his potassium.
- IV iron was given in our renal day unit on 18/02/2042.

# Monitoring
Bloods every 6 weeks at our renal satellite phlebotomy (booked); we will act on them.
Hepatitis B vaccination will be given in the pre-dialysis clinic.

Please avoid NSAIDs. No other GP action is required.

Dr I Prewett, Consultant Nephrologist
""", notes="Hard negative: the red drug stays with the renal unit (recording it is ordinary), the new green drug "
             "came with 28 days' supply, monitoring stays with the hospital. Clinic 20/02, sent 27/02: exactly "
             "seven days, on time.")

# r03 metabolic bone results: the clinic's own bloods left for the GP to treat; patient sent to the GP.
pt = P("Gwen Harrowby", "410271", "1956-03-09")
letter(key="r03", prov="kes", dept="Metabolic Bone Clinic", kind="results", specialty="Metabolic Bone Disease",
       clinician="Dr Perpetua Aldous", patient=pt, ev=None, ld="2042-02-25", sent="2042-02-26 11:20", fmt="pdf",
       subject="Results letter - Metabolic Bone Clinic - HARROWBY G", body=f"""
# Results Letter - Metabolic Bone Clinic
{idl(pt)}
Bloods and DXA requested by Dr Perpetua Aldous; taken at our clinic on 18/02/2042

| Test | Result | Reference range |
| Adjusted calcium | 2.31 mmol/L | 2.20-2.60 |
| 25-OH vitamin D | 19 nmol/L | above 50 |
| PTH | 8.9 pmol/L | 1.6-6.9 |
| eGFR | above 90 | |
| Coeliac serology | negative | |
| DXA lumbar spine T-score | -2.9 | |

Dear Dr Ostrowski

Mrs Harrowby has osteoporosis with vitamin D deficiency and secondary hyperparathyroidism. The deficiency needs correcting before we give zoledronic acid.

[[results_chasing: Please start colecalciferol loading, 40,000 units weekly for 7 weeks, followed by maintenance of 800 units daily]].
Zoledronic acid will be given in our infusion unit once she is replete; we will check calcium and vitamin D ourselves at the infusion pre-assessment.

[[patient_redirected_to_gp: I have written to Mrs Harrowby asking her to book an appointment at the surgery to go through these results with you]].

Dr P Aldous, Consultant in Metabolic Bone Disease
""", notes="The clinic's own abnormal result left for the practice to act on: results_chasing; the patient told "
             "to see the GP to discuss the clinic's results: patient_redirected_to_gp. Zoledronate and its pre-"
             "checks stay with the hospital (decoy).")

# d10 respiratory: COPD exacerbation; courses supplied, rescue pack, rehab and DMS referrals: hard negative.
pt = P("Raymond Hoult", "410288", "1951-06-29")
letter(key="d10", prov="bri", dept="Respiratory Medicine (Ward 4)", kind="discharge_summary",
       specialty="Respiratory Medicine", clinician="Dr Saoirse Penberthy", patient=pt, ev="2042-03-03",
       ev_time="16:45", ld="2042-03-04", sent="2042-03-04 16:30", fmt="pdf",
       subject="Discharge summary - Respiratory - HOULT R", body=f"""
# Discharge Summary - Respiratory Medicine
{idl(pt)}
| Admitted | 28/02/2042 |
| Discharged | 03/03/2042 at 16:45 |
| Consultant | Dr Wendell Ashgrove |
| Completed by | Dr Saoirse Penberthy, Specialty Registrar |

Diagnosis: infective exacerbation of COPD (FEV1 41% predicted); no pneumonia on CXR; no NIV needed.

# Medicines on discharge
| Medicine | Dose | Status | Supplied |
| Prednisolone 5 mg | 30 mg OM | NEW | 2 days (completes 5-day course) |
| Doxycycline 100 mg | OD | NEW | 2 days (completes 5-day course) |
| Beclometasone/formoterol/glycopyrronium inhaler | 2 puffs BD | NEW | 1 inhaler + spacer |
| Fostair 100/6 | - | STOPPED | - |
| Tiotropium 18 microgram | - | STOPPED | - |
| Salbutamol 100 microgram | 2 puffs PRN | CONTINUE | Patient's own |

The triple inhaler replaces Fostair and tiotropium: please update his repeat prescription.
A COPD rescue pack (prednisolone and doxycycline) has been supplied with a written self-management plan.

# Follow-up
- Community respiratory team visit within 72 hours: referral sent.
- Pulmonary rehabilitation: referral made by the respiratory nurses on 03/03/2042.
- Discharge Medicines Service referral sent to his community pharmacy for inhaler technique.
- Respiratory clinic in 8 weeks (booked).

If his breathing worsens despite the rescue pack, he should call 111 or see his GP urgently.

Dr S Penberthy
""", notes="Hard negative: courses completed from TTO, rescue pack supplied, all referrals made by the ward, DMS "
             "referral; updating repeats is ordinary work; 'see his GP' is conditional safety-netting. Discharged "
             "16:45 on 03/03, sent 16:30 next day: 23 h 45 min.")

# c14 dermatology minor ops: excision, sutures left to the practice nurse.
pt = P("Keith Winterbottom", "410295", "1946-02-02")
letter(key="c14", prov="bri", dept="Dermatology - Minor Operations", kind="clinic_letter",
       specialty="Dermatology", clinician="Dr Ottilie Brannigan", patient=pt, ev="2042-03-05", ld="2042-03-07",
       sent="2042-03-10 09:50", fmt="html", opts={"alt": True, "label_col": True},
       subject="Dermatology procedure letter - WINTERBOTTOM K", body=f"""
# Dermatology Minor Operations - Procedure Letter
{idl(pt)}
| Date of procedure | 05/03/2042 |
| Procedure | Excision of 14 mm lesion, left upper back, 4 mm margins; closed with five 4/0 nylon interrupted sutures |
| Clinical diagnosis | Possible squamous cell carcinoma |
| Operator | Dr Ottilie Brannigan, Consultant Dermatologist |

Dear Dr Quaye

Mr Winterbottom takes rivaroxaban 20 mg OD for AF; we continued it, as there is no need to stop it for minor skin surgery, and haemostasis was good. No antibiotics were needed.

# Aftercare
- [[post_procedure_care: Sutures to be removed at his GP surgery by the practice nurse on day 14 (19/03/2042)]].
- Histology will be reviewed at our skin MDT and we will write to him and to you with the result and any further treatment.
- If the wound bleeds he should press firmly on it for 15 minutes, and attend the minor injuries unit if it does not stop.

Please continue his usual medicines.

Dr O Brannigan
""", notes="Suture removal after the provider's own procedure passed to the practice nurse: post_procedure_care. "
             "Histology handled by the MDT, bleeding advice aimed at the patient: decoys.")

# f03 independent provider: referral accepted and booked; patient asked to bring medicines: hard negative.
pt = P("Geraldine Ockenden", "410301", "1962-05-05")
letter(key="f03", prov="orr", dept="Orthopaedic Outpatients - Knee Service", kind="referral_response",
       specialty="Trauma and Orthopaedics", clinician="Mr Leopold Haverstock", patient=pt, ev=None,
       ld="2042-03-11", sent="2042-03-11 12:10", fmt="plain", subject="Referral accepted - OCKENDEN G", body=f"""
{head("orr", "Orthopaedic Outpatients - Knee Service")}

REFERRAL ACKNOWLEDGEMENT - ACCEPTED
{idl(pt)}
Referral received: 04/03/2042 via e-RS (right knee pain, suspected osteoarthritis)
Triaged by: Mr Leopold Haverstock - accepted, routine
First appointment: 08/04/2042 at 11:20 - booked; letter posted to Mrs Ockenden today
X-ray: will be taken at Orrinvale on the day

We have asked Mrs Ockenden to bring her medicines, or an up-to-date repeat list, to the appointment.
She takes methotrexate under the existing shared care arrangement between your practice and Kestlemoor
rheumatology; she does not need to stop it before the clinic visit.

To change the appointment she should ring our booking team on 0117 496 0631.
No action is needed from the practice.
""", notes="Hard negative: referral accepted and booked, X-ray arranged by the provider, the request to bring "
             "medicines is aimed at the patient, appointment changes go to the provider's own booking team.")

# ====================================================================== 'other' messages

other(key="o01", sent="2042-01-17 08:45", type="ooo", notes="Out-of-office reply from a ward pharmacist.",
      frm="Lydia Brereton <lydia.brereton@brindleford-ashwick.nhs.uk>",
      subject="Automatic reply: spironolactone supply - Ward 7 discharge",
      body="Thank you for your message. I am on annual leave until Monday 27 January 2042.\n"
           "For urgent discharge medicines queries please ring Brindleford pharmacy on 0161 496 0820.\n")
other(key="o02", sent="2042-01-18 19:20", type="patient", notes="A relative writing in about short supply.",
      frm="Terry Quarrington <t.quarrington@example.com>", subject="mums new water tablet",
      body="Hello\n\nMum came home from Brindleford on Monday. The pharmacist on the ward said the new water "
           "tablet (spironolactone) was only for 3 days and we should get more from you. She has 1 left. Can you "
           "do a prescription to Drayhurst Pharmacy please?\n\nThanks\nTerry (son)\n07700 900142\n")
other(key="o03", sent="2042-01-24 08:00", type="html_bulletin", notes="ICB medicines optimisation bulletin (bulk).",
      frm="Kestwyre ICB Medicines Optimisation <medsopt@kestwyre-icb.example>",
      subject="Medicines Matters - January 2042",
      body="<html><body><h2>Medicines Matters</h2><p>Kestwyre ICB, January 2042</p><ul>"
           "<li>Formulary RAG changes: edoxaban remains green; sacubitril/valsartan amber with shared care.</li>"
           "<li>Reminder: providers should supply at least 7 days of medicines on discharge.</li>"
           "<li>Discharge Medicines Service referrals rose by 18% last quarter.</li>"
           "<li>Insulin pen shortage: see the supply notice on the ICB website.</li></ul>"
           "<p>You receive this because your practice is on the ICB medicines distribution list.</p>"
           "</body></html>\n")
other(key="o04", sent="2042-01-31 02:14", type="phish", notes="Phishing posing as the prescription pricing body.",
      frm="NHS Prescription Services <payments@nhsbsa-verify.example.net>",
      subject="Dispensing payment SUSPENDED - verify bank details by 02/02/2042",
      body="Dear Practice Manager,\n\nYour January prescribing payment has been suspended because your bank "
           "details could not be verified.\nConfirm them within 48 hours to avoid a delay:\n"
           "http://nhsbsa-verify.example.net/confirm\n\nPayments Team\n")
other(key="o05", sent="2042-02-07 12:30", type="internal", notes="Internal note from the practice pharmacist.",
      frm="Idris Pennock <idris.pennock@nhs.net>", subject="Discharge meds reconciliation - this week",
      body="Hi all\n\nI've reconciled this week's discharge letters against the repeat templates. Three need a GP "
           "to sign off dose changes (in the workflow folder). I've also added the new inhaler and apixaban "
           "changes to the templates where the hospital supplied 28 days.\n\nIdris\nPractice Pharmacist\n")
other(key="o06", sent="2042-02-11 15:45", type="pharmacy", notes="Community pharmacy DMS message (not a provider).",
      frm="Harkaway Pharmacy <harkaway.pharmacy@nhs.net>", subject="Discharge Medicines Service - stage 2",
      body="Dear Wrenbrook team\n\nWe have completed the DMS check for a patient discharged from Kestlemoor on "
           "13/01. The repeat list we can see still shows aspirin 75 mg, which the hospital stopped. Could you "
           "check the template when you have a moment?\n\nHarkaway Pharmacy\n0113 496 0588\n")
other(key="o07", sent="2042-02-18 10:40", type="dsn", notes="Non-delivery report.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>", subject="Undeliverable: RE: lisdexamfetamine prescribing",
      body="Delivery has failed to these recipients or groups:\n\nadhd.admin@sallowmere.nhs.uk\nThe email address "
           "you entered couldn't be found.\n", rcpt="adhd.admin@sallowmere.nhs.uk")
other(key="o08", sent="2042-02-24 16:00", type="massmail", notes="Trust mass mailing to all practices (bulk).",
      frm="Brindleford and Ashwick Communications <comms@brindleford-ashwick.nhs.uk>",
      subject="For information: discharge medicines supply from March 2042",
      body="SENT TO ALL GP PRACTICES\n\nFrom 03/03/2042 our standard supply of new medicines on discharge will "
           "be 14 days. Pharmacy dispensary hours are extended to 20:00 on weekdays. No action is needed.\n")
other(key="o09", sent="2042-03-06 09:30", type="spam", notes="Supplier sales e-mail.",
      frm="PouchPak Dispensing Systems <sales@pouchpak.example.com>",
      subject="Cut blister-pack errors after discharge",
      body="Dear Practice Manager,\n\nOur PouchPak robot syncs with your repeat templates overnight. Book a demo "
           "before 31/03/2042 for 20% off.\n\nReply STOP to opt out.\n")
other(key="o10", sent="2042-03-16 07:00", type="bulletin", notes="LMC newsletter (bulk).",
      frm="Kestwyre LMC <news@kestwyre-lmc.example.org>", subject="LMC Update - March 2042",
      body="KESTWYRE LMC UPDATE - MARCH 2042\n\n1 Short supplies on discharge: three days of a new drug is not "
           "enough.\n2 Shared care: prescribing moves only when the practice has agreed.\n3 Our template reply "
           "letters were refreshed on 01/03/2042.\n\nTo unsubscribe reply UNSUBSCRIBE.\n")


# ====================================================================== rendering and checks

MARKING = {"kes": "OFFICIAL-SENSITIVE: PERSONAL", "bri": "CONFIDENTIAL - PATIENT INFORMATION",
           "sal": "OFFICIAL-SENSITIVE", "orr": "PRIVATE AND CONFIDENTIAL - NHS PATIENT"}
COLOUR = {"kes": "#004b87", "bri": "#8a1538", "sal": "#2f6f4f", "orr": "#4a4a4a"}


def house(L: dict, p: dict) -> dict:
    """Each provider's colour and protective marking in a table-letterhead frame."""
    c = COLOUR[L["prov"]]
    return dict(heading=f'<h3 style="font-size:11pt;color:{c};margin:10px 0 4px 0">{{}}</h3>',
                cell=f'style="border:1px solid {c};padding:2px 6px;vertical-align:top"',
                font="Arial,Helvetica,sans-serif", marking=MARKING[L["prov"]],
                footer=f"{html.escape(p['name'])} - {html.escape(p['mailer'])}.")


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WD_NUM = r"\b(" + "|".join(WEEKDAYS) + r") (\d{2})/(\d{2})/(\d{4})\b"
WD_LONG = r"\b(" + "|".join(WEEKDAYS) + r") (\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b"
MEDICINE = re.compile(r"\b(mg|micrograms?|units|supplied|TTO|prescri\w+|repeat|medicines?|dose)\b", re.I)


def weekday_errors(lid: str, text: str) -> list[str]:
    """Every 'Weekday dd/mm/yyyy' or 'Weekday d Month yyyy' falls on that weekday."""
    found = [(m.group(1), int(m.group(4)), int(m.group(3)), int(m.group(2))) for m in re.finditer(WD_NUM, text)]
    found += [(m.group(1), int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
              for m in re.finditer(WD_LONG, text)]
    return [f"{lid}: {wd} is not {d:02d}/{mo:02d}/{y}" for wd, y, mo, d in found
            if WEEKDAYS[dt.date(y, mo, d).weekday()] != wd]


def own(lid: str, lab: dict, text: str) -> list[str]:
    """This corpus's promises for each letter: it talks about medicines, its NHS number is printed spaced as in
    the banner, and a letter without findings is noted as a hard negative (or, flagged urgent, says why)."""
    errors = []
    if len(MEDICINE.findall(text)) < 2:
        errors.append(f"{lid}: not a medicines letter")
    if spaced(lab["patient"]["nhs_number"]) not in text:
        errors.append(f"{lid}: NHS number not printed in the banner form")
    if not lab["expected"] and not (lab["urgent_clinical_action"] or "hard negative" in lab["notes"].lower()):
        errors.append(f"{lid}: letter without findings should be noted as a hard negative")
    return errors


def corpus_checks(labels: list[dict], items: list[kit.Item]) -> list[str]:
    """The kit's checks plus this corpus's own: two to three urgent letters, ten other messages, at least a third
    of the letters without findings, at least two late letters of each kind, discharge summaries on time close
    to the 24-hour limit, a clinic letter sent on exactly the seventh day, and weekdays that agree with the
    calendar in every message."""
    errors = C.checks(labels, items, urgent=(2, 3), others=10, own=own,
                      each=lambda lid, _lab, _item, texts: weekday_errors(lid, " ".join(map(kit.collapse, texts))))
    errors += kit.check_negatives(labels) + kit.check_late_counts(labels, 2)
    days, hours = kit.sent_after(labels, items)
    if sum(23 <= h <= 24 for h in hours) < 2:
        errors.append("fewer than two on-time discharge summaries close to the limit")
    if 7 not in days:
        errors.append("no clinic letter sent on exactly the seventh day")
    return errors


if __name__ == "__main__":
    sys.exit(C.run(sys.argv[1:], house=house, checks=corpus_checks, negatives="hard negatives"))
