import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from accounts.staff import create_editor


class Command(BaseCommand):
    help = (
        "Creates the superuser 'admin' (admin@imoscow.local) with a generated password and an authenticator "
        "key, printed once. Does nothing if it exists."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--email", default="admin@imoscow.local")

    def handle(self, *args, username, email, **options):
        code = f".venv/bin/python manage.py admin_code --username {username}"
        if get_user_model().objects.filter(username=username).exists():
            self.stdout.write(f"Admin user '{username}' already exists.")
            self.stdout.write(f"New password: .venv/bin/python manage.py changepassword {username}")
            self.stdout.write(f"Its current code: {code}")
            return
        password = secrets.token_urlsafe(12)
        user, key = create_editor(username, email, password, superuser=True)
        self.stdout.write(self.style.SUCCESS(f"Admin user created: {user.email} / {password}"))
        self.stdout.write(f"Authenticator key (add it to an authenticator app): {key}")
        self.stdout.write(f"Or read its current code: {code}")
