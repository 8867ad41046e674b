"""Saving a listing's search, changing how often it is sent, and a visitor's subscription to new measures."""

from django import forms
from django.utils.translation import gettext_lazy as _

from alerts.models import Frequency
from alerts.searches import scopes
from core.honeypot import HoneypotForm


class SaveForm(forms.Form):
    scope = forms.ChoiceField()
    query = forms.CharField(required=False, max_length=2000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["scope"].choices = [(scope, scope) for scope in scopes()]


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(label=_("Send new results"), choices=Frequency.choices)


class SubscribeForm(HoneypotForm):
    email = forms.EmailField(label=_("Email"), max_length=254)
    frequency = forms.ChoiceField(
        label=_("How often"), choices=Frequency.choices, initial=Frequency.WEEKLY, widget=forms.RadioSelect
    )
    query = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)
