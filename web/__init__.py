"""Web parts of the bot beside LINE chat: the staff console (console.py, auth.py, templates/), the
Open311 partner API (open311/) and the public statistics (public/)."""
