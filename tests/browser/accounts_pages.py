"""The account pages for the accessibility registry. Those a visitor opens signed out are paths; those only a
POST or a signed-in session reaches (a form sent back with errors, the personal account, the second factor)
are rendered through Django's test client as that visitor."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import translation

from accounts.staff import create_editor
from cabinet.changes import draft, send_for_review
from cabinet.models import Invitation, Membership, Role
from catalog.models import Organization

PASSWORD = "Проверка-кабинета-2026"
MEMBER = "member@quartz.example"
EDITOR = "editor@imoscow.local"


def path(name: str):
    def resolve(data: dict, language: str) -> str:
        with translation.override(language):
            return reverse(name)

    return resolve


def _member():
    user = get_user_model().objects.filter(email=MEMBER).first()
    if user is None:
        user = get_user_model().objects.create_user("quartz-member", MEMBER, PASSWORD)
        EmailAddress.objects.create(user=user, email=MEMBER, verified=True, primary=True)
    return user


def _owner():
    """The member, as the owner of the demo's first organization."""
    user = _member()
    organization = Organization.objects.filter(locale__language_code="ru").order_by("pk").first()
    Membership.objects.get_or_create(user=user, organization=organization, defaults={"role": Role.OWNER})
    return user, organization


def owner_of_two():
    """The member, as the owner of the demo's first two organizations."""
    user, _organization = _owner()
    second = Organization.objects.filter(locale__language_code="ru").order_by("pk")[1]
    Membership.objects.get_or_create(user=user, organization=second, defaults={"role": Role.OWNER})
    return user


def _page(language: str, name: str, *, user=None, post: dict | None = None, args=()) -> str:
    cache.clear()  # the sign-in rate limits count every earlier attempt
    client = Client()
    if user is not None:
        client.force_login(user)
    with translation.override(language):
        address = reverse(name, args=args)
    response = client.post(address, post) if post is not None else client.get(address)
    return response.content.decode()


def sign_in_with_errors(language: str) -> str:
    _member()
    return _page(language, "account_login", post={"login": MEMBER, "password": "не тот пароль"})


def sign_up_with_errors(language: str) -> str:
    return _page(language, "account_signup", post={"email": "ceo@", "password1": "123", "password2": "321"})


def personal_account(language: str) -> str:
    """With an organization the person represents."""
    owner, _organization = _owner()
    return _page(language, "cabinet:index", user=owner)


def delete_account_with_errors(language: str) -> str:
    return _page(language, "account_delete", user=_member(), post={"confirmation": "не тот пароль"})


def authenticator_code(language: str) -> str:
    """An editor who typed their password and is asked for the authenticator app's code."""
    if not get_user_model().objects.filter(email=EDITOR).exists():
        create_editor("registry-editor", EDITOR, PASSWORD)
    cache.clear()
    client = Client()
    with translation.override(language):
        client.post(reverse("account_login"), {"login": EDITOR, "password": PASSWORD})
        return client.get(reverse("mfa_authenticate")).content.decode()


def claim_form(language: str) -> str:
    return _page(language, "cabinet:claim", user=_member())


def claim_form_with_errors(language: str) -> str:
    answers = {"inn": "7707083894", "position": ""}
    return _page(language, "cabinet:claim", user=_member(), post=answers)


def organization_for_its_owner(language: str) -> str:
    owner, organization = _owner()
    return _page(language, "cabinet:organization", user=owner, args=[organization.pk])


def invitation_for_its_addressee(language: str) -> str:
    owner, organization = _owner()
    invitation = Invitation.objects.create(organization=organization, email=MEMBER, invited_by=owner)
    cache.clear()
    client = Client()
    client.force_login(_member())
    with translation.override(language):
        return client.get(reverse("cabinet:invitation", args=[invitation.token])).content.decode()


def profile_form(language: str) -> str:
    owner, organization = _owner()
    return _page(language, "cabinet:profile", user=owner, args=[organization.pk])


def profile_form_with_errors(language: str) -> str:
    owner, organization = _owner()
    answers = {"name": "", "founded": "2999", "name_en": "", "description_en": "Quartz for optical fibre"}
    return _page(language, "cabinet:profile", user=owner, post=answers, args=[organization.pk])


def profile_form_sent_back(language: str) -> str:
    """A change the moderators sent back, with their reason and the entry's history."""
    owner, organization = _owner()
    if organization.current_workflow_state is None:
        changed = draft(organization)
        changed.website = "https://quartz.example"
        send_for_review(changed, owner, ["website"])
        task_state = organization.current_workflow_state.current_task_state
        task_state.task.specific.on_action(task_state, owner, "reject", comment="Сайт не открывается.")
    return _page(language, "cabinet:profile", user=owner, args=[organization.pk])


def new_project_form(language: str) -> str:
    owner, organization = _owner()
    return _page(language, "cabinet:new-project", user=owner, args=[organization.pk])


def manufacturing_profile_form(language: str) -> str:
    owner, organization = _owner()
    return _page(language, "cabinet:manufacturing", user=owner, args=[organization.pk])


def new_premises_form(language: str) -> str:
    owner, organization = _owner()
    return _page(language, "cabinet:new-premises", user=owner, args=[organization.pk])


def claim_form_for_a_new_organization_with_errors(language: str) -> str:
    """An INN the catalog does not have, with the new organization's details left out."""
    answers = {"inn": "7710140679", "position": "Директор", "name": "", "legal_form": ""}
    return _page(language, "cabinet:claim", user=_member(), post=answers)
