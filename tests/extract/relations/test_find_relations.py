"""Relations found on short real-style sentences (negation, modality, passive, dates)."""

from __future__ import annotations

from threadline.extract.relations import co_mentions
from threadline.model import Document, Extraction, Mention


def triples(relations, mentions):
    return {(r.type, mentions[r.source].text, mentions[r.target].text) for r in relations}


def one(relations, mentions, type_):
    found = [r for r in relations if r.type == type_]
    assert found, f"no {type_} in {triples(relations, mentions)}"
    return found[0]


def test_passive_extradition_reads_to_and_from(relations_of):
    relations, mentions = relations_of(
        "Joaquin Guzman was extradited to the United States from Mexico on Thursday.",
        date="2017-01-20",
    )
    found = triples(relations, mentions)
    assert ("extradited_to", "Joaquin Guzman", "the United States") in found
    assert ("extradited_from", "Joaquin Guzman", "Mexico") in found
    rel = one(relations, mentions, "extradited_to")
    assert (rel.date, rel.date_source) == ("2017-01-19", "relative")
    assert not rel.negated and rel.modality is None
    assert rel.method == "enforcement-rules-v1"
    assert rel.attributes["trigger"] == "extradited"


def test_negated_signature_is_kept_and_marked(relations_of):
    relations, mentions = relations_of("Colombia did not sign the Palermo Convention in 2003.")
    rel = one(relations, mentions, "signed")
    assert mentions[rel.source].text == "Colombia"
    assert rel.negated
    assert (rel.date, rel.date_source) == ("2003", "text")


def test_modality_may_cancel(relations_of):
    relations, mentions = relations_of(
        "The Treasury may cancel the agreement with Panama next year.", date="2019-03-15"
    )
    rel = one(relations, mentions, "agreed_with")
    assert rel.modality == "may"
    assert not rel.negated
    assert (rel.date, rel.date_source) == ("2020", "relative")
    assert rel.attributes["lemma"] == "cancel"


def test_refusal_negates_and_intent_is_modality(relations_of):
    relations, mentions = relations_of("Viktor Bout refused to meet Thomas Anderson in Bangkok.")
    assert one(relations, mentions, "met").negated
    relations, mentions = relations_of("Rafael Caro Quintero plans to visit Guatemala.")
    rel = one(relations, mentions, "visited")
    assert rel.modality == "plan" and not rel.negated


def test_arrest_place_and_coordinated_parties(relations_of):
    relations, mentions = relations_of(
        "Police arrested John Smith in Madrid last week.", date="2019-03-15"
    )
    rel = one(relations, mentions, "arrested_in")
    assert (mentions[rel.source].text, mentions[rel.target].text) == ("John Smith", "Madrid")
    assert rel.date_source == "relative"
    relations, mentions = relations_of(
        "Mexico and Colombia signed the Merida Agreement on 12 March 2008."
    )
    signed = {mentions[r.source].text for r in relations if r.type == "signed"}
    assert signed == {"Mexico", "Colombia"}
    assert all(r.date == "2008-03-12" for r in relations if r.type == "signed")


def test_title_and_meeting(relations_of):
    relations, mentions = relations_of(
        "Ivan Petrov, the head of the Solntsevo Brotherhood, met with Semion Mogilevich in Vienna."
    )
    found = triples(relations, mentions)
    assert ("leads", "Ivan Petrov", "the Solntsevo Brotherhood") in found
    assert ("met", "Ivan Petrov", "Semion Mogilevich") in found
    assert ("met_in", "Ivan Petrov", "Vienna") in found
    assert one(relations, mentions, "leads").method == "office-titles-v1"


def test_sanction_under_law_and_alleged_payment(relations_of):
    relations, mentions = relations_of(
        "The Office of Foreign Assets Control sanctioned Los Zetas under the Kingpin Act."
    )
    found = triples(relations, mentions)
    assert ("sanctioned", "The Office of Foreign Assets Control", "Los Zetas") in found
    assert ("sanctioned_under", "Los Zetas", "the Kingpin Act") in found
    relations, mentions = relations_of(
        "Ismael Zambada allegedly paid $5 million to Genaro Garcia Luna."
    )
    rel = one(relations, mentions, "paid")
    assert rel.modality == "alleged"
    assert rel.attributes["amount"] == "$5 million"


def test_evidence_span_is_the_sentence(relations_of):
    text = "Nothing happened. Police arrested John Smith in Madrid."
    relations, mentions = relations_of(text)
    rel = one(relations, mentions, "arrested_in")
    assert text[rel.start : rel.end] == "Police arrested John Smith in Madrid."
    assert text[rel.attributes["trigger_start"] : rel.attributes["trigger_end"]] == "arrested"


def test_no_relation_without_a_trigger(relations_of):
    relations, _ = relations_of("John Smith and Maria Lopez were in Madrid.")
    assert relations == []


def test_co_mention_baseline_pairs_actors_in_a_sentence():
    document = Document(text="A met B. C", source="t")

    def mention(start: int, end: int, type_: str, sentence: tuple[int, int]) -> Mention:
        return Mention(document.id, start, end, document.text[start:end], type_, *sentence)

    mentions = [
        mention(0, 1, "Person", (0, 8)),
        mention(6, 7, "Person", (0, 8)),
        mention(9, 10, "Person", (9, 10)),
    ]
    relations = co_mentions(Extraction(document=document, mentions=mentions))
    assert [(r.source, r.target) for r in relations] == [(mentions[0].id, mentions[1].id)]
    assert relations[0].type == "co_mention" and relations[0].method == "cooccurrence-v1"


def test_nominal_attack_and_membership(relations_of):
    relations, mentions = relations_of("Local fighters joined the SDF's fight against ISIL.")
    rel = one(relations, mentions, "attacked")
    assert (mentions[rel.source].text, mentions[rel.target].text) == ("SDF", "ISIL")
    assert rel.method == "contact-nominal-v1"
    relations, mentions = relations_of(
        "Britain is working as part of the Global Coalition to defeat ISIL."
    )
    found = triples(relations, mentions)
    assert ("member_of", "Britain", "the Global Coalition") in found


def test_located_in_from_a_place_phrase(relations_of):
    relations, mentions = relations_of("Sinaloa operatives in Madrid met Interpol officials.")
    rel = one(relations, mentions, "located_in")
    assert mentions[rel.target].text == "Madrid"
    assert rel.attributes["preposition"] == "in"


def test_support_noun_links_helper_and_helped(relations_of):
    relations, mentions = relations_of(
        "The United States provided vital air support for the Syrian Democratic Forces."
    )
    rel = one(relations, mentions, "cooperated_with")
    assert mentions[rel.target].text == "the Syrian Democratic Forces"


def test_event_nouns_read_like_their_verbs(relations_of):
    relations, mentions = relations_of(
        "Colombia did not approve the extradition of Carlos Lehder to the United States."
    )
    found = triples(relations, mentions)
    assert ("extradited", "Colombia", "Carlos Lehder") in found
    assert all(r.negated for r in relations if r.type.startswith("extradited"))
    assert one(relations, mentions, "extradited").method == "enforcement-nouns-v1"


def test_title_noun_argument_is_the_named_person(relations_of):
    relations, mentions = relations_of(
        "Ecuador's president, Daniel Noboa, met with Gustavo Petro in Quito."
    )
    rel = one(relations, mentions, "met")
    assert (mentions[rel.source].text, mentions[rel.target].text) == (
        "Daniel Noboa",
        "Gustavo Petro",
    )


def test_coordinated_parties_of_an_unnamed_agreement(relations_of):
    relations, mentions = relations_of(
        "Colombia and Venezuela did not suspend the security agreement last year.",
        date="2024-03-15",
    )
    rel = one(relations, mentions, "agreed_with")
    assert {mentions[rel.source].text, mentions[rel.target].text} == {"Colombia", "Venezuela"}
    assert rel.negated and rel.attributes["lemma"] == "suspend"
    assert (rel.date, rel.date_source) == ("2023", "relative")


def test_title_is_not_negated_by_the_main_verb(relations_of):
    relations, mentions = relations_of(
        "Ivan Petrov, the head of the Solntsevo Brotherhood, did not meet Semion Mogilevich."
    )
    assert not one(relations, mentions, "leads").negated
    assert one(relations, mentions, "met").negated


def test_relations_of_one_event_share_its_id(relations_of):
    relations, mentions = relations_of(
        "Joaquin Guzman was extradited to the United States from Mexico."
    )
    events = {r.attributes["event"] for r in relations if r.type.startswith("extradited")}
    assert len(events) == 1 and next(iter(events)).startswith("evt-")


def test_generic_place_gives_way_to_the_specific_one(relations_of):
    relations, mentions = relations_of("Police arrested John Smith in Madrid.")
    assert {r.type for r in relations} == {"arrested_in"}
