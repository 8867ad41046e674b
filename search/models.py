from django.db import models


class SearchDocument(models.Model):
    """A catalog entry for the database engine: the stems of its name and of all its text (every language,
    its facet values' labels), its facet values.

    The full-text index of `names` and `tokens` is the database's own (search.backends): on PostgreSQL a
    migration adds `tsv`, a stored tsvector (names weighted A, the rest D) with a GIN index, and a GIN index
    on `facets`; on SQLite (migrations 0004, 0005) the FTS5 table search_fts, which triggers on this table
    keep in step (a migration that makes SQLite rebuild this table must create them again).
    """

    segment = models.CharField(max_length=20, db_column="catalog")  # the column keeps its name
    entry_id = models.BigIntegerField()
    names = models.TextField(default="")
    tokens = models.TextField()
    # {"name:value": true, ...} for the facet values, plus "*": true (see search.documents.EntryDocument).
    facets = models.JSONField(default=dict)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["segment", "entry_id"], name="one_document_per_entry")]

    def __str__(self) -> str:
        return f"{self.segment} {self.entry_id}"


class SearchBitmap(models.Model):
    """The database engine's counts (search.bitmaps): the entries of a catalog that have a word of their
    document (`facet` false) or a facet key (`facet` true), as a bitmap over the entry ids."""

    segment = models.CharField(max_length=20, db_column="catalog")  # the column keeps its name
    facet = models.BooleanField()
    key = models.TextField()
    bits = models.BinaryField()

    class Meta:
        db_table = "search_bitmap"
        constraints = [models.UniqueConstraint(fields=["segment", "facet", "key"], name="one_bitmap_per_key")]

    def __str__(self) -> str:
        return f"{self.segment} {self.key}"


class PageDocument(models.Model):
    """A page for the site search on the database engines (search.page_index): the Snowball stems of its
    title and of all its searched text, as core.text makes them for the catalogs, each padded with spaces
    so that ` stem ` matches whole stems only."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    title = models.TextField()
    tokens = models.TextField()

    def __str__(self) -> str:
        return str(self.page_id)


class SearchWord(models.Model):
    """A word of the indexed text (catalog entries and pages, any language), lower case, for the
    corrections of a query that finds little (search.corrections); `documents`: in how many it occurs."""

    word = models.CharField(max_length=64, unique=True)
    documents = models.PositiveIntegerField(default=1)

    def __str__(self) -> str:
        return self.word
