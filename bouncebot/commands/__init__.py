"""CLI commands, one module per area; each exposes `register(app)` (see bouncebot/cli.py)."""
