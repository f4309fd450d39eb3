"""IMAP backend benchmark against a real Dovecot (issue 4, "Speed").

Fills one Dovecot mailbox with 50,000 small messages (written straight into the Maildir store, then
indexed by Dovecot on first SELECT, because APPENDing 50,000 messages would take minutes), then measures:

* an idle poll (cursor at the end): wall time and IMAP commands (round-trips), warm and cold, and the
  same for a 100-message mailbox to show the round-trips do not grow with the folder;
* a first sync (no cursor) of a 10,000-message mailbox, in a child process: peak Python heap (tracemalloc) and the growth in
  peak RSS, with throughput.

Targets: idle poll < 50 ms with a constant number of round-trips; first sync < 300 MB.

    python benchmarks/bench_imap.py [--messages 50000] [--sync 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bouncebot.mailboxes.imap import ImapMailbox  # noqa: E402
from tests.servers.dovecot import DovecotServer  # noqa: E402

BODY = ("Dear Dr Example,\r\n\r\nPlease arrange the follow-up blood tests and let us know the results.\r\n"
        "This letter is synthetic benchmark filler.\r\n") * 4


def message(i: int) -> bytes:
    return (
        f"From: Outpatients <outpatients@trust.nhs.uk>\r\nTo: surgery@nhs.net\r\n"
        f"Subject: Clinic letter {i}\r\nDate: Mon, 02 Mar 2026 09:00:00 +0000\r\n"
        f"Message-ID: <bench{i}@trust.nhs.uk>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{BODY}"
    ).encode()


def fill(server: DovecotServer, user: str, count: int) -> float:
    """Write `count` messages into the user's Maildir `cur/` and let Dovecot index them; returns seconds."""
    from imapclient import IMAPClient

    md = server.maildir(user)
    for sub in ("cur", "new", "tmp"):
        (md / sub).mkdir(parents=True, exist_ok=True)
    base = int(time.time()) - count
    for i in range(count):
        path = md / "cur" / f"{base + i}.M{i}P1.bench,S={len(message(i))}:2,"
        path.write_bytes(message(i))
        os.utime(path, (base + i, base + i))
        server.own(path)
    for p in [md.parent, md, md / "cur", md / "new", md / "tmp"]:
        server.own(p)
    t = time.perf_counter()
    c = IMAPClient(server.host, port=server.port, ssl=False, timeout=600)
    c.login(user, server.password)
    info = c.select_folder("INBOX", readonly=True)
    assert info[b"EXISTS"] == count, info
    c.logout()
    return time.perf_counter() - t


def mailbox(server: DovecotServer, user: str) -> ImapMailbox:
    return ImapMailbox(host=server.host, port=server.port, security="plain", user=user, password=server.password)


def end_cursor(server: DovecotServer, user: str, back: int = 0) -> str:
    from imapclient import IMAPClient

    c = IMAPClient(server.host, port=server.port, ssl=False)
    c.login(user, server.password)
    st = c.folder_status("INBOX", [b"UIDVALIDITY", b"UIDNEXT"])
    c.logout()
    return json.dumps({"INBOX": {"uidvalidity": st[b"UIDVALIDITY"], "last_uid": st[b"UIDNEXT"] - 1 - back}})


def idle_poll(server: DovecotServer, user: str, rounds: int = 50) -> dict[str, float]:
    cursor = end_cursor(server, user)
    box = mailbox(server, user)
    t = time.perf_counter()
    c0 = box.commands
    assert list(box.fetch_new(cursor)) == []
    cold_ms, cold_cmds = (time.perf_counter() - t) * 1000, box.commands - c0
    times, cmds = [], []
    for _ in range(rounds):
        c0 = box.commands
        t = time.perf_counter()
        assert list(box.fetch_new(cursor)) == []
        times.append((time.perf_counter() - t) * 1000)
        cmds.append(box.commands - c0)
    box.close()
    assert len(set(cmds)) == 1, cmds
    return {"cold_ms": round(cold_ms, 2), "cold_commands": cold_cmds, "median_ms": round(statistics.median(times), 2),
            "max_ms": round(max(times), 2), "commands": cmds[0]}


def child_sync(port: int, user: str, password: str, cursor: str) -> None:
    """Run in a fresh interpreter: a first sync consumed like the pipeline does (one message at a time)."""
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    box = ImapMailbox(host="127.0.0.1", port=port, security="plain", user=user, password=password)
    t = time.perf_counter()
    n = size = 0
    last = None
    for item in box.fetch_new(cursor or None):
        n += 1
        size += len(item.raw.data)
        last = item.cursor
    elapsed = time.perf_counter() - t
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"messages": n, "bytes": size, "seconds": round(elapsed, 2), "commands": box.commands,
                      "tracemalloc_peak_mb": round(peak / 2**20, 1), "rss_before_mb": round(rss0 / 1024, 1),
                      "rss_peak_mb": round(rss1 / 1024, 1), "rss_growth_mb": round((rss1 - rss0) / 1024, 1),
                      "cursor_ok": last is not None}))
    box.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=50_000)
    ap.add_argument("--sync", type=int, default=10_000)
    ap.add_argument("--child", nargs=4, metavar=("PORT", "USER", "PASSWORD", "CURSOR"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        port, user, password, cursor = args.child
        child_sync(int(port), user, password, cursor)
        return
    server = DovecotServer().start()
    try:
        big, small = "big@practice.test", "small@practice.test"
        t = time.perf_counter()
        index_s = fill(server, big, args.messages)
        print(f"filled {args.messages} messages in {time.perf_counter() - t:.1f}s "
              f"(Dovecot indexed them in {index_s:.1f}s)")
        fill(server, small, 100)
        for user, count in ((small, 100), (big, args.messages)):
            r = idle_poll(server, user)
            print(f"idle poll, {count:>6} messages: median {r['median_ms']} ms (max {r['max_ms']} ms), "
                  f"{r['commands']} IMAP command(s) per poll; cold (connect+login+poll) {r['cold_ms']} ms, "
                  f"{r['cold_commands']} commands")
        first = "first@practice.test"
        fill(server, first, args.sync)  # a true first run: no cursor at all
        out = subprocess.run([sys.executable, __file__, "--child", str(server.port), first, server.password, ""],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        print(f"first sync of {r['messages']} messages ({r['bytes'] / 2**20:.1f} MB): {r['seconds']} s, "
              f"{r['commands']} IMAP commands, peak Python heap {r['tracemalloc_peak_mb']} MB, "
              f"peak RSS {r['rss_peak_mb']} MB (+{r['rss_growth_mb']} MB over the interpreter at start)")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
