#!/usr/bin/env python3
"""Build the tenth (independent) bouncebot corpus: tests/corpus/tenth/.

Written without reference to the detection rules or to the other corpora's letters.  Everything in
here is invented: the practice (Quillfield Medical Practice), the five providers, the clinicians,
pharmacists and booking staff, the patients, addresses, telephone numbers (Ofcom drama ranges) and
NHS numbers (999 test range, valid under Modulus 11).  Dates are October to December 2028
(Europe/London: British Summer Time, +0100, until 01:00 UTC on Sunday 29 October 2028, then +0000).

Style: community, therapy and outpatient services and hospital pharmacists, written the way those
services actually write: MSK physiotherapy, podiatry, audiology, the eye unit (glaucoma and medical
retina), teledermatology, a sexual health and HIV clinic, learning-disability and memory services,
frailty virtual ward and hospital-at-home discharges, diabetes and heart-failure specialist nurses,
the anticoagulation clinic, ward and clinic pharmacists' own e-mails and the booking team.  Plain
e-mails typed by a person (with long NHSmail disclaimers), HTML letters with tables and bullets,
PDF and DOCX attachments, and threads where a reply or forward carries a new letter.

The generic e-mail/PDF/DOCX helpers are imported from make_third.py; the letters, the message
builder, the labels and the verification are this file's own.  The build is deterministic.

    python3 tests/corpus/make_tenth.py            # build, then verify
    python3 tests/corpus/make_tenth.py --verify-only
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import io
import json
import random
import re
import sys
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_third import (  # noqa: E402
    collapse,
    html_doc,
    london,
    make_docx,
    make_pdf,
    nhs,
    parse_markup,
    render_plain,
    spaced,
)

OUT = HERE / "tenth"
OUT_POLICY = email.policy.SMTP.clone(max_line_length=998)  # CRLF, header lines left unfolded
PREFIX = "tenth"
UTC = dt.UTC

PRACTICE = "Quillfield Medical Practice"
PRACTICE_ADDR = "quillfield.mp@nhs.net"
PRACTICE_TO = f"{PRACTICE} <{PRACTICE_ADDR}>"
PRACTICE_POSTAL = "Unit 2, Tenter Row, Quillfield, Ravenshire RV6 2JD"

CATEGORIES = {
    "tests_for_hospital", "results_chasing", "hospital_only_prescribing",
    "shared_care_without_agreement", "fit_note", "dna_rereferral", "onward_referral",
    "post_procedure_care", "patient_redirected_to_gp", "referral_returned_for_workup",
    "non_contractual_admin", "late_discharge_summary", "late_clinic_letter",
}
KINDS = {"clinic_letter", "discharge_summary", "referral_response", "results", "ed_letter", "other"}
LABEL_KEYS = ["id", "file", "kind", "trust", "specialty", "clinician", "patient", "event_date",
              "letter_date", "expected", "urgent_clinical_action", "notes"]

NHSMAIL_DISCLAIMER = """\
********************************************************************
This message may contain confidential information. If you are not the intended recipient please
inform the sender that you have received the message in error before deleting it. Please do not
disclose, copy or distribute information in this e-mail or take any action in relation to its
contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England and
Scotland. NHSmail is approved for exchanging patient data and other sensitive information with
NHSmail and other accredited email services.

For more information and to find out how you can switch,
https://portal.nhs.net/help/joiningnhsmail
********************************************************************
"""

# --------------------------------------------------------------------------- providers

PROV = {
    "kings": dict(
        name="Kingsreach University Hospitals NHS Foundation Trust",
        site="Kingsreach Royal Hospital", addr=["Beacon Way", "Kingsreach", "RV1 4TA"],
        phone="0113 496 0781", domain="kingsreach-uh.nhs.uk",
        sender="KUH Clinical Correspondence <kuh.correspondence@nhs.net>",
        mailer="KUH Lorenzo DocOut 4.1"),
    "marlow": dict(
        name="Marlowgate Community Health NHS Trust",
        site="Marlowgate Health Campus", addr=["Cobden Street", "Marlowgate", "RV4 9QS"],
        phone="0114 496 0259", domain="marlowgate-ch.nhs.uk",
        sender="Marlowgate Community Health <mch.clinicalletters@nhs.net>",
        mailer="SystmOne Community Correspondence"),
    "ashlode": dict(
        name="Ashlode Vale Partnership NHS Foundation Trust",
        site="Thornleigh Resource Centre", addr=["Mill Bank", "Ashlode", "RV8 3EW"],
        phone="0115 496 0364", domain="ashlodevale.nhs.uk",
        sender="AVP Clinical Correspondence <avp.correspondence@nhs.net>",
        mailer="RiO Letters 9.2"),
    "wyndle": dict(
        name="Wyndle Health CIC",
        site="Sorrel House Sexual Health and HIV Clinic", addr=["22 Ferry Lane", "Quillfield", "RV6 1BX"],
        phone="0117 496 0852", domain="wyndlehealth.org.uk",
        sender="Sorrel House Clinic <wyndle.sorrelhouse@nhs.net>",
        mailer="Microsoft Outlook 16.0"),
    "pelling": dict(
        name="Pellinghurst Hearing LLP",
        site="Pellinghurst Hearing Centre (NHS Audiology)", addr=["3 Glebe Court", "Pellinghurst", "RV2 7LN"],
        phone="01632 960 417", domain="pellinghursthearing.example.org",
        sender="Pellinghurst NHS Audiology <pellinghurst.audiology@nhs.net>",
        mailer="Auditdata Mailer 5"),
}

DOCTYPE = {"clinic_letter": "Clinic Letter", "discharge_summary": "Discharge Summary",
           "referral_response": "Referral Response", "results": "Results Letter",
           "ed_letter": "Emergency Department Letter"}


def mk_nhs(seed: int) -> str:
    """A valid 999 NHS number, deterministically from a seed."""
    x = seed
    while True:
        try:
            return nhs(f"{x % 1000000:06d}")
        except ValueError:
            x += 1


def pt(name: str, seed: int, dob: str) -> dict:
    return {"name": name, "nhs_number": mk_nhs(seed), "dob": dob}


def dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def ids(p: dict) -> str:
    return f"{p['name']}, DOB {dmy(p['dob'])}, NHS {spaced(p['nhs_number'])}"


# =========================================================================== letters
# fmt: "plain" (raw typed e-mail), "thread" (raw reply/forward with the older message quoted below),
# "html" / "alt" (markup rendered as an HTML letter; alt adds a plain part), "pdf", "docx".
# Markup (make_third.parse_markup): "# heading", "- bullet", "1. item", "| a | b |" table rows.

LETTERS: list[dict] = []


def letter(**kw):
    for k, v in (("site", None), ("opts", {}), ("exp", []), ("urgent", False), ("ev_time", None),
                 ("subject", None), ("frm", None), ("cover", None), ("quote", ""), ("headers", {})):
        kw.setdefault(k, v)
    LETTERS.append(kw)


# ---------------------------------------------------------------- Kingsreach University Hospitals

P = pt("Clifford Nunnerley", 890113, "1951-02-07")
letter(
    key="k01", kind="discharge_summary", prov="kings", dept="Pharmacy Department",
    specialty="Pharmacy (Respiratory Medicine)", clinician="Alys Pennington-Roe", patient=P,
    event="2028-10-05", ev_time="16:20", letter_date="2028-10-05", sent="2028-10-05 17:05", fmt="plain",
    frm="Pennington-Roe Alys (KINGSREACH UNIVERSITY HOSPITALS NHS FOUNDATION TRUST) <alys.pennington-roe@nhs.net>",
    subject="Clifford Nunnerley DOB 07/02/1951 - discharge medicines query",
    text=f"""
    Hi,

    I'm one of the ward pharmacists at Kingsreach Royal Hospital. Mr Clifford Nunnerley (DOB {dmy(P['dob'])}, NHS {spaced(P['nhs_number'])}) was discharged from Ward 14 (Respiratory) on 05/10/2028 at 16:20 after treatment for a community-acquired pneumonia. The ward's discharge summary will reach you separately.

    Two things from my medicines reconciliation:

    1. Co-amoxiclav 625 mg three times a day - the team want him to finish a 7-day oral course. We only had 3 days' worth in the discharge pack when he left. We'd appreciate it if the surgery could issue the remaining 4 days (12 tablets) so that he completes the course; he knows to expect a call from you.

    2. Bendroflumethiazide 2.5 mg has been STOPPED by the respiratory team (sodium 128 on admission, 134 on the day of discharge). He has been told not to restart it. The respiratory team will recheck his sodium at his follow-up clinic in 6 weeks, which is already booked.

    Everything else is unchanged from his GP repeat list.

    Many thanks,

    Alys

    Alys Pennington-Roe MRPharmS
    Lead Pharmacist, Respiratory and Elderly Care
    Pharmacy Department, Kingsreach Royal Hospital, Beacon Way, Kingsreach RV1 4TA
    Tel 0113 496 0790 | Bleep 3318
    Working days: Mon-Thurs

    {NHSMAIL_DISCLAIMER}
    """,
    exp=[("hospital_only_prescribing",
          "We'd appreciate it if the surgery could issue the remaining 4 days (12 tablets)")],
    notes="Ward pharmacist's own e-mail: only 3 days of a 7-day antibiotic course supplied on discharge and "
          "the practice asked to issue the rest (providers supply the full course / at least 7 days). Sent 45 "
          "minutes after the stated discharge time. Stopping the thiazide and the sodium recheck are hospital-owned.")

P = pt("Tamsin Ravensworth", 890224, "1990-08-19")
letter(
    key="k02", kind="clinic_letter", prov="kings", dept="Gastroenterology - IBD Service",
    specialty="Gastroenterology (IBD pharmacist clinic)", clinician="Bethan Moorhouse", patient=P,
    event="2028-10-31", letter_date="2028-11-02", sent="2028-11-02 11:00", fmt="plain",
    frm="Moorhouse Bethan (KINGSREACH UNIVERSITY HOSPITALS NHS FOUNDATION TRUST) <bethan.moorhouse2@nhs.net>",
    subject="Azathioprine - Tamsin Ravensworth - NHS " + P["nhs_number"],
    text=f"""
    Dear Dr Iqbal,

    Re: {ids(P)}
    45 Weaver Close, Quillfield RV6 4DS

    I spoke to Tamsin in my IBD pharmacist telephone clinic on 31/10/2028.

    Background: ileocolonic Crohn's disease, diagnosed 2027. Steroid-dependent, so Dr Achterberg started azathioprine 50 mg once daily on 19/09/2028 (TPMT activity normal) and I increased it to 100 mg once daily on 17/10/2028. She has had some nausea in the first week, now settled. Prednisolone is being tapered (now 10 mg, reducing by 2.5 mg a week).

    Bloods 28/10/2028: Hb 124, WCC 5.2, neutrophils 3.1, lymphocytes 1.2, platelets 388, ALT 31, ALP 92, creatinine 68. CRP 9.

    She has about two weeks of azathioprine left from our outpatient pharmacy. Please can you take over prescribing of azathioprine 100 mg once daily from mid-November and carry on the monitoring bloods (FBC, U&E and LFT every 2 weeks until 12 weeks of treatment, then every 3 months) on our behalf? I have explained to Tamsin that her prescriptions will come from the surgery from now on.

    She will be reviewed in the IBD clinic in January.

    Kind regards,

    Bethan Moorhouse
    Advanced Specialist Pharmacist - Gastroenterology
    IBD Advice Line: 0113 496 0795 (answerphone, calls returned within 2 working days)

    {NHSMAIL_DISCLAIMER}
    """,
    exp=[("shared_care_without_agreement",
          "Please can you take over prescribing of azathioprine 100 mg once daily from mid-November and carry "
          "on the monitoring bloods")],
    notes="Azathioprine (amber, national SCP drug) dose changed two weeks earlier; the practice is asked to take "
          "over prescribing and monitoring 'on our behalf' with no shared-care protocol offered or agreed, and the "
          "patient already told it will happen. Clinic letter sent 2 days after the telephone clinic.")

P = pt("Bernard Oyelaran-Hythe", 890335, "1962-12-01")
letter(
    key="k03", kind="clinic_letter", prov="kings", dept="Rheumatology Pharmacy Team",
    specialty="Rheumatology", clinician="Dr Saoirse Lindgren", patient=P,
    event="2028-10-12", letter_date="2028-10-17", sent="2028-10-17 13:30", fmt="docx",
    frm="KUH Rheumatology Pharmacy <kuh.rheumpharmacy@nhs.net>",
    subject="Shared care REQUEST for your agreement - methotrexate SC - Bernard Oyelaran-Hythe",
    cover=f"""Dear Dr Whitmore,

Please find attached a shared care request for subcutaneous methotrexate for your patient
{ids(P)}, with the Kingsreach / Ravenshire ICB shared care protocol.

This is a request only. If you are willing to take over prescribing and monitoring under the protocol,
please sign and return page 3 of the attachment to this mailbox. Until we hear from you we will carry on
prescribing through our homecare provider and monitoring his bloods in the rheumatology clinic, so there
is no gap in his treatment if you decide not to accept.

Kind regards
Rheumatology Pharmacy Team, Kingsreach Royal Hospital
Tel 0113 496 0792
""",
    text=f"""
    # SHARED CARE REQUEST - METHOTREXATE (SUBCUTANEOUS)
    To: Dr S Whitmore, Quillfield Medical Practice, {PRACTICE_POSTAL}
    Patient: {P['name']}   DOB: {dmy(P['dob'])}   NHS number: {spaced(P['nhs_number'])}
    Hospital number: KR7731204
    Indication: seropositive rheumatoid arthritis
    Specialist: Dr Saoirse Lindgren, Consultant Rheumatologist
    Last clinic review: 12/10/2028

    # Stability
    | Drug and dose | Methotrexate 20 mg once weekly (Sundays) by subcutaneous pre-filled pen |
    | Dose stable since | 03/07/2028 |
    | Folic acid | 5 mg once weekly (Wednesdays) |
    | Last 3 sets of bloods | 14/08, 11/09, 09/10/2028: FBC, U&E, LFT all within range |
    | Disease activity | DAS28-CRP 2.4 (low) on 12/10/2028 |

    # Responsibilities under the protocol (summary)
    | Specialist team | Initiation and stabilisation; advice line; annual review; reassume care if problems |
    | GP (if agreed) | Prescribe methotrexate SC and folic acid; FBC, U&E, LFT every 3 months; act on results as set out in section 6 of the protocol |
    | Patient | Attend for blood tests; report sore throat, fever, bruising, breathlessness |

    # Agreement (page 3)
    I agree / do not agree to share care for this patient under the attached protocol.
    GP name: ____________________  Signature: ____________  Date: __________
    Please return to kuh.rheumpharmacy@nhs.net. If we do not receive a signed agreement, prescribing and monitoring stay with the rheumatology team.

    Dr Saoirse Lindgren
    Consultant Rheumatologist
    """,
    notes="Shared care offered properly: stable dose for over 3 months, protocol attached, GP's agreement asked for "
          "and the hospital keeps prescribing until it is given. The sign-and-return slip is the agreement step, "
          "not hospital paperwork. No detection. Sent 5 days after clinic.")

P = pt("Margery Stainthorpe", 890446, "1947-05-28")
letter(
    key="k04", kind="clinic_letter", prov="kings", dept="Pre-operative Assessment Unit",
    specialty="Pharmacy (Pre-operative Assessment)", clinician="Femi Adeyinka-Shaw", patient=P,
    event="2028-11-17", letter_date="2028-11-17", sent="2028-11-17 14:05", fmt="plain", urgent=True,
    frm="Adeyinka-Shaw Femi (KINGSREACH UNIVERSITY HOSPITALS NHS FOUNDATION TRUST) <femi.adeyinka-shaw@nhs.net>",
    headers={"Importance": "high", "X-Priority": "1"},
    subject="URGENT - methotrexate on repeat as once DAILY - Margery Stainthorpe 999 "
            + P["nhs_number"][3:],
    text=f"""
    Dear colleagues,

    Patient: {ids(P)}

    I am the pharmacist in the pre-operative assessment clinic. I saw Mrs Stainthorpe today, 17/11/2028, before her right total knee replacement (listed for 12/12/2028).

    While reconciling her medicines I noticed that the repeat slip printed by your practice on 09/11/2028 reads:

        Methotrexate 2.5 mg tablets - take FOUR tablets ONCE A DAY

    Her rheumatology letters and the patient herself confirm the correct dose is 10 mg ONCE A WEEK (Fridays). Her last box from Tenter Row Pharmacy carries the daily label. She has been taking it correctly, once weekly, and is well: FBC and LFTs done in our clinic today are normal.

    Because a daily label on methotrexate can cause serious harm, please could the practice correct the repeat template today and let Tenter Row Pharmacy know, so that the label is reissued before her next supply. I have spoken to Mrs Stainthorpe and she knows to keep taking it weekly.

    Nothing else is needed for her operation; our team will manage her methotrexate around the surgery.

    Best wishes

    Femi Adeyinka-Shaw
    Specialist Pharmacist, Surgery and Pre-operative Assessment
    Kingsreach Royal Hospital | 0113 496 0788

    {NHSMAIL_DISCLAIMER}
    """,
    notes="Alarming and time-critical (methotrexate on the practice's repeat as a daily dose), so flagged urgent; "
          "but the request is to correct the practice's own prescribing record, which is ordinary GP work, so no "
          "category. The hospital took its own bloods and owns the peri-operative plan.")

P = pt("Horace Wimbush", 890557, "1958-09-10")
letter(
    key="k05", kind="clinic_letter", prov="kings", dept="Eye Unit - Glaucoma Service",
    site="Kingsreach Eye Unit, Kingsreach Royal Hospital",
    specialty="Ophthalmology (Glaucoma)", clinician="Mr Anand Chaudhry-Wells", patient=P,
    event="2028-10-03", letter_date="2028-10-13", sent="2028-10-16 09:40", fmt="pdf", opts={"twocol": True},
    text=f"""
    Dr P Castellan
    Quillfield Medical Practice
    {PRACTICE_POSTAL}

    Clinic date: 03/10/2028
    Typed: 13/10/2028
    Our ref: ACW/GL/KR5102276

    Dear Dr Castellan

    # {ids(P)}, Hosp no KR5102276
    # Outcome: new glaucoma referral (GOS 18 from Lowther Opticians)

    # Diagnosis
    Primary open angle glaucoma, both eyes (right worse than left)

    # Findings
    | | Right | Left |
    | Visual acuity | 6/6 | 6/6 |
    | IOP (Goldmann) | 27 mmHg | 24 mmHg |
    | CCT | 538 | 541 |
    | Cup:disc | 0.8, inferior notch | 0.7 |
    | Humphrey 24-2 | superior arcuate defect | early nasal step |

    Mr Wimbush has no symptoms. His father had glaucoma. He drives for work.

    # Plan
    Start latanoprost 0.005% eye drops, one drop both eyes at night.
    Request: GP to prescribe latanoprost 0.005% eye drops, one drop both eyes at night (2.5 ml bottle, one bottle a month). No supply was given in clinic.
    Glaucoma clinic review in 8 weeks with IOP check and repeat fields (appointment to follow).
    He meets the DVLA visual field standard at present; we have advised him that he must tell the DVLA about his glaucoma.

    Yours sincerely

    Mr Anand Chaudhry-Wells
    Consultant Ophthalmic Surgeon
    """,
    exp=[("hospital_only_prescribing",
          "Request: GP to prescribe latanoprost 0.005% eye drops, one drop both eyes at night"),
         ("late_clinic_letter", "Clinic date: 03/10/2028")],
    notes="New treatment started in clinic with no supply, so the immediate need after the outpatient visit is "
          "passed to the GP (latanoprost is green, but the provider must cover the immediate need until the GP has "
          "the letter, which here arrives 13 days later). Clinic letter sent 13 days after clinic.")

P = pt("Eileen Cattermole", 890668, "1944-03-03")
letter(
    key="k06", kind="clinic_letter", prov="kings", dept="Eye Unit - Glaucoma Service",
    site="Kingsreach Eye Unit, Kingsreach Royal Hospital",
    specialty="Ophthalmology (Glaucoma)", clinician="Gemma Radcliffe-Oakes", patient=P,
    event="2028-11-02", letter_date="2028-11-09", sent="2028-11-09 16:55", fmt="alt",
    text=f"""
    GLAUCOMA MONITORING CLINIC - OUTCOME
    Patient: {ids(P)}   Hospital no: KR4471930
    Clinic date: 02/11/2028
    Seen by: Gemma Radcliffe-Oakes, Specialist Optometrist (Glaucoma), for Mr A Chaudhry-Wells
    GP: Dr R Iqbal, Quillfield Medical Practice

    # Diagnosis
    - Primary open angle glaucoma both eyes, diagnosed 2019, stable

    # Today
    | | Right | Left |
    | IOP | 15 mmHg | 16 mmHg |
    | Fields (24-2) | stable, MD -3.1 dB | stable, MD -2.4 dB |
    | OCT RNFL | no progression | no progression |

    # Outcome
    - Glaucoma stable on current treatment. Drop technique checked and good.
    - Recommend GP continues latanoprost 0.005% one drop both eyes at night (no change; on repeat since 2019).
    - Next review in the glaucoma monitoring clinic in 6 months: the Eye Unit will send the appointment.
    - If she notices any change in her vision she knows to ring the Eye Unit triage line on 0113 496 0760 directly.
    """,
    notes="Stable glaucoma: 'Recommend GP continues' a long-standing green eye drop is ordinary GP prescribing; "
          "follow-up is booked by the Eye Unit and the patient contacts the Eye Unit directly. Sent exactly 7 days "
          "after the clinic (on time, edge case).")

P = pt("Harjit Sangha", 890779, "1966-07-22")
letter(
    key="k07", kind="clinic_letter", prov="kings", dept="Eye Unit - Medical Retina",
    site="Kingsreach Eye Unit, Kingsreach Royal Hospital",
    specialty="Ophthalmology (Medical Retina)", clinician="Miss Yetunde Harcourt", patient=P,
    event="2028-12-13", letter_date="2028-12-14", sent="2028-12-14 10:40", fmt="plain",
    subject="KUH Eye Unit - Did Not Attend notification - " + P["nhs_number"],
    text=f"""
    KINGSREACH UNIVERSITY HOSPITALS NHS FOUNDATION TRUST
    Eye Unit - Medical Retina Service
    Kingsreach Royal Hospital, Beacon Way, Kingsreach RV1 4TA

    DID NOT ATTEND NOTIFICATION

    To: Dr R Iqbal, Quillfield Medical Practice
    Patient: {ids(P)}
    Hospital number: KR6620415
    Consultant: Miss Yetunde Harcourt
    Appointment: Medical Retina injection clinic, 13/12/2028 09:20

    Mr Sangha did not attend his appointment above and did not contact us beforehand. He is under our care for centre-involving diabetic macular oedema in the left eye and has had three intravitreal aflibercept injections (last 11/10/2028).

    In line with the Eye Unit access policy he has been discharged back to your care. If you feel he still requires review, please re-refer him via e-RS.

    Letter generated by the Eye Unit administration team on behalf of Miss Yetunde Harcourt, Consultant Ophthalmologist.
    """,
    exp=[("dna_rereferral", "If you feel he still requires review, please re-refer him via e-RS")],
    notes="Discharged after a single missed injection-clinic appointment and the GP asked to re-refer (the classic "
          "'discharged following DNA, please re-refer if still required'). Sent the day after the missed "
          "appointment.")

P = pt("Lucy Penhaligon-Reeve", 890881, "1983-11-30")
letter(
    key="k08", kind="referral_response", prov="kings", dept="Dermatology - Teledermatology Hub",
    specialty="Dermatology (Teledermatology)", clinician="Dr Ottilie Franklyn-Shaw", patient=P,
    event=None, letter_date="2028-10-18", sent="2028-10-18 16:45", fmt="thread",
    frm="Franklyn-Shaw Ottilie (KINGSREACH UNIVERSITY HOSPITALS NHS FOUNDATION TRUST) <ottilie.franklyn-shaw@nhs.net>",
    subject="RE: Teledermatology referral - Lucy Penhaligon-Reeve - hand dermatitis",
    headers={"In-Reply-To": "<qmp.20281004110200.penhaligon@nhs.net>",
             "References": "<qmp.20281004110200.penhaligon@nhs.net>",
             "Thread-Topic": "Teledermatology referral - Lucy Penhaligon-Reeve - hand dermatitis"},
    text=f"""
    Dear Dr Castellan,

    Thank you for the referral and the photographs for Lucy Penhaligon-Reeve ({ids(P)}). I have reviewed them in today's teledermatology session.

    Outcome: not accepted for a clinic appointment at present - advice given.

    Impression: chronic hand dermatitis, most likely irritant (wet work as a hairdresser) with a possible allergic contact element.

    Advice:
    - Soap substitute and a greasy emollient at least 10 times a day, and at work between clients.
    - Mometasone 0.1% ointment once daily to the affected areas for 4 weeks, then alternate days for 2 weeks. This is stronger than the clobetasone she has used so far.
    - Nitrile gloves for all wet work and when handling dyes, with cotton liners.

    Please re-refer with repeat photographs once she has completed 8 weeks of the above, together with the results of a skin swab and fungal scrapings taken at the surgery, and we will then consider her for patch testing.

    Kind regards

    Dr Ottilie Franklyn-Shaw
    Consultant Dermatologist
    Teledermatology Hub, Kingsreach Royal Hospital
    """,
    quote=f"""
    -----Original Message-----
    From: QUILLFIELD MEDICAL PRACTICE <{PRACTICE_ADDR}>
    Sent: 04 October 2028 11:02
    To: KUH Teledermatology <kuh.teledermatology@nhs.net>
    Subject: Teledermatology referral - Lucy Penhaligon-Reeve - hand dermatitis

    Dear colleague,

    Lucy is a 44-year-old hairdresser with 7 months of fissured, weeping dermatitis of both hands. She has tried emollients, soap substitutes and clobetasone butyrate 0.05% for 10 weeks with little change and is now struggling to work. We would be grateful for a dermatology assessment with a view to patch testing. Three photographs and dermoscopy images are attached through the e-RS teledermatology template.

    Dr Petra Castellan
    Quillfield Medical Practice
    """,
    exp=[("referral_returned_for_workup",
          "Please re-refer with repeat photographs once she has completed 8 weeks of the above, together with the "
          "results of a skin swab and fungal scrapings taken at the surgery")],
    notes="A new teledermatology outcome sent as a reply in the practice's own thread. A clinically reasonable "
          "referral for patch testing (failed 10 weeks of treatment, occupational impact) is turned into advice and "
          "returned, with the practice asked to do further treatment and tests before re-referring.")

P = pt("Norman Efford", 890992, "1953-06-14")
letter(
    key="k09", kind="referral_response", prov="kings", dept="Dermatology - Teledermatology Hub",
    specialty="Dermatology (Teledermatology)", clinician="Dr Kwabena Ashworth", patient=P,
    event=None, letter_date="2028-11-10", sent="2028-11-10 12:15", fmt="html", urgent=True,
    subject="Teledermatology triage outcome - ACTION REQUIRED - " + P["nhs_number"],
    text=f"""
    # TELEDERMATOLOGY TRIAGE OUTCOME
    | Patient | {P['name']} |
    | DOB | {dmy(P['dob'])} |
    | NHS number | {spaced(P['nhs_number'])} |
    | Referrer | Dr S Whitmore, Quillfield Medical Practice |
    | Referral type | Routine - "changing pigmented lesion back, ?seborrhoeic keratosis" |
    | Referral received | 06/11/2028 |
    | Triaged by | Dr Kwabena Ashworth, Consultant Dermatologist, 10/11/2028 |
    | Outcome | NOT ACCEPTED ON THE ROUTINE PATHWAY - see action below |

    # Clinical review of images
    11 x 8 mm pigmented lesion on the left upper back. Dermoscopy shows an atypical pigment network, blue-white veil and regression structures at the inferior edge. This is not a seborrhoeic keratosis and the features are concerning for melanoma.

    # Action required
    - Please refer urgently on the suspected skin cancer pathway (2WW) to Kingsreach Dermatology so that the lesion can be excised within two weeks.
    - Mr Efford has not yet been told of this outcome; the referral letter will generate his appointment.

    Teledermatology Hub, Kingsreach Royal Hospital. Tel 0113 496 0766.
    """,
    exp=[("onward_referral",
          "Please refer urgently on the suspected skin cancer pathway (2WW) to Kingsreach Dermatology")],
    notes="Suspected melanoma found at triage: the provider should upgrade the referral or book the urgent "
          "suspected-cancer appointment itself, not send it back for the GP to refer again. Suspected-cancer step, so "
          "urgent. Not labelled referral_returned_for_workup because no further work-up is asked for.")

P = pt("Sadia Qureshi-Barlow", 891103, "1979-04-08")
letter(
    key="k10", kind="clinic_letter", prov="kings", dept="Eye Unit - Oculoplastic Minor Operations",
    site="Kingsreach Eye Unit, Kingsreach Royal Hospital",
    specialty="Ophthalmology (Oculoplastics)", clinician="Mr Tobias Wren-Adebayo", patient=P,
    event="2028-12-04", letter_date="2028-12-05", sent="2028-12-05 15:20", fmt="docx",
    text=f"""
    Dr P Castellan, Quillfield Medical Practice, {PRACTICE_POSTAL}

    Date of procedure: 04/12/2028
    {ids(P)}
    Hospital number: KR8813552

    # Procedure
    Excision of recurrent left upper lid marginal lesion (third recurrence of chalazion at the same site) under local anaesthetic, with direct closure. Specimen sent for histology.

    # Wound closure
    3 x 6-0 Prolene interrupted skin sutures.

    # Medication
    Chloramphenicol 1% eye ointment three times a day for 1 week - supplied.

    # Follow-up
    | Item | Arrangement |
    | Suture removal | Could the practice nurse please remove the 6-0 Prolene skin sutures in 7 days (around 11/12/2028)? |
    | Histology | We will write to you and Mrs Qureshi-Barlow with the result |
    | Review | Oculoplastic clinic in 6 weeks (booked) |

    Mr Tobias Wren-Adebayo
    Consultant Ophthalmic and Oculoplastic Surgeon
    """,
    exp=[("post_procedure_care",
          "Could the practice nurse please remove the 6-0 Prolene skin sutures in 7 days")],
    notes="Suture removal after the eye unit's own procedure passed to the practice nurse; histology and review are "
          "kept by the hospital. Sent the day after the procedure.")

P = pt("Wilfred Duckmanton", 891214, "1939-10-17")
letter(
    key="k11", kind="clinic_letter", prov="kings", dept="Anticoagulation Service",
    specialty="Haematology (Anticoagulation)", clinician="Rowena Pilbeam", patient=P,
    event="2028-10-24", letter_date="2028-10-24", sent="2028-10-24 15:10", fmt="plain",
    frm="Pilbeam Rowena (KINGSREACH UNIVERSITY HOSPITALS NHS FOUNDATION TRUST) <rowena.pilbeam@nhs.net>",
    subject="FYI high INR today - Wilfred Duckmanton - no action for practice",
    text=f"""
    Good afternoon,

    For information about {ids(P)}.

    Mr Duckmanton's INR was 8.9 at his anticoagulation clinic appointment this morning (24/10/2028). Target 2.5 (AF). He has no bleeding, no bruising and no black stools.

    The likely cause is the clarithromycin he was given by the out-of-hours service on 19/10 for a chest infection.

    What we have done:
    - Phytomenadione (vitamin K) 2 mg orally given in clinic.
    - Warfarin omitted for 2 days, restart at 3 mg on Thursday.
    - INR recheck booked here on Thursday 26/10/2028 at 10:15; the anticoagulation team will adjust the dose.
    - He and his daughter know to go straight to ED if he has any bleeding, a fall or a head injury.

    No action is needed from the practice.

    Regards

    Rowena Pilbeam
    Anticoagulation Nurse Specialist, Kingsreach Royal Hospital
    Anticoagulation Service: 0113 496 0772

    {NHSMAIL_DISCLAIMER}
    """,
    notes="Alarming-sounding (INR 8.9 after an interacting antibiotic) but the anticoagulation service has treated it "
          "and arranged its own recheck; 'No action is needed from the practice'. Hard negative, not urgent for the "
          "practice.")

P = pt("Gwendolen Ashover", 891325, "1949-01-25")
letter(
    key="k12", kind="clinic_letter", prov="kings", dept="Anticoagulation Service - New Patient Clinic",
    specialty="Haematology (Anticoagulation)", clinician="Dr Marius Oyelowo-Crane", patient=P,
    event="2028-11-14", letter_date="2028-11-22", sent="2028-11-23 00:20", fmt="html",
    text=f"""
    To: Dr S Whitmore, Quillfield Medical Practice
    Clinic date: 14/11/2028
    Letter date: 22/11/2028
    {ids(P)}

    Dear Dr Whitmore

    Thank you for referring Mrs Ashover with newly detected atrial fibrillation (ECG 02/11/2028).

    # Assessment
    | CHA2DS2-VASc | 4 (age, female, hypertension) |
    | ORBIT bleeding score | 1 (low) |
    | Weight | 58 kg |
    | Last creatinine in GP record | 104 umol/L (05/2028) |

    # Plan
    - Apixaban 5 mg twice daily started today; 28 days supplied by our pharmacy. Please add apixaban 5 mg twice daily to her repeat prescription.
    - Baseline bloods (FBC, U&E, LFT and clotting screen) were taken in clinic today; the results will be forwarded to the GP for your action.
    - Anticoagulation counselling given and alert card issued.
    - Discharged from the anticoagulation clinic.

    Yours sincerely

    Dr Marius Oyelowo-Crane
    Consultant Haematologist
    """,
    exp=[("results_chasing",
          "Baseline bloods (FBC, U&E, LFT and clotting screen) were taken in clinic today; the results will be "
          "forwarded to the GP for your action"),
         ("late_clinic_letter", "Clinic date: 14/11/2028")],
    notes="Implicit results_chasing: the clinic ordered baseline bloods (which decide the apixaban dose) and sends "
          "them to the GP 'for your action'. Adding a green DOAC with 28 days supplied to repeats is ordinary GP work. "
          "Sent just after midnight, 9 days after the clinic: late.")

P = pt("Dominic Feltwell", 891436, "1971-12-12")
letter(
    key="k13", kind="clinic_letter", prov="kings", dept="Outpatient Appointments Centre - Sleep Clinic",
    specialty="Respiratory Medicine (Sleep Clinic)", clinician="Kerry Mallinson", patient=P,
    event=None, letter_date="2028-10-09", sent="2028-10-09 10:00", fmt="pdf",
    subject="KUH appointment letter (copy to GP) - " + P["nhs_number"],
    text=f"""
    Mr Dominic Feltwell
    8 Saddlers Walk
    Quillfield
    RV6 3PX

    Date: 09/10/2028
    Date of birth: {dmy(P['dob'])}   NHS number: {spaced(P['nhs_number'])}   Hospital number: KR3390126

    Dear Mr Feltwell

    # Your Sleep Clinic appointment has been cancelled
    We are sorry to tell you that your appointment in the Sleep Clinic on 12/10/2028 at 14:30 has had to be cancelled because the clinician is unavailable.

    You will stay on the waiting list and a new appointment will be sent to you within 8 weeks.

    If you have any questions about your appointment, or it has not arrived within 8 weeks, please contact your GP surgery, who will be able to chase this for you.

    Please remember not to drive if you feel sleepy.

    Yours sincerely

    Kerry Mallinson
    Appointments Coordinator, Outpatient Appointments Centre

    cc: Dr P Castellan, Quillfield Medical Practice
    """,
    exp=[("patient_redirected_to_gp",
          "please contact your GP surgery, who will be able to chase this for you")],
    notes="Booking-team letter to the patient, copied to the GP, sending the patient to the practice with queries "
          "about the hospital's own cancelled appointment. No clinic date (event null).")

P = pt("Patricia Lumsden-Gore", 891547, "1952-08-05")
letter(
    key="k14", kind="clinic_letter", prov="kings", dept="Eye Unit - Cataract Pre-assessment",
    site="Kingsreach Eye Unit, Kingsreach Royal Hospital",
    specialty="Ophthalmology (Cataract)", clinician="Lorna Fitzwarren", patient=P,
    event=None, letter_date="2028-12-12", sent="2028-12-12 09:05", fmt="docx",
    frm="KUH Eye Unit Pre-assessment <kuh.eyepreassessment@nhs.net>",
    subject="Pre-operative health questionnaire for completion - Patricia Lumsden-Gore",
    cover=f"""Dear Practice Manager,

Re: {ids(P)}

Mrs Lumsden-Gore has been listed for right cataract surgery under local anaesthetic in January.

To complete her pre-operative assessment, please could the practice complete the enclosed pre-operative
health questionnaire (attached) and return it to this mailbox with a printed medication list and her most
recent blood pressure reading by 19/12/2028.

Many thanks

Lorna Fitzwarren
Pre-assessment Nurse, Kingsreach Eye Unit
0113 496 0764
""",
    text=f"""
    # KINGSREACH EYE UNIT - PRE-OPERATIVE HEALTH QUESTIONNAIRE (CATARACT)
    To be completed by the GP practice and returned to kuh.eyepreassessment@nhs.net
    Patient: {P['name']}   DOB: {dmy(P['dob'])}   NHS: {spaced(P['nhs_number'])}

    | Question | Answer (GP practice) |
    | Current medical problems | |
    | Anticoagulant or antiplatelet medicines (name, dose) | |
    | Alpha-blockers (tamsulosin etc.), current or past | |
    | Allergies | |
    | Most recent blood pressure and date | |
    | Able to lie flat for 30 minutes? | |
    | Completed by (name, role) and date | |
    """,
    exp=[("non_contractual_admin",
          "please could the practice complete the enclosed pre-operative health questionnaire")],
    notes="Cataract pre-assessment questionnaire for the practice to fill in and return: hospital pre-operative "
          "paperwork that is not general-practice work. No clinic date.")

# ---------------------------------------------------------------- Marlowgate Community Health

P = pt("Craig Tunnicliffe", 891658, "1982-02-16")
letter(
    key="m01", kind="clinic_letter", prov="marlow", dept="MSK Physiotherapy Service",
    site="Marlowgate Health Campus - MSK Interface Clinic",
    specialty="MSK Physiotherapy", clinician="Harriet Oduya-Lowe", patient=P,
    event="2028-10-06", letter_date="2028-10-09", sent="2028-10-10 14:10", fmt="html",
    text=f"""
    Dear Dr Iqbal

    Re: {ids(P)}
    Seen: 06/10/2028, MSK Interface Clinic (face to face)

    # Diagnosis
    - Left L5 radiculopathy, likely L4/5 disc, 4 months, progressing despite 8 weeks of physiotherapy

    # Assessment
    Craig is a 46-year-old scaffolder. Leg pain is now worse than back pain (VAS 8/10), with numbness over the dorsum of the left foot. Left EHL power 4-/5 (was 5/5 in August); reflexes symmetrical; SLR 40 degrees on the left. No saddle anaesthesia, normal bladder and bowel function. Pregabalin from the practice has not helped.

    # Plan
    - Could the practice please refer Craig to the spinal surgical team at Kingsreach Royal Hospital for an opinion on his progressive L5 radiculopathy? Our service is not able to refer directly into secondary care.
    - He is not fit for his scaffolding work at present. We'd be grateful if you could provide him with a fit note for 4 weeks.
    - Cauda equina symptoms explained and the CES card given: he knows to go straight to ED if they develop.
    - Physiotherapy review in 3 weeks (booked).

    Kind regards

    Harriet Oduya-Lowe
    Advanced Practice Physiotherapist (MSK)
    Marlowgate Community Health NHS Trust - MSK Physiotherapy Service, tel 0114 496 0266
    """,
    exp=[("onward_referral",
          "Could the practice please refer Craig to the spinal surgical team at Kingsreach Royal Hospital"),
         ("fit_note", "We'd be grateful if you could provide him with a fit note for 4 weeks")],
    notes="MSK interface service asks the practice to refer on to spinal surgery for the condition it is assessing "
          "(the service's own limitation on referral does not move the duty), and to issue a fit note for the "
          "period its assessment covers (AHPs can certify). Sent 4 days after clinic.")

P = pt("Jodie Mellanby", 891769, "1994-06-27")
letter(
    key="m02", kind="clinic_letter", prov="marlow", dept="MSK Physiotherapy Service",
    specialty="MSK Physiotherapy", clinician="Daniel Ferraby", patient=P,
    event="2028-10-20", letter_date="2028-10-23", sent="2028-10-23 08:50", fmt="plain",
    subject="MCH Physiotherapy: Discharge - Did Not Attend - " + P["nhs_number"],
    text=f"""
    Marlowgate Community Health NHS Trust
    MSK Physiotherapy Service, Marlowgate Health Campus, Cobden Street, Marlowgate RV4 9QS
    Tel 0114 496 0266

    Dear Dr Castellan

    Patient: {ids(P)}
    Referral reason: left anterior knee pain

    Your patient did not attend their first physiotherapy appointment on 20/10/2028 at 11:00.

    As per our Did Not Attend policy, they have now been discharged from the service. If further physiotherapy is required, please re-refer.

    Yours sincerely

    Daniel Ferraby
    Physiotherapist (Band 6)

    This letter was produced automatically from SystmOne.
    """,
    exp=[("dna_rereferral", "If further physiotherapy is required, please re-refer.")],
    notes="Blanket discharge after a single missed first appointment with a request to re-refer. Sent 3 days later.")

P = pt("Ashok Pillay", 891871, "1976-09-09")
letter(
    key="m03", kind="clinic_letter", prov="marlow", dept="MSK Physiotherapy Service - Hand Therapy",
    site="Marlowgate Health Campus - MSK Interface Clinic",
    specialty="MSK Physiotherapy (Hand)", clinician="Harriet Oduya-Lowe", patient=P,
    event="2028-11-29", letter_date="2028-11-30", sent="2028-12-01 10:35", fmt="pdf",
    text=f"""
    Dr S Whitmore
    Quillfield Medical Practice
    {PRACTICE_POSTAL}

    Date seen: 29/11/2028
    {ids(P)}

    Dear Dr Whitmore

    # Diagnosis
    Right carpal tunnel syndrome with constant numbness and early thenar wasting; right ring finger trigger digit.

    # History
    Mr Pillay is a 52-year-old bus driver. In 2026 he was referred by the practice to orthopaedics for the same hand and was discharged after a steroid injection, which helped for about a year. Symptoms returned in the summer and the night splint has not helped this time.

    # Actions taken today
    I have referred him directly to the Kingsreach hand surgery team for carpal tunnel decompression (e-referral sent 29/11/2028, marked soon because of thenar wasting).
    Nerve conduction studies have been requested by us and will be done at Kingsreach before his surgical appointment.
    I issued a fit note today (fit for work with amended duties - no driving shifts - for 4 weeks); no further certification is needed from the practice at present.

    No actions are needed from the GP. I will see him again in 4 weeks.

    Yours sincerely

    Harriet Oduya-Lowe
    Advanced Practice Physiotherapist (MSK)
    """,
    notes="Hard negative: onward referral and nerve conduction studies made by the service itself, fit note "
          "already issued by the physiotherapist, earlier GP referral is history, and 'No actions are needed from "
          "the GP'.")

P = pt("Kirsty Hebblethwaite", 891982, "1988-03-21")
letter(
    key="m04", kind="clinic_letter", prov="marlow", dept="Podiatry - Nail Surgery",
    site="Marlowgate Health Campus - Podiatry Department",
    specialty="Podiatry", clinician="Owain Trelawney-Hart", patient=P,
    event="2028-10-12", letter_date="2028-10-13", sent="2028-10-13 12:05", fmt="plain",
    frm="Trelawney-Hart Owain (MARLOWGATE COMMUNITY HEALTH NHS TRUST) <owain.trelawney-hart@nhs.net>",
    subject="Nail surgery 12/10 - Kirsty Hebblethwaite",
    text=f"""
    Dear Quillfield team,

    {ids(P)}

    Kirsty had a partial nail avulsion with phenolisation of the medial border of her left hallux here on 12/10/2028, under digital block (3 ml mepivacaine 3%). Uncomplicated procedure, haemostasis achieved, sterile dressing applied.

    She has been shown how to do her own first dressing change at 48 hours and has spare dressings.

    Our next nail surgery review slot is not until 6 weeks. If you would arrange for the practice nurse to check the wound and redress the toe at 1 week (around 19/10/2028), that would be much appreciated.

    Best wishes

    Owain Trelawney-Hart
    Specialist Podiatrist, Marlowgate Community Health
    Podiatry Department, Marlowgate Health Campus | 0114 496 0271

    Marlowgate Community Health NHS Trust. This e-mail and any attachment are intended solely for the addressee
    and may contain confidential information. If you have received it in error, please notify the sender and
    delete it. Views expressed are those of the author and not necessarily those of the Trust. The Trust
    monitors e-mail for security purposes. Please consider the environment before printing this e-mail.
    """,
    exp=[("post_procedure_care",
          "If you would arrange for the practice nurse to check the wound and redress the toe at 1 week")],
    notes="Wound check after the podiatry service's own nail surgery passed to the practice nurse because of the "
          "service's capacity. Sent the day after the procedure.")

P = pt("Desmond Gathercole", 892093, "1957-11-04")
letter(
    key="m05", kind="clinic_letter", prov="marlow", dept="Podiatry - Diabetic Foot Protection Service",
    site="Marlowgate Health Campus - Podiatry Department",
    specialty="Podiatry (Diabetic Foot)", clinician="Nadia Kowalczuk-Reid", patient=P,
    event="2028-10-26", letter_date="2028-10-26", sent="2028-10-26 17:40", fmt="docx", urgent=True,
    subject="URGENT: Diabetic foot - podiatry clinic letter - " + P["nhs_number"],
    text=f"""
    To: Dr R Iqbal, Quillfield Medical Practice
    From: Nadia Kowalczuk-Reid, Highly Specialist Podiatrist
    Clinic date: 26/10/2028
    {ids(P)}

    # Diagnosis
    Type 2 diabetes (HbA1c 71), peripheral neuropathy. Neuropathic ulcer under the left 2nd metatarsal head, 14 x 10 mm, probes to bone.

    # Today
    Ulcer debrided. No spreading cellulitis, no systemic upset (T 36.8). Foot pulses palpable. Wound swab sent. Offloading boot fitted.

    # GP actions
    GP: please request an urgent X-ray of the left foot this week (?osteomyelitis 2nd MTP joint).
    GP: please review the wound swab result when it is reported and start antibiotics if indicated.

    # Podiatry actions
    | Action | Who | When |
    | Referral to the MDT diabetic foot clinic, Kingsreach | Podiatry - sent today | seen within 2 weeks |
    | Debridement and dressing review | Podiatry | weekly (next 02/11/2028) |
    | Offloading boot checks | Podiatry | weekly |

    If he develops spreading redness, fever or a black area on the foot he should attend ED the same day (explained to him).
    """,
    exp=[("tests_for_hospital", "GP: please request an urgent X-ray of the left foot this week"),
         ("results_chasing", "GP: please review the wound swab result when it is reported")],
    notes="The podiatry service wants an X-ray for its own assessment of possible osteomyelitis and passes both the "
          "imaging and the swab it took to the GP. Possible osteomyelitis needing imaging within days: urgent. The "
          "MDT referral is made by the service itself; safety-netting is for the patient.")

P = pt("Violet Scarisbrick", 892104, "1936-07-15")
letter(
    key="m06", kind="discharge_summary", prov="marlow", dept="Frailty Virtual Ward",
    specialty="Frailty (Virtual Ward)", clinician="Dr Eleanor Brightside-Kaur", patient=P,
    event="2028-11-08", ev_time="11:30", letter_date="2028-11-10", sent="2028-11-11 09:20", fmt="pdf",
    text=f"""
    # FRAILTY VIRTUAL WARD - DISCHARGE SUMMARY
    Patient: {ids(P)}
    Address: Flat 4, Hoyle Court, Quillfield RV6 2QE (lives alone, carers twice daily)
    GP: Dr P Castellan, Quillfield Medical Practice
    Admitted to virtual ward: 30/10/2028 (step-down from Kingsreach Royal Hospital, Ward 7)
    Date of discharge from virtual ward: 08/11/2028 11:30
    Responsible clinician: Dr Eleanor Brightside-Kaur, Consultant Geriatrician

    # Reason for virtual ward care
    Delirium secondary to urinary tract infection; deconditioning after a 6-day hospital stay.

    # Progress
    Nitrofurantoin course completed 02/11. Delirium resolved by day 5 (4AT 0). Mobilising with a frame indoors with one carer for the stairs. Bloods on 06/11/2028 (taken by the virtual ward team): sodium 137, creatinine 88, CRP 6 - no further bloods needed.

    # Medication changes
    Sertraline 50 mg STOPPED by the virtual ward consultant (hyponatraemia on admission, now resolved); no further supply needed. Other medicines unchanged.

    # Follow-up and who is doing it
    District nurses: continue weekly leg ulcer dressings and pressure area checks.
    Community pharmacy: medication changes sent to Hoyle Pharmacy via the Discharge Medicines Service for a new medicine check.
    Community falls team: referral made by the virtual ward on 07/11/2028.
    Actions for GP: none.

    Summary completed by Josie Pennock, Advanced Clinical Practitioner, for Dr Eleanor Brightside-Kaur
    """,
    exp=[("late_discharge_summary", "Date of discharge from virtual ward: 08/11/2028 11:30")],
    notes="Virtual-ward discharge summary sent about 70 hours after the stated discharge time (late). Otherwise a "
          "hard negative: bloods done by the team, requests aimed at district nurses and community pharmacy, falls "
          "referral made by the ward, 'Actions for GP: none'.")

P = pt("Aaron Sedgwick-Moy", 892215, "1985-10-02")
letter(
    key="m07", kind="discharge_summary", prov="marlow", dept="Hospital at Home Service",
    specialty="Acute Medicine (Hospital at Home)", clinician="Dr Farid Malouf-Benson", patient=P,
    event="2028-12-06", ev_time="14:00", letter_date="2028-12-06", sent="2028-12-07 09:10", fmt="html",
    text=f"""
    # HOSPITAL AT HOME - DISCHARGE SUMMARY
    | Patient | {P['name']} |
    | DOB / NHS number | {dmy(P['dob'])} / {spaced(P['nhs_number'])} |
    | Admitted to Hospital at Home | 01/12/2028 (from Kingsreach ED) |
    | Discharged | 06/12/2028 14:00 |
    | Consultant | Dr Farid Malouf-Benson |

    # Diagnosis
    Cellulitis of the right lower leg (no abscess on ultrasound 01/12/2028).

    # Treatment
    IV ceftriaxone 2 g once daily at home for 5 days, then oral flucloxacillin 1 g four times a day - 7 days supplied. CRP 212 on admission, 18 on 06/12/2028 (taken by our team). Leg elevation advice given.

    # Actions for GP
    - Please can you provide a fit note for the next 2 weeks; he works in a warehouse and cannot yet stand for long shifts while the swelling settles. A MED10 for 01/12 to 06/12/2028 has been given for the Hospital at Home admission.

    # Information given to the patient
    - Return to Kingsreach ED if the redness spreads beyond the pen mark or he develops a fever.
    """,
    exp=[("fit_note", "Please can you provide a fit note for the next 2 weeks")],
    notes="Hospital-at-home (acute bed equivalent) discharge: the team certified the admission period (MED10) but "
          "hands the post-discharge period it expects to the GP. Sent 19 h 10 min after the stated discharge time "
          "(on time).")

P = pt("Elsie Bramhall", 892326, "1941-12-19")
letter(
    key="m08", kind="discharge_summary", prov="marlow", dept="Hospital at Home Service",
    specialty="Acute Medicine (Hospital at Home)", clinician="Dr Farid Malouf-Benson", patient=P,
    event="2028-10-28", ev_time="20:10", letter_date="2028-10-29", sent="2028-10-29 19:40", fmt="plain",
    subject="MCH Hospital at Home discharge summary - " + P["nhs_number"],
    text=f"""
    MARLOWGATE COMMUNITY HEALTH NHS TRUST - HOSPITAL AT HOME
    DISCHARGE SUMMARY

    Patient: {ids(P)}
    GP: Dr R Iqbal, Quillfield Medical Practice
    Admitted to Hospital at Home: 23/10/2028
    Discharged: 28/10/2028 20:10 (final evening visit)
    Consultant: Dr Farid Malouf-Benson

    Diagnosis: infective exacerbation of COPD with type 2 diabetes, steroid-induced hyperglycaemia.

    Treatment: oral doxycycline and prednisolone 30 mg for 5 days (both completed 27/10), home oxygen not required (SpO2 93% on air at discharge). Capillary glucose up to 19 on steroids, settled to 7-10 after they stopped.

    Results: bloods at final visit 28/10 reviewed by Dr Malouf-Benson: sodium 139, potassium 4.4, creatinine 74. Nothing outstanding.

    Who is doing what:
    - District nurses: continue to supervise her evening insulin (dose back to her usual 16 units).
    - Community pharmacy (Tenter Row Pharmacy): asked by us to start weekly blister packs.
    - COPD specialist nurse: home review within 2 weeks, referral sent by us.

    GP actions: nil.
    """,
    exp=[("late_discharge_summary", "Discharged: 28/10/2028 20:10")],
    notes="Clock-change edge case: discharged 20:10 BST on 28/10, sent 19:40 GMT on 29/10. The wall-clock gap is 23 "
          "h 30 min but the clocks went back overnight, so the real gap is 24 h 30 min: late. Content otherwise a hard "
          "negative (results reviewed by the team; requests aimed at district nurses and community pharmacy).")

P = pt("Naomi Fairclough", 892437, "1998-05-11")
letter(
    key="m09", kind="clinic_letter", prov="marlow", dept="Community Diabetes Team",
    specialty="Diabetes (Specialist Nursing)", clinician="Rachel Oduwole-Burke", patient=P,
    event="2028-12-07", letter_date="2028-12-08", sent="2028-12-08 13:15", fmt="plain",
    frm="Oduwole-Burke Rachel (MARLOWGATE COMMUNITY HEALTH NHS TRUST) <rachel.oduwole-burke@nhs.net>",
    subject="DSN clinic 07/12 - Naomi Fairclough - please add to repeat",
    text=f"""
    Hi Dr Whitmore,

    {ids(P)}

    I saw Naomi in the community DSN clinic on 07/12/2028. Type 1 diabetes since age 9, on basal-bolus (degludec 18 units at night, aspart with meals by carb counting). HbA1c 67 (our clinic, 07/12). She completed the carbohydrate counting course in October and is keen to use a sensor.

    She meets the ICB criteria, so we have started FreeStyle Libre 2 Plus today and gave her the first two sensors in clinic, with training and the LibreView clinic link.

    Please add to repeat: FreeStyle Libre 2 Plus sensors, 2 every 28 days (formulary, green).

    Insulin doses have been adjusted in clinic and she will self-titrate with our support; no change to her repeat insulins is needed. I will review her sensor data remotely in 2 weeks and see her in clinic in 3 months, with an HbA1c taken here.

    The practice may wish to offer her the flu vaccine at her next contact; she said she has not had it this year.

    Thanks

    Rachel Oduwole-Burke
    Diabetes Specialist Nurse, Marlowgate Community Diabetes Team
    0114 496 0284

    {NHSMAIL_DISCLAIMER}
    """,
    notes="Hard negative: 'please add to repeat' for a green, formulary sensor started by the specialist team with "
          "the first supply given is ordinary GP prescribing; the HbA1c and follow-up stay with the team; 'The "
          "practice may wish to' offer a flu vaccine is ordinary GP work.")

P = pt("Ronald Pickersgill", 892548, "1946-04-30")
letter(
    key="m10", kind="clinic_letter", prov="marlow", dept="Community Heart Failure Service",
    specialty="Cardiology (Heart Failure Nursing)", clinician="Grainne Holdsworth", patient=P,
    event="2028-11-20", letter_date="2028-11-21", sent="2028-11-21 09:30", fmt="docx",
    text=f"""
    Dr P Castellan, Quillfield Medical Practice

    Home visit: 20/11/2028
    {ids(P)}

    Dear Dr Castellan

    # Diagnosis
    Heart failure with reduced ejection fraction (LVEF 30%, echo 08/2028), ischaemic.

    # Review
    Mr Pickersgill is well: NYHA II, weight stable at 79.2 kg, no oedema, BP 124/70, HR 66 regular. U&E on 06/11/2028: sodium 138, potassium 4.6, creatinine 112 (eGFR 55).

    # Changes made today
    Ramipril increased from 2.5 mg twice daily to 5 mg twice daily. He has enough 2.5 mg capsules at home to take the new dose for 4 weeks; please update his repeat to ramipril 5 mg twice daily.

    # Monitoring
    We have asked Mr Pickersgill to contact you to book a blood test (U&E) at the surgery in 1-2 weeks, so that we can decide on the next step of his titration.

    # Audit
    For our National Heart Failure Audit return, would you be so kind as to complete the attached data sheet (comorbidities, latest HbA1c and the date of his last flu vaccine) and return it to us by 15/12/2028.

    | NHFA data sheet - to be completed by the GP practice | |
    | Comorbidities | |
    | Latest HbA1c and date | |
    | Date of last influenza vaccination | |

    Next heart failure nurse visit in 3 weeks.

    Grainne Holdsworth
    Heart Failure Specialist Nurse
    Community Heart Failure Service, tel 0114 496 0290
    """,
    exp=[("tests_for_hospital",
          "We have asked Mr Pickersgill to contact you to book a blood test (U&E) at the surgery in 1-2 weeks"),
         ("non_contractual_admin",
          "would you be so kind as to complete the attached data sheet")],
    notes="The heart failure service uptitrated ramipril and routes the post-titration U&E it needs for its own next "
          "step through the patient to the practice; it also asks the practice to fill in its national audit data "
          "sheet. Updating the repeat for a green drug with supply at home is ordinary GP work.")

P = pt("Queenie Dewhirst", 892659, "1938-02-22")
letter(
    key="m11", kind="discharge_summary", prov="marlow", dept="Hospital at Home Service",
    specialty="Acute Medicine (Hospital at Home)", clinician="Dr Hannah Greatorex", patient=P,
    event="2028-11-13", ev_time="17:30", letter_date="2028-11-14", sent="2028-11-14 16:45", fmt="html",
    text=f"""
    # HOSPITAL AT HOME - DISCHARGE SUMMARY
    Patient: {ids(P)}
    Discharged: 13/11/2028 at 17:30
    Consultant: Dr Hannah Greatorex
    GP: Dr S Whitmore, Quillfield Medical Practice

    # Diagnosis
    Decompensated heart failure (HFpEF) with fluid overload; managed at home with IV furosemide for 4 days.

    # Outcome
    Weight 71.8 kg to 68.1 kg; breathlessness back to baseline. Furosemide changed to 40 mg each morning orally (was 20 mg) - 14 days supplied.

    # Follow-up arranged by Hospital at Home
    - U&E taken at the final visit; we will phone her daughter with the result on 15/11 and adjust the furosemide if needed.
    - Community heart failure nurse: referral sent by us, first visit within 2 weeks.
    - District nurses: daily weights for one week, reporting a rise of 2 kg or more to the Hospital at Home team.

    # Actions for GP
    None. For information: furosemide dose increased as above. Should she need readmission, the Hospital at Home team can be contacted directly on 0114 496 0299.
    """,
    notes="On-time edge case: sent 23 h 15 min after the stated discharge time. Hard negative: the hospital-at-home "
          "team takes and acts on its own bloods, refers to the HF nurses itself, district nurses get the weights, "
          "conditional contact note only.")

# ---------------------------------------------------------------- Ashlode Vale Partnership (memory, LD)

P = pt("Doreen Hinchcliffe", 892761, "1943-09-14")
letter(
    key="a01", kind="referral_response", prov="ashlode", dept="Memory Assessment Service",
    specialty="Old Age Psychiatry (Memory Assessment)", clinician="Dr Cerys Penrhyn", patient=P,
    event=None, letter_date="2028-10-11", sent="2028-10-11 15:20", fmt="pdf",
    text=f"""
    Dr R Iqbal
    Quillfield Medical Practice
    {PRACTICE_POSTAL}

    Date: 11/10/2028

    Dear Dr Iqbal

    # REFERRAL RETURNED - {ids(P)}

    Thank you for your referral dated 03/10/2028 about Mrs Hinchcliffe's memory. Her daughter reports 18 months of worsening short-term memory and getting lost in familiar places; MoCA 17/30 at the surgery.

    Unfortunately we are unable to accept the referral at this time, as the pre-referral dementia screen is incomplete. Please arrange the following and re-refer once the results are available:
    - FBC, U&E, LFT, TFT, B12, folate, calcium and HbA1c
    - CT head (non-contrast)
    - a medication review to reduce anticholinergic burden (oxybutynin noted)

    We have returned the referral on e-RS.

    Yours sincerely

    Dr Cerys Penrhyn
    Consultant Old Age Psychiatrist, Memory Assessment Service
    """,
    exp=[("referral_returned_for_workup",
          "Please arrange the following and re-refer once the results are available")],
    notes="Memory service rejects a referral with a clear clinical picture (MoCA 17, functional decline) and sends it "
          "back asking the practice to do the dementia screen bloods, a CT head and a medication review first.")

P = pt("Frank Battersby", 892872, "1945-06-06")
letter(
    key="a02", kind="clinic_letter", prov="ashlode", dept="Memory Assessment Service",
    specialty="Old Age Psychiatry (Memory Clinic)", clinician="Dr Cerys Penrhyn", patient=P,
    event="2028-11-01", letter_date="2028-11-06", sent="2028-11-06 10:30", fmt="docx",
    text=f"""
    Dr S Whitmore, Quillfield Medical Practice

    Clinic date: 01/11/2028
    {ids(P)}
    Seen with: Mrs Joan Battersby (wife)

    Dear Dr Whitmore

    # Diagnosis
    Alzheimer's disease, mild (ICD-11 8A20), possibly mixed with vascular changes. ACE-III 71/100.

    # Investigations
    MRI head requested by us (to assess the vascular burden); the radiology department will contact Mr Battersby with a date.
    We have advised Mr and Mrs Battersby to make an appointment with you to go through the MRI result once it is available.

    # Treatment
    Donepezil 5 mg at night started today; 28 days supplied from our pharmacy. Our memory nurse will phone at 4 weeks and increase to 10 mg if it is tolerated. Once he is on a stable dose we will write to ask whether you would be willing to take over prescribing under the shared care agreement.

    # Other
    Driving: he has been advised to tell the DVLA and his insurer.
    Post-diagnostic support: referral made by us to the Ashlode dementia advisor service.

    Yours sincerely

    Dr Cerys Penrhyn
    Consultant Old Age Psychiatrist
    """,
    exp=[("patient_redirected_to_gp",
          "We have advised Mr and Mrs Battersby to make an appointment with you to go through the MRI result "
          "once it is available")],
    notes="The memory service ordered the MRI but sends the couple to the GP to be told the result. Donepezil is "
          "started and supplied by the service with shared care only to be offered later (future, conditional: no "
          "detection). Sent 5 days after clinic.")

P = pt("Liam Cresswell", 892983, "1993-01-18")
letter(
    key="a03", kind="clinic_letter", prov="ashlode", dept="Community Learning Disability Team",
    site="Ashlode Community Learning Disability Team, Thornleigh Resource Centre",
    specialty="Psychiatry of Learning Disability", clinician="Dr Tolu Adebayo-Price", patient=P,
    event="2028-11-22", letter_date="2028-11-24", sent="2028-11-24 15:00", fmt="thread",
    frm="Whiteley Shona (ASHLODE VALE PARTNERSHIP NHS FOUNDATION TRUST) <shona.whiteley@nhs.net>",
    subject="FW: RE: Liam Cresswell - lithium dose query from Quillfield",
    headers={"In-Reply-To": "<qmp.20281121093000.cresswell@nhs.net>",
             "References": "<qmp.20281121093000.cresswell@nhs.net>"},
    text=f"""
    Hello Quillfield,

    Please see below Dr Adebayo-Price's reply to your query, which is also his clinic letter from Liam's appointment this week.

    Shona Whiteley
    Medical Secretary, Community Learning Disability Team
    Thornleigh Resource Centre | 0115 496 0371

    -----Original Message-----
    From: Adebayo-Price Tolu (ASHLODE VALE PARTNERSHIP NHS FOUNDATION TRUST)
    Sent: 24 November 2028 13:41
    To: Whiteley Shona (ASHLODE VALE PARTNERSHIP NHS FOUNDATION TRUST)
    Subject: RE: Liam Cresswell - lithium dose query from Quillfield

    Shona - please forward to the practice as the clinic letter. Thanks, Tolu

    Dear Dr Castellan,

    Re: {ids(P)}
    Clinic date: 22/11/2028 (seen at Thornleigh with his support worker, Marcus)

    Diagnoses: mild learning disability; bipolar affective disorder; hypothyroidism.

    Yes - Liam's support worker was right. He has had a low mood relapse since September and his lithium level was 0.42 mmol/L (taken here on 08/11). I increased lithium carbonate (Priadel) from 400 mg to 600 mg at night at the appointment on 22/11/2028. Liam, Marcus and his mum agreed with the change; an easy-read leaflet was given.

    GP: please check a lithium level (12 hours after the evening dose), U&E and TFT one week after the increase, and let us know the result. Marcus will bring Liam to the surgery for the blood test.

    As Liam is now settled, I would also ask that the practice continues to prescribe Priadel 600 mg at night and takes on his 3-monthly lithium monitoring from now on.

    I will see him again in 3 months.

    Dr Tolu Adebayo-Price
    Consultant Psychiatrist in Learning Disability
    """,
    quote=f"""
    -----Original Message-----
    From: QUILLFIELD MEDICAL PRACTICE <{PRACTICE_ADDR}>
    Sent: 21 November 2028 09:30
    To: AVP Clinical Correspondence <avp.correspondence@nhs.net>
    Subject: Liam Cresswell - lithium dose query from Quillfield

    Dear Dr Adebayo-Price,

    Liam's support worker has told our prescriptions team that his lithium dose is being changed. We have no letter yet. Could you confirm the current dose and plan? Liam Cresswell, NHS {spaced(P['nhs_number'])}.

    Thanks
    Reception, Quillfield Medical Practice
    """,
    exp=[("tests_for_hospital",
          "GP: please check a lithium level (12 hours after the evening dose), U&E and TFT one week after the "
          "increase, and let us know the result"),
         ("shared_care_without_agreement",
          "I would also ask that the practice continues to prescribe Priadel 600 mg at night and takes on his "
          "3-monthly lithium monitoring from now on")],
    notes="A forwarded reply in the practice's own thread that is a new clinic letter. The psychiatrist changed the "
          "lithium dose and wants the post-change level for his own plan (tests_for_hospital), and asks the practice "
          "to take on prescribing and monitoring of lithium (amber, national SCP) with no shared-care agreement, two "
          "days after a dose change. The practice's quoted query is not a request to the practice.")

P = pt("Steven Holroyd", 893094, "1987-08-08")
letter(
    key="a04", kind="clinic_letter", prov="ashlode", dept="Community Learning Disability Team",
    site="Ashlode Community Learning Disability Team, Thornleigh Resource Centre",
    specialty="Learning Disability Nursing", clinician="Megan Thistlethwaite", patient=P,
    event="2028-12-08", letter_date="2028-12-11", sent="2028-12-11 11:50", fmt="html",
    text=f"""
    Dear Dr Iqbal

    Re: {ids(P)}
    Review date: 08/12/2028 (home visit, with his support worker Dionne)

    # Background
    Steven is 41 and has Down syndrome with a moderate learning disability. He lives in supported living at Garth House. Hypothyroidism (on levothyroxine 75 micrograms); his TFT at his annual health check in 11/2027 was normal.

    # Today
    Steven is well and has put on 4 kg since the summer. His hospital passport has been updated by us and a copy is in his grab bag.

    # Plan
    - Ask: please invite Steven for his annual learning disability health check (last one 11/2027) and offer the flu vaccine at the same appointment. Dionne will ring the surgery to book a double appointment at a quiet time of day.
    - Recommend GP adds a reasonable adjustments flag to his record (first or last appointment of the session, easy-read letters).
    - Dietitian: we have referred Steven to the community learning disability dietitian ourselves.
    - Community LD nurse review in 3 months.

    Megan Thistlethwaite
    Community Learning Disability Nurse
    Ashlode Community Learning Disability Team, 0115 496 0377
    """,
    notes="Hard negative in 'Ask:' and 'Recommend GP' wording: the annual LD health check, flu vaccine and a "
          "reasonable-adjustments flag are ordinary (commissioned) general-practice work; the dietitian referral is "
          "made by the team; the TFT is history.")

# ---------------------------------------------------------------- Wyndle Health CIC (sexual health / HIV)

P = pt("Tomasz Wilkowski", 893105, "1991-04-03")
letter(
    key="w01", kind="clinic_letter", prov="wyndle", dept="HIV Clinic",
    specialty="HIV Medicine", clinician="Dr Imogen Featherstonehaugh", patient=P,
    event="2028-10-19", letter_date="2028-10-19", sent="2028-10-20 09:15", fmt="pdf",
    subject="Sorrel House - letter for GP (patient consent given) - " + P["nhs_number"],
    text=f"""
    STRICTLY CONFIDENTIAL - FOR THE ADDRESSEE ONLY

    Dr P Castellan
    Quillfield Medical Practice
    {PRACTICE_POSTAL}

    Clinic date: 19/10/2028
    {ids(P)}

    Consent: Tomasz has given explicit consent for this letter to be shared with his GP.

    Dear Dr Castellan

    # New diagnosis of HIV-1 infection
    Tomasz tested HIV positive at our clinic on 05/10/2028 (confirmed). Baseline CD4 count 210 cells/uL (14%), viral load 180,000 copies/mL, HLA-B*5701 negative, hepatitis B immune, hepatitis C negative. No opportunistic infection on screening.

    # Treatment
    Bictegravir/emtricitabine/tenofovir alafenamide (Biktarvy) one tablet daily started on 19/10/2028, with co-trimoxazole 960 mg once daily as PCP prophylaxis until his CD4 count is above 200. Both are prescribed and supplied by our clinic pharmacy, and we will continue to supply them.

    Please do not issue antiretrovirals from the practice. Please record on his GP record that he takes Biktarvy, so that interactions can be checked; in particular antacids and iron or calcium supplements should be taken at least 2 hours apart from it.

    # Other
    Partner notification is being handled by our health advisers. Baseline and monitoring bloods are done here and we give Tomasz all his results. He has our clinic number for any problems.

    No action is required from the GP at this stage.

    Yours sincerely

    Dr Imogen Featherstonehaugh
    Consultant in HIV and Sexual Health
    """,
    notes="Alarming-sounding (new HIV, CD4 210, PCP prophylaxis) but everything is done and supplied by the clinic; "
          "'please do not' is a negation; recording the medicine on the GP record is ordinary GP work; 'No action is "
          "required from the GP'. Hard negative, not urgent for the practice.")

P = pt("Ruby Farrelly", 893216, "2001-09-26")
letter(
    key="w02", kind="clinic_letter", prov="wyndle", dept="Sexual Health Clinic",
    specialty="Sexual and Reproductive Health", clinician="Kelechi Ormsby", patient=P,
    event="2028-11-15", letter_date="2028-11-16", sent="2028-11-16 10:00", fmt="plain",
    frm="Ormsby Kelechi (WYNDLE HEALTH CIC) <kelechi.ormsby@nhs.net>",
    subject="Contraception update - Ruby Farrelly (consent to share)",
    text=f"""
    Dear Quillfield Medical Practice,

    Patient: {ids(P)}
    Seen: 15/11/2028, Sorrel House Sexual Health Clinic
    Consent: Ruby is happy for us to share this with her GP.

    Ruby attended for contraception. She chose the injectable and had her first Depo-Provera (medroxyprogesterone acetate 150 mg IM) today, day 3 of her cycle, so no extra precautions are needed.

    She will ring the surgery to book her next injection in 12-13 weeks (due between 07/02/2029 and 14/02/2029), as she would prefer to have it closer to home.

    STI screen (chlamydia/gonorrhoea NAAT, HIV, syphilis) taken today - we will text her the results ourselves.

    Should she have any problems with the injection before then, she can contact us directly on 0117 496 0852.

    Kind regards

    Kelechi Ormsby
    Nurse Practitioner, Sexual and Reproductive Health
    Wyndle Health CIC - Sorrel House Sexual Health and HIV Clinic, 22 Ferry Lane, Quillfield RV6 1BX

    Wyndle Health CIC is a community interest company registered in England and Wales. This email and any
    files transmitted with it are confidential and intended solely for the use of the individual or entity
    to whom they are addressed. If you have received this email in error please notify the system manager.
    """,
    notes="Hard negative: 'She will ring the surgery to book her next injection' is ordinary GP contraception at the "
          "patient's choice; the clinic gives its own STI results; conditional contact note.")

# ---------------------------------------------------------------- Pellinghurst Hearing (NHS audiology)

P = pt("Geoffrey Haworth", 893327, "1940-11-13")
letter(
    key="p01", kind="clinic_letter", prov="pelling", dept="NHS Adult Audiology",
    specialty="Audiology", clinician="Priyanka Dunsmore", patient=P,
    event="2028-11-27", letter_date="2028-11-28", sent="2028-11-28 11:00", fmt="docx",
    text=f"""
    Mr Geoffrey Haworth
    12 Chantry Gardens
    Quillfield RV6 5HT

    Date: 28/11/2028
    NHS number: {spaced(P['nhs_number'])}   Date of birth: {dmy(P['dob'])}

    Dear Mr Haworth

    # Your hearing aid fitting on 27/11/2028
    Thank you for coming to see us. Your hearing test showed a moderate, age-related hearing loss that is the same in both ears, and we fitted two behind-the-ear hearing aids.

    | Frequency | 500 Hz | 1 kHz | 2 kHz | 4 kHz |
    | Right ear (dB HL) | 35 | 40 | 50 | 65 |
    | Left ear (dB HL) | 35 | 40 | 55 | 65 |

    # What happens next
    - We will phone you in 6 weeks to see how you are getting on.
    - Batteries and repairs: bring your brown book to our drop-in session (Tuesdays 09:30 to 12:00) or post it to us. You do not need to see your GP to come back to us; you can contact us directly on 01632 960 417 for three years after your fitting.
    - Should your hearing suddenly get worse in one or both ears, contact your GP or NHS 111 the same day, because sudden hearing loss needs urgent assessment.

    Yours sincerely

    Priyanka Dunsmore
    Audiologist, Pellinghurst Hearing Centre

    cc: Dr S Whitmore, Quillfield Medical Practice - for information; no action required.
    """,
    notes="Letter to the patient copied to the GP: aftercare stays with the audiology service, 'You do not need to see "
          "your GP' (negation), same-day safety-netting for sudden hearing loss is a conditional, and the copy says "
          "'no action required'. Hard negative.")


# =========================================================================== other messages

OTHERS: list[dict] = []


def other(**kw):
    kw.setdefault("headers", {})
    kw.setdefault("html", None)
    OTHERS.append(kw)


other(key="x01", sent="2028-10-04 03:12",
      notes="Phishing: fake NHSmail password-expiry notice from a look-alike domain.",
      frm="NHSmail Support <security-update@nhsmail-support.example.net>",
      subject="Action required: your NHSmail password expires in 24 hours",
      body=f"""
Dear {PRACTICE_ADDR},

Your NHSmail password will expire in 24 hours. To avoid losing access to your
mailbox and shared calendars, please re-validate your account now:

    https://nhsmail-support.example.net/revalidate?user=quillfield.mp

If you do not re-validate, your mailbox will be suspended and incoming patient
correspondence may be lost.

NHSmail Account Security Team
""")

other(key="x02", sent="2028-10-06 11:30",
      notes="Hospital pharmacist's reply in an existing RE: thread, after the practice queried the short antibiotic "
            "supply: the hospital has now supplied it itself. Nothing to detect.",
      frm="Pennington-Roe Alys (KINGSREACH UNIVERSITY HOSPITALS NHS FOUNDATION TRUST) <alys.pennington-roe@nhs.net>",
      subject="RE: Clifford Nunnerley DOB 07/02/1951 - discharge medicines query",
      headers={"In-Reply-To": "<qmp.20281006091500.nunnerley@nhs.net>",
               "References": "<20281005170500.k01@kingsreach-uh.nhs.uk> <qmp.20281006091500.nunnerley@nhs.net>"},
      body="""
Hi,

Thanks for coming back to me, and apologies - you're quite right. Our outpatient
pharmacy has sent the remaining 4 days of co-amoxiclav to Mr Nunnerley by courier
this morning and I've rung him to let him know. Nothing further is needed from
the practice.

Alys

-----Original Message-----
From: QUILLFIELD MEDICAL PRACTICE <quillfield.mp@nhs.net>
Sent: 06 October 2028 09:15
Subject: RE: Clifford Nunnerley DOB 07/02/1951 - discharge medicines query

Dear Alys, under the NHS Standard Contract a full course should be supplied on
discharge. Could the hospital pharmacy supply the remaining doses directly?
Quillfield Medical Practice
""")

other(key="x03", sent="2028-10-12 07:30",
      notes="ICB medicines optimisation bulletin (List-Id, Precedence: bulk) mentioning shared care and repeat "
            "prescribing in general terms.",
      frm="Ravenshire ICB Medicines Optimisation <medsopt.news@ravenshire-icb.nhs.uk>",
      subject="Medicines Matters - October 2028",
      headers={"List-Id": "Ravenshire ICB Medicines Matters <medsmatters.ravenshire-icb.nhs.uk>",
               "List-Unsubscribe": "<mailto:medsmatters-leave@ravenshire-icb.nhs.uk>",
               "Precedence": "bulk"},
      body="""
MEDICINES MATTERS - RAVENSHIRE ICB - OCTOBER 2028

1. Shared care: the new Ravenshire shared care protocols for lithium and the
   DMARDs are on the formulary website. Practices are reminded that shared care
   starts only once a signed agreement is in place.

2. FreeStyle Libre: updated eligibility criteria for people with type 2 diabetes.

3. Latanoprost supply: short-term shortage of one brand; generic stock available.

You are receiving this bulletin as a member of a Ravenshire general practice.
""",
      html="""<html><body><h2>Medicines Matters - Ravenshire ICB - October 2028</h2>
<ol><li><b>Shared care:</b> the new Ravenshire shared care protocols for lithium and the DMARDs are on the
formulary website. Practices are reminded that shared care starts only once a signed agreement is in place.</li>
<li><b>FreeStyle Libre:</b> updated eligibility criteria for people with type 2 diabetes.</li>
<li><b>Latanoprost supply:</b> short-term shortage of one brand; generic stock available.</li></ol>
<p style="font-size:8pt">You are receiving this bulletin as a member of a Ravenshire general practice.</p>
</body></html>
""")

other(key="x04", sent="2028-10-17 19:02",
      notes="Patient e-mail about eye drops after the glaucoma clinic (cross-link to the late glaucoma letter).",
      frm="Horace Wimbush <h.wimbush58@example.com>",
      subject="eye drops from the hospital",
      body="""
Hello,

I saw the eye consultant at Kingsreach a couple of weeks ago and he said I need
drops every night for glaucoma and that the surgery would do the prescription.
I haven't got any yet. Could someone let me know if it has come through? I can
collect from Tenter Row Pharmacy.

Thanks
Horace Wimbush
10/09/1958
""")

other(key="x05", sent="2028-10-25 08:02",
      notes="Out-of-office auto-reply from the glaucoma secretary (Auto-Submitted: auto-replied).",
      frm="Newbould Carys (KINGSREACH UNIVERSITY HOSPITALS NHS FOUNDATION TRUST) <carys.newbould@nhs.net>",
      subject="Automatic reply: Horace Wimbush - latanoprost - clinic 03/10",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
               "In-Reply-To": "<qmp.20281025080100.wimbush@nhs.net>"},
      body="""
Thank you for your email. I am out of the office until Monday 30 October 2028.

For urgent eye queries please ring the Eye Unit triage line on 0113 496 0760
(Monday to Friday, 08:30 to 17:00). Out of hours, please contact the on-call
ophthalmologist via Kingsreach Royal Hospital switchboard.

Carys Newbould
Medical Secretary to Mr A Chaudhry-Wells, Glaucoma Service
""")

other(key="x06", sent="2028-11-07 08:00",
      notes="Community trust service announcement sent in bulk (List-Id): MSK self-referral opening.",
      frm="Marlowgate Community Health Communications <mch.communications@nhs.net>",
      subject="Service update: MSK physiotherapy self-referral opens 13 November",
      headers={"List-Id": "MCH GP Bulletin <gp-bulletin.marlowgate-ch.nhs.uk>", "Precedence": "bulk",
               "List-Unsubscribe": "<mailto:gp-bulletin-leave@marlowgate-ch.nhs.uk>"},
      body="""
MARLOWGATE COMMUNITY HEALTH - GP BULLETIN

From Monday 13 November 2028 adults registered with a Ravenshire practice can
refer themselves to MSK physiotherapy online or by phone (0114 496 0266).
GP referral is still welcome for complex cases.

Podiatry: the Quillfield satellite clinic moves to Tenter Row Health Hub from
4 December.

Please share with your reception and care-navigation teams.
""")

other(key="x07", sent="2028-11-16 14:22",
      notes="Delivery status notification (mailer-daemon) for a message the practice sent; nothing to detect.",
      frm="Mail Delivery System <MAILER-DAEMON@nhs.net>",
      subject="Undeliverable: Returned request - Tamsin Ravensworth - azathioprine",
      headers={"Auto-Submitted": "auto-replied"},
      body="""
Delivery has failed to these recipients or groups:

kuh.ibdpharmacy@nhs.net
The email address you entered couldn't be found. Please check the recipient's
email address and try to resend the message.

Diagnostic information for administrators:
Generating server: nhs.net
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'

Original message headers:
From: Quillfield Medical Practice <quillfield.mp@nhs.net>
Subject: Returned request - Tamsin Ravensworth - azathioprine
""")

other(key="x08", sent="2028-11-21 12:10",
      notes="Sexual health clinic admin's reply in an existing RE: thread confirming a consent form was received.",
      frm="Sorrel House Clinic <wyndle.sorrelhouse@nhs.net>",
      subject="RE: Consent to share - records request",
      headers={"In-Reply-To": "<qmp.20281120154000.consent@nhs.net>",
               "References": "<qmp.20281120154000.consent@nhs.net>"},
      body="""
Dear Quillfield team,

Thank you - we have received the signed consent form and have scanned it to the
patient's clinic record. The clinician will send the summary you asked for
within 10 working days.

Kind regards
Reception and Admin Team
Sorrel House Sexual Health and HIV Clinic

> Please find attached the patient's signed consent form for release of
> information to the practice.
""")

other(key="x09", sent="2028-11-25 10:14",
      notes="Relative's e-mail asking for an appointment about the MRI (cross-link to the memory clinic letter).",
      frm="Joan Battersby <joanbattersby45@example.com>",
      subject="Appointment for Frank about his scan",
      body="""
Good morning,

The memory clinic told Frank and me to make an appointment with the doctor to
go over his brain scan when it's done. He had the scan yesterday. Can we book
something for the week after next, preferably a morning? Frank is not keen on
the phone so email is easier.

Many thanks
Joan Battersby (wife of Frank Battersby, 06/06/1945)
""")

other(key="x10", sent="2028-12-15 17:00",
      notes="LMC newsletter (List-Id) quoting interface phrases on purpose.",
      frm="Ravenshire LMC <news@ravenshire-lmc.example.org>",
      subject="Ravenshire LMC Update - December 2028",
      headers={"List-Id": "Ravenshire LMC Update <update.ravenshire-lmc.example.org>", "Precedence": "bulk",
               "List-Unsubscribe": "<https://ravenshire-lmc.example.org/unsubscribe>"},
      body="""
RAVENSHIRE LMC UPDATE - DECEMBER 2028

Interface: we continue to see letters saying "please re-refer if still
required" after a single missed appointment and "GP to check bloods in one
week" after a hospital dose change. Please keep sending anonymised examples.

Hospital at home and virtual wards count as inpatient care: discharge
summaries are due within 24 hours and fit notes for the period of care are
the provider's to issue.

Seasons greetings from the LMC office. We close on 22 December.
""")


# =========================================================================== building

COVER = {
    "kings": ("Kingsreach University Hospitals NHS Foundation Trust - clinical correspondence\n\n"
              "Document: {doc}\nNHS number: {nhs}\nFile: {fn}\n\n"
              "This is an unmonitored mailbox. Contact details for the clinical team are on the letter.\n"),
    "marlow": ("Marlowgate Community Health NHS Trust\n\nPlease find attached a {doc} regarding your patient "
               "(NHS {nhs}).\n\nAttachment: {fn}\n\nSent from SystmOne. Replies to this address are not read.\n"),
    "ashlode": ("Dear Colleague,\n\nPlease find attached correspondence ({doc}) from Ashlode Vale Partnership NHS "
                "Foundation Trust about your patient, NHS {nhs}.\n\nKind regards\nClinical Administration\n"),
    "wyndle": ("Please find attached a letter from Sorrel House Sexual Health and HIV Clinic. The patient has "
               "consented to this letter being shared with the practice.\n\nNHS number: {nhs}\nFile: {fn}\n\n"
               "Wyndle Health CIC - confidential. If received in error please delete and tell the sender.\n"),
    "pelling": ("Pellinghurst Hearing LLP - NHS Audiology\n\nA copy of a letter sent to your patient "
                "(NHS {nhs}) is attached for your records.\n\nAttachment: {fn}\n"),
}

SUBJECT = {
    "kings": "KUH {doc} - {dept} - NHS {nhs}",
    "marlow": "MCH {doc}: {name} ({nhs})",
    "ashlode": "AVP correspondence - {doc} - {surname}",
    "wyndle": "Sorrel House - letter for GP - {nhs}",
    "pelling": "Audiology letter (copy) - {name}",
}


def msgid(sent: dt.datetime, key: str, domain: str) -> str:
    return f"<{sent.strftime('%Y%m%d%H%M%S')}.{key}@{domain}>"


def provider_of(L) -> dict:
    p = dict(PROV[L["prov"]])
    if L["site"]:
        p["site"] = L["site"]
    return p


def raw(s: str) -> str:
    """Typed text: the letters are written indented by 4 spaces (inserted blocks, such as the NHSmail
    disclaimer, are not), so take off up to 4 leading spaces from every line."""
    return re.sub(r"(?m)^ {1,4}", "", s).strip("\n") + "\n"


def build_letter(L) -> bytes:
    p = provider_of(L)
    sent = london(L["sent"])
    pat = L["patient"]
    doc = DOCTYPE[L["kind"]]
    subj = L["subject"] or SUBJECT[L["prov"]].format(
        doc=doc, nhs=pat["nhs_number"], dept=L["dept"], surname=pat["name"].split()[-1].upper(),
        name=pat["name"])
    msg = EmailMessage()
    msg["From"] = L["frm"] or p["sender"]
    msg["To"] = PRACTICE_TO
    msg["Subject"] = subj
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msgid(sent, L["key"], p["domain"])
    msg["X-Mailer"] = p["mailer"]
    for k, v in L["headers"].items():
        msg[k] = v
    fmt = L["fmt"]
    if fmt == "plain":
        msg.set_content(raw(L["text"]))
    elif fmt == "thread":
        msg.set_content(raw(L["text"]) + "\n" + raw(L["quote"]))
    elif fmt in ("html", "alt"):
        blocks = parse_markup(L["text"])
        html = html_doc(p, L["dept"], blocks, style="tablehead" if L["prov"] == "kings" else "plainhead")
        if fmt == "alt":
            msg.set_content(render_plain(blocks))
            msg.add_alternative(html, subtype="html")
        else:
            msg.set_content(html, subtype="html")
    else:
        blocks = parse_markup(L["text"])
        stamp = sent.strftime("%Y%m%d")
        short = {"clinic_letter": "CL", "discharge_summary": "DS", "referral_response": "RR",
                 "results": "RES", "ed_letter": "ED"}[L["kind"]]
        ext = "pdf" if fmt == "pdf" else "docx"
        fn = f"{short}_{pat['nhs_number']}_{stamp}.{ext}"
        created = sent - dt.timedelta(minutes=11)
        title = f"{doc} - {pat['name']}"
        cover = L["cover"] or COVER[L["prov"]].format(doc=doc, nhs=spaced(pat["nhs_number"]), fn=fn)
        msg.set_content(cover)
        if fmt == "pdf":
            data = make_pdf(p, L["dept"], blocks, title, created, twocol=L["opts"].get("twocol", False))
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=fn)
        else:
            data = make_docx(p, L["dept"], blocks, title, created)
            msg.add_attachment(
                data, maintype="application",
                subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fn)
    return msg.as_bytes(policy=OUT_POLICY)


def build_other(oth) -> bytes:
    sent = london(oth["sent"])
    domain = oth["frm"].rsplit("@", 1)[1].rstrip(">")
    msg = EmailMessage()
    msg["From"] = oth["frm"]
    msg["To"] = PRACTICE_TO
    msg["Subject"] = oth["subject"]
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = msgid(sent, oth["key"], domain)
    for k, v in oth["headers"].items():
        msg[k] = v
    msg.set_content(oth["body"].strip("\n") + "\n")
    if oth["html"]:
        msg.add_alternative(oth["html"], subtype="html")
    return msg.as_bytes(policy=OUT_POLICY)


def all_items():
    items = [("L", x) for x in LETTERS] + [("O", x) for x in OTHERS]
    items.sort(key=lambda t: london(t[1]["sent"]).astimezone(UTC))
    return items


def label_for(tag, item, num) -> dict:
    mid = f"{PREFIX}-{num:03d}"
    if tag == "O":
        return {"id": mid, "file": f"{mid}.eml", "kind": "other", "trust": None, "specialty": None,
                "clinician": None, "patient": None, "event_date": None, "letter_date": None,
                "expected": [], "urgent_clinical_action": False, "notes": item["notes"]}
    return {"id": mid, "file": f"{mid}.eml", "kind": item["kind"], "trust": PROV[item["prov"]]["name"],
            "specialty": item["specialty"], "clinician": item["clinician"], "patient": item["patient"],
            "event_date": item["event"], "letter_date": item["letter_date"],
            "expected": [{"category": c, "evidence": e} for c, e in item["exp"]],
            "urgent_clinical_action": item["urgent"], "notes": item["notes"]}


def build():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for num, (tag, item) in enumerate(all_items(), start=1):
        random.seed(f"{PREFIX}-{item['key']}")
        data = build_letter(item) if tag == "L" else build_other(item)
        lab = label_for(tag, item, num)
        (OUT / lab["file"]).write_bytes(data)
        labels.append(lab)
    (OUT / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"built {len(labels)} messages in {OUT}")


# =========================================================================== verification

class _Text(HTMLParser):
    BLOCK = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s: str) -> str:
    t = _Text()
    t.feed(s)
    t.close()
    return "".join(t.out)


def pdf_texts(data: bytes) -> tuple[list[str], str]:
    """(pypdf text per page, pdfium full text)."""
    import pypdf
    import pypdfium2 as pdfium

    pages = [pg.extract_text() or "" for pg in pypdf.PdfReader(io.BytesIO(data)).pages]
    doc = pdfium.PdfDocument(data)
    full = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        full.append(tp.get_text_range())
        tp.close()
    doc.close()
    return pages, "\n".join(full)


def docx_text(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                out.append(c.text)
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(out)


def extract(msg):
    """Return (texts that any reader sees, list of (pypdf pages, pdfium text) per PDF)."""
    texts, pdfs = [], []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct.startswith("message/"):
            continue
        fn = (part.get_filename() or "").lower()
        if ct == "text/plain" and not fn:
            texts.append(part.get_content())
        elif ct == "text/html":
            texts.append(html_text(part.get_content()))
        elif ct == "application/pdf" or fn.endswith(".pdf"):
            pdfs.append(pdf_texts(part.get_payload(decode=True)))
        elif fn.endswith(".docx"):
            texts.append(docx_text(part.get_payload(decode=True)))
    return texts, pdfs


def found(ev: str, texts, pdfs) -> bool:
    e = collapse(ev)
    if any(e in collapse(t) for t in texts):
        return True
    return any(e in collapse("\n".join(pages)) and e in collapse(full) for pages, full in pdfs)


def is_late(kind, event, ev_time, sent: dt.datetime) -> bool:
    """Clinic letter: more than 7 calendar days.  Discharge summary: more than 24 real hours (UTC)."""
    d = dt.date.fromisoformat(event)
    days = (sent.astimezone(london("2028-10-01 00:00").tzinfo).date() - d).days
    if kind == "clinic_letter":
        return days > 7
    if ev_time:
        start = london(f"{event} {ev_time}").astimezone(UTC)
        return sent.astimezone(UTC) - start > dt.timedelta(hours=24)
    if days == 1:
        raise AssertionError("discharge summary sent the next day without a stated discharge time")
    return days >= 2


def other_corpora_nhs() -> set[str]:
    """NHS numbers in the other corpora's labels (read as nhs_number values only)."""
    used = set()
    paths = list(HERE.glob("*/labels.json")) + list(Path("/work/shared/corpus").glob("*/labels.json"))
    for lab in paths:
        if lab.parent.resolve() == OUT.resolve():
            continue
        used |= set(re.findall(r'"nhs_number":\s*"(\d{10})"', lab.read_text(encoding="utf-8")))
    return used


def verify() -> bool:
    ok = True

    def bad(m):
        nonlocal ok
        ok = False
        print("FAIL", m)

    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    items = {f"{PREFIX}-{n:03d}": it for n, (_t, it) in enumerate(all_items(), start=1)}
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if files != sorted(lab["file"] for lab in labels):
        bad("file list does not match labels")
    keys = [it["key"] for _t, it in all_items()]
    if len(keys) != len(set(keys)):
        bad("duplicate item key")
    used_elsewhere = other_corpora_nhs()
    seen_nhs = {}
    for lab in labels:
        lid = lab["id"]
        if list(lab) != LABEL_KEYS:
            bad(f"{lid}: label keys {list(lab)}")
        if lab["kind"] not in KINDS:
            bad(f"{lid}: kind {lab['kind']}")
        raw_bytes = (OUT / lab["file"]).read_bytes()
        if b"\r\n" not in raw_bytes:
            bad(f"{lid}: not CRLF")
        msg = email.message_from_bytes(raw_bytes, policy=email.policy.default)
        sent = email.utils.parsedate_to_datetime(msg["Date"])
        if not (dt.date(2028, 10, 1) <= sent.date() <= dt.date(2028, 12, 31)):
            bad(f"{lid}: sent outside October-December 2028")
        want = sent.astimezone(london("2028-10-01 00:00").tzinfo).utcoffset()
        if sent.utcoffset() != want:
            bad(f"{lid}: Date header offset {sent.utcoffset()} but London is {want}")
        texts, pdfs = extract(msg)
        cats = [e["category"] for e in lab["expected"]]
        if len(cats) != len(set(cats)):
            bad(f"{lid}: duplicate category")
        for e in lab["expected"]:
            if e["category"] not in CATEGORIES:
                bad(f"{lid}: category {e['category']}")
            if not found(e["evidence"], texts, pdfs):
                bad(f"{lid}: evidence not found: {e['evidence']!r}")
        if lab["kind"] == "other":
            if lab["expected"] or lab["urgent_clinical_action"] or lab["patient"] is not None:
                bad(f"{lid}: other with findings/patient")
            continue
        it = items[lid]
        pat = lab["patient"]
        n = pat["nhs_number"]
        if nhs(n[3:9]) != n:
            bad(f"{lid}: invalid NHS number {n}")
        if n in used_elsewhere:
            bad(f"{lid}: NHS number {n} used in another corpus")
        if n in seen_nhs and seen_nhs[n] != pat["name"]:
            bad(f"{lid}: NHS number reused")
        seen_nhs[n] = pat["name"]
        everything = collapse("\n".join(texts + [full for _p, full in pdfs]))
        if spaced(n) not in everything and n not in everything:
            bad(f"{lid}: NHS number not in text")
        if collapse(pat["name"]).lower() not in everything.lower():
            bad(f"{lid}: patient name not in text")
        if dmy(pat["dob"]) not in everything:
            bad(f"{lid}: date of birth not in text")
        if lab["clinician"] and collapse(lab["clinician"]) not in everything:
            bad(f"{lid}: clinician {lab['clinician']!r} not in text")
        if lab["trust"] != PROV[it["prov"]]["name"]:
            bad(f"{lid}: trust")
        for k in ("event_date", "letter_date"):
            if lab[k] is not None:
                dt.date.fromisoformat(lab[k])
                if lab[k] > sent.date().isoformat():
                    bad(f"{lid}: {k} after sending")
        if lab["event_date"] and lab["letter_date"] and lab["event_date"] > lab["letter_date"]:
            bad(f"{lid}: event after letter")
        if lab["event_date"] and dmy(lab["event_date"]) not in everything:
            bad(f"{lid}: event date not stated in the letter")
        late_cat = {"clinic_letter": "late_clinic_letter",
                    "discharge_summary": "late_discharge_summary"}.get(lab["kind"])
        for lc in ("late_clinic_letter", "late_discharge_summary"):
            if lc in cats and lc != late_cat:
                bad(f"{lid}: {lc} on a {lab['kind']}")
        if late_cat and lab["event_date"]:
            late = is_late(lab["kind"], lab["event_date"], it["ev_time"], sent)
            if late != (late_cat in cats):
                bad(f"{lid}: lateness label mismatch (late={late})")
            if late:
                ev = next(e["evidence"] for e in lab["expected"] if e["category"] == late_cat)
                if dmy(lab["event_date"]) not in ev:
                    bad(f"{lid}: late evidence does not state the date")
            if lab["kind"] == "discharge_summary":
                if not it["ev_time"]:
                    bad(f"{lid}: discharge summary without a stated discharge time")
                else:
                    stated = f"{dmy(lab['event_date'])} at {it['ev_time']}"
                    stated2 = f"{dmy(lab['event_date'])} {it['ev_time']}"
                    if stated not in everything and stated2 not in everything:
                        bad(f"{lid}: discharge time not stated in the letter")
        elif late_cat in cats:
            bad(f"{lid}: late label without event date")
    if ok:
        print(f"verified {len(labels)} messages: OK")
    return ok


def summary():
    from collections import Counter

    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    kinds = Counter(lab["kind"] for lab in labels)
    cats = Counter(e["category"] for lab in labels for e in lab["expected"])
    letters = [lab for lab in labels if lab["kind"] != "other"]
    fmts = Counter(it["fmt"] for tag, it in all_items() if tag == "L")
    print("kinds:", dict(sorted(kinds.items())))
    print("letter formats:", dict(sorted(fmts.items())))
    for c in sorted(CATEGORIES):
        print(f"  {c:32s} {cats.get(c, 0)}")
    print("expected entries:", sum(cats.values()))
    print("urgent:", sum(lab["urgent_clinical_action"] for lab in labels))
    print("letters with no finding (hard negatives):", sum(1 for lab in letters if not lab["expected"]))


def main(argv):
    if "--verify-only" not in argv:
        build()
    ok = verify()
    summary()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
