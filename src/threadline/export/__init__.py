"""Exports of the stored network to other tools' formats (FollowTheMoney: :mod:`.ftm`)."""

from __future__ import annotations

from threadline.export.ftm import FTM_EXPORT_VERSION, export_ftm

__all__ = ["FTM_EXPORT_VERSION", "export_ftm"]
