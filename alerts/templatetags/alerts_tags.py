from django import template

from alerts import reminders
from alerts.models import FollowedMeasure

register = template.Library()


@register.simple_tag
def follows_measure(user, measure) -> bool:
    return FollowedMeasure.objects.filter(user=user, measure=measure).exists()


register.filter("reminders_ahead", reminders.reminders_ahead)
