"""Rendering shared by the dock and the algorithms: stakeholder charts, report pages, tables and
maps, the dossier, output styles.

Uses core/ and Qt/QGIS drawing; never ui/ or algorithms/, so both can use it.
"""
