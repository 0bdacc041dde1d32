"""What the JSON API and the web pages both do, written once: each function takes the store
and the signed-in account and applies the access rules of :mod:`threadline.access`.

``api/`` and ``web/`` import these; these never import ``api/`` or ``web/``.
"""
