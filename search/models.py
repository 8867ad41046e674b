from django.db import models


class SearchDocument(models.Model):
    """The stems of one catalog entry's text in every language, for the database engine's text search."""

    catalog = models.CharField(max_length=20)
    entry_id = models.BigIntegerField()
    tokens = models.TextField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["catalog", "entry_id"], name="one_document_per_entry")]

    def __str__(self) -> str:
        return f"{self.catalog} {self.entry_id}"
