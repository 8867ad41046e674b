"""An application's region points to the taxonomy app's Region (same table)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('applications', '0002_reviewers_group'),
        ('taxonomy', '0001_initial'),
    ]

    operations = [
        # The tables stay where they are: only Django's picture of which app owns what changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                    migrations.AlterField(
                        model_name='application',
                        name='region',
                        field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.region', verbose_name='region'),
                    ),
            ],
        ),
    ]
