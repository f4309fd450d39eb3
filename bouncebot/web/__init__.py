"""The review web app (FastAPI + Jinja2): `create_app` for tests and embedding, `serve` for people.

`bouncebot serve` and `bouncebot demo` call `serve(settings)`; it listens on 127.0.0.1 unless told
otherwise, because a review screen full of patient letters belongs behind the practice's network
and, when exposed, behind a TLS proxy (then set `web.secure_cookies = true`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bouncebot.web.app import create_app

if TYPE_CHECKING:
    from bouncebot.settings import Settings

__all__ = ["create_app", "serve"]


def serve(settings: Settings, host: str | None = None, port: int | None = None) -> None:
    """Run the app with uvicorn until Ctrl-C. Access logs carry paths (ids only), never form data."""
    import uvicorn

    app = create_app(settings)
    uvicorn.run(app, host=host or settings.web.host, port=port or settings.web.port,
                proxy_headers=settings.web.secure_cookies, server_header=False, log_level="info")
