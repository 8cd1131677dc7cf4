"""Domain logic: plain Python (and qgis.core where geometry is needed), no widgets."""
