"""The catalog's key is its segment everywhere (issue 13): the search models' `catalog` field is `segment`.
The tables keep their column (`db_column`), so nothing changes in the database."""

from django.db import migrations, models


def _segment():
    return models.CharField(max_length=20, db_column="catalog")


class Migration(migrations.Migration):
    dependencies = [("search", "0006_page_documents_and_vocabulary")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveConstraint(model_name="searchdocument", name="one_document_per_entry"),
                migrations.RemoveConstraint(model_name="searchbitmap", name="one_bitmap_per_key"),
                migrations.RenameField(model_name="searchdocument", old_name="catalog", new_name="segment"),
                migrations.RenameField(model_name="searchbitmap", old_name="catalog", new_name="segment"),
                migrations.AlterField(model_name="searchdocument", name="segment", field=_segment()),
                migrations.AlterField(model_name="searchbitmap", name="segment", field=_segment()),
                migrations.AddConstraint(
                    model_name="searchdocument",
                    constraint=models.UniqueConstraint(
                        fields=["segment", "entry_id"], name="one_document_per_entry"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="searchbitmap",
                    constraint=models.UniqueConstraint(
                        fields=["segment", "facet", "key"], name="one_bitmap_per_key"
                    ),
                ),
            ]
        )
    ]
