"""`bouncebot policy check`: load a policy and run every rule's examples through the real engine.

Each example is assessed as a one-paragraph clinic letter, exactly as a real letter would be, so an
example that passes here behaves the same in production. Returns human-readable problems.
"""

from __future__ import annotations

from bouncebot.model import Block, Letter, Source
from bouncebot.policy.engine import assess
from bouncebot.policy.model import Policy


def example_letter(text: str) -> Letter:
    return Letter(message_id=None, subject="example", sender="example@example.nhs.uk", sender_name=None,
                  reply_to=None, sent_at=None, blocks=(Block(text, Source("body")),), kind="clinic_letter")


def categories_found(policy: Policy, text: str) -> set[str]:
    return {f.category for f in assess(example_letter(text), policy).findings}


def check_examples(policy: Policy) -> list[str]:
    problems = []
    for rule in policy.rules:
        for text in rule.examples.match:
            if rule.category not in categories_found(policy, text):
                problems.append(f"{rule.source}: rule {rule.id}: example should match {rule.category} but does "
                                f"not: {text!r}")
        for text in rule.examples.no_match:
            found = categories_found(policy, text)
            if rule.category in found:
                problems.append(f"{rule.source}: rule {rule.id}: example must not match {rule.category} but "
                                f"does: {text!r}")
    for cat in policy.categories.values():
        if cat.timeliness is None and not any(r.category == cat.id for r in policy.rules):
            problems.append(f"{cat.source}: category {cat.id} has no rules")
    return problems


def check_templates(policy: Policy, pack_categories: dict[str, str]) -> list[str]:
    return [f"{c.source}: template {c.template!r} for {c.id} is not in the template pack"
            for c in policy.categories.values() if c.template not in pack_categories]
