"""The only Jinja2 environments templates ever see: sandboxed, strict, and bounded.

A template pack is written by an LMC and installed by a practice, so it is untrusted input: the
sandbox refuses attribute tricks (`''.__class__`), StrictUndefined turns a misspelt field into an
error instead of a blank in a letter, and `range` and the `*`/`**` operators are capped so a template
cannot spin the worker (the sandbox alone does not bound CPU: tech notes §6).
"""

from __future__ import annotations

import operator
from typing import Any

from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment, SecurityError

MAX_RANGE = 1000
MAX_SIZE = 100_000


def _range(*args: int) -> range:
    r = range(*args)
    if len(r) > MAX_RANGE:
        raise SecurityError(f"range() is limited to {MAX_RANGE} items in letter templates")
    return r


class LetterEnvironment(SandboxedEnvironment):
    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**":
            if isinstance(right, int) and right > 64:
                raise SecurityError("exponent too large in a letter template")
            return operator.pow(left, right)
        result_size = (len(left) if hasattr(left, "__len__") else 1) * (right if isinstance(right, int) else 1)
        if isinstance(right, int) and hasattr(left, "__len__") and result_size > MAX_SIZE:
            raise SecurityError("string or list repetition too large in a letter template")
        return operator.mul(left, right)


def environment(*, autoescape: bool) -> LetterEnvironment:
    env = LetterEnvironment(undefined=StrictUndefined, autoescape=autoescape, trim_blocks=True, lstrip_blocks=True,
                            keep_trailing_newline=True)
    env.globals = {"range": _range}
    env.filters["nhs_number"] = lambda v: f"{v[:3]} {v[3:6]} {v[6:]}" if isinstance(v, str) and len(v) == 10 else v
    return env
