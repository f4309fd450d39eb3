"""The review web app: sign in, the queue, one draft, decisions, the dashboard and the admin view.

Decisions go through `bouncebot.review`, the same functions the CLI uses, so the state checks
(idempotent approval, clinician release first) and the audit trail are identical. Pages follow
Post/Redirect/Get; URLs carry database ids and short notice codes only, never patient details.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import secrets
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from starlette.datastructures import FormData

from bouncebot import review
from bouncebot.mailboxes.base import MailboxError
from bouncebot.model import CATEGORIES, TIMELINESS_CATEGORIES
from bouncebot.settings import Settings
from bouncebot.store.clock import utcnow
from bouncebot.store.db import session_scope
from bouncebot.store.tables import (
    Assessment,
    AuditEvent,
    Draft,
    FindingRow,
    Message,
    TemplatePackRow,
    User,
    WebSession,
)
from bouncebot.web import auth
from bouncebot.web import letter as letter_view
from bouncebot.web.charts import bar_chart
from bouncebot.web.sending import send_now

log = logging.getLogger("bouncebot.web")
HERE = Path(__file__).parent

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")

VIEWS: dict[str, str] = {
    "awaiting": "Awaiting review",
    "urgent": "Clinician review",
    "quarantined": "Quarantined",
    "sent": "Approved and sent",
    "rejected": "Rejected or not a bounce",
}

NOTICES: dict[str, str] = {
    "approved_sent": "Draft approved and the reply sent.",
    "approved_waiting": "Draft approved. The worker sends it on its next pass.",
    "approved_busy": "Draft approved. The worker is using the mailbox and sends the reply in its current pass.",
    "approved_failed": "Draft approved, but the mailbox refused the reply just now. The worker retries it.",
    "already": "Nothing changed: that decision had already been taken (the reply is sent only once).",
    "rejected": "Draft rejected. Nothing was sent.",
    "not_a_bounce": "Marked as not a bounce. Nothing was sent; the rules that fired have been noted.",
    "released": "Letter released for bounce. The reply is drafted for review.",
    "released_nothing": "Letter released for bounce. Read afresh, it asks nothing that should go back, "
                        "so no reply was drafted.",
    "released_waiting": "Letter released for bounce. The worker drafts the reply on its next pass.",
    "kept_for_gp": "Letter kept for GP action. Nothing will be returned.",
    "signed_out": "You have signed out.",
    "signed_out_all": "You have signed out on every device.",
    "sessions_revoked": "That user's sessions have been ended.",
    "unlocked": "That account has been unlocked.",
}

STATE_LABELS: dict[str, str] = {
    "awaiting_review": "Awaiting review",
    "approved": "Approved",
    "sending": "Sending",
    "sent": "Sent",
    "rejected": "Rejected",
    "not_a_bounce": "Not a bounce",
    "clinician_review": "Clinician review",
    "released": "Released",
    "kept_for_gp": "Kept for GP action",
    "quarantined": "Quarantined",
    "unlisted_sender": "Held: sender not a listed provider",
    "drafted": "Drafted",
    "no_action": "Nothing to return",
    "ignored": "Ignored",
    "fetched": "Waiting to be read",
}


class NeedSignIn(Exception):
    """No live session: GETs are sent to the sign-in page, anything else is refused."""


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.globals.update(NOTICES=NOTICES, VIEWS=VIEWS, category_label=letter_view.category_label)
    env.filters["state"] = lambda s: STATE_LABELS.get(s or "", (s or "").replace("_", " ").capitalize())
    env.filters["when"] = lambda d: d.strftime("%d %b %Y %H:%M") if d else ""
    env.filters["day"] = lambda d: d.strftime("%d %b %Y") if d else ""
    env.filters["kb"] = lambda n: f"{max(1, round(n / 1024))} KB"
    assert env.autoescape  # only *.html templates are used (tech notes §9)
    return templates


@dataclass
class Filters:
    trust: str = ""
    specialty: str = ""
    category: str = ""
    date_from: date | None = None
    date_to: date | None = None

    @classmethod
    def from_query(cls, q: Any) -> Filters:
        def day(v: str | None) -> date | None:
            try:
                return date.fromisoformat(v) if v else None
            except ValueError:
                return None

        category = q.get("category", "")
        return cls(trust=q.get("trust", "")[:200], specialty=q.get("specialty", "")[:200],
                   category=category if category in CATEGORIES else "",
                   date_from=day(q.get("from")), date_to=day(q.get("to")))

    def query(self) -> dict[str, str]:
        out = {"trust": self.trust, "specialty": self.specialty, "category": self.category,
               "from": self.date_from.isoformat() if self.date_from else "",
               "to": self.date_to.isoformat() if self.date_to else ""}
        return {k: v for k, v in out.items() if v}


def create_app(settings: Settings | Engine | None = None, *, engine: Engine | None = None) -> FastAPI:
    """The app for these settings (or just an engine, with default settings: tests and embedding)."""
    from bouncebot.store.db import make_engine

    if isinstance(settings, Engine):
        engine, settings = settings, None
    settings = settings or Settings()
    if engine is None:
        engine = make_engine(settings.database.url)
    app = FastAPI(title="bouncebot", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.engine = engine
    app.state.settings = settings
    templates = _templates()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        h = response.headers
        h.setdefault("Content-Security-Policy", CSP)
        h["X-Content-Type-Options"] = "nosniff"
        h["X-Frame-Options"] = "DENY"
        h["Referrer-Policy"] = "no-referrer"
        h["Cross-Origin-Opener-Policy"] = "same-origin"
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        if not request.url.path.startswith("/static/"):
            h["Cache-Control"] = "no-store"
        if settings.web.secure_cookies:
            h["Strict-Transport-Security"] = "max-age=31536000"
        return response

    @app.exception_handler(NeedSignIn)
    async def _need_sign_in(request: Request, _exc: NeedSignIn) -> Response:
        if request.method in ("GET", "HEAD"):
            return RedirectResponse("/login?" + urlencode({"next": request.url.path}), status_code=303)
        return _error(request, 403, "Your session has ended. Sign in again and repeat the action.")

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    def _error(request: Request, status: int, text: str) -> Response:
        return templates.TemplateResponse(request, "error.html", {"status": status, "text": text, "me": None},
                                          status_code=status)

    # --- helpers ----------------------------------------------------------------------------------

    def me(request: Request) -> auth.Current:
        with session_scope(engine) as s:
            cur = auth.current(s, request.cookies.get(auth.SESSION_COOKIE), settings.web)
        if cur is None:
            raise NeedSignIn()
        return cur

    async def checked_form(request: Request, cur: auth.Current) -> FormData:
        """Every POST: same-origin (when the browser says) and the session's CSRF token."""
        origin = request.headers.get("origin")
        if origin and origin != "null" and urlsplit(origin).netloc != request.url.netloc:
            raise HTTPException(403, "This form came from another site, so it was refused.")
        if request.headers.get("sec-fetch-site") == "cross-site":
            raise HTTPException(403, "This form came from another site, so it was refused.")
        form = await request.form()
        given = form.get("csrf_token") or request.headers.get("x-csrf-token")
        if not auth.csrf_ok(cur.csrf_token, given if isinstance(given, str) else None):
            raise HTTPException(403, "The form had expired or was not sent from this service. "
                                     "Go back, reload the page and try again.")
        return form

    def render(request: Request, name: str, cur: auth.Current | None, ctx: dict[str, Any],
               status: int = 200) -> Response:
        notice = request.query_params.get("notice")
        base = {"me": cur, "csrf_token": cur.csrf_token if cur else "", "practice": settings.practice.name,
                "notice": NOTICES.get(notice or ""), "error": None, "error_field": None}
        return templates.TemplateResponse(request, name, {**base, **ctx}, status_code=status)

    def go(path: str, notice: str | None = None) -> RedirectResponse:
        return RedirectResponse(path + (f"?notice={notice}" if notice else ""), status_code=303)

    # --- sign in and out --------------------------------------------------------------------------

    def _login_page(request: Request, error: str | None = None, status: int = 200,
                    username: str = "") -> Response:
        token = request.cookies.get(auth.LOGIN_COOKIE) or secrets.token_urlsafe(24)
        resp = render(request, "login.html", None, {"login_token": token, "error": error, "username": username,
                                                     "error_field": "username" if error else None,
                                                     "next": _safe_next(request.query_params.get("next"))},
                      status)
        resp.set_cookie(auth.LOGIN_COOKIE, token, httponly=True, samesite="strict", path="/login",
                        secure=_secure(request))
        return resp

    def _secure(request: Request) -> bool:
        return settings.web.secure_cookies or request.url.scheme == "https"

    @app.get("/login", response_class=HTMLResponse)
    async def login_form(request: Request) -> Response:
        return _login_page(request)

    @app.post("/login")
    async def login(request: Request) -> Response:
        form = await request.form()
        cookie = request.cookies.get(auth.LOGIN_COOKIE)
        if not auth.csrf_ok(cookie, str(form.get("login_token") or "")):
            raise HTTPException(403, "The sign-in form had expired. Reload the page and sign in again.")
        name, password = str(form.get("username") or ""), str(form.get("password") or "")
        if not name or not password:
            return _login_page(request, "Enter your username and password.", 400, name)
        with session_scope(engine) as s:
            result = auth.authenticate(s, name, password, settings.web)
            token = auth.start_session(s, result.user) if result.user else None
        if token is None:
            log.info("failed sign-in")
            return _login_page(request, result.error, 400, name)
        resp = RedirectResponse(_safe_next(str(form.get("next") or "")) or "/queue", status_code=303)
        resp.set_cookie(auth.SESSION_COOKIE, token, httponly=True, samesite="lax", path="/", secure=_secure(request))
        resp.delete_cookie(auth.LOGIN_COOKIE, path="/login")
        return resp

    @app.post("/logout")
    async def logout(request: Request) -> Response:
        cur = me(request)
        form = await checked_form(request, cur)
        with session_scope(engine) as s:
            if form.get("everywhere"):
                auth.revoke_user_sessions(s, cur.user_id)
            else:
                auth.end_session(s, cur.session_id)
            review.audit(s, cur.username, "signed_out")
        resp = go("/login", "signed_out_all" if form.get("everywhere") else "signed_out")
        resp.delete_cookie(auth.SESSION_COOKIE, path="/")
        return resp

    # --- queue ------------------------------------------------------------------------------------

    @app.get("/")
    async def home(request: Request) -> Response:
        me(request)
        return go("/queue")

    @app.get("/queue", response_class=HTMLResponse)
    async def queue(request: Request) -> Response:
        cur = me(request)
        view = request.query_params.get("view", "awaiting")
        view = view if view in VIEWS else "awaiting"
        filters = Filters.from_query(request.query_params)
        with Session(engine) as s:
            counts = {v: len(_queue_rows(s, v, filters)) for v in VIEWS}
            rows = _queue_rows(s, view, filters)[:500]
            trusts = sorted({t for t in s.exec(select(Assessment.trust)).all() if t})
            specialties = sorted({t for t in s.exec(select(Assessment.specialty)).all() if t})
        return render(request, "queue.html", cur, {
            "view": view, "rows": rows, "counts": counts, "filters": filters, "trusts": trusts,
            "specialties": specialties, "categories": CATEGORIES, "filter_query": urlencode(filters.query()),
        })

    # --- one draft --------------------------------------------------------------------------------

    def draft_page(request: Request, cur: auth.Current, draft_id: int, *, error: str | None = None,
                   error_field: str | None = None, text: str | None = None, status: int = 200) -> Response:
        with Session(engine) as s:
            draft = s.get(Draft, draft_id)
            if draft is None:
                raise HTTPException(404, "There is no such draft. It may have been removed; go back to the queue.")
            ctx = _letter_context(s, draft.message_pk)
            nxt = _next_draft(s, draft_id)
        ctx.update({
            "draft": draft, "body_text": draft.body_text if text is None else text, "next_id": nxt,
            "docx_preview": letter_view.docx_paragraphs(draft.docx), "error": error, "error_field": error_field,
            "can_decide": draft.state == "awaiting_review",
        })
        return render(request, "draft.html", cur, ctx, status)

    def _letter_context(s: Session, message_pk: int) -> dict[str, Any]:
        msg = s.get(Message, message_pk)
        if msg is None:
            raise HTTPException(404, "There is no such letter.")
        a = s.exec(select(Assessment).where(Assessment.message_pk == message_pk)).first()
        findings = list(s.exec(select(FindingRow).where(FindingRow.assessment_id == a.id)
                               .order_by(FindingRow.block, FindingRow.start)).all()) if a else []
        events = s.exec(select(AuditEvent).where(AuditEvent.message_pk == message_pk).order_by(AuditEvent.id)).all()
        return {
            "msg": msg, "assessment": a, "findings": findings,
            "blocks": letter_view.blocks_with_evidence(a.letter_json, findings) if a else [],
            "plain_body": "" if a else letter_view.plain_body(msg.raw),
            "attachments": letter_view.attachments(msg.raw),
            "history": [_history(e) for e in events],
            "duties": {f.category: _duty(f.category) for f in findings},
            "urgent_cues": [f for f in findings if f.urgent],
        }

    _policy: list[Any] = []

    def _duty(category: str) -> dict[str, str] | None:
        """The duty and contract clause the policy cites (the policy is loaded once, on first use)."""
        if not _policy:
            _policy.append(_load_policy(settings))
        return _duty_text(_policy[0], category)

    @app.get("/drafts/{draft_id}", response_class=HTMLResponse)
    async def show_draft(request: Request, draft_id: int) -> Response:
        return draft_page(request, me(request), draft_id)

    @app.post("/drafts/{draft_id}/approve")
    async def approve(request: Request, draft_id: int) -> Response:
        cur = me(request)
        form = await checked_form(request, cur)
        text = form.get("body_text")
        text = text if isinstance(text, str) else None
        if text is not None and not text.strip():
            return draft_page(request, cur, draft_id, error="Enter the text of the reply.", error_field="body_text",
                              text=text, status=400)
        try:
            with session_scope(engine) as s:
                outcome = review.approve(s, draft_id, cur.username, text=text)
                mailbox_url = s.get(Message, s.get(Draft, draft_id).message_pk).mailbox  # type: ignore[union-attr]
        except review.ReviewError as e:
            return draft_page(request, cur, draft_id, error=_sentence(e), text=text, status=409)
        if not outcome.changed:
            return go(f"/drafts/{draft_id}", "already")
        try:
            result = send_now(engine, settings, mailbox_url)
        except MailboxError as e:
            log.warning("draft %s approved; send failed: %s", draft_id, type(e).__name__)
            return go(f"/drafts/{draft_id}", "approved_failed")
        with Session(engine) as s:
            state = s.get(Draft, draft_id).state  # type: ignore[union-attr]
        if state == "sent":
            return go(f"/drafts/{draft_id}", "approved_sent")
        return go(f"/drafts/{draft_id}", "approved_busy" if "busy" in result.note else "approved_waiting")

    @app.post("/drafts/{draft_id}/reject")
    async def reject(request: Request, draft_id: int) -> Response:
        cur = me(request)
        form = await checked_form(request, cur)
        reason = str(form.get("reason") or "").strip()
        if not reason:
            return draft_page(request, cur, draft_id, error="Enter a reason for rejecting the draft.",
                              error_field="reason", status=400)
        try:
            with session_scope(engine) as s:
                outcome = review.reject(s, draft_id, cur.username, reason[:2000])
        except review.ReviewError as e:
            return draft_page(request, cur, draft_id, error=_sentence(e), status=409)
        return go(f"/drafts/{draft_id}", "rejected" if outcome.changed else "already")

    @app.post("/drafts/{draft_id}/not-a-bounce")
    async def not_a_bounce(request: Request, draft_id: int) -> Response:
        cur = me(request)
        form = await checked_form(request, cur)
        reason = str(form.get("nab_reason") or "").strip()[:2000] or None
        try:
            with session_scope(engine) as s:
                outcome = review.not_a_bounce(s, draft_id, cur.username, reason)
        except review.ReviewError as e:
            return draft_page(request, cur, draft_id, error=_sentence(e), status=409)
        return go(f"/drafts/{draft_id}", "not_a_bounce" if outcome.changed else "already")

    @app.get("/drafts/{draft_id}/letter.docx")
    async def draft_docx(request: Request, draft_id: int) -> Response:
        me(request)
        with Session(engine) as s:
            draft = s.get(Draft, draft_id)
        if draft is None or not draft.docx:
            raise HTTPException(404, "This draft has no letter document.")
        return _download(draft.docx, f"returned-request-{draft_id}.docx",
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")

    # --- letters (urgent, quarantined) and attachments --------------------------------------------

    @app.get("/letters/{message_pk}", response_class=HTMLResponse)
    async def show_letter(request: Request, message_pk: int) -> Response:
        cur = me(request)
        with Session(engine) as s:
            draft_id = s.exec(select(Draft.id).where(Draft.message_pk == message_pk)).first()
            if draft_id is not None and not request.query_params.get("error"):
                return go(f"/drafts/{draft_id}", request.query_params.get("notice"))
            ctx = _letter_context(s, message_pk)
        return render(request, "letter.html", cur, ctx)

    async def clinical(request: Request, message_pk: int, fn: Any, notice: str) -> Response:
        cur = me(request)
        form = await checked_form(request, cur)
        note = str(form.get("note") or "").strip()[:2000] or None
        try:
            with session_scope(engine) as s:
                outcome = fn(s, message_pk, cur.username, cur.role, note)
        except review.ReviewError as e:
            with Session(engine) as s:
                ctx = _letter_context(s, message_pk)
                draft_id = s.exec(select(Draft.id).where(Draft.message_pk == message_pk)).first()
            if draft_id is not None:
                return draft_page(request, cur, draft_id, error=_sentence(e), status=409)
            return render(request, "letter.html", cur, {**ctx, "error": _sentence(e)}, 409)
        if not outcome.changed:
            return go(f"/letters/{message_pk}", "already")
        if outcome.state == "released":
            _draft_released(engine, settings)
            with Session(engine) as s:
                state = s.get(Message, message_pk).state  # type: ignore[union-attr]
            notice = {"drafted": "released", "no_action": "released_nothing"}.get(state, "released_waiting")
        return go(f"/letters/{message_pk}", notice)

    @app.post("/letters/{message_pk}/release")
    async def release(request: Request, message_pk: int) -> Response:
        return await clinical(request, message_pk, review.release, "released")

    @app.post("/letters/{message_pk}/keep")
    async def keep(request: Request, message_pk: int) -> Response:
        return await clinical(request, message_pk, review.keep_for_gp, "kept_for_gp")

    @app.get("/letters/{message_pk}/attachments/{index}")
    async def download_attachment(request: Request, message_pk: int, index: int) -> Response:
        cur = me(request)
        with session_scope(engine) as s:
            msg = s.get(Message, message_pk)
            found = letter_view.attachment(msg.raw, index) if msg else None
            if found is not None:
                review.audit(s, cur.username, "attachment_downloaded", message_pk=message_pk,
                             detail={"index": index})
        if found is None:
            raise HTTPException(404, "There is no such attachment.")
        name, ctype, data = found
        return _download(data, name, ctype)

    # --- dashboard --------------------------------------------------------------------------------

    @app.get("/dashboard", response_class=HTMLResponse)
    async def dashboard(request: Request) -> Response:
        cur = me(request)
        with Session(engine) as s:
            data = _dashboard(s, cur.role == "admin")
        return render(request, "dashboard.html", cur, data)

    @app.get("/dashboard/log.csv")
    async def log_csv(request: Request) -> Response:
        cur = me(request)
        with Session(engine) as s:
            rows = s.exec(select(Draft, Message, Assessment).join(Message, Draft.message_pk == Message.id)
                          .join(Assessment, Assessment.message_pk == Message.id).order_by(Draft.id)).all()
        admin = cur.role == "admin"
        header = ["date", "trust", "specialty"] + (["clinician"] if admin else []) + ["categories", "status", "draft"]
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(header)
        for d, m, a in rows:
            w.writerow([_cell(x) for x in [(m.sent_at or m.received_at).date().isoformat(), a.trust or "",
                                           a.specialty or ""] + ([a.clinician or ""] if admin else [])
                        + [d.categories.replace(",", "; "), d.state, str(d.id)]])
        return _download(buf.getvalue().encode("utf-8"), "bounce-log.csv", "text/csv; charset=utf-8")

    # --- settings (admin) -------------------------------------------------------------------------

    def admin(request: Request) -> auth.Current:
        cur = me(request)
        if cur.role != "admin":
            raise HTTPException(403, "Only an administrator can see this page.")
        return cur

    @app.get("/settings", response_class=HTMLResponse)
    async def settings_view(request: Request) -> Response:
        cur = admin(request)
        now = utcnow()
        with Session(engine) as s:
            users = s.exec(select(User).order_by(User.username)).all()
            live = Counter(s.exec(select(WebSession.user_id).where(WebSession.revoked == False)).all())  # noqa: E712
            packs = s.exec(select(TemplatePackRow).order_by(TemplatePackRow.name, TemplatePackRow.id)).all()
        user_rows = [{"id": u.id, "name": u.username, "role": u.role, "sessions": live.get(u.id, 0),
                      "locked": bool(u.locked_until and auth._aware(u.locked_until) > now), "disabled": u.disabled}
                     for u in users]
        return render(request, "settings.html", cur, {"settings": settings, "users": user_rows, "packs": packs})

    @app.post("/settings/users/{user_id}/revoke")
    async def revoke(request: Request, user_id: int) -> Response:
        cur = admin(request)
        await checked_form(request, cur)
        with session_scope(engine) as s:
            n = auth.revoke_user_sessions(s, user_id)
            review.audit(s, cur.username, "sessions_revoked", detail={"user_id": user_id, "sessions": n})
        return go("/settings", "sessions_revoked")

    @app.post("/settings/users/{user_id}/unlock")
    async def unlock(request: Request, user_id: int) -> Response:
        cur = admin(request)
        await checked_form(request, cur)
        with session_scope(engine) as s:
            u = s.get(User, user_id)
            if u is None:
                raise HTTPException(404, "There is no such user.")
            u.locked_until, u.failed_logins = None, 0
            s.add(u)
            review.audit(s, cur.username, "user_unlocked", detail={"user_id": user_id})
        return go("/settings", "unlocked")

    return app


# --- queries --------------------------------------------------------------------------------------


def _safe_next(target: str | None) -> str:
    """Only a local path may follow sign-in (an open redirect would help phishing)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return ""


def _sentence(e: Exception) -> str:
    text = str(e).replace(" (--reason)", "")
    text = text.replace("`bouncebot drafts list` shows the current ones", "the queue shows the current ones")
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _download(data: bytes, filename: str, content_type: str) -> Response:
    """Always a download, never rendered in our origin; the name is ASCII-safe with an RFC 5987 copy."""
    ascii_name = filename.encode("ascii", "replace").decode().replace("?", "_")
    return Response(data, media_type=content_type, headers={
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
    })


def _cell(value: str) -> str:
    """CSV cells that a spreadsheet would run as a formula get a leading apostrophe."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _history(e: AuditEvent) -> dict[str, Any]:
    try:
        detail = json.loads(e.detail) if e.detail else {}
    except ValueError:
        detail = {}
    extra = detail.get("reason") or detail.get("note") or ""
    if e.action == "approved" and detail.get("edited"):
        extra = "text edited"
    return {"at": e.at, "actor": e.actor, "action": e.action, "extra": str(extra)}


def _next_draft(s: Session, draft_id: int) -> int | None:
    ids = s.exec(select(Draft.id).join(Message, Draft.message_pk == Message.id)
                 .where(Draft.state == "awaiting_review", Message.state != "clinician_review",
                        Draft.id != draft_id).order_by(Draft.id)).all()
    later = [i for i in ids if i > draft_id]
    return (later or list(ids) or [None])[0]


def _within(m: Message, f: Filters) -> bool:
    day = m.received_at.date()
    return not ((f.date_from and day < f.date_from) or (f.date_to and day > f.date_to))


def _queue_rows(s: Session, view: str, f: Filters) -> list[dict[str, Any]]:
    """One queue tab, filtered. A practice's volume is hundreds a week, so filtering in Python is fine."""
    rows: list[dict[str, Any]] = []
    if view in ("awaiting", "sent", "rejected"):
        states = {"awaiting": ("awaiting_review",), "sent": ("approved", "sending", "sent"),
                  "rejected": ("rejected", "not_a_bounce")}[view]
        q = (select(Draft, Message, Assessment).join(Message, Draft.message_pk == Message.id)
             .join(Assessment, Assessment.message_pk == Message.id, isouter=True)
             .where(Draft.state.in_(states)))  # type: ignore[attr-defined]
        if view == "awaiting":
            q = q.where(Message.state != "clinician_review")
        for d, m, a in s.exec(q.order_by(Message.received_at, Draft.id)).all():
            cats = [c for c in d.categories.split(",") if c]
            rows.append({"href": f"/drafts/{d.id}", "id": d.id, "message": m.id, "received": m.received_at,
                         "trust": a.trust if a else None, "specialty": a.specialty if a else None,
                         "categories": cats, "state": d.state, "urgent": bool(a and a.urgent), "msg": m})
    elif view == "urgent":
        q = (select(Message, Assessment).join(Assessment, Assessment.message_pk == Message.id, isouter=True)
             .where(Message.state == "clinician_review"))
        for m, a in s.exec(q.order_by(Message.received_at)).all():
            cats = sorted({c for c in s.exec(select(FindingRow.category).where(
                FindingRow.assessment_id == a.id)).all()}) if a else []
            rows.append({"href": f"/letters/{m.id}", "id": None, "message": m.id, "received": m.received_at,
                         "trust": a.trust if a else None, "specialty": a.specialty if a else None,
                         "categories": cats, "state": m.state, "urgent": True, "msg": m})
    else:
        for m in s.exec(select(Message).where(Message.state == "quarantined").order_by(Message.received_at)).all():
            rows.append({"href": f"/letters/{m.id}", "id": None, "message": m.id, "received": m.received_at,
                         "trust": None, "specialty": None, "categories": [], "state": m.state, "urgent": False,
                         "msg": m, "reason": m.reason})
    return [r for r in rows if _within(r["msg"], f)
            and (not f.trust or r["trust"] == f.trust)
            and (not f.specialty or r["specialty"] == f.specialty)
            and (not f.category or f.category in r["categories"])]


def _dashboard(s: Session, admin: bool) -> dict[str, Any]:
    """Bounces are drafts a person approved (approved, sending or sent)."""
    rows = s.exec(select(Draft, Message, Assessment).join(Message, Draft.message_pk == Message.id)
                  .join(Assessment, Assessment.message_pk == Message.id)
                  .where(Draft.state.in_(("approved", "sending", "sent")))).all()  # type: ignore[attr-defined]
    today = utcnow().date()
    monday = today - timedelta(days=today.weekday())
    weeks = [monday - timedelta(weeks=n) for n in range(11, -1, -1)]
    per_week: Counter = Counter()
    by_category: Counter = Counter()
    by_trust: Counter = Counter()
    by_specialty: Counter = Counter()
    by_clinician: Counter = Counter()
    for d, m, a in rows:
        day = (m.sent_at or m.received_at).date()
        per_week[day - timedelta(days=day.weekday())] += 1
        for c in d.categories.split(","):
            if c:
                by_category[letter_view.category_label(c)] += 1
        by_trust[a.trust or "Unknown trust"] += 1
        by_specialty[a.specialty or "Unknown specialty"] += 1
        if a.clinician:
            by_clinician[a.clinician] += 1
    breaches = s.exec(select(FindingRow, Assessment).join(Assessment, FindingRow.assessment_id == Assessment.id)
                      .where(FindingRow.category.in_(TIMELINESS_CATEGORIES))).all()  # type: ignore[attr-defined]
    late: Counter = Counter()
    for f, a in breaches:
        late[(a.trust or "Unknown trust", letter_view.category_label(f.category))] += 1
    charts = [
        bar_chart("Bounces per week (week starting)", [(w.strftime("%d %b"), per_week[w]) for w in weeks]),
        bar_chart("By category", by_category.most_common()),
        bar_chart("By trust", by_trust.most_common()),
        bar_chart("By specialty", by_specialty.most_common()),
    ]
    if admin:
        charts.append(bar_chart("Top clinicians", by_clinician.most_common(10)))
    return {"charts": charts, "total": len(rows), "breaches": sorted(late.items(), key=lambda kv: -kv[1]),
            "admin": admin}


def _load_policy(settings: Settings) -> Any:
    """The policy the worker uses, for citing duties; None when it cannot be loaded here."""
    try:
        from bouncebot.policy import policy_from_settings

        return policy_from_settings(settings)
    except Exception as e:  # noqa: BLE001 - a missing policy must not take the review page down
        log.info("policy not loaded for the review pages (%s)", type(e).__name__)
        return None


def _duty_text(policy: Any, category: str) -> dict[str, str] | None:
    """The duty and the contract clause the policy cites for a category (policy.Duty), when known."""
    if policy is None:
        return None
    try:
        duty = policy.duty(category)
    except Exception:  # noqa: BLE001 - a category the policy does not know (e.g. an older draft)
        return None
    if duty is None:
        return None
    if isinstance(duty, str):
        return {"text": duty, "clause": "", "edition": ""}
    return {k: str(getattr(duty, k, "") or "") for k in ("text", "clause", "edition", "title")}


def _draft_released(engine: Engine, settings: Settings) -> bool:
    """Draft the bounce for a released letter now (as `bouncebot urgent release` does); else the worker will."""
    try:
        from bouncebot.pipeline import Context, draft_released

        return draft_released(engine, Context.from_settings(settings, engine)) > 0
    except Exception as e:  # noqa: BLE001 - drafting is retried by every worker pass
        log.info("released letter left for the worker to draft (%s)", type(e).__name__)
        return False
