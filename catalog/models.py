from .taxonomy import District, Industry, Okrug, Region, Technology

__all__ = ["District", "Industry", "Okrug", "Region", "Technology"]
