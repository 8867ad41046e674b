from django.db import migrations


def load(apps, schema_editor):
    from taxonomy.loading import load_taxonomies

    load_taxonomies(apps, app_label="catalog", only=("Audience", "NewsTopic"))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0003_audiences_news_topics")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
