"""The review web app, server side: sign-in and sessions, CSRF, the queue, decisions, downloads, dashboard."""

from __future__ import annotations

import email
import json
import re
from datetime import timedelta
from email import policy

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from bouncebot.store.clock import utcnow
from bouncebot.store.db import session_scope
from bouncebot.store.tables import AuditEvent, Draft, Message, User, WebSession
from bouncebot.web import create_app
from tests.web.conftest import PASSWORD, PDF_BYTES, Env, build_env, csrf, login


def client_for(env: Env) -> TestClient:
    return TestClient(create_app(env.settings, engine=env.engine))


@pytest.fixture
def client(env: Env) -> TestClient:
    return client_for(env)


def user_id(env: Env, name: str) -> int:
    with Session(env.engine) as s:
        return s.exec(select(User).where(User.username == name)).one().id  # type: ignore[return-value]


def signed_in(env: Env, name: str = "pm") -> TestClient:
    c = client_for(env)
    assert login(c, name).status_code == 303
    return c


# --- sign-in, sessions, lockout -------------------------------------------------------------------


def test_every_page_needs_a_session(client: TestClient, env: Env) -> None:
    draft_id = env.ids["clinic"][1]
    for path in ("/", "/queue", f"/drafts/{draft_id}", "/dashboard", "/dashboard/log.csv", "/settings",
                 f"/letters/{env.ids['urgent'][0]}", f"/letters/{env.ids['clinic'][0]}/attachments/1"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login"), path
    assert client.post(f"/drafts/{draft_id}/approve", data={}).status_code == 403


def test_sign_in_form_has_labelled_fields_and_a_strict_csp(client: TestClient) -> None:
    r = client.get("/login")
    assert '<label class="label" for="username">Username</label>' in r.text
    assert '<label class="label" for="password">Password</label>' in r.text
    assert 'id="password" name="password" type="password"' in r.text
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text and " on" not in re.sub(r"[^<]*", "", r.text)  # no inline script


def test_session_cookie_is_httponly_lax_and_only_a_random_token(client: TestClient, env: Env) -> None:
    r = login(client, "pm")
    assert r.status_code == 303 and r.headers["location"] == "/queue"
    cookie = next(v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith("bb_session="))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax") and "Secure" not in cookie
    token = cookie.split(";")[0].split("=", 1)[1]
    with Session(env.engine) as s:
        rows = s.exec(select(WebSession)).all()
    assert len(rows) == 1 and rows[0].token_hash != token and len(token) >= 40


def test_cookie_is_secure_when_configured_for_https(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = build_env(tmp_path, secure_cookies=True)
    r = login(TestClient(create_app(env.settings, engine=env.engine), base_url="https://testserver"), "pm")
    cookie = next(v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith("bb_session="))
    assert "Secure" in cookie and "HttpOnly" in cookie
    assert r.headers["strict-transport-security"].startswith("max-age=")


def test_wrong_password_then_lockout(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = build_env(tmp_path, max_failed_logins=3)
    c = client_for(env)
    for _ in range(3):
        r = login(c, "pm", "not the password at all")
        assert r.status_code == 400 and "username or password is not right" in r.text
    r = login(c, "pm")  # the right password, but the account is now locked
    assert r.status_code == 400 and "locked" in r.text
    with Session(env.engine) as s:
        assert s.exec(select(User).where(User.username == "pm")).one().locked_until is not None
    assert login(c, "nobody").status_code == 400  # unknown users get the same answer
    admin = signed_in(env, "boss")
    page = admin.get("/settings")
    assert "Locked" in page.text
    pm_id = user_id(env, "pm")
    admin.post(f"/settings/users/{pm_id}/unlock", data={"csrf_token": csrf(page.text)})
    assert login(client_for(env), "pm").status_code == 303


def test_sign_in_form_needs_its_token(client: TestClient) -> None:
    r = client.post("/login", data={"username": "pm", "password": PASSWORD})
    assert r.status_code == 403


def test_sign_out_revokes_the_session_server_side(env: Env) -> None:
    c = signed_in(env)
    old = c.cookies.get("bb_session")
    page = c.get("/queue")
    r = c.post("/logout", data={"csrf_token": csrf(page.text)}, follow_redirects=False)
    assert r.status_code == 303 and "signed_out" in r.headers["location"]
    replay = client_for(env)
    replay.cookies.set("bb_session", old)
    assert replay.get("/queue", follow_redirects=False).status_code == 303
    with Session(env.engine) as s:
        assert all(row.revoked for row in s.exec(select(WebSession)).all())


def test_idle_sessions_expire(env: Env) -> None:
    c = signed_in(env)
    with session_scope(env.engine) as s:
        row = s.exec(select(WebSession)).one()
        row.last_seen_at = utcnow() - timedelta(minutes=env.settings.web.session_idle_minutes + 1)
        s.add(row)
    assert c.get("/queue", follow_redirects=False).status_code == 303


def test_admin_can_end_a_users_sessions(env: Env) -> None:
    pm = signed_in(env, "pm")
    admin = signed_in(env, "boss")
    page = admin.get("/settings")
    pm_id = user_id(env, "pm")
    admin.post(f"/settings/users/{pm_id}/revoke", data={"csrf_token": csrf(page.text)})
    assert pm.get("/queue", follow_redirects=False).status_code == 303
    assert admin.get("/queue").status_code == 200


def test_only_admins_see_settings(env: Env) -> None:
    assert signed_in(env, "pm").get("/settings").status_code == 403
    page = signed_in(env, "boss").get("/settings")
    assert page.status_code == 200 and "maildir:" in page.text and "drsmith" in page.text


# --- CSRF -----------------------------------------------------------------------------------------


def test_posts_without_the_sessions_csrf_token_are_refused(env: Env) -> None:
    c = signed_in(env)
    draft_id = env.ids["clinic"][1]
    good = csrf(c.get(f"/drafts/{draft_id}").text)
    assert c.post(f"/drafts/{draft_id}/approve", data={"body_text": "x"}).status_code == 403
    assert c.post(f"/drafts/{draft_id}/approve", data={"csrf_token": "forged"}).status_code == 403
    other = signed_in(env, "boss")  # another session's token is no good either
    assert other.post(f"/drafts/{draft_id}/approve", data={"csrf_token": good}).status_code == 403
    r = c.post(f"/drafts/{draft_id}/approve", data={"csrf_token": good}, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403
    with Session(env.engine) as s:
        assert s.get(Draft, draft_id).state == "awaiting_review"
    assert env.outbox() == []


# --- the queue ------------------------------------------------------------------------------------


def test_queue_counts_and_filters(env: Env) -> None:
    c = signed_in(env)
    page = c.get("/queue").text
    counts = {label: int(n) for n, label in
              re.findall(r'counts__number">(\d+)</span>\s*<span class="counts__label">([^<]+)<', page)}
    assert counts == {"Awaiting review": 3, "Clinician review": 2, "Quarantined": 1, "Approved and sent": 0,
                      "Rejected or not a bounce": 0}
    filtered = c.get("/queue", params={"trust": "Westshire NHS FT"}).text
    assert f'href="/drafts/{env.ids["second"][1]}"' in filtered
    assert f'href="/drafts/{env.ids["clinic"][1]}"' not in filtered
    by_category = c.get("/queue", params={"category": "fit_note"}).text
    assert f'href="/drafts/{env.ids["clinic"][1]}"' in by_category
    assert f'href="/drafts/{env.ids["second"][1]}"' not in by_category
    future = c.get("/queue", params={"from": "2999-01-01"}).text
    assert "Nothing here with these filters" in future
    urgent = c.get("/queue", params={"view": "urgent"}).text
    assert f'href="/letters/{env.ids["urgent"][0]}"' in urgent
    quarantined = c.get("/queue", params={"view": "quarantined"}).text
    assert "the PDF could not be read" in quarantined


# --- a draft --------------------------------------------------------------------------------------


def test_draft_page_highlights_evidence_with_category_labels(env: Env) -> None:
    c = signed_in(env)
    page = c.get(f"/drafts/{env.ids['clinic'][1]}").text
    assert re.search(r'<mark class="evidence" id="finding-\d+" data-category="tests_for_hospital">'
                     r'Please could the GP arrange an echocardiogram<span class="evidence__label">'
                     r'Tests for hospital</span></mark>', page)
    assert 'data-category="fit_note">The GP is asked to issue a fit note for four weeks' in page
    assert "Rule <code>fit_note-rule</code>" in page
    assert "Providers issue fit notes" in page and "NHS Standard Contract 2026/27" in page  # duty and clause
    assert 'action="/drafts/' in page and "Approve and send" in page and "Not a bounce" in page
    assert 'href="/letters/' in page and "clinic-letter.pdf" in page
    assert "window.__fromHtmlPart" not in page  # the email's HTML part is never rendered


def test_letter_content_is_escaped_everywhere(env: Env) -> None:
    c = signed_in(env)
    page = c.get(f"/drafts/{env.ids['xss'][1]}").text
    assert "<script>window.__pwned" not in page and "<img src=x" not in page and "<b onmouseover" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;window.__pwned = 2" in page
    assert "Results &lt;script&gt;window.__pwned = 4&lt;/script&gt;" in page  # the subject too
    assert "chase the results&lt;/b&gt; of the MRI" in page  # evidence spans escape as well
    queue = c.get("/queue").text
    assert "<script>window" not in queue


def test_urls_carry_ids_not_patient_details(env: Env) -> None:
    c = signed_in(env)
    page = c.get(f"/drafts/{env.ids['clinic'][1]}").text
    links = re.findall(r'(?:href|action|formaction)="([^"]*)"', page)
    assert links and not [u for u in links if "Jane" in u or "9434765919" in u or "943 476" in u]


def test_approve_with_edited_text_sends_once_in_thread(env: Env) -> None:
    c = signed_in(env)
    draft_id = env.ids["clinic"][1]
    token = csrf(c.get(f"/drafts/{draft_id}").text)
    form = {"csrf_token": token, "body_text": "Dear colleagues,\n\nPlease arrange the echo <yourselves>.\n"}
    r = c.post(f"/drafts/{draft_id}/approve", data=form, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/drafts/{draft_id}?notice=approved_sent"
    again = c.post(f"/drafts/{draft_id}/approve", data=form, follow_redirects=False)  # a double click
    assert again.headers["location"].endswith("notice=already")
    sent = env.outbox()
    assert len(sent) == 1
    reply = email.message_from_bytes(sent[0], policy=policy.default)
    assert reply["In-Reply-To"] == "<clinic@northbridge.nhs.uk>"
    assert "Please arrange the echo <yourselves>." in reply.get_body(("plain",)).get_content()
    with Session(env.engine) as s:
        d = s.get(Draft, draft_id)
        assert (d.state, d.decided_by) == ("sent", "pm")
        actions = [e.action for e in s.exec(select(AuditEvent).where(AuditEvent.draft_id == draft_id)).all()]
    assert actions == ["approved", "sent"]
    page = c.get(f"/drafts/{draft_id}?notice=approved_sent").text
    assert "Draft approved and the reply sent." in page and "Approve and send" not in page
    assert re.search(r"<strong>pm</strong>: Approved – text edited", page)


def test_approve_without_a_mailbox_waits_for_the_worker(env: Env) -> None:
    env.settings.mailboxes = []
    c = signed_in(env)
    draft_id = env.ids["second"][1]
    token = csrf(c.get(f"/drafts/{draft_id}").text)
    r = c.post(f"/drafts/{draft_id}/approve", data={"csrf_token": token}, follow_redirects=False)
    assert r.headers["location"].endswith("notice=approved_waiting")
    with Session(env.engine) as s:
        assert s.get(Draft, draft_id).state == "approved"
    assert env.outbox() == []


def test_reject_needs_a_reason_and_records_it(env: Env) -> None:
    c = signed_in(env)
    draft_id = env.ids["second"][1]
    token = csrf(c.get(f"/drafts/{draft_id}").text)
    r = c.post(f"/drafts/{draft_id}/reject", data={"csrf_token": token, "reason": "  "})
    assert r.status_code == 400 and "There is a problem" in r.text and 'href="#reason"' in r.text
    r = c.post(f"/drafts/{draft_id}/reject", data={"csrf_token": token, "reason": "we do this under the LES"})
    assert r.status_code == 200 and "Draft rejected" in r.text and "we do this under the LES" in r.text
    with Session(env.engine) as s:
        assert s.get(Draft, draft_id).state == "rejected"
    late = c.post(f"/drafts/{draft_id}/approve", data={"csrf_token": token})
    assert late.status_code == 409 and "only drafts awaiting review can be approved" in late.text
    assert env.outbox() == []


def test_not_a_bounce_is_feedback_on_the_rules(env: Env) -> None:
    c = signed_in(env)
    draft_id = env.ids["second"][1]
    token = csrf(c.get(f"/drafts/{draft_id}").text)
    c.post(f"/drafts/{draft_id}/not-a-bounce", data={"csrf_token": token, "nab_reason": "referral is ours"})
    with Session(env.engine) as s:
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "not_a_bounce")).one()
    assert json.loads(event.detail) == {"reason": "referral is ours", "rules": ["onward_referral-rule"]}
    assert event.actor == "pm"


# --- urgent letters -------------------------------------------------------------------------------


def test_reviewer_cannot_approve_an_unreleased_urgent_letter(env: Env) -> None:
    c = signed_in(env)
    draft_id = env.ids["urgent_drafted"][1]
    page = c.get(f"/drafts/{draft_id}").text
    assert "a clinician must release it before this reply can be approved" in page
    assert "Only a clinician can release this letter" in page
    r = c.post(f"/drafts/{draft_id}/approve", data={"csrf_token": csrf(page)})
    assert r.status_code == 409
    assert "a clinician must release it first" in r.text and "There is a problem" in r.text
    r = c.post(f"/letters/{env.ids['urgent_drafted'][0]}/release", data={"csrf_token": csrf(page)})
    assert r.status_code == 409 and "only a clinician" in r.text.lower()
    assert env.outbox() == []


def test_clinician_releases_then_reviewer_approves(env: Env) -> None:
    msg_pk, draft_id = env.ids["urgent_drafted"]
    doc = signed_in(env, "drsmith")
    page = doc.get(f"/drafts/{draft_id}").text
    assert "Release for bounce" in page and "Keep for GP action" in page
    r = doc.post(f"/letters/{msg_pk}/release", data={"csrf_token": csrf(page), "note": "repeat U&E booked"},
                 follow_redirects=False)
    assert r.status_code == 303
    with Session(env.engine) as s:
        assert s.get(Message, msg_pk).state == "drafted"  # released; its draft now awaits review
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "released")).one()
    assert (event.actor, json.loads(event.detail)) == ("drsmith", {"note": "repeat U&E booked"})
    pm = signed_in(env)
    token = csrf(pm.get(f"/drafts/{draft_id}").text)
    assert pm.post(f"/drafts/{draft_id}/approve", data={"csrf_token": token}).status_code == 200
    assert len(env.outbox()) == 1


def test_clinician_keeps_an_urgent_letter_for_the_gp(env: Env) -> None:
    msg_pk = env.ids["urgent"][0]
    doc = signed_in(env, "drsmith")
    page = doc.get(f"/letters/{msg_pk}").text
    assert 'data-category="tests_for_hospital">Please repeat U&amp;E urgently today' in page
    r = doc.post(f"/letters/{msg_pk}/keep", data={"csrf_token": csrf(page)})
    assert r.status_code == 200 and "Kept for GP action" in r.text
    with Session(env.engine) as s:
        assert s.get(Message, msg_pk).state == "kept_for_gp"


# --- downloads ------------------------------------------------------------------------------------


def test_attachments_download_with_the_right_type_and_never_render(env: Env) -> None:
    c = signed_in(env)
    msg_pk = env.ids["clinic"][0]
    pdf = c.get(f"/letters/{msg_pk}/attachments/1")
    assert pdf.content == PDF_BYTES and pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"].startswith('attachment; filename="clinic-letter.pdf"')
    assert pdf.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in pdf.headers["content-security-policy"]
    html = c.get(f"/letters/{msg_pk}/attachments/2")
    assert html.headers["content-type"] == "application/octet-stream"
    assert html.headers["content-disposition"].startswith("attachment;")
    assert c.get(f"/letters/{msg_pk}/attachments/9").status_code == 404
    docx = c.get(f"/drafts/{env.ids['clinic'][1]}/letter.docx")
    assert docx.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument")
    assert docx.headers["content-disposition"].startswith("attachment;")


def test_quarantined_message_shows_the_reason_not_the_html(env: Env) -> None:
    c = signed_in(env)
    page = c.get(f"/letters/{env.ids['quarantined'][0]}").text
    assert "the PDF could not be read" in page and "window.__fromHtmlPart" not in page


# --- dashboard and the log ------------------------------------------------------------------------


def _approve_all(env: Env) -> None:
    c = signed_in(env)
    for key in ("clinic", "second"):
        draft_id = env.ids[key][1]
        c.post(f"/drafts/{draft_id}/approve", data={"csrf_token": csrf(c.get(f"/drafts/{draft_id}").text)})


def test_dashboard_draws_svg_charts_and_hides_clinicians_from_non_admins(env: Env) -> None:
    _approve_all(env)
    pm = signed_in(env).get("/dashboard").text
    assert pm.count("<svg") >= 4 and "Bounces per week" in pm and "Northbridge Hospitals NHS Trust" in pm
    assert "Top clinicians" not in pm and "Dr Jones" not in pm
    admin = signed_in(env, "boss").get("/dashboard").text
    assert "Top clinicians" in admin and "Dr Jones" in admin
    assert "2 requests returned" in admin


def test_csv_export_escapes_formulas_and_keeps_clinicians_for_admins(env: Env) -> None:
    with session_scope(env.engine) as s:
        from bouncebot.store.tables import Assessment

        a = s.exec(select(Assessment).where(Assessment.message_pk == env.ids["second"][0])).one()
        a.trust = "=HYPERLINK(\"http://evil\")"
        s.add(a)
    pm = signed_in(env).get("/dashboard/log.csv")
    assert pm.headers["content-disposition"].startswith('attachment; filename="bounce-log.csv"')
    lines = pm.text.splitlines()
    assert lines[0] == "date,trust,specialty,categories,status,draft"
    assert any(line.split(",")[1].startswith("\"'=HYPERLINK") for line in lines[1:])
    admin = signed_in(env, "boss").get("/dashboard/log.csv").text.splitlines()
    assert admin[0] == "date,trust,specialty,clinician,categories,status,draft"


# --- the CLI --------------------------------------------------------------------------------------


def test_user_add_reads_the_password_from_stdin(env: Env) -> None:
    from typer.testing import CliRunner

    from bouncebot.cli import app

    db = env.settings.database.url
    r = CliRunner().invoke(app, ["user", "add", "nurse", "--role", "clinician", "--password-stdin", "--db", db],
                           input="a long enough passphrase\n")
    assert r.exit_code == 0, r.output
    assert login(client_for(env), "nurse", "a long enough passphrase").status_code == 303
    bad = CliRunner().invoke(app, ["user", "add", "x", "--role", "owner", "--password-stdin", "--db", db],
                             input="a long enough passphrase\n")
    assert bad.exit_code != 0
    short = CliRunner().invoke(app, ["user", "add", "y", "--password-stdin", "--db", db], input="short\n")
    assert short.exit_code != 0


def test_serve_and_demo_hooks_match_the_cli(env: Env) -> None:
    import inspect

    from bouncebot.web import serve
    from bouncebot.web.auth import create_user

    assert list(inspect.signature(serve).parameters) == ["settings", "host", "port"]
    with session_scope(env.engine) as s:  # what `bouncebot demo` does, twice (a rerun resets the password)
        create_user(s, "demo", "demo-password-123", "admin")
        create_user(s, "demo", "demo-password-456", "admin")
    assert login(client_for(env), "demo", "demo-password-456").status_code == 303


def test_simultaneous_approvals_send_once(env: Env) -> None:
    """Two reviewers (or a double click that beats the page) approving at the same moment."""
    from concurrent.futures import ThreadPoolExecutor

    draft_id = env.ids["clinic"][1]
    clients = [signed_in(env, "pm"), signed_in(env, "boss")]
    tokens = [csrf(c.get(f"/drafts/{draft_id}").text) for c in clients]
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda ct: ct[0].post(f"/drafts/{draft_id}/approve", data={"csrf_token": ct[1]},
                                                      follow_redirects=False), zip(clients, tokens, strict=True)))
    assert sorted(r.headers["location"].rsplit("=", 1)[1] for r in results) == ["already", "approved_sent"]
    assert len(env.outbox()) == 1


def test_sign_in_only_returns_to_local_pages(client: TestClient) -> None:
    page = client.get("/login", params={"next": "//evil.example/phish"})
    assert 'name="next" value=""' in page.text
    token = re.search(r'name="login_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    r = client.post("/login", data={"username": "pm", "password": PASSWORD, "login_token": token,
                                    "next": "https://evil.example/"}, follow_redirects=False)
    assert r.headers["location"] == "/queue"
