"""Detection speed on this machine (a script that prints figures; not a timed test).

    python benchmarks/bench_assess.py

Prints: letters per second for `assess` alone on 3-5 KB letters (target >= 1,000/s on one core),
milliseconds to read a one-page PDF letter (target <= 20 ms), and `scan` end to end over the dev corpus.
"""

from __future__ import annotations

import dataclasses
import io
import statistics
import subprocess
import sys
import time
import tracemalloc
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bouncebot.model import Letter  # noqa: E402
from bouncebot.policy import Policy, assess, fastre, load_policy  # noqa: E402
from bouncebot.reading import read_letter  # noqa: E402

DEV = ROOT / "tests" / "corpus" / "dev"
CORPORA = ("dev", "own", "heldout", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
           "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
           "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird", "twentyfourth",
           "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth", "thirtysixth",
           "thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst", "fortysecond",
           "fortythird", "fortyfourth", "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth",
           "fortyninth")


def _one_page_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    text = (DEV / "dev-010.eml").read_bytes().decode("utf-8", "replace").split("\r\n\r\n", 1)[1][:3000]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 800
    for line in text.splitlines()[:55]:
        c.drawString(40, y, line[:95])
        y -= 14
    c.save()
    m = EmailMessage()
    m["From"] = "letters@example-hospital.nhs.uk"
    m["Subject"] = "Clinic letter"
    m.set_content("Please find the letter attached.")
    m.add_attachment(buf.getvalue(), maintype="application", subtype="pdf", filename="letter.pdf")
    return m.as_bytes(policy=SMTP)


def _letters_of(size: tuple[int, int], letters: list[Letter]) -> list[tuple[Letter, list[Letter]]]:
    """Distinct letters whose text is within `size`, each with the corpus letters it is made of: the real
    ones, then others made by appending the blocks of the next short letters (as a letter with its
    attachments would read). No letter is used twice, so no sentence is seen twice unless the corpus
    itself repeats it."""
    low, high = size
    out = [(x, [x]) for x in letters if low <= len(x.text) <= high]
    parts: list[Letter] = []
    for letter in (x for x in letters if len(x.text) < low):
        parts.append(letter)
        size_now = sum(len(b.text) + 2 for x in parts for b in x.blocks)
        if size_now >= low:
            if size_now <= high:
                out.append((dataclasses.replace(parts[0], blocks=tuple(b for x in parts for b in x.blocks)), parts))
            parts = []
    return out


def _rate(timed: list[tuple[Letter, list[Letter]]], corpus: list[Letter], policy: Policy, passes: int = 7) -> float:
    """Letters per second for letters the engine has never read. The timed letters are split in two;
    each half is timed after everything learnt is forgotten (`fastre.clear_cache`) and the engine has
    warmed up on the rest of the corpus (as a running worker has seen other letters), never on the
    letters it is about to assess. The median of `passes` runs per half."""
    total, count = 0.0, 0
    for half in (timed[0::2], timed[1::2]):
        used = {id(x) for _, parts in half for x in parts}
        warm = [x for x in corpus if id(x) not in used]
        runs = []
        for _ in range(passes):
            fastre.clear_cache()
            for letter in warm:
                assess(letter, policy)
            start = time.perf_counter()
            for letter, _ in half:
                assess(letter, policy)
            runs.append(time.perf_counter() - start)
        total += statistics.median(runs)
        count += len(half)
    return count / total


def main() -> None:
    policy = load_policy(ROOT / "config" / "policy", formulary=ROOT / "config" / "formulary.toml")
    paths = [p for name in CORPORA for p in sorted((ROOT / "tests" / "corpus" / name).glob("*.eml"))]
    provider = [x for x in (read_letter(p.read_bytes()) for p in paths) if x.kind != "other"]
    sized = _letters_of((3000, 5000), provider)
    for label, letters in (("3-5 KB letters", sized), ("all provider letters", [(x, [x]) for x in provider])):
        median = statistics.median(len(x.text) for x, _ in letters)
        print(f"assess, {label}: {_rate(letters, provider, policy):,.0f} letters/s on one core ({len(letters)} "
              f"distinct letters, median {median / 1000:.1f} KB of text, none seen before; target >= 1,000/s "
              f"for 3-5 KB)")

    pdf_message = _one_page_pdf()
    read_letter(pdf_message)  # starts the PDF child process once
    times = []
    for _ in range(50):
        t = time.perf_counter()
        read_letter(pdf_message)
        times.append((time.perf_counter() - t) * 1000)
    print(f"read a one-page PDF letter: median {statistics.median(times):.1f} ms, "
          f"p95 {sorted(times)[int(len(times) * 0.95)]:.1f} ms (child-process extraction, warm)")

    tracemalloc.start()
    t = time.perf_counter()
    for path in sorted(DEV.glob("*.eml")):
        assess(read_letter(path.read_bytes()), policy)
    in_process = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    print(f"read + assess the dev corpus in process: {in_process:.2f} s for 120 messages "
          f"({120 / in_process:.0f}/s), peak Python memory {peak:.1f} MB")

    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "bouncebot.cli", "scan", "--json", str(DEV)], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t
    print(f"scan end to end (new process, 120 messages): {wall:.2f} s wall, "
          f"{len(out.stdout.splitlines())} JSON lines")


if __name__ == "__main__":
    main()
