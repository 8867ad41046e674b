"""The images leave the home app for core (core 0002) with their tables: no data moves."""

import django.db.models.deletion
from django.db import migrations, models


def move_content_types(apps, schema_editor):
    """Image tags and any permission on these models follow them to their new app."""
    content_types = apps.get_model("contenttypes", "ContentType")
    content_types.objects.filter(app_label="home", model__in=MOVED).update(app_label="core")


def keep_content_types(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    content_types.objects.filter(app_label="core", model__in=MOVED).update(app_label="home")


MOVED = ["customimage", "customrendition"]


class Migration(migrations.Migration):

    dependencies = [
        ('catalog', '0011_images_moved_to_core'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0002_images_moved_to_core'),
        ('home', '0005_footer_moved_to_core'),
    ]

    operations = [
        # The tables stay where they are: only Django's picture of which app owns what changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.RemoveField(
                model_name='customimage',
                name='collection',
            ),
            migrations.RemoveField(
                model_name='customimage',
                name='tags',
            ),
            migrations.RemoveField(
                model_name='customimage',
                name='uploaded_by_user',
            ),
            migrations.AlterField(
                model_name='newspage',
                name='image',
                field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.customimage', verbose_name='image'),
            ),
            migrations.AlterField(
                model_name='homepage',
                name='hero_image',
                field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.customimage', verbose_name='hero image'),
            ),
            migrations.DeleteModel(
                name='CustomRendition',
            ),
            migrations.DeleteModel(
                name='CustomImage',
            ),
            ],
        ),
        migrations.RunPython(move_content_types, keep_content_types),
    ]
