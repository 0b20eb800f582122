"""The baseline for the webhook benchmark: a Flask endpoint that only checks the signature."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from flask import Flask, Response, request

app = Flask(__name__)
SECRET = os.environ["LINE_CHANNEL_SECRET"].encode()


@app.post("/callback")
def callback() -> Response:
    body = request.get_data()
    expected = base64.b64encode(hmac.new(SECRET, body, hashlib.sha256).digest()).decode()
    if not hmac.compare_digest(expected, request.headers.get("x-line-signature", "")):
        return Response("invalid signature", status=400)
    return Response("OK", status=200)
