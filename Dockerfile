# The bot's image: one image, two commands (web: gunicorn; worker: flask --app app worker).
# See deploy/compose.yaml and README "Deployment".
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PROMETHEUS_MULTIPROC_DIR=/tmp/metrics

# Pillow's raqm layout (Thai shaping of the rich menu images) needs libraqm.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libraqm0 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app linebot

WORKDIR /app
COPY requirements.lock ./
RUN pip install --no-cache-dir --require-hashes -r requirements.lock
COPY . .
RUN mkdir -p instance /tmp/metrics && chown linebot instance /tmp/metrics

USER linebot
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,os; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'))"
CMD ["gunicorn", "-c", "deploy/gunicorn.conf.py", "app:create_app()"]
