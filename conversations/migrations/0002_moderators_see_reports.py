from django.db import migrations


def grant(apps, schema_editor):
    """Moderators see the reports of abuse (the admin's Reports menu)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="conversations", model="abusereport")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="view_abusereport", defaults={"name": "Can view report of abuse"}
    )
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("conversations", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
