"""Monitoring: mining over time, per area and period."""
