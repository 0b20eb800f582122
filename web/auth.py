"""Signing in to the console with LINE Login (OpenID Connect, authorization code with PKCE).

Authlib does the protocol: `state` and `nonce` per attempt kept in the session, the PKCE verifier,
the token call (client_secret_post, as LINE wants it) and the ID token's checks (HS256 with the Login
channel secret, issuer https://access.line.me, audience = the channel ID, expiry, nonce). The signed-in
LINE user ID is then only an identity: what the person may see is decided on every request by the
same scope rules as in chat (dispatch.case_actions.scope_filter), so a staff member removed from a
center loses the console at their next click.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
import time
from typing import Any

import requests
from authlib.common.errors import AuthlibBaseError
from authlib.integrations.flask_client import OAuth
from flask import Flask, current_app, redirect, request, session, url_for
from joserfc.errors import JoseError

from config import Settings

log = logging.getLogger("web.auth")
ISSUER = "https://access.line.me"
SESSION_USER = "console_user"
SESSION_SEEN = "console_seen"
# Without a Login channel secret (not configured) sessions are signed with a key of this process.
_PROCESS_KEY = secrets.token_urlsafe(32)


def session_key(settings: Settings) -> str:
    """The session cookies' signing key: derived from the Login channel secret, which every web
    process shares, and never the secret itself."""
    if not settings.line_login_channel_secret:
        return _PROCESS_KEY
    digest = hmac.new(settings.line_login_channel_secret.encode(), b"console-session-v1", hashlib.sha256)
    return digest.hexdigest()


def configure(app: Flask, settings: Settings) -> None:
    app.config["SECRET_KEY"] = session_key(settings)
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    # Lax: LINE's redirect back to the callback is a top-level GET and must carry the cookie.
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["SESSION_COOKIE_SECURE"] = settings.public_base_url.startswith("https://")
    app.config["SESSION_COOKIE_NAME"] = "console_session"
    oauth = OAuth(app)
    if settings.line_login_channel_id and settings.line_login_channel_secret:
        oauth.register(
            "line",
            client_id=settings.line_login_channel_id,
            client_secret=settings.line_login_channel_secret,
            authorize_url=settings.line_login_base_url.rstrip("/") + "/oauth2/v2.1/authorize",
            access_token_url=settings.line_api_base_url.rstrip("/") + "/oauth2/v2.1/token",
            client_kwargs={
                "scope": "openid profile",
                "code_challenge_method": "S256",
                "token_endpoint_auth_method": "client_secret_post",
                "timeout": (settings.line_connect_timeout_seconds, settings.line_read_timeout_seconds),
            },
            # Server metadata, given rather than discovered: LINE's web login signs ID tokens with
            # HS256 and the channel secret (LINE_NOTES.md), which is this symmetric key.
            issuer=ISSUER,
            id_token_signing_alg_values_supported=["HS256"],
            jwks={"keys": [{"kty": "oct", "alg": "HS256", "k": _b64(settings.line_login_channel_secret.encode())}]},
        )
    app.extensions["console_oauth"] = oauth


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _client() -> Any:
    return current_app.extensions["console_oauth"].create_client("line")


def _settings() -> Settings:
    return current_app.config["BOT_SETTINGS"]


def redirect_uri() -> str:
    """The callback registered with the Login channel: under PUBLIC_BASE_URL, never from the request."""
    return _settings().public_base_url.rstrip("/") + url_for("console.login_callback")


def start_login() -> Any:
    client = _client()
    if client is None:
        return None
    return client.authorize_redirect(redirect_uri())


def finish_login() -> tuple[str | None, str]:
    """(LINE user ID, or None; and why not: "cancelled", "failed" or "not_configured")."""
    client = _client()
    if client is None:
        return None, "not_configured"
    if request.args.get("error"):
        log.info(json.dumps({"console_login": "denied", "error": request.args.get("error", "")[:40]}))
        return None, "cancelled"
    try:
        token = client.authorize_access_token()
    except (AuthlibBaseError, JoseError, requests.RequestException, ValueError) as error:
        # OAuthError (state, LINE's error answers), joserfc's JoseError (signature, algorithm) and the
        # claims' errors (issuer, audience, expiry, nonce): nobody is signed in.
        log.warning(json.dumps({"console_login": "failed", "reason": type(error).__name__}))
        return None, "failed"
    userinfo = token.get("userinfo")
    if not userinfo or not userinfo.get("sub"):
        log.warning(json.dumps({"console_login": "failed", "reason": "no_id_token"}))
        return None, "failed"
    _revoke(token.get("access_token"))
    session.clear()  # no state of the signed-out session survives (fixation)
    session[SESSION_USER] = userinfo["sub"]
    session["console_name"] = (userinfo.get("name") or "")[:100]
    session[SESSION_SEEN] = time.time()
    session.permanent = False
    return userinfo["sub"], ""


def _revoke(access_token: str | None) -> None:
    """The console needs only who signed in: the access token is given back at once."""
    settings = _settings()
    if not access_token:
        return
    try:
        requests.post(
            settings.line_api_base_url.rstrip("/") + "/oauth2/v2.1/revoke",
            data={
                "access_token": access_token,
                "client_id": settings.line_login_channel_id,
                "client_secret": settings.line_login_channel_secret,
            },
            timeout=(settings.line_connect_timeout_seconds, settings.line_read_timeout_seconds),
        )
    except requests.RequestException as error:
        log.warning(json.dumps({"console_login": "revoke_failed", "reason": type(error).__name__}))


def signed_in_user_id() -> tuple[str | None, bool]:
    """(the signed-in LINE user ID or None, whether a session just ran out). Every request counts as
    activity; past CONSOLE_IDLE_MINUTES without one, the session is over."""
    line_user_id = session.get(SESSION_USER)
    if not line_user_id:
        return None, False
    seen = session.get(SESSION_SEEN, 0)
    now = time.time()
    if now - seen > _settings().console_idle_minutes * 60:
        session.clear()
        return None, True
    session[SESSION_SEEN] = now
    return line_user_id, False


def sign_out() -> None:
    session.clear()


def go_to_login() -> Any:
    return redirect(url_for("console.login_page"))
