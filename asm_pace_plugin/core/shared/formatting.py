"""Areas, shares, distances and coordinates as people write them, in the dossier's language.

The dossier's sections (core/assessment/dossier.py) format their cells here, so the PDF and the HTML say
the same; numbers and dates are written by i18n (thousands separators, decimal commas, month
names of the language). A value that is not a number is shown as it is, never dropped.
"""

from .i18n import number, translate


def as_number(value):
    """The value as a float, or None when it is empty or not a number."""
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _as_given(value):
    return "" if value is None else str(value)


def hectare_figure(value):
    """Hectares rounded as a reader needs them, without the unit: 31,416; 3.1 below 10; 0.04."""
    area = as_number(value)
    if area is None:
        return _as_given(value)
    return number(area, 0 if abs(area) >= 10 or area == 0 else 1 if abs(area) >= 0.1 else 2)


def hectares(value):
    """hectare_figure with its unit: 31,416 ha."""
    if as_number(value) is None:
        return _as_given(value)
    return translate("DossierFormat", "{area} ha").format(area=hectare_figure(value))


def kilometre_figure(metres):
    """Metres as kilometres without the unit: 10, 2.5, 0.3."""
    value = as_number(metres)
    if value is None:
        return _as_given(metres)
    kilometres = value / 1000
    return number(kilometres, 0 if kilometres >= 100 or kilometres == round(kilometres) else 1)


def percent(share):
    """A share (0-1) as a percentage: 38%, 4.5%, and "< 0.1%" for a trace."""
    value = as_number(share)
    if value is None:
        return _as_given(share)
    shown = value * 100
    if 0 < shown < 0.1:
        return translate("DossierFormat", "< {share}%").format(share=number(0.1, 1))
    decimals = 0 if shown >= 10 or shown == 0 else 1
    return translate("DossierFormat", "{share}%").format(share=number(shown, decimals))


def distance(metres):
    """A distance from the site: "inside" at 0, metres below 1 km, else kilometres."""
    value = as_number(metres)
    if value is None:
        return _as_given(metres)
    if value <= 0:
        return translate("DossierFormat", "inside")
    if value < 1000:
        return translate("DossierFormat", "{distance} m").format(distance=number(value))
    decimals = 1 if value < 100_000 else 0
    return translate("DossierFormat", "{distance} km").format(distance=number(value / 1000, decimals))


def degrees(latitude, longitude):
    """Latitude and longitude in decimal degrees with their hemispheres: 2.0500° S, 28.0500° E."""
    north_south = translate("DossierFormat", "N") if latitude >= 0 else translate("DossierFormat", "S")
    east_west = translate("DossierFormat", "E") if longitude >= 0 else translate("DossierFormat", "W")
    return translate("DossierFormat", "{latitude}° {north_south}, {longitude}° {east_west}").format(
        latitude=number(abs(latitude), 4),
        north_south=north_south,
        longitude=number(abs(longitude), 4),
        east_west=east_west,
    )


def utm(zone, northern, easting, northing):
    """UTM coordinates in metres: zone 35S, 505,555 E, 9,773,377 N."""
    return translate("DossierFormat", "zone {zone}{hemisphere}, {easting} E, {northing} N").format(
        zone=zone,
        hemisphere="N" if northern else "S",
        easting=number(easting),
        northing=number(northing),
    )
