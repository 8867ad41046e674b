"""Measures, news and clusters point to the taxonomies in their new app (same tables, nothing changes in the database)."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0003_accessibility_statement'),
        ('taxonomy', '0001_initial'),
    ]

    operations = [
        # The tables stay where they are: only Django's picture of which app owns what changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                    migrations.AlterField(
                        model_name='clusterpage',
                        name='industry',
                        field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='clusters', to='taxonomy.industry', verbose_name='industry'),
                    ),
                    migrations.RemoveField(
                        model_name='newspage',
                        name='topics',
                    ),
                    migrations.RemoveField(
                        model_name='supportmeasurepage',
                        name='audiences',
                    ),
                    migrations.RemoveField(
                        model_name='supportmeasurepage',
                        name='industries',
                    ),
                    migrations.AddField(
                        model_name='newspage',
                        name='topics',
                        field=modelcluster.fields.ParentalManyToManyField(blank=True, to='taxonomy.newstopic', verbose_name='tags'),
                    ),
                    migrations.AddField(
                        model_name='supportmeasurepage',
                        name='audiences',
                        field=modelcluster.fields.ParentalManyToManyField(to='taxonomy.audience', verbose_name='audiences'),
                    ),
                    migrations.AddField(
                        model_name='supportmeasurepage',
                        name='industries',
                        field=modelcluster.fields.ParentalManyToManyField(blank=True, help_text='Leave empty for a measure open to every industry.', to='taxonomy.industry', verbose_name='industries'),
                    ),
            ],
        ),
    ]
