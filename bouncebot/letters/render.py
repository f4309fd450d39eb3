"""Rendering a pack: the per-category paragraphs, the e-mail bodies and the Word letter."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SecurityError

from bouncebot.letters.context import build_context, sample_context
from bouncebot.letters.pack import Pack, PackError, read_bytes
from bouncebot.letters.sandbox import environment
from bouncebot.model import CATEGORIES, Assessment, DraftReply, Letter
from bouncebot.policy.model import Duty
from bouncebot.settings import Practice

KNOWN_FIELDS = {"practice", "recipient", "patient", "their_letter", "findings", "request", "categories", "today",
                "period", "provider", "range"}


def _where(pack: Pack, rel: str, e: Exception) -> str:
    line = getattr(e, "lineno", None)
    return f"{pack.path / rel}{f':{line}' if line else ''}"


def _pack_error(pack: Pack, rel: str, e: Exception, *, word: bool = False) -> PackError:
    """A template failure as a PackError naming the file (and, for text templates, the line)."""
    path = pack.path / rel
    if isinstance(e, PackError):
        return e
    if isinstance(e, TemplateSyntaxError):
        return PackError(f"{path if word else _where(pack, rel, e)}: template syntax error: {e.message}")
    if isinstance(e, UndefinedError):
        return PackError(f"{path}: unknown field ({e.message}); see docs/templates.md")
    if isinstance(e, SecurityError):
        return PackError(f"{path}: refused by the template sandbox ({e})")
    if word:  # docxtpl/python-docx raise many types on a broken document
        return PackError(f"{path}: the Word template could not be rendered ({type(e).__name__}: {e})")
    if isinstance(e, TemplateError):
        return PackError(f"{path}: {e}")
    # e.g. include without a loader, a filter on the wrong type
    return PackError(f"{path}: the template failed ({type(e).__name__}: {e})")


def render_text(pack: Pack, rel: str, context: dict[str, Any], *, html: bool = False) -> str:
    source = read_bytes(pack, rel).decode("utf-8")
    try:
        return environment(autoescape=html).from_string(source).render(context)
    except Exception as e:  # noqa: BLE001 - every failure becomes a PackError naming the file
        raise _pack_error(pack, rel, e) from None


def render_docx(pack: Pack, context: dict[str, Any], rel: str | None = None) -> bytes:
    """The Word letter, with autoescape on so '&' or '<' in a letter can never corrupt the XML."""
    from docxtpl import DocxTemplate

    rel = rel or pack.letter_docx
    try:
        doc = DocxTemplate(io.BytesIO(read_bytes(pack, rel)))
        doc.render(context, jinja_env=environment(autoescape=True), autoescape=True)
    except Exception as e:  # noqa: BLE001 - every failure becomes a PackError naming the file
        raise _pack_error(pack, rel, e, word=True) from None
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _paragraphs(pack: Pack, context: dict[str, Any], categories: list[str],
                templates: dict[str, str] | None = None) -> dict[str, str]:
    """Each category's paragraph, from the pack entry the policy names for it (default: its id)."""
    out = {}
    for cat in categories:
        key = (templates or {}).get(cat) or cat
        rel = pack.categories.get(key)
        if rel is None:
            raise PackError(f"{pack.path / 'pack.toml'}: no template {key!r} for category {cat!r}; "
                            "add it under [categories]")
        finding = next((f for f in context["findings"] if f["category"] == cat), context["request"])
        out[cat] = render_text(pack, rel, {**context, "finding": finding}).strip()
    return out


def draft_reply(letter: Letter, assessment: Assessment, pack: Pack, practice: Practice, duties: dict[str, Duty],
                to: str, today: date) -> DraftReply:
    """The reply a person will review: text and HTML bodies and the .docx letter, from one context."""
    categories = sorted({f.category for f in assessment.bounced}, key=CATEGORIES.index)
    base = build_context(letter, assessment, practice, duties, to, today)
    templates = {c: d.template for c, d in duties.items() if d.template}
    context = build_context(letter, assessment, practice, duties, to, today,
                            _paragraphs(pack, base, categories, templates))
    from bouncebot.outgoing import reply_subject

    return DraftReply(
        to=to, subject=reply_subject(letter.subject), text=render_text(pack, pack.email_text, context),
        html=render_text(pack, pack.email_html, context, html=True), docx=render_docx(pack, context),
        template_pack=pack.name, template_version=pack.version, categories=tuple(categories),
    )


def _undeclared_docx(pack: Pack, rel: str) -> set[str]:
    from docxtpl import DocxTemplate

    doc = DocxTemplate(io.BytesIO(read_bytes(pack, rel)))
    return set(doc.get_undeclared_template_variables(jinja_env=environment(autoescape=True)))


def validate_pack(pack: Pack) -> list[str]:
    """Every problem in a pack, each with file (and line where known). Empty means it is good."""
    problems: list[str] = []
    missing = [c for c in CATEGORIES if c not in pack.categories]
    if missing:
        problems.append(f"{pack.path / 'pack.toml'}: no template for {', '.join(missing)}")
    env = environment(autoescape=False)
    texts = [*pack.categories.values(), pack.email_text, pack.email_html, *pack.extras.values()]
    for rel in texts:
        if rel.endswith(".docx"):
            continue
        try:
            source = read_bytes(pack, rel).decode("utf-8")
            ast = env.parse(source)
        except PackError as e:
            problems.append(str(e))
            continue
        except TemplateSyntaxError as e:
            problems.append(f"{pack.path / rel}:{e.lineno}: template syntax error: {e.message}")
            continue
        from jinja2 import meta

        unknown = meta.find_undeclared_variables(ast) - KNOWN_FIELDS - {"finding"}
        for name in sorted(unknown):
            line = next((n for n, text in enumerate(source.splitlines(), 1) if re.search(rf"\b{name}\b", text)), 0)
            problems.append(f"{pack.path / rel}:{line}: unknown field '{name}'; see docs/templates.md")
        if list(meta.find_referenced_templates(ast)):
            problems.append(f"{pack.path / rel}: include/import/extends are not allowed in letter templates")
    for cat in pack.categories:
        ctx = sample_context(cat)
        for rel in (pack.categories[cat], pack.email_text, pack.email_html):
            try:
                render_text(pack, rel, {**ctx, "finding": ctx["request"]}, html=rel.endswith(".html.j2"))
            except PackError as e:
                if str(e) not in problems:
                    problems.append(str(e))
    docx_rels = [pack.letter_docx] + [v for v in pack.extras.values() if v.endswith(".docx")]
    for rel in docx_rels:
        try:
            unknown = _undeclared_docx(pack, rel) - KNOWN_FIELDS
            for name in sorted(unknown):
                problems.append(f"{pack.path / rel}: unknown field '{name}'; see docs/templates.md")
            render_docx(pack, sample_context(), rel)
        except PackError as e:
            problems.append(str(e))
        except Exception as e:  # noqa: BLE001
            problems.append(f"{pack.path / rel}: {type(e).__name__}: {e}")
    for key, rel in pack.extras.items():
        if not rel.endswith(".docx"):
            try:
                render_text(pack, rel, sample_context())
            except PackError as e:
                if str(e) not in problems:
                    problems.append(f"{e} (letter {key})")
    return problems
