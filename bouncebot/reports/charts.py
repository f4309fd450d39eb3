"""Charts as PNG bytes, for the Word and HTML reports.

Uses matplotlib's object API with the Agg canvas directly rather than `pyplot`: no global figure
state, no display needed, safe from the web app's threads.
"""

from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

_BAR = "#005eb8"  # NHS blue


def _png(fig: Figure) -> bytes:
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=120, bbox_inches="tight")
    return buf.getvalue()


def _short(label: str, width: int = 48) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def bar_chart(data: dict[str, int], title: str, *, xlabel: str = "requests", limit: int = 15) -> bytes:
    """A horizontal bar chart, largest at the top; more than `limit` bars are cut, not squashed."""
    items = sorted(data.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    fig = Figure(figsize=(7.0, max(2.0, 0.4 * len(items) + 1.2)))
    ax = fig.add_subplot()
    labels = [_short(k.replace("_", " ")) for k, _ in reversed(items)]
    values = [v for _, v in reversed(items)]
    ax.barh(range(len(labels)), values, color=_BAR)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.xaxis.get_major_locator().set_params(integer=True)
    if not items:
        ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes)
    return _png(fig)


def month_chart(series: dict[str, int], title: str) -> bytes:
    """Requests per month as columns, so gaps (zero months) are visible."""
    fig = Figure(figsize=(7.0, 3.0))
    ax = fig.add_subplot()
    months = list(series)
    # Positions, not the labels themselves: matplotlib would try to parse "2026-01" as a date.
    ax.bar(range(len(months)), [series[m] for m in months], color=_BAR)
    ax.set_xticks(range(len(months)), months)
    ax.set_title(title)
    ax.set_ylabel("requests")
    ax.yaxis.get_major_locator().set_params(integer=True)
    if len(months) > 6:
        ax.tick_params(axis="x", labelrotation=45)
    return _png(fig)
