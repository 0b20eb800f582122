"""The emulator's LINE Login: one code per sign-in, checked client, redirect URI and PKCE verifier;
HS256 ID tokens LINE's verify endpoint accepts, and its error texts when they are wrong."""

from __future__ import annotations

import base64
import hashlib
import json
from urllib.parse import parse_qs, urlsplit

import pytest

from line_emulator.runner import Emulator

CALLBACK = "https://console.example/console/login/callback"
VERIFIER = "v" * 50


def _challenge(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


@pytest.fixture
def line():  # noqa: ANN201 - the emulator's Flask test client and its Login channel
    emulator = Emulator("secret", "token", login_channel_id="1234", login_channel_secret="s" * 32)
    emulator.state.add_user("Ustaff1", "สมศรี")
    return emulator.wsgi_app.test_client(), emulator.login


def _authorize(client, **extra: str) -> dict[str, str]:  # noqa: ANN001
    params = {
        "response_type": "code", "client_id": "1234", "redirect_uri": CALLBACK, "state": "st", "scope": "openid profile",
        "nonce": "n1", "code_challenge": _challenge(VERIFIER), "code_challenge_method": "S256", **extra,
    }  # fmt: skip
    page = client.get("/oauth2/v2.1/authorize", query_string=params)
    assert page.status_code == 200 and 'data-user-id="Ustaff1"' in page.text and "สมศรี" in page.text
    chosen = client.post("/oauth2/v2.1/authorize", data={**params, "user_id": "Ustaff1"})
    assert chosen.status_code == 302 and chosen.headers["Location"].startswith(CALLBACK + "?")
    return {key: values[0] for key, values in parse_qs(urlsplit(chosen.headers["Location"]).query).items()}


def _token(client, code: str, **extra: str):  # noqa: ANN001, ANN202
    form = {
        "grant_type": "authorization_code", "code": code, "redirect_uri": CALLBACK, "client_id": "1234",
        "client_secret": "s" * 32, "code_verifier": VERIFIER, **extra,
    }  # fmt: skip
    return client.post("/oauth2/v2.1/token", data=form)


def test_a_sign_in_gives_an_hs256_id_token_that_verifies(line) -> None:  # noqa: ANN001
    client, _ = line
    back = _authorize(client)
    assert back["state"] == "st"
    answer = _token(client, back["code"])
    assert answer.status_code == 200
    body = answer.get_json()
    header, payload, _ = body["id_token"].split(".")
    assert json.loads(base64.urlsafe_b64decode(header + "==")) == {"typ": "JWT", "alg": "HS256"}
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    assert (claims["iss"], claims["sub"], claims["aud"], claims["nonce"], claims["name"]) == (
        "https://access.line.me", "Ustaff1", "1234", "n1", "สมศรี",
    )  # fmt: skip
    verified = client.post("/oauth2/v2.1/verify", data={"id_token": body["id_token"], "client_id": "1234", "nonce": "n1"})
    assert verified.status_code == 200 and verified.get_json()["sub"] == "Ustaff1"
    wrong_nonce = client.post("/oauth2/v2.1/verify", data={"id_token": body["id_token"], "client_id": "1234", "nonce": "x"})
    assert wrong_nonce.get_json()["error_description"] == "Invalid IdToken Nonce."
    tampered = body["id_token"][:-2] + ("AA" if not body["id_token"].endswith("AA") else "BB")
    bad = client.post("/oauth2/v2.1/verify", data={"id_token": tampered, "client_id": "1234"})
    assert bad.status_code == 400 and bad.get_json()["error_description"] == "Invalid IdToken."
    profile = client.get("/v2/profile", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert profile.get_json()["displayName"] == "สมศรี"
    client.post("/oauth2/v2.1/revoke", data={"access_token": body["access_token"], "client_id": "1234"})
    assert client.get("/v2/profile", headers={"Authorization": f"Bearer {body['access_token']}"}).status_code == 401


@pytest.mark.parametrize(
    "change",
    [{"client_secret": "wrong"}, {"redirect_uri": "https://evil.example/cb"}, {"code_verifier": "w" * 50}, {"client_id": "9"}],
)
def test_the_token_call_refuses_a_wrong_client_redirect_or_verifier(line, change: dict[str, str]) -> None:  # noqa: ANN001
    client, _ = line
    answer = _token(client, _authorize(client)["code"], **change)
    assert answer.status_code == 400 and answer.get_json()["error"] in ("invalid_client", "invalid_grant")


def test_a_code_is_single_use(line) -> None:  # noqa: ANN001
    client, _ = line
    code = _authorize(client)["code"]
    assert _token(client, code).status_code == 200
    assert _token(client, code).get_json()["error"] == "invalid_grant"


def test_authorize_refuses_an_unknown_client_and_cancel_says_access_denied(line) -> None:  # noqa: ANN001
    client, _ = line
    assert client.get("/oauth2/v2.1/authorize", query_string={"response_type": "code", "client_id": "9"}).status_code == 400
    params = {"response_type": "code", "client_id": "1234", "redirect_uri": CALLBACK, "state": "st", "scope": "openid"}
    cancelled = client.post("/oauth2/v2.1/authorize", data={**params, "action": "cancel"})
    assert "error=ACCESS_DENIED" in cancelled.headers["Location"] and "state=st" in cancelled.headers["Location"]
