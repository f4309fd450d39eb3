"""PDF text, extracted in a child process that cannot take the worker down with it.

pypdfium2 is fast but a crafted PDF (a decompression bomb) makes it allocate without bound, and under
an address-space limit it aborts the process, which Python cannot catch (tech notes §5.2). So it runs
in a long-lived child with RLIMIT_AS and a per-document timeout; when the child dies or overruns we
restart it and fall back to pypdf, whose stream-size cap makes it safe in-process.
"""

from __future__ import annotations

import atexit
import io
import json
import logging
import os
import select
import subprocess
import sys
import threading
import time

log = logging.getLogger("bouncebot.reading")


class PdfError(Exception):
    """The PDF could not be read by either extractor; the message says why."""


def _serve(memory_mb: int) -> None:  # pragma: no cover - runs in the child process
    """Child loop: read length-prefixed PDFs on stdin, write JSON page lists on stdout."""
    import resource
    import sys

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    import pypdfium2 as pdfium

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        head = stdin.read(8)
        if len(head) < 8:
            return
        data = stdin.read(int.from_bytes(head, "big"))
        try:
            pdf = pdfium.PdfDocument(data)
            pages = []
            for page in pdf:
                textpage = page.get_textpage()
                pages.append(_with_cells(textpage))
                textpage.close()
                page.close()
            pdf.close()
            reply = {"ok": pages}
        except Exception as e:  # noqa: BLE001 - report every failure to the parent
            reply = {"error": f"{type(e).__name__}: {e}"}
        out = json.dumps(reply).encode()
        stdout.write(len(out).to_bytes(8, "big") + out)
        stdout.flush()


def _with_cells(textpage) -> str:  # type: ignore[no-untyped-def]  # pragma: no cover - runs in the child
    """The page's text with " | " where a wide gap on a line separates table cells ("Removal of clips |
    Practice nurse | day 12"), so the matcher reads a PDF table as it reads an e-mail table. pdfium's text
    runs come in reading order; if joining them does not give back exactly the words of the page's own
    text, that text is used unchanged."""
    plain = textpage.get_text_range()
    lines: list[str] = []
    line, prev = "", None  # prev: (left, bottom, right, top) of the last run on this line
    for k in range(textpage.count_rects()):
        box = textpage.get_rect(k)
        left, bottom, right, top = box
        run = textpage.get_text_bounded(left, bottom, right, top)
        if prev is not None and bottom < (prev[1] + prev[3]) / 2 < top:
            gap = left - prev[2]
            if gap > max(20.0, 2.5 * (top - bottom)):
                line = line.rstrip() + " | " + run.lstrip()
            else:
                line += run if line.endswith(" ") or run.startswith(" ") or gap < 0.5 else " " + run
        else:
            if prev is not None:
                lines.append(line)
            line = run
        prev = box
    if prev is not None:
        lines.append(line)
    text = "\n".join(x.rstrip() for x in lines)
    return text if text.replace(" | ", " ").split() == plain.split() else plain


class _Child:
    """One pypdfium2 child process (`python -m bouncebot.reading.pdf`), restarted after a crash or timeout."""

    def __init__(self, memory_mb: int) -> None:
        self.memory_mb = memory_mb
        self.proc: subprocess.Popen[bytes] | None = None
        self.lock = threading.Lock()

    def _start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bouncebot.reading.pdf", str(self.memory_mb)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.wait(5)
            for stream in (self.proc.stdin, self.proc.stdout):
                if stream is not None:
                    stream.close()
        self.proc = None

    def _read(self, n: int, deadline: float) -> bytes:
        assert self.proc is not None and self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        chunks, got = [], 0
        while got < n:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
            chunk = os.read(fd, n - got)
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    def extract(self, data: bytes, timeout: float) -> list[str]:
        with self.lock:
            if self.proc is None or self.proc.poll() is not None:
                self._start()
            assert self.proc is not None and self.proc.stdin is not None
            deadline = time.monotonic() + timeout
            try:
                self.proc.stdin.write(len(data).to_bytes(8, "big") + data)
                self.proc.stdin.flush()
                size = int.from_bytes(self._read(8, deadline), "big")
                reply = json.loads(self._read(size, deadline))
            except TimeoutError:
                self.stop()
                raise PdfError(f"PDF text extraction took longer than {timeout:g} s") from None
            except (EOFError, OSError, ValueError) as e:
                self.stop()
                raise PdfError("the PDF reader stopped (the file may be corrupt or too large)") from e
            if "error" in reply:
                raise PdfError(reply["error"])
            return reply["ok"]


_children: dict[int, _Child] = {}


def _child(memory_mb: int) -> _Child:
    if memory_mb not in _children:
        _children[memory_mb] = _Child(memory_mb)
    return _children[memory_mb]


@atexit.register
def _stop_children() -> None:
    for c in _children.values():
        c.stop()


def _pypdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return [(page.extract_text() or "") for page in reader.pages]


def pdf_pages(data: bytes, *, timeout: float = 20.0, memory_mb: int = 768) -> list[str]:
    """Text of each page. Raises PdfError when neither extractor can read the file."""
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise PdfError("the attachment is not a PDF file (no %PDF header)")
    try:
        return _child(memory_mb).extract(data, timeout)
    except PdfError as first:
        log.info("pypdfium2 failed (%s); trying pypdf", first)
        try:
            return _pypdf_pages(data)
        except Exception as e:  # noqa: BLE001 - pypdf raises many types on broken files
            raise PdfError(f"{first}; pypdf: {type(e).__name__}") from e


if __name__ == "__main__":  # pragma: no cover - the child process
    _serve(int(sys.argv[1]))
