"""The workflow that changes sent from the organizations' cabinets wait in: one review by the Moderators
group, for every catalog. Staff who edit in the admin may still publish at once. Made by catalog migration
0014 and again wherever the data migrations' rows are flushed (transactional tests); safe to run again."""

from django.apps import apps as installed_apps

MODELS = ("organization", "project", "premises", "manufacturer", "order")
WORKFLOW = "Изменения в каталогах"
TASK = "Проверка модератором"


def ensure_workflow(apps=installed_apps) -> None:
    """`apps`: a migration's historical apps, or the installed ones."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    content_types = [
        ContentType.objects.get_or_create(app_label="catalog", model=model)[0] for model in MODELS
    ]
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task_type = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")[0]
        task = GroupApprovalTask.objects.create(name=TASK, active=True, content_type=task_type)
        task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=Task.objects.get(pk=task.pk), defaults={"sort_order": 0}
    )
    for content_type in content_types:
        WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})
        for action in ("add", "change", "publish", "lock", "unlock"):
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{content_type.model}",
                defaults={"name": f"Can {action} {content_type.model}"},
            )
            moderators.permissions.add(permission)
