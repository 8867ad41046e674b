"""An Atom feed of a news index page, in that page's language."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

FEED_SIZE = 20


class NewsFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def subtitle(self):
        return self.index_page.intro

    def link(self):
        return self.index_page.get_full_url(self.request)

    def feed_url(self):
        return self.index_page.get_full_url(self.request) + "feed/"

    def items(self):
        return self.index_page.news()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at
