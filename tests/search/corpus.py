"""A small catalog corpus for the search conformance suite, and the answers any engine must give on it.

The texts exercise what stemming and tokenising must agree on: Russian and English inflections, ё, stop
words, Latin words in Russian text, digits glued to letters, hyphens, text present only in the English row;
and what matching must agree on (search.matching): queries of which an entry matches only some words, words
that name a facet value, synonyms. `expected` computes the answers by brute force from these definitions
(core.text's stems, the query's words and the number of them required from search.matching, set
operations), independently of any engine.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from core.text import stems
from search.matching import analyse, required
from search.query import Query

ORGANIZATIONS = [
    dict(
        key="robotics-lab",
        name="Лаборатория робототехники",
        description="Исследовательская лаборатория: промышленные роботы и манипуляторы.",
        en=dict(name="Robotics Laboratory", description="A research laboratory building industrial robots."),
        roles=["participant"],
        industries=["robotics"],
        region="moscow",
        size="small",
        legal_form="llc",
        founded=2015,
    ),
    dict(
        key="bio-labs",
        name="Биолаборатории «Геном»",
        description="Сеть лабораторий для анализа генома и биотехнологий.",
        en=dict(name="Genome Biolabs", description="A network of laboratories for genome analysis."),
        roles=["participant", "partner"],
        industries=["biotechnology", "pharmaceuticals"],
        region="moscow",
        size="medium",
        legal_form="jsc",
        founded=2008,
    ),
    dict(
        key="smart-volume",
        name="Smart Объём",
        description="Измеряем объём деталей и 3D-печать прототипов.",
        en=None,
        roles=["participant"],
        industries=["new-materials"],
        region="moscow-oblast",
        size="micro",
        legal_form="llc",
        founded=2019,
    ),
    dict(
        key="printing",
        name="Печатный двор",
        description="3D печать металлом и пластиком, объем до 2 м³.",
        en=dict(name="Print Yard", description="Metal and plastic 3D printing for prototypes."),
        roles=["industrial-partner"],
        industries=["mechanical-engineering"],
        region="tatarstan",
        size="small",
        legal_form="llc",
        founded=2012,
    ),
    dict(
        key="fund",
        name="Венчурный фонд «Старт»",
        description="Инвестиции в технологические компании на ранней стадии.",
        en=dict(name="Start Venture Fund", description="Investments in early-stage technology companies."),
        roles=["investor", "partner"],
        industries=["fintech", "information-technology"],
        region="moscow",
        size="small",
        legal_form="jsc",
        founded=2005,
    ),
    dict(
        key="ai-institute",
        name="Институт искусственного интеллекта",
        description="Исследования в области машинного обучения и компьютерного зрения.",
        en=dict(name="Artificial Intelligence Institute", description="Research in machine learning."),
        roles=["partner"],
        industries=["artificial-intelligence"],
        region="saint-petersburg",
        size="large",
        legal_form="state_institution",
        founded=1998,
    ),
    dict(
        key="med-devices",
        name="Медтехника Плюс",
        description="Разработка медицинских изделий: лабораторное оборудование и датчики.",
        en=dict(name="Medtech Plus", description="Developing medical devices and laboratory equipment."),
        roles=["participant"],
        industries=["medical-devices", "microelectronics"],
        region="moscow",
        size="micro",
        legal_form="sole_proprietor",
        founded=2021,
    ),
    dict(
        key="logistics",
        name="Городская логистика",
        description="Беспилотные доставщики и складские роботы для города.",
        en=dict(name="", description="Autonomous couriers and warehouse robots for the city."),
        roles=["participant"],
        industries=["transport-logistics", "robotics"],
        region="moscow",
        size="small",
        legal_form="llc",
        founded=2017,
    ),
    dict(
        key="vision",
        name="Зрение для промышленных роботов",
        description="Компьютерные системы контроля качества на конвейере.",
        en=None,
        roles=["participant"],
        industries=["artificial-intelligence"],
        region="moscow",
        size="micro",
        legal_form="llc",
        founded=2020,
    ),
]

PREMISES = [
    dict(
        key="clean-lab", title="Лаборатория с чистым помещением", owner="Технопарк «Слава»",
        address="ул. Ленинская Слобода, 19", description="Лабораторные помещения класса ISO 7.",
        en=dict(title="Laboratory with a clean room", description="Laboratories of ISO class 7."),
        district="danilovskiy", kind="laboratory", area=Decimal("120.5"), rent=2500, is_available=True,
        features=["clean-room", "ventilation"],
    ),
    dict(
        key="small-office", title="Офис для стартапа", owner="Технопарк «Слава»",
        address="ул. Ленинская Слобода, 19", description="Небольшой офис с мебелью и парковкой.",
        en=dict(title="Startup office", description="A small furnished office with parking."),
        district="danilovskiy", kind="office", area=Decimal("35.0"), rent=1800, is_available=True,
        features=["furnished", "parking"],
    ),
    dict(
        key="workshop", title="Производственный цех", owner="Технополис «Москва»",
        address="Волгоградский проспект, 42", description="Цех с кран-балкой и повышенной мощностью.",
        en=dict(title="Production workshop", description="A workshop with an overhead crane."),
        district="tekstilshchiki", kind="production", area=Decimal("640.0"), rent=900, is_available=False,
        features=["crane", "high-power", "parking"],
    ),
    dict(
        key="bio-lab", title="Биологическая лаборатория", owner="Технопарк «Нагатино»",
        address="проспект Андропова, 18", description="Лаборатории для биотехнологий, чистые помещения.",
        en=None,
        district="nagatino-sadovniki", kind="laboratory", area=Decimal("80.0"), rent=2200, is_available=True,
        features=["clean-room", "water-drainage"],
    ),
    dict(
        key="coworking", title="Коворкинг у метро", owner="Технопарк «Нагатино»",
        address="проспект Андропова, 18", description="Рабочие места и переговорные комнаты.",
        en=dict(title="Coworking by the metro", description="Desks and meeting rooms."),
        district="nagatino-sadovniki", kind="coworking", area=Decimal("50.5"), rent=1800, is_available=True,
        features=["furnished", "fibre-internet"],
    ),
    dict(
        key="warehouse", title="Склад с рампой", owner="Технополис «Москва»",
        address="Волгоградский проспект, 42", description="Склад с погрузочной рампой и грузовым лифтом.",
        en=dict(title="Warehouse with a dock", description="A warehouse with a loading dock."),
        district="tekstilshchiki", kind="warehouse", area=Decimal("300.0"), rent=700, is_available=False,
        features=["loading-dock", "freight-lift", "parking"],
    ),
]  # fmt: skip


ORDERS = [
    dict(
        key="sensor-housings", name="Корпуса датчиков из алюминия, фрезерная обработка с ЧПУ",
        description="Фрезерованные корпуса с посадочными местами под плату.",
        en=dict(name="Aluminium sensor housings, CNC milling", description="Milled housings for the board."),
        buyer="Лаборатория робототехники", capabilities=["cnc-machining"], materials=["aluminium"],
        certifications=[], status="open", batch_size=500, target_date=datetime.date(2027, 3, 1),
        region="moscow",
    ),
    dict(
        key="pump-housings", name="Литые корпуса насосов",
        description="Литьё корпусов и механообработка посадочных поверхностей.",
        en=None,
        buyer="Печатный двор", capabilities=["casting", "cnc-machining"], materials=["aluminium", "steel"],
        certifications=["iso-9001"], status="open", batch_size=100, target_date=datetime.date(2027, 6, 15),
        region="tatarstan",
    ),
    dict(
        key="controller-boards", name="Платы контроллеров",
        description="Монтаж печатных плат для складских роботов.",
        en=dict(name="Controller boards", description="PCB assembly for warehouse robots."),
        buyer="Городская логистика", capabilities=["pcb-assembly"], materials=["fr4"], certifications=[],
        status="closed", batch_size=2000, target_date=datetime.date(2026, 5, 20), region="moscow",
    ),
    dict(
        key="medical-housings", name="Корпуса медицинских изделий",
        description="Литьё под давлением, ультразвуковая сварка половин корпуса.",
        en=dict(name="Medical device housings", description=""),
        buyer="Медтехника Плюс", capabilities=["injection-moulding"], materials=["polycarbonate", "abs"],
        certifications=["iso-13485"], status="open", batch_size=5000, target_date=datetime.date(2027, 1, 20),
        region="moscow",
    ),
    dict(
        key="satellite-parts", name="Детали конструкции малых спутников",
        description="Фрезерование панелей каркаса из титана и алюминия.",
        en=dict(name="Small satellite structural parts", description="Milled frame panels in titanium."),
        buyer="Институт искусственного интеллекта", capabilities=["cnc-machining"],
        materials=["titanium", "aluminium"], certifications=["as-9100"], status="closed", batch_size=20,
        target_date=datetime.date(2025, 11, 10), region="saint-petersburg",
    ),
    dict(
        key="uniforms", name="Комплекты форменной одежды", description="Пошив курток и брюк с логотипом.",
        en=dict(name="Uniform sets", description="Jackets and trousers with a logo."),
        buyer="Городская логистика", capabilities=["textile-sewing"], materials=["textiles"],
        certifications=[], status="open", batch_size=300, target_date=datetime.date(2027, 2, 1),
        region="moscow",
    ),
]  # fmt: skip


@dataclass(frozen=True)
class Case:
    catalog: str
    text: str = ""
    facets: dict = field(default_factory=dict)
    ranges: dict = field(default_factory=dict)
    sort: str = ""

    def query(self, page: int = 1, per_page: int = 100) -> Query:
        facets = {name: tuple(values) for name, values in self.facets.items()}
        return Query(self.text, facets, dict(self.ranges), self.sort, page, per_page)

    def __str__(self) -> str:
        return f"{self.catalog}: {self.text!r} {self.facets} {self.ranges} {self.sort}".strip()


CASES = [
    Case("organizations"),
    Case("organizations", text="лаборатории"),
    Case("organizations", text="Laboratories"),
    Case("organizations", text="объем"),
    Case("organizations", text="ОБЪЁМ деталей"),
    Case("organizations", text="smart"),
    Case("organizations", text="3d-печать"),
    Case("organizations", text="роботы и манипуляторы"),
    Case("organizations", text="the robots"),
    Case("organizations", text="робот", facets={"region": ["moscow"]}),
    Case("organizations", facets={"roles": ["participant"], "size": ["small", "micro"]}),
    Case("organizations", facets={"industries": ["robotics", "biotechnology"], "region": ["moscow"]}),
    Case("organizations", facets={"roles": ["partner", "investor"]}, ranges={"founded": (2000, None)}),
    Case("organizations", facets={"legal_form": ["llc"]}, ranges={"founded": (2012, 2019)}),
    Case("organizations", text="исследования", facets={"roles": ["partner", "participant"]}),
    # Some words: an entry matches 2 of 3 (required(3) == 2), or 3 of 4.
    Case("organizations", text="промышленные роботы для города"),
    Case("organizations", text="компьютерное зрение роботов"),
    Case("organizations", text="инвестиции в компании на ранней стадии"),
    Case("organizations", text="роботы складские манипуляторы", facets={"region": ["moscow"]}),
    # Stop words count for nothing: two words, both required.
    Case("organizations", text="лаборатория для робототехники"),
    # Facet labels are words, in both languages.
    Case("organizations", text="Москва"),
    Case("organizations", text="robotics"),
    Case("organizations", text="инвестор"),
    Case("organizations", text="микропредприятие", facets={"region": ["moscow"]}),
    # Synonyms, across the languages, a multi-word one as one word.
    Case("organizations", text="ИИ"),
    Case("organizations", text="искусственный интеллект"),
    Case("organizations", text="lab"),
    Case("organizations", text="AI robots"),
    Case("premises"),
    Case("premises", text="лаборатории"),
    Case("premises", text="laboratory"),
    Case("premises", facets={"available": ["True"], "kind": ["laboratory", "production"]}),
    Case("premises", text="свободные лаборатории"),
    Case("premises", text="технопарк слава"),
    Case("premises", facets={"kind": ["laboratory", "office"], "features": ["clean-room", "parking"]}),
    Case("premises", facets={"features": ["parking"]}, ranges={"area": (Decimal("50.5"), Decimal("640"))}),
    Case("premises", ranges={"rent": (None, 1800)}, sort="rent"),
    Case("premises", facets={"okrug": ["yuao"]}, sort="-area"),
    Case("premises", text="склад с рампой в Текстильщиках"),
    Case("premises", text="лаборатория с парковкой в Даниловском"),
    Case("premises", text="офисы для стартапов"),
    Case("premises", text="startup office"),
    Case("premises", text="coworking Нагатино-Садовники", ranges={"rent": (None, 2000)}),
    Case("premises", text="чистое помещение", facets={"kind": ["laboratory"]}),
    Case("orders"),
    # корпусов, корпуса: one stem; алюминия is the material's label «Алюминий» too.
    Case("orders", text="корпусов"),
    Case("orders", text="корпуса из алюминия"),
    Case("orders", text="монтаж плат"),
    Case("orders", text="ЧПУ", facets={"status": ["open"]}),
    Case("orders", text="titanium"),
    Case("orders", facets={"status": ["open"]}),
    Case("orders", facets={"capabilities": ["cnc-machining", "casting"], "materials": ["aluminium"]}),
    Case("orders", facets={"certifications": ["iso-13485", "as-9100"]}, ranges={"batch": (10, 5000)}),
    Case("orders", ranges={"target_year": (2027, None)}, sort="target_date"),
    Case("orders", facets={"status": ["open", "closed"]}, ranges={"batch": (100, None)}, sort="-batch"),
]

CORPUS = {"organizations": ORGANIZATIONS, "premises": PREMISES, "orders": ORDERS}
TEXT_FIELDS = {
    "organizations": ("name", "description"),
    "premises": ("title", "owner", "address", "description"),
    "orders": ("name", "description"),
}


def _values(catalog: str, entry: dict, okrugs: dict[str, str]) -> dict[str, set[str]]:
    if catalog == "organizations":
        return {
            "roles": set(entry["roles"]),
            "industries": set(entry["industries"]),
            "region": {entry["region"]},
            "size": {entry["size"]},
            "legal_form": {entry["legal_form"]},
        }
    if catalog == "orders":
        return {
            "capabilities": set(entry["capabilities"]),
            "materials": set(entry["materials"]),
            "certifications": set(entry["certifications"]),
            "status": {entry["status"]},
        }
    return {
        "kind": {entry["kind"]},
        "available": {str(entry["is_available"])},
        "okrug": {okrugs[entry["district"]]},
        "district": {entry["district"]},
        "features": set(entry["features"]),
    }


RANGE_VALUES = {
    "founded": lambda entry: entry["founded"],
    "area": lambda entry: entry["area"],
    "rent": lambda entry: entry["rent"],
    "batch": lambda entry: entry["batch_size"],
    "target_year": lambda entry: entry["target_date"].year,
}


def _in_ranges(entry: dict, ranges: dict) -> bool:
    for name, (low, high) in ranges.items():
        value = RANGE_VALUES[name](entry)
        if (low is not None and value < low) or (high is not None and value > high):
            return False
    return True


def _texts(catalog: str, entry: dict) -> list[str]:
    fields = TEXT_FIELDS[catalog]
    texts = [entry[name] for name in fields]
    return texts + [entry["en"].get(name, "") for name in fields] if entry["en"] else texts


def words(
    catalog: str, entry: dict, okrugs: dict[str, str], labels: dict[str, dict[str, list[str]]]
) -> set[str]:
    """The stems an entry is found by: of its texts, and of its facet values' labels in both languages."""
    named = [
        label
        for name, values in _values(catalog, entry, okrugs).items()
        for value in values
        for label in labels[name].get(value, ())  # a value a facet does not offer (let premises) has no label
    ]
    return set(stems(" ".join(_texts(catalog, entry) + named)))


def matched(text: str, entry_words: set[str]) -> int:
    """How many words of the query `text` an entry with `entry_words` has: a word, when all the stems of
    the word itself or of one of its synonyms."""
    return sum(
        any(set(alternative) <= entry_words for alternative in word.alternatives)
        for word in analyse(text).words
    )


def expected(
    case: Case, okrugs: dict[str, str], labels: dict[str, dict[str, list[str]]]
) -> tuple[set[str], dict[str, dict[str, int]]]:
    """The keys of the matching entries, and each facet's disjunctive counts (own selection not applied)."""
    least = required(len(analyse(case.text).words))
    candidates = [
        entry
        for entry in CORPUS[case.catalog]
        if matched(case.text, words(case.catalog, entry, okrugs, labels)) >= least
        and _in_ranges(entry, case.ranges)
    ]

    def selected(values: dict[str, set[str]], skip: str = "") -> bool:
        return all(values[name] & set(chosen) for name, chosen in case.facets.items() if name != skip)

    facet_names = _values(case.catalog, CORPUS[case.catalog][0], okrugs).keys()
    counts = {name: {} for name in facet_names}
    for entry in candidates:
        values = _values(case.catalog, entry, okrugs)
        for name in facet_names:
            if selected(values, skip=name):
                for value in values[name] & labels[name].keys():  # the values the facet offers
                    counts[name][value] = counts[name].get(value, 0) + 1
    keys = {entry["key"] for entry in candidates if selected(_values(case.catalog, entry, okrugs))}
    return keys, counts


def conjunctive_counts(
    case: Case, okrugs: dict[str, str], labels: dict[str, dict[str, list[str]]]
) -> dict[str, dict[str, int]]:
    """Counts with every selection applied, own facet included: what disjunctive counts must differ from."""
    keys, _ = expected(case, okrugs, labels)
    counts = {}
    for entry in CORPUS[case.catalog]:
        if entry["key"] in keys:
            for name, values in _values(case.catalog, entry, okrugs).items():
                for value in values:
                    counts.setdefault(name, {}).setdefault(value, 0)
                    counts[name][value] += 1
    return counts
