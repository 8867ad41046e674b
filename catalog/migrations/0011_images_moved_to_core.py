"""Premises photos point to the images in their new app (core 0002); the table and its key stay."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('catalog', '0010_premises_free_now'),
        ('core', '0002_images_moved_to_core'),
    ]

    operations = [
        # The tables stay where they are: only Django's picture of which app owns what changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.AlterField(
                model_name='premisesphoto',
                name='image',
                field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='core.customimage', verbose_name='image'),
            ),
            ],
        ),
    ]
