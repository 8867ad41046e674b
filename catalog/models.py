from .manufacturers import Manufacturer
from .organizations import CompanySize, LegalForm, Organization
from .premises import Premises, PremisesKind, PremisesPhoto
from .projects import Project, ProjectStage
from .taxonomy import (
    Audience,
    Capability,
    Certification,
    District,
    Industry,
    Material,
    NewsTopic,
    Okrug,
    OrganizationRole,
    PremisesFeature,
    Region,
    Technology,
)

__all__ = [
    "Audience",
    "Capability",
    "Certification",
    "CompanySize",
    "District",
    "Industry",
    "LegalForm",
    "Manufacturer",
    "Material",
    "NewsTopic",
    "Okrug",
    "Organization",
    "OrganizationRole",
    "Premises",
    "PremisesFeature",
    "PremisesKind",
    "PremisesPhoto",
    "Project",
    "ProjectStage",
    "Region",
    "Technology",
]
