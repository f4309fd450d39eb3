"""Drafting: template packs and the reply a practice manager reviews.

A pack is a folder (or a .zip of one) with `pack.toml` (name, publisher, version, date, the contract
edition it cites, and a template per category) and its templates: a paragraph per category
(`categories/<id>.txt.j2`), the e-mail bodies (`email.txt.j2`, `email.html.j2`) and the Word letter
(`letter.docx`, rendered with docxtpl, autoescape on). Everything renders in the sandbox in
`letters.sandbox` against the documented fields in `letters.context`.
"""

from __future__ import annotations

from bouncebot.letters.context import build_context, sample_context
from bouncebot.letters.pack import Pack, PackError, load_pack
from bouncebot.letters.render import draft_reply, render_docx, render_text, validate_pack

__all__ = ["Pack", "PackError", "build_context", "draft_reply", "load_pack", "render_docx", "render_text",
           "sample_context", "validate_pack"]
