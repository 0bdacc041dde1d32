"""HTML without trafilatura: the page's head metadata and a plain-text fallback.

Both use the standard library's tolerant :class:`html.parser.HTMLParser`, which reads
truncated and malformed markup without raising.
"""

from __future__ import annotations

from html.parser import HTMLParser

#: Elements whose content is never article text.
_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form"}
_SKIP |= {"head", "iframe", "button", "select"}
#: Elements that end a line of text.
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}
_BLOCK |= {"table", "section", "article", "header", "blockquote", "pre", "dd", "dt", "hr"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "source", "wbr"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skipping: list[str] = []
        self.title: list[str] = []
        self.in_title = False
        self.canonical: str | None = None
        self.og_url: str | None = None
        self.lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = self.canonical or values.get("href") or None
        elif tag == "meta" and values.get("property", "").lower() == "og:url":
            self.og_url = self.og_url or values.get("content") or None
        elif tag == "title":
            self.in_title = True
        elif tag == "html" or (
            tag == "meta" and values.get("http-equiv", "").lower() == "content-language"
        ):
            declared = values.get("lang") or values.get("content") or ""
            self.lang = self.lang or declared.split(",")[0].strip() or None
        elif tag == "body" and "head" in self.skipping:
            del self.skipping[self.skipping.index("head") :]  # a page that never closed <head>
        if tag in _SKIP and tag not in _VOID:
            self.skipping.append(tag)
        elif tag in _BLOCK:
            self._end_line()
        elif tag in ("td", "th"):
            self.current.append(" ")  # cells of a row stay apart

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self.skipping:
            # Close the innermost open skipped element of this kind (and any left open in it).
            index = len(self.skipping) - 1 - self.skipping[::-1].index(tag)
            del self.skipping[index:]
        elif tag in _BLOCK:
            self._end_line()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skipping:
            self.current.append(data)

    def _end_line(self) -> None:
        line = " ".join("".join(self.current).split())
        if line:
            self.lines.append(line)
        self.current = []


def parse_html(markup: str) -> tuple[str, dict[str, str]]:
    """(plain text, head metadata) of an HTML page.

    The text skips scripts, styles, navigation, footers, asides and forms and has one
    line per block element. The metadata holds ``title``, ``canonical``, ``og_url`` and
    ``lang`` (``<html lang>`` or ``<meta http-equiv="content-language">``) when the page
    has them.
    """
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    parser._end_line()
    meta: dict[str, str] = {}
    title = " ".join("".join(parser.title).split())
    if title:
        meta["title"] = title
    if parser.canonical:
        meta["canonical"] = parser.canonical.strip()
    if parser.og_url:
        meta["og_url"] = parser.og_url.strip()
    if parser.lang:
        meta["lang"] = parser.lang
    return "\n".join(parser.lines), meta
