"""Graph-specific behaviour beyond the shared spec suite: msal + httpx against the fake Graph (HTTPS).

Immutable ids on every request, delta paging and an O(1) idle poll, 429 + Retry-After, an expired
token refreshed once, bad client secrets, 403 advice, a server that is down, an expired delta link.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bouncebot.mailboxes import open_mailbox
from bouncebot.mailboxes.base import PROCESSED_TAG, MailboxError, TransientMailboxError
from bouncebot.mailboxes.graph import GraphMailbox
from bouncebot.settings import MailboxSettings
from tests.spec.harness_graph import GraphHarness
from tests.spec.test_mailbox_spec import drain, ids, letter, reply_to


@pytest.fixture
def graph(tmp_path: Path) -> Iterator[GraphHarness]:
    h = GraphHarness(tmp_path)
    try:
        yield h
    finally:
        h.close()


def test_url_parsing() -> None:
    box = open_mailbox(MailboxSettings(url="graph://contoso.onmicrosoft.com/riverside.surgery@nhs.net"))
    assert isinstance(box, GraphMailbox)
    assert (box.tenant, box.mailbox) == ("contoso.onmicrosoft.com", "riverside.surgery@nhs.net")
    assert box.base_url == "https://graph.microsoft.com/v1.0"
    with pytest.raises(MailboxError, match="graph://TENANT/mailbox@nhs.net"):
        open_mailbox("graph://tenant/not-an-address")


def test_every_request_asks_for_immutable_ids(graph: GraphHarness) -> None:
    original = letter("imm")
    graph.deliver(original)
    with graph.make_mailbox(mode="managed") as box:
        [item] = drain(box)
        box.mark_processed(item.raw)
        box.send(reply_to(original))
        box.was_sent("<x@y>")
    assert len(graph.graph.prefer_headers) >= 5
    assert all('IdType="ImmutableId"' in p for p in graph.graph.prefer_headers)


def test_delta_pages_stream_and_an_idle_poll_is_one_request(graph: GraphHarness) -> None:
    for n in range(5):
        graph.deliver(letter(f"d{n}"))
    box = graph.make_mailbox(page_size="2")
    got = drain(box)
    assert ids(got) == [f"<d{n}@trust.nhs.uk>" for n in range(5)]
    deltas = [p for m, p in graph.graph.requests if p.endswith("/delta")]
    assert len(deltas) == 3  # 2 + 2 + 1, following @odata.nextLink to the @odata.deltaLink
    before = len(graph.graph.requests)
    assert drain(box, got[-1].cursor) == []
    assert [p.rsplit("/", 1)[-1] for _, p in graph.graph.requests[before:]] == ["delta"]
    stored = json.loads(got[-1].cursor)["INBOX"]["link"]
    assert "$deltatoken=" in stored
    box.close()


def test_first_run_since_uses_a_received_date_filter(graph: GraphHarness) -> None:
    graph.deliver(letter("old", date=datetime(2020, 1, 1, tzinfo=UTC)))
    graph.deliver(letter("new"))
    with graph.make_mailbox() as box:
        got = drain(box, since=datetime.now(UTC) - timedelta(days=1))
    assert ids(got) == ["<new@trust.nhs.uk>"]


def test_429_retry_after_is_honoured(graph: GraphHarness) -> None:
    graph.deliver(letter("slow"))
    with graph.make_mailbox() as box:
        box.was_sent("<warm@up>")  # token and connection ready
        graph.graph.throttle(1, retry_after=1)
        started = time.monotonic()
        got = drain(box)
        elapsed = time.monotonic() - started
    assert ids(got) == ["<slow@trust.nhs.uk>"]
    assert elapsed >= 1.0


def test_retry_after_beyond_the_bound_is_transient_without_sleeping(graph: GraphHarness) -> None:
    graph.deliver(letter("wait"))
    graph.graph.throttle(10, retry_after=3600)
    started = time.monotonic()
    with graph.make_mailbox() as box, pytest.raises(TransientMailboxError, match="throttled"):
        drain(box)
    assert time.monotonic() - started < 5


def test_expired_token_is_refreshed_once(graph: GraphHarness) -> None:
    graph.deliver(letter("t1"))
    with graph.make_mailbox() as box:
        first = drain(box)
        assert graph.graph.token_requests == 1
        graph.graph.expire_tokens()
        graph.deliver(letter("t2"))
        second = drain(box, first[-1].cursor)
    assert ids(second) == ["<t2@trust.nhs.uk>"]
    assert graph.graph.token_requests == 2


def test_bad_client_secret_is_an_auth_error_saying_what_to_fix(graph: GraphHarness) -> None:
    with graph.make_mailbox(client_secret="wrong") as box, pytest.raises(MailboxError) as err:
        drain(box)
    assert not isinstance(err.value, TransientMailboxError)
    assert "BOUNCEBOT_CLIENT_SECRET" in str(err.value)
    assert "wrong" not in str(err.value)


def test_wrong_tenant_is_reported(graph: GraphHarness) -> None:
    url = graph.server.mailbox_url().replace("graph://tenant-1/", "graph://other-tenant/")
    box = GraphMailbox.from_settings(MailboxSettings(url=url), secrets={
        "BOUNCEBOT_CLIENT_ID": "client-1", "BOUNCEBOT_CLIENT_SECRET": "s3cret"})
    with pytest.raises(MailboxError, match="tenant"):
        drain(box)


def test_server_down_is_transient(graph: GraphHarness) -> None:
    box = graph.make_mailbox()
    drain(box)
    graph.server.stop()
    with pytest.raises(TransientMailboxError, match="cannot reach"):
        drain(box)
    box.close()


def test_expired_delta_link_resyncs(graph: GraphHarness) -> None:
    graph.deliver(letter("r1"))
    with graph.make_mailbox() as box:
        [first] = drain(box)
        state = json.loads(first.cursor)
        state["INBOX"]["link"] = state["INBOX"]["link"].split("?")[0] + "?$deltatoken=expired"
        again = drain(box, json.dumps(state))
    assert ids(again) == ["<r1@trust.nhs.uk>"]  # full resync; the store's dedupe drops the replay


def test_managed_tag_adds_a_category_and_keeps_others(graph: GraphHarness) -> None:
    graph.deliver(letter("cat"))
    [stored] = graph.graph.in_folder("inbox")
    stored.categories = ["Red category"]
    with graph.make_mailbox(mode="managed") as box:
        [item] = drain(box)
        box.mark_processed(item.raw)
        box.mark_processed(item.raw)  # idempotent
    assert stored.categories == ["Red category", PROCESSED_TAG]


def test_draft_and_send_use_mime_and_keep_threading(graph: GraphHarness) -> None:
    original = letter("mime", references="<root@trust.nhs.uk>")
    graph.deliver(original)
    reply = reply_to(original)
    with graph.make_mailbox() as box:
        draft_id = box.save_draft(reply)
        assert not box.was_sent(reply.message_id)
        box.send(reply)
        assert box.was_sent(reply.message_id)
    [draft] = graph.graph.in_folder("drafts")
    assert draft.id == draft_id and draft.is_draft
    [sent] = graph.graph.sent_mime
    assert b"References: <root@trust.nhs.uk> <mime@trust.nhs.uk>" in sent
    assert b"In-Reply-To: <mime@trust.nhs.uk>" in sent


def test_folder_under_inbox_is_found_by_name(graph: GraphHarness) -> None:
    graph.graph.add_folder("DocmanUnprocessed", under_inbox=True)
    graph.deliver(letter("docman"), folder="DocmanUnprocessed")
    with graph.make_mailbox(folders=("DocmanUnprocessed",)) as box:
        assert ids(drain(box)) == ["<docman@trust.nhs.uk>"]
        result = box.check()
    assert result.ok and result.folders == ("DocmanUnprocessed",) and result.can_send


def test_403_explains_the_permissions_needed(graph: GraphHarness) -> None:
    with graph.make_mailbox() as box:
        box.mailbox = "someone.else@nhs.net"  # type: ignore[attr-defined]
        with pytest.raises(MailboxError) as err:
            drain(box)
    assert not isinstance(err.value, TransientMailboxError)
