from django.urls import path

from alerts import views

app_name = "alerts"
urlpatterns = [
    path("cabinet/alerts/", views.index, name="index"),
    path("cabinet/alerts/save/", views.save, name="save"),
    path("cabinet/alerts/<int:pk>/", views.change, name="change"),
    path("cabinet/alerts/<int:pk>/delete/", views.delete, name="delete"),
    path("cabinet/alerts/follow/<int:measure_pk>/", views.follow, name="follow"),
    path("cabinet/alerts/unfollow/<int:measure_pk>/", views.unfollow, name="unfollow"),
    path("alerts/measures/", views.subscribe, name="subscribe"),
    path("alerts/confirm/<str:token>/", views.confirm, name="confirm"),
    path("alerts/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
