from django import template

from core import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    return navigation.language_versions(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def localized_home(context):
    return navigation.localized_home(context["request"])


@register.inclusion_tag("components/primary_nav.html", takes_context=True)
def primary_nav(context):
    request = context["request"]
    return {
        "request": request,
        "home": navigation.localized_home(request),
        "items": navigation.menu(request, context.get("page")),
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    trail = navigation.breadcrumb_trail(context["request"], context.get("page"), context.get("crumbs"))
    return {"request": context["request"], "trail": trail}


@register.simple_tag(takes_context=True)
def site_chrome(context):
    return navigation.site_chrome(context["request"])
