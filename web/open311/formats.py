"""GeoReport v2 documents in XML (required) and JSON (announced in discovery), from the same data.

XML is built with ElementTree, never with string templates: UTF-8 with a declaration, no
namespaces, lists as repeated child elements. Control characters, which ElementTree would write as-is
into a document nobody can parse, are removed from every text first.
"""

from __future__ import annotations

import json
import re
from typing import Any
from xml.etree import ElementTree

from flask import Response

# Lists inside an item: the element of each entry (GeoReport v2's names).
LIST_ITEMS = {
    "attributes": "attribute",
    "values": "value",
    "endpoints": "endpoint",
    "formats": "format",
}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
CONTENT_TYPES = {"xml": "text/xml; charset=utf-8", "json": "application/json; charset=utf-8"}


def clean(value: str) -> str:
    return _NOT_XML.sub("", value)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return clean(str(value))


def _fill(element: ElementTree.Element, item: dict[str, Any]) -> None:
    for key, value in item.items():
        if value is None:
            continue
        child = ElementTree.SubElement(element, key)
        if isinstance(value, list):
            for entry in value:
                grandchild = ElementTree.SubElement(child, LIST_ITEMS.get(key, "item"))
                if isinstance(entry, dict):
                    _fill(grandchild, entry)
                else:
                    grandchild.text = _text(entry)
        elif isinstance(value, dict):
            _fill(child, value)
        else:
            child.text = _text(value)


def _clean_json(value: Any) -> Any:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_clean_json(entry) for entry in value]
    if isinstance(value, dict):
        return {key: _clean_json(entry) for key, entry in value.items() if entry is not None}
    return value


def to_xml(document: dict[str, Any] | list[dict[str, Any]], root: str, item: str | None = None) -> bytes:
    """`document`: one object (the root's children) or a list of objects (each an `item` element)."""
    top = ElementTree.Element(root)
    if isinstance(document, list):
        for entry in document:
            _fill(ElementTree.SubElement(top, item or "item"), entry)
    else:
        _fill(top, document)
    return ElementTree.tostring(top, encoding="utf-8", xml_declaration=True)


# What json.dumps writes for the characters _NOT_XML removes (\b and \f by name, the others as \u00XX);
# a match may also be an escaped backslash before a "b": then the slow path runs for nothing.
_NOT_XML_IN_JSON = re.compile(r"\\u000[0-8bB]|\\u000[cC]|\\u001[0-9a-fA-F]|\\[bf]|[\ufffe\uffff]")


# Each match of _NOT_XML_IN_JSON holds one of these: looking for them is a plain substring search, many
# times faster than the pattern over a page of 380 kB of Thai text (1 ms instead of 4).
_NOT_XML_IN_JSON_HINTS = ("\\u00", "\\b", "\\f", "\ufffe", "\uffff")


def _may_need_cleaning(body: str) -> bool:
    return any(hint in body for hint in _NOT_XML_IN_JSON_HINTS) and _NOT_XML_IN_JSON.search(body) is not None


def to_json(document: dict[str, Any] | list[dict[str, Any]], flat: bool = False) -> bytes:
    """`flat`: a list of objects with plain values only (a page of requests), for which the recursive
    cleaning is skipped unless a character to remove is there at all."""
    if flat and isinstance(document, list):
        rows = [{key: value for key, value in item.items() if value is not None} for item in document]
        body = json.dumps(rows, ensure_ascii=False)
        if not _may_need_cleaning(body):
            return body.encode("utf-8")
    return json.dumps(_clean_json(document), ensure_ascii=False).encode("utf-8")


def respond(
    document: dict[str, Any] | list[dict[str, Any]],
    fmt: str,
    root: str,
    item: str | None = None,
    status: int = 200,
    flat: bool = False,
) -> Response:
    body = to_xml(document, root, item) if fmt == "xml" else to_json(document, flat)
    return Response(body, status=status, content_type=CONTENT_TYPES[fmt])


def error(fmt: str, status: int, code: str, description: str) -> Response:
    """The spec's error format: a list of {code, description} (XML <errors><error>); `code` is the HTTP
    status, as in the spec's examples, and the description starts with the more specific `code`."""
    return respond([{"code": status, "description": f"{code}: {description}"}], fmt, "errors", "error", status)
