"""The network page's neighbourhood: capped, strongest first, filtered by type and date."""

from __future__ import annotations

from tests.graph.hub import build_hub
from threadline.graph import build_graph
from threadline.graph.bounded import bounded_neighbourhood
from threadline.store import Store


def _graph(store: Store, spokes: int = 120):  # type: ignore[no-untyped-def]
    build_hub(store, spokes)
    return build_graph(store)


def test_the_cap_keeps_the_strongest_direct_links_and_says_more_exist(store: Store) -> None:
    around = bounded_neighbourhood(_graph(store), "ent-hub", depth=2, limit=10)
    ids = [n["id"] for n in around.neighbours]
    assert len(ids) == 10 and around.more and around.direct == 120
    # 3 and 2 meetings, then the single meetings by name ("Spoke 10" before "Spoke 2")
    assert ids[:3] == ["ent-spoke-0", "ent-spoke-1", "ent-spoke-10"]
    assert all(n["depth"] == 1 for n in around.neighbours)  # direct links fill the cap first
    assert around.graph.number_of_nodes() == 11


def test_room_left_after_direct_links_goes_to_two_hops(store: Store) -> None:
    graph = _graph(store, spokes=4)
    around = bounded_neighbourhood(graph, "ent-hub", depth=2, limit=6)
    depths = [n["depth"] for n in around.neighbours]
    assert depths == [1, 1, 1, 1, 2, 2] and around.more  # 4 leaves, room for 2
    leaf = around.neighbours[4]
    assert leaf["via"] == f"ent-spoke-{leaf['id'].rsplit('-', 1)[1]}"
    whole = bounded_neighbourhood(graph, "ent-hub", depth=2, limit=50)
    assert len(whole.neighbours) == 8 and not whole.more


def test_type_and_date_filters_hide_links(store: Store) -> None:
    graph = _graph(store, spokes=4)
    paid = bounded_neighbourhood(graph, "ent-spoke-1", types=["paid"])
    assert [n["id"] for n in paid.neighbours] == ["ent-leaf-1"]
    assert paid.relation_types == {"met": 1, "paid": 1}  # what the filter can offer
    old = bounded_neighbourhood(graph, "ent-spoke-1", date_to="2015")
    assert [n["id"] for n in old.neighbours] == ["ent-leaf-1"]
    recent = bounded_neighbourhood(graph, "ent-spoke-1", date_from="2020-05")
    assert [n["id"] for n in recent.neighbours] == ["ent-hub"]
    assert bounded_neighbourhood(graph, "ent-spoke-1", date_from="2021").neighbours == []
