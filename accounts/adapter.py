"""How django-allauth behaves on this site."""

from allauth.account.adapter import DefaultAccountAdapter

from core.navigation import localized_home


class AccountAdapter(DefaultAccountAdapter):
    def get_logout_redirect_url(self, request):
        # The home page in the language the visitor was reading, not the site root's guess.
        home = localized_home(request)
        return home.url if home else "/"

    def add_message(self, request, level, message_template=None, *args, **kwargs):
        # The page after signing out does not show messages (only the account pages do), and a "signed out"
        # notice would otherwise wait for the next sign-in page; the header's «Войти» already says it.
        if message_template == "account/messages/logged_out.txt":
            return
        super().add_message(request, level, message_template, *args, **kwargs)
