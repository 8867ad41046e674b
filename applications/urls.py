from django.urls import path

from applications import views

app_name = "applications"

urlpatterns = [
    path("<int:measure_id>/apply/", views.apply, name="apply"),
    path("status/<str:reference>/<str:token>/", views.status, name="status"),
    path("status/<str:reference>/<str:token>/files/<int:pk>/", views.attachment, name="attachment"),
]
