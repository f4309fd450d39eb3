"""The review app in a real browser: Debian's headless Chromium driven by Playwright (no browser download)."""

from __future__ import annotations

import email
import shutil
from collections.abc import Iterator
from email import policy
from pathlib import Path

import pytest
from sqlmodel import Session, select

from bouncebot.store.tables import AuditEvent, Draft, Message
from tests.web.conftest import PASSWORD, Live

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed: apt-get install -y chromium (scripts/test does this)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield b
        b.close()


@pytest.fixture
def tab(chromium):  # type: ignore[no-untyped-def]
    """A fresh browser context and page (named apart from pytest-playwright's own fixtures)."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


def sign_in(page, live: Live, name: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{live.url}/queue")
    assert "/login" in page.url
    page.get_by_label("Username").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live.url}/queue")


def test_review_a_draft_edit_approve_and_send(tab, live: Live) -> None:  # type: ignore[no-untyped-def]
    page = tab
    sign_in(page, live, "pm")
    assert page.get_by_role("heading", name="Awaiting review").is_visible()
    draft_id = live.env.ids["clinic"][1]
    page.get_by_role("link", name=f"Draft {draft_id}", exact=True).click()
    page.wait_for_url(f"{live.url}/drafts/{draft_id}")
    mark = page.locator("mark.evidence[data-category='tests_for_hospital']")
    assert mark.is_visible()
    assert "Please could the GP arrange an echocardiogram" in mark.inner_text()
    assert "Tests for hospital" in mark.locator(".evidence__label").text_content()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "draft-page.png"), full_page=True)
    page.get_by_label("Email text").fill("Dear colleagues,\n\nPlease arrange the echocardiogram yourselves.\n")
    page.get_by_role("button", name="Approve and send").click()
    page.wait_for_url("**notice=approved_sent")
    assert page.get_by_text("Draft approved and the reply sent.").is_visible()
    sent = live.env.outbox()
    assert len(sent) == 1
    reply = email.message_from_bytes(sent[0], policy=policy.default)
    assert "Please arrange the echocardiogram yourselves." in reply.get_body(("plain",)).get_content()
    assert reply["In-Reply-To"] == "<clinic@northbridge.nhs.uk>"


def test_reject_with_a_reason(tab, live: Live) -> None:  # type: ignore[no-untyped-def]
    page = tab
    sign_in(page, live, "pm")
    draft_id = live.env.ids["second"][1]
    page.goto(f"{live.url}/drafts/{draft_id}")
    page.get_by_role("button", name="Reject").click()  # no reason: an error summary, nothing changes
    assert page.get_by_text("There is a problem").is_visible()
    page.get_by_label("Reason for rejecting").fill("The practice does this under a local enhanced service")
    page.get_by_role("button", name="Reject").click()
    page.wait_for_url("**notice=rejected")
    with Session(live.env.engine) as s:
        d = s.get(Draft, draft_id)
        assert (d.state, d.reason) == ("rejected", "The practice does this under a local enhanced service")
    assert live.env.outbox() == []


def test_clinician_releases_an_urgent_letter(tab, live: Live) -> None:  # type: ignore[no-untyped-def]
    page = tab
    sign_in(page, live, "drsmith")
    page.goto(f"{live.url}/queue?view=urgent")
    msg_pk = live.env.ids["urgent"][0]
    page.get_by_role("link", name=f"Letter {msg_pk}", exact=True).click()
    assert page.locator("mark.evidence--urgent").is_visible()
    page.get_by_label("Note (optional)").fill("Repeat U&E booked for today")
    page.get_by_role("button", name="Release for bounce").click()
    page.wait_for_url("**notice=released*")
    assert page.get_by_text("Letter released for bounce", exact=False).is_visible()
    with Session(live.env.engine) as s:
        assert s.get(Message, msg_pk).state != "clinician_review"
        event = s.exec(select(AuditEvent).where(AuditEvent.message_pk == msg_pk,
                                                AuditEvent.action == "released")).one()
    assert event.actor == "drsmith"


def test_post_without_csrf_token_is_refused(tab, live: Live) -> None:  # type: ignore[no-untyped-def]
    page = tab
    sign_in(page, live, "pm")
    draft_id = live.env.ids["second"][1]
    r = page.request.post(f"{live.url}/drafts/{draft_id}/approve", form={"body_text": "forged"})
    assert r.status == 403
    with Session(live.env.engine) as s:
        assert s.get(Draft, draft_id).state == "awaiting_review"


def test_hostile_letter_runs_nothing(tab, live: Live) -> None:  # type: ignore[no-untyped-def]
    page = tab
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    sign_in(page, live, "pm")
    draft_id = live.env.ids["xss"][1]
    page.goto(f"{live.url}/drafts/{draft_id}")
    page.wait_for_load_state("load")
    text = page.locator(".letter-text").first.inner_text()
    assert "<script>window.__pwned = 1</script>" in text  # shown as text, not run
    assert "onerror=" in text
    page.locator("mark.evidence").first.hover()  # the onmouseover payload would fire here
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("typeof window.__fromHtmlPart") == "undefined"
    assert page.locator("img[src='x']").count() == 0 and page.locator("b[onmouseover]").count() == 0
    assert dialogs == []
    assert page.title().startswith("Draft")


def test_keyboard_shortcut_goes_to_the_next_draft(tab, live: Live) -> None:  # type: ignore[no-untyped-def]
    page = tab
    sign_in(page, live, "pm")
    first, second = live.env.ids["clinic"][1], live.env.ids["second"][1]
    page.goto(f"{live.url}/drafts/{first}")
    page.get_by_label("Email text").press("n")  # typing in the reply is never a shortcut
    assert page.url.endswith(f"/drafts/{first}")
    page.locator("h1").click()
    page.keyboard.press("n")
    page.wait_for_url(f"{live.url}/drafts/{second}")


def test_approve_shortcut_only_focuses_the_button(tab, live: Live) -> None:  # type: ignore[no-untyped-def]
    page = tab
    sign_in(page, live, "pm")
    draft_id = live.env.ids["second"][1]
    page.goto(f"{live.url}/drafts/{draft_id}")
    page.locator("h1").click()
    page.keyboard.press("a")
    assert page.evaluate("document.activeElement.textContent") == "Approve and send"
    assert live.env.outbox() == []  # one key alone sends nothing
    page.keyboard.press("Enter")
    page.wait_for_url("**notice=approved_sent")
    assert len(live.env.outbox()) == 1
