"""The taxonomies leave the catalog app for their own (taxonomy 0001) with their tables: no data moves."""

import django.db.models.deletion
from django.db import migrations, models


def move_content_types(apps, schema_editor):
    """Permissions and anything else keyed by content type follow the models to their new app."""
    content_types = apps.get_model("contenttypes", "ContentType")
    content_types.objects.filter(app_label="catalog", model__in=TAXONOMIES).update(app_label="taxonomy")


def keep_content_types(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    content_types.objects.filter(app_label="taxonomy", model__in=TAXONOMIES).update(app_label="catalog")


TAXONOMIES = [
    "audience", "capability", "certification", "district", "industry", "material", "newstopic", "okrug",
    "organizationrole", "premisesfeature", "region", "technology",
]  # fmt: skip


class Migration(migrations.Migration):

    dependencies = [
        ('applications', '0003_taxonomies_moved'),
        ('catalog', '0008_name_trigram_indexes'),
        ('home', '0004_taxonomies_moved'),
        ('taxonomy', '0001_initial'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        # The tables stay where they are: only Django's picture of which app owns what changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                    migrations.DeleteModel(
                        name='Audience',
                    ),
                    migrations.RemoveField(
                        model_name='manufacturer',
                        name='capabilities',
                    ),
                    migrations.RemoveField(
                        model_name='manufacturer',
                        name='certifications',
                    ),
                    migrations.RemoveField(
                        model_name='district',
                        name='okrug',
                    ),
                    migrations.AlterField(
                        model_name='premises',
                        name='district',
                        field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='premises', to='taxonomy.district', verbose_name='district'),
                    ),
                    migrations.AlterField(
                        model_name='project',
                        name='industry',
                        field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='projects', to='taxonomy.industry', verbose_name='industry'),
                    ),
                    migrations.RemoveField(
                        model_name='organization',
                        name='industries',
                    ),
                    migrations.RemoveField(
                        model_name='manufacturer',
                        name='materials',
                    ),
                    migrations.DeleteModel(
                        name='NewsTopic',
                    ),
                    migrations.AlterField(
                        model_name='premises',
                        name='okrug',
                        field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='premises', to='taxonomy.okrug', verbose_name='okrug'),
                    ),
                    migrations.RemoveField(
                        model_name='organization',
                        name='roles',
                    ),
                    migrations.RemoveField(
                        model_name='premises',
                        name='features',
                    ),
                    migrations.AlterField(
                        model_name='organization',
                        name='region',
                        field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='organizations', to='taxonomy.region', verbose_name='region'),
                    ),
                    migrations.RemoveField(
                        model_name='project',
                        name='technologies',
                    ),
                    migrations.DeleteModel(
                        name='Capability',
                    ),
                    migrations.AddField(
                        model_name='manufacturer',
                        name='capabilities',
                        field=models.ManyToManyField(to='taxonomy.capability', verbose_name='capabilities'),
                    ),
                    migrations.DeleteModel(
                        name='Certification',
                    ),
                    migrations.AddField(
                        model_name='manufacturer',
                        name='certifications',
                        field=models.ManyToManyField(blank=True, to='taxonomy.certification', verbose_name='certifications'),
                    ),
                    migrations.DeleteModel(
                        name='District',
                    ),
                    migrations.DeleteModel(
                        name='Industry',
                    ),
                    migrations.AddField(
                        model_name='organization',
                        name='industries',
                        field=models.ManyToManyField(blank=True, to='taxonomy.industry', verbose_name='industries'),
                    ),
                    migrations.DeleteModel(
                        name='Material',
                    ),
                    migrations.AddField(
                        model_name='manufacturer',
                        name='materials',
                        field=models.ManyToManyField(blank=True, to='taxonomy.material', verbose_name='materials'),
                    ),
                    migrations.DeleteModel(
                        name='Okrug',
                    ),
                    migrations.DeleteModel(
                        name='OrganizationRole',
                    ),
                    migrations.AddField(
                        model_name='organization',
                        name='roles',
                        field=models.ManyToManyField(to='taxonomy.organizationrole', verbose_name='roles'),
                    ),
                    migrations.DeleteModel(
                        name='PremisesFeature',
                    ),
                    migrations.AddField(
                        model_name='premises',
                        name='features',
                        field=models.ManyToManyField(blank=True, to='taxonomy.premisesfeature', verbose_name='features'),
                    ),
                    migrations.DeleteModel(
                        name='Region',
                    ),
                    migrations.DeleteModel(
                        name='Technology',
                    ),
                    migrations.AddField(
                        model_name='project',
                        name='technologies',
                        field=models.ManyToManyField(blank=True, to='taxonomy.technology', verbose_name='technologies'),
                    ),
            ],
        ),
        migrations.RunPython(move_content_types, keep_content_types),
    ]
