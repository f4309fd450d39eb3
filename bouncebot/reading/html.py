"""HTML bodies to plain text, keeping the line structure the matcher relies on.

selectolax (lexbor) is fast and permissive; we add line breaks around block elements ourselves so
headings, list items and table rows stay on lines of their own, and inline markup (bold, links)
does not split a sentence. Scripts, styles and comments are dropped, entities decoded.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

_BLOCKS = (
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
    "blockquote", "section", "article", "header", "footer", "hr", "dt", "dd", "pre", "address",
)
_CELLS = ("td", "th")


def html_to_text(html: str) -> str:
    """Readable text of an HTML document: one line per block, table cells separated by ' | '."""
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, head, title, noscript, template, svg, object, iframe"):
        node.decompose()
    for tag in _BLOCKS:
        for node in tree.css(tag):
            node.insert_before("\n")
            node.insert_after("\n")
    for tag in _CELLS:
        for node in tree.css(tag):
            node.insert_after(" | ")
    root = tree.body or tree.root
    text = root.text(separator="", strip=False) if root is not None else ""
    return tidy(text)


def tidy(text: str, tabs_are_cells: bool = False) -> str:
    """Collapse runs of spaces, trim lines, drop trailing cell separators and blank-line runs.

    In a plain-text e-mail a tab between words separates table cells ("Action<TAB>By whom<TAB>When"):
    with `tabs_are_cells` it becomes the ' | ' an HTML table's cells get, so an owner cell reads as one."""
    text = text.replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for line in text.split("\n"):
        if tabs_are_cells and "\t" in line:  # (a tab after a label's colon only lines up its value: "NHS No:<TAB>999…")
            line = re.sub(r"[ \t]*\t[ \t]*", " | ", re.sub(r":[ \t]*\t[ \t]*", ": ", line.strip(" \t\f\v")))
        line = re.sub(r"[ \t\f\v]+", " ", line).strip()
        line = re.sub(r"(\s*\|\s*)+$", "", line).strip()
        line = re.sub(r"^(\|\s*)+", "", line).strip()
        lines.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
