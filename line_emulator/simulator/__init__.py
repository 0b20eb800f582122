"""The web simulator: phones side by side that talk to the bot through the emulator, drawn as LINE
draws messages (Flex, quick replies, rich menus), with an operator panel. Served by the emulator at
/simulator/; the bot plugs in what only it knows (its personas, roles, languages, sweeps) as hooks."""

from line_emulator.simulator.hooks import Persona, SimulatorHooks

__all__ = ["Persona", "SimulatorHooks"]
