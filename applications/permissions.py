"""Who may do what with applications in the admin: Django model permissions, but nobody adds or deletes.

Applications come only from applicants; personal data is erased by the retention commands, which keep the
record of the decision.
"""

from wagtail.permission_policies import ModelPermissionPolicy

from applications.models import Application

NEVER = frozenset({"add", "delete", "copy"})


class ApplicationPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action not in NEVER and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action not in NEVER])


policy = ApplicationPermissionPolicy(Application)
