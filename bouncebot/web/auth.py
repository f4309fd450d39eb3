"""Local accounts, server-side sessions and CSRF tokens for the review web app.

Why hand-rolled (tech notes §9): Starlette's SessionMiddleware is a signed cookie that cannot be
revoked, so the cookie here carries only a random token; the `web_session` table keeps its SHA-256
hash, the session's CSRF token and its age. Signing out, an admin revoking a user's sessions and
idle/absolute expiry are then real. Passwords are argon2id hashes (argon2-cffi); repeated failures
lock the account for a while so a password cannot be guessed online.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlmodel import Session, select

from bouncebot.review import audit
from bouncebot.settings import Web
from bouncebot.store.clock import utcnow
from bouncebot.store.tables import User, WebSession

ROLES = ("reviewer", "clinician", "admin")
LOCKOUT_MINUTES = 15
SESSION_COOKIE = "bb_session"
LOGIN_COOKIE = "bb_login"  # double-submit token for the sign-in form, before any session exists

#: The argon2 hasher. Production keeps argon2-cffi's defaults (t=3, 64 MiB, ~140 ms); tests swap in
#: the CHEAPEST profile with `use_hasher` so a suite of sign-ins stays fast.
_hasher = PasswordHasher()
#: A real hash to verify against when the user name is unknown, so timing does not reveal accounts.
_dummy_hash: str | None = None


class AuthError(Exception):
    """A problem with an account or a sign-in, phrased for the person at the keyboard."""


def use_hasher(hasher: PasswordHasher) -> None:
    """Replace the password hasher (tests use argon2's CHEAPEST profile)."""
    global _hasher, _dummy_hash
    _hasher, _dummy_hash = hasher, None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _aware(dt: datetime | None) -> datetime | None:
    """Datetimes read back from the store are UTC; make sure they compare with `utcnow()`."""
    if dt is None or dt.tzinfo is not None:
        return dt
    return dt.replace(tzinfo=UTC)


def validate_password(password: str) -> None:
    """NCSC guidance: length beats complexity rules. Twelve characters or more."""
    if len(password) < 12:
        raise AuthError("use a password of at least 12 characters (a few random words work well)")


def create_user(session: Session, name: str, password: str, role: str) -> User:
    """Add a local account, or reset the password and role of an existing one (`bouncebot demo` reruns)."""
    name = name.strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise AuthError("a user name is 1-64 characters with no spaces")
    if role not in ROLES:
        raise AuthError(f"role must be one of {', '.join(ROLES)}")
    validate_password(password)
    user = session.exec(select(User).where(User.username == name)).first()
    if user is None:
        user = User(username=name, password_hash=hash_password(password), role=role)
    else:
        user.password_hash, user.role = hash_password(password), role
        user.failed_logins, user.locked_until, user.disabled = 0, None, False
    session.add(user)
    session.flush()
    audit(session, "admin", "user_saved", detail={"user": name, "role": role})
    return user


@dataclass(frozen=True)
class SignIn:
    user: User | None
    error: str | None


def authenticate(session: Session, name: str, password: str, web: Web) -> SignIn:
    """Check a password; count failures and lock the account after `web.max_failed_logins` of them."""
    global _dummy_hash
    now = utcnow()
    user = session.exec(select(User).where(User.username == name.strip())).first()
    wrong = "The username or password is not right. Check them and try again."
    if user is None or user.disabled:
        if _dummy_hash is None:
            _dummy_hash = _hasher.hash(secrets.token_hex(8))
        with contextlib.suppress(VerificationError):
            _hasher.verify(_dummy_hash, password + "x")
        return SignIn(None, wrong)
    locked = _aware(user.locked_until)
    if locked is not None and locked > now:
        return SignIn(None, f"This account is locked after repeated failed sign-ins. Try again in "
                            f"{LOCKOUT_MINUTES} minutes or ask an administrator to reset it.")
    try:
        _hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        user.failed_logins += 1
        if user.failed_logins >= web.max_failed_logins:
            user.locked_until, user.failed_logins = now + timedelta(minutes=LOCKOUT_MINUTES), 0
            audit(session, user.username, "locked_out")
        session.add(user)
        return SignIn(None, wrong)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.failed_logins, user.locked_until = 0, None
    session.add(user)
    return SignIn(user, None)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(session: Session, user: User) -> str:
    """A new server-side session; returns the cookie token (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    session.add(WebSession(token_hash=token_hash(token), user_id=user.id, csrf_token=secrets.token_urlsafe(32)))
    audit(session, user.username, "signed_in")
    return token


@dataclass(frozen=True)
class Current:
    """The signed-in person for one request (copied out of the session so it outlives it)."""

    session_id: int
    user_id: int
    username: str
    role: str
    csrf_token: str


def current(session: Session, token: str | None, web: Web) -> Current | None:
    """The live session a cookie token names, or None (expired, revoked, unknown, user disabled)."""
    if not token:
        return None
    row = session.exec(select(WebSession).where(WebSession.token_hash == token_hash(token))).first()
    if row is None or row.revoked:
        return None
    now = utcnow()
    created, seen = _aware(row.created_at), _aware(row.last_seen_at)
    if (created is not None and now - created > timedelta(hours=web.session_absolute_hours)) or (
        seen is not None and now - seen > timedelta(minutes=web.session_idle_minutes)
    ):
        row.revoked = True
        session.add(row)
        return None
    user = session.get(User, row.user_id)
    if user is None or user.disabled:
        return None
    if seen is None or now - seen > timedelta(seconds=60):  # one write a minute, not one per request
        row.last_seen_at = now
        session.add(row)
    return Current(row.id, user.id, user.username, user.role, row.csrf_token)  # type: ignore[arg-type]


def end_session(session: Session, session_id: int) -> None:
    row = session.get(WebSession, session_id)
    if row is not None and not row.revoked:
        row.revoked = True
        session.add(row)


def revoke_user_sessions(session: Session, user_id: int) -> int:
    """Sign a user out everywhere (sign-out-everywhere, or an admin removing access)."""
    rows = session.exec(select(WebSession).where(WebSession.user_id == user_id,
                                                 WebSession.revoked == False)).all()  # noqa: E712
    for row in rows:
        row.revoked = True
        session.add(row)
    return len(rows)


def csrf_ok(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison of the session's CSRF token with the one the form sent."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())
