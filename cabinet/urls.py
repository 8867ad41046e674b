from django.urls import path

from cabinet import views

app_name = "cabinet"
urlpatterns = [
    path("", views.index, name="index"),
    path("claim/", views.claim, name="claim"),
    path("organizations/<int:organization_pk>/", views.organization, name="organization"),
    path("organizations/<int:organization_pk>/invite/", views.invite, name="invite"),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
    path(
        "organizations/<int:organization_pk>/members/<int:membership_pk>/remove/",
        views.remove_member,
        name="remove-member",
    ),
]
