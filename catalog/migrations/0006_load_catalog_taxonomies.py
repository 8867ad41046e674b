from django.db import migrations


def load(apps, schema_editor):
    from taxonomy.loading import load_taxonomies

    load_taxonomies(apps, app_label="catalog", only=("PremisesFeature", "OrganizationRole", "Capability", "Material", "Certification"))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0005_catalog_entries")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
