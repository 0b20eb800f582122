"""Signed photo links."""

from __future__ import annotations


def test_without_a_channel_secret_photo_links_cannot_be_forged_from_a_known_key() -> None:
    from itsdangerous import URLSafeTimedSerializer

    from bot.web.media_links import SALT, media_id_of, photo_url
    from config import Settings

    settings = Settings(line_channel_secret=None)
    forged = URLSafeTimedSerializer("simulator-only", salt=SALT).dumps({"m": 1})
    assert media_id_of(settings, forged) is None
    assert media_id_of(settings, photo_url(settings, 7).rsplit("/", 1)[1]) == 7, "this process's own links work"
