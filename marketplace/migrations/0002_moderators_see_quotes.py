from django.db import migrations


def grant(apps, schema_editor):
    """Moderators see the quotes and their files, and the orders' drawings (marketplace.access)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="marketplace", model="quote")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="view_quote", defaults={"name": "Can view quote"}
    )
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("marketplace", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
