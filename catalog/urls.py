from django.urls import path

from catalog import views
from catalog.models import Manufacturer, Organization, Premises, Project

app_name = "catalog"

urlpatterns = []
for model in (Premises, Project, Organization, Manufacturer):
    urlpatterns += [
        path(f"{model.segment}/", views.entry_list, {"model": model}, name=f"{model.segment}-list"),
        path(
            f"{model.segment}/<int:pk>-<slug:slug>/",
            views.entry_detail,
            {"model": model},
            name=model.segment,
        ),
    ]
