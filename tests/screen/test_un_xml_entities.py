"""A UN list file with entity declarations (billion laughs, external files) is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from threadline.errors import ScreenError
from threadline.screen.lists.un import load_un

_BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol2;</FIRST_NAME>
</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
"""


def test_un_list_with_entity_declarations_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "un.xml"
    path.write_text(_BOMB, encoding="utf-8")
    with pytest.raises(ScreenError, match="entity or DTD declarations"):
        load_un(path)
