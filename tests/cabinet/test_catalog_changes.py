"""An organization's members change its catalog entries from the cabinet; visitors and the search see a
change only after a moderator approves it in the admin, and a change sent back tells the members why."""

import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image
from wagtail.models import Revision, WorkflowState

from catalog.models import Organization, Premises, Project
from taxonomy.models import District, Industry, Region
from tests.factories import make_entry
from tests.html import soup

pytestmark = pytest.mark.django_db

PROFILE = "/ru/cabinet/organizations/{pk}/profile/"


def profile_answers(organization, **changes) -> dict:
    answers = {
        "name": organization.name,
        "name_en": "Quartzline LLC",
        "description": organization.description,
        "description_en": "",
        "legal_form": organization.legal_form,
        "ogrn": organization.ogrn,
        "region": organization.region_id,
        "size": organization.size,
        "founded": organization.founded or "",
        "industries": list(organization.industries.values_list("pk", flat=True)),
        "website": organization.website,
    }
    return {**answers, **changes}


def approve(admin_client, entry, comment=""):
    model = type(entry)._meta.model_name
    state = entry.current_workflow_state
    url = f"/admin/snippets/catalog/{model}/workflow/action/{entry.pk}/approve/{state.current_task_state.pk}/"
    return admin_client.post(url, {"comment": comment})


def send_back(admin_client, entry, comment):
    model = type(entry)._meta.model_name
    state = entry.current_workflow_state
    url = f"/admin/snippets/catalog/{model}/workflow/action/{entry.pk}/reject/{state.current_task_state.pk}/"
    return admin_client.post(url, {"comment": comment})


def catalog_revisions():
    return Revision.objects.filter(content_type__app_label="catalog")


def found(client, word: str) -> str:
    return soup(client.get("/ru/catalog/organizations/", {"q": word})).main.get_text()


@pytest.fixture
def member_client(people):
    client = Client()
    client.force_login(people["member"])
    return client


def test_a_profile_change_waits_for_a_moderator_and_is_published_when_approved(
    member_client, organizations, admin_client, django_capture_on_commit_callbacks
):
    quartz = organizations["quartz"]
    answers = profile_answers(quartz, description="Синтетический кварц для оптоволокна")
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(PROFILE.format(pk=quartz.pk), answers)
    assert response.status_code == 302
    quartz.refresh_from_db()
    assert quartz.description == "" and quartz.live and quartz.has_unpublished_changes
    assert "оптоволокна" not in member_client.get(quartz.get_absolute_url()).content.decode()
    assert "Кварцлайн" not in found(member_client, "оптоволокно")
    cabinet = soup(member_client.get(f"/ru/cabinet/organizations/{quartz.pk}/")).main.get_text(
        " ", strip=True
    )
    assert "Профиль организации Ждёт проверки" in cabinet
    form = soup(member_client.get(PROFILE.format(pk=quartz.pk)))
    assert form.find("textarea", {"name": "description"}).get_text(strip=True) == answers["description"]

    with django_capture_on_commit_callbacks(execute=True):
        assert approve(admin_client, quartz).status_code in (200, 302)
    quartz.refresh_from_db()
    assert quartz.description == answers["description"] and not quartz.has_unpublished_changes
    assert "оптоволокна" in member_client.get(quartz.get_absolute_url()).content.decode()
    assert "Кварцлайн" in found(member_client, "оптоволокно")
    history = soup(member_client.get(PROFILE.format(pk=quartz.pk))).find(id="history-title").parent
    text = history.get_text(" ", strip=True)
    assert "member@quartz.example" in text and "Модератор" in text
    assert "Изменение записано: описание" in text
    assert "Изменение записано: название на английском" not in text  # the English name did not change


def test_a_change_sent_back_shows_the_moderators_reason_and_leaves_the_page_as_it_was(
    member_client, organizations, admin_client
):
    quartz = organizations["quartz"]
    member_client.post(
        PROFILE.format(pk=quartz.pk), profile_answers(quartz, website="https://quartz.example")
    )
    send_back(admin_client, quartz, "Сайт не открывается: проверьте адрес.")
    quartz.refresh_from_db()
    assert quartz.website == ""
    assert quartz.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    page = soup(member_client.get(PROFILE.format(pk=quartz.pk))).main.get_text(" ", strip=True)
    assert "Требуются исправления" in page and "Сайт не открывается: проверьте адрес." in page
    # Sent again, it goes back to the moderators.
    member_client.post(
        PROFILE.format(pk=quartz.pk), profile_answers(quartz, website="https://quartzline.example")
    )
    quartz.refresh_from_db()
    assert quartz.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert quartz.get_latest_revision_as_object().website == "https://quartzline.example"


def test_english_text_is_a_change_of_the_english_version_published_on_approval(
    member_client, organizations, admin_client
):
    quartz = organizations["quartz"]
    answers = profile_answers(quartz, description_en="Synthetic quartz for optical fibre")
    assert member_client.post(PROFILE.format(pk=quartz.pk), answers).status_code == 302
    english = Organization.objects.get(translation_key=quartz.translation_key, locale__language_code="en")
    assert english.description == "" and english.workflow_in_progress
    assert not quartz.workflow_in_progress  # the Russian text did not change
    cabinet = soup(member_client.get(f"/ru/cabinet/organizations/{quartz.pk}/")).main.get_text(
        " ", strip=True
    )
    assert "Профиль организации Ждёт проверки" in cabinet
    history = soup(member_client.get(PROFILE.format(pk=quartz.pk))).find(id="history-title").parent
    assert "Изменение записано: описание на английском" in history.get_text(" ", strip=True)
    approve(admin_client, english)
    english_page = member_client.get(f"/en/catalog/organizations/{quartz.pk}-{quartz.slug}/")
    assert "Synthetic quartz for optical fibre" in english_page.content.decode()


def test_bad_input_is_refused_with_the_field_named_and_nothing_is_sent(member_client, organizations):
    quartz = organizations["quartz"]
    response = member_client.post(
        PROFILE.format(pk=quartz.pk), profile_answers(quartz, founded="2999", name_en="", description="Новое")
    )
    assert response.status_code == 400
    page = soup(response)
    summary = page.select_one(".error-summary").get_text(" ", strip=True)
    assert "Год основания" in summary and "Название in English" not in summary
    assert page.find("textarea", {"name": "description"}).get_text(strip=True) == "Новое"
    assert not catalog_revisions().exists()
    assert "английском" in summary  # the English version exists: its name stays required


def test_a_new_project_is_unseen_until_approved(
    member_client, organizations, admin_client, django_capture_on_commit_callbacks
):
    quartz = organizations["quartz"]
    answers = {
        "name": "Кварцевые резонаторы",
        "description": "Резонаторы для спутниковой связи",
        "industry": Industry.objects.order_by("pk").first().pk,
        "stage": "pilot",
        "investment_sought": "3 500 000",
        "year": "2024",
        "name_en": "",
        "description_en": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(f"/ru/cabinet/organizations/{quartz.pk}/projects/new/", answers)
    assert response.status_code == 302
    project = Project.objects.get(name="Кварцевые резонаторы")
    assert not project.live and project.investment_sought == 3_500_000
    assert member_client.get(project.get_absolute_url()).status_code == 404
    listing = member_client.get("/ru/catalog/projects/", {"q": "резонаторы"}).content.decode()
    assert "Кварцевые резонаторы" not in listing
    with django_capture_on_commit_callbacks(execute=True):
        approve(admin_client, project)
    project.refresh_from_db()
    assert project.live
    assert member_client.get(project.get_absolute_url()).status_code == 200
    assert (
        "Кварцевые резонаторы"
        in member_client.get("/ru/catalog/projects/", {"q": "резонаторы"}).content.decode()
    )


def test_a_member_cannot_edit_another_organizations_project(member_client, organizations):
    other = make_entry(
        Project,
        name="Чужой проект",
        organization=organizations["robots"],
        industry=Industry.objects.order_by("pk").first(),
        stage="idea",
        year=2023,
    )
    quartz = organizations["quartz"]
    assert member_client.get(f"/ru/cabinet/organizations/{quartz.pk}/projects/{other.pk}/").status_code == 404
    post = member_client.post(
        f"/ru/cabinet/organizations/{quartz.pk}/projects/{other.pk}/", {"name": "Захвачен", "stage": "idea"}
    )
    assert post.status_code == 404
    other.refresh_from_db()
    assert other.name == "Чужой проект" and not catalog_revisions().exists()


def test_nothing_changed_sends_nothing(member_client, organizations):
    quartz = organizations["quartz"]
    Organization.objects.filter(pk=quartz.pk).update(region=Region.objects.get(slug="moscow"))
    answers = profile_answers(quartz)
    response = member_client.post(PROFILE.format(pk=quartz.pk), answers, follow=True)
    assert "Ничего не изменилось" in response.content.decode()
    assert not catalog_revisions().exists()


def test_premises_offered_from_the_cabinet_are_listed_by_the_organization_once_approved(
    member_client, organizations, admin_client
):
    quartz = organizations["quartz"]
    zelenograd = District.objects.get(slug="kryukovo")
    elsewhere = District.objects.exclude(okrug=zelenograd.okrug).order_by("pk").first()
    answers = {
        "title": "Чистая комната в Зеленограде",
        "owner": "Кварцлайн",
        "address": "Зеленоград, Георгиевский проспект, 5",
        "okrug": zelenograd.okrug_id,
        "district": elsewhere.pk,
        "kind": "laboratory",
        "area": "120,5",
        "rent": "1 900",
        "is_available": "on",
    }
    url = f"/ru/cabinet/organizations/{quartz.pk}/premises/new/"
    refused = member_client.post(url, answers)
    assert refused.status_code == 400
    assert "Этот район не входит в выбранный округ" in refused.content.decode()
    assert not Premises.objects.exists()

    assert member_client.post(url, {**answers, "district": zelenograd.pk}).status_code == 302
    offered = Premises.objects.get()
    assert offered.organization == quartz and not offered.live and offered.area == Decimal("120.5")
    approve(admin_client, offered)
    offered.refresh_from_db()
    assert offered.live and member_client.get(offered.get_absolute_url()).status_code == 200


def png(name: str = "logo.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), "#0b4ea2").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_a_logo_is_shown_beside_the_name_once_the_change_is_approved(
    member_client, organizations, admin_client, settings, tmp_path
):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        },
    }
    quartz = organizations["quartz"]
    page = quartz.get_absolute_url()
    fake = SimpleUploadedFile("logo.png", b"not an image at all", content_type="image/png")
    refused = member_client.post(PROFILE.format(pk=quartz.pk), {**profile_answers(quartz), "logo_file": fake})
    assert refused.status_code == 400 and not catalog_revisions().exists()

    member_client.post(PROFILE.format(pk=quartz.pk), {**profile_answers(quartz), "logo_file": png()})
    assert "entry-logo" not in member_client.get(page).content.decode()
    approve(admin_client, quartz)
    logo = soup(member_client.get(page)).select_one("img.entry-logo")
    assert logo is not None and logo["alt"] == ""
