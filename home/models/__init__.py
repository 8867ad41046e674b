from .images import CustomImage, CustomRendition
from .pages import HomePage

__all__ = ["CustomImage", "CustomRendition", "HomePage"]
