from .taxonomy import Audience, District, Industry, NewsTopic, Okrug, Region, Technology

__all__ = ["Audience", "District", "Industry", "NewsTopic", "Okrug", "Region", "Technology"]
