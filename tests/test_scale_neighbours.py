"""A hub's neighbours are bounded: the strongest first, a total, and an ego network of the
kept neighbours only."""

from __future__ import annotations

from threadline import graph as graphs
from threadline.model import Document, Extraction, Mention, Relation
from threadline.store import Store
from threadline.store.documents import save_extraction


def _link(store: Store, n: int, a: str, b: str, times: int) -> None:
    sentence = f"{a} met {b}."
    text = " ".join([sentence] * times) + f" Case {n}."
    doc = Document(text=text, source=f"{n}.txt")
    ex = Extraction(doc)
    for i in range(times):
        offset = i * (len(sentence) + 1)
        end = offset + len(sentence)
        ma = Mention(doc.id, offset, offset + len(a), a, "Person", offset, end)
        start_b = offset + len(a) + 5
        mb = Mention(doc.id, start_b, start_b + len(b), b, "Person", offset, end)
        ma.entity, mb.entity = f"ent-{a.lower()}", f"ent-{b.lower()}"
        ex.mentions += [ma, mb]
        ex.relations.append(Relation(doc.id, "met", ma.id, mb.id, offset, end))
    save_extraction(store, ex)


def test_hub_neighbours_are_cut_strongest_first(store: Store) -> None:
    for n, (name, times) in enumerate([("Ames", 1), ("Bell", 4), ("Cruz", 3), ("Diaz", 2)]):
        _link(store, n, "Hub", name, times)
    _link(store, 9, "Bell", "Cruz", 1)
    _link(store, 10, "Ames", "Diaz", 1)
    network = graphs.build_graph(store)
    assert graphs.count_neighbours(network, "ent-hub") == 4
    kept = graphs.neighbours(network, "ent-hub", limit=2)
    assert [n["id"] for n in kept] == ["ent-bell", "ent-cruz"]
    ego = graphs.ego_network(network, "ent-hub", limit=2)
    assert sorted(ego.nodes) == ["ent-bell", "ent-cruz", "ent-hub"]
    assert sorted(tuple(sorted(e)) for e in ego.edges) == [
        ("ent-bell", "ent-cruz"),
        ("ent-bell", "ent-hub"),
        ("ent-cruz", "ent-hub"),
    ]
    everything = graphs.ego_network(network, "ent-hub")
    assert everything.number_of_nodes() == 5


def test_hub_neighbours_page_on_in_the_same_order(store: Store) -> None:
    for n, (name, times) in enumerate([("Ames", 1), ("Bell", 4), ("Cruz", 3), ("Diaz", 2)]):
        _link(store, n, "Hub", name, times)
    _link(store, 9, "Ames", "Diaz", 1)
    network = graphs.build_graph(store)
    second = graphs.neighbours(network, "ent-hub", limit=2, offset=2)
    assert [n["id"] for n in second] == ["ent-diaz", "ent-ames"]
    assert graphs.neighbours(network, "ent-hub", limit=2, offset=4) == []
    ego = graphs.ego_network(network, "ent-hub", limit=2, offset=2)
    assert sorted(ego.nodes) == ["ent-ames", "ent-diaz", "ent-hub"]
    assert ego.number_of_edges() == 3


def test_a_restricted_network_takes_in_new_relations_of_its_collections_only(
    store: Store,
) -> None:
    _link(store, 1, "Hub", "Ames", 1)
    network = graphs.build_graph(store, collections=["default"])
    hidden = Document(text="Hub met Bell. Case 2.", source="2.txt", collection="secret")
    ex = Extraction(hidden)
    ma = Mention(hidden.id, 0, 3, "Hub", "Person", 0, 13)
    mb = Mention(hidden.id, 8, 12, "Bell", "Person", 0, 13)
    ma.entity, mb.entity = "ent-hub", "ent-bell"
    ex.mentions += [ma, mb]
    ex.relations.append(Relation(hidden.id, "met", ma.id, mb.id, 0, 13))
    save_extraction(store, ex)
    _link(store, 3, "Hub", "Cruz", 1)
    assert network.refresh() == 1
    assert sorted(network.graph.adj["ent-hub"]) == ["ent-ames", "ent-cruz"]
