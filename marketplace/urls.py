from django.urls import path

from marketplace import views

app_name = "marketplace"
urlpatterns = [
    path("orders/<int:pk>/quote/", views.quote, name="quote"),
    path("orders/<int:pk>/quotes/", views.quotes, name="quotes"),
    path("orders/<int:pk>/quotes/<int:quote_pk>/accept/", views.accept, name="accept"),
    path("orders/<int:pk>/quotes/<int:quote_pk>/ask/", views.ask, name="ask"),
    path("orders/<int:pk>/quotes/<int:quote_pk>/files/<int:file_pk>/", views.quote_file, name="quote-file"),
    path("orders/<int:pk>/close/", views.close, name="close"),
    path("orders/<int:pk>/files/", views.add_files, name="add-files"),
    path("orders/<int:pk>/files/<int:file_pk>/", views.order_file, name="order-file"),
    path("orders/<int:pk>/files/<int:file_pk>/delete/", views.delete_file, name="delete-file"),
    path("new-orders/", views.alert_settings, name="alert-settings"),
]
