from django.db import migrations


def load(apps, schema_editor):
    from catalog.taxonomy_data import load_taxonomies

    load_taxonomies(apps, only=("Audience", "NewsTopic"))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0003_audiences_news_topics")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
