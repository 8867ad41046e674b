"""Deterministic demo catalogs at a realistic scale: organizations, premises, projects, manufacturers and
manufacturing orders.

Every entry is a Russian row and an English row with the same `translation_key`: the English row has English
text in the model's `text_fields` and the same facts (every other field and every many-to-many). Links to
other catalog entries (Project.organization, Manufacturer.organization, Order.organization) and to cluster
pages point to the
Russian row in both languages.

The data comes from pure generator functions (`organization`, `premises`, `project`, `manufacturer`,
`order`): each
entry is a function of its index and of a `Plan` (the sizes, `today`, and the industries of the cluster
pages), drawn from a `random.Random` seeded with the catalog and the index. They touch no database, so tests
can check what they produce at full scale. `seed_catalogs` resolves the taxonomy slugs and indexes to ids and
writes the rows with `bulk_create`, a catalog per transaction; a catalog that already has Russian rows is
left alone, so re-running changes nothing.

Full scale: 35,000 organizations, 1,900 premises, 1,500 projects, 550 manufacturers and 400 manufacturing
orders, in each language. `scale` multiplies all five sizes (each rounded, and at least `MINIMUM_SIZE`), so
tests can build a small catalog with every kind of entry: `seed_catalogs(write, scale=0.01)` makes
350 / 19 / 15 / 6 / 5.
"""

import datetime
import random
import uuid
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, cached_property
from itertools import accumulate

from django.db import models, transaction
from django.utils import timezone
from wagtail.models import Locale

from catalog.demo_names import (
    BRANDS,
    DESCRIPTORS,
    HEADS,
    NON_PROFIT_TEMPLATES,
    RESEARCH_FIELDS,
    STATE_TEMPLATES,
    TAILS,
)
from catalog.demo_places import STREETS, TECHNOPARKS, building_point
from catalog.entry import SOURCE_LANGUAGE
from catalog.models import (
    CompanySize,
    LegalForm,
    Manufacturer,
    Order,
    OrderStatus,
    Organization,
    Premises,
    PremisesKind,
    Project,
    ProjectStage,
)
from core.slugs import latin_slug
from home.models import ClusterPage
from taxonomy.loading import read_rows
from taxonomy.models import (
    Capability,
    Certification,
    District,
    Industry,
    Material,
    Okrug,
    OrganizationRole,
    PremisesFeature,
    Region,
    Technology,
)

TRANSLATION_LANGUAGE = "en"
SEED = 20_261_125
FULL_SIZES = {
    "organizations": 35_000,
    "premises": 1_900,
    "projects": 1_500,
    "manufacturers": 550,
    "orders": 400,
}
MINIMUM_SIZE = 5
ROW_BATCH = 1_000
LINK_BATCH = 5_000

# The translation keys are UUIDs derived from the catalog and the index, so they are the same on every run.
_KEY_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://imoscow.example/catalog/demo")


# --- The plan and the entries ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """What the generators need: the sizes, the day the data is for, and the industry slug of each cluster
    page (in the order in which `seed_catalogs` lists them; empty when there are none)."""

    today: datetime.date
    organizations: int = FULL_SIZES["organizations"]
    premises: int = FULL_SIZES["premises"]
    projects: int = FULL_SIZES["projects"]
    manufacturers: int = FULL_SIZES["manufacturers"]
    orders: int = FULL_SIZES["orders"]
    clusters: tuple[str, ...] = ()

    @classmethod
    def at_scale(cls, scale: float, today: datetime.date, clusters: tuple[str, ...] = ()) -> "Plan":
        sizes = {name: max(MINIMUM_SIZE, round(size * scale)) for name, size in FULL_SIZES.items()}
        return cls(today=today, clusters=clusters, **sizes)

    @cached_property
    def manufacturer_organizations(self) -> tuple[int, ...]:
        """The organization (by index) behind each manufacturer: distinct, so one profile each."""
        count = min(self.manufacturers, self.organizations)
        return tuple(random.Random(SEED).sample(range(self.organizations), count))

    @cached_property
    def manufacturer_set(self) -> frozenset[int]:
        return frozenset(self.manufacturer_organizations)

    @cached_property
    def identities(self) -> tuple["Identity", ...]:
        """Each organization's legal form, unique names and main industry (see `_identities`)."""
        return _identities(self)

    @cached_property
    def participants(self) -> tuple[int, ...]:
        """The organizations whose main role is "participant": the ones that run projects."""
        return tuple(index for index in range(self.organizations) if _main_role(index) == "participant")

    @cached_property
    def buyers(self) -> dict[str, tuple[int, ...]]:
        """The participants that are not manufacturers themselves, by main industry: who places orders."""
        found: dict[str, list[int]] = {}
        for index in self.participants:
            if index not in self.manufacturer_set:
                found.setdefault(self.identities[index].industry, []).append(index)
        return {industry: tuple(indexes) for industry, indexes in found.items()}


@dataclass(frozen=True)
class Entry:
    """One catalog entry as plain values, before ids are known.

    `ru` and `en` are the text fields of each language's row; `facts` the other plain fields; `refs` the
    foreign keys as lookup keys (a taxonomy slug or code, an organization or cluster index; None for none);
    `many` the many-to-many fields as tuples of lookup keys.
    """

    index: int
    key: uuid.UUID
    slug: str
    ru: dict[str, str]
    en: dict[str, str]
    facts: dict[str, object] = field(default_factory=dict)
    refs: dict[str, object] = field(default_factory=dict)
    many: dict[str, tuple] = field(default_factory=dict)


def entry_key(catalog: str, index: int) -> uuid.UUID:
    return uuid.uuid5(_KEY_NAMESPACE, f"{catalog}:{index}")


_STREAMS = (
    "organization",
    "organization-role",
    "premises",
    "project",
    "manufacturer",
    "organization-name",
    "order",
)
# The number of streams before orders came: a stream added at the end leaves the others' seeds, hence all
# the data they make (and the relevance figures measured on it), as they were.
_STREAM_SPACING = 6


def _rng(stream: str, index: int) -> random.Random:
    """The random numbers of one entry: seeded with an integer (much faster than a string) made of the
    seed, the stream and the index."""
    return random.Random((SEED * _STREAM_SPACING + _STREAMS.index(stream)) * 10**9 + index)


# --- Reference data and vocabulary -----------------------------------------------------------------------


@cache
def _names(filename: str) -> dict[str, tuple[str, str]]:
    """slug -> (Russian name, English name) of a taxonomy, from the CSV the migrations load."""
    return {row["slug"]: (row["name_ru"], row["name_en"]) for row in read_rows(filename)}


@cache
def _districts() -> tuple[dict[str, str], ...]:
    return tuple(read_rows("moscow_districts.csv"))


# The eight least populous federal subjects have no demo organizations: 81 regions remain.
_REGIONS_LEFT_OUT = frozenset({"04", "08", "17", "41", "49", "79", "83", "87"})
_REGION_WEIGHTS = {"77": 70.0, "50": 7.0, "78": 4.0}
_BUSY_REGIONS = ("16", "54", "66", "52", "70", "63", "40", "71", "76", "33", "69", "62")
_BUSY_REGION_WEIGHT = 0.5
_OTHER_REGIONS_WEIGHT = 13.0  # shared by the remaining regions


@cache
def _districts_by_slug() -> dict[str, dict[str, str]]:
    return {row["slug"]: row for row in _districts()}


@cache
def _region_table() -> tuple[tuple[str, ...], tuple[float, ...]]:
    codes = [row["code"] for row in read_rows("regions.csv") if row["code"] not in _REGIONS_LEFT_OUT]
    weights = {**dict.fromkeys(_BUSY_REGIONS, _BUSY_REGION_WEIGHT), **_REGION_WEIGHTS}
    others = [code for code in codes if code not in weights]
    weights |= dict.fromkeys(others, _OTHER_REGIONS_WEIGHT / len(others))
    return tuple(codes), tuple(accumulate(weights[code] for code in codes))


def demo_regions() -> tuple[str, ...]:
    """The codes of the regions the demo organizations come from."""
    return _region_table()[0]


def _choose_region(rng: random.Random) -> str:
    codes, cumulative = _region_table()
    return codes[bisect_right(cumulative, rng.random() * cumulative[-1])]


def _pick(rng: random.Random, weighted: dict) -> object:
    return rng.choices(tuple(weighted), weights=tuple(weighted.values()))[0]


def _lower_first(text: str) -> str:
    """ "Машинное обучение" -> "машинное обучение", but "ABS-пластик" and "ISO 9001" stay as they are."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _plural_ru(number: int, one: str, few: str, many: str) -> str:
    if number % 10 == 1 and number % 100 != 11:
        return one
    if 2 <= number % 10 <= 4 and not 12 <= number % 100 <= 14:
        return few
    return many


def _number_ru(number: int) -> str:
    return f"{number:,}".replace(",", "\xa0")


_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _date_en(day: datetime.date) -> str:
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


_COMPANY_FORMS = {
    LegalForm.LLC: ("ООО «{}»", "{} LLC"),
    LegalForm.JSC: ("АО «{}»", "{} JSC"),
    LegalForm.PJSC: ("ПАО «{}»", "{} PJSC"),
}
_LEGAL_FORM_WEIGHTS = {
    LegalForm.LLC: 70,
    LegalForm.JSC: 9,
    LegalForm.PJSC: 1,
    LegalForm.SOLE_PROPRIETOR: 13,
    # Few, since each needs a name of its own; when all are taken, the organization is a company instead.
    LegalForm.STATE_INSTITUTION: 0.5,
    LegalForm.NON_PROFIT: 0.6,
}
_MANUFACTURER_LEGAL_FORM_WEIGHTS = {
    LegalForm.LLC: 75,
    LegalForm.JSC: 15,
    LegalForm.PJSC: 2,
    LegalForm.SOLE_PROPRIETOR: 8,
}
_SIZE_WEIGHTS = {CompanySize.MICRO: 50, CompanySize.SMALL: 30, CompanySize.MEDIUM: 12, CompanySize.LARGE: 8}
_SIZE_WEIGHTS_BY_FORM = {
    LegalForm.PJSC: {CompanySize.MEDIUM: 30, CompanySize.LARGE: 70},
    LegalForm.JSC: {CompanySize.SMALL: 35, CompanySize.MEDIUM: 35, CompanySize.LARGE: 30},
    LegalForm.STATE_INSTITUTION: {CompanySize.SMALL: 40, CompanySize.MEDIUM: 40, CompanySize.LARGE: 20},
}
_STAFF = {
    CompanySize.MICRO: (3, 15),
    CompanySize.SMALL: (16, 100),
    CompanySize.MEDIUM: (101, 250),
    CompanySize.LARGE: (251, 3000),
}

# (Russian, English, Russian patronymic of a son, of a daughter, English patronymic of a son, of a daughter)
_MALE_NAMES = (
    ("Сергей", "Sergey", "Сергеевич", "Сергеевна", "Sergeevich", "Sergeevna"),
    ("Дмитрий", "Dmitry", "Дмитриевич", "Дмитриевна", "Dmitrievich", "Dmitrievna"),
    ("Александр", "Alexander", "Александрович", "Александровна", "Alexandrovich", "Alexandrovna"),
    ("Андрей", "Andrey", "Андреевич", "Андреевна", "Andreevich", "Andreevna"),
    ("Алексей", "Alexey", "Алексеевич", "Алексеевна", "Alexeevich", "Alexeevna"),
    ("Михаил", "Mikhail", "Михайлович", "Михайловна", "Mikhailovich", "Mikhailovna"),
    ("Иван", "Ivan", "Иванович", "Ивановна", "Ivanovich", "Ivanovna"),
    ("Николай", "Nikolay", "Николаевич", "Николаевна", "Nikolaevich", "Nikolaevna"),
    ("Павел", "Pavel", "Павлович", "Павловна", "Pavlovich", "Pavlovna"),
    ("Владимир", "Vladimir", "Владимирович", "Владимировна", "Vladimirovich", "Vladimirovna"),
    ("Олег", "Oleg", "Олегович", "Олеговна", "Olegovich", "Olegovna"),
    ("Евгений", "Evgeny", "Евгеньевич", "Евгеньевна", "Evgenyevich", "Evgenyevna"),
    ("Игорь", "Igor", "Игоревич", "Игоревна", "Igorevich", "Igorevna"),
    ("Артём", "Artyom", "Артёмович", "Артёмовна", "Artyomovich", "Artyomovna"),
    ("Максим", "Maxim", "Максимович", "Максимовна", "Maximovich", "Maximovna"),
    ("Роман", "Roman", "Романович", "Романовна", "Romanovich", "Romanovna"),
    ("Виктор", "Viktor", "Викторович", "Викторовна", "Viktorovich", "Viktorovna"),
    ("Юрий", "Yury", "Юрьевич", "Юрьевна", "Yuryevich", "Yuryevna"),
    ("Пётр", "Pyotr", "Петрович", "Петровна", "Petrovich", "Petrovna"),
    ("Константин", "Konstantin", "Константинович", "Константиновна", "Konstantinovich", "Konstantinovna"),
)
_FEMALE_NAMES = (
    ("Анна", "Anna"), ("Елена", "Elena"), ("Ольга", "Olga"), ("Наталья", "Natalya"), ("Мария", "Maria"),
    ("Татьяна", "Tatyana"), ("Ирина", "Irina"), ("Екатерина", "Ekaterina"), ("Светлана", "Svetlana"),
    ("Юлия", "Yulia"), ("Анастасия", "Anastasia"), ("Дарья", "Darya"), ("Ксения", "Ksenia"),
    ("Марина", "Marina"), ("Виктория", "Viktoria"), ("Алина", "Alina"),
)  # fmt: skip
# Surnames in -ов/-ев/-ин: the feminine form adds "а" (and "a" in English).
_SURNAMES = (
    ("Иванов", "Ivanov"), ("Смирнов", "Smirnov"), ("Кузнецов", "Kuznetsov"), ("Попов", "Popov"),
    ("Васильев", "Vasilyev"), ("Петров", "Petrov"), ("Соколов", "Sokolov"), ("Михайлов", "Mikhailov"),
    ("Новиков", "Novikov"), ("Фёдоров", "Fyodorov"), ("Морозов", "Morozov"), ("Волков", "Volkov"),
    ("Алексеев", "Alekseev"), ("Лебедев", "Lebedev"), ("Семёнов", "Semyonov"), ("Егоров", "Egorov"),
    ("Павлов", "Pavlov"), ("Козлов", "Kozlov"), ("Степанов", "Stepanov"), ("Николаев", "Nikolaev"),
    ("Орлов", "Orlov"), ("Андреев", "Andreev"), ("Макаров", "Makarov"), ("Никитин", "Nikitin"),
    ("Захаров", "Zakharov"), ("Зайцев", "Zaitsev"), ("Соловьёв", "Solovyov"), ("Борисов", "Borisov"),
    ("Яковлев", "Yakovlev"), ("Григорьев", "Grigoryev"), ("Романов", "Romanov"), ("Воробьёв", "Vorobyov"),
    ("Сергеев", "Sergeev"), ("Белов", "Belov"), ("Тарасов", "Tarasov"), ("Ильин", "Ilyin"),
)  # fmt: skip

# What an organization or a project in an industry makes: (Russian, English), Russian in the nominative.
_PRODUCTS = {
    "information-technology": (
        ("платформа управления проектами", "project management platform"),
        ("система электронного документооборота", "electronic document management system"),
        ("облачная CRM для малого бизнеса", "cloud CRM for small businesses"),
    ),
    "artificial-intelligence": (
        ("платформа предиктивной аналитики", "predictive analytics platform"),
        ("голосовой ассистент для колл-центров", "voice assistant for call centres"),
        ("система распознавания документов", "document recognition system"),
    ),
    "biotechnology": (
        ("тест-система для ПЦР-диагностики", "PCR diagnostic test kit"),
        ("биопрепарат для защиты растений", "biological crop protection product"),
        ("платформа синтеза белков", "protein synthesis platform"),
    ),
    "pharmaceuticals": (
        ("дженерик противовирусного препарата", "generic antiviral drug"),
        ("технология адресной доставки лекарств", "targeted drug delivery technology"),
        ("лекарственная форма длительного действия", "long-acting drug formulation"),
    ),
    "medical-devices": (
        ("портативный кардиомонитор", "portable cardiac monitor"),
        ("роботизированный реабилитационный тренажёр", "robotic rehabilitation trainer"),
        ("система дистанционного мониторинга пациентов", "remote patient monitoring system"),
    ),
    "microelectronics": (
        ("контроллер для промышленного интернета вещей", "industrial IoT controller"),
        ("радиочастотный модуль", "radio-frequency module"),
        ("силовой полупроводниковый модуль", "power semiconductor module"),
    ),
    "robotics": (
        ("складской мобильный робот", "mobile warehouse robot"),
        ("коллаборативный манипулятор", "collaborative robot arm"),
        ("робот для инспекции трубопроводов", "pipeline inspection robot"),
    ),
    "new-materials": (
        ("композитная арматура", "composite rebar"),
        ("термостойкое покрытие", "heat-resistant coating"),
        ("биоразлагаемый полимер", "biodegradable polymer"),
    ),
    "energy-cleantech": (
        ("система накопления энергии", "energy storage system"),
        ("зарядная станция для электромобилей", "electric vehicle charging station"),
        ("установка переработки пластиковых отходов", "plastic waste recycling unit"),
    ),
    "transport-logistics": (
        ("сервис планирования маршрутов", "route planning service"),
        ("беспилотный грузовой электромобиль", "autonomous electric delivery vehicle"),
        ("платформа управления автопарком", "fleet management platform"),
    ),
    "urban-technologies": (
        ("система умного уличного освещения", "smart street lighting system"),
        ("сеть датчиков качества воздуха", "air quality sensor network"),
        ("платформа управления ЖКХ", "housing and utilities management platform"),
    ),
    "fintech": (
        ("сервис онлайн-кредитования для МСП", "online lending service for SMEs"),
        ("платёжный шлюз", "payment gateway"),
        ("система антифрод-мониторинга", "anti-fraud monitoring system"),
    ),
    "edtech": (
        ("онлайн-тренажёр по программированию", "online coding trainer"),
        ("адаптивная платформа обучения", "adaptive learning platform"),
        ("VR-симулятор для подготовки рабочих", "VR simulator for worker training"),
    ),
    "creative-industries": (
        ("сервис для создания анимации", "animation production service"),
        ("платформа для независимых музыкантов", "platform for independent musicians"),
        ("студия виртуального продакшна", "virtual production studio"),
    ),
    "foodtech": (
        ("растительный заменитель мяса", "plant-based meat alternative"),
        ("сервис доставки готовой еды", "ready-meal delivery service"),
        ("линейка функциональных напитков", "range of functional drinks"),
    ),
    "aerospace": (
        ("малый космический аппарат", "small satellite"),
        ("беспилотник для аэрофотосъёмки", "aerial survey drone"),
        ("бортовая система навигации", "onboard navigation system"),
    ),
    "telecommunications": (
        ("базовая станция 5G", "5G base station"),
        ("оптический трансивер", "optical transceiver"),
        ("система спутниковой связи", "satellite communication system"),
    ),
    "chemical-industry": (
        ("катализатор для нефтепереработки", "oil refining catalyst"),
        ("промышленный клей", "industrial adhesive"),
        ("экологичное моющее средство", "eco-friendly detergent"),
    ),
    "mechanical-engineering": (
        ("станок с ЧПУ", "CNC machine tool"),
        ("промышленный насос", "industrial pump"),
        ("гидравлический пресс", "hydraulic press"),
    ),
    "construction-technologies": (
        ("строительный 3D-принтер", "construction 3D printer"),
        ("BIM-платформа для девелоперов", "BIM platform for developers"),
        ("модульное здание", "modular building"),
    ),
    "agritech": (
        ("вертикальная ферма", "vertical farm"),
        ("система точного земледелия", "precision farming system"),
        ("сервис мониторинга посевов", "crop monitoring service"),
    ),
}
_INDUSTRY_WEIGHTS = {
    "information-technology": 14, "artificial-intelligence": 8, "biotechnology": 4, "pharmaceuticals": 3,
    "medical-devices": 4, "microelectronics": 4, "robotics": 4, "new-materials": 3, "energy-cleantech": 4,
    "transport-logistics": 6, "urban-technologies": 4, "fintech": 6, "edtech": 5, "creative-industries": 6,
    "foodtech": 4, "aerospace": 2, "telecommunications": 3, "chemical-industry": 2,
    "mechanical-engineering": 5, "construction-technologies": 4, "agritech": 2,
}  # fmt: skip
# The industries an organization also works in, besides its main one: neighbours of the main industry.
_RELATED_INDUSTRIES = {
    "information-technology": ("artificial-intelligence", "fintech", "edtech", "telecommunications"),
    "artificial-intelligence": (
        "information-technology",
        "robotics",
        "fintech",
        "medical-devices",
    ),
    "biotechnology": ("pharmaceuticals", "agritech", "foodtech", "medical-devices"),
    "pharmaceuticals": ("biotechnology", "chemical-industry", "medical-devices"),
    "medical-devices": ("biotechnology", "microelectronics", "artificial-intelligence"),
    "microelectronics": (
        "telecommunications",
        "robotics",
        "aerospace",
    ),
    "robotics": ("mechanical-engineering", "artificial-intelligence", "microelectronics"),
    "new-materials": ("chemical-industry", "construction-technologies", "aerospace"),
    "energy-cleantech": ("new-materials", "urban-technologies", "construction-technologies"),
    "transport-logistics": ("information-technology", "urban-technologies", "artificial-intelligence"),
    "urban-technologies": ("information-technology", "construction-technologies", "energy-cleantech"),
    "fintech": ("information-technology", "artificial-intelligence"),
    "edtech": ("information-technology", "creative-industries"),
    "creative-industries": ("information-technology", "edtech"),
    "foodtech": ("agritech", "biotechnology"),
    "aerospace": (
        "mechanical-engineering",
        "microelectronics",
        "new-materials",
    ),
    "telecommunications": ("microelectronics", "information-technology"),
    "chemical-industry": ("new-materials", "pharmaceuticals"),
    "mechanical-engineering": ("robotics", "aerospace", "transport-logistics"),
    "construction-technologies": ("new-materials", "urban-technologies", "energy-cleantech"),
    "agritech": ("foodtech", "biotechnology", "robotics"),
}
# The technologies a project of an industry is built on; its description names the ones it uses.
_TECHNOLOGIES = {
    "information-technology": ("cloud-computing", "cybersecurity", "big-data", "distributed-ledgers"),
    "artificial-intelligence": (
        "machine-learning",
        "computer-vision",
        "natural-language-processing",
        "big-data",
    ),
    "biotechnology": ("genomics-gene-editing", "big-data", "nanotechnology"),
    "pharmaceuticals": ("genomics-gene-editing", "nanotechnology", "machine-learning"),
    "medical-devices": ("robotics-sensors", "machine-learning", "neurotechnology", "computer-vision"),
    "microelectronics": (
        "nanotechnology",
        "internet-of-things",
        "wireless-communication",
        "quantum-technologies",
    ),
    "robotics": ("robotics-sensors", "computer-vision", "machine-learning", "digital-twins"),
    "new-materials": ("nanotechnology", "additive-manufacturing", "computer-aided-engineering"),
    "energy-cleantech": ("energy-storage", "internet-of-things", "digital-twins"),
    "transport-logistics": ("internet-of-things", "big-data", "computer-vision", "machine-learning"),
    "urban-technologies": ("internet-of-things", "digital-twins", "big-data", "5g-networks"),
    "fintech": ("distributed-ledgers", "machine-learning", "cybersecurity", "big-data"),
    "edtech": ("virtual-augmented-reality", "cloud-computing", "machine-learning"),
    "creative-industries": ("virtual-augmented-reality", "computer-vision", "additive-manufacturing"),
    "foodtech": ("genomics-gene-editing", "internet-of-things", "robotics-sensors"),
    "aerospace": (
        "computer-aided-engineering",
        "additive-manufacturing",
        "wireless-communication",
        "digital-twins",
    ),
    "telecommunications": ("5g-networks", "wireless-communication", "internet-of-things", "cybersecurity"),
    "chemical-industry": ("nanotechnology", "digital-twins", "computer-aided-engineering"),
    "mechanical-engineering": (
        "computer-aided-engineering",
        "digital-twins",
        "additive-manufacturing",
        "robotics-sensors",
    ),
    "construction-technologies": ("digital-twins", "computer-aided-engineering", "internet-of-things"),
    "agritech": ("internet-of-things", "computer-vision", "genomics-gene-editing", "robotics-sensors"),
}
_ORGANIZATION_EXTRAS = (
    ("Ищет партнёров для пилотных внедрений.", "Looking for partners for pilot deployments."),
    ("Поставляет продукцию в страны СНГ и Азии.", "Exports to CIS and Asian countries."),
    ("Имеет собственную испытательную лабораторию.", "Runs its own testing laboratory."),
    (
        "Участвует в программах поддержки Московского инновационного кластера.",
        "Takes part in the Moscow Innovation Cluster's support programmes.",
    ),
    ("Разрабатывает решения под задачи заказчика.", "Builds custom solutions for its customers."),
    ("Ведёт совместные НИОКР с московскими университетами.", "Runs joint R&D with Moscow universities."),
)

_PREMISES_KINDS = {
    # kind: (weight, Russian title, English title, area range, rent range, feature pool)
    PremisesKind.OFFICE: (35, "Офис", "Office", (15, 800), (1200, 4000),
                          ("fibre-internet", "furnished", "parking", "security", "step-free", "ventilation")),
    PremisesKind.PRODUCTION: (25, "Производственное помещение", "Production space", (100, 5000), (500, 1600),
                              ("high-power", "crane", "ventilation", "loading-dock", "freight-lift", "gas",
                               "water-drainage", "parking", "security")),
    PremisesKind.LABORATORY: (10, "Лаборатория", "Laboratory", (30, 600), (1500, 3500),
                              ("clean-room", "ventilation", "high-power", "water-drainage", "gas", "security",
                               "step-free", "fibre-internet")),
    PremisesKind.WAREHOUSE: (12, "Склад", "Warehouse", (100, 5000), (500, 1200),
                             ("loading-dock", "freight-lift", "security", "parking", "crane")),
    PremisesKind.COWORKING: (10, "Место в коворкинге", "Coworking space", (10, 60), (2000, 4000),
                             ("fibre-internet", "furnished", "security", "step-free")),
    PremisesKind.SHOWROOM: (8, "Шоурум", "Showroom", (50, 600), (1500, 4000),
                            ("step-free", "parking", "security", "fibre-internet")),
}  # fmt: skip
_PREMISES_SENTENCES = {
    PremisesKind.OFFICE: (
        ("Офис открытой планировки с панорамными окнами.", "An open-plan office with panoramic windows."),
        ("Кабинетная планировка, отдельный вход.", "Cellular layout with a separate entrance."),
    ),
    PremisesKind.PRODUCTION: (
        (
            "Высота потолков 8 м, бетонный пол с нагрузкой до 5 т/м².",
            "8 m ceilings, concrete floor rated to 5 t/m².",
        ),
        (
            "Подходит для сборочного и механообрабатывающего производства.",
            "Suitable for assembly and machining.",
        ),
    ),
    PremisesKind.LABORATORY: (
        (
            "Отделка по лабораторным нормам, есть вытяжные шкафы.",
            "Finished to laboratory standards, with fume cupboards.",
        ),
        ("Подходит для химических и биологических лабораторий.", "Suitable for chemistry and biology labs."),
    ),
    PremisesKind.WAREHOUSE: (
        ("Отапливаемый склад с высокими стеллажами.", "A heated warehouse with high racking."),
        (
            "Подходит для хранения комплектующих и готовой продукции.",
            "Suitable for components and finished goods.",
        ),
    ),
    PremisesKind.COWORKING: (
        (
            "Рабочее место в коворкинге с переговорными и кухней.",
            "A desk in a coworking space with meeting rooms and a kitchen.",
        ),
        (
            "Доступ круглосуточно, интернет и печать включены в цену.",
            "Open around the clock; internet and printing included.",
        ),
    ),
    PremisesKind.SHOWROOM: (
        ("Шоурум на первой линии с витринными окнами.", "A street-front showroom with display windows."),
        (
            "Подходит для демонстрации продукции и презентаций.",
            "Suitable for product displays and presentations.",
        ),
    ),
}

_STAGE_WEIGHTS = {
    ProjectStage.IDEA: 15,
    ProjectStage.PROTOTYPE: 25,
    ProjectStage.MVP: 25,
    ProjectStage.PILOT: 20,
    ProjectStage.SCALING: 15,
}
_STAGE_SENTENCES = {
    ProjectStage.IDEA: (
        "Проект на стадии идеи: команда проверяет гипотезы с потенциальными заказчиками.",
        "The project is at the idea stage: the team is testing hypotheses with potential customers.",
    ),
    ProjectStage.PROTOTYPE: (
        "Готов работающий прототип, идут лабораторные испытания.",
        "A working prototype is ready and in laboratory testing.",
    ),
    ProjectStage.MVP: (
        "Запущен минимальный жизнеспособный продукт, первые клиенты уже пользуются им.",
        "A minimum viable product has been launched and the first customers are using it.",
    ),
    ProjectStage.PILOT: (
        "Идёт пилотное внедрение у первого крупного заказчика.",
        "A pilot deployment with the first major customer is under way.",
    ),
    ProjectStage.SCALING: (
        "Продукт выведен на рынок, команда масштабирует продажи в регионах.",
        "The product is on the market and the team is scaling sales across regions.",
    ),
}
_CUSTOMERS = {
    "industry": ("промышленных предприятий", "industrial companies"),
    "city": ("городских служб", "city services"),
    "health": ("медицинских организаций", "healthcare providers"),
    "retail": ("розничных сетей", "retail chains"),
    "banks": ("банков", "banks"),
    "logistics": ("логистических компаний", "logistics companies"),
    "universities": ("университетов", "universities"),
    "schools": ("школ и колледжей", "schools and colleges"),
    "developers": ("девелоперов", "property developers"),
    "builders": ("строительных компаний", "construction companies"),
    "agro": ("агрохолдингов", "agricultural holdings"),
    "food": ("пищевых производств", "food producers"),
    "pharma": ("фармацевтических компаний", "pharmaceutical companies"),
    "labs": ("исследовательских лабораторий", "research laboratories"),
    "energy": ("энергетических компаний", "energy companies"),
    "telecom": ("операторов связи", "telecom operators"),
    "aviation": ("авиастроительных предприятий", "aircraft manufacturers"),
    "media": ("медиакомпаний и издателей", "media companies and publishers"),
    "sme": ("малого и среднего бизнеса", "small and medium-sized businesses"),
}
# Who buys what a project of an industry makes.
_CUSTOMERS_BY_INDUSTRY = {
    "information-technology": ("sme", "banks", "retail", "city", "industry"),
    "artificial-intelligence": ("banks", "retail", "industry", "health", "city"),
    "biotechnology": ("health", "pharma", "labs", "agro"),
    "pharmaceuticals": ("health", "pharma"),
    "medical-devices": ("health", "labs"),
    "microelectronics": ("industry", "telecom", "aviation"),
    "robotics": ("industry", "logistics", "retail"),
    "new-materials": ("industry", "builders", "aviation"),
    "energy-cleantech": ("energy", "city", "industry", "developers"),
    "transport-logistics": ("logistics", "retail", "city"),
    "urban-technologies": ("city", "developers"),
    "fintech": ("banks", "sme", "retail"),
    "edtech": ("universities", "schools", "industry"),
    "creative-industries": ("media", "retail", "schools"),
    "foodtech": ("food", "retail"),
    "aerospace": ("aviation", "telecom"),
    "telecommunications": ("telecom", "city", "industry"),
    "chemical-industry": ("industry", "energy", "agro"),
    "mechanical-engineering": ("industry", "energy", "aviation"),
    "construction-technologies": ("builders", "developers"),
    "agritech": ("agro", "food"),
}
_INVESTMENTS_MILLIONS = (3, 5, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500)

# Contract manufacturing: the capabilities of an industry, the materials of a capability.
_CAPABILITIES = {
    "microelectronics": ("pcb-assembly", "electronics-design", "cable-assembly", "injection-moulding",
                         "3d-printing"),
    "telecommunications": ("pcb-assembly", "electronics-design", "cable-assembly", "sheet-metal"),
    "medical-devices": ("injection-moulding", "cnc-machining", "pcb-assembly", "3d-printing",
                        "electronics-design"),
    "robotics": ("cnc-machining", "pcb-assembly", "electronics-design", "3d-printing", "sheet-metal",
                 "laser-cutting"),
    "mechanical-engineering": ("cnc-machining", "sheet-metal", "laser-cutting", "welding", "casting",
                               "powder-coating"),
    "aerospace": ("cnc-machining", "3d-printing", "casting", "welding", "electronics-design"),
    "transport-logistics": ("sheet-metal", "welding", "powder-coating", "cable-assembly", "laser-cutting"),
    "new-materials": ("casting", "3d-printing", "injection-moulding", "powder-coating"),
    "chemical-industry": ("injection-moulding", "powder-coating", "casting"),
    "pharmaceuticals": ("pharma-contract", "injection-moulding"),
    "biotechnology": ("pharma-contract", "food-packaging"),
    "foodtech": ("food-packaging",),
    "agritech": ("food-packaging", "sheet-metal", "welding"),
    "creative-industries": ("textile-sewing", "3d-printing", "laser-cutting"),
    "energy-cleantech": ("sheet-metal", "welding", "laser-cutting", "powder-coating", "cable-assembly"),
    "construction-technologies": ("welding", "sheet-metal", "laser-cutting", "powder-coating", "casting"),
}  # fmt: skip
_MANUFACTURING_INDUSTRY_WEIGHTS = {
    "microelectronics": 10, "telecommunications": 4, "medical-devices": 8, "robotics": 6,
    "mechanical-engineering": 20, "aerospace": 4, "transport-logistics": 4, "new-materials": 6,
    "chemical-industry": 4, "pharmaceuticals": 4, "biotechnology": 2, "foodtech": 8, "agritech": 2,
    "creative-industries": 6, "energy-cleantech": 6, "construction-technologies": 6,
}  # fmt: skip
_MATERIALS = {
    "cnc-machining": ("steel", "stainless-steel", "aluminium", "titanium", "copper", "polyamide"),
    "injection-moulding": ("abs", "polyamide", "polycarbonate", "silicone"),
    "pcb-assembly": ("fr4", "copper"),
    "3d-printing": ("polyamide", "abs", "titanium", "composites", "polycarbonate"),
    "sheet-metal": ("steel", "stainless-steel", "aluminium", "copper"),
    "laser-cutting": ("steel", "stainless-steel", "aluminium", "composites"),
    "welding": ("steel", "stainless-steel", "aluminium", "titanium"),
    "casting": ("aluminium", "copper", "steel"),
    "powder-coating": ("steel", "aluminium"),
    "electronics-design": ("fr4",),
    "cable-assembly": ("copper", "silicone"),
    "textile-sewing": ("textiles",),
    "food-packaging": (),
    "pharma-contract": (),
}
_CERTIFICATIONS = {
    "medical-devices": ("iso-13485",),
    "aerospace": ("as-9100", "gost-rv"),
    "mechanical-engineering": ("iatf-16949", "gost-rv"),
    "transport-logistics": ("iatf-16949",),
    "microelectronics": ("gost-rv",),
    "pharmaceuticals": ("gmp",),
    "biotechnology": ("gmp",),
    "foodtech": ("haccp",),
    "agritech": ("haccp",),
}
_COMMON_CERTIFICATIONS = ("iso-9001", "iso-14001")
_MANUFACTURER_EXTRAS = (
    ("Работаем по чертежам и 3D-моделям заказчика.", "We work from the customer's drawings and 3D models."),
    (
        "Собственное конструкторское бюро адаптирует изделия к производству.",
        "Our design office adapts products for manufacturing.",
    ),
    ("Изготавливаем опытные образцы и серийные партии.", "We make prototypes and production runs."),
    (
        "Доставка по Москве и области собственным транспортом.",
        "Delivery in Moscow and the region by our own transport.",
    ),
    (
        "Входной и выходной контроль качества на каждой партии.",
        "Incoming and outgoing quality control on every batch.",
    ),
)


# Manufacturing orders: what a buyer of an industry needs made. Per product: its name (Russian in the
# nominative plural, which is also its accusative), the letters of its designation, what it says about
# itself, the capabilities it needs (the first is the main one), the materials it can be made of (those
# of its capabilities), the certificates a buyer may require, the industries that order it, the batch
# sizes ordered and the price of a piece in roubles (low, high).
@dataclass(frozen=True)
class _Product:
    ru: str
    en: str
    code: tuple[str, str]
    about: tuple[str, str]
    capabilities: tuple[str, ...]
    materials: tuple[str, ...]
    certifications: tuple[str, ...]
    industries: tuple[str, ...]
    batches: tuple[int, ...]
    price: tuple[int, int]


_ORDER_PRODUCTS = (
    _Product(
        "Корпуса датчиков", "Sensor housings", ("КД", "KD"),
        ("Фрезерованные корпуса с посадочными местами под плату и уплотнение.",
         "Milled housings with seats for the board and a seal."),
        ("cnc-machining",), ("aluminium", "stainless-steel"), (),
        ("microelectronics", "robotics", "urban-technologies", "energy-cleantech", "agritech"),
        (50, 100, 200, 500, 1000), (900, 4500),
    ),
    _Product(
        "Корпуса приборов", "Instrument enclosures", ("КП", "KP"),
        ("Корпус из двух половин на защёлках, с окном под дисплей.",
         "A two-part snap-fit enclosure with a display window."),
        ("injection-moulding",), ("abs", "polycarbonate"), (),
        ("microelectronics", "telecommunications", "urban-technologies", "energy-cleantech"),
        (1000, 2000, 5000, 10_000), (60, 350),
    ),
    _Product(
        "Платы контроллеров", "Controller boards", ("ПК", "PK"),
        ("Поверхностный монтаж по готовым Gerber-файлам и спецификации, с функциональным контролем.",
         "Surface-mount assembly from the buyer's Gerber files and parts list, with functional testing."),
        ("pcb-assembly",), ("fr4",), (),
        ("microelectronics", "robotics", "energy-cleantech", "transport-logistics", "agritech"),
        (100, 300, 500, 1000, 2000, 5000), (400, 3500),
    ),
    _Product(
        "Блоки управления", "Control units", ("БУ", "BU"),
        ("Нужны схемотехника и трассировка платы по техническому заданию, затем опытная и серийная партии.",
         "Circuit design and board layout to the buyer's specification, then a pilot and a production run."),
        ("electronics-design", "pcb-assembly"), ("fr4",), (),
        ("robotics", "energy-cleantech", "agritech", "urban-technologies"),
        (20, 50, 100, 300), (3000, 20_000),
    ),
    _Product(
        "Кабельные жгуты", "Cable harnesses", ("КЖ", "KZh"),
        ("Жгуты по схеме заказчика, с маркировкой проводов и проверкой на обрыв.",
         "Harnesses to the buyer's wiring diagram, with marked wires and continuity testing."),
        ("cable-assembly",), ("copper", "silicone"), (),
        ("transport-logistics", "robotics", "energy-cleantech", "telecommunications", "aerospace"),
        (200, 500, 1000, 3000), (300, 2500),
    ),
    _Product(
        "Кронштейны крепления", "Mounting brackets", ("КР", "KR"),
        ("Кронштейны по чертежам: вырезка, гибка, отверстия под крепёж.",
         "Brackets to drawings: cut, bent and drilled for fasteners."),
        ("laser-cutting", "sheet-metal"), ("steel", "stainless-steel", "aluminium"), (),
        ("construction-technologies", "urban-technologies", "energy-cleantech", "telecommunications"),
        (500, 1000, 2000, 5000), (80, 600),
    ),
    _Product(
        "Телекоммуникационные шкафы", "Telecom cabinets", ("ШТ", "ShT"),
        ("Уличные шкафы со степенью защиты IP55, с дверью на замке.",
         "Outdoor IP55 cabinets with a lockable door."),
        ("sheet-metal", "powder-coating"), ("steel", "aluminium"), (),
        ("telecommunications", "energy-cleantech", "urban-technologies"),
        (20, 50, 100, 200), (9000, 45_000),
    ),
    _Product(
        "Рамы зарядных станций", "Charging station frames", ("РЗ", "RZ"),
        ("Сварные рамы стоек зарядных станций с антикоррозийным покрытием.",
         "Welded frames for charging posts with an anti-corrosion finish."),
        ("welding", "powder-coating"), ("steel", "stainless-steel"), (),
        ("energy-cleantech", "transport-logistics", "urban-technologies"),
        (20, 50, 100, 300), (12_000, 60_000),
    ),
    _Product(
        "Валы и втулки", "Shafts and bushings", ("ВВ", "VV"),
        ("Токарно-фрезерная обработка, допуски по 7-му квалитету.",
         "Turned and milled parts, tolerances to IT7."),
        ("cnc-machining",), ("steel", "stainless-steel", "copper"), (),
        ("mechanical-engineering", "robotics", "agritech", "transport-logistics"),
        (100, 200, 500, 1000), (500, 6000),
    ),
    _Product(
        "Детали манипуляторов", "Robot arm parts", ("ДМ", "DM"),
        ("Звенья и фланцы манипулятора с точными посадками под подшипники.",
         "Links and flanges of a robot arm with precision bearing seats."),
        ("cnc-machining",), ("aluminium", "titanium"), (),
        ("robotics", "mechanical-engineering"),
        (20, 50, 100, 200), (2500, 30_000),
    ),
    _Product(
        "Прототипы корпусов", "Housing prototypes", ("ПР", "PR"),
        ("Опытные образцы корпуса для испытаний и показа заказчикам.",
         "Prototype housings for testing and for showing to customers."),
        ("3d-printing",), ("polyamide", "abs", "polycarbonate"), (),
        ("robotics", "urban-technologies", "microelectronics", "creative-industries", "edtech"),
        (5, 10, 20, 50), (1500, 12_000),
    ),
    _Product(
        "Кронштейны для беспилотников", "Drone brackets", ("КБ", "KB"),
        ("Облегчённые кронштейны подвеса камеры и аккумулятора.",
         "Lightweight brackets for the camera gimbal and the battery."),
        ("3d-printing",), ("titanium", "polyamide", "composites"), (),
        ("aerospace", "robotics", "agritech"),
        (50, 100, 200), (3000, 25_000),
    ),
    _Product(
        "Корпуса насосов", "Pump housings", ("КН", "KN"),
        ("Литые корпуса с последующей механообработкой посадочных поверхностей.",
         "Cast housings with the mating surfaces machined afterwards."),
        ("casting", "cnc-machining"), ("aluminium", "steel"), (),
        ("mechanical-engineering", "energy-cleantech", "agritech"),
        (50, 100, 300, 500), (4000, 25_000),
    ),
    _Product(
        "Радиаторы охлаждения", "Heat sinks", ("РО", "RO"),
        ("Радиаторы для силовой электроники, рёбра по чертежу, фрезеровка основания.",
         "Heat sinks for power electronics, fins to drawing, milled base."),
        ("casting", "cnc-machining"), ("aluminium", "copper"), (),
        ("microelectronics", "energy-cleantech", "telecommunications"),
        (200, 500, 1000, 2000), (300, 2500),
    ),
    _Product(
        "Уплотнители", "Seals", ("УП", "UP"),
        ("Уплотнительные кольца и прокладки по чертежу, пищевой или медицинский силикон.",
         "O-rings and gaskets to drawing, in food-grade or medical-grade silicone."),
        ("injection-moulding",), ("silicone",), (),
        ("medical-devices", "mechanical-engineering", "foodtech"),
        (5000, 10_000, 20_000, 50_000), (5, 60),
    ),
    _Product(
        "Защитные чехлы для приборов", "Protective instrument covers", ("ЗЧ", "ZCh"),
        ("Чехлы с карманами и ремнём, по выкройкам заказчика.",
         "Covers with pockets and a strap, to the buyer's patterns."),
        ("textile-sewing",), ("textiles",), (),
        ("medical-devices", "edtech", "urban-technologies", "creative-industries"),
        (200, 500, 1000, 2000), (250, 1500),
    ),
    _Product(
        "Комплекты форменной одежды", "Uniform sets", ("ФО", "FO"),
        ("Куртка и брюки с нанесением логотипа, размерный ряд от 44 до 60.",
         "Jacket and trousers with the logo applied, sizes 44 to 60."),
        ("textile-sewing",), ("textiles",), (),
        ("creative-industries", "transport-logistics", "foodtech", "edtech"),
        (100, 300, 500, 1000), (900, 4000),
    ),
    _Product(
        "Злаковые батончики", "Cereal bars", ("ЗБ", "ZB"),
        ("Фасовка батончиков по рецептуре заказчика в индивидуальную упаковку.",
         "Bars made to the buyer's recipe and packed individually."),
        ("food-packaging",), (), ("haccp",),
        ("foodtech", "agritech"),
        (10_000, 20_000, 50_000), (15, 45),
    ),
    _Product(
        "Порционные соусы", "Single-serve sauces", ("ПС", "PS"),
        ("Фасовка соусов в порционные пакеты-саше по 20 г.",
         "Sauces packed in 20 g single-serve sachets."),
        ("food-packaging",), (), ("haccp",),
        ("foodtech",),
        (20_000, 50_000, 100_000), (4, 15),
    ),
    _Product(
        "Таблетки дженерика", "Generic tablets", ("ТД", "TD"),
        ("Производство таблетированной формы по зарегистрированной документации заказчика.",
         "Tablets made to the buyer's registered documentation."),
        ("pharma-contract",), (), ("gmp",),
        ("pharmaceuticals", "biotechnology"),
        (50_000, 100_000, 200_000), (2, 12),
    ),
    _Product(
        "Флаконы с реагентами", "Reagent vials", ("ФР", "FR"),
        ("Розлив реагентов для диагностических наборов во флаконы с маркировкой.",
         "Reagents for diagnostic kits filled into labelled vials."),
        ("pharma-contract",), (), ("gmp",),
        ("biotechnology", "pharmaceuticals", "medical-devices"),
        (1000, 5000, 10_000), (50, 400),
    ),
    _Product(
        "Лицевые панели", "Front panels", ("ЛП", "LP"),
        ("Панели с вырезами под разъёмы и индикаторы, окраска в цвет по RAL.",
         "Panels with cut-outs for connectors and indicators, painted to a RAL colour."),
        ("laser-cutting", "powder-coating"), ("aluminium", "steel"), (),
        ("microelectronics", "telecommunications", "energy-cleantech"),
        (100, 300, 500, 1000), (300, 2000),
    ),
    _Product(
        "Корпуса аккумуляторных модулей", "Battery module casings", ("КА", "KA"),
        ("Герметичные корпуса модулей с креплениями для ячеек.",
         "Sealed module casings with mountings for the cells."),
        ("sheet-metal", "welding"), ("aluminium", "stainless-steel"), (),
        ("energy-cleantech", "transport-logistics"),
        (50, 100, 300, 500), (3000, 15_000),
    ),
    _Product(
        "Крыльчатки вентиляторов", "Fan impellers", ("КВ", "KV"),
        ("Литые крыльчатки с балансировкой после механообработки.",
         "Cast impellers, balanced after machining."),
        ("casting", "cnc-machining"), ("aluminium", "steel"), (),
        ("mechanical-engineering", "energy-cleantech", "aerospace"),
        (20, 50, 100, 200), (8000, 60_000),
    ),
    _Product(
        "Композитные панели", "Composite panels", ("КМ", "KM"),
        ("Раскрой панелей обшивки по развёрткам заказчика.",
         "Skin panels cut to the buyer's flat patterns."),
        ("laser-cutting",), ("composites",), (),
        ("aerospace", "transport-logistics", "construction-technologies"),
        (50, 100, 300), (2000, 15_000),
    ),
    _Product(
        "Антенные модули", "Antenna modules", ("АМ", "AM"),
        ("Монтаж плат антенного модуля и кабельных выводов с разъёмами.",
         "Antenna module boards assembled with their cable leads and connectors."),
        ("pcb-assembly", "cable-assembly"), ("fr4", "copper"), (),
        ("telecommunications", "aerospace", "urban-technologies"),
        (100, 300, 500, 1000), (1500, 9000),
    ),
    _Product(
        "Защитные ограждения оборудования", "Machine guards", ("ОГ", "OG"),
        ("Сварные ограждения роботизированных ячеек с сетчатым заполнением.",
         "Welded guards for robot cells with mesh infill."),
        ("welding", "powder-coating"), ("steel",), (),
        ("robotics", "mechanical-engineering", "foodtech"),
        (20, 50, 100), (8000, 40_000),
    ),
    _Product(
        "Корпуса медицинских изделий", "Medical device housings", ("КИ", "KI"),
        ("Корпуса из материалов, допущенных для медицинских изделий, с ультразвуковой сваркой половин.",
         "Housings in materials approved for medical devices, with ultrasonically welded halves."),
        ("injection-moulding",), ("polycarbonate", "abs"), ("iso-13485",),
        ("medical-devices",),
        (1000, 3000, 5000, 10_000), (90, 500),
    ),
    _Product(
        "Заготовки хирургических инструментов", "Surgical instrument blanks", ("ХИ", "KhI"),
        ("Заготовки зажимов и ретракторов с последующей полировкой.",
         "Blanks for clamps and retractors, polished afterwards."),
        ("cnc-machining",), ("stainless-steel", "titanium"), ("iso-13485",),
        ("medical-devices",),
        (100, 200, 500), (1500, 9000),
    ),
    _Product(
        "Детали конструкции малых спутников", "Small satellite structural parts", ("ДС", "DS"),
        ("Панели и стойки каркаса спутника формата CubeSat с контролем геометрии.",
         "Panels and rails of a CubeSat frame, with dimensional inspection."),
        ("cnc-machining",), ("aluminium", "titanium"), ("as-9100", "gost-rv"),
        ("aerospace",),
        (5, 10, 20, 50), (20_000, 150_000),
    ),
    _Product(
        "Кронштейны автомобильной электроники", "Automotive electronics brackets", ("АК", "AK"),
        ("Штампованные кронштейны блоков электроники для серийных автомобилей.",
         "Pressed brackets for electronic units of series-production cars."),
        ("sheet-metal",), ("steel", "aluminium"), ("iatf-16949",),
        ("transport-logistics", "mechanical-engineering"),
        (1000, 3000, 5000, 10_000), (40, 300),
    ),
)  # fmt: skip
# How a title names a capability's work, and a material after «из» / "in": (Russian, English).
_WORK = {
    "cnc-machining": ("фрезерная обработка с ЧПУ", "CNC milling"),
    "injection-moulding": ("литьё под давлением", "injection moulding"),
    "pcb-assembly": ("монтаж плат", "PCB assembly"),
    "3d-printing": ("3D-печать", "3D printing"),
    "sheet-metal": ("листовая обработка", "sheet metal work"),
    "laser-cutting": ("лазерная резка", "laser cutting"),
    "welding": ("сварка", "welding"),
    "casting": ("литьё", "casting"),
    "powder-coating": ("порошковая окраска", "powder coating"),
    "electronics-design": ("разработка электроники", "electronics design"),
    "cable-assembly": ("кабельная сборка", "cable assembly"),
    "textile-sewing": ("пошив", "sewing"),
    "food-packaging": ("фасовка", "packing"),
    "pharma-contract": ("контрактное производство", "contract manufacturing"),
}
_MATERIALS_GENITIVE = {
    "steel": "стали",
    "stainless-steel": "нержавеющей стали",
    "aluminium": "алюминия",
    "titanium": "титана",
    "copper": "меди",
    "abs": "ABS-пластика",
    "polyamide": "полиамида",
    "polycarbonate": "поликарбоната",
    "composites": "композитов",
    "fr4": "стеклотекстолита FR-4",
    "silicone": "силикона",
    "textiles": "текстиля",
}
_OPEN_SHARE = 2 / 3
_BUDGET_SHARE = 0.6
_BUYERS_IN_THEIR_REGION = 0.7  # the rest have the batch delivered to Moscow


# --- Identifiers ---------------------------------------------------------------------------------------

_INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS_FIRST = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS_SECOND = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _scatter(index: int, modulus: int) -> int:
    """A serial number that looks random but is distinct for each index below `modulus` (a power of ten):
    the multiplier is coprime with 10, so this is a permutation of range(modulus)."""
    return (index * 7_368_787 + 1_234_567) % modulus


def _check_digit(digits: str, weights: tuple[int, ...]) -> str:
    return str(sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 % 10)


def legal_entity_inn(region: str, index: int) -> str:
    """Region code, seven digits (inspection and record number), check digit: unique per index < 10**7."""
    head = f"{region}{_scatter(index, 10**7):07d}"
    return head + _check_digit(head, _INN10_WEIGHTS)


def sole_proprietor_inn(region: str, index: int) -> str:
    """Region code, eight digits, two check digits: unique per index < 10**8."""
    head = f"{region}{_scatter(index, 10**8):08d}"
    head += _check_digit(head, _INN12_WEIGHTS_FIRST)
    return head + _check_digit(head, _INN12_WEIGHTS_SECOND)


def ogrn(region: str, year: int, index: int) -> str:
    """1, the year's last two digits, region code, seven digits, check digit (mod 11)."""
    head = f"1{year % 100:02d}{region}{_scatter(index, 10**7):07d}"
    return head + str(int(head) % 11 % 10)


def ogrnip(region: str, year: int, index: int) -> str:
    """3, the year's last two digits, region code, nine digits, check digit (mod 13)."""
    head = f"3{year % 100:02d}{region}{_scatter(index, 10**9):09d}"
    return head + str(int(head) % 13 % 10)


# --- Generators --------------------------------------------------------------------------------------------


def _main_role(index: int) -> str:
    draw = _rng("organization-role", index).random()
    if draw < 0.03:
        return "investor"
    if draw < 0.08:
        return "industrial-partner"
    if draw < 0.16:
        return "partner"
    return "participant"


def _compound(head: tuple[str, str], tail: tuple[str, str]) -> tuple[str, str] | None:
    """A one-word brand: «Инфо» + «лайн» = «Инфолайн» / "Infoline"; None where the halves repeat."""
    if tail[1] in head[1].lower():
        return None
    return head[0] + tail[0], head[1] + tail[1]


# What sets a company's name apart once its industry's names are all taken, as companies do with a region
# («Фармлайн Урал»); only the larger scales of seed_demo (--scale) get that far.
_NAME_SERIES = (
    ("Урал", "Ural"),
    ("Сибирь", "Siberia"),
    ("Волга", "Volga"),
    ("Балтика", "Baltika"),
    ("Кубань", "Kuban"),
    ("Алтай", "Altai"),
    ("Дон", "Don"),
    ("Кама", "Kama"),
    ("Нева", "Neva"),
    ("Ока", "Oka"),
    ("Енисей", "Yenisei"),
    ("Байкал", "Baikal"),
    ("Амур", "Amur"),
    ("Ладога", "Ladoga"),
    ("Онега", "Onega"),
    ("Селигер", "Seliger"),
)


@cache
def _company_names(industry: str, series: int = 0) -> tuple[tuple[str, str], ...]:
    """Every name a company of the industry can have, without its legal form, in a fixed order: brand and
    descriptor («Меридиан Фарма»), compound («Фармлайн»), compound and descriptor («Фармлайн Биотех»);
    in a `series` above 0, each of those with the series' region («Фармлайн Биотех Урал»)."""
    if series:
        region_ru, region_en = _NAME_SERIES[series - 1]
        return tuple((f"{ru} {region_ru}", f"{en} {region_en}") for ru, en in _company_names(industry))
    descriptors = DESCRIPTORS[industry]
    compounds = [
        name for head in HEADS[industry] for tail in TAILS if (name := _compound(head, tail)) is not None
    ]
    names = [(f"{b_ru} {d_ru}", f"{b_en} {d_en}") for b_ru, b_en in BRANDS for d_ru, d_en in descriptors]
    names += compounds
    names += [
        (f"{c_ru} {d_ru}", f"{c_en} {d_en}")
        for c_ru, c_en in compounds
        for d_ru, d_en in descriptors
        if d_en.split()[0].lower() not in c_en.lower() and c_en.lower() not in d_en.lower()
    ]
    return tuple(names)


@cache
def _institution_names(legal_form: str) -> tuple[tuple[str, str, str, str], ...]:
    """(Russian name, English name, website words, industry) of every state institution or non-profit."""
    templates = STATE_TEMPLATES if legal_form == LegalForm.STATE_INSTITUTION else NON_PROFIT_TEMPLATES
    return tuple(
        (
            template_ru.format(field_ru),
            template_en.format(field_en),
            f"{field_en.removeprefix('the ')} {template_en.split()[0]}",  # applied-mechanics-research
            industry,
        )
        for template_ru, template_en in templates
        for field_ru, field_en, industry in RESEARCH_FIELDS
    )


@cache
def _people() -> tuple[tuple[str, str], ...]:
    """Every ("Фамилия Имя Отчество", "First Patronymic Last") a sole proprietor can have."""
    people = []
    for surname_ru, surname_en in _SURNAMES:
        for father in _MALE_NAMES:
            for first_ru, first_en, *_ in _MALE_NAMES:
                people.append(
                    (f"{surname_ru} {first_ru} {father[2]}", f"{first_en} {father[4]} {surname_en}")
                )
            for first_ru, first_en in _FEMALE_NAMES:
                people.append(
                    (f"{surname_ru}а {first_ru} {father[3]}", f"{first_en} {father[5]} {surname_en}a")
                )
    return tuple(people)


_NAME_ATTEMPTS = 40


def _unused(rng: random.Random, names: tuple, taken: set[str]):
    """A name from `names` whose Russian and English forms are not in `taken`: drawn at random, or, when
    the draws keep hitting taken names, the next free one after a random place; None if all are taken."""
    for _ in range(_NAME_ATTEMPTS):
        name = rng.choice(names)
        if name[0] not in taken and name[1] not in taken:
            return name
    start = rng.randrange(len(names))
    for offset in range(len(names)):
        name = names[(start + offset) % len(names)]
        if name[0] not in taken and name[1] not in taken:
            return name
    return None


@dataclass(frozen=True)
class Identity:
    """An organization's legal form, names, the English words of its website's address and main industry."""

    legal_form: str
    name_ru: str
    name_en: str
    site_words: str
    industry: str


def _identities(plan: Plan) -> tuple[Identity, ...]:
    """Every organization's identity, each name used once: two rows never name the same organization.
    Built in index order, since whether a name is free depends on the organizations before it."""
    taken: set[str] = set()
    # The lists whose names are all taken: looking through them again would find nothing, slowly.
    exhausted: set[tuple] = set()

    def unused(rng: random.Random, names: tuple, *which):
        if which in exhausted:
            return None
        found = _unused(rng, names, taken)
        if found is None:
            exhausted.add(which)
        return found

    identities = []
    for index in range(plan.organizations):
        rng = _rng("organization-name", index)
        manufacturer = index in plan.manufacturer_set
        legal_form = _pick(rng, _MANUFACTURER_LEGAL_FORM_WEIGHTS if manufacturer else _LEGAL_FORM_WEIGHTS)
        industry = _pick(rng, _MANUFACTURING_INDUSTRY_WEIGHTS if manufacturer else _INDUSTRY_WEIGHTS)
        identity = None
        if legal_form in (LegalForm.STATE_INSTITUTION, LegalForm.NON_PROFIT):
            found = unused(rng, _institution_names(legal_form), legal_form)
            if found is not None:
                identity = Identity(legal_form, *found)
            else:
                legal_form = LegalForm.LLC
        elif legal_form == LegalForm.SOLE_PROPRIETOR:
            person = unused(rng, _people(), legal_form)
            if person is not None:
                person_ru, person_en = person
                taken.update(person)
                identity = Identity(
                    legal_form, f"ИП {person_ru}", f"Sole proprietor {person_en}", person_en, industry
                )
            else:
                legal_form = LegalForm.LLC
        if identity is None:
            found = next(
                (
                    name
                    for series in range(len(_NAME_SERIES) + 1)
                    if (name := unused(rng, _company_names(industry, series), industry, series)) is not None
                ),
                None,
            )
            if found is None:
                raise ValueError(f"Too many demo organizations for the names of {industry}")
            form_ru, form_en = _COMPANY_FORMS[legal_form]
            identity = Identity(
                legal_form, form_ru.format(found[0]), form_en.format(found[1]), found[1], industry
            )
            taken.update(found)
        taken.update((identity.name_ru, identity.name_en))
        identities.append(identity)
    return tuple(identities)


def _person(rng: random.Random) -> tuple[str, str, str]:
    """(Russian "Фамилия Имя Отчество", Russian "Имя Фамилия", English "First Last")."""
    surname_ru, surname_en = rng.choice(_SURNAMES)
    father = rng.choice(_MALE_NAMES)
    if rng.random() < 0.6:
        first_ru, first_en, patronymic = *rng.choice(_MALE_NAMES)[:2], father[2]
    else:
        (first_ru, first_en), patronymic = rng.choice(_FEMALE_NAMES), father[3]
        surname_ru, surname_en = surname_ru + "а", surname_en + "a"
    return f"{surname_ru} {first_ru} {patronymic}", f"{first_ru} {surname_ru}", f"{first_en} {surname_en}"


def _website(words: str) -> str:
    """https://<words>.example, cut at a word boundary so that the address stays readable."""
    slug = latin_slug(words)
    if len(slug) > 40:
        slug = slug[:41].rsplit("-", 1)[0]
    return f"https://{slug}.example"


def _industries(rng: random.Random, main: str) -> tuple[str, ...]:
    """The main industry and none, one or two of its neighbours."""
    related = _RELATED_INDUSTRIES[main]
    return (main, *rng.sample(related, min(len(related), rng.choice((0, 0, 1, 1, 2)))))


def _clusters_of(rng: random.Random, plan: Plan, industry: str) -> tuple[int, ...]:
    """About 30% of organizations are in one or two clusters, preferably their industry's. The draws are
    made whether or not there are clusters, so the rest of the data does not depend on them."""
    member, own_draw, first_draw, second, second_draw = (rng.random() for _ in range(5))
    if not plan.clusters or member >= 0.3:
        return ()
    own = [number for number, slug in enumerate(plan.clusters) if slug == industry]
    first = own[0] if own and own_draw < 0.8 else int(first_draw * len(plan.clusters))
    if second < 0.25 and len(plan.clusters) > 1:
        other = int(second_draw * (len(plan.clusters) - 1))
        return (first, other if other < first else other + 1)
    return (first,)


def organization(index: int, plan: Plan) -> Entry:
    rng = _rng("organization", index)
    manufacturer = index in plan.manufacturer_set
    identity = plan.identities[index]
    legal_form, name_ru, name_en = identity.legal_form, identity.name_ru, identity.name_en
    sole = legal_form == LegalForm.SOLE_PROPRIETOR
    region = _choose_region(rng)
    industries = _industries(rng, identity.industry)
    roles = (_main_role(index), "manufacturer") if manufacturer else (_main_role(index),)
    clusters = _clusters_of(rng, plan, industries[0])
    size = CompanySize.MICRO if sole else _pick(rng, _SIZE_WEIGHTS_BY_FORM.get(legal_form, _SIZE_WEIGHTS))
    if legal_form == LegalForm.STATE_INSTITUTION:
        founded = rng.randint(1930, plan.today.year)
    else:
        founded = max(1991, plan.today.year - int(rng.gammavariate(2.0, 4.5)))  # typically 4 to 12 years old
    registered = max(founded, 2002)  # OGRNs were first assigned in 2002
    has_site = rng.random() < (0.15 if sole else 0.7)
    website = _website(identity.site_words) if has_site else ""

    industry_ru, industry_en = _names("industries.csv")[industries[0]]
    product_ru, product_en = rng.choice(_PRODUCTS[industries[0]])
    if legal_form in (LegalForm.STATE_INSTITUTION, LegalForm.NON_PROFIT):
        sentences = [
            (
                f"Проводит исследования и поддерживает проекты по направлению «{industry_ru}».",
                f"Carries out research and supports projects in {_lower_first(industry_en)}.",
            )
        ]
    else:
        sentences = [
            (
                f"Направление — {_lower_first(industry_ru)}; основной продукт — {product_ru}.",
                f"Works in {_lower_first(industry_en)}; main product: {product_en}.",
            )
        ]
    staff = rng.randint(*_STAFF[size])
    if not sole and rng.random() < 0.5:
        people = _plural_ru(staff, "сотрудник", "сотрудника", "сотрудников")
        sentences.append((f"В команде {_number_ru(staff)} {people}.", f"The team has {staff:,} people."))
    else:
        sentences.append((f"Работает с {founded} года.", f"In business since {founded}."))
    extra_ru, extra_en = rng.choice(_ORGANIZATION_EXTRAS)
    if rng.random() < 0.3 and region == "77":
        park = rng.choice([park for park in TECHNOPARKS if park[0].startswith("Технопарк")])
        extra_ru, extra_en = (
            f"Резидент технопарка {park[0].removeprefix('Технопарк ')}.",
            f"A resident of {park[1]}.",
        )
    sentences.append((extra_ru, extra_en))
    sentences = sentences[: rng.choice((1, 2, 2, 3, 3))]

    return Entry(
        index=index,
        key=entry_key("organization", index),
        slug=latin_slug(name_ru),
        ru={"name": name_ru, "description": " ".join(ru for ru, _ in sentences)},
        en={"name": name_en, "description": " ".join(en for _, en in sentences)},
        facts={
            "inn": sole_proprietor_inn(region, index) if sole else legal_entity_inn(region, index),
            "ogrn": ogrnip(region, registered, index) if sole else ogrn(region, registered, index),
            "legal_form": str(legal_form),
            "size": str(size),
            "founded": founded,
            "website": website,
        },
        refs={"region": region},
        many={"industries": industries, "roles": roles, "clusters": clusters},
    )


def _area(rng: random.Random, low: int, high: int) -> Decimal:
    # Most listings give whole square metres; some a tenth more precisely.
    value = Decimal(round(low * (high / low) ** rng.random() * 10)) / 10
    return value.quantize(Decimal(1)) if rng.random() < 0.6 else value


def _format_area(area: Decimal) -> tuple[str, str]:
    text = f"{area.normalize():f}"
    return text.replace(".", ","), text


def _building_owner(street_en: str, house: int) -> tuple[str, str]:
    """The business centre or industrial park at an address: the same whichever premises in it is listed."""
    rng = random.Random(f"{street_en} {house}")
    brand_ru, brand_en = rng.choice(BRANDS)
    if rng.random() < 0.5:
        return f"Бизнес-центр «{brand_ru}»", f"{brand_en} Business Centre"
    return f"Индустриальный парк «{brand_ru}»", f"{brand_en} Industrial Park"


def premises(index: int, plan: Plan) -> Entry:
    rng = _rng("premises", index)
    kind = _pick(rng, {kind: spec[0] for kind, spec in _PREMISES_KINDS.items()})
    _, kind_ru, kind_en, (area_low, area_high), (rent_low, rent_high), feature_pool = _PREMISES_KINDS[kind]
    house, building = rng.randint(1, 120), rng.randint(1, 12)
    if rng.random() < 0.75:
        owner_ru, owner_en, district_slug, (street_ru, street_en), house, latitude, longitude = rng.choice(
            TECHNOPARKS
        )
    else:
        street_ru, street_en, district_slug, latitude, longitude = rng.choice(STREETS)
        owner_ru, owner_en = _building_owner(street_en, house)
    district = _districts_by_slug()[district_slug]
    address_ru, address_en = f"{street_ru}, д. {house}", f"{house} {street_en}"
    annex, spot = rng.random(), 0
    if annex < 0.5:
        address_ru, address_en, spot = (
            f"{address_ru}, стр. {building}",
            f"{address_en}, bldg {building}",
            building,
        )
    elif annex < 0.65:
        address_ru, address_en = f"{address_ru}, корп. {building}", f"{address_en}, block {building}"
        spot = 12 + building
    latitude, longitude = building_point(latitude, longitude, house, spot)

    area = _area(rng, area_low, area_high)
    rent = rng.randint(rent_low // 50, rent_high // 50) * 50
    if kind in (PremisesKind.PRODUCTION, PremisesKind.WAREHOUSE, PremisesKind.SHOWROOM):
        floor = rng.choice((1, 1, 1, 1, 2, -1))
    else:
        floor = rng.choice((-1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 10, 12, 15, 20))
    floor = None if rng.random() < 0.05 else floor
    features = tuple(rng.sample(feature_pool, min(len(feature_pool), rng.randint(0, 5))))
    # Free now, or let (some until a known date): a date ahead belongs to premises that are let.
    is_available = rng.random() < 0.85
    available_from = None
    if rng.random() < 0.7:
        days = rng.randint(-90, -1) if is_available else rng.randint(1, 90)
        available_from = plan.today + datetime.timedelta(days=days)
    _, contact_ru, contact_en = _person(rng)
    phone = f"+7 {rng.choice((495, 499))} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"

    area_ru, area_en = _format_area(area)
    sentences = [rng.choice(_PREMISES_SENTENCES[kind])]
    if features and rng.random() < 0.6:
        names = [_names("premises_features.csv")[slug] for slug in features]
        sentences.append(
            (
                "Есть: " + ", ".join(_lower_first(ru) for ru, _ in names) + ".",
                "Features: " + ", ".join(_lower_first(en) for _, en in names) + ".",
            )
        )
    if rng.random() < 0.7:
        if is_available:
            sentences.append(("Свободно сейчас.", "Available now."))
        elif available_from:
            date_ru, date_en = f"{available_from:%d.%m.%Y}", _date_en(available_from)
            sentences.append((f"Освободится {date_ru}.", f"Available from {date_en}."))
        else:
            sentences.append(("Сейчас сдано.", "Currently let."))
    title_ru = f"{kind_ru} {area_ru} м², {district['name_ru']}"

    return Entry(
        index=index,
        key=entry_key("premises", index),
        slug=latin_slug(title_ru),
        ru={
            "title": title_ru,
            "owner": owner_ru,
            "address": address_ru,
            "description": " ".join(ru for ru, _ in sentences),
            "contact_name": contact_ru,
        },
        en={
            "title": f"{kind_en}, {area_en} m², {district['name_en']}",
            "owner": owner_en,
            "address": address_en,
            "description": " ".join(en for _, en in sentences),
            "contact_name": contact_en,
        },
        facts={
            "kind": str(kind),
            "area": area,
            "rent": rent,
            "available_from": available_from,
            "floor": floor,
            "is_available": is_available,
            "contact_phone": phone,
            "contact_email": f"rent@{latin_slug(owner_en, 50)}.example",
            "latitude": Decimal(f"{latitude:.6f}"),
            "longitude": Decimal(f"{longitude:.6f}"),
        },
        refs={"okrug": district["okrug_code"], "district": district_slug},
        many={"features": features},
    )


def project(index: int, plan: Plan) -> Entry:
    """A product an organization develops, in one of its industries and built on that industry's
    technologies; it starts no earlier than the organization was founded."""
    rng = _rng("project", index)
    owner_index = rng.choice(plan.participants) if plan.participants else None
    owner = organization(owner_index, plan) if owner_index is not None else None
    own_industries = owner.many["industries"] if owner else (_pick(rng, _INDUSTRY_WEIGHTS),)
    industry = own_industries[0] if rng.random() < 0.75 else rng.choice(own_industries)
    pool = _TECHNOLOGIES[industry]
    technologies = tuple(rng.sample(pool, rng.randint(1, min(3, len(pool)))))
    stage = _pick(rng, _STAGE_WEIGHTS)
    year = rng.randint(max(2015, owner.facts["founded"]) if owner else 2015, plan.today.year)
    investment = rng.choice(_INVESTMENTS_MILLIONS) if rng.random() < 0.7 else None
    # Half of the projects whose industry has a cluster are in it.
    matching = [number for number, slug in enumerate(plan.clusters) if slug == industry]
    cluster = matching[0] if matching and rng.random() < 0.5 else None

    brand_ru, brand_en = _compound(rng.choice(HEADS[industry]), rng.choice(TAILS)) or (rng.choice(BRANDS))
    product_ru, product_en = rng.choice(_PRODUCTS[industry])
    customer_ru, customer_en = _CUSTOMERS[rng.choice(_CUSTOMERS_BY_INDUSTRY[industry])]
    name_ru = f"{brand_ru}: {product_ru}"
    technology_names = [_names("technologies.csv")[slug] for slug in technologies]
    sentences = [
        (
            f"{product_ru[:1].upper()}{product_ru[1:]} для {customer_ru}.",
            f"{product_en[:1].upper()}{product_en[1:]} for {customer_en}.",
        ),
        (
            "Технологии: " + ", ".join(_lower_first(ru) for ru, _ in technology_names) + ".",
            "Technologies: " + ", ".join(_lower_first(en) for _, en in technology_names) + ".",
        ),
        _STAGE_SENTENCES[stage],
    ]
    if investment:
        sentences.append(
            (
                f"Команда привлекает {investment} млн ₽ инвестиций.",
                f"The team is raising RUB {investment} million of investment.",
            )
        )
    sentences = sentences[: rng.randint(2, len(sentences))]
    has_site = rng.random() < 0.4

    return Entry(
        index=index,
        key=entry_key("project", index),
        slug=latin_slug(name_ru),
        ru={"name": name_ru, "description": " ".join(ru for ru, _ in sentences)},
        en={"name": f"{brand_en}: {product_en}", "description": " ".join(en for _, en in sentences)},
        facts={
            "stage": str(stage),
            "investment_sought": investment * 1_000_000 if investment else None,
            "year": year,
            "website": _website(brand_en) if has_site else "",
        },
        refs={"organization": owner_index, "industry": industry, "cluster": cluster},
        many={"technologies": technologies},
    )


def manufacturer(index: int, plan: Plan) -> Entry:
    rng = _rng("manufacturer", index)
    owner_index = plan.manufacturer_organizations[index]
    owner = organization(owner_index, plan)
    industry = owner.many["industries"][0]
    pool = _CAPABILITIES[industry]
    capabilities = tuple(rng.sample(pool, rng.randint(1, min(4, len(pool)))))
    material_pool = sorted({material for capability in capabilities for material in _MATERIALS[capability]})
    materials = tuple(rng.sample(material_pool, min(len(material_pool), rng.randint(0, 4))))
    certification_pool = [*_CERTIFICATIONS.get(industry, ()), *_COMMON_CERTIFICATIONS]
    certifications = tuple(rng.sample(certification_pool, min(len(certification_pool), rng.randint(0, 3))))
    batch_min = rng.choice((1, 1, 5, 10, 50, 100, 500, 1000))
    batch_max = batch_min * rng.choice((10, 20, 100, 1000))
    lead_time = rng.randint(5, 120)

    capability_names = [_names("capabilities.csv")[slug] for slug in capabilities]
    days = _plural_ru(lead_time, "дня", "дней", "дней")  # "от 21 дня", "от 25 дней"
    sentences = [
        (
            "Контрактное производство: " + ", ".join(_lower_first(ru) for ru, _ in capability_names) + ".",
            "Contract manufacturing: " + ", ".join(_lower_first(en) for _, en in capability_names) + ".",
        ),
        (
            f"Партии от {_number_ru(batch_min)} до {_number_ru(batch_max)} шт., срок изготовления — "
            f"от {lead_time} {days}.",
            f"Batches of {batch_min:,} to {batch_max:,} pieces, lead time from {lead_time} days.",
        ),
    ]
    if certifications:
        names = [_names("certifications.csv")[slug] for slug in certifications]
        sentences.append(
            (
                "Сертификаты: " + ", ".join(ru.split(" (")[0] for ru, _ in names) + ".",
                "Certified to " + ", ".join(en.split(" (")[0] for _, en in names) + ".",
            )
        )
    else:
        sentences.append(rng.choice(_MANUFACTURER_EXTRAS))

    return Entry(
        index=index,
        key=entry_key("manufacturer", index),
        slug=latin_slug(owner.ru["name"]),
        ru={"description": " ".join(ru for ru, _ in sentences)},
        en={"description": " ".join(en for _, en in sentences)},
        facts={"batch_min": batch_min, "batch_max": batch_max, "lead_time_days": lead_time},
        refs={"organization": owner_index},
        many={"capabilities": capabilities, "materials": materials, "certifications": certifications},
    )


@cache
def _region_names() -> dict[str, tuple[str, str]]:
    return {row["code"]: (row["name_ru"], row["name_en"]) for row in read_rows("regions.csv")}


def _round_budget(amount: float) -> int:
    """A budget as buyers state one: two significant figures, at least a thousand roubles."""
    step = 10 ** max(3, len(str(int(amount))) - 2)
    return max(step, round(amount / step) * step)


def _buyer(rng: random.Random, plan: Plan, product: _Product) -> int | None:
    """A participant (not a manufacturer) in one of the industries that order the product; in a plan too
    small to have one, any participant that is not a manufacturer."""
    industries = [industry for industry in product.industries if plan.buyers.get(industry)]
    if industries:
        return rng.choice(plan.buyers[rng.choice(industries)])
    everyone = [index for indexes in plan.buyers.values() for index in indexes]
    return rng.choice(sorted(everyone)) if everyone else None


def order(index: int, plan: Plan) -> Entry:
    """A batch a participant needs made: a product its industry uses, the capabilities and material that
    make it, a designation that sets its title apart; two thirds open with the target date ahead, the rest
    closed with the date behind."""
    rng = _rng("order", index)
    product = rng.choice(_ORDER_PRODUCTS)
    buyer_index = _buyer(rng, plan, product)
    buyer_region = organization(buyer_index, plan).refs["region"] if buyer_index is not None else "77"
    region = buyer_region if rng.random() < _BUYERS_IN_THEIR_REGION else "77"
    materials = (rng.choice(product.materials),) if product.materials else ()
    certifications = product.certifications if rng.random() < 0.85 else ()
    if rng.random() < 0.3:
        certifications += ("iso-9001",)
    batch = rng.choice(product.batches)
    budget = _round_budget(batch * rng.uniform(*product.price)) if rng.random() < _BUDGET_SHARE else None
    is_open = rng.random() < _OPEN_SHARE
    days = rng.randint(14, 270) if is_open else -rng.randint(7, 365)
    target = plan.today + datetime.timedelta(days=days)

    # Distinct for each index below 10,000 (see _scatter), so no two orders share a title.
    designation_ru, designation_en = (f"{letters}-{_scatter(index, 10**4):04d}" for letters in product.code)
    work_ru = " и ".join(_WORK[slug][0] for slug in product.capabilities)
    work_en = " and ".join(_WORK[slug][1] for slug in product.capabilities)
    title_ru, title_en = f"{product.ru} {designation_ru}", f"{product.en} {designation_en}"
    material_names = [_names("materials.csv")[slug] for slug in materials]
    if materials:
        title_ru += f" из {_MATERIALS_GENITIVE[materials[0]]}"
        title_en += f" in {_lower_first(material_names[0][1])}"
    name_ru, name_en = f"{title_ru}, {work_ru}", f"{title_en}, {work_en}"
    capability_names = [_names("capabilities.csv")[slug] for slug in product.capabilities]
    sentences = [
        product.about,
        (
            f"Партия — {_number_ru(batch)} шт. Виды работ: "
            + ", ".join(_lower_first(ru) for ru, _ in capability_names)
            + ".",
            f"A batch of {batch:,} pieces. Work required: "
            + ", ".join(_lower_first(en) for _, en in capability_names)
            + ".",
        ),
    ]
    if materials:
        sentences.append(
            (
                f"Материал: {_lower_first(material_names[0][0])}.",
                f"Material: {_lower_first(material_names[0][1])}.",
            )
        )
    if certifications:
        names = [_names("certifications.csv")[slug] for slug in certifications]
        sentences.append(
            (
                "Требуется сертификация: " + ", ".join(ru.split(" (")[0] for ru, _ in names) + ".",
                "Certification required: " + ", ".join(en.split(" (")[0] for _, en in names) + ".",
            )
        )
    date_ru, date_en = f"{target:%d.%m.%Y}", _date_en(target)
    if is_open:
        sentences.append((f"Партия нужна к {date_ru}.", f"The batch is needed by {date_en}."))
    else:
        sentences.append(
            (
                f"Заказ закрыт; партия была нужна к {date_ru}.",
                f"The order is closed; the batch was needed by {date_en}.",
            )
        )
    region_ru, region_en = _region_names()[region]
    sentences.append((f"Регион поставки: {region_ru}.", f"Delivery region: {region_en}."))
    if budget:
        sentences.append((f"Бюджет — {_number_ru(budget)} ₽.", f"Budget: RUB {budget:,}."))

    return Entry(
        index=index,
        key=entry_key("order", index),
        slug=latin_slug(name_ru),
        ru={"name": name_ru, "description": " ".join(ru for ru, _ in sentences)},
        en={"name": name_en, "description": " ".join(en for _, en in sentences)},
        facts={
            "batch_size": batch,
            "target_date": target,
            "budget": budget,
            "status": str(OrderStatus.OPEN if is_open else OrderStatus.CLOSED),
        },
        refs={"organization": buyer_index, "region": region},
        many={"capabilities": product.capabilities, "materials": materials, "certifications": certifications},
    )


# --- Writing ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Catalog:
    label: str
    model: type[models.Model]
    size: Callable[[Plan], int]
    generate: Callable[[int, Plan], Entry]
    refs: Callable[[], dict[str, dict]]  # FK field -> {lookup key: id}, read when the catalog is written
    many: Callable[[], dict[str, dict]]  # M2M field -> {lookup key: id}


def _by_slug(model: type[models.Model]) -> dict[str, int]:
    return dict(model.objects.values_list("slug", "pk"))


def _organizations_by_index(plan: Plan, locale: Locale) -> dict[int, int]:
    """The Russian organization rows this module made, by index (found by their translation keys)."""
    ids = dict(Organization.objects.filter(locale=locale).values_list("translation_key", "pk"))
    found = ((index, ids.get(entry_key("organization", index))) for index in range(plan.organizations))
    return {index: pk for index, pk in found if pk is not None}


def _catalogs(plan: Plan, locale: Locale, cluster_ids: tuple[int, ...]) -> list[Catalog]:
    clusters = dict(enumerate(cluster_ids))
    return [
        Catalog(
            "organizations",
            Organization,
            lambda plan: plan.organizations,
            organization,
            lambda: {"region": dict(Region.objects.values_list("code", "pk"))},
            lambda: {
                "industries": _by_slug(Industry),
                "roles": _by_slug(OrganizationRole),
                "clusters": clusters,
            },
        ),
        Catalog(
            "premises",
            Premises,
            lambda plan: plan.premises,
            premises,
            lambda: {"okrug": dict(Okrug.objects.values_list("code", "pk")), "district": _by_slug(District)},
            lambda: {"features": _by_slug(PremisesFeature)},
        ),
        Catalog(
            "projects",
            Project,
            lambda plan: plan.projects,
            project,
            lambda: {
                "organization": _organizations_by_index(plan, locale),
                "industry": _by_slug(Industry),
                "cluster": clusters,
            },
            lambda: {"technologies": _by_slug(Technology)},
        ),
        Catalog(
            "manufacturers",
            Manufacturer,
            lambda plan: plan.manufacturers,
            manufacturer,
            lambda: {"organization": _organizations_by_index(plan, locale)},
            lambda: {
                "capabilities": _by_slug(Capability),
                "materials": _by_slug(Material),
                "certifications": _by_slug(Certification),
            },
        ),
        Catalog(
            "orders",
            Order,
            lambda plan: plan.orders,
            order,
            lambda: {
                "organization": _organizations_by_index(plan, locale),
                "region": dict(Region.objects.values_list("code", "pk")),
            },
            lambda: {
                "capabilities": _by_slug(Capability),
                "materials": _by_slug(Material),
                "certifications": _by_slug(Certification),
            },
        ),
    ]


def _resolve(model: type[models.Model], entry: Entry, refs: dict[str, dict]) -> dict | None:
    """The entry's facts with its foreign keys as ids; None if a required one cannot be found."""
    values = dict(entry.facts)
    for name, key in entry.refs.items():
        pk = refs[name].get(key) if key is not None else None
        if pk is None and not model._meta.get_field(name).null:
            return None
        values[model._meta.get_field(name).attname] = pk
    return values


def _links(model: type[models.Model], rows: Iterable[tuple[Entry, models.Model]], many: dict[str, dict]):
    """The through-table rows of every many-to-many field, for the given (entry, saved row) pairs."""
    rows = list(rows)
    for name, ids in many.items():
        m2m = model._meta.get_field(name)
        through = m2m.remote_field.through
        source, target = f"{m2m.m2m_field_name()}_id", f"{m2m.m2m_reverse_field_name()}_id"
        links = [
            through(**{source: row.pk, target: ids[key]})
            for entry, row in rows
            for key in entry.many.get(name, ())
            if key in ids
        ]
        yield through, links


def _write(catalog: Catalog, plan: Plan, locales: dict[str, Locale], write: Callable[[str], None]) -> None:
    model, label, count = catalog.model, catalog.label, catalog.size(plan)
    existing = model.objects.filter(locale=locales[SOURCE_LANGUAGE]).count()
    if existing:
        write(f"  {label}: already there ({existing})")
        return
    write(f"  {label}: {count} in Russian and English…")
    step = -(-count // 10)  # progress every tenth
    with transaction.atomic():
        refs, many = catalog.refs(), catalog.many()
        for start in range(0, count, step):
            stop = min(count, start + step)
            resolved = []
            for entry in (catalog.generate(index, plan) for index in range(start, stop)):
                values = _resolve(model, entry, refs)
                if values is not None:
                    resolved.append((entry, values))
            saved = []
            for language, locale in locales.items():
                rows = [
                    model(
                        locale=locale,
                        translation_key=entry.key,
                        slug=entry.slug,
                        **getattr(entry, language),
                        **values,
                    )
                    for entry, values in resolved
                ]
                model.objects.bulk_create(rows, batch_size=ROW_BATCH)
                saved.extend(zip((entry for entry, _ in resolved), rows, strict=True))
            for through, links in _links(model, saved, many):
                through.objects.bulk_create(links, batch_size=LINK_BATCH)
            write(f"  {label}: {stop}/{count}")


def seed_catalogs(
    write: Callable[[str], None] = print, today: datetime.date | None = None, scale: float = 1.0
) -> Plan:
    """Creates the five demo catalogs in Russian and English, skipping any that already has Russian rows.

    `today` dates the data (years founded and started, when premises become free, orders' target dates);
    `scale` multiplies the full sizes (35,000 organizations, 1,900 premises, 1,500 projects, 550
    manufacturers, 400 orders), each rounded and at least MINIMUM_SIZE. Returns the plan the data was
    generated from.
    """
    today = today or timezone.localdate()
    locales = {
        SOURCE_LANGUAGE: Locale.objects.get_or_create(language_code=SOURCE_LANGUAGE)[0],
        TRANSLATION_LANGUAGE: Locale.objects.get_or_create(language_code=TRANSLATION_LANGUAGE)[0],
    }
    cluster_pages = list(
        ClusterPage.objects.filter(locale=locales[SOURCE_LANGUAGE])
        .order_by("slug", "path")
        .values_list("pk", "industry__slug")
    )
    plan = Plan.at_scale(scale, today, tuple(industry for _, industry in cluster_pages))
    for catalog in _catalogs(plan, locales[SOURCE_LANGUAGE], tuple(pk for pk, _ in cluster_pages)):
        _write(catalog, plan, locales, write)
    return plan
