from django.db import migrations


def load(apps, schema_editor):
    from catalog.taxonomy_data import load_taxonomies

    load_taxonomies(apps, only=("Industry", "Technology", "Region", "District"))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
