"""The server-rendered web UI: Jinja2 templates and bundled static assets (no CDN)."""
