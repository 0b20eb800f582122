"""For trying the bot without LINE: the all-in-one simulator, the terminal chat, demo data."""
