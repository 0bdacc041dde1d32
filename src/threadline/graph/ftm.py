"""Relations as FollowTheMoney interval entities, for ``threadline export --format ftm``.

One FtM entity per stored relation (its id is the relation id), pointing at the FtM
entities of the two ends by their threadline entity ids. The schema follows the type:

================================  =========================================================
relation type                     FtM schema (properties)
================================  =========================================================
leads                             Directorship (director, organization, role)
member_of                         Membership (member, organization)
employed_by, holds_role           Employment (employee, employer, role)
owns                              Ownership (owner, asset) when the asset is a Company
paid                              Payment (payer, beneficiary, amount as description)
sanctioned                        Sanction (entity; authority = the sanctioning body's name)
sanctioned_under                  Sanction (entity; program = the law or programme's name)
met, spoke_with, cooperated_with  Associate (person, associate) between two people
anything else                     UnknownLink (subject, object, role = the relation type)
================================  =========================================================

When an end does not fit the schema's range (an organization as ``Associate``), the
relation falls back to UnknownLink. Only relations whose ends are people, organizations
(PublicBody, Company) or legal entities are exported, the types the FtM exporter makes
entities of (``Sanction`` keeps the authority or programme as a name); negated
relations ("did not sign") are not exported, since FtM has no way to say "not". Every
entity carries ``date``, ``description`` (the evidence sentence), ``recordId``, ``proof``
(the document's Article, whose id is the document id) and the ``sourceUrl`` when known;
modality goes to ``status`` where the schema has it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from threadline.store.base import Store
from threadline.store.documents import document_addresses
from threadline.store.entities import entity_types
from threadline.store.relations import list_relations

_PERSON = {"Person"}
_ORGS = {"Organization", "PublicBody", "Company"}
_PARTIES = _PERSON | _ORGS | {"LegalEntity"}
#: The exporter makes FtM entities of these only (a place is not an FtM actor).
_EXPORTED = _PARTIES

#: type → (schema, source property, target property, source types, target types)
RULES: dict[str, tuple[str, str, str, set[str], set[str]]] = {
    "leads": ("Directorship", "director", "organization", _PARTIES, _ORGS),
    "member_of": ("Membership", "member", "organization", _PARTIES, _ORGS),
    "employed_by": ("Employment", "employee", "employer", _PERSON, _ORGS),
    "holds_role": ("Employment", "employee", "employer", _PERSON, _ORGS),
    "owns": ("Ownership", "owner", "asset", _PARTIES, {"Company"}),
    "paid": ("Payment", "payer", "beneficiary", _PARTIES, _PARTIES),
    "met": ("Associate", "person", "associate", _PERSON, _PERSON),
    "spoke_with": ("Associate", "person", "associate", _PERSON, _PERSON),
    "cooperated_with": ("Associate", "person", "associate", _PERSON, _PERSON),
}


def relations_to_ftm(store: Store) -> Iterator[dict[str, Any]]:
    """FtM entity dicts (``{"id", "schema", "properties"}``) for every stored relation."""
    urls = document_addresses(store)
    types = entity_types(store)
    for rel in list_relations(store):
        if rel["negated"]:
            continue
        proxy = relation_to_ftm(rel, types.get(rel["source"]), types.get(rel["target"]))
        if proxy is None:
            continue
        url = urls.get(rel["document"])
        if url and url.startswith(("http://", "https://")):
            proxy.add("sourceUrl", url)
        yield proxy.to_dict()


def relation_to_ftm(rel: dict[str, Any], source_type: str | None, target_type: str | None) -> Any:
    """The FtM proxy for one relation row (from ``list_relations``), or None if not exported."""
    type_ = rel["type"]
    if type_ == "sanctioned":
        proxy = _make(rel, "Sanction")
        if target_type not in _EXPORTED:
            return None
        proxy.add("entity", rel["target"])
        proxy.add("authority", rel.get("source_name"))
        return proxy
    if type_ == "sanctioned_under":
        if source_type not in _EXPORTED:
            return None
        proxy = _make(rel, "Sanction")
        proxy.add("entity", rel["source"])
        proxy.add("program", rel.get("target_name"))
        return proxy
    if source_type not in _EXPORTED or target_type not in _EXPORTED:
        return None
    rule = RULES.get(type_)
    if rule is not None and source_type in rule[3] and target_type in rule[4]:
        schema, source_prop, target_prop = rule[:3]
        proxy = _make(rel, schema)
        proxy.add(source_prop, rel["source"])
        proxy.add(target_prop, rel["target"])
        role = rel["attributes"].get("role")
        if role and proxy.schema.get("role"):
            proxy.add("role", role)
        if schema == "Associate":
            proxy.add("relationship", type_.replace("_", " "))
        if schema == "Payment" and rel["attributes"].get("amount"):
            proxy.add("purpose", f"amount: {rel['attributes']['amount']}")
        return proxy
    proxy = _make(rel, "UnknownLink")
    proxy.add("subject", rel["source"])
    proxy.add("object", rel["target"])
    proxy.add("role", type_.replace("_", " "))
    return proxy


def _make(rel: dict[str, Any], schema: str) -> Any:
    from followthemoney import model  # imported here: ~1 s that other commands need not pay

    proxy = model.make_entity(schema)
    proxy.id = rel["id"]
    proxy.add("recordId", rel["id"])
    proxy.add("proof", rel["document"])
    proxy.add("description", (rel.get("sentence") or "").strip() or None)
    if rel.get("date"):
        proxy.add("date", rel["date"])
    if rel.get("modality") and proxy.schema.get("status"):
        proxy.add("status", rel["modality"])
    return proxy
