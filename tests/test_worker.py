"""The command line as a user runs it: demo, the worker, review, the log (real subprocesses)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

BB = [sys.executable, "-m", "bouncebot.cli"]


def bb(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None, check: bool = True,
       timeout: int = 300) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("BOUNCEBOT_")}
    result = subprocess.run([*BB, *args], env={**base, **(env or {})}, cwd=cwd, capture_output=True, text=True,
                            timeout=timeout)
    if check:
        assert result.returncode == 0, f"bouncebot {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("demo")
    out = bb("demo", "--dir", str(folder), "--no-serve")
    assert "What next" in out.stdout
    return {"BOUNCEBOT_DB": f"sqlite:///{folder / 'bouncebot.db'}", "BOUNCEBOT_MAILBOX": f"maildir:{folder / 'Maildir'}",
            "stdout": out.stdout, "stderr": out.stderr}


def test_demo_prints_a_table_of_what_it_found(demo: dict[str, str]) -> None:
    assert "reply drafted" in demo["stdout"]
    assert "ignored" in demo["stdout"]  # the out-of-office reply among the samples
    assert "Traceback" not in demo["stderr"]


def test_review_from_the_terminal_then_the_worker_sends(demo: dict[str, str]) -> None:
    env = {k: v for k, v in demo.items() if k.startswith("BOUNCEBOT_")}
    drafts = [json.loads(line) for line in bb("drafts", "list", "--json", env=env).stdout.splitlines()]
    assert drafts and all(d["state"] == "awaiting_review" for d in drafts)
    first, second = drafts[0]["id"], drafts[1]["id"]
    shown = bb("drafts", "show", str(first), env=env).stdout
    assert "Findings" in shown and "Reply to" in shown
    letter_file = Path(env["BOUNCEBOT_MAILBOX"].split(":", 1)[1]).parent / "patient.txt"
    bb("drafts", "patient-letter", str(first), "--out", str(letter_file), env=env)
    patient_letter = letter_file.read_text()
    assert "We have written to the hospital team" in patient_letter and "Dear " in patient_letter
    bb("drafts", "approve", str(first), "--as", "pm", env=env)
    bb("drafts", "reject", str(second), "--reason", "we do this locally", "--as", "pm", env=env)
    assert "error" in bb("drafts", "approve", str(second), env=env, check=False).stderr
    run = bb("run", "--once", env=env)
    assert "1 sent" in run.stdout
    outbox = Path(env["BOUNCEBOT_MAILBOX"].split(":", 1)[1]) / ".Outbox"
    assert len(list((outbox / "new").iterdir()) + list((outbox / "cur").iterdir())) == 1
    log = list(csv.DictReader(io.StringIO(bb("log", "--csv", env=env).stdout)))
    assert {r["status"] for r in log} >= {"sent", "rejected"}
    assert all(r["trust"] for r in log)


def test_unknown_draft_and_bad_settings_give_an_error_not_a_traceback(demo: dict[str, str], tmp_path: Path) -> None:
    env = {k: v for k, v in demo.items() if k.startswith("BOUNCEBOT_")}
    missing = bb("drafts", "approve", "9999", env=env, check=False)
    assert missing.returncode == 2 and "no draft 9999" in missing.stderr and "Traceback" not in missing.stderr
    bad = tmp_path / "b.toml"
    bad.write_text("[database]\nurl = 3\n")
    out = bb("run", "--once", "--config", str(bad), check=False)
    assert out.returncode == 2 and "database.url" in out.stderr and "Traceback" not in out.stderr
    nobox = bb("run", "--once", "--db", f"sqlite:///{tmp_path / 'x.db'}", check=False)
    assert nobox.returncode == 2 and "no mailbox configured" in nobox.stderr


def test_worker_stops_cleanly_on_sigterm(tmp_path: Path, dev_corpus: Path) -> None:
    import mailbox as stdlib_mailbox

    maildir = tmp_path / "Maildir"
    md = stdlib_mailbox.Maildir(maildir, create=True)
    md.add(stdlib_mailbox.MaildirMessage((dev_corpus / "dev-010.eml").read_bytes()))
    db = tmp_path / "bb.db"
    base = {k: v for k, v in os.environ.items() if not k.startswith("BOUNCEBOT_")}
    proc = subprocess.Popen([*BB, "run"], env={**base, "BOUNCEBOT_DB": f"sqlite:///{db}",
                                                "BOUNCEBOT_MAILBOX": f"maildir:{maildir}"},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            done = subprocess.run([*BB, "drafts", "list", "--json", "--db", f"sqlite:///{db}"], env=base,
                                  capture_output=True, text=True)
            if done.stdout.strip():
                break
            time.sleep(0.5)
        assert done.stdout.strip(), "the worker drafted nothing within a minute"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err[-2000:]
    assert "Traceback" not in err
