"""Manufacturing orders join the catalogs' moderation workflow (catalog.moderation)."""

from django.db import migrations

from catalog.moderation import ensure_workflow


def add(apps, schema_editor):
    ensure_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0017_manufacturing_orders"),
    ]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
