from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


@require_GET
@cache_control(max_age=60 * 60)
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap_index"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def admin_sign_in(request):
    """Wagtail's sign-in address leads to the site's, keeping where the editor was going."""
    return redirect_to_login(request.GET.get("next") or "/admin/", reverse("account_login"))
