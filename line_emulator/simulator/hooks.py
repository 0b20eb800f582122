"""What the simulator asks of the application behind the emulator. The emulator knows LINE, not the
bot: who is staff, which languages the bot speaks and how to run its sweeps come from these hooks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Persona:
    """An emulated LINE user offered in the simulator's user picker."""

    user_id: str
    display_name: str
    role: str  # a key of SimulatorHooks.roles
    language: str = "th"

    def as_json(self) -> dict[str, str]:
        return {"userId": self.user_id, "displayName": self.display_name, "role": self.role, "language": self.language}


def _no_personas() -> list[Persona]:
    return []


@dataclass
class SimulatorHooks:
    """`enrol(role, display_name, language)` makes a new user of that role and returns the Persona;
    `run_sweeps()` runs the scheduler's sweeps now and returns {job: count}; `places` are named points
    (lat, lng) that centre the location picker."""

    roles: dict[str, str] = field(default_factory=lambda: {"citizen": "citizen"})
    languages: tuple[str, ...] = ("th", "en")
    personas: Callable[[], list[Persona]] = _no_personas
    enrol: Callable[[str, str, str], Persona] | None = None
    run_sweeps: Callable[[], dict[str, Any]] | None = None
    places: list[dict[str, Any]] = field(default_factory=list)


class Simulator:
    """The emulator's simulator: its hooks can be set once the application behind it is running."""

    def __init__(self, hooks: SimulatorHooks | None = None) -> None:
        self.hooks = hooks or SimulatorHooks()
