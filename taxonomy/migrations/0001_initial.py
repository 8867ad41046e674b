"""The taxonomies, moved from the catalog app with their tables (catalog_<model>): no data moves."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
    ]

    operations = [
        # The tables stay where they are: only Django's picture of which app owns what changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                    migrations.CreateModel(
                        name='Audience',
                        fields=[
                            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                            ('slug', models.SlugField(max_length=80, unique=True, verbose_name='slug')),
                            ('name_ru', models.CharField(max_length=255, verbose_name='name (Russian)')),
                            ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ],
                        options={
                            'verbose_name': 'audience',
                            'verbose_name_plural': 'audiences',
                            'db_table': 'catalog_audience',
                            'ordering': ['id'],
                            'abstract': False,
                        },
                    ),
                    migrations.CreateModel(
                        name='Capability',
                        fields=[
                            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                            ('slug', models.SlugField(max_length=80, unique=True, verbose_name='slug')),
                            ('name_ru', models.CharField(max_length=255, verbose_name='name (Russian)')),
                            ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ],
                        options={
                            'verbose_name': 'capability',
                            'verbose_name_plural': 'capabilities',
                            'db_table': 'catalog_capability',
                            'ordering': ['name_ru'],
                            'abstract': False,
                        },
                    ),
                    migrations.CreateModel(
                        name='Certification',
                        fields=[
                            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                            ('slug', models.SlugField(max_length=80, unique=True, verbose_name='slug')),
                            ('name_ru', models.CharField(max_length=255, verbose_name='name (Russian)')),
                            ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ],
                        options={
                            'verbose_name': 'certification',
                            'verbose_name_plural': 'certifications',
                            'db_table': 'catalog_certification',
                            'ordering': ['name_ru'],
                            'abstract': False,
                        },
                    ),
                    migrations.CreateModel(
                        name='Industry',
                        fields=[
                            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                            ('slug', models.SlugField(max_length=80, unique=True, verbose_name='slug')),
                            ('name_ru', models.CharField(max_length=255, verbose_name='name (Russian)')),
                            ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ],
                        options={
                            'verbose_name': 'industry',
                            'verbose_name_plural': 'industries',
                            'db_table': 'catalog_industry',
                            'ordering': ['name_ru'],
                            'abstract': False,
                        },
                    ),
                    migrations.CreateModel(
                        name='Material',
                        fields=[
                            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                            ('slug', models.SlugField(max_length=80, unique=True, verbose_name='slug')),
                            ('name_ru', models.CharField(max_length=255, verbose_name='name (Russian)')),
                            ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ],
                        options={
                            'verbose_name': 'material',
                            'verbose_name_plural': 'materials',
                            'db_table': 'catalog_material',
                            'ordering': ['name_ru'],
                            'abstract': False,
                        },
                    ),
                    migrations.CreateModel(
                        name='NewsTopic',
                        fields=[
                            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                            ('slug', models.SlugField(max_length=80, unique=True, verbose_name='slug')),
                            ('name_ru', models.CharField(max_length=255, verbose_name='name (Russian)')),
                            ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ],
                        options={
                            'verbose_name': 'news topic',
                            'verbose_name_plural': 'news topics',
                            'db_table': 'catalog_newstopic',
                            'ordering': ['name_ru'],
                            'abstract': False,
                        },
                    ),
                    migrations.CreateModel(
                        name='Okrug',
                        fields=[
                            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                            ('slug', models.SlugField(max_length=80, unique=True, verbose_name='slug')),
                            ('name_ru', models.CharField(max_length=255, verbose_name='name (Russian)')),
                            ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                            ('code', models.CharField(max_length=10, unique=True, verbose_name='code')),
                        ],
                        options={
                            'verbose_name': 'administrative okrug',
                            'verbose_name_plural': 'administrative okrugs',
                            'db_table': 'catalog_okrug',
                            'ordering': ['name_ru'],
                            'abstract': False,
                        },
                    ),
                    migrations.CreateModel(
                        name='OrganizationRole',
                        fields=[
                            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                            ('slug', models.SlugField(max_length=80, unique=True, verbose_name='slug')),
                            ('name_ru', models.CharField(max_length=255, verbose_name='name (Russian)')),
                            ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ],
                        options={
                            'verbose_name': 'organization role',
                            'verbose_name_plural': 'organization roles',
                            'db_table': 'catalog_organizationrole',
                            'ordering': ['id'],
                            'abstract': False,
                        },
                    ),
                    migrations.CreateModel(
                        name='PremisesFeature',
                        fields=[
                            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                            ('slug', models.SlugField(max_length=80, unique=True, verbose_name='slug')),
                            ('name_ru', models.CharField(max_length=255, verbose_name='name (Russian)')),
                            ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ],
                        options={
                            'verbose_name': 'premises feature',
                            'verbose_name_plural': 'premises features',
                            'db_table': 'catalog_premisesfeature',
                            'ordering': ['name_ru'],
                            'abstract': False,
                        },
                    ),
                    migrations.CreateModel(
                        name='Region',
                        fields=[
                            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                            ('slug', models.SlugField(max_length=80, unique=True, verbose_name='slug')),
                            ('name_ru', models.CharField(max_length=255, verbose_name='name (Russian)')),
                            ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                            ('code', models.CharField(max_length=2, unique=True, verbose_name='code')),
                            ('kind', models.CharField(choices=[('republic', 'republic'), ('krai', 'krai'), ('oblast', 'oblast'), ('federal_city', 'federal city'), ('autonomous_oblast', 'autonomous oblast'), ('autonomous_okrug', 'autonomous okrug')], max_length=20, verbose_name='kind')),
                        ],
                        options={
                            'verbose_name': 'region',
                            'verbose_name_plural': 'regions',
                            'db_table': 'catalog_region',
                            'ordering': ['name_ru'],
                            'abstract': False,
                        },
                    ),
                    migrations.CreateModel(
                        name='Technology',
                        fields=[
                            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                            ('slug', models.SlugField(max_length=80, unique=True, verbose_name='slug')),
                            ('name_ru', models.CharField(max_length=255, verbose_name='name (Russian)')),
                            ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                        ],
                        options={
                            'verbose_name': 'technology',
                            'verbose_name_plural': 'technologies',
                            'db_table': 'catalog_technology',
                            'ordering': ['name_ru'],
                            'abstract': False,
                        },
                    ),
                    migrations.CreateModel(
                        name='District',
                        fields=[
                            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                            ('slug', models.SlugField(max_length=80, unique=True, verbose_name='slug')),
                            ('name_ru', models.CharField(max_length=255, verbose_name='name (Russian)')),
                            ('name_en', models.CharField(max_length=255, verbose_name='name (English)')),
                            ('kind', models.CharField(choices=[('district', 'district'), ('settlement', 'settlement')], max_length=20, verbose_name='kind')),
                            ('okrug', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='districts', to='taxonomy.okrug', verbose_name='okrug')),
                        ],
                        options={
                            'verbose_name': 'district',
                            'verbose_name_plural': 'districts',
                            'db_table': 'catalog_district',
                            'ordering': ['name_ru'],
                            'abstract': False,
                        },
                    ),
            ],
        ),
    ]
