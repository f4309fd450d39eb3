"""Assessment: the policy (data in config/policy) and the engine that applies it to a letter."""

from __future__ import annotations

from bouncebot.policy.engine import assess
from bouncebot.policy.loader import PolicyError, load_policy, policy_from_settings
from bouncebot.policy.model import Duty, Policy

__all__ = ["Duty", "Policy", "PolicyError", "assess", "load_policy", "policy_from_settings"]
