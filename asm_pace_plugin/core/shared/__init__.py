"""What every stage shares: geodesy, fields in and out, formatting, languages, QGIS shims, errors, paths."""
