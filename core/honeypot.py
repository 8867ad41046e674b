"""A trap for bots on public forms: a field hidden from people and assistive technology
(`components/honeypot.html`), which bots that fill every field they find fill in."""

from django import forms
from django.utils.translation import gettext_lazy as _


class HoneypotForm(forms.Form):
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get("website"))
