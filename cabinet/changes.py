"""Changes an organization's members make to its catalog entries: each is a draft revision of the entry
that waits in the catalog's workflow (catalog migration 0014) until staff approve it in the admin, which
publishes it, or ask for changes with a comment the members read. Visitors and both search engines see the
published row only, and every step is in the entry's history."""

import re
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry
from wagtail.models import WorkflowState

from catalog.entry import SOURCE_LANGUAGE, CatalogEntry

HISTORY_SHOWN = 10
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
# What each step of the history says, in the reader's language (Wagtail's own messages quote the workflow's
# and task's names, which are in Russian).
STEPS = {
    "wagtail.create": _("Added"),
    "wagtail.edit": _("Change written"),
    "wagtail.workflow.start": _("Sent for review"),
    "wagtail.workflow.cancel": _("Replaced by a newer change"),
    "wagtail.workflow.approve": _("Change approved"),
    "wagtail.workflow.reject": _("Sent back for changes"),
    "wagtail.workflow.resume": _("Sent for review again"),
    "wagtail.publish": _("Published"),
    "wagtail.unpublish": _("Withdrawn from the catalog"),
}


@transaction.atomic
def send_for_review(entry: CatalogEntry, user, fields: list[str]) -> None:
    """Saves `entry` as it now reads (its lists set on it) as a draft and puts it before the reviewers. A
    new entry is saved unpublished first. A change already waiting is replaced by this one: the reviewers
    see the latest. The history records which `fields` changed."""
    if entry.pk is None:
        entry.live = False
        entry.save()
    revision = entry.save_revision(user=user)
    log(entry, "wagtail.edit", user=user, revision=revision, data={"fields": list(fields)})
    waiting = entry.current_workflow_state
    if waiting is not None:
        waiting.cancel(user=user)
    workflow = entry.get_workflow()
    if workflow is not None:  # else, with the workflow switched off, staff publish the draft in the admin
        workflow.start(entry, user)


def add_unpublished(organization, user):
    """An organization new to the catalog, described in a claim: saved unpublished, with its first revision,
    for staff to publish when they approve the claim (cabinet.claims.decide)."""
    organization.live = False
    organization.save()
    organization.save_revision(user=user, log_action=True)
    return organization


def publish_new(organization, user) -> None:
    if not organization.live:
        organization.latest_revision.publish(user=user, skip_permission_checks=True)


@dataclass(frozen=True)
class Review:
    """Where an entry's last change stands for its members."""

    state: str  # "waiting", "changes_requested" or "published"
    comment: str = ""

    @property
    def comment_language(self) -> str:
        """Moderators write in either language: marked, a screen reader reads the comment right."""
        return "ru" if CYRILLIC.search(self.comment) else "en"

    @property
    def label(self) -> str:
        return {
            "waiting": _("Waiting for review"),
            "changes_requested": _("Changes requested"),
            "published": _("Published"),
        }[self.state]


def review(entry: CatalogEntry) -> Review:
    """Where the entry's last change stands, in either language: one sent back first, then one waiting."""
    reviews = [_review_of(row) for row in (entry, *entry.get_translations())]
    for state in ("changes_requested", "waiting"):
        if found := next((item for item in reviews if item.state == state), None):
            return found
    return reviews[0]


def _review_of(entry: CatalogEntry) -> Review:
    state = entry.current_workflow_state
    if state is None:
        return Review("waiting" if not entry.live or entry.has_unpublished_changes else "published")
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return Review("changes_requested", state.current_task_state.comment)
    return Review("waiting")


def draft(entry: CatalogEntry) -> CatalogEntry:
    """The entry as its members last wrote it: the change waiting or sent back, else the published row."""
    return entry.get_latest_revision_as_object()


@dataclass(frozen=True)
class EditedEntry:
    """One of an organization's entries in its cabinet: its name as last written, where its change stands,
    and where it is edited."""

    name: str
    review: Review
    url: str


def catalog_entries(organization) -> dict:
    """The organization's profile, projects, premises, manufacturing orders (each with its row, for its status
    and quotes) and manufacturing profile, drafts included."""
    pk = organization.pk
    projects = organization.projects.filter(locale=organization.locale).order_by("name")
    premises = organization.premises.filter(locale=organization.locale).order_by("title")
    manufacturer = organization.manufacturer_profiles.filter(locale=organization.locale).first()
    orders = organization.orders.filter(locale=organization.locale).order_by("-created")
    return {
        "profile": EditedEntry(
            str(draft(organization)), review(organization), reverse("cabinet:profile", args=[pk])
        ),
        "projects": [
            EditedEntry(
                str(draft(project)), review(project), reverse("cabinet:project", args=[pk, project.pk])
            )
            for project in projects
        ],
        "premises": [
            EditedEntry(str(draft(item)), review(item), reverse("cabinet:premises", args=[pk, item.pk]))
            for item in premises
        ],
        "orders": [
            (
                EditedEntry(str(draft(order)), review(order), reverse("cabinet:order", args=[pk, order.pk])),
                order,
            )
            for order in orders
        ],
        "manufacturer": EditedEntry(
            str(_("Contract manufacturing profile")),
            review(manufacturer),
            reverse("cabinet:manufacturing", args=[pk]),
        )
        if manufacturer
        else None,
    }


@dataclass(frozen=True)
class HistoryItem:
    when: datetime
    who: str
    what: str


def history(entry: CatalogEntry, members: set[int]) -> list[HistoryItem]:
    """The entry's latest steps, newest first. Members are named; staff appear as the moderator."""
    logs = [
        (item, row)
        for row in (entry, *entry.get_translations().select_related("locale"))
        for item in log_registry.get_logs_for_instance(row).select_related("user")[:HISTORY_SHOWN]
    ]
    logs.sort(key=lambda pair: (pair[0].timestamp, pair[0].pk), reverse=True)
    items = []
    for item, row in logs[:HISTORY_SHOWN]:
        who = item.user.email if item.user_id in members else str(_("Moderator"))
        what = str(STEPS.get(item.action, _("Changed by staff")))
        if fields := (item.data or {}).get("fields"):
            what = f"{what}: {_labels(row, fields)}"
        items.append(HistoryItem(item.timestamp, who, what))
    return items


def _labels(row: CatalogEntry, fields: list[str]) -> str:
    """The changed fields' names in the reader's language; the English row's as «… in English»."""
    labels = [str(row._meta.get_field(name).verbose_name) for name in fields]
    if row.locale.language_code != SOURCE_LANGUAGE:
        labels = [str(_("%(field)s in English") % {"field": label}) for label in labels]
    return ", ".join(labels)
