from django.urls import path

from conversations import views

app_name = "conversations"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("new/<str:segment>/<int:pk>/", views.contact, name="contact"),
    path("<int:pk>/", views.conversation, name="conversation"),
    path("<int:pk>/messages/<int:message_pk>/report/", views.report, name="report"),
    path("<int:pk>/files/<int:file_pk>/", views.message_file, name="file"),
]
