"""The bot's HTTP entry: the webhook, its group-commit inbox writer, photo links, health and metrics."""
