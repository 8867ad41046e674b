from .manufacturers import Manufacturer
from .organizations import CompanySize, LegalForm, Organization
from .premises import Premises, PremisesKind, PremisesPhoto
from .projects import Project, ProjectStage

__all__ = [
    "CompanySize",
    "LegalForm",
    "Manufacturer",
    "Organization",
    "Premises",
    "PremisesKind",
    "PremisesPhoto",
    "Project",
    "ProjectStage",
]
