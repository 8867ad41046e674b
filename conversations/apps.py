from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConversationsConfig(AppConfig):
    name = "conversations"
    verbose_name = _("Messages")

    def ready(self):
        from cabinet.models import Membership
        from core import cache_generation

        # An entry's page offers «Contact» once its organization has members (conversations.recipients).
        cache_generation.follow(Membership)
