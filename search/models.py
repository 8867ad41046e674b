from django.db import models


class SearchDocument(models.Model):
    """A catalog entry for the database engine: the stems of its text in every language, its facet values.

    On PostgreSQL a migration adds `tsv`, a stored tsvector of `tokens` with a GIN index (full-text search
    over the same Snowball stems SQLite matches with LIKE), and a GIN index on `facets`.
    """

    catalog = models.CharField(max_length=20)
    entry_id = models.BigIntegerField()
    tokens = models.TextField()
    # {"name:value": true, ...} for the facet values, plus "*": true (see search.documents.EntryDocument).
    facets = models.JSONField(default=dict)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["catalog", "entry_id"], name="one_document_per_entry")]

    def __str__(self) -> str:
        return f"{self.catalog} {self.entry_id}"


class SearchBitmap(models.Model):
    """PostgreSQL's database engine only (search.bitmaps): the entries of a catalog that have a word of
    their document (`facet` false) or a facet key (`facet` true), as a bitmap over the entry ids."""

    catalog = models.CharField(max_length=20)
    facet = models.BooleanField()
    key = models.TextField()
    bits = models.BinaryField()

    class Meta:
        db_table = "search_bitmap"
        constraints = [models.UniqueConstraint(fields=["catalog", "facet", "key"], name="one_bitmap_per_key")]

    def __str__(self) -> str:
        return f"{self.catalog} {self.key}"
