"""Linking on a small hand-made knowledge base (tests/fixtures/kb), independent of the bundled data."""

from __future__ import annotations

from datetime import date

import pytest

from orbitscope.config import Settings
from orbitscope.errors import ConfigurationError
from orbitscope.ingest import mark_repeated_paragraphs, read_documents
from orbitscope.kb import KnowledgeBase, load_knowledge_base
from orbitscope.link import Linker, after_product_noun
from orbitscope.model import Document, LinkKind, document_id
from support import KB_FIXTURE, SAMPLES


@pytest.fixture(scope="module")
def knowledge() -> KnowledgeBase:
    return load_knowledge_base((KB_FIXTURE,), bundled=False)


@pytest.fixture(scope="module")
def linker(knowledge, language_layer) -> Linker:
    return Linker(knowledge, language_layer.morphology)


def links_of(language_layer, linker, text: str, published: date | None = None):
    document = Document(document_id(text), text, published=published,
                        paragraphs=mark_repeated_paragraphs(text, 0.6))
    return linker.link(language_layer.analyse(document)).links


def test_names_are_found_in_any_case(language_layer, linker):
    text = ("Podpisano porozumienie z Wielką Brytanią. Kazachstanem rządzi Kassym-Żomart Tokajew. "
            "Stanów Zjednoczonych nie było. Organizacji Państw Tureckich przewodniczy Turcja.")
    found = {link.text: link.actor_id for link in links_of(language_layer, linker, text)}
    assert found["Wielką Brytanią"] == "Q145"
    assert found["Kazachstanem"] == "Q232"
    assert found["Kassym-Żomart Tokajew"] == "Q1155735"
    assert found["Stanów Zjednoczonych"] == "Q30"
    assert found["Organizacji Państw Tureckich"] == "org:ots"


def test_a_surname_declined_as_the_press_declines_it_is_found(full_pipeline):
    text = "Protest przeciwko rządowi Roberta Ficy. Opozycja zarzuca Ficy prorosyjski kurs."
    analysis = full_pipeline.analyse(Document(document_id(text), text, published=date(2025, 6, 1)))
    found = {link.text: link.actor_id for link in analysis.links}
    assert found["Roberta Ficy"] == found["Ficy"] == "person:robert-fico"


def test_acronyms_match_exactly(language_layer, linker):
    links = links_of(language_layer, linker, "Międzynarodowy Trybunał Karny (MTK) wydał nakaz. NATO milczy.")
    assert [(l.text, l.actor_id, l.kind) for l in links] == [
        ("Międzynarodowy Trybunał Karny", "Q47488", LinkKind.NAME), ("MTK", "Q47488", LinkKind.ACRONYM),
        ("NATO", "Q7184", LinkKind.ACRONYM)]


def test_capital_stands_for_government_except_as_a_location(language_layer, linker):
    links = links_of(language_layer, linker, "Moskwa ostrzega Astanę. Spotkanie odbyło się w Astanie.")
    by_text = {l.text: l for l in links}
    assert (by_text["Moskwa"].actor_id, by_text["Moskwa"].kind, by_text["Moskwa"].code) == \
        ("Q159", LinkKind.CAPITAL, "RUSGOV")
    assert by_text["Astanę"].kind is LinkKind.CAPITAL and by_text["Astanę"].actor_id == "Q232"
    assert by_text["Astanie"].actor_id == "Q1520" and by_text["Astanie"].kind is LinkKind.NAME


def test_adjectives_and_demonyms_link_to_countries_with_a_sector(language_layer, linker):
    links = links_of(language_layer, linker, "Rosyjski minister obrony spotkał się z Brytyjczykami. "
                                             "Kazachskie władze milczą.")
    by_text = {l.text: l for l in links}
    assert (by_text["Rosyjski"].actor_id, by_text["Rosyjski"].kind, by_text["Rosyjski"].code) == \
        ("Q159", LinkKind.ADJECTIVE, "RUSMIL")
    assert (by_text["Brytyjczykami"].actor_id, by_text["Brytyjczykami"].kind) == ("Q145", LinkKind.DEMONYM)
    assert by_text["Kazachskie"].code == "KAZGOV"


def test_an_organization_adjective_links_to_the_organization_with_its_own_code(language_layer, linker):
    links = links_of(language_layer, linker, "Natowskie ćwiczenia zaniepokoiły rosyjskie władze.")
    by_text = {l.text: l for l in links}
    assert (by_text["Natowskie"].actor_id, by_text["Natowskie"].actor_type, by_text["Natowskie"].kind,
            by_text["Natowskie"].code) == ("Q7184", "international_organization", LinkKind.ADJECTIVE, "IGOWSTNAT")
    assert by_text["rosyjskie"].code == "RUSGOV"


def test_a_description_opening_a_sentence_is_no_name(language_layer, linker):
    # a knowledge-base name written in lower case ("polski rząd") is a description, capitalized or not
    links = links_of(language_layer, linker, "Rosyjski rząd milczy. Wczoraj rosyjski rząd milczał.")
    assert [(l.text, l.actor_id, l.kind, l.code) for l in links] == [
        ("Rosyjski", "Q159", LinkKind.ADJECTIVE, "RUSGOV"), ("rosyjski", "Q159", LinkKind.ADJECTIVE, "RUSGOV")]


def test_person_codes_follow_the_role_held_on_the_document_date(language_layer, linker):
    text = "Kassym-Żomart Tokajew przyjechał do Moskwy."
    (tokayev_2001,) = [l for l in links_of(language_layer, linker, text, date(2001, 5, 1)) if l.actor_type == "person"]
    (tokayev_2023,) = [l for l in links_of(language_layer, linker, text, date(2023, 11, 9)) if l.actor_type == "person"]
    assert tokayev_2001.code == "KAZGOV" and tokayev_2023.code == "KAZGOV"
    (belousov,) = [l for l in links_of(language_layer, linker, "Andriej Biełousow odwiedził Mińsk.", date(2025, 1, 1))
                   if l.actor_type == "person"]
    assert belousov.code == "RUSMIL"


def test_a_title_with_a_country_is_its_holder_on_the_date(language_layer, linker):
    links = links_of(language_layer, linker, "Prezydent Kazachstanu przyjął delegację.", date(2023, 11, 9))
    roles = [l for l in links if l.kind is LinkKind.ROLE]
    assert [(r.text, r.actor_id) for r in roles] == [("Prezydent Kazachstanu", "Q1155735")]
    links = links_of(language_layer, linker, "Francuski prezydent przyjął delegację.", date(2020, 1, 1))
    assert [(r.text, r.actor_id) for r in links if r.kind is LinkKind.ROLE] == [("Francuski prezydent", "Q3052772")]


def test_a_leader_is_the_president_else_the_premier(language_layer, linker):
    links = links_of(language_layer, linker, "Rosyjski przywódca poleciał do Astany.", date(2023, 11, 9))
    assert [(r.text, r.actor_id) for r in links if r.kind is LinkKind.ROLE] == [("Rosyjski przywódca", "Q7747")]
    # in 2001 Kazakhstan's fixture premier is Tokayev and the fixture has no president then
    links = links_of(language_layer, linker, "Przywódca Kazachstanu przyjął delegację.", date(2001, 5, 1))
    assert [(r.text, r.actor_id) for r in links if r.kind is LinkKind.ROLE] == [("Przywódca Kazachstanu", "Q1155735")]


def test_a_bare_title_is_the_one_holder_named_in_the_document(language_layer, linker):
    links = links_of(language_layer, linker, "Władimir Putin przyleciał do Astany. Prezydent zapowiedział "
                                             "rozmowy.", date(2023, 11, 9))
    (role,) = [l for l in links if l.kind is LinkKind.ROLE]
    assert (role.text, role.actor_id, role.method) == ("Prezydent", "Q7747", "coreference")
    # two presidents named: "prezydent" alone is ambiguous and stays unlinked
    links = links_of(language_layer, linker, "Władimir Putin spotkał się z Kassymem-Żomartem Tokajewem. "
                                             "Prezydent zapowiedział rozmowy.", date(2023, 11, 9))
    assert not [l for l in links if l.kind is LinkKind.ROLE]


def test_a_bare_title_with_no_holder_named_is_the_holder_in_the_documents_country(language_layer, bundled_linker):
    text = "W czwartek prezydent odbył rozmowę z premierem."
    links = links_of(language_layer, bundled_linker, text, date(1998, 6, 1))
    roles = [(r.text, r.actor_id, r.method) for r in links if r.kind is LinkKind.ROLE]
    assert roles == [("prezydent", "person:aleksander-kwasniewski", "document country"),
                     ("premierem", "person:jerzy-buzek", "document country")]  # Polish press: Poland's
    assert not [r for r in links_of(language_layer, bundled_linker, text, None) if r.kind is LinkKind.ROLE]
    # the country the document is about: "prezydent" of a text on Kazakhstan is Kazakhstan's
    links = links_of(language_layer, bundled_linker, "Kazachstan zacieśnia więzi z Zachodem. Prezydent "
                                                     "odwołał ministra.", date(2024, 6, 1))
    assert [r.actor_id for r in links if r.kind is LinkKind.ROLE] == ["person:kassym-jomart-tokayev"]
    # no holder known on the date: the office stands for the country's government
    links = links_of(language_layer, bundled_linker, "Litwa protestuje. Premier odwołał ministra.", date(1850, 6, 1))
    assert [(r.actor_id, r.code) for r in links if r.kind is LinkKind.ROLE] == [("Q37", "LTUGOV")]


def test_a_one_word_name_written_in_lower_case_matches_in_lower_case(language_layer, bundled_linker):
    links = links_of(language_layer, bundled_linker, "Mimo to talibowie otrzymują pomoc.", date(2001, 10, 1))
    assert [(r.text, r.actor_id) for r in links] == [("talibowie", "org:taliban")]
    # a lower-case description of several words stays a description: the adjective links to the country
    links = links_of(language_layer, bundled_linker, "Krytykował decyzje polskiego rządu.", date(2001, 10, 1))
    assert [(r.text, r.actor_id) for r in links] == [("polskiego", "Q36")]
    # … unless it names an area, in any case: "współpraca z państwami zachodnimi"
    links = links_of(language_layer, bundled_linker, "Kraje zachodnie rozmawiały z państwami zachodnimi.")
    assert [(r.text, r.actor_id) for r in links] == [("Kraje zachodnie", "place:the-west"),
                                                     ("państwami zachodnimi", "place:the-west")]


def test_a_bloc_adjective_links_only_next_to_a_political_noun(language_layer, bundled_linker):
    links = links_of(language_layer, bundled_linker, "Rosja obchodzi zachodnie sankcje, a rządy zachodnie milczą.")
    assert [(r.text, r.actor_id, r.kind) for r in links if r.actor_id == "place:the-west"] == [
        ("zachodnie", "place:the-west", LinkKind.ADJECTIVE), ("zachodnie", "place:the-west", LinkKind.ADJECTIVE)]
    links = links_of(language_layer, bundled_linker, "Na zachodniej granicy Polski i w zachodnich województwach "
                                                     "padało. Zachodni Brzeg i Pomorze Zachodnie też.")
    assert "place:the-west" not in [r.actor_id for r in links]
    links = links_of(language_layer, bundled_linker, "Iwaniszwili oskarżył zachodnie ambasady o finansowanie opozycji.")
    assert "place:the-west" in [r.actor_id for r in links]


def test_two_surnames_the_recogniser_joined_are_two_people(language_layer, bundled_linker):
    links = links_of(language_layer, bundled_linker, "Po rozmowie z Putinem Trump ogłosił rozejm.", date(2025, 3, 1))
    assert [(r.text, r.actor_id) for r in links] == [("Putinem", "Q7747"), ("Trump", "Q22686")]
    links = links_of(language_layer, bundled_linker, "Donald Trump ogłosił rozejm.", date(2025, 3, 1))
    assert [(r.text, r.actor_id) for r in links] == [("Donald Trump", "Q22686")]


def test_a_surname_unknown_to_the_dictionary_after_a_full_name_is_another_person(language_layer, bundled_linker):
    links = links_of(language_layer, bundled_linker, "W rozmowie z Emmanuelem Macronem Zełenski poprosił o broń.",
                     date(2025, 3, 1))
    assert [(r.text, r.actor_id) for r in links] == [("Emmanuelem Macronem", "Q3052772"), ("Zełenski", "Q3874799")]
    links = links_of(language_layer, bundled_linker, "Ambasador Chińskiej Republiki Ludowej przybył.", date(2025, 3, 1))
    assert [r.text for r in links if r.actor_type == "person"] == []


@pytest.mark.parametrize(("text", "holder"), [
    ("Tokajew przyjął w Astanie sekretarza generalnego ONZ.", "person:antonio-guterres"),
    ("Szef NATO skrytykował Rosję.", "person:mark-rutte"),
    ("Szefowa dyplomacji UE potępiła atak.", "person:kaja-kallas"),
])
def test_a_post_of_an_international_organization_is_its_holder_on_the_day(language_layer, bundled_linker, text: str,
                                                                         holder: str) -> None:
    links = links_of(language_layer, bundled_linker, text, date(2025, 6, 1))
    assert [r.actor_id for r in links if r.kind is LinkKind.ROLE] == [holder]


def test_a_post_followed_by_a_name_is_left_to_the_name(language_layer, bundled_linker):
    links = links_of(language_layer, bundled_linker, "Odwiedził sekretarza generalnego ONZ U Thanta.", date(2025, 6, 1))
    assert [r.kind for r in links if r.kind is LinkKind.ROLE] == []


def test_a_country_adjective_inside_a_title_gives_its_country(language_layer, bundled_linker):
    for text in ("Szef polskiej dyplomacji skrytykował Rosję.", "Szef dyplomacji Polski skrytykował Rosję."):
        links = links_of(language_layer, bundled_linker, text, date(2025, 3, 1))
        assert [r.actor_id for r in links if r.kind is LinkKind.ROLE] == ["person:radoslaw-sikorski"], text


def test_a_declined_foreign_first_name_joins_the_surname_after_it(language_layer, bundled_linker):
    links = links_of(language_layer, bundled_linker, "Nawrocki zaprosił prezydenta Finlandii Alexandra Stubba do Warszawy.",
                     date(2026, 2, 11))
    assert [(r.text, r.actor_id) for r in links if r.actor_type == "person"] == [
        ("Nawrocki", "person:karol-nawrocki"), ("Alexandra Stubba", "person:alexander-stubb")]


def test_the_head_of_a_countrys_ministry_is_its_minister(language_layer, bundled_linker):
    for text, minister in (("Szef ukraińskiego MSZ zapewnił, że Kijów nie będzie blokował wniosków.",
                            "person:andrii-sybiha"),
                           ("Szef polskiego MON odwiedził Kijów.", "person:wladyslaw-kosiniak-kamysz")):
        links = links_of(language_layer, bundled_linker, text, date(2025, 3, 1))
        assert [r.actor_id for r in links if r.kind is LinkKind.ROLE] == [minister], text


def test_an_organization_word_starting_a_longer_name_is_not_that_organization(language_layer, bundled_linker):
    links = links_of(language_layer, bundled_linker, "OPZZ prowadziło negocjacje z Konfederacją Pracodawców.",
                     date(2002, 6, 1))
    assert "org:konfederacja" not in [r.actor_id for r in links]
    links = links_of(language_layer, bundled_linker, "Konfederacja zdobyła mandaty w Sejmie.", date(2020, 6, 1))
    assert "org:konfederacja" in [r.actor_id for r in links]


def test_bare_surname_after_full_name_is_the_same_person(language_layer, linker):
    links = links_of(language_layer, linker,
                     "Władimir Putin przyleciał do Astany. Tokajewa i Putina łączy wiele.", date(2023, 11, 9))
    by_text = {l.text: l for l in links}
    assert by_text["Putina"].actor_id == "Q7747" and by_text["Putina"].method == "coreference"
    assert by_text["Tokajewa"].actor_id == "Q1155735"


def test_unknown_people_share_a_nil_cluster_across_documents(language_layer, linker):
    first = links_of(language_layer, linker, "Nowym ministrem został Dauren Kosanow. Kosanow był dowódcą.")
    second = links_of(language_layer, linker, "Decyzje Kosanowa krytykowano w Moskwie.")
    first_ids = {l.actor_id for l in first if l.actor_type == "person"}
    second_ids = {l.actor_id for l in second if l.actor_type == "person"}
    assert first_ids == second_ids == {"NIL:person:kosanov"}


def test_every_sample_name_is_linked_or_clustered(language_layer, linker):
    documents = [d for d in read_documents([str(SAMPLES)], Settings()) if isinstance(d, Document)]
    for document in documents:
        analysis = linker.link(language_layer.analyse(document))
        covered = [(l.start, l.end) for l in analysis.links]
        for mention in analysis.mentions:
            tokens = analysis.sentences[mention.sentence].tokens
            if after_product_noun(tokens, next((i for i, t in enumerate(tokens) if t.start == mention.start), 0)):
                continue  # "rurociąg Baku-Tbilisi-Ceyhan" names a pipeline, no actor
            assert any(s <= mention.start and mention.end <= e or s < mention.end and mention.start < e
                       for s, e in covered), mention


def test_user_files_extend_the_knowledge_base(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("id\ttype\tname_en\tname_pl\tacronyms\tnames\tcountry\tcode\tparent\n"
                     "org:kazakh-institute\torganization\tKazakh Institute\tInstytut Kazachski\tIK\t\tKAZ\tKAZGOV\t\n",
                     encoding="utf-8")
    knowledge = load_knowledge_base((extra,))
    assert knowledge.actors["org:kazakh-institute"].code == "KAZGOV"
    assert [a.id for a in knowledge.search("Instytut Kazachski")] == ["org:kazakh-institute"]


def test_malformed_user_files_are_configuration_errors(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("what\tever\nx\ty\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="unknown knowledge-base file"):
        load_knowledge_base((bad,))
    with pytest.raises(ConfigurationError, match="does not exist"):
        load_knowledge_base((tmp_path / "missing.tsv",))


@pytest.fixture(scope="module")
def bundled_linker(language_layer) -> Linker:
    return Linker(load_knowledge_base(), language_layer.morphology)


@pytest.mark.parametrize(("day", "expected"), [(date(2005, 6, 1), "George W. Bush"), (date(2022, 6, 1), "Joe Biden")])
def test_the_date_decides_who_a_title_means(language_layer, bundled_linker, day, expected):
    links = links_of(language_layer, bundled_linker, "Prezydent USA przyjął premiera Polski.", day)
    roles = {link.text: link.actor_id for link in links if link.kind is LinkKind.ROLE}
    assert bundled_linker.knowledge.actors[roles["Prezydent USA"]].name_en == expected
    assert "premiera Polski" in roles  # and the Polish prime minister of that day


def test_bundled_knowledge_base_links_the_people_of_the_samples(language_layer, bundled_linker):
    documents = [d for d in read_documents([str(SAMPLES)], Settings()) if isinstance(d, Document)]
    people = {link.actor_id for d in documents for link in bundled_linker.link(language_layer.analyse(d)).links
              if link.actor_type == "person"}
    assert {"Q7747", "person:kassym-jomart-tokayev", "person:ruslan-zhaksylykov", "person:dauren-kosanov",
            "person:andrei-belousov", "person:almasadam-satkaliyev"} <= people
    assert not [p for p in people if p.startswith("NIL:")]


def test_a_different_first_name_is_a_different_person(language_layer, bundled_linker):
    links = links_of(language_layer, bundled_linker, "Sławomir Miller przyjechał do Warszawy.")
    (person,) = [link for link in links if link.actor_type == "person"]
    assert person.is_nil


def test_a_bare_surname_goes_to_the_namesake_of_the_country_discussed(language_layer, bundled_linker):
    text = "W Polsce rządzi koalicja. Miller mówił w Sejmie o Polsce i Polakach."
    (person,) = [link for link in links_of(language_layer, bundled_linker, text) if link.actor_type == "person"]
    assert bundled_linker.knowledge.actors[person.actor_id].name_pl == "Leszek Miller"


def test_a_bare_surname_is_found_by_any_base_form_the_guesser_offers(language_layer, bundled_linker):
    text = "Zełenski rozmawiał z Markiem Ruttem, a Łukaszenka przyjechał do Moskwy."
    people = [(l.text, l.actor_id) for l in links_of(language_layer, bundled_linker, text, date(2025, 3, 1))
              if l.actor_type == "person"]
    assert people == [("Zełenski", "Q3874799"), ("Markiem Ruttem", "person:mark-rutte"),
                      ("Łukaszenka", "person:alexander-lukashenko")]


def test_an_unknown_name_matches_the_knowledge_base_by_any_guessed_base_form(language_layer, bundled_linker):
    links = links_of(language_layer, bundled_linker, "Rosja wycofała wojska z Chersonia.", date(2022, 11, 11))
    assert ("Chersonia", "place:kherson") in [(l.text, l.actor_id) for l in links]


def test_a_bare_surname_must_be_spelled_as_the_person_writes_it(full_pipeline):
    # folded, "Nowak" is "Novák"; a Polish Nowak is no Hungarian president, "Tokajewa" still is Tokayev
    from orbitscope.model import Document, document_id

    text = "Na Węgrzech i w Kazachstanie. Nowak spotkał się z Tokajewem. Kowalski rozmawiał z Nowakiem."
    analysis = full_pipeline.analyse(Document(document_id(text), text, published=date(2024, 1, 10), language="pl"))
    links = {l.text: l.actor_id for l in analysis.links}
    assert links["Tokajewem"] == "person:kassym-jomart-tokayev"
    assert not links.get("Nowak", "NIL").startswith("person:") and not links.get("Nowakiem", "NIL").startswith("person:")


def test_an_acronym_cut_from_a_persons_mention_keeps_its_organization(full_pipeline):
    # the name model takes "NATO Marka Ruttego" for one person; the words before the known name are a mention
    # of their own, and "NATO" there is no person "Nata"
    from orbitscope.model import Document, document_id

    text = "Zdaniem szefa NATO Marka Ruttego Rosja może być gotowa do ataku."
    analysis = full_pipeline.analyse(Document(document_id(text), text, published=date(2025, 6, 1), language="pl"))
    assert ("NATO", "Q7184") in [(l.text, l.actor_id) for l in analysis.links]


def test_a_one_word_name_after_a_settlement_noun_is_a_place(full_pipeline):
    text = "Rosja przejęła kontrolę nad wsią Nowopawliwka. Rozmawia z nimi prezydent miasta Jerzy Mazurek."
    analysis = full_pipeline.analyse(Document(document_id(text), text, published=date(2025, 6, 1), language="pl"))
    ids = [link.actor_id for link in analysis.links]
    assert ids[1].startswith("NIL:place:") and ids[2].startswith("NIL:person:")


def test_an_acronym_of_a_thing_is_no_actor(language_layer, bundled_linker):
    text = "Sankcje obejmują zakaz importu rosyjskiego LNG. Wzrost PKB Polski wyniósł 3 proc."
    assert [l.text for l in links_of(language_layer, bundled_linker, text, date(2025, 6, 1))] == ["rosyjskiego",
                                                                                                 "Polski"]


def test_a_name_after_a_company_noun_is_the_company(language_layer, bundled_linker):
    day = date(2025, 6, 1)
    text = "Minister podpisał z amerykańskim koncernem Lockheed Martin umowę."
    assert [l.actor_id for l in links_of(language_layer, bundled_linker, text, day)][-1].startswith("NIL:organization:")
    # its owner in the genitive, or a title's person, stays a person
    for text in ("Mecenasem było Binowo-Park, firma Sławomira Pińskiego.", "Mówi prezes sędziszowskiej firmy Józef Urban."):
        assert links_of(language_layer, bundled_linker, text, day)[-1].actor_id.startswith("NIL:person:"), text


def test_a_name_in_apposition_to_a_weapon_names_the_weapon(language_layer, bundled_linker):
    day = date(2024, 11, 14)
    text = "Zełenski zaapelował o dostarczenie kolejnych systemów Patriot. Ukraińcy zatopili krążownik Moskwa."
    assert [l.text for l in links_of(language_layer, bundled_linker, text, day)] == ["Zełenski", "Ukraińcy"]
    # a genitive is the owner ("drony Iranu"), a country stays one ("system PRL")
    text = "Rosja używa dronów Iranu. Przestępczy system PRL upadł."
    assert [l.actor_id for l in links_of(language_layer, bundled_linker, text, day)] == ["Q159", "Q794", "Q36"]
    # a programme, an operation or an exercise is named the same way; an acronym is the owner
    text = "Rosja odpowie na manewry Dragon-24 i ćwiczenia NATO. Unia zainwestuje 10 mld euro w ramach programu Global Gateway."
    assert [l.text for l in links_of(language_layer, bundled_linker, text, day)] == ["Rosja", "NATO", "Unia"]
    # a model number makes a type, whatever case Morfeusz reads ("MiG" as a genitive plural of "Miga")
    text = "Trzy rosyjskie myśliwce MiG-31 naruszyły przestrzeń powietrzną Estonii."
    assert [l.actor_id for l in links_of(language_layer, bundled_linker, text, day)] == ["Q159", "Q191"]


def test_inflected_foreign_first_names_and_short_surnames_of_people_named(language_layer, bundled_linker):
    # "Alexandrem" has the fleeting e of "Aleksander"; "Danem" is a first name for Morfeusz, but the document
    # named Nicușor Dan
    text = ("Nawrocki spotkał się z prezydentem Alexandrem Stubbem. Prezydent Nicușor Dan zwołał radę. Rutte "
            "rozmawiał z prezydentem Danem.")
    found = {l.text: l.actor_id for l in links_of(language_layer, bundled_linker, text, date(2026, 2, 11))}
    assert found["Alexandrem Stubbem"] == "person:alexander-stubb"
    assert found["Danem"] == "person:nicusor-dan"


def test_a_plural_title_before_a_plural_verb_is_no_office_holder(language_layer, bundled_linker):
    text = "Przywódcy spotkali się z prezydentem Chin Xi Jinpingiem."
    links = [(l.text, l.actor_id) for l in links_of(language_layer, bundled_linker, text, date(2025, 6, 17))]
    # "Przywódcy" is nobody; "prezydentem Chin" is Xi ("prezydent" tries "przewodniczący ChRL" too:
    # link/data/title_aliases.tsv); velar stem: "Jinpingiem" → "Jinping"
    assert links == [("prezydentem Chin", "Q15031"), ("Chin", "Q148"), ("Xi Jinpingiem", "Q15031")]


def test_the_only_person_of_a_surname_who_held_office_recently_is_named_by_it(language_layer, bundled_linker):
    text = "Premier Japonii pogratulował Trumpowi zwycięstwa."
    people = [l.actor_id for l in links_of(language_layer, bundled_linker, text, date(2024, 11, 7))
              if l.text == "Trumpowi"]
    assert people == ["Q22686"]  # out of office from January 2021 to January 2025


def test_a_bare_surname_without_support_in_the_document_stays_unlinked(language_layer, bundled_linker):
    links = links_of(language_layer, bundled_linker, "Wczoraj pan Szmid kupił rower.")
    assert all(link.is_nil for link in links if link.actor_type == "person")


def test_a_country_adjective_ending_the_sentence(language_layer, linker):
    # the agent-noun look-up after an adjective must not run past the sentence's last token
    links = links_of(language_layer, linker, "Delegacja była rosyjska", date(2023, 11, 9))
    assert [(l.text, l.kind) for l in links] == [("rosyjska", LinkKind.ADJECTIVE)]


def test_a_polish_body_name_next_to_another_country_is_that_countrys_body(language_layer, bundled_linker):
    text = "Tadżyckie MSZ wyraziło zaniepokojenie. MSZ Tadżykistanu wezwało ambasadora. Polskie MSZ milczy."
    links = [(l.text, l.actor_id, l.code) for l in links_of(language_layer, bundled_linker, text, date(2024, 4, 5))
             if "MSZ" in l.text]
    assert links == [("MSZ", "Q863", "TJKGOV"), ("MSZ", "Q863", "TJKGOV"), ("Polskie MSZ", "org:polish-mfa", "POLGOV")]
    # a one-word name too: Lithuania's parliament, not Poland's
    text = "Litewski Sejm przyjął ustawę. Sejm Litwy ją zatwierdził. Polski Sejm milczy."
    links = [(l.text, l.actor_id, l.code) for l in links_of(language_layer, bundled_linker, text, date(2025, 6, 1))
             if "Sejm" in l.text]
    assert links == [("Sejm", "Q37", "LTULEG"), ("Sejm", "Q37", "LTULEG"), ("Polski Sejm", "org:sejm", "POLLEG")]


def test_a_plural_title_over_coordinated_countries_names_each_holder(language_layer, bundled_linker):
    text = "Prezydenci Rosji i Białorusi podpisali traktat."
    roles = [(l.text, l.actor_id) for l in links_of(language_layer, bundled_linker, text, date(2024, 12, 7))
             if l.kind is LinkKind.ROLE]
    assert roles == [("Prezydenci Rosji", "Q7747"), ("Białorusi", "person:alexander-lukashenko")]


def test_an_unknown_state_body_followed_by_a_country_is_that_countrys(language_layer, bundled_linker):
    text = "Służba Bezpieczeństwa Narodowego Armenii zatrzymała arcybiskupa. Amway Polska otworzyła sklep."
    links = [(l.text, l.actor_id) for l in links_of(language_layer, bundled_linker, text, date(2025, 6, 27))]
    assert ("Służba Bezpieczeństwa Narodowego", "Q399") in links
    assert all(actor_id != "Q36" for name, actor_id in links if name.startswith("Amway"))  # a company is no body


def test_an_unknown_state_body_after_a_country_adjective_is_that_countrys(full_pipeline):
    text = ("Mołdawska Komisja Wyborcza wykluczyła z wyborów dwie partie. Zmarł przewodniczący Komisji Rewizyjnej "
            "Polskiego Towarzystwa Meteorologicznego.")
    analysis = full_pipeline.analyse(Document(document_id(text), text, published=date(2025, 9, 26), language="pl"))
    links = {l.text: l.actor_id for l in analysis.links}
    assert links["Komisja Wyborcza"] == "Q217"
    assert links["Komisji Rewizyjnej"].startswith("NIL:")  # an adjective opening another name owns no body


def test_a_body_the_knowledge_base_gives_one_country_in_another_s_capital_is_that_country_s(full_pipeline):
    text = "MSZ w Bukareszcie wezwało rosyjskiego ambasadora. MSZ w Warszawie też."
    analysis = full_pipeline.analyse(Document(document_id(text), text, published=date(2025, 9, 14), language="pl"))
    assert [(l.actor_id, l.code) for l in analysis.links if l.text == "MSZ"] == [("Q218", "ROUGOV"),
                                                                                 ("org:polish-mfa", "POLGOV")]


def test_a_country_adjective_opening_a_sentence_is_no_genitive_of_the_country(full_pipeline):
    # "Polski" is also the genitive of "Polska"; before a noun it agrees with it is the adjective, so the title
    # after it is Poland's, not the office holder the story named last
    text = "Orbán spotkał się z Putinem. Szijjártó też tam był. Polski minister spraw zagranicznych skrytykował podróż."
    analysis = full_pipeline.analyse(Document(document_id(text), text, published=date(2025, 10, 1), language="pl"))
    links = [(l.text, l.actor_id, l.kind) for l in analysis.links]
    assert ("Polski", "Q36", LinkKind.ADJECTIVE) in links
    assert ("Polski minister spraw zagranicznych", "person:radoslaw-sikorski", LinkKind.ROLE) in links


def test_a_foreign_first_name_in_o_declined_links_the_full_name(full_pipeline):
    text = "Tokajew przyjął w Astanie sekretarza generalnego ONZ Antónia Guterresa."
    analysis = full_pipeline.analyse(Document(document_id(text), text, published=date(2025, 6, 1), language="pl"))
    links = [(l.text, l.actor_id) for l in analysis.links]
    assert ("Antónia Guterresa", "person:antonio-guterres") in links



def test_a_short_korean_name_and_an_acronym_run_into_a_person(full_pipeline):
    # "Unem" has a two-letter stem; "KCNA Kim" (one name for the recogniser) is the agency and the person the
    # document named
    text = ("Ławrow spotkał się z Kim Dzong Unem w Wonsanie. Według agencji KCNA Kim zapewnił w sobotę, że "
            "Pjongjang poprze Moskwę.")
    analysis = full_pipeline.analyse(Document(document_id(text), text, published=date(2025, 7, 13), language="pl"))
    found = [(l.text, l.actor_id) for l in analysis.links]
    assert ("Kim Dzong Unem", "Q56226") in found and ("Kim", "Q56226") in found
    assert ("KCNA", "NIL:organization:kcna") in found


def test_a_name_the_kb_lacks_is_the_organization_its_acronym_names(language_layer, bundled_linker):
    text = ("Dziennikarzy zatrzymał Państwowy Komitet Bezpieczeństwa Narodowego (GKNB). Naukowcy z Argonne National "
            "Laboratory (USA) opublikowali raport.")
    links = [(l.text, l.actor_id) for l in links_of(language_layer, bundled_linker, text, date(2024, 10, 11))]
    assert ("Państwowy Komitet Bezpieczeństwa Narodowego", "org:gknb-kyrgyzstan") in links
    assert all(actor_id != "Q30" for name, actor_id in links if name.startswith("Argonne"))  # where, not who


def test_a_title_ending_inside_its_ministry_s_name_is_the_holder(language_layer, bundled_linker):
    text = "Prezydent Kirgistanu przyjął w Biszkeku szefa MSZ Chin. Szef Kancelarii Prezydenta RP przyjechał później."
    links = links_of(language_layer, bundled_linker, text, date(2025, 6, 1))
    assert ("szefa MSZ Chin", "person:wang-yi") in [(link.text, link.actor_id) for link in links]
    assert "person:andrzej-duda" not in {link.actor_id for link in links if "Kancelarii" in link.text}


def test_an_unknown_adjective_of_a_region_and_a_weapon_after_type_or_an_adjective(language_layer, bundled_linker):
    text = "Drony zaatakowały skład w obwodzie biełgorodzkim. Rosja wystrzeliła 370 dronów typu Shahed. " \
           "Iran dostarcza drony uderzeniowe Shahed."
    linked = {(link.text, link.actor_id) for link in links_of(language_layer, bundled_linker, text, date(2025, 6, 1))}
    assert ("obwodzie biełgorodzkim", "place:belgorod-oblast") in linked
    assert not any(text == "Shahed" for text, _ in linked)


def test_a_counterpart_of_a_person_the_knowledge_base_lacks_is_no_one(language_layer, bundled_linker):
    text = "Wiceminister spraw zagranicznych Chin Sun Weidong przyjechał do Tokio na rozmowy z japońskim odpowiednikiem."
    links = links_of(language_layer, bundled_linker, text, date(2025, 6, 1))
    assert "japońskim odpowiednikiem" not in [link.text for link in links]


@pytest.mark.parametrize(("text", "expected"), [
    ("Wang Yi spotkał się ze swoim rosyjskim odpowiednikiem.", ("rosyjskim odpowiednikiem", "person:sergey-lavrov")),
    ("Ukraiński minister obrony rozmawiał ze swoim amerykańskim odpowiednikiem.",
     ("amerykańskim odpowiednikiem", "person:pete-hegseth")),
    ("Sikorski przyjął w Warszawie Andrija Sybihę.", ("Andrija Sybihę", "person:andrii-sybiha")),
])
def test_a_counterpart_holds_the_same_office_and_a_name_in_a_declines_to_e(language_layer, bundled_linker, text,
                                                                           expected):
    links = links_of(language_layer, bundled_linker, text, date(2025, 6, 1))
    assert expected in [(link.text, link.actor_id) for link in links]


@pytest.mark.parametrize(("text", "expected"), [
    ("Drony uderzyły w rafinerię w Saratowie.", ("Saratowie", "place:saratov")),  # Morfeusz: a surname "Sarat"
    ("Nad Saratowem zestrzelono drony.", ("Saratowem", "place:saratov")),
    ("Rosjanie zajęli wieś w obwodzie dniepropetrowskim.", ("obwodzie dniepropetrowskim",
                                                             "place:dnipropetrovsk-oblast")),
    ("Walki trwają w pobliżu Hulajpola.", ("Hulajpola", "place:huliaipole")),
])
def test_a_place_in_ow_declines_and_a_region_has_both_spellings(language_layer, bundled_linker, text, expected):
    links = links_of(language_layer, bundled_linker, text, date(2025, 6, 1))
    assert expected in [(link.text, link.actor_id) for link in links]


def test_european_leaders_are_europe_s_and_no_bare_title(language_layer, bundled_linker):
    links = links_of(language_layer, bundled_linker, "Plan skrytykowali europejscy przywódcy.", date(2025, 11, 23))
    assert [(link.text, link.actor_id) for link in links] == [("europejscy", "Q46")]


def test_hyphenated_initials_name_the_person_with_that_double_first_name(language_layer, bundled_linker):
    links = links_of(language_layer, bundled_linker, "Prezydent K.-Ż. Tokajew przyjął gości.", date(2025, 6, 1))
    assert [link.actor_id for link in links] == ["person:kassym-jomart-tokayev"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    (("Premier Donald Tusk spotkał się z rolnikami. Szef rządu zapowiedział, że porozmawia z premierem Ukrainy "
     "Denysem Szmyhalem."), date(2024, 2, 12), "Q946"),  # the other premier is named with his title
    (("Prezydent Egiptu Hosni Mubarak przyjął gości. Przeciwnicy Łukaszenki twierdzą, że obecny prezydent nie "
     "odda władzy."), date(2000, 6, 1), None),  # Lukashenko is named untitled: two presidents, no link
])
def test_a_bare_title_is_not_the_holder_the_sentence_names_with_that_title(language_layer, bundled_linker, text,
                                                                         published, expected):
    links = links_of(language_layer, bundled_linker, text, published)
    titles = [link.actor_id for link in links if link.kind is LinkKind.ROLE and link.sentence == 1]
    assert titles == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "expected"), [
    ("Z premierem rozmawiał wiceprezydent USA JD Vance.", ("JD Vance", "person:jd-vance")),
    ("Sekretarz skarbu Scott Bessent zapowiedział cła.", ("Scott Bessent", "person:scott-bessent")),
    ("Komisarz UE ds. rozszerzenia Marta Kos odwiedziła Kiszyniów.", ("Marta Kos", "person:marta-kos")),
    ("Szef MAEA Rafael Grossi przyjechał do Kijowa.", ("Rafael Grossi", "person:rafael-grossi")),
    ("Prezydent Syrii Ahmed asz-Szara przyjechał do Moskwy.", ("Ahmed asz-Szara", "person:ahmed-al-sharaa")),
    ("Posłowie Fideszu zablokowali uchwałę.", ("Fideszu", "org:fidesz")),
    ("Opozycyjny blok Hajastan zarzucił rządowi zdradę.", ("Hajastan", "org:hayastan-alliance")),
    ("W nocy Dowództwo Operacyjne poderwało myśliwce.", ("Dowództwo Operacyjne", "org:polish-operational-command")),
    ("Rebelianci Huti zaatakowali statek.", ("Huti", "org:houthis")),
])
def test_officials_parties_and_forces_of_recent_news_are_known(language_layer, bundled_linker, text, expected):
    links = links_of(language_layer, bundled_linker, text, date(2025, 11, 1))
    assert expected in [(link.text, link.actor_id) for link in links]
