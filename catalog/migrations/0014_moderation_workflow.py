"""The catalogs' moderation workflow (catalog.moderation)."""

from django.db import migrations

from catalog.moderation import ensure_workflow


def create(apps, schema_editor):
    ensure_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0013_moderated_revisions"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
