"""`flask --app app partners add NAME | list | revoke NAME`: Open311 partners and their API keys."""

from __future__ import annotations

import click
from flask import Flask

from dispatch.partners import PartnerError, add_partner, list_partners, revoke_partner
from models.base import utcnow


def register_partner_commands(app: Flask) -> None:
    partners = click.Group("partners", help="Open311 partners and their API keys (stored hashed, shown once).")

    @partners.command("add")
    @click.argument("name")
    def add_command(name: str) -> None:
        """Add a partner; its API key is printed once, on the last line, and cannot be shown again."""
        try:
            with app.extensions["bot_sessions"].begin() as session:
                new = add_partner(session, name, utcnow())
                key = new.key
        except PartnerError as problem:
            raise click.ClickException(str(problem)) from None
        click.echo(f"partner {name!r} added; its API key (shown only now, keep it secret):")
        click.echo(key)

    @partners.command("list")
    def list_command() -> None:
        """Every partner: name, the start of its key, since when, and whether it is revoked."""
        with app.extensions["bot_sessions"]() as session:
            for partner in list_partners(session):
                state = f"revoked {partner.revoked_at:%Y-%m-%d}" if partner.revoked_at else "active"
                click.echo(f"{partner.name}\t{partner.key_prefix}…\tadded {partner.created_at:%Y-%m-%d}\t{state}")

    @partners.command("revoke")
    @click.argument("name")
    def revoke_command(name: str) -> None:
        """Revoke a partner's key at once: it can neither submit nor read its submissions any more."""
        try:
            with app.extensions["bot_sessions"].begin() as session:
                revoke_partner(session, name, utcnow())
        except PartnerError as problem:
            raise click.ClickException(str(problem)) from None
        click.echo(f"partner {name!r} revoked")

    app.cli.add_command(partners)
