from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.staff import current_code


class Command(BaseCommand):
    help = "Prints an editor's current authenticator code: for a local demo without an authenticator app."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"There is no user '{username}'.")
        try:
            self.stdout.write(current_code(user))
        except Authenticator.DoesNotExist as error:
            raise CommandError(f"'{username}' has no authenticator app registered.") from error
