"""What handlers and flows may use besides the database: settings and the LINE client."""

from __future__ import annotations

from dataclasses import dataclass

from bot.line.line_client import LineClient
from config import Settings


@dataclass
class Services:
    settings: Settings
    line: LineClient
