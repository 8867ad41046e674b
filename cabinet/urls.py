from django.urls import path

from cabinet import entry_views, views

app_name = "cabinet"
urlpatterns = [
    path("", views.index, name="index"),
    path("claim/", views.claim, name="claim"),
    path("organizations/<int:organization_pk>/", views.organization, name="organization"),
    path("organizations/<int:organization_pk>/invite/", views.invite, name="invite"),
    path("organizations/<int:organization_pk>/profile/", entry_views.profile, name="profile"),
    path("organizations/<int:organization_pk>/projects/new/", entry_views.project, name="new-project"),
    path(
        "organizations/<int:organization_pk>/projects/<int:project_pk>/", entry_views.project, name="project"
    ),
    path("organizations/<int:organization_pk>/premises/new/", entry_views.premises, name="new-premises"),
    path(
        "organizations/<int:organization_pk>/premises/<int:premises_pk>/",
        entry_views.premises,
        name="premises",
    ),
    path("organizations/<int:organization_pk>/orders/new/", entry_views.order, name="new-order"),
    path("organizations/<int:organization_pk>/orders/<int:order_pk>/", entry_views.order, name="order"),
    path(
        "organizations/<int:organization_pk>/manufacturing/", entry_views.manufacturing, name="manufacturing"
    ),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
    path(
        "organizations/<int:organization_pk>/members/<int:membership_pk>/remove/",
        views.remove_member,
        name="remove-member",
    ),
]
