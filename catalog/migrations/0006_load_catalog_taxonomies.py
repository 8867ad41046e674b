from django.db import migrations


def load(apps, schema_editor):
    from catalog.taxonomy_data import load_taxonomies

    load_taxonomies(apps, only=("PremisesFeature", "OrganizationRole", "Capability", "Material", "Certification"))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0005_catalog_entries")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
