from django.db import migrations


def load(apps, schema_editor):
    from taxonomy.loading import load_taxonomies

    load_taxonomies(apps, app_label="catalog", only=("Industry", "Technology", "Region", "District"))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
