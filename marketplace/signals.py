"""A newly published order is news for the manufacturers that can take it (marketplace.matching)."""

from django.dispatch import receiver
from wagtail.signals import published

from catalog.entry import SOURCE_LANGUAGE
from catalog.models import Order
from marketplace.matching import tell_at_once


@receiver(published, sender=Order, dispatch_uid="marketplace.order_published")
def order_published(sender, instance, **kwargs):
    # Each language's row is published on its own; the Russian one is the order.
    if instance.locale.language_code == SOURCE_LANGUAGE:
        tell_at_once(instance)
