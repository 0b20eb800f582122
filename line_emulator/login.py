"""LINE Login (OpenID Connect, web login) as LINE_NOTES.md describes it: the authorize page (where a
test or a person picks which emulated user signs in), the token endpoint issuing HS256 ID tokens
signed with the Login channel secret, ID-token and access-token verification, the profile and revoke.

The emulator is the server side, so it signs its tokens itself (hmac); the application checks them
with a real OIDC client (Authlib). Users are those of the Messaging API (`/_emulator/users`), so an
ID token's `sub` is the user ID the bot knows. There is no bypass: a sign-in always goes through
the authorize page and the token endpoint.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Flask, Response, jsonify, redirect, request

from line_emulator.state import PlatformState

ISSUER = "https://access.line.me"
CODE_SECONDS = 600
ACCESS_TOKEN_SECONDS = 30 * 24 * 3600
ID_TOKEN_SECONDS = 3600
LOGIN_PATHS = ("/oauth2/", "/v2/profile")


@dataclass
class _Grant:
    user_id: str
    client_id: str
    redirect_uri: str
    nonce: str | None
    code_challenge: str | None
    scope: str
    expires: float


@dataclass
class _AccessToken:
    user_id: str
    client_id: str
    scope: str
    expires: float


class LoginState:
    """One Login channel (id and secret), its pending codes and its access tokens. Thread-safe."""

    def __init__(self, channel_id: str, channel_secret: str) -> None:
        self.channel_id = channel_id
        self.channel_secret = channel_secret
        self._lock = threading.Lock()
        self._codes: dict[str, _Grant] = {}
        self._tokens: dict[str, _AccessToken] = {}

    def issue_code(self, grant: _Grant) -> str:
        code = secrets.token_urlsafe(24)
        with self._lock:
            self._codes[code] = grant
        return code

    def take_code(self, code: str) -> _Grant | None:
        """A code is single use: taking it removes it, valid or not."""
        with self._lock:
            grant = self._codes.pop(code, None)
        return grant if grant is not None and grant.expires > time.time() else None

    def issue_access_token(self, grant: _Grant) -> str:
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._tokens[token] = _AccessToken(
                grant.user_id, grant.client_id, grant.scope, time.time() + ACCESS_TOKEN_SECONDS
            )
        return token

    def access_token(self, token: str) -> _AccessToken | None:
        with self._lock:
            found = self._tokens.get(token)
        return found if found is not None and found.expires > time.time() else None

    def revoke(self, token: str) -> None:
        with self._lock:
            self._tokens.pop(token, None)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_id_token(claims: dict[str, Any], secret: str) -> str:
    header = _b64(json.dumps({"typ": "JWT", "alg": "HS256"}, separators=(",", ":")).encode())
    payload = _b64(json.dumps(claims, separators=(",", ":"), ensure_ascii=False).encode())
    signature = hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64(signature)}"


def _read_id_token(token: str, secret: str) -> dict[str, Any] | None:
    try:
        header, payload, signature = token.split(".")
        expected = hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
        if json.loads(_unb64(header)).get("alg") != "HS256" or not hmac.compare_digest(expected, _unb64(signature)):
            return None
        claims = json.loads(_unb64(payload))
    except (ValueError, TypeError):
        return None
    return claims if isinstance(claims, dict) else None


def _error(status: int, error: str, description: str) -> tuple[Response, int]:
    return jsonify(error=error, error_description=description), status


def _redirect_back(redirect_uri: str, **params: str | None) -> Response:
    separator = "&" if "?" in redirect_uri else "?"
    return redirect(redirect_uri + separator + urlencode({k: v for k, v in params.items() if v is not None}))


PAGE = """<!doctype html><html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>LINE Login (emulator)</title>
<style>body{{font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}}
button{{display:block;width:100%;margin:.4rem 0;padding:.7rem;font-size:1rem;border-radius:.5rem;
border:1px solid #06C755;background:#fff;cursor:pointer}} button.user{{background:#06C755;color:#fff}}
</style></head><body><h1>LINE Login</h1><p>Emulator: choose who signs in · เลือกผู้ใช้ที่จะเข้าสู่ระบบ</p>
<form method="post">{hidden}{buttons}
<p><label>LINE user ID <input name="user_id" autocomplete="off"></label>
<button type="submit" name="action" value="other">Sign in as this user ID</button></p>
<button type="submit" name="action" value="cancel">ยกเลิก · Cancel</button></form></body></html>"""


def register(app: Flask, state: PlatformState, login: LoginState) -> None:
    routes = Blueprint("line_login", __name__)
    authorize_fields = (
        "response_type", "client_id", "redirect_uri", "state", "scope", "nonce", "code_challenge",
        "code_challenge_method", "prompt", "bot_prompt",
    )  # fmt: skip

    def _authorize_problem(values: Any) -> str | None:
        if values.get("response_type") != "code":
            return "response_type must be code"
        if values.get("client_id") != login.channel_id:
            return "invalid client_id"
        if not (values.get("redirect_uri") or "").startswith(("http://", "https://")):
            return "invalid redirect_uri"
        if not values.get("state"):
            return "state is required"
        if "openid" not in (values.get("scope") or "").split() and "profile" not in (values.get("scope") or "").split():
            return "invalid scope"
        if values.get("code_challenge") and values.get("code_challenge_method") != "S256":
            return "code_challenge_method must be S256"
        return None

    @routes.get("/oauth2/v2.1/authorize")
    def authorize_page() -> Any:
        problem = _authorize_problem(request.args)
        if problem:
            return Response(f"<p>400 Bad Request: {html.escape(problem)}</p>", 400, mimetype="text/html")
        hidden = "".join(
            f'<input type="hidden" name="{name}" value="{html.escape(request.args[name])}">'
            for name in authorize_fields
            if request.args.get(name)
        )
        with state.lock:
            users = [profile for profile in state.users.values() if not profile.blocked]
        buttons = "".join(
            f'<button class="user" type="submit" name="user_id" value="{html.escape(profile.user_id)}"'
            f' data-user-id="{html.escape(profile.user_id)}">{html.escape(profile.display_name)}'
            f" <small>({html.escape(profile.user_id)})</small></button>"
            for profile in users
        )
        return Response(PAGE.format(hidden=hidden, buttons=buttons), mimetype="text/html")

    @routes.post("/oauth2/v2.1/authorize")
    def authorize_choose() -> Any:
        form = request.form
        problem = _authorize_problem(form)
        if problem:
            return Response(f"<p>400 Bad Request: {html.escape(problem)}</p>", 400, mimetype="text/html")
        if form.get("action") == "cancel":
            return _redirect_back(
                form["redirect_uri"], error="ACCESS_DENIED", error_description="The user has denied.",
                state=form["state"],
            )  # fmt: skip
        user_id = (form.get("user_id") or "").strip()
        if not user_id:
            return Response("<p>400 Bad Request: choose a user</p>", 400, mimetype="text/html")
        state.profile(user_id)  # a user signing in becomes known, as with any LINE account
        grant = _Grant(
            user_id=user_id,
            client_id=form["client_id"],
            redirect_uri=form["redirect_uri"],
            nonce=form.get("nonce"),
            code_challenge=form.get("code_challenge"),
            scope=form.get("scope", ""),
            expires=time.time() + CODE_SECONDS,
        )
        return _redirect_back(form["redirect_uri"], code=login.issue_code(grant), state=form["state"])

    @routes.post("/oauth2/v2.1/token")
    def token() -> Any:
        form = request.form
        if form.get("grant_type") != "authorization_code":
            return _error(400, "unsupported_grant_type", "unsupported grant_type")
        if form.get("client_id") != login.channel_id or not hmac.compare_digest(
            form.get("client_secret", ""), login.channel_secret
        ):
            return _error(400, "invalid_client", "invalid client_id or client_secret")
        grant = login.take_code(form.get("code", ""))
        if grant is None or grant.client_id != form.get("client_id"):
            return _error(400, "invalid_grant", "invalid authorization code")
        if grant.redirect_uri != form.get("redirect_uri"):
            return _error(400, "invalid_grant", "redirect_uri does not match")
        if grant.code_challenge:
            verifier = form.get("code_verifier", "")
            if not 43 <= len(verifier) <= 128 or _b64(hashlib.sha256(verifier.encode()).digest()) != grant.code_challenge:
                return _error(400, "invalid_grant", "invalid code_verifier")
        access_token = login.issue_access_token(grant)
        body: dict[str, Any] = {
            "access_token": access_token,
            "expires_in": ACCESS_TOKEN_SECONDS,
            "refresh_token": secrets.token_urlsafe(24),
            "scope": grant.scope,
            "token_type": "Bearer",
        }
        if "openid" in grant.scope.split():
            profile = state.profile(grant.user_id)
            now = int(time.time())
            claims: dict[str, Any] = {
                "iss": ISSUER, "sub": grant.user_id, "aud": login.channel_id, "exp": now + ID_TOKEN_SECONDS,
                "iat": now, "amr": ["pwd"],
            }  # fmt: skip
            if grant.nonce:
                claims["nonce"] = grant.nonce
            if "profile" in grant.scope.split():
                claims["name"] = profile.display_name
                if profile.picture_url:
                    claims["picture"] = profile.picture_url
            body["id_token"] = sign_id_token(claims, login.channel_secret)
        return jsonify(body)

    @routes.post("/oauth2/v2.1/verify")
    def verify_id_token() -> Any:
        form = request.form
        if form.get("client_id") != login.channel_id:
            return _error(400, "invalid_request", "Invalid IdToken Audience.")
        claims = _read_id_token(form.get("id_token", ""), login.channel_secret)
        if claims is None:
            return _error(400, "invalid_request", "Invalid IdToken.")
        if claims.get("iss") != ISSUER:
            return _error(400, "invalid_request", "Invalid IdToken Issuer.")
        if claims.get("aud") != login.channel_id:
            return _error(400, "invalid_request", "Invalid IdToken Audience.")
        if not isinstance(claims.get("exp"), int) or claims["exp"] < time.time():
            return _error(400, "invalid_request", "IdToken expired.")
        if form.get("nonce") and claims.get("nonce") != form.get("nonce"):
            return _error(400, "invalid_request", "Invalid IdToken Nonce.")
        if form.get("user_id") and claims.get("sub") != form.get("user_id"):
            return _error(400, "invalid_request", "Invalid IdToken Subject Identifier.")
        return jsonify(claims)

    @routes.get("/oauth2/v2.1/verify")
    def verify_access_token() -> Any:
        found = login.access_token(request.args.get("access_token", ""))
        if found is None:
            return _error(400, "invalid_request", "access token expired")
        return jsonify(scope=found.scope, client_id=found.client_id, expires_in=int(found.expires - time.time()))

    @routes.post("/oauth2/v2.1/revoke")
    def revoke() -> Any:
        form = request.form
        if form.get("client_id") != login.channel_id:
            return _error(400, "invalid_client", "invalid client_id")
        login.revoke(form.get("access_token", ""))
        return Response(status=200)

    @routes.get("/v2/profile")
    def profile() -> Any:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        found = login.access_token(token.strip()) if scheme.lower() == "bearer" else None
        if found is None or "profile" not in found.scope.split():
            return jsonify(message="invalid token"), 401
        return jsonify(state.profile(found.user_id).as_json())

    app.register_blueprint(routes)
