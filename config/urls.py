from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config import health, sitemaps, views

urlpatterns = [
    # The site's sign-in, which asks editors for their second factor, replaces Wagtail's (see accounts).
    path("admin/login/", views.admin_sign_in),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("", include(sitemaps)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("accounts.urls")),
    path("cabinet/messages/", include("conversations.urls")),
    path("cabinet/exchange/", include("marketplace.urls")),
    path("", include("alerts.urls")),
    path("cabinet/", include("cabinet.urls")),
    path("catalog/", include("search.catalog_urls")),
    path("applications/", include("applications.urls")),
    path("search/", include("search.urls")),
    path("", include("core.page_urls")),
)
