"""One-tap commands and case actions for staff and volunteers (flows with steps live in bot/flows)."""
