from django.urls import include, path

from accounts import views

urlpatterns = [
    path("delete/", views.delete_account, name="account_delete"),
    path("", include("allauth.urls")),
]
