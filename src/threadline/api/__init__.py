"""threadline's JSON API: one router per resource (see :mod:`threadline.api.routes`).

The app that mounts it next to the web UI is :func:`threadline.app.create_app`; the access
rules and services both edges share live in :mod:`threadline.access` and
:mod:`threadline.services`, so ``api`` and ``web`` never import each other.
"""
