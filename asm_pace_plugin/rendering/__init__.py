"""Rendering shared by the dock and the algorithms: stakeholder charts, dossier layout, output styles.

Uses core/ and Qt/QGIS drawing; never ui/ or algorithms/, so both can use it.
"""
