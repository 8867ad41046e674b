from django import forms
from django.utils.translation import gettext_lazy as _


class DeleteAccountForm(forms.Form):
    """Deleting an account asks for its password again, or, for an account that signs in through another
    service and has none, for its email address typed out."""

    confirmation = forms.CharField(strip=False)

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        field = self.fields["confirmation"]
        if user.has_usable_password():
            field.label = _("Your password")
            field.widget = forms.PasswordInput(attrs={"autocomplete": "current-password"})
        else:
            field.label = _("Your email address")
            field.widget = forms.EmailInput(attrs={"autocomplete": "email"})

    def clean_confirmation(self):
        typed = self.cleaned_data["confirmation"]
        if self.user.has_usable_password():
            if not self.user.check_password(typed):
                raise forms.ValidationError(_("This is not your password."), code="password")
        elif typed.strip().casefold() != self.user.email.casefold():
            raise forms.ValidationError(_("This is not your account's email address."), code="email")
        return typed
