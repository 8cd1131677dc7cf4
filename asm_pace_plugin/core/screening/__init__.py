"""Screening: PACE rules, WDPA cleaning, reference sets and their reading, point search, site classes."""
