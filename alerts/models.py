"""What people asked to be told about: saved searches, whose new matches come by email, and the measures whose
deadlines they follow."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")


class SavedSearch(models.Model):
    """A listing's filters as they were saved: a catalog's (`scope` is its segment) or the measures'.

    A signed-in person's searches belong to their account; a visitor's subscription to new measures has only
    an email address, and sends nothing until the link in the confirmation email is followed."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="saved_searches",
    )
    email = models.EmailField(_("email"), blank=True)
    scope = models.CharField(max_length=40)
    # The listing's query string without its page number, as the listing reads it.
    query = models.CharField(max_length=2000, blank=True)
    title = models.CharField(_("title"), max_length=300)
    language = models.CharField(max_length=8)
    frequency = models.CharField(
        _("how often"), max_length=10, choices=Frequency.choices, default=Frequency.DAILY
    )
    created = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # Matches newer than this are the next digest's.
    checked_at = models.DateTimeField()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "scope", "query", "language"],
                condition=models.Q(user__isnull=False),
                name="alerts_one_saved_search_per_listing",
            ),
            models.UniqueConstraint(
                fields=["email", "scope", "query", "language"],
                condition=models.Q(user__isnull=True),
                name="alerts_one_subscription_per_listing",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def address(self) -> str:
        return self.user.email if self.user_id else self.email


class FollowedMeasure(models.Model):
    """A person reminded of a measure's deadline 7 days and 1 day before it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followed_measures"
    )
    measure = models.ForeignKey("home.SupportMeasurePage", on_delete=models.CASCADE, related_name="followers")
    created = models.DateTimeField(auto_now_add=True)
    # The last reminder sent: for which deadline (an editor may move it) and how many days before it.
    reminded_deadline = models.DateField(null=True, blank=True)
    reminded_days = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["measure__deadline", "pk"]
        verbose_name = _("followed measure")
        verbose_name_plural = _("followed measures")
        constraints = [models.UniqueConstraint(fields=["user", "measure"], name="alerts_follow_once")]

    def __str__(self):
        return f"{self.user} → {self.measure}"
