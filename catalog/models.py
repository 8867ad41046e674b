from .manufacturers import Manufacturer
from .orders import Order, OrderStatus
from .organizations import CompanySize, LegalForm, Organization
from .premises import Premises, PremisesKind, PremisesPhoto
from .projects import Project, ProjectStage

__all__ = [
    "CompanySize",
    "LegalForm",
    "Manufacturer",
    "Order",
    "OrderStatus",
    "Organization",
    "Premises",
    "PremisesKind",
    "PremisesPhoto",
    "Project",
    "ProjectStage",
]
