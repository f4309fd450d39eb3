"""Loading a template pack: the manifest, and where each template lives."""

from __future__ import annotations

import tempfile
import tomllib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from bouncebot.model import CATEGORIES

EXTRA_LETTERS = ("patient_letter", "icb_escalation")
MAX_PACK_BYTES = 50 * 1024 * 1024


class PackError(Exception):
    """A template pack is wrong; the message names the file (and line) and what to fix."""


@dataclass(frozen=True)
class Pack:
    path: Path
    name: str
    publisher: str
    version: str
    date: str
    contract_edition: str
    categories: dict[str, str]  # category -> paragraph template (relative path)
    email_text: str = "email.txt.j2"
    email_html: str = "email.html.j2"
    letter_docx: str = "letter.docx"
    extras: dict[str, str] = field(default_factory=dict)  # patient_letter / icb_escalation -> template

    def file(self, rel: str) -> Path:
        p = (self.path / rel).resolve()
        if self.path.resolve() not in p.parents and p != self.path.resolve():
            raise PackError(f"{self.path / 'pack.toml'}: template path {rel!r} leaves the pack folder")
        return p

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"


def _unzip(path: Path) -> Path:
    """Unpack a .zip pack into a private temporary folder (size-checked first)."""
    with zipfile.ZipFile(path) as z:
        if sum(i.file_size for i in z.infolist()) > MAX_PACK_BYTES:
            raise PackError(f"{path}: the pack unpacks to more than {MAX_PACK_BYTES // 1_000_000} MB")
        for name in z.namelist():
            if name.startswith("/") or ".." in Path(name).parts:
                raise PackError(f"{path}: the zip contains an unsafe path {name!r}")
        target = Path(tempfile.mkdtemp(prefix="bouncebot-pack-"))
        z.extractall(target)
    manifests = list(target.rglob("pack.toml"))
    if len(manifests) != 1:
        raise PackError(f"{path}: a pack zip must contain exactly one pack.toml (found {len(manifests)})")
    return manifests[0].parent


def load_pack(path: str | Path) -> Pack:
    p = Path(path)
    if p.suffix.lower() == ".zip" and p.is_file():
        try:
            p = _unzip(p)
        except zipfile.BadZipFile as e:
            raise PackError(f"{path}: not a valid zip file") from e
    manifest = p / "pack.toml"
    if not manifest.is_file():
        raise PackError(f"{p}: no pack.toml; a template pack is a folder with a pack.toml manifest")
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise PackError(f"{manifest}: {e}") from None
    missing = [k for k in ("name", "publisher", "version", "date", "contract_edition") if k not in data]
    if missing:
        raise PackError(f"{manifest}: missing {', '.join(missing)} in the manifest")
    cats = data.get("categories", {})
    unknown = [c for c in cats if c not in CATEGORIES]
    if unknown:
        raise PackError(f"{manifest}: unknown categories {', '.join(unknown)}; known: {', '.join(CATEGORIES)}")
    extras = {k: v for k, v in data.get("letters", {}).items() if k in EXTRA_LETTERS}
    t = data.get("templates", {})
    return Pack(
        path=p, name=str(data["name"]), publisher=str(data["publisher"]), version=str(data["version"]),
        date=str(data["date"]), contract_edition=str(data["contract_edition"]), categories=dict(cats),
        email_text=t.get("email_text", "email.txt.j2"), email_html=t.get("email_html", "email.html.j2"),
        letter_docx=t.get("letter_docx", "letter.docx"), extras=extras,
    )


def read_bytes(pack: Pack, rel: str) -> bytes:
    try:
        return pack.file(rel).read_bytes()
    except FileNotFoundError:
        raise PackError(f"{pack.path / rel}: template file not found (named in pack.toml)") from None


