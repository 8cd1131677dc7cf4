<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../algorithms/classify_sites.py" line="107"/>
        <source>Classify sites (PACE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="110"/>
        <source>Site screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="116"/>
        <source>asm,artisanal,mining,pace,wdpa,protected,area,ecoregion,global 200,landscape,classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="121"/>
        <source>&lt;p&gt;Tells, for every mining site, whether it lies in a &lt;b&gt;protected area&lt;/b&gt;, a &lt;b&gt;WWF priority landscape&lt;/b&gt; or a &lt;b&gt;critical ecosystem&lt;/b&gt; (a Global 200 ecoregion), following the ASM-PACE definitions. The first that applies wins, in that order; sites in none are &lt;i&gt;not eligible&lt;/i&gt;. Every match is kept: a site in a national park that is also a World Heritage and a Ramsar site lists all three.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt;: points, lines or polygons, in any CRS. Sites without geometry are kept, marked &lt;i&gt;unclassified&lt;/i&gt;, and counted in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protected areas&lt;/b&gt;: one or more layers. The WDPA (classic or November 2025 schema) is recognised by itself. For a national layer, name its fields below (for example NOM_AP for the name and TYPE_AP for the designation). WDPA is cleaned as Protected Planet does: only Designated, Inscribed and Established areas are kept, UNESCO-MAB Biosphere Reserves are left out, points with a reported area (REP_AREA) become circles of that area on the ellipsoid, and invalid polygons are repaired. Each rule can be changed below; the log counts what each did.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Landscapes&lt;/b&gt;, &lt;b&gt;ecoregions&lt;/b&gt; (WWF TEOW with its G200 fields, or a Global 200 layer) and &lt;b&gt;AZE sites&lt;/b&gt; are optional. A kind of layer you do not supply is not tested, and the output says so in &lt;i&gt;not_tested&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Distances are metres on the ellipsoid, whatever the CRS. For a site outside every protected area, the nearest one within the search radius is reported.&lt;/p&gt;&lt;p&gt;Outputs: the sites with all their fields plus the PACE fields (see the README for each), styled by class; and a summary table of sites per class and per protected area.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/common.py" line="140"/>
        <source>Mining sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="109"/>
        <source>Protected areas (WDPA polygons and points, or a national layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="157"/>
        <source>Polygon layers, and WDPA point layers with REP_AREA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="160"/>
        <source>Leave out UNESCO-MAB Biosphere Reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="165"/>
        <source>Use protected-area points as circles of their reported area (REP_AREA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="172"/>
        <source>Repair invalid geometries (otherwise leave them out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="311"/>
        <source>WWF priority landscapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="184"/>
        <source>Landscape name field (empty: NAME or a usual name field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="191"/>
        <source>Ecoregions (WWF TEOW with G200 fields, or a Global 200 layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="199"/>
        <source>Ecoregion layers hold only Global 200 ecoregions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="206"/>
        <source>AZE sites (or a KBA layer with an AZE status field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="214"/>
        <source>Search radius for the nearest protected area (metres; 0: do not search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="221"/>
        <source>Measured on the ellipsoid whatever the CRS of the layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="223"/>
        <source>Data version to record (e.g. WDPA November 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="228"/>
        <source>Classified sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="231"/>
        <source>PACE summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="280"/>
        <source>The site layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="257"/>
        <source>Replacing earlier PACE fields of the input: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="351"/>
        <source>No protected-area layer was given. Add at least one (the WDPA for your country, or a national layer): without it no site can be screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="379"/>
        <source>The {} layer &apos;{}&apos; is empty. Remove it or choose another layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="385"/>
        <source>{}: {}; fields used: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="270"/>
        <source>No protected area was left after cleaning: check the statuses to keep and the layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/classify_sites.py" line="411"/>
        <source>Not tested, as no layer was given: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/common.py" line="77"/>
        <source>{} has no geometry (it is a table). Choose a point, line or polygon layer, or make points from its coordinates first (Create points layer from table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/common.py" line="84"/>
        <source>{} is empty: add sites or choose another layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/common.py" line="86"/>
        <source>{} has no valid CRS. Set it in Layer Properties &gt; Source and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/common.py" line="143"/>
        <source>Site id field (empty: feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/common.py" line="161"/>
        <source>Statuses to keep (comma-separated; empty keeps all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="71"/>
        <source>Downstream trace (mercury and sediment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="66"/>
        <source>Impacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="80"/>
        <source>asm,mining,mercury,sediment,river,downstream,trace,hydrorivers,corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="83"/>
        <source>&lt;p&gt;Follows the rivers downstream of every mining site, where mercury and sediment travel (default {:g} km, after Diringer et al. 2015 and Lobo et al. 2017/2018; 500 km or more can be asked).&lt;/p&gt;&lt;p&gt;Each site is joined to the nearest river within the &lt;b&gt;snap distance&lt;/b&gt;, then traced down through confluences (and into every branch where a river splits) until the length is reached or the network ends. Sites with no river within the snap distance are listed in the log and counted, not failed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Flow direction&lt;/b&gt;: from a downstream-id field where the network has one (HydroRIVERS NEXT_DOWN with HYRIV_ID, found by itself), otherwise from the direction the lines were drawn in (first vertex upstream). The log says which was used. Natural Earth and many national layers are not reliably drawn downstream: check the trace on the map.&lt;/p&gt;&lt;p&gt;An &lt;b&gt;on/off field&lt;/b&gt; (e.g. whether mercury is used at the site: 1, yes, oui) limits the trace to the sites where it says yes.&lt;/p&gt;&lt;p&gt;Outputs: the traced stretches as lines, and a &lt;b&gt;corridor&lt;/b&gt; of the given width around them as the mercury / sediment zone (polygons, EPSG:4326, metres on the ellipsoid).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="106"/>
        <source>Trace only sites where this field says yes (e.g. a mercury-use field; empty: all sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="114"/>
        <source>Rivers (lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="117"/>
        <source>Downstream-id field (empty: NEXT_DOWN if present, else digitising direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="125"/>
        <source>Reach id field the downstream ids refer to (empty: HYRIV_ID if present, else feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="135"/>
        <source>Snap distance: farthest a river may be from a site (metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="143"/>
        <source>Length to trace downstream (metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="151"/>
        <source>Corridor width across the river (metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="159"/>
        <source>Join line ends to another river within (metres; digitising direction only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="168"/>
        <source>Downstream traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="171"/>
        <source>Mercury and sediment corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="176"/>
        <source>Sites traced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="177"/>
        <source>Sites without a river in reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="190"/>
        <source>The river layer must hold lines (river centre-lines such as HydroRIVERS), not points or polygons. Choose a line layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="196"/>
        <source>The river layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="203"/>
        <source>The {} must be more than 0 metres (it is {:g}). Give a positive distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="219"/>
        <source>Reading the river network...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="232"/>
        <source>River lines repaired or left out: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="238"/>
        <source>No downstream-id field: the flow direction is assumed to be the digitising direction of the lines. Check on the map that traces run downstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="245"/>
        <source>The river layer has no usable line. Choose another layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="297"/>
        <source>Sites without a river within {:g} m (not traced): {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/downstream_trace.py" line="302"/>
        <source>Downstream trace: {} sites traced over up to {:g} m, {} without a river within {:g} m, {} without usable geometry, {} left out by the on/off field; site geometries repaired: {}; direction from {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_assessments.py" line="87"/>
        <source>Export assessments (table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="153"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_assessments.py" line="96"/>
        <source>asm,pace,export,csv,xlsx,report,programme,stakeholders,decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_assessments.py" line="99"/>
        <source>&lt;p&gt;Writes one row per assessed site of the workspace for programme reporting: PACE class, profile, number of stakeholders and key players, the fit of each approach, the decision, its rationale and date. Save it as CSV, XLSX or GeoPackage. The optional second table has one row per stakeholder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safe to share by default&lt;/b&gt;: sensitive stakeholders (marked so in the dock, or of a sensitive group) are left out and only contacts marked shareable are kept, unless you tick &lt;i&gt;Include contacts and sensitive stakeholders&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_assessments.py" line="115"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_assessments.py" line="118"/>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_assessments.py" line="173"/>
        <source>{} site(s) exported; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_assessments.py" line="173"/>
        <source>contacts and sensitive stakeholders INCLUDED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_assessments.py" line="173"/>
        <source>redaction applied: {} contact(s) or sensitive stakeholder(s) left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="310"/>
        <source>Impact zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="63"/>
        <source>asm,mining,impact,buffer,geodesic,deforestation,hunting,zone,pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="71"/>
        <source>&lt;p&gt;Draws, around every mining site, the zones its impacts reach: site footprint, off-site deforestation, hunting pressure, landscape deforestation, charcoal and timber.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distances are metres on the ellipsoid&lt;/b&gt; whatever the CRS: a 10 km zone covers the same area at the equator, at 47°N or at 70°N, and zones crossing the 180° meridian are split on both sides. Polygon and line sites are buffered from their edge.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pathways&lt;/b&gt;: names separated by commas. Shipped pathways and default distances: {}. Each default comes with its source and confidence (see the catalogue file resources/catalogues/impact_pathways.csv, or give your own edited copy).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distances&lt;/b&gt;: change a default, e.g. &lt;i&gt;hunting=12700, charcoal_timber=5000&lt;/i&gt; (metres).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per-site distance fields&lt;/b&gt;: take a site's distance from one of its fields, e.g. &lt;i&gt;hunting=hunt_m&lt;/i&gt;; an empty value uses the default distance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;On/off fields&lt;/b&gt;: draw a pathway only for sites where a field says yes (1, true, yes, oui), e.g. &lt;i&gt;charcoal_timber=uses_wood&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rings&lt;/b&gt;: each zone without the smaller ones (footprint, then 1–10 km, then 10–70 km), for maps; keep full discs to measure pressure on protected areas. &lt;b&gt;Dissolve&lt;/b&gt; merges the zones of all sites, per pathway or all together.&lt;/p&gt;&lt;p&gt;Each zone says its site, pathway, distance, where the distance comes from and its area in hectares. Output in EPSG:4326. Next step: &lt;i&gt;Pressure on protected areas&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="99"/>
        <source>Impact pathways (comma-separated names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="104"/>
        <source>Distances in metres replacing the defaults (pathway=metres, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="111"/>
        <source>Per-site distance fields in metres (pathway=field, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="118"/>
        <source>On/off fields (pathway=field, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="123"/>
        <source>Non-overlapping rings instead of full discs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="128"/>
        <source>Dissolve zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="136"/>
        <source>Impact-pathway catalogue (CSV; empty: the shipped one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="147"/>
        <source>Number of zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="148"/>
        <source>Sites without any zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="170"/>
        <source>{}: {} ({}){}{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="224"/>
        <source>Dissolving zones...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="231"/>
        <source>{}: {} sites without this zone ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/impact_zones.py" line="233"/>
        <source>Impact zones: {} zones written for {} sites and {} pathways ({}, {}); sites without any zone: {}; site geometries repaired: {}; {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="132"/>
        <source>Pressure on protected areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="72"/>
        <source>asm,mining,impact,pressure,protected,area,wdpa,hectares,share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="75"/>
        <source>&lt;p&gt;Measures how much of each protected area the impact zones of the mining sites cover, per impact pathway: hectares inside the zones, share of the protected area, how many sites contribute and which, and (if the site layer is given) which sites lie inside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Impact zones&lt;/b&gt;: one or more outputs of &lt;i&gt;Impact zones&lt;/i&gt; (full discs, not dissolved, so that sites can be counted) and of &lt;i&gt;Downstream trace&lt;/i&gt; (mercury corridors). Zones of several sites that overlap are counted once per pathway.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protected areas&lt;/b&gt;: WDPA or a national layer, cleaned as in &lt;i&gt;Classify sites&lt;/i&gt; (statuses kept, UNESCO-MAB left out, invalid polygons repaired). Parcels sharing an id are one protected area.&lt;/p&gt;&lt;p&gt;Areas are in hectares on the ellipsoid, never in planar degrees. Outputs: the pressured part of each protected area per pathway (polygons, EPSG:4326), and a table with one row per site, pathway and protected area reached.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="94"/>
        <source>Impact zones and mercury corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="99"/>
        <source>Pathway field of the zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="104"/>
        <source>Site id field of the zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="117"/>
        <source>Mining sites (optional: to list the sites inside each protected area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="125"/>
        <source>Site id field of the sites (empty: feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="137"/>
        <source>Protected areas reached by each site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="145"/>
        <source>Protected areas under pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="182"/>
        <source>Pressure: {} zones read, {} protected areas under pressure ({} rows per pathway); geometries repaired: {}; features without usable geometry skipped: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="204"/>
        <source>No impact-zone layer was given. Run Impact zones (or Downstream trace) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="209"/>
        <source>The impact-zone layer &apos;{}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="213"/>
        <source>{} must hold polygons: use the output of Impact zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="232"/>
        <source>{} has no {} field &apos;{}&apos;. Use the output of Impact zones, or name the right field (empty: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="243"/>
        <source>No protected-area layer was given. Add at least one (WDPA or national).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="255"/>
        <source>The protected-area layer &apos;{}&apos; is empty. Remove it or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/pa_pressure.py" line="283"/>
        <source>The site layer has no field &apos;{}&apos;. Check the site id field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="56"/>
        <source>Assessment workspace (.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="60"/>
        <source>Site keys (comma-separated; empty: all sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="67"/>
        <source>Include contacts and sensitive stakeholders (unsafe to share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="82"/>
        <source>The table has no field {} to match sites by (fields: {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="116"/>
        <source>The assessment workspace {} does not exist: choose the .gpkg the dock writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="150"/>
        <source>Site dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="159"/>
        <source>asm,pace,dossier,report,pdf,html,atlas,stakeholders,decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="166"/>
        <source>&lt;p&gt;Writes a &lt;b&gt;dossier&lt;/b&gt; for each site, to print or send before a meeting: a map of the site with the protected areas, landscapes, ecoregions and impact zones you give (scale bar, north arrow, legend, data sources); its PACE classification and designations; pressure figures; the site profile; the stakeholders with their influence–interest grid and relation network; the fit of each management approach with its reasons; the decision, its rationale and its history; the date and the plugin version.&lt;/p&gt;&lt;p&gt;One &lt;b&gt;PDF&lt;/b&gt; holds a section of pages per site; the &lt;b&gt;HTML&lt;/b&gt; page holds the same, with its pictures in a folder beside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt;: all sites of the workspace, or the classified-sites layer (tick &lt;i&gt;Selected features only&lt;/i&gt; for a selection). &lt;b&gt;Site keys&lt;/b&gt; narrows to some sites (comma-separated).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safe to share by default&lt;/b&gt;: sensitive stakeholders (marked so in the dock, or of a sensitive group) and contacts not marked shareable are left out, and each dossier says how many. Tick &lt;i&gt;Include contacts and sensitive stakeholders&lt;/i&gt; only for a dossier that stays with people entitled to them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="189"/>
        <source>Classified sites (empty: the sites of the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="195"/>
        <source>Site key field of the classified sites (empty: the workspace&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="212"/>
        <source>Impact zones (asm_pace:impactzones output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="218"/>
        <source>Site key field of the impact zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="224"/>
        <source>Pressure per site (asm_pace:papressure per-site table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="230"/>
        <source>Site key field of the pressure table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="236"/>
        <source>Data sources and versions to print (e.g. WDPA November 2025; WWF TEOW 2001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="244"/>
        <source>Dossiers (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="244"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="249"/>
        <source>Dossiers (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="249"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="255"/>
        <source>Number of dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="256"/>
        <source>Number of PDF pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="271"/>
        <source>Choose the key field of the classified sites ({} not found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="300"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="311"/>
        <source>Protected areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="311"/>
        <source>Ecoregions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="350"/>
        <source>No site to write a dossier for: give site keys the workspace holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="400"/>
        <source>{} dossier(s) on {} page(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="402"/>
        <source>Contacts and sensitive stakeholders are INCLUDED: do not share widely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/site_dossiers.py" line="404"/>
        <source>Redaction applied: {} contact(s) or sensitive stakeholder(s) left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsmPacePlugin</name>
    <message>
        <location filename="../ui/actions.py" line="29"/>
        <source>ASM-PACE sample data (synthetic)</source>
        <translation>Datos de ejemplo de ASM-PACE (sintéticos)</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="48"/>
        <source>ASM-PACE assessment</source>
        <translation>Evaluación ASM-PACE</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="53"/>
        <source>Assess sites one by one: profile, stakeholders, management options</source>
        <translation>Evaluar los sitios uno por uno: perfil, actores, opciones de manejo</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="89"/>
        <source>Classify sites (PACE)…</source>
        <translation>Clasificar los sitios (PACE)…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="90"/>
        <source>Classify mining sites against protected areas, landscapes and ecoregions</source>
        <translation>Clasificar los sitios mineros frente a las áreas protegidas, los paisajes y las ecorregiones</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="94"/>
        <source>Load synthetic sample data</source>
        <translation>Cargar los datos de ejemplo sintéticos</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="95"/>
        <source>Add the plugin&apos;s small synthetic sample layers to the project</source>
        <translation>Añadir al proyecto las pequeñas capas de ejemplo sintéticas del complemento</translation>
    </message>
</context>
</TS>
