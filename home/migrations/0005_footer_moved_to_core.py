"""The footer settings leave the home app for core (core 0001) with their tables: no data moves."""

from django.db import migrations


def move_content_types(apps, schema_editor):
    """The settings' permission (change footer) follows the model to its new app."""
    content_types = apps.get_model("contenttypes", "ContentType")
    content_types.objects.filter(app_label="home", model__in=MOVED).update(app_label="core")


def keep_content_types(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    content_types.objects.filter(app_label="core", model__in=MOVED).update(app_label="home")


MOVED = ["footersettings", "footerlink"]


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0001_initial'),
        ('home', '0004_taxonomies_moved'),
    ]

    operations = [
        # The tables stay where they are: only Django's picture of which app owns what changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
        migrations.RemoveField(
            model_name='footersettings',
            name='site',
        ),
        migrations.DeleteModel(
            name='FooterLink',
        ),
        migrations.DeleteModel(
            name='FooterSettings',
        ),
            ],
        ),
        migrations.RunPython(move_content_types, keep_content_types),
    ]
