"""Fixtures for the web app: a seeded SQLite database, a Maildir, users, a test client and a live server.

Rows are inserted straight into the tables (the reading/policy/letters stages are not needed to
review a draft), and decisions go through the app, which uses `bouncebot.review`.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher, profiles
from sqlalchemy.engine import Engine
from sqlmodel import select

from bouncebot.settings import Database, MailboxSettings, Settings, Web
from bouncebot.store.clock import utcnow
from bouncebot.store.db import make_engine, session_scope
from bouncebot.store.tables import Assessment, Draft, FindingRow, Message
from bouncebot.web import auth

PASSWORD = "correct horse battery staple"
USERS = {"pm": "reviewer", "drsmith": "clinician", "boss": "admin"}
PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def cheap_hasher() -> Iterator[None]:
    """argon2's CHEAPEST profile: the real algorithm, without 140 ms per sign-in."""
    auth.use_hasher(PasswordHasher.from_parameters(profiles.CHEAPEST))
    yield
    auth.use_hasher(PasswordHasher())


@dataclass
class Env:
    engine: Engine
    settings: Settings
    maildir: Path
    tmp: Path
    ids: dict[str, tuple[int, int | None]] = field(default_factory=dict)

    def outbox(self) -> list[bytes]:
        from bouncebot.mailboxes.maildir import MaildirMailbox

        return MaildirMailbox(self.maildir).outbox()


def raw_letter(subject: str, body: str, *, msgid: str, attachments: bool = True) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Outpatients <outpatients@northbridge.nhs.uk>"
    msg["To"] = "riverside.surgery@nhs.net"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{msgid}>"
    msg["Date"] = format_datetime(utcnow())
    msg.set_content(body)
    msg.add_alternative(f"<html><body><p>{body}</p><script>window.__fromHtmlPart = 1</script></body></html>",
                        subtype="html")
    if attachments:
        msg.add_attachment(PDF_BYTES, maintype="application", subtype="pdf", filename="clinic-letter.pdf")
        msg.add_attachment(b"<script>alert(1)</script>", maintype="text", subtype="html", filename="notes.html")
    return msg.as_bytes()


CLINIC_TEXT = (
    "Dear Dr Patel,\n\nRe: Jane Example, NHS number 943 476 5919\n\n"
    "Seen in the cardiology clinic today. Please could the GP arrange an echocardiogram and repeat "
    "bloods in two weeks.\nThe GP is asked to issue a fit note for four weeks.\n\nYours sincerely,\nDr Jones"
)
XSS_TEXT = (
    "Dear colleague,\n<script>window.__pwned = 1</script>\n"
    "<img src=x onerror=\"window.__pwned = 2; alert('xss')\">\n"
    "Please could the GP <b onmouseover=\"window.__pwned=3\">chase the results</b> of the MRI.\n"
)
URGENT_TEXT = (
    "Potassium 6.9 mmol/L. Please repeat U&E urgently today and act on the result. "
    "The GP is also asked to arrange a follow-up ultrasound."
)


def _span(text: str, evidence: str) -> tuple[int, int]:
    i = text.index(evidence)
    return i, i + len(evidence)


def seed_letter(engine: Engine, *, key: str, text: str, findings: list[tuple[str, str, bool]], trust: str,
                specialty: str, state: str = "drafted", draft_state: str | None = "awaiting_review",
                urgent: bool = False, subject: str = "Clinic letter", clinician: str = "Dr Jones",
                body_text: str = "Dear colleagues,\n\nWe are returning this request.\n\nRiverside Surgery\n",
                categories: str | None = None) -> tuple[int, int | None]:
    """One letter as the pipeline would have stored it: message, assessment, findings and a draft."""
    with session_scope(engine) as s:
        n = len(s.exec(select(Message)).all())
        raw = raw_letter(subject, text, msgid=f"{key}@northbridge.nhs.uk")
        m = Message(mailbox="", uid=f"uid-{key}", message_id=f"{key}@northbridge.nhs.uk", sha256=f"{n:064d}",
                    raw=raw, size=len(raw), sender="outpatients@northbridge.nhs.uk", subject=subject, state=state)
        s.add(m)
        s.flush()
        if state == "quarantined":
            m.reason = "the PDF could not be read"
            return m.id, None  # type: ignore[return-value]
        letter = {"blocks": [{"text": text, "source": {"kind": "body", "name": None, "page": None}}],
                  "attachments": [], "problems": []}
        a = Assessment(message_pk=m.id, kind="clinic_letter", action="clinician_review" if urgent else "draft",
                       urgent=urgent, trust=trust, specialty=specialty, clinician=clinician,
                       patient_name="Jane Example", nhs_number="9434765919", letter_json=json.dumps(letter))
        s.add(a)
        s.flush()
        for category, evidence, is_urgent in findings:
            start, end = _span(text, evidence)
            s.add(FindingRow(assessment_id=a.id, category=category, rule=f"{category}-rule", evidence=evidence,
                             source="email body", block=0, start=start, end=end, urgent=is_urgent))
        d = None
        if draft_state:
            cats = categories if categories is not None else ",".join(
                sorted({c for c, _, u in findings if not u}))
            d = Draft(message_pk=m.id, state=draft_state, to_addr="outpatients@northbridge.nhs.uk",
                      subject=f"Re: {subject}", body_text=body_text, body_html="<p>Dear colleagues</p>",
                      docx=b"PK\x03\x04not-really-a-docx", categories=cats, template_pack="default",
                      template_version="1.0")
            s.add(d)
            s.flush()
        return m.id, (d.id if d else None)  # type: ignore[return-value]


def build_env(tmp_path: Path, **web: object) -> Env:
    db = tmp_path / "bouncebot.db"
    maildir = tmp_path / "Maildir"
    from bouncebot.mailboxes.maildir import MaildirMailbox

    MaildirMailbox(maildir)
    url = f"maildir:{maildir}"
    settings = Settings(database=Database(url=f"sqlite:///{db}"), mailboxes=[MailboxSettings(url=url)],
                        web=Web(**web))  # type: ignore[arg-type]
    engine = make_engine(settings.database.url)
    env = Env(engine=engine, settings=settings, maildir=maildir, tmp=tmp_path)
    with session_scope(engine) as s:
        for name, role in USERS.items():
            auth.create_user(s, name, PASSWORD, role)
    env.ids["clinic"] = seed_letter(
        engine, key="clinic", text=CLINIC_TEXT, trust="Northbridge Hospitals NHS Trust", specialty="Cardiology",
        findings=[("tests_for_hospital", "Please could the GP arrange an echocardiogram", False),
                  ("fit_note", "The GP is asked to issue a fit note for four weeks", False)])
    env.ids["second"] = seed_letter(
        engine, key="second", text="Please can the GP refer the patient to dermatology.", trust="Westshire NHS FT",
        specialty="Dermatology", clinician="Dr Brown",
        findings=[("onward_referral", "Please can the GP refer the patient to dermatology", False)])
    env.ids["xss"] = seed_letter(
        engine, key="xss", text=XSS_TEXT, trust="Northbridge Hospitals NHS Trust", specialty="Neurology",
        subject="Results <script>window.__pwned = 4</script>",
        findings=[("results_chasing", "chase the results</b> of the MRI", False)])
    env.ids["urgent"] = seed_letter(
        engine, key="urgent", text=URGENT_TEXT, trust="Northbridge Hospitals NHS Trust", specialty="Renal",
        state="clinician_review", draft_state=None, urgent=True,
        findings=[("tests_for_hospital", "Please repeat U&E urgently today", True)])
    env.ids["urgent_drafted"] = seed_letter(
        engine, key="urgent2", text=URGENT_TEXT, trust="Northbridge Hospitals NHS Trust", specialty="Renal",
        state="clinician_review", urgent=True, categories="post_procedure_care",
        findings=[("tests_for_hospital", "Please repeat U&E urgently today", True),
                  ("post_procedure_care", "The GP is also asked to arrange a follow-up ultrasound", False)])
    env.ids["quarantined"] = seed_letter(engine, key="quar", text="", trust="", specialty="", state="quarantined",
                                         findings=[])
    with session_scope(engine) as s:  # messages belong to the configured mailbox
        for m in s.exec(select(Message)).all():
            m.mailbox = url
            s.add(m)
    return env


@pytest.fixture
def env(tmp_path: Path) -> Env:
    return build_env(tmp_path)


def login(client, name: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    """Sign in with the form, as a browser would (the sign-in token comes from the page)."""
    page = client.get("/login")
    token = re.search(r'name="login_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    return client.post("/login", data={"username": name, "password": password, "login_token": token},
                       follow_redirects=False)


def csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]


# --- a live server for the browser tests --------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Live:
    url: str
    env: Env


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    import uvicorn

    from bouncebot.web import create_app

    env = build_env(tmp_path)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(env.settings, engine=env.engine), host="127.0.0.1",
                                           port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    yield Live(f"http://127.0.0.1:{port}", env)
    server.should_exit = True
    thread.join(5)
