"""Dashboard charts as plain data for an SVG template: no JavaScript, no CDN, everything escaped.

The geometry is computed here and `templates/_chart.html` draws it, so labels (trust names come
from letters) go through Jinja's autoescape like every other piece of text.
"""

from __future__ import annotations

from dataclasses import dataclass

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 260
BAR_AREA = 360
WIDTH = LABEL_WIDTH + BAR_AREA + 60


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: int
    width: int


@dataclass(frozen=True)
class Chart:
    title: str
    bars: tuple[Bar, ...]
    height: int
    width: int = WIDTH
    label_width: int = LABEL_WIDTH

    @property
    def empty(self) -> bool:
        return not self.bars


def bar_chart(title: str, counts: list[tuple[str, int]], limit: int = 12) -> Chart:
    """Horizontal bars, largest first unless the caller's order matters (weeks keep theirs)."""
    rows = counts[:limit]
    top = max((v for _, v in rows), default=0) or 1
    bars = tuple(
        Bar(label=label if len(label) <= 40 else label[:39] + "…", value=value,
            y=i * (BAR_HEIGHT + GAP), width=max(2, round(BAR_AREA * value / top)) if value else 0)
        for i, (label, value) in enumerate(rows)
    )
    return Chart(title=title, bars=bars, height=max(BAR_HEIGHT, len(bars) * (BAR_HEIGHT + GAP)))
