<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AlgorithmDialog</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="114"/>
        <source>{warning}

Run anyway?</source>
        <translation>{warning}

¿Ejecutar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="49"/>
        <source>This project has never been saved: the layers this step makes would be temporary, lost when QGIS closes or crashes. Save the project now, and they are written to a GeoPackage beside it (its name{suffix}), where they stay.</source>
        <translation>Este proyecto nunca se ha guardado: las capas que produce este paso serían temporales y se perderían al cerrar QGIS o si se bloquea. Guarde el proyecto ahora: se escribirán en un GeoPackage junto a él (su nombre{suffix}), donde se conservan.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="57"/>
        <source>Save the project…</source>
        <translation>Guardar el proyecto…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="58"/>
        <source>Keep them temporary</source>
        <translation>Dejarlas temporales</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="69"/>
        <source>Save the project</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="69"/>
        <source>QGIS projects (*.qgz)</source>
        <translation>Proyectos de QGIS (*.qgz)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="79"/>
        <source>The project could not be saved: {error}</source>
        <translation>No se pudo guardar el proyecto: {error}</translation>
    </message>
</context>
<context>
    <name>ApproachFit</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="20"/>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="21"/>
        <source>possible</source>
        <translation>posible</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="22"/>
        <source>not advisable</source>
        <translation>desaconsejado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="40"/>
        <source>protected area</source>
        <translation>área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="41"/>
        <source>WWF priority landscape</source>
        <translation>Paisaje prioritario del WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="42"/>
        <source>Global 200 ecoregion (critical ecosystem)</source>
        <translation>ecorregión prioritaria Global 200 (ecosistema crítico)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="43"/>
        <source>place outside the PACE layers tested</source>
        <translation>lugar fuera de las capas PACE evaluadas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="44"/>
        <source>site not classified</source>
        <translation>sitio sin clasificar</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="135"/>
        <source>It is never recommended on its own: combine it with other approaches.</source>
        <translation>Nunca se recomienda por sí solo: combínelo con otros enfoques.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="141"/>
        <source>Nothing answered so far argues for or against this approach here.</source>
        <translation>Nada de lo respondido hasta ahora argumenta a favor o en contra de este enfoque aquí.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="53"/>
        <source>recommended</source>
        <comment>feminine</comment>
        <translation>recomendada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="54"/>
        <source>recommended</source>
        <comment>masculine</comment>
        <translation>recomendado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="55"/>
        <source>recommended</source>
        <comment>feminine plural</comment>
        <translation>recomendadas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="56"/>
        <source>recommended</source>
        <comment>masculine plural</comment>
        <translation>recomendados</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="57"/>
        <source>possible</source>
        <comment>feminine</comment>
        <translation>posible</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="58"/>
        <source>possible</source>
        <comment>masculine</comment>
        <translation>posible</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="59"/>
        <source>possible</source>
        <comment>feminine plural</comment>
        <translation>posibles</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="60"/>
        <source>possible</source>
        <comment>masculine plural</comment>
        <translation>posibles</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="61"/>
        <source>not advisable</source>
        <comment>feminine</comment>
        <translation>desaconsejada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="62"/>
        <source>not advisable</source>
        <comment>masculine</comment>
        <translation>desaconsejado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="63"/>
        <source>not advisable</source>
        <comment>feminine plural</comment>
        <translation>desaconsejadas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="64"/>
        <source>not advisable</source>
        <comment>masculine plural</comment>
        <translation>desaconsejados</translation>
    </message>
</context>
<context>
    <name>AreaReport</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="95"/>
        <source>sites</source>
        <translation>sitios</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="95"/>
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="109"/>
        <source>The layer &apos;{layer}&apos; is the trend table of Mining over time (one row per area). Give its table per area and period instead (the output &apos;Mining per area and period&apos;).</source>
        <translation>La capa «{layer}» es la tabla de tendencias de Minería en el tiempo (una fila por zona). Indique en su lugar su tabla por zona y período (la salida «Minería por zona y período»).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="116"/>
        <source>The layer &apos;{layer}&apos; is not the table per area and period of Mining over time: it lacks the fields {fields}. Run Mining over time and give its output &apos;Mining per area and period&apos;.</source>
        <translation>La capa «{layer}» no es la tabla por zona y período de Minería en el tiempo: le faltan los campos {fields}. Ejecute Minería en el tiempo e indique su salida «Minería por zona y período».</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="129"/>
        <source>The layer &apos;{layer}&apos; is not the footprints layer of Mining over time: it lacks the fields {fields}. Give its output &apos;Footprints with their areas and periods&apos;, or leave it empty (the maps then show the new mining inside each area).</source>
        <translation>La capa «{layer}» no es la capa de huellas de Minería en el tiempo: le faltan los campos {fields}. Indique su salida «Huellas con sus zonas y períodos», o déjela vacía (los mapas muestran entonces la minería nueva dentro de cada zona).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="151"/>
        <source>The period &apos;{period}&apos; of the area &apos;{area}&apos; in &apos;{layer}&apos; is not one Mining over time writes (2019, 2025-Q2, 2025-05): give its table per area and period as it wrote it.</source>
        <translation>El período «{period}» de la zona «{area}» en «{layer}» no es uno de los que escribe Minería en el tiempo (2019, 2025-Q2, 2025-05): indique su tabla por zona y período tal como la escribió.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="161"/>
        <source>The table &apos;{layer}&apos; mixes years, quarters or months: it holds the rows of several runs. Give the table of one run of Mining over time.</source>
        <translation>La tabla «{layer}» mezcla años, trimestres o meses: contiene las filas de varias ejecuciones. Indique la tabla de una sola ejecución de Minería en el tiempo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="177"/>
        <source>The area &apos;{area}&apos; has the period {periods} twice in &apos;{layer}&apos;: the table holds the rows of several runs. Give the table of one run of Mining over time.</source>
        <translation>La zona «{area}» tiene dos veces el período {periods} en «{layer}»: la tabla contiene las filas de varias ejecuciones. Indique la tabla de una sola ejecución de Minería en el tiempo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="286"/>
        <source>Redaction NOT applied: this report names the officers who decided and gives the rationales of the decisions. Share it only with people entitled to them.</source>
        <translation>Anonimización NO aplicada: este informe nombra a los funcionarios que decidieron y da las justificaciones de las decisiones. Compártalo solo con personas autorizadas a conocerlas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="292"/>
        <source>Safe to share: no personal detail is in this report.</source>
        <translation>Se puede compartir: este informe no contiene ningún dato personal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="294"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decisión</numerusform>
            <numerusform>%n decisiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="295"/>
        <source>Safe to share: who decided and why are left out for {decisions} (tick Include personal details to show them).</source>
        <translation>Se puede compartir: se omiten quién decidió y por qué en {decisions} (marque Incluir datos personales para mostrarlos).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="328"/>
        <source>Mining in {area}</source>
        <translation>Minería en {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="25"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n sitio</numerusform>
            <numerusform>%n sitios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="52"/>
        <source>Designation or type</source>
        <translation>Designación o tipo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="54"/>
        <source>Size of the area</source>
        <translation>Superficie de la zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="56"/>
        <source>Periods</source>
        <translation>Períodos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>Mining up to {period}</source>
        <translation>Minería hasta {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="60"/>
        <source>Share of the area mined</source>
        <translation>Proporción de la zona minada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>New mining in {period}</source>
        <translation>Minería nueva en {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="64"/>
        <source>Rank by growth</source>
        <translation>Puesto según el crecimiento</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>New ({unit})</source>
        <translation>Nueva ({unit})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>Up to the end of the period ({unit})</source>
        <translation>Hasta el final del período ({unit})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="233"/>
        <source>Share of the area</source>
        <translation>Proporción de la zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>New footprints or sites</source>
        <translation>Huellas o sitios nuevos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>Change from the period before</source>
        <translation>Cambio respecto al período anterior</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="77"/>
        <source>Mined area, shared out as AMW does (ha)</source>
        <translation>Superficie minada, repartida como lo hace AMW (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="111"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="111"/>
        <source>PACE class</source>
        <translation>Clase PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="111"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="111"/>
        <source>Mining in the area around the decision</source>
        <translation>Minería en la zona en torno a la decisión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="117"/>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="117"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="137"/>
        <source>date unreadable</source>
        <translation>fecha ilegible</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="145"/>
        <source>{approach}, {date}</source>
        <translation>{approach}, {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="153"/>
        <source>%n site(s): {keys}</source>
        <translation>
            <numerusform>%n sitio: {keys}</numerusform>
            <numerusform>%n sitios: {keys}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="295"/>
        <source>No decision recorded yet.</source>
        <translation>Ninguna decisión registrada todavía.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="167"/>
        <source>New: the mining first seen in the period inside the area, in hectares on the ellipsoid; footprints that overlap are counted once.</source>
        <translation>Nueva: la minería vista por primera vez en el período dentro de la zona, en hectáreas sobre el elipsoide; las huellas que se superponen se cuentan una sola vez.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="172"/>
        <source>Up to the end of the period: all mining seen inside the area so far; ground mined again is counted once.</source>
        <translation>Hasta el final del período: toda la minería vista dentro de la zona hasta entonces; el terreno minado de nuevo se cuenta una sola vez.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="177"/>
        <source>Share of the area: that mining as a share of the area&apos;s size.</source>
        <translation>Proporción de la zona: esa minería respecto a la superficie de la zona.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="178"/>
        <source>Trend: the new mining of the last period against the mean of the three periods before it (twice or more: accelerating; a quarter more: growing; a quarter less: slowing).</source>
        <translation>Tendencia: la minería nueva del último período frente a la media de los tres períodos anteriores (el doble o más: en aceleración; un cuarto más: en aumento; un cuarto menos: en desaceleración).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="183"/>
        <source>Around a decision: the new mining per {period} in the same number of whole periods before and after the decision&apos;s date; the period holding the date counts in neither.</source>
        <translation>En torno a una decisión: la minería nueva por {period} en el mismo número de períodos completos antes y después de la fecha de la decisión; el período que contiene la fecha no cuenta en ninguno.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="190"/>
        <source>New: the mining sites first seen in the period inside the area.</source>
        <translation>Nuevos: los sitios mineros vistos por primera vez en el período dentro de la zona.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="197"/>
        <source>New and cumulative mining per {period}</source>
        <translation>Minería nueva y acumulada por {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="199"/>
        <source>The area at a glance</source>
        <translation>La zona de un vistazo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="218"/>
        <source>Sites and decisions</source>
        <translation>Sitios y decisiones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="203"/>
        <source>No classified sites or workspace were given.</source>
        <translation>No se indicaron sitios clasificados ni espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="211"/>
        <source>No classified site lies in this area.</source>
        <translation>Ningún sitio clasificado se encuentra en esta zona.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="211"/>
        <source>Sites are listed for protected areas only.</source>
        <translation>Los sitios solo se listan para las áreas protegidas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="227"/>
        <source>What the figures mean</source>
        <translation>Qué significan las cifras</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="229"/>
        <source>About this report</source>
        <translation>Acerca de este informe</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="233"/>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="233"/>
        <source>Sites inside</source>
        <translation>Sitios dentro</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="262"/>
        <source>Ranked by the new mining of the last period ({period}), then by all mining up to it. Each area&apos;s pages follow in this order.</source>
        <translation>Clasificadas según la minería nueva del último período ({period}), y luego según toda la minería hasta entonces. Las páginas de cada zona siguen en este orden.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="268"/>
        <source>Areas ranked by growth</source>
        <translation>Zonas clasificadas según su crecimiento</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="269"/>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>Around the site&apos;s latest decision</source>
        <translation>En torno a la última decisión del sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_html.py" line="10"/>
        <source>Mining footprints by period</source>
        <translation>Huellas mineras por período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_html.py" line="11"/>
        <source>New and cumulative mining per period</source>
        <translation>Minería nueva y acumulada por período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_html.py" line="12"/>
        <source>Mining in the protected areas, ranked by growth</source>
        <translation>La minería en las áreas protegidas, clasificadas según su crecimiento</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_layout.py" line="46"/>
        <source>ASM-PACE · {what} · {date} UTC · plugin {version} · {redaction}</source>
        <translation>ASM-PACE · {what} · {date} UTC · complemento {version} · {redaction}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_layout.py" line="81"/>
        <source>No mining geometry to map in this area.</source>
        <translation>Ninguna geometría minera que cartografiar en esta área.</translation>
    </message>
</context>
<context>
    <name>AreaReportsAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="86"/>
        <source>Protected-area reports</source>
        <translation>Informes por área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="92"/>
        <source>asm,mining,monitoring,report,pdf,html,protected,area,growth,ranking,decision</source>
        <translation>mape,minería,seguimiento,informe,pdf,html,protegida,área,crecimiento,clasificación,decisión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="100"/>
        <source>&lt;p&gt;Writes a &lt;b&gt;report for each protected area&lt;/b&gt; from the outputs of &lt;i&gt;Mining over time&lt;/i&gt;, for the park authority: a map of the mining footprints coloured by period, a chart of the new mining of each period (bars) and of all mining so far (line), the table of each period, the sites inside the area with their PACE class, the decisions taken and how mining grew before and after each of them, and the pressure figures of impact zones when you give them. One more report holds &lt;b&gt;all the areas ranked by growth&lt;/b&gt;: by the new mining of the last period, then by all mining up to it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: the table &lt;i&gt;Mining per area and period&lt;/i&gt; of Mining over time, and its &lt;i&gt;Footprints with their areas and periods&lt;/i&gt; for the maps (empty: the maps show the new mining inside each area). Optional: the classified sites (a site is in an area when its classification lists the area), the assessment workspace (its decisions, and its sites when no classified sites are given), the protected areas to outline on the maps, and the table per protected area of &lt;i&gt;Pressure on protected areas&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safe to share by default&lt;/b&gt;: the reports name nobody. Who took each decision and its rationale are shown only when you tick &lt;i&gt;Include personal details&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Files&lt;/b&gt;: in the folder you choose, one PDF and/or HTML page per area, named by its id and name, and one for all areas; the HTML pages&apos; pictures in a folder beside them. Each file is written under another name and renamed when complete.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: send the reports to the park authority; record what is decided in the dock, and run Mining over time again when the next period&apos;s footprints come out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escribe un &lt;b&gt;informe para cada área protegida&lt;/b&gt; a partir de las salidas de &lt;i&gt;Minería en el tiempo&lt;/i&gt;, para la autoridad del parque: un mapa de las huellas mineras coloreadas por período, un gráfico de la minería nueva de cada período (barras) y de toda la minería hasta entonces (línea), la tabla de cada período, los sitios dentro del área con su clase PACE, las decisiones tomadas y cómo creció la minería antes y después de cada una, y las cifras de presión de las zonas de impacto cuando las indique. Un informe más reúne &lt;b&gt;todas las áreas clasificadas según su crecimiento&lt;/b&gt;: según la minería nueva del último período, y luego según toda la minería hasta entonces.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entradas&lt;/b&gt;: la tabla &lt;i&gt;Minería por zona y período&lt;/i&gt; de Minería en el tiempo, y sus &lt;i&gt;Huellas con sus zonas y períodos&lt;/i&gt; para los mapas (vacío: los mapas muestran la minería nueva dentro de cada zona). Opcional: los sitios clasificados (un sitio está en un área cuando su clasificación la cita), el espacio de trabajo de evaluación (sus decisiones, y sus sitios cuando no se indican sitios clasificados), las áreas protegidas a dibujar en los mapas, y la tabla por área protegida de &lt;i&gt;Presión sobre las áreas protegidas&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Se puede compartir por defecto&lt;/b&gt;: los informes no nombran a nadie. Quién tomó cada decisión y su justificación solo aparecen si marca &lt;i&gt;Incluir datos personales&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Archivos&lt;/b&gt;: en la carpeta elegida, un PDF y/o una página HTML por área, nombrados por su identificador y su nombre, y uno para todas las áreas; las imágenes de las páginas HTML en una carpeta al lado. Cada archivo se escribe con otro nombre y se renombra cuando está completo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Paso siguiente&lt;/b&gt;: envíe los informes a la autoridad del parque; registre en el panel lo que se decida, y vuelva a ejecutar Minería en el tiempo cuando salgan las huellas del período siguiente.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="124"/>
        <source>Mining per area and period (the table of Mining over time)</source>
        <translation>Minería por zona y período (la tabla de Minería en el tiempo)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="131"/>
        <source>Footprints with their areas and periods (of Mining over time), for the maps</source>
        <translation>Huellas con sus zonas y períodos (de Minería en el tiempo), para los mapas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="141"/>
        <source>Assessment workspace (.gpkg), for the decisions</source>
        <translation>Espacio de trabajo de evaluación (.gpkg), para las decisiones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="149"/>
        <source>Protected areas for the maps</source>
        <translation>Áreas protegidas para los mapas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="158"/>
        <source>Pressure per protected area (table of Pressure on protected areas)</source>
        <translation>Presión por área protegida (tabla de Presión sobre las áreas protegidas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="166"/>
        <source>Protected-area id field of the pressure table</source>
        <translation>Campo de identificador del área protegida en la tabla de presión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="172"/>
        <source>Area ids (comma-separated; empty: every area with mining)</source>
        <translation>Identificadores de las zonas (separados por comas; vacío: todas las zonas con minería)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="179"/>
        <source>Data sources and versions to print (e.g. Earth Genome, Amazon Mining Watch 2024)</source>
        <translation>Fuentes y versiones de los datos a imprimir (p. ej. Earth Genome, Amazon Mining Watch 2024)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="187"/>
        <source>Include personal details: who decided, and why (unsafe to share)</source>
        <translation>Incluir datos personales: quién decidió y por qué (no apto para compartir)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="189"/>
        <source>Language of the reports</source>
        <translation>Idioma de los informes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="193"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="193"/>
        <source>PDF and HTML</source>
        <translation>PDF y HTML</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="193"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="193"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="201"/>
        <source>Folder of the reports</source>
        <translation>Carpeta de los informes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="204"/>
        <source>Report on all areas (PDF)</source>
        <translation>Informe sobre todas las zonas (PDF)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="205"/>
        <source>Report on all areas (HTML)</source>
        <translation>Informe sobre todas las zonas (HTML)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="206"/>
        <source>Number of areas reported</source>
        <translation>Número de zonas del informe</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="213"/>
        <source>Mining per area and period</source>
        <translation>Minería por zona y período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="230"/>
        <source>The table &apos;{}&apos; is empty: Mining over time found no mining in any area.</source>
        <translation>La tabla «{}» está vacía: Minería en el tiempo no encontró minería en ninguna zona.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="241"/>
        <source>Area id(s) not in the table: {}. Its areas are: {}.</source>
        <translation>Identificador(es) de zona que no están en la tabla: {}. Sus zonas son: {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="278"/>
        <source>The sites have no field pa_ids: give the output of Classify sites (it lists the protected areas each site lies in).</source>
        <translation>Los sitios no tienen campo pa_ids: indique la salida de Clasificar sitios (lista las áreas protegidas donde se encuentra cada sitio).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="330"/>
        <source>The folder {} could not be made: {}</source>
        <translation>No se pudo crear la carpeta {}: {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="423"/>
        <source>{} area report(s) and the report on all areas written in {}.</source>
        <translation>{} informe(s) de zona y el informe sobre todas las zonas escritos en {}.</translation>
    </message>
</context>
<context>
    <name>AsmPaceAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="186"/>
        <source>The style could not be stored in {}: {}</source>
        <translation>No se pudo guardar el estilo en {}: {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Protected-area name field</source>
        <translation>Campo del nombre del área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Protected-area id field</source>
        <translation>Campo del identificador del área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Designation field</source>
        <translation>Campo de la designación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>IUCN category field</source>
        <translation>Campo de la categoría UICN</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding the IUCN management category (Ia ... VI). Empty: IUCN_CAT.</source>
        <translation>Campo que contiene la categoría de manejo UICN (Ia ... VI). Vacío: IUCN_CAT.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Status field</source>
        <translation>Campo del estado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="83"/>
        <source>{} is empty: add sites or choose another layer.</source>
        <translation>{} está vacía: añada sitios o elija otra capa.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="87"/>
        <source>{} has no valid CRS. Set it in Layer Properties &gt; Source and run again.</source>
        <translation>{} no tiene un SRC válido. Defínalo en Propiedades de la capa &gt; Fuente y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="130"/>
        <source>Mining sites</source>
        <translation>Sitios mineros</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="179"/>
        <source>Sites are named by {} (the site key).</source>
        <translation>Los sitios se identifican por {} (la clave de los sitios).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="206"/>
        <source>the feature id</source>
        <translation>el identificador de la entidad</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="314"/>
        <source>Statuses to keep (comma-separated; empty keeps all)</source>
        <translation>Estados a conservar (separados por comas; vacío: todos)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="376"/>
        <source>QGIS&apos;s language</source>
        <translation>El idioma de QGIS</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding the protected-area name, e.g. NOM_AP. Empty: WDPA&apos;s NAME (or a usual name field).</source>
        <translation>Campo que contiene el nombre del área protegida, p. ej. NOM_AP. Vacío: NAME de la WDPA (o un campo de nombre habitual).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding an id. Empty: WDPAID (classic WDPA) or SITE_ID (November 2025 WDPA).</source>
        <translation>Campo que contiene un identificador. Vacío: WDPAID (WDPA clásica) o SITE_ID (WDPA de noviembre de 2025).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding the designation (national park, Ramsar site...), e.g. TYPE_AP. Empty: DESIG_ENG.</source>
        <translation>Campo que contiene la designación (parque nacional, sitio Ramsar...), p. ej. TYPE_AP. Vacío: DESIG_ENG.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding the legal status (Designated, Proposed...). Empty: STATUS. Layers without a status field are not filtered by status.</source>
        <translation>Campo que contiene el estado legal (Designated, Proposed...). Vacío: STATUS. Las capas sin campo de estado no se filtran por estado.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="75"/>
        <source>{} has no geometry (it is a table). Choose a point, line or polygon layer, or make points from its coordinates first (Create points layer from table).</source>
        <translation>{} no tiene geometría (es una tabla). Elija una capa de puntos, líneas o polígonos, o cree primero puntos a partir de sus coordenadas (Crear capa de puntos a partir de tabla).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="142"/>
        <source>Site key field (empty: the one the classification finds: site_code, site_id, code...)</source>
        <translation>Campo clave de los sitios (vacío: el que encuentra la clasificación: site_code, site_id, code...)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="151"/>
        <source>The field that names each site. Leave it empty to use the key the classification found (the first of site_code, site_id, code, site_key, id whose values are all set and all different, else the feature id), so that zones, traces, pressure and dossiers match.</source>
        <translation>El campo que identifica cada sitio. Déjelo vacío para usar la clave que encontró la clasificación (el primero de site_code, site_id, code, site_key, id cuyos valores estén todos completos y sean todos distintos; si no, el identificador de la entidad), para que zonas, trazados, presión y expedientes coincidan.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="160"/>
        <source>Cancelled after {} of {} features: the outputs hold only what was written by then.</source>
        <translation>Cancelado tras {} de {} entidades: las salidas solo contienen lo escrito hasta entonces.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="165"/>
        <source>Cancelled while reading the inputs, before any feature was processed.</source>
        <translation>Cancelado durante la lectura de las entradas, antes de procesar ninguna entidad.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="36"/>
        <source>The output &apos;{}&apos; would overwrite the input &apos;{}&apos; ({}), which would be lost. Choose another file for the output, or a new layer of that GeoPackage (a layer name it does not have).</source>
        <translation>La salida «{}» sobrescribiría la entrada «{}» ({}), que se perdería. Elija otro archivo para la salida, o una capa nueva de ese GeoPackage (un nombre de capa que no tenga).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="73"/>
        <source>The outputs &apos;{}&apos; and &apos;{}&apos; would both be written to {}: one would replace the other. Choose a different file (or layer) for each.</source>
        <translation>Las salidas «{}» y «{}» se escribirían ambas en {}: una reemplazaría a la otra. Elija un archivo (o una capa) distinto para cada una.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="55"/>
        <source>The output &apos;{}&apos; cannot be written: {} is a file, not a folder. Choose a folder.</source>
        <translation>No se puede escribir la salida «{}»: {} es un archivo, no una carpeta. Elija una carpeta.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="64"/>
        <source>The output &apos;{}&apos; cannot be written: the folder {} does not accept new files. Choose a folder of your own (for example in your Documents).</source>
        <translation>No se puede escribir la salida «{}»: la carpeta {} no admite archivos nuevos. Elija una carpeta propia (por ejemplo en sus Documentos).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="109"/>
        <source>{} must be a number, not {}. Give a finite value.</source>
        <translation>{} debe ser un número, no {}. Indique un valor finito.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="222"/>
        <source>{}: the field &apos;{}&apos; is not in the layer &apos;{}&apos;. Its fields are: {}.</source>
        <translation>{}: el campo «{}» no está en la capa «{}». Sus campos son: {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="170"/>
        <source>The site layer has no field &apos;{}&apos;; its fields are: {}. Choose its site key field, or leave it empty.</source>
        <translation>La capa de sitios no tiene el campo «{}»; sus campos son: {}. Elija su campo clave de los sitios, o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="234"/>
        <source>{} site(s) have no {}: their rows have an empty site id.</source>
        <translation>{} sitio(s) no tienen {}: sus filas tienen un identificador de sitio vacío.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="260"/>
        <source>Leave out UNESCO-MAB Biosphere Reserves</source>
        <translation>Excluir las reservas de la biosfera MAB-UNESCO</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="260"/>
        <source>Use protected-area points as circles of their reported area (REP_AREA)</source>
        <translation>Usar los puntos de áreas protegidas como círculos de su superficie declarada (REP_AREA)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="260"/>
        <source>Repair invalid geometries (otherwise leave them out)</source>
        <translation>Reparar las geometrías inválidas (si no, excluirlas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="234"/>
        <source>{} site(s) have no {}: they are left out.</source>
        <translation>{} sitio(s) no tienen {}: se excluyen.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="241"/>
        <source>{} {} value(s) are used by several sites, of which only the first is written: {}.</source>
        <translation>{} valor(es) de {} los usan varios sitios, de los que solo se escribe el primero: {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="241"/>
        <source>{} {} value(s) are used by several sites, which are still counted apart: {}.</source>
        <translation>{} valor(es) de {} los usan varios sitios, que se siguen contando por separado: {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="252"/>
        <source>Give each site its own key: later steps match sites by it.</source>
        <translation>Dé a cada sitio su propia clave: los pasos siguientes identifican los sitios por ella.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="118"/>
        <source>1. Site screening</source>
        <translation>1. Tamizaje de sitios</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="119"/>
        <source>2. Impacts</source>
        <translation>2. Impactos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="60"/>
        <source>The output &apos;{}&apos; cannot be written: {} is a folder. Give a file name in it, e.g. {}.</source>
        <translation>No se puede escribir la salida «{}»: {} es una carpeta. Indique un nombre de archivo dentro de ella, p. ej. {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="26"/>
        <source>Off by default: sensitive stakeholders (marked so in the dock, or of a sensitive group such as armed actors) and their relations are left out, and only contacts marked shareable are kept. When ticked, every stakeholder and every contact is included. That can put people in danger: tick it only for a dossier that stays with people entitled to see them.</source>
        <translation>Desactivado por defecto: los actores sensibles (marcados así en el panel, o de un grupo sensible como los actores armados) y sus relaciones se excluyen, y solo se conservan los contactos marcados como compartibles. Si se marca, se incluyen todos los actores y todos los contactos. Eso puede poner a personas en peligro: márquelo solo para un expediente que quede en manos de personas autorizadas a verlos.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="36"/>
        <source>Assessment workspace (.gpkg)</source>
        <translation>Espacio de trabajo de evaluación (.gpkg)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="42"/>
        <source>Site keys (comma-separated; empty: all sites)</source>
        <translation>Claves de los sitios (separadas por comas; vacío: todos los sitios)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="51"/>
        <source>Include contacts and sensitive stakeholders (unsafe to share)</source>
        <translation>Incluir los contactos y los actores sensibles (no apto para compartir)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="101"/>
        <source>The table has no field {} to match sites by (fields: {}).</source>
        <translation>La tabla no tiene el campo {} para hacer coincidir los sitios (campos: {}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="167"/>
        <source>The assessment workspace {} does not exist: choose the .gpkg the dock writes.</source>
        <translation>El espacio de trabajo de evaluación {} no existe: elija el .gpkg que escribe el panel.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="96"/>
        <source>impact zones (made by Impact zones)</source>
        <translation>zonas de impacto (hechas por Zonas de impacto)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="97"/>
        <source>downstream traces (made by Downstream trace)</source>
        <translation>trazados aguas abajo (hechos por Trazado aguas abajo)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="98"/>
        <source>mercury and sediment corridors (made by Downstream trace)</source>
        <translation>corredores de mercurio y sedimentos (hechos por Trazado aguas abajo)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="101"/>
        <source>pressure on protected areas (made by Pressure on protected areas)</source>
        <translation>la presión sobre las áreas protegidas (hecha por Presión sobre las áreas protegidas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="104"/>
        <source>the protected areas reached by each site (made by Pressure on protected areas)</source>
        <translation>las áreas protegidas alcanzadas por cada sitio (hechas por Presión sobre las áreas protegidas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="113"/>
        <source>The site layer</source>
        <translation>La capa de sitios</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="119"/>
        <source>The site layer &apos;{layer}&apos; holds {what}, not mining sites. Choose the classified sites (the output of Classify sites) or your own site layer.</source>
        <translation>La capa de sitios «{layer}» contiene {what}, no sitios mineros. Elija los sitios clasificados (la salida de Clasificar los sitios) o su propia capa de sitios.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="120"/>
        <source>3. Pressure</source>
        <translation>3. Presión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="121"/>
        <source>4. Assessment</source>
        <translation>4. Evaluación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="298"/>
        <source>WDPA statuses to keep (none ticked: keep every status)</source>
        <translation>Estados WDPA que conservar (ninguno marcado: todos los estados)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="306"/>
        <source>Areas whose status (the STATUS field) is not ticked are left out, as Protected Planet does. Layers without a status field are not filtered by status.</source>
        <translation>Las áreas cuyo estado (el campo STATUS) no está marcado se omiten, como hace Protected Planet. Las capas sin campo de estado no se filtran por estado.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="122"/>
        <source>5. Monitoring</source>
        <translation>5. Seguimiento</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="143"/>
        <source>{}: {} text(s) longer than a Shapefile holds (254 bytes) were cut short in {}. Choose a GeoPackage (.gpkg) to keep them whole.</source>
        <translation>{}: {} texto(s) más largo(s) de lo que admite un Shapefile (254 bytes) se cortaron en {}. Elija un GeoPackage (.gpkg) para conservarlos enteros.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="254"/>
        <source>The output &apos;{}&apos; refused a feature: {}</source>
        <translation>La salida «{}» rechazó una entidad: {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="254"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="325"/>
        <source>{} of the {} features written could be read back</source>
        <translation>se pudieron volver a leer {} de las {} entidades escritas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="380"/>
        <source>A language code ({codes}), or empty for QGIS&apos;s language; or the option&apos;s number.</source>
        <translation>Un código de idioma ({codes}), o vacío para el idioma de QGIS; o el número de la opción.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="405"/>
        <source>LANGUAGE: &apos;{value}&apos; is not a language of the plugin. Give one of {codes} (empty: QGIS&apos;s language), or the option&apos;s number (0: QGIS&apos;s language, 1 to {last}).</source>
        <translation>LANGUAGE: «{value}» no es un idioma del complemento. Indique uno de {codes} (vacío: el idioma de QGIS), o el número de la opción (0: el idioma de QGIS, 1 a {last}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/layer_inputs.py" line="61"/>
        <source>{path} is a WDPA file with polygons and points: {points} is read too, beside {polygons} (points as circles of their reported area). To read the polygons alone, give {path}|layername={polygons}.</source>
        <translation>{path} es un archivo WDPA con polígonos y puntos: también se lee {points}, junto a {polygons} (los puntos como círculos de su superficie declarada). Para leer solo los polígonos, indique {path}|layername={polygons}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/layer_inputs.py" line="102"/>
        <source>{what}: {path} holds several layers and only its first, {read}, was read. Not read: {others}. To read another, give {path}|layername=NAME (or add that layer from the Browser).</source>
        <translation>{what}: {path} contiene varias capas y solo se leyó la primera, {read}. No leídas: {others}. Para leer otra, indique {path}|layername=NOMBRE (o añada esa capa desde el Explorador).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/layer_inputs.py" line="146"/>
        <source>{what}: {count} text(s) of the layer &apos;{layer}&apos; hold characters that could not be read (e.g. &apos;{example}&apos;): the file is written in another encoding than {encoding}, the one QGIS reads it in. Set the layer&apos;s encoding in QGIS (Layer Properties &gt; Source &gt; Data source encoding, e.g. windows-1252 for a Shapefile from ArcGIS or Excel), or put a .cpg file holding that encoding beside the .shp, and run again.</source>
        <translation>{what}: {count} texto(s) de la capa «{layer}» contienen caracteres ilegibles (p. ej. «{example}»): el archivo está escrito en otra codificación que {encoding}, la que usa QGIS para leerlo. Configure la codificación de la capa en QGIS (Propiedades de la capa &gt; Fuente &gt; Codificación de la fuente de datos, p. ej. windows-1252 para un Shapefile de ArcGIS o Excel), o ponga junto al .shp un archivo .cpg con esa codificación, y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="62"/>
        <source>Classified sites (empty: the sites of the workspace)</source>
        <translation>Sitios clasificados (vacío: los sitios del espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="68"/>
        <source>Site key field of the classified sites (empty: the workspace&apos;s)</source>
        <translation>Campo clave de los sitios clasificados (vacío: el del espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="84"/>
        <source>Choose the key field of the classified sites ({} not found); its fields are: {}.</source>
        <translation>Elija el campo clave de los sitios clasificados ({} no encontrado); sus campos son: {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="84"/>
        <source>none given</source>
        <translation>ninguno indicado</translation>
    </message>
</context>
<context>
    <name>AsmPaceOutputStyles</name>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="54"/>
        <source>under 10%</source>
        <translation>menos del 10 %</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="54"/>
        <source>10% to 25%</source>
        <translation>del 10 % al 25 %</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="54"/>
        <source>25% to 50%</source>
        <translation>del 25 % al 50 %</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="54"/>
        <source>half or more</source>
        <translation>la mitad o más</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="74"/>
        <source>PACE class</source>
        <translation>Clase PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="75"/>
        <source>PACE site</source>
        <translation>Sitio PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="76"/>
        <source>Protected areas touched</source>
        <translation>Áreas protegidas tocadas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="77"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="78"/>
        <source>Protected-area ids</source>
        <translation>Identificadores de las áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="79"/>
        <source>Designations</source>
        <translation>Designaciones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="80"/>
        <source>Designation levels</source>
        <translation>Niveles de designación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="81"/>
        <source>International designations</source>
        <translation>Designaciones internacionales</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="82"/>
        <source>IUCN category</source>
        <translation>Categoría UICN</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="83"/>
        <source>WWF priority landscape</source>
        <translation>Paisaje prioritario del WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="84"/>
        <source>Global 200 ecoregion</source>
        <translation>Ecorregión prioritaria Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="85"/>
        <source>Global 200 status</source>
        <translation>Estado Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="86"/>
        <source>Nearest protected area</source>
        <translation>Área protegida más cercana</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="87"/>
        <source>Distance to the nearest protected area (m)</source>
        <translation>Distancia al área protegida más cercana (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="88"/>
        <source>Layers tested</source>
        <translation>Capas evaluadas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="89"/>
        <source>Layers not tested</source>
        <translation>Capas no evaluadas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="90"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="91"/>
        <source>Data version</source>
        <translation>Versión de los datos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="94"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="95"/>
        <source>Impact pathway</source>
        <translation>Vía de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="96"/>
        <source>Impact pathway (name)</source>
        <translation>Vía de impacto (nombre)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="97"/>
        <source>Distance (m)</source>
        <translation>Distancia (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="98"/>
        <source>Inner distance (m)</source>
        <translation>Distancia interior (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="99"/>
        <source>Source of the distance</source>
        <translation>Fuente de la distancia</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="100"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="101"/>
        <source>Zone shape</source>
        <translation>Forma de la zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="122"/>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="103"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="104"/>
        <source>Distance to the river (m)</source>
        <translation>Distancia al río (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="105"/>
        <source>Length asked (m)</source>
        <translation>Longitud pedida (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="106"/>
        <source>Length traced (m)</source>
        <translation>Longitud trazada (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="107"/>
        <source>Trace ended</source>
        <translation>Fin del trazado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="108"/>
        <source>Flow direction from</source>
        <translation>Dirección del flujo según</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="109"/>
        <source>Corridor width (m)</source>
        <translation>Ancho del corredor (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="111"/>
        <source>Protected-area id</source>
        <translation>Identificador del área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="112"/>
        <source>Protected area</source>
        <translation>Área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="113"/>
        <source>Designation</source>
        <translation>Designación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="114"/>
        <source>Inside impact zones (ha)</source>
        <translation>Dentro de las zonas de impacto (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="115"/>
        <source>Protected-area size (ha)</source>
        <translation>Superficie del área protegida (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="116"/>
        <source>Sites whose zones reach it</source>
        <translation>Sitios cuyas zonas la alcanzan</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="117"/>
        <source>Sites inside</source>
        <translation>Sitios dentro</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="118"/>
        <source>Sites inside (keys)</source>
        <translation>Sitios dentro (claves)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="119"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="120"/>
        <source>Protected-area layer</source>
        <translation>Capa de áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="121"/>
        <source>Designation level</source>
        <translation>Nivel de designación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="129"/>
        <source>Share inside protected areas (0-1)</source>
        <translation>Proporción dentro de áreas protegidas (0-1)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="130"/>
        <source>Share of the protected area (0-1)</source>
        <translation>Proporción del área protegida (0-1)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="92"/>
        <source>Site key</source>
        <translation>Clave del sitio</translation>
    </message>
</context>
<context>
    <name>AsmPacePlugin</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="56"/>
        <source>ASM-PACE sample data (synthetic)</source>
        <translation>Datos de ejemplo de ASM-PACE (sintéticos)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="81"/>
        <source>ASM-PACE assessment</source>
        <translation>Evaluación ASM-PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="86"/>
        <source>Assess sites one by one: profile, stakeholders, management options</source>
        <translation>Evaluar los sitios uno por uno: perfil, actores, opciones de manejo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="135"/>
        <source>Load synthetic sample data</source>
        <translation>Cargar los datos de ejemplo sintéticos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="136"/>
        <source>Add the plugin&apos;s small synthetic sample layers to the project</source>
        <translation>Añadir al proyecto las pequeñas capas de ejemplo sintéticas del complemento</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="140"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="141"/>
        <source>The steps of the work, with the help page of each</source>
        <translation>Los pasos del trabajo, con la página de ayuda de cada uno</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="53"/>
        <source>Could not copy the sample data to your QGIS profile: {error}</source>
        <translation>No se pudieron copiar los datos de ejemplo a su perfil de QGIS: {error}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="69"/>
        <source>Sample data loaded from your own copy (edits stay there): {path}</source>
        <translation>Datos de ejemplo cargados desde su propia copia (los cambios se quedan allí): {path}</translation>
    </message>
</context>
<context>
    <name>AsmPaceProvider</name>
    <message>
        <location filename="../../asm_pace_plugin/provider.py" line="27"/>
        <source>ASM-PACE: artisanal mining in protected areas and critical ecosystems</source>
        <translation>ASM-PACE: minería artesanal en áreas protegidas y ecosistemas críticos</translation>
    </message>
</context>
<context>
    <name>AssessmentDock</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="46"/>
        <source>ASM-PACE assessment</source>
        <translation>Evaluación ASM-PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="139"/>
        <source>no workspace: create or open one</source>
        <translation>sin espacio de trabajo: cree o abra uno</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="142"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="143"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="149"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="162"/>
        <source>Site layer</source>
        <translation>Capa de sitios</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="164"/>
        <source>Key field</source>
        <translation>Campo clave</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="173"/>
        <source>search sites</source>
        <translation>buscar sitios</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="175"/>
        <source>Pick on map</source>
        <translation>Elegir en el mapa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="178"/>
        <source>Zoom</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="180"/>
        <source>Dossier…</source>
        <translation>Expediente…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="181"/>
        <source>Write the PDF and HTML dossier of this site (Site dossiers algorithm)</source>
        <translation>Escribir el expediente PDF y HTML de este sitio (algoritmo Expedientes de sitios)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>1 Profile</source>
        <translation>1 Perfil</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>What is mined here, how, by how many, under which law</source>
        <translation>Qué se extrae aquí, cómo, cuántas personas, bajo qué ley</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>2 Stakeholders</source>
        <translation>2 Actores</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>Who is involved, their influence, interest and relations</source>
        <translation>Quién está involucrado, su influencia, interés y relaciones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>3 Options</source>
        <translation>3 Opciones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>Management options: their fit here, and the decision</source>
        <translation>Opciones de gestión: su idoneidad aquí, y la decisión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="134"/>
        <source>New assessment workspace</source>
        <translation>Nuevo espacio de trabajo de evaluación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="139"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="134"/>
        <source>Open assessment workspace</source>
        <translation>Abrir un espacio de trabajo de evaluación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="271"/>
        <source>Create or open a workspace to start.</source>
        <translation>Cree o abra un espacio de trabajo para empezar.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="308"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="153"/>
        <source>No classified sites in this project: run “Classify sites (PACE)” on your sites (or load the sample data and classify it); its output layer is listed here.</source>
        <translation>No hay sitios clasificados en este proyecto: ejecute «Clasificar los sitios (PACE)» sobre sus sitios (o cargue los datos de ejemplo y clasifíquelos); su capa de salida aparece aquí.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_dossier.py" line="59"/>
        <source>No impact-zones layer of this project holds site {key} under {field}: run “Impact zones” on these sites with the site key {site_field}, or choose the zones in the dialog.</source>
        <translation>Ninguna capa de zonas de impacto de este proyecto contiene el sitio {key} con {field}: ejecute «Zonas de impacto» sobre estos sitios con la clave de sitios {site_field}, o elija las zonas en el diálogo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="60"/>
        <source>Workspace and site layer</source>
        <translation>Espacio de trabajo y capa de sitios</translation>
    </message>
</context>
<context>
    <name>Catalogues</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="105"/>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="68"/>
        <source>not readable JSON ({error})</source>
        <translation>JSON ilegible ({error})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="112"/>
        <source>needs a non-empty list {list_key!r}</source>
        <translation>necesita una lista {list_key!r} no vacía</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="120"/>
        <source>each entry must be an object</source>
        <translation>cada entrada debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="123"/>
        <source>needs a text &apos;id&apos;</source>
        <translation>necesita un texto 'id'</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="125"/>
        <source>id used twice</source>
        <translation>identificador usado dos veces</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="133"/>
        <source>needs a text {key!r}</source>
        <translation>necesita un texto {key!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="144"/>
        <source>&apos;sources&apos; must be a list of texts</source>
        <translation>'sources' debe ser una lista de textos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="177"/>
        <source>colour {colour!r} is not #rrggbb</source>
        <translation>el color {colour!r} no es #rrggbb</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="191"/>
        <source>needs at least two &apos;choices&apos;</source>
        <translation>necesita al menos dos 'choices'</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="195"/>
        <source>each choice needs an &apos;id&apos; and a &apos;label&apos;</source>
        <translation>cada opción necesita un 'id' y un 'label'</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="200"/>
        <source>choices must include {UNKNOWN_ANSWER!r}</source>
        <translation>las opciones deben incluir {UNKNOWN_ANSWER!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="218"/>
        <source>unknown approach {value!r}</source>
        <translation>enfoque desconocido {value!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="224"/>
        <source>effect must be one of {EFFECTS}</source>
        <translation>el efecto debe ser uno de {EFFECTS}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="231"/>
        <source>&apos;when&apos; needs conditions among {RULE_CONDITIONS}</source>
        <translation>'when' necesita condiciones entre {RULE_CONDITIONS}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="241"/>
        <source>unknown question {question_id!r}</source>
        <translation>pregunta desconocida {question_id!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="250"/>
        <source>unknown answers {unknown} to {question_id!r}</source>
        <translation>respuestas desconocidas {unknown} a {question_id!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="260"/>
        <source>unknown IUCN categories {value}</source>
        <translation>categorías UICN desconocidas {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="269"/>
        <source>unknown PACE classes {value}</source>
        <translation>clases PACE desconocidas {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="279"/>
        <source>reason uses unknown placeholders {value}</source>
        <translation>la razón usa marcadores desconocidos {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="72"/>
        <source>must be an object of catalogue files</source>
        <translation>debe ser un objeto de archivos de catálogo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="81"/>
        <source>not a catalogue file: one of {TRANSLATED_FILES}</source>
        <translation>no es un archivo de catálogo: uno de {TRANSLATED_FILES}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="89"/>
        <source>must map each English text to its translation</source>
        <translation>debe asociar cada texto inglés con su traducción</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="94"/>
        <source>needs a translation (a non-empty text)</source>
        <translation>necesita una traducción (un texto no vacío)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="102"/>
        <source>the translation must keep the placeholders of the English text</source>
        <translation>la traducción debe conservar los marcadores del texto inglés</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="114"/>
        <source>must give each approach id one of: {GENDERS}</source>
        <translation>debe dar a cada identificador de enfoque uno de: {GENDERS}</translation>
    </message>
</context>
<context>
    <name>ClassifySitesAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="63"/>
        <source>Classify sites (PACE)</source>
        <translation>Clasificar los sitios (PACE)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="69"/>
        <source>asm,artisanal,mining,pace,wdpa,protected,area,ecoregion,global 200,landscape,classify</source>
        <translation>asm,mape,artesanal,minería,pace,wdpa,área protegida,ecorregión,global 200,paisaje,clasificar</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="108"/>
        <source>Mining sites</source>
        <translation>Sitios mineros</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="113"/>
        <source>Protected areas (WDPA polygons and points, or a national layer)</source>
        <translation>Áreas protegidas (polígonos y puntos de la WDPA, o una capa nacional)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="118"/>
        <source>Polygon layers, and WDPA point layers with REP_AREA.</source>
        <translation>Capas de polígonos, y capas de puntos de la WDPA con REP_AREA.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="120"/>
        <source>WWF priority landscapes</source>
        <translation>Paisajes prioritarios del WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="149"/>
        <source>Landscape name field (empty: NAME or a usual name field)</source>
        <translation>Campo del nombre del paisaje (vacío: NAME o un campo de nombre habitual)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="120"/>
        <source>Ecoregions (WWF TEOW with G200 fields, or a Global 200 layer)</source>
        <translation>Ecorregiones (WWF TEOW con los campos G200, o una capa Global 200)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="142"/>
        <source>Ecoregion layers hold only Global 200 ecoregions</source>
        <translation>Las capas de ecorregiones solo contienen ecorregiones Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="120"/>
        <source>AZE sites (or a KBA layer with an AZE status field)</source>
        <translation>Sitios AZE (o una capa de KBA con un campo de estado AZE)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="156"/>
        <source>Search radius for the nearest protected area (metres; 0: do not search)</source>
        <translation>Radio de búsqueda del área protegida más cercana (metros; 0: no buscar)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="163"/>
        <source>Measured on the ellipsoid whatever the CRS of the layers.</source>
        <translation>Medido sobre el elipsoide sea cual sea el SRC de las capas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="136"/>
        <source>Data version to record (e.g. WDPA November 2025)</source>
        <translation>Versión de los datos a registrar (p. ej. WDPA noviembre de 2025)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="165"/>
        <source>Classified sites</source>
        <translation>Sitios clasificados</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="170"/>
        <source>PACE summary</source>
        <translation>Resumen PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="177"/>
        <source>Site key field (empty: the feature id)</source>
        <translation>Campo clave de los sitios (vacío: el identificador de la entidad)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="257"/>
        <source>Sites are named by {} (the site key): impact zones, downstream trace, pressure and dossiers use the same key unless told otherwise.</source>
        <translation>Los sitios se identifican por {} (la clave de los sitios): zonas de impacto, trazado aguas abajo, presión y expedientes usan la misma clave salvo que se indique otra.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="272"/>
        <source>Replacing earlier PACE fields of the input: {}</source>
        <translation>Se reemplazan los campos PACE anteriores de la entrada: {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="278"/>
        <source>The site layer has fields of its own named like PACE fields: they are kept as they are, and the PACE fields are written as {}.</source>
        <translation>La capa de sitios tiene campos propios con nombres de campos PACE: se conservan tal cual, y los campos PACE se escriben como {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="139"/>
        <source>Written into every site, so that a result says which data it came from.</source>
        <translation>Se escribe en cada sitio, para que un resultado diga de qué datos proviene.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="74"/>
        <source>&lt;p&gt;Tells, for every mining site, whether it lies in a &lt;b&gt;protected area&lt;/b&gt;, a &lt;b&gt;WWF priority landscape&lt;/b&gt; or a &lt;b&gt;critical ecosystem&lt;/b&gt; (a Global 200 ecoregion), following the ASM-PACE definitions. The first that applies wins, in that order; sites in none are &lt;i&gt;not eligible&lt;/i&gt;. Every match is kept: a site in a national park that is also a World Heritage and a Ramsar site lists all three.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt;: points, lines or polygons, in any CRS. Sites without geometry are kept, marked &lt;i&gt;unclassified&lt;/i&gt;, and counted in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protected areas&lt;/b&gt;: one or more layers. The WDPA (classic or November 2025 schema) is recognised by itself. For a national layer, name its fields below (for example NOM_AP for the name and TYPE_AP for the designation). WDPA is cleaned as Protected Planet does: only Designated, Inscribed and Established areas are kept, UNESCO-MAB Biosphere Reserves are left out, points with a reported area (REP_AREA) become circles of that area on the ellipsoid, and invalid polygons are repaired. Each rule can be changed below; the log counts what each did.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Landscapes&lt;/b&gt;, &lt;b&gt;ecoregions&lt;/b&gt; (WWF TEOW with its G200 fields, or a Global 200 layer) and &lt;b&gt;AZE sites&lt;/b&gt; are optional. A kind of layer you do not supply is not tested, and each site says which were not tested.&lt;/p&gt;&lt;p&gt;Distances are metres on the ellipsoid, whatever the CRS. For a site outside every protected area, the nearest one within the search radius is reported.&lt;/p&gt;&lt;p&gt;Outputs: the sites with all their fields plus the PACE fields (class, protected areas, designations, IUCN category, landscape, ecoregion, nearest protected area and its distance, layers not tested), styled by class; and a summary table of sites per class and per protected area. The log says which field names the sites (the site key); the later steps use the same. Where no field names each site once, each site&apos;s feature id is kept in a new field &lt;i&gt;site_key&lt;/i&gt;: copies of a layer number their features anew.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: &lt;i&gt;Impact zones&lt;/i&gt; around the classified sites (and &lt;i&gt;Downstream trace&lt;/i&gt; where mercury is used), or the &lt;i&gt;ASM-PACE assessment&lt;/i&gt; dock to assess the sites one by one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Indica, para cada sitio minero, si está en un &lt;b&gt;área protegida&lt;/b&gt;, un &lt;b&gt;paisaje prioritario del WWF&lt;/b&gt; o un &lt;b&gt;ecosistema crítico&lt;/b&gt; (una ecorregión prioritaria Global 200), según las definiciones de ASM-PACE. Gana la primera que se cumple, en ese orden; los sitios fuera de todas quedan &lt;i&gt;fuera de PACE&lt;/i&gt;. Se conserva cada coincidencia: un sitio en un parque nacional que además es sitio del Patrimonio Mundial y sitio Ramsar los enumera a los tres.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sitios&lt;/b&gt;: puntos, líneas o polígonos, en cualquier SRC. Los sitios sin geometría se conservan, marcados como &lt;i&gt;sin clasificar&lt;/i&gt;, y se cuentan en el registro.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Áreas protegidas&lt;/b&gt;: una o varias capas. La WDPA (esquema clásico o de noviembre de 2025) se reconoce sola. Para una capa nacional, indique sus campos abajo (por ejemplo NOM_AP para el nombre y TYPE_AP para la designación). La WDPA se depura como lo hace Protected Planet: solo se conservan las áreas designadas, inscritas y establecidas, se excluyen las reservas de la biosfera MAB-UNESCO, los puntos con superficie declarada (REP_AREA) se convierten en círculos de esa superficie sobre el elipsoide y se reparan los polígonos inválidos. Cada regla puede cambiarse abajo; el registro cuenta lo que hizo cada una.&lt;/p&gt;&lt;p&gt;Los &lt;b&gt;paisajes&lt;/b&gt;, las &lt;b&gt;ecorregiones&lt;/b&gt; (WWF TEOW con sus campos G200, o una capa Global 200) y los &lt;b&gt;sitios AZE&lt;/b&gt; son opcionales. Un tipo de capa que usted no aporte no se evalúa, y cada sitio indica cuáles no se evaluaron.&lt;/p&gt;&lt;p&gt;Las distancias se miden en metros sobre el elipsoide, sea cual sea el SRC. Para un sitio fuera de toda área protegida, se indica la más cercana dentro del radio de búsqueda.&lt;/p&gt;&lt;p&gt;Salidas: los sitios con todos sus campos más los campos PACE (clase, áreas protegidas, designaciones, categoría UICN, paisaje, ecorregión, área protegida más cercana y su distancia, capas no evaluadas), simbolizados por clase; y una tabla resumen de sitios por clase y por área protegida. El registro indica qué campo identifica los sitios (la clave de los sitios); los pasos siguientes usan el mismo. Donde ningún campo identifica cada sitio una sola vez, el identificador de la entidad de cada sitio se guarda en un campo nuevo &lt;i&gt;site_key&lt;/i&gt;: las copias de una capa vuelven a numerar sus entidades.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Siguiente paso&lt;/b&gt;: &lt;i&gt;Zonas de impacto&lt;/i&gt; alrededor de los sitios clasificados (y &lt;i&gt;Trazado aguas abajo&lt;/i&gt; donde se usa mercurio), o el panel &lt;i&gt;Evaluación ASM-PACE&lt;/i&gt; para evaluar los sitios uno por uno.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="264"/>
        <source>No field names each site once ({}): each site&apos;s feature id is stored in the field {} of the output, the site key that impact zones, downstream trace, pressure and dossiers use (feature ids change when a layer is copied).</source>
        <translation>Ningún campo identifica cada sitio una sola vez ({}): el identificador de la entidad de cada sitio se guarda en el campo {} de la salida, la clave de los sitios que usan zonas de impacto, trazado aguas abajo, presión y expedientes (los identificadores de entidades cambian al copiar una capa).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="190"/>
        <source>None of the sites lies on land, while most would with their latitude and longitude exchanged: check that x holds the longitude and y the latitude, and the layer&apos;s CRS.</source>
        <translation>Ningún sitio está en tierra firme, mientras que la mayoría lo estaría intercambiando latitud y longitud: compruebe que x contiene la longitud e y la latitud, y el SRC de la capa.</translation>
    </message>
</context>
<context>
    <name>Designations</name>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>National Park</source>
        <translation>Parque nacional</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Nature Reserve</source>
        <translation>Reserva natural</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Strict Nature Reserve</source>
        <translation>Reserva natural estricta</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Forest Reserve</source>
        <translation>Reserva forestal</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Game Reserve</source>
        <translation>Reserva de caza</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Wildlife Reserve</source>
        <translation>Reserva de vida silvestre</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Hunting Area</source>
        <translation>Área de caza</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Hunting Reserve</source>
        <translation>Coto de caza</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Community Reserve</source>
        <translation>Reserva comunitaria</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Communal Reserve</source>
        <translation>Reserva comunal</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Special Reserve</source>
        <translation>Reserva especial</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>National Reserve</source>
        <translation>Reserva nacional</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Natural Park</source>
        <translation>Parque natural</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>National Natural Park</source>
        <translation>Parque Nacional Natural</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>National Forest</source>
        <translation>Bosque nacional</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Protection Forest</source>
        <translation>Bosque de protección</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Extractive Reserve</source>
        <translation>Reserva extractivista</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Sustainable Development Reserve</source>
        <translation>Reserva de desarrollo sostenible</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Biological Reserve</source>
        <translation>Reserva biológica</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Ecological Station</source>
        <translation>Estación ecológica</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Environmental Protection Area</source>
        <translation>Área de protección ambiental</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Indigenous Territory</source>
        <translation>Territorio indígena</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Regional Conservation Area</source>
        <translation>Área de conservación regional</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Private Conservation Area</source>
        <translation>Área de conservación privada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>World Heritage Site (natural or mixed)</source>
        <translation>Sitio del Patrimonio Mundial (natural o mixto)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Ramsar Site, Wetland of International Importance</source>
        <translation>Sitio Ramsar, humedal de importancia internacional</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>UNESCO-MAB Biosphere Reserve</source>
        <translation>reserva de la biosfera MAB-UNESCO</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Alliance for Zero Extinction site</source>
        <translation>Sitio de la Alianza para la Extinción Cero (AZE)</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="338"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Designations</source>
        <translation>Designaciones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>International designations</source>
        <translation>Designaciones internacionales</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Strictest IUCN category</source>
        <translation>Categoría UICN más estricta</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>WWF priority landscape</source>
        <translation>Paisaje prioritario del WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Global 200 ecoregion</source>
        <translation>Ecorregión prioritaria Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Nearest protected area</source>
        <translation>Área protegida más cercana</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Layers not tested</source>
        <translation>Capas no evaluadas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Data version</source>
        <translation>Versión de los datos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Quadrant</source>
        <translation>Cuadrante</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="92"/>
        <source>Approach</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="87"/>
        <source>Fit</source>
        <translation>Idoneidad</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="87"/>
        <source>Reasons</source>
        <translation>Razones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="92"/>
        <source>Officer</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="100"/>
        <source>Stakeholder table</source>
        <translation>Tabla de actores</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="304"/>
        <source>PACE class</source>
        <translation>Clase PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="363"/>
        <source>Classification (PACE)</source>
        <translation>Clasificación (PACE)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="366"/>
        <source>Pressure from impact zones</source>
        <translation>Presión de las zonas de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="374"/>
        <source>Impact zones</source>
        <translation>Zonas de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="391"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="397"/>
        <source>Site profile</source>
        <translation>Perfil del sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="416"/>
        <source>Stakeholders</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="428"/>
        <source>Relations</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="432"/>
        <source>Fit of the management approaches</source>
        <translation>Idoneidad de los enfoques de gestión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="441"/>
        <source>No decision recorded yet.</source>
        <translation>Aún no se ha registrado ninguna decisión.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Approach chosen</source>
        <translation>Enfoque elegido</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="461"/>
        <source>Decision history (newest first)</source>
        <translation>Historial de decisiones (la más reciente primero)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="62"/>
        <source>Generated</source>
        <translation>Generado el</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="66"/>
        <source>ASM-PACE plugin version</source>
        <translation>Versión del complemento ASM-PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="69"/>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="469"/>
        <source>About this dossier</source>
        <translation>Acerca de este expediente</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_html.py" line="37"/>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="44"/>
        <source>ASM-PACE site dossiers</source>
        <translation>Expedientes de sitios ASM-PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="72"/>
        <source>Site dossier: {title}</source>
        <translation>Expediente del sitio: {title}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="58"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="28"/>
        <source>Influence–interest grid</source>
        <translation>Cuadrícula influencia–interés</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="29"/>
        <source>Relation network</source>
        <translation>Red de relaciones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="119"/>
        <source>Redaction NOT applied: this dossier holds personal contacts and sensitive stakeholders. Share it only with people entitled to them.</source>
        <translation>Datos sensibles NO omitidos: este expediente contiene contactos personales y actores sensibles. Compártalo solo con personas autorizadas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_pages.py" line="104"/>
        <source>QGIS could not write the PDF {path} (error {result}): is it open in another program?</source>
        <translation>QGIS no pudo escribir el PDF {path} (error {result}): ¿está abierto en otro programa?</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Distance to the nearest protected area</source>
        <translation>Distancia al área protegida más cercana</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Share of the site inside protected areas</source>
        <translation>Proporción del sitio dentro de áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Influence (0–5)</source>
        <translation>Influencia (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Interest (0–5)</source>
        <translation>Interés (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>Strength (1–3)</source>
        <translation>Intensidad (1–3)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>Impact pathway</source>
        <translation>Vía de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="21"/>
        <source>Protected area</source>
        <translation>Área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="21"/>
        <source>Area reached (ha)</source>
        <translation>Superficie alcanzada (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="21"/>
        <source>Share of the protected area</source>
        <translation>Proporción del área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>From (km)</source>
        <translation>Desde (km)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>To (km)</source>
        <translation>Hasta (km)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>Source of the distance</source>
        <translation>Fuente de la distancia</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="347"/>
        <source>Coordinates (WGS 84)</source>
        <translation>Coordenadas (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="348"/>
        <source>UTM (WGS 84)</source>
        <translation>UTM (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="62"/>
        <source>{date} UTC</source>
        <translation>{date} UTC</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="211"/>
        <source>No stakeholders shown: all of this site&apos;s are sensitive and left out.</source>
        <translation>Ningún actor mostrado: todos los de este sitio son sensibles y se excluyeron.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="212"/>
        <source>No stakeholders recorded for this site.</source>
        <translation>No hay actores registrados para este sitio.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="125"/>
        <source>Safe to share: no contact or sensitive stakeholder had to be left out.</source>
        <translation>Se puede compartir: no había ningún contacto ni actor sensible que omitir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="131"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="134"/>
        <source>%n sensitive stakeholder(s)</source>
        <translation>
            <numerusform>%n actor sensible</numerusform>
            <numerusform>%n actores sensibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="137"/>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="142"/>
        <source>Redaction applied, left out: {left_out}.</source>
        <translation>Datos sensibles omitidos: {left_out}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="332"/>
        <source>Site key(s) not found: {keys}. Give keys of assessed sites (the dock lists them), separated by commas; a key that holds a comma goes in double quotes (&quot;Kamituga, upper&quot;).</source>
        <translation>Clave(s) de sitio no encontrada(s): {keys}. Indique claves de sitios evaluados (el panel las lista), separadas por comas; una clave que contiene una coma va entre comillas dobles (&quot;Kamituga, upper&quot;).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="382"/>
        <source>Mining over time in the site&apos;s areas</source>
        <translation>Minería en el tiempo en las áreas del sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="386"/>
        <source>Mining over time measured no mining in the areas of this site.</source>
        <translation>Minería en el tiempo no midió minería en las áreas de este sitio.</translation>
    </message>
</context>
<context>
    <name>DossierFormat</name>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/formatting.py" line="37"/>
        <source>{area} ha</source>
        <translation>{area} ha</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/formatting.py" line="56"/>
        <source>&lt; {share}%</source>
        <translation>&lt; {share} %</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/formatting.py" line="58"/>
        <source>{share}%</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/formatting.py" line="67"/>
        <source>inside</source>
        <translation>dentro</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/formatting.py" line="69"/>
        <source>{distance} m</source>
        <translation>{distance} m</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/formatting.py" line="71"/>
        <source>{distance} km</source>
        <translation>{distance} km</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/formatting.py" line="76"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/formatting.py" line="76"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/formatting.py" line="77"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/formatting.py" line="77"/>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/formatting.py" line="78"/>
        <source>{latitude}° {north_south}, {longitude}° {east_west}</source>
        <translation>{latitude}° {north_south}, {longitude}° {east_west}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/formatting.py" line="88"/>
        <source>zone {zone}{hemisphere}, {easting} E, {northing} N</source>
        <translation>zona {zone}{hemisphere}, {easting} E, {northing} N</translation>
    </message>
</context>
<context>
    <name>DossierLayout</name>
    <message>
        <location filename="../../asm_pace_plugin/rendering/map_styles.py" line="94"/>
        <source>Impact zones: {pathway}</source>
        <translation>Zonas de impacto: {pathway}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="57"/>
        <source>redacted</source>
        <translation>datos sensibles omitidos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="57"/>
        <source>NOT REDACTED</source>
        <translation>DATOS SENSIBLES NO OMITIDOS</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="62"/>
        <source>ASM-PACE site dossier · {site} · {date} UTC · plugin {version} · {redaction}</source>
        <translation>Expediente del sitio ASM-PACE · {site} · {date} UTC · complemento {version} · {redaction}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_sections.py" line="42"/>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="149"/>
        <source>This site has no geometry: no map.</source>
        <translation>Este sitio no tiene geometría: no hay mapa.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_maps.py" line="186"/>
        <source>Location: {country}</source>
        <translation>Ubicación: {country}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_maps.py" line="186"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/map_styles.py" line="72"/>
        <source>This site</source>
        <translation>Este sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/map_styles.py" line="75"/>
        <source>Other mining sites</source>
        <translation>Otros sitios mineros</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_tables.py" line="171"/>
        <source>{name} (continued)</source>
        <translation>{name} (continuación)</translation>
    </message>
</context>
<context>
    <name>DossierMaps</name>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="114"/>
        <source>The maps show no protected area: {reason}</source>
        <translation>Los mapas no muestran ningún área protegida: {reason}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="148"/>
        <source>Mining sites</source>
        <translation>Sitios mineros</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="152"/>
        <source>Impact zones</source>
        <translation>Zonas de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="166"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="178"/>
        <source>WWF priority landscapes</source>
        <translation>Paisajes prioritarios del WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="178"/>
        <source>Ecoregions</source>
        <translation>Ecorregiones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="158"/>
        <source>Mercury and sediment corridors</source>
        <translation>Corredores de mercurio y sedimentos</translation>
    </message>
</context>
<context>
    <name>DownstreamTraceAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="59"/>
        <source>Downstream trace (mercury and sediment)</source>
        <translation>Trazado aguas abajo (mercurio y sedimentos)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="65"/>
        <source>asm,mining,mercury,sediment,river,downstream,trace,hydrorivers,corridor</source>
        <translation>asm,mape,minería,mercurio,sedimentos,río,aguas abajo,trazado,hydrorivers,corredor</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="90"/>
        <source>Trace only sites where this field says yes (e.g. a mercury-use field; empty: all sites)</source>
        <translation>Trazar solo los sitios donde este campo indica sí (p. ej. un campo de uso de mercurio; vacío: todos los sitios)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="100"/>
        <source>Rivers (lines)</source>
        <translation>Ríos (líneas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="103"/>
        <source>Downstream-id field (empty: NEXT_DOWN if present, else digitising direction)</source>
        <translation>Campo de identificador aguas abajo (vacío: NEXT_DOWN si existe; si no, el sentido de digitalización)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="111"/>
        <source>Reach id field the downstream ids refer to (empty: HYRIV_ID if present, else feature id)</source>
        <translation>Campo de identificador de tramo al que remiten los identificadores aguas abajo (vacío: HYRIV_ID si existe; si no, el identificador de la entidad)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="121"/>
        <source>Snap distance: farthest a river may be from a site (metres)</source>
        <translation>Distancia de enganche: lo más lejos que puede estar un río de un sitio (metros)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="121"/>
        <source>Length to trace downstream (metres)</source>
        <translation>Longitud a trazar aguas abajo (metros)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="121"/>
        <source>Corridor width across the river (metres)</source>
        <translation>Ancho del corredor a lo ancho del río (metros)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="137"/>
        <source>Join line ends to another river within (metres; digitising direction only)</source>
        <translation>Unir los extremos de línea a otro río a menos de (metros; solo sentido de digitalización)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="146"/>
        <source>Downstream traces</source>
        <translation>Trazados aguas abajo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="149"/>
        <source>Mercury and sediment corridors</source>
        <translation>Corredores de mercurio y sedimentos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="154"/>
        <source>Sites traced</source>
        <translation>Sitios trazados</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="155"/>
        <source>Sites without a river in reach</source>
        <translation>Sitios sin río a su alcance</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="252"/>
        <source>The river layer must hold lines (river centre-lines such as HydroRIVERS), not points or polygons. Choose a line layer.</source>
        <translation>La capa de ríos debe contener líneas (ejes de ríos como HydroRIVERS), no puntos ni polígonos. Elija una capa de líneas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="258"/>
        <source>The river layer</source>
        <translation>La capa de ríos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="207"/>
        <source>(no key)</source>
        <translation>(sin clave)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="68"/>
        <source>&lt;p&gt;Follows the rivers downstream of every mining site, where mercury and sediment travel (default {:g} km, after Diringer et al. 2015 and Lobo et al. 2017/2018; 500 km or more can be asked).&lt;/p&gt;&lt;p&gt;Each site is joined to the nearest river within the &lt;b&gt;snap distance&lt;/b&gt;, then traced down through confluences (and into every branch where a river splits) until the length is reached or the network ends. Sites with no river within the snap distance are listed in the log and counted, not failed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Flow direction&lt;/b&gt;: from a downstream-id field where the network has one (HydroRIVERS NEXT_DOWN with HYRIV_ID, found by itself), otherwise from the direction the lines were drawn in (first vertex upstream). The log says which was used. Natural Earth and many national layers are not reliably drawn downstream: check the trace on the map.&lt;/p&gt;&lt;p&gt;An &lt;b&gt;on/off field&lt;/b&gt; (e.g. whether mercury is used at the site: 1, yes, oui) limits the trace to the sites where it says yes.&lt;/p&gt;&lt;p&gt;Outputs: the traced stretches as lines, and a &lt;b&gt;corridor&lt;/b&gt; of the given width around them as the mercury / sediment zone (polygons, EPSG:4326, metres on the ellipsoid).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: &lt;i&gt;Pressure on protected areas&lt;/i&gt;, with the corridors beside the impact zones.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sigue los ríos aguas abajo de cada sitio minero, por donde viajan el mercurio y los sedimentos ({:g} km por defecto, según Diringer et al. 2015 y Lobo et al. 2017/2018; se pueden pedir 500 km o más).&lt;/p&gt;&lt;p&gt;Cada sitio se une al río más cercano dentro de la &lt;b&gt;distancia de enganche&lt;/b&gt; y luego se sigue aguas abajo por las confluencias (y por cada brazo donde un río se divide) hasta alcanzar la longitud o el fin de la red. Los sitios sin río dentro de la distancia de enganche se listan en el registro y se cuentan, sin fallar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dirección del flujo&lt;/b&gt;: a partir de un campo de identificador aguas abajo cuando la red lo tiene (NEXT_DOWN de HydroRIVERS con HYRIV_ID, que se encuentran solos), si no, a partir del sentido en que se digitalizaron las líneas (primer vértice aguas arriba). El registro indica cuál se usó. Natural Earth y muchas capas nacionales no están digitalizadas de forma fiable aguas abajo: revise el trazado en el mapa.&lt;/p&gt;&lt;p&gt;Un &lt;b&gt;campo de activación&lt;/b&gt; (p. ej. si se usa mercurio en el sitio: 1, yes, sí) limita el trazado a los sitios donde indica sí.&lt;/p&gt;&lt;p&gt;Salidas: los tramos trazados como líneas, y un &lt;b&gt;corredor&lt;/b&gt; del ancho indicado a su alrededor como zona del mercurio y los sedimentos (polígonos, EPSG:4326, metros sobre el elipsoide).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Siguiente paso&lt;/b&gt;: &lt;i&gt;Presión sobre las áreas protegidas&lt;/i&gt;, con los corredores junto a las zonas de impacto.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="214"/>
        <source>Sites without a river within {} m (not traced): {}</source>
        <translation>Sitios sin río a menos de {} m (no trazados): {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="220"/>
        <source>Downstream trace: {} sites traced over up to {} m, {} without a river within {} m, {} without usable geometry, {} left out by the on/off field; site geometries repaired: {}; direction from {}.</source>
        <translation>Trazado aguas abajo: {} sitios trazados en hasta {} m, {} sin río a menos de {} m, {} sin geometría utilizable, {} excluidos por el campo de activación; geometrías de sitios reparadas: {}; dirección según {}.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="94"/>
        <source>Site key</source>
        <translation>Clave del sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="78"/>
        <source>Site name</source>
        <translation>Nombre del sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="79"/>
        <source>PACE class</source>
        <translation>Clase PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="80"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="81"/>
        <source>Strictest IUCN category</source>
        <translation>Categoría UICN más estricta</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="82"/>
        <source>Stakeholders</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="83"/>
        <source>Key players</source>
        <translation>Actores clave</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="84"/>
        <source>Relations</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="85"/>
        <source>Fit of the approaches</source>
        <translation>Idoneidad de los enfoques</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="86"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="87"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="88"/>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="89"/>
        <source>Decided on (UTC)</source>
        <translation>Decidido el (UTC)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="90"/>
        <source>Decisions recorded</source>
        <translation>Decisiones registradas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="91"/>
        <source>Redaction</source>
        <translation>Datos sensibles</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="95"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="96"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="97"/>
        <source>Influence (0–5)</source>
        <translation>Influencia (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="98"/>
        <source>Interest (0–5)</source>
        <translation>Interés (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="99"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="100"/>
        <source>Quadrant</source>
        <translation>Cuadrante</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="101"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="102"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
</context>
<context>
    <name>ExportAssessmentsAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="102"/>
        <source>Export assessments (table)</source>
        <translation>Exportar las evaluaciones (tabla)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="108"/>
        <source>asm,pace,export,csv,xlsx,report,programme,stakeholders,decision</source>
        <translation>asm,pace,exportar,csv,xlsx,informe,programa,actores,decisión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="126"/>
        <source>Language of the texts in the table</source>
        <translation>Idioma de los textos de la tabla</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="141"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="144"/>
        <source>Stakeholders</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="229"/>
        <source>{} text(s) held a NUL character, written as {} so that nothing after it is lost.</source>
        <translation>{} texto(s) contenían un carácter NUL, escrito como {} para que no se pierda nada de lo que sigue.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="111"/>
        <source>&lt;p&gt;Writes one row per assessed site of the workspace for programme reporting: PACE class, profile, number of stakeholders and key players, the fit of each approach, the decision, its rationale and date. Save it as CSV, XLSX or GeoPackage. The optional second table has one row per stakeholder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safe to share by default&lt;/b&gt;: sensitive stakeholders (marked so in the dock, or of a sensitive group) are left out and only contacts marked shareable are kept, unless you tick &lt;i&gt;Include contacts and sensitive stakeholders&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: send the table to the programme; when a site changes, update its assessment in the dock and export again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escribe una fila por sitio evaluado del espacio de trabajo, para los informes del programa: clase PACE, perfil, número de actores y de actores clave, idoneidad de cada enfoque, la decisión, su justificación y su fecha. Guárdela como CSV, XLSX o GeoPackage. La segunda tabla, opcional, tiene una fila por actor.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Segura para compartir por defecto&lt;/b&gt;: los actores sensibles (marcados así en el panel, o de un grupo sensible) se excluyen y solo se conservan los contactos marcados como compartibles, salvo que marque &lt;i&gt;Incluir los contactos y los actores sensibles&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Siguiente paso&lt;/b&gt;: envíe la tabla al programa; cuando un sitio cambie, actualice su evaluación en el panel y exporte de nuevo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="127"/>
        <source>Field names and codes in a spreadsheet too (for scripts)</source>
        <translation>Nombres de campos y códigos también en una hoja de cálculo (para scripts)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="132"/>
        <source>A spreadsheet (XLSX, ODS) is a report table: headers, classes and answers in the language chosen, the decision&apos;s date a date. Tick this to write the field names and codes instead, as a CSV or GeoPackage always holds them.</source>
        <translation>Una hoja de cálculo (XLSX, ODS) es una tabla de informe: encabezados, clases y respuestas en el idioma elegido, la fecha de la decisión como fecha. Marque esta opción para escribir en su lugar los nombres de campos y los códigos, como los contiene siempre un CSV o un GeoPackage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="235"/>
        <source>%n site(s) exported.</source>
        <translation>
            <numerusform>%n sitio exportado.</numerusform>
            <numerusform>%n sitios exportados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="238"/>
        <source>Contacts and sensitive stakeholders are INCLUDED: do not share widely.</source>
        <translation>Los contactos y los actores sensibles están INCLUIDOS: no lo difunda ampliamente.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/input_fields.py" line="71"/>
        <source>field &apos;{wanted}&apos; is not in the layer; its fields are: {field_names}</source>
        <translation>el campo «{wanted}» no está en la capa; sus campos son: {field_names}</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/presets.py" line="108"/>
        <source>dossier</source>
        <translation>expediente</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/presets.py" line="112"/>
        <source>dossiers</source>
        <translation>expedientes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/presets.py" line="114"/>
        <source>assessments</source>
        <translation>evaluaciones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="57"/>
        <source>all_areas</source>
        <translation>todas_las_areas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/presets.py" line="115"/>
        <source>area_reports</source>
        <translation>informes_areas</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <location filename="../../tools/make_help.py" line="54"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="54"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Processing: ASM-PACE &amp;gt; {group} &amp;gt; {title} &amp;nbsp;·&amp;nbsp; in models and qgis_process:</source>
        <translation>Procesamiento: ASM-PACE &amp;gt; {group} &amp;gt; {title} &amp;nbsp;·&amp;nbsp; en los modelos y qgis_process:</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Inputs, in the order of the dialog</source>
        <translation>Entradas, en el orden del diálogo</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Default</source>
        <translation>Por defecto</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Name in models and qgis_process</source>
        <translation>Nombre en los modelos y qgis_process</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>ImpactPathways</name>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="16"/>
        <source>No: one zone per site and pathway</source>
        <translation>No: una zona por sitio y vía</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="16"/>
        <source>Per pathway</source>
        <translation>Por vía</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="16"/>
        <source>All zones into one</source>
        <translation>Todas las zonas en una</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="59"/>
        <source>Impact-pathway catalogue {path}</source>
        <translation>Catálogo de vías de impacto {path}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="63"/>
        <source>{where} cannot be read ({strerror}). Choose an existing CSV file.</source>
        <translation>{where} no se puede leer ({strerror}). Elija un archivo CSV existente.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="100"/>
        <source>{where}, line {line}</source>
        <translation>{where}, línea {line}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="104"/>
        <source>{where}, line {line}: the name &apos;{name}&apos; appears twice. Rename one.</source>
        <translation>{where}, línea {line}: el nombre «{name}» aparece dos veces. Cambie uno.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="148"/>
        <source>{where}: confidence must be one of {CONFIDENCES}, not &apos;{confidence}&apos;.</source>
        <translation>{where}: la confianza debe ser una de {CONFIDENCES}, no «{confidence}».</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="200"/>
        <source>No impact pathway was chosen. Give at least one, e.g. footprint,hunting.</source>
        <translation>No se eligió ninguna vía de impacto. Indique al menos una, p. ej. footprint,hunting.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="221"/>
        <source>Distances</source>
        <translation>Distancias</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="221"/>
        <source>Per-site distance fields</source>
        <translation>Campos de distancia por sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="221"/>
        <source>On/off fields</source>
        <translation>Campos de activación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="208"/>
        <source>Unknown impact pathway &apos;{name}&apos;. Known pathways: {zone_names}.</source>
        <translation>Vía de impacto desconocida «{name}». Vías conocidas: {zone_names}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="92"/>
        <source>{where} lacks the column(s) {missing}. It needs a header line: {CATALOGUE_COLUMNS}.</source>
        <translation>A {where} le faltan las columnas {missing}. Necesita una línea de encabezado: {CATALOGUE_COLUMNS}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="132"/>
        <source>{where}: the name &apos;{name}&apos; must be letters, digits and &apos;_&apos; only, e.g. hunting.</source>
        <translation>{where}: el nombre «{name}» solo puede tener letras, cifras y '_', p. ej. hunting.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="140"/>
        <source>{where}: kind must be &apos;{KIND_ZONE}&apos; or &apos;{KIND_DOWNSTREAM}&apos;, not &apos;{kind}&apos;.</source>
        <translation>{where}: kind debe ser '{KIND_ZONE}' o '{KIND_DOWNSTREAM}', no '{kind}'.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="116"/>
        <source>{what}: &apos;{value}&apos; is not of the form pathway=value, e.g. hunting=12700.</source>
        <translation>{what}: «{value}» no tiene la forma vía=valor, p. ej. hunting=12700.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="228"/>
        <source>{what} name pathways that are not chosen: {extra}. Add them to the pathways.</source>
        <translation>{what}: nombran vías que no se eligieron: {extra}. Añádalas a las vías.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="243"/>
        <source>The distance given for &apos;{name}&apos; ({distances}) is not a positive number of metres.</source>
        <translation>La distancia indicada para «{name}» ({distances}) no es un número positivo de metros.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="72"/>
        <source>{where}, line {line}: not text in UTF-8 (a binary file, or another encoding). Save it as CSV UTF-8 from your spreadsheet, or choose the shipped catalogue.</source>
        <translation>{where}, línea {line}: no es texto en UTF-8 (un archivo binario, u otra codificación). Guárdelo como CSV UTF-8 desde su hoja de cálculo, o elija el catálogo incluido.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="84"/>
        <source>{where}, line {line_num}: not readable as CSV ({error}).</source>
        <translation>{where}, línea {line_num}: no se puede leer como CSV ({error}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="168"/>
        <source>{where}: distance_m {text} is {beyond_limit}.</source>
        <translation>{where}: distance_m {text} está {beyond_limit}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="236"/>
        <source>beyond {km} km, the farthest a zone is drawn true to its area</source>
        <translation>más allá de {km} km, la mayor distancia a la que una zona se dibuja fiel a su superficie</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="250"/>
        <source>The distance given for &apos;{name}&apos; ({distances} m) is {beyond_limit}.</source>
        <translation>La distancia indicada para «{name}» ({distances} m) está {beyond_limit}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="285"/>
        <source>The {what} {error}.</source>
        <translation>{what}: {error}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="214"/>
        <source>&apos;{name}&apos; is traced down rivers, not drawn as a zone: use the algorithm &apos;Downstream trace (mercury and sediment)&apos; for it.</source>
        <translation>«{name}» se traza a lo largo de los ríos, no se dibuja como zona: use para ello el algoritmo «Trazado aguas abajo (mercurio y sedimentos)».</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="56"/>
        <source>{}: {} m is very small for this pathway (default: {}). Distances are in metres: for {} km, type {}.</source>
        <translation>{}: {} m es muy poco para esta vía (por defecto: {}). Las distancias van en metros: para {} km, escriba {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="31"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="70"/>
        <source>{}: {} ({}){}{}</source>
        <translation>{}: {} ({}){}{}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="70"/>
        <source>per site</source>
        <translation>por sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="70"/>
        <source>, per-site field {}</source>
        <translation>, campo por sitio {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="70"/>
        <source>, on/off field {}</source>
        <translation>, campo de activación {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="28"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="29"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="30"/>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="215"/>
        <source>catalogue: {source}</source>
        <translation>catálogo: {source}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="219"/>
        <source>per-site field {field}</source>
        <translation>campo por sitio {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="221"/>
        <source>distance given in the dialog</source>
        <translation>distancia indicada en el cuadro de diálogo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="222"/>
        <source>dissolved zones of several sites</source>
        <translation>zonas fusionadas de varios sitios</translation>
    </message>
</context>
<context>
    <name>ImpactZonesAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="102"/>
        <source>Impact zones</source>
        <translation>Zonas de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="52"/>
        <source>asm,mining,impact,buffer,geodesic,deforestation,hunting,zone,pathway</source>
        <translation>asm,mape,minería,impacto,buffer,geodésico,deforestación,caza,zona,vía</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="81"/>
        <source>Non-overlapping rings instead of full discs</source>
        <translation>Anillos sin superposición en lugar de discos completos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="86"/>
        <source>Dissolve zones</source>
        <translation>Disolver las zonas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="94"/>
        <source>Impact-pathway catalogue (CSV; empty: the shipped one)</source>
        <translation>Catálogo de vías de impacto (CSV; vacío: el incluido)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="105"/>
        <source>Number of zones</source>
        <translation>Número de zonas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="106"/>
        <source>Sites without any zone</source>
        <translation>Sitios sin ninguna zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="168"/>
        <source>Dissolving zones...</source>
        <translation>Disolviendo las zonas...</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="185"/>
        <source>Impact zones: {} zones written for {} sites and {} pathways ({}, {}); sites without any zone: {}; site geometries repaired: {}; {}.</source>
        <translation>Zonas de impacto: {} zonas escritas para {} sitios y {} vías ({}, {}); sitios sin ninguna zona: {}; geometrías de sitios reparadas: {}; {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="185"/>
        <source>rings</source>
        <translation>anillos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="185"/>
        <source>discs</source>
        <translation>discos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="185"/>
        <source>nothing skipped</source>
        <translation>nada omitido</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="80"/>
        <source>Impact pathways</source>
        <translation>Vías de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="55"/>
        <source>{}: distance (metres)</source>
        <translation>{}: distancia (metros)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="68"/>
        <source>Metres on the ellipsoid. Default: {} ({}).</source>
        <translation>Metros sobre el elipsoide. Por defecto: {} ({}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="63"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="95"/>
        <source>Other distances in metres (pathway=metres, e.g. charcoal_timber=5000)</source>
        <translation>Otras distancias en metros (vía=metros, p. ej. charcoal_timber=5000)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="42"/>
        <source>{} (no default distance: give one)</source>
        <translation>{} (sin distancia por defecto: indique una)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="43"/>
        <source>{} ({} km)</source>
        <translation>{} ({} km)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="160"/>
        <source>Other distances</source>
        <translation>Otras distancias</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="56"/>
        <source>&lt;p&gt;Draws, around every mining site, the zones its impacts reach: site footprint, off-site deforestation, hunting pressure, landscape deforestation, charcoal and timber.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distances are metres on the ellipsoid&lt;/b&gt; whatever the CRS: a 10 km zone covers the same area at the equator, at 47°N or at 70°N, and zones crossing the 180° meridian are split on both sides. Polygon and line sites are buffered from their edge.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Impact pathways&lt;/b&gt;: tick those to draw. Each has its distance below, in metres; the defaults are {}, each with its source and confidence (under Advanced, you can give your own edited copy of the catalogue of pathways). A distance far smaller than its default (10 typed for 10 km) is warned about in the log.&lt;/p&gt;&lt;p&gt;Under &lt;b&gt;Advanced&lt;/b&gt;, each pathway can take &lt;b&gt;its distance per site&lt;/b&gt; from a numeric field of the sites (an empty value uses the distance above), and be drawn &lt;b&gt;only where a field says yes&lt;/b&gt; (1, true, yes, oui).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rings&lt;/b&gt;: each zone without the smaller ones (footprint, then 1–10 km, then 10–70 km), for maps; keep full discs to measure pressure on protected areas. &lt;b&gt;Dissolve&lt;/b&gt; merges the zones of all sites, per pathway or all together.&lt;/p&gt;&lt;p&gt;Each zone says its site, pathway, distance, where the distance comes from and its area in hectares. Output in EPSG:4326.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: &lt;i&gt;Downstream trace&lt;/i&gt; for mercury and sediment along rivers, then &lt;i&gt;Pressure on protected areas&lt;/i&gt; with these zones.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dibuja, alrededor de cada sitio minero, las zonas que alcanzan sus impactos: huella del sitio, deforestación fuera del sitio, presión de caza, deforestación del paisaje, madera y carbón vegetal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Las distancias son metros sobre el elipsoide&lt;/b&gt; sea cual sea el SRC: una zona de 10 km cubre la misma superficie en el ecuador, a 47°N o a 70°N, y las zonas que cruzan el meridiano de 180° se dividen a ambos lados. Los sitios de polígonos y de líneas se amplían desde su borde.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vías de impacto&lt;/b&gt;: marque las que quiera dibujar. Cada una tiene su distancia abajo, en metros; los valores por defecto son {}, cada uno con su fuente y su nivel de confianza (en Avanzado, puede indicar su propia copia editada del catálogo de vías). Una distancia mucho menor que su valor por defecto (10 escrito por 10 km) se advierte en el registro.&lt;/p&gt;&lt;p&gt;En &lt;b&gt;Avanzado&lt;/b&gt;, cada vía puede tomar &lt;b&gt;su distancia por sitio&lt;/b&gt; de un campo numérico de los sitios (un valor vacío usa la distancia de arriba), y dibujarse &lt;b&gt;solo donde un campo indica sí&lt;/b&gt; (1, true, yes, sí).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anillos&lt;/b&gt;: cada zona sin las más pequeñas (huella, luego 1–10 km, luego 10–70 km), para mapas; conserve los discos completos para medir la presión sobre las áreas protegidas. &lt;b&gt;Disolver&lt;/b&gt; une las zonas de todos los sitios, por vía o todas juntas.&lt;/p&gt;&lt;p&gt;Cada zona indica su sitio, su vía, su distancia, de dónde viene la distancia y su superficie en hectáreas. Salida en EPSG:4326.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Siguiente paso&lt;/b&gt;: &lt;i&gt;Trazado aguas abajo&lt;/i&gt; para el mercurio y los sedimentos a lo largo de los ríos, y luego &lt;i&gt;Presión sobre las áreas protegidas&lt;/i&gt; con estas zonas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="107"/>
        <source>{}: distance per site (metres)</source>
        <translation>{}: distancia por sitio (metros)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="107"/>
        <source>A numeric field of the sites with each site&apos;s distance in metres; where it is empty, the distance above is used.</source>
        <translation>Un campo numérico de los sitios con la distancia de cada sitio en metros; donde está vacío, se usa la distancia de arriba.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="107"/>
        <source>{}: drawn only where this field says yes</source>
        <translation>{}: dibujada solo donde este campo indica sí</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="107"/>
        <source>A field of the sites that turns the pathway on (1, true, yes, oui) or off (0, false, no, non) site by site.</source>
        <translation>Un campo de los sitios que activa la vía (1, true, yes, oui) o la desactiva (0, false, no, non) sitio por sitio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="176"/>
        <source>{pathway}: %n site(s) without this zone ({reason}).</source>
        <translation>
            <numerusform>{pathway}: %n sitio sin esta zona ({reason}).</numerusform>
            <numerusform>{pathway}: %n sitios sin esta zona ({reason}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="185"/>
        <source>{reason}: {count}</source>
        <translation>{reason}: {count}</translation>
    </message>
</context>
<context>
    <name>IntegerWidgetWrapper</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/number_widget.py" line="72"/>
        <source>Not set</source>
        <translation>No definido</translation>
    </message>
</context>
<context>
    <name>LayerFieldsWidget</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/layer_fields_widget.py" line="57"/>
        <source>Found by itself</source>
        <translation>Se detecta automáticamente</translation>
    </message>
</context>
<context>
    <name>MiningCharts</name>
    <message>
        <location filename="../../asm_pace_plugin/rendering/mining_charts.py" line="53"/>
        <source>new {unit} per period (bars), up to {top}</source>
        <translation>{unit} nuevas por período (barras), hasta {top}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/mining_charts.py" line="58"/>
        <source>cumulative {unit} (line), up to {top}</source>
        <translation>{unit} acumuladas (línea), hasta {top}</translation>
    </message>
</context>
<context>
    <name>MiningHistory</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/mining_history.py" line="42"/>
        <source>Mining in {area}: {history}</source>
        <translation>Minería en {area}: {history}</translation>
    </message>
</context>
<context>
    <name>MiningOverTimeAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="74"/>
        <source>Mining over time</source>
        <translation>Minería en el tiempo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="80"/>
        <source>asm,mining,monitoring,time,year,growth,trend,footprint,amazon mining watch,amw,protected,area</source>
        <translation>mape,minería,seguimiento,tiempo,año,crecimiento,tendencia,huella,amazon mining watch,amw,protegida,área</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="121"/>
        <source>Mining footprints or sites (one layer with a date field, or one layer per date)</source>
        <translation>Huellas mineras o sitios (una capa con un campo de fecha, o una capa por fecha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="128"/>
        <source>Date or year field (empty: year, date, period... or the layers&apos; names)</source>
        <translation>Campo de fecha o de año (vacío: year, date, period… o el nombre de las capas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="135"/>
        <source>Periods</source>
        <translation>Períodos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="135"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="135"/>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="135"/>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="143"/>
        <source>The footprints of a period are</source>
        <translation>Las huellas de un período son</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="143"/>
        <source>its new mining</source>
        <translation>su minería nueva</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="143"/>
        <source>a cumulative snapshot (all mining so far)</source>
        <translation>una instantánea acumulada (toda la minería hasta entonces)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="154"/>
        <source>Footprint or site id field (empty: site_id, id... or none)</source>
        <translation>Campo de identificador de la huella o del sitio (vacío: site_id, id… o ninguno)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="154"/>
        <source>Mined area field, hectares (empty: mined_ha if present)</source>
        <translation>Campo de superficie minada, en hectáreas (vacío: mined_ha si existe)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="163"/>
        <source>Protected areas (WDPA or a national layer)</source>
        <translation>Áreas protegidas (WDPA o capa nacional)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="172"/>
        <source>Other areas (indigenous territories, buffer zones, districts)</source>
        <translation>Otras zonas (territorios indígenas, zonas de amortiguamiento, distritos)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="180"/>
        <source>Name field of the other areas (empty: name, NOM, NOMBRE...)</source>
        <translation>Campo de nombre de las otras zonas (vacío: name, NOM, NOMBRE…)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="180"/>
        <source>Id field of the other areas (empty: id, code...)</source>
        <translation>Campo de identificador de las otras zonas (vacío: id, code…)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="187"/>
        <source>Assessment workspace (.gpkg), for growth before and after decisions</source>
        <translation>Espacio de trabajo de evaluación (.gpkg), para el crecimiento antes y después de las decisiones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="197"/>
        <source>Mining per area and period</source>
        <translation>Minería por zona y período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="202"/>
        <source>Trend per area</source>
        <translation>Tendencia por zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="207"/>
        <source>Footprints with their areas and periods</source>
        <translation>Huellas con sus zonas y períodos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="215"/>
        <source>Growth before and after decisions</source>
        <translation>Crecimiento antes y después de las decisiones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="223"/>
        <source>Charts of new and cumulative mining per area (PNG, one per area)</source>
        <translation>Gráficos de la minería nueva y acumulada por zona (PNG, uno por zona)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="231"/>
        <source>Areas with mining</source>
        <translation>Zonas con minería</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="256"/>
        <source>No footprint or site with a usable geometry was read: nothing to measure.</source>
        <translation>No se leyó ninguna huella ni sitio con geometría utilizable: nada que medir.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="265"/>
        <source>Mining over time: {read} footprints or sites read in {periods} periods ({first} to {last}); {areas} areas hold mining; geometries repaired: {repaired}; features without usable geometry left out: {skipped}.</source>
        <translation>Minería en el tiempo: {read} huellas o sitios leídos en {periods} períodos ({first} a {last}); {areas} zonas con minería; geometrías reparadas: {repaired}; entidades sin geometría utilizable excluidas: {skipped}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="282"/>
        <source>{count} features left out: {reason}.</source>
        <translation>{count} entidades excluidas: {reason}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="307"/>
        <source>No area layer was given: give protected areas, other areas (indigenous territories, districts), or both.</source>
        <translation>No se indicó ninguna capa de zonas: indique áreas protegidas, otras zonas (territorios indígenas, distritos), o ambas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="349"/>
        <source>sites</source>
        <translation>sitios</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="351"/>
        <source>The charts could not be written in {}: {}</source>
        <translation>No se pudieron escribir los gráficos en {}: {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="393"/>
        <source>Decisions compared in {} areas.</source>
        <translation>Decisiones comparadas en {} zonas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="85"/>
        <source>&lt;p&gt;How fast mining grows in each protected area (and in any other area you give: indigenous territories, buffer zones, districts), period by period: where it is new, how much, and whether it changed after a decision.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Footprints&lt;/b&gt;: mining polygons (Amazon Mining Watch, MapBiomas, your own mapping) or sites as points (patrols, field visits), with a date or year field, or several layers each named with its date (mining_2019, mining_2020). Either each period holds its &lt;i&gt;new&lt;/i&gt; mining, or each period is a &lt;i&gt;cumulative snapshot&lt;/i&gt; of all mining so far: then the new mining of a period is what its snapshot adds to the one before. Mining that a snapshot loses is reported apart (lost_ha), never counted as negative mining.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per area and period&lt;/b&gt;: new hectares, cumulative hectares, share of the area mined, number of new footprints or sites, change from the period before. Areas are measured in hectares on the ellipsoid; footprints that overlap each other, parcels of an area that overlap and footprints seen again later are counted once. With a mined-area field (AMW&apos;s mined_ha), that figure is given beside ours, shared out as AMW does: mined area times the share of the polygon inside the area.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Trend&lt;/b&gt; of each area, from the new mining of the last period against the mean of the three periods before it: &lt;i&gt;no new mining&lt;/i&gt; (none in the last period), &lt;i&gt;new&lt;/i&gt; (none before), &lt;i&gt;accelerating&lt;/i&gt; (twice the mean or more), &lt;i&gt;growing&lt;/i&gt; (a quarter more or above), &lt;i&gt;slowing&lt;/i&gt; (a quarter less or below), &lt;i&gt;steady&lt;/i&gt; (in between).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Decisions&lt;/b&gt;: with the assessment workspace, for each decided site inside an area, the new mining in the same number of whole periods before and after the decision&apos;s date (the period holding the date counts in neither).&lt;/p&gt;&lt;p&gt;Protected areas are cleaned as in &lt;i&gt;Classify sites&lt;/i&gt;. Only the areas near the footprints are read, so a global WDPA layer can be given.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: &lt;i&gt;Protected-area reports&lt;/i&gt; from these tables, one per area and one with all areas ranked by growth, for the park authority; with the decisions table loaded, the &lt;i&gt;ASM-PACE assessment&lt;/i&gt; dock shows each decided site&apos;s history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A qué velocidad crece la minería en cada área protegida (y en cualquier otra zona que indique: territorios indígenas, zonas de amortiguamiento, distritos), período por período: dónde es nueva, cuánta, y si cambió después de una decisión.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Huellas&lt;/b&gt;: polígonos mineros (Amazon Mining Watch, MapBiomas, su propio mapeo) o sitios como puntos (patrullajes, visitas de campo), con un campo de fecha o de año, o varias capas nombradas cada una con su fecha (mining_2019, mining_2020). O bien cada período contiene su minería &lt;i&gt;nueva&lt;/i&gt;, o bien cada período es una &lt;i&gt;instantánea acumulada&lt;/i&gt; de toda la minería hasta entonces: la minería nueva de un período es entonces lo que su instantánea añade a la anterior. Lo que una instantánea pierde se informa aparte (lost_ha), nunca como minería negativa.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Por zona y período&lt;/b&gt;: hectáreas nuevas, hectáreas acumuladas, proporción de la zona minada, número de huellas o sitios nuevos, cambio respecto al período anterior. Las superficies se miden en hectáreas sobre el elipsoide; las huellas que se superponen entre sí, las parcelas superpuestas de una zona y las huellas vistas de nuevo más tarde se cuentan una sola vez. Con un campo de superficie minada (mined_ha de AMW), esa cifra se da junto a la nuestra, repartida como lo hace AMW: superficie minada por la proporción del polígono dentro de la zona.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tendencia&lt;/b&gt; de cada zona, según la minería nueva del último período frente a la media de los tres períodos anteriores: &lt;i&gt;sin minería nueva&lt;/i&gt; (ninguna en el último período), &lt;i&gt;nueva&lt;/i&gt; (ninguna antes), &lt;i&gt;en aceleración&lt;/i&gt; (el doble de la media o más), &lt;i&gt;en aumento&lt;/i&gt; (un cuarto más o por encima), &lt;i&gt;en desaceleración&lt;/i&gt; (un cuarto menos o por debajo), &lt;i&gt;estable&lt;/i&gt; (entre ambos).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Decisiones&lt;/b&gt;: con el espacio de trabajo de evaluación, para cada sitio decidido dentro de una zona, la minería nueva en el mismo número de períodos completos antes y después de la fecha de la decisión (el período que contiene la fecha no cuenta en ninguno).&lt;/p&gt;&lt;p&gt;Las áreas protegidas se depuran como en &lt;i&gt;Clasificar sitios&lt;/i&gt;. Solo se leen las zonas cercanas a las huellas: puede darse una capa WDPA mundial.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Siguiente paso&lt;/b&gt;: los &lt;i&gt;Informes por área protegida&lt;/i&gt; a partir de estas tablas, uno por área y uno con todas las áreas clasificadas según su crecimiento, para la autoridad del área; con la tabla de decisiones cargada, el panel &lt;i&gt;Evaluación ASM-PACE&lt;/i&gt; muestra la historia de cada sitio decidido.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/areas.py" line="30"/>
        <source>The area layer &apos;{layer}&apos;: {error}.</source>
        <translation>La capa de zonas «{layer}»: {error}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/areas.py" line="36"/>
        <source>The area layer &apos;{layer}&apos; has no name field (name, NOM, NOMBRE, NOME...); its fields are: {fields}. Give its name field.</source>
        <translation>La capa de zonas «{layer}» no tiene campo de nombre (name, NOM, NOMBRE, NOME…); sus campos son: {fields}. Indique su campo de nombre.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="40"/>
        <source>period from the field {field}</source>
        <translation>período leído del campo {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="40"/>
        <source>period {period} from the layer&apos;s name</source>
        <translation>período {period} según el nombre de la capa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="47"/>
        <source>ids from {field}</source>
        <translation>identificadores leídos de {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="47"/>
        <source>each feature a footprint of its own</source>
        <translation>cada entidad es una huella aparte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="52"/>
        <source>mined area from {field}</source>
        <translation>superficie minada leída de {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="52"/>
        <source>no mined-area field</source>
        <translation>sin campo de superficie minada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="57"/>
        <source>{layer}: {period}; {identity}; {mined}.</source>
        <translation>{layer}: {period}; {identity}; {mined}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="66"/>
        <source>The footprint layer &apos;{layer}&apos;: {error}.</source>
        <translation>La capa de huellas «{layer}»: {error}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="79"/>
        <source>The footprint layer &apos;{layer}&apos; holds neither polygons nor points: give mining footprints (polygons) or sites (points).</source>
        <translation>La capa de huellas «{layer}» no contiene polígonos ni puntos: indique huellas mineras (polígonos) o sitios (puntos).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="87"/>
        <source>The footprint layer &apos;{layer}&apos; has no valid CRS: set it in Layer Properties &gt; Source.</source>
        <translation>La capa de huellas «{layer}» no tiene un SRC válido: defínalo en Propiedades de la capa &gt; Fuente.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="107"/>
        <source>The footprint layer &apos;{layer}&apos; has no date or year field (year, date, period...) and its name gives no date: give its period field, or name the layer with its date (footprints_2019).</source>
        <translation>La capa de huellas «{layer}» no tiene campo de fecha o de año (year, date, period…) y su nombre no da ninguna fecha: indique su campo de período, o nombre la capa con su fecha (footprints_2019).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="135"/>
        <source>Feature {feature} of &apos;{layer}&apos;: the mined area &apos;{value}&apos; is not a number of hectares (0 or more).</source>
        <translation>Entidad {feature} de «{layer}»: la superficie minada «{value}» no es un número de hectáreas (0 o más).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="161"/>
        <source>Feature {feature} of &apos;{layer}&apos; ({field}): {error}</source>
        <translation>Entidad {feature} de «{layer}» ({field}): {error}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="20"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="21"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="22"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="93"/>
        <source>&apos;{value}&apos; is not a date, a year or a period: write it as 2019, 2019-05-01, 2025-Q2 or 2025-05.</source>
        <translation>«{value}» no es una fecha, un año ni un período: escríbalo como 2019, 2019-05-01, 2025-Q2 o 2025-05.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="100"/>
        <source>&apos;{value}&apos; is a {given}, but the periods are months or quarters: give dates, or choose longer periods.</source>
        <translation>«{value}» es un {given}, pero los períodos son meses o trimestres: indique fechas, o elija períodos más largos.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="128"/>
        <source>A feature has no period (its date or year is empty): give one.</source>
        <translation>Una entidad no tiene período (su fecha o año está vacío): indique uno.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="171"/>
        <source>The layer &apos;{name}&apos; does not say which period it shows: name it with its date or year (footprints_2019, mining 2025-Q1), or give a period field.</source>
        <translation>La capa «{name}» no dice qué período muestra: nómbrela con su fecha o año (footprints_2019, mining 2025-Q1), o indique un campo de período.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="285"/>
        <source>Decision of {date}: too early to compare, no whole {period} since.</source>
        <translation>Decisión del {date}: demasiado pronto para comparar, ningún {period} completo desde entonces.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="288"/>
        <source>+{value} new sites a {period}</source>
        <translation>+{value} sitios nuevos por {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="288"/>
        <source>+{value} ha a {period}</source>
        <translation>+{value} ha por {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="294"/>
        <source>Since the decision of {date}: {after}; before: {before}.</source>
        <translation>Desde la decisión del {date}: {after}; antes: {before}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="34"/>
        <source>no new mining</source>
        <translation>sin minería nueva</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="35"/>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="36"/>
        <source>accelerating</source>
        <translation>en aceleración</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="37"/>
        <source>growing</source>
        <translation>en aumento</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="38"/>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="39"/>
        <source>slowing</source>
        <translation>en desaceleración</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/areas.py" line="70"/>
        <source>Two area layers are both named &apos;{}&apos;: rename one.</source>
        <translation>Dos capas de zonas se llaman «{}»: cambie el nombre de una.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="188"/>
        <source>No footprint layer was given: give at least one.</source>
        <translation>No se indicó ninguna capa de huellas: indique al menos una.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="194"/>
        <source>The footprint layer &apos;{}&apos; is empty: remove it or choose another.</source>
        <translation>La capa de huellas «{}» está vacía: quítela o elija otra.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="204"/>
        <source>Some footprint layers hold points and others polygons: give sites (points) or footprints (polygons), not both in one run.</source>
        <translation>Algunas capas de huellas contienen puntos y otras polígonos: indique sitios (puntos) o huellas (polígonos), no ambos en una misma ejecución.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="238"/>
        <source>The snapshot layers were not given in date order; they are taken in date order: {}.</source>
        <translation>Las capas de instantáneas no se dieron en orden de fecha; se toman en orden de fecha: {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="246"/>
        <source>Several snapshot layers are of the same period ({}): their footprints are taken together.</source>
        <translation>Varias capas de instantáneas son del mismo período ({}): sus huellas se toman juntas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/results.py" line="48"/>
        <source>{area} {period}: {hectares} ha</source>
        <translation>{area} {period}: {hectares} ha</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/results.py" line="54"/>
        <source>In {count} area-periods a snapshot holds less mining than the one before ({named}). Mining does not disappear from one snapshot to the next: check that the snapshots are cumulative and their dates right. The loss is in lost_ha; the new mining is never negative.</source>
        <translation>En {count} pares zona-período una instantánea contiene menos minería que la anterior ({named}). La minería no desaparece de una instantánea a la siguiente: compruebe que las instantáneas son acumuladas y sus fechas correctas. La pérdida está en lost_ha; la minería nueva nunca es negativa.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="49"/>
        <source>Site context</source>
        <translation>Contexto del sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="62"/>
        <source>Answered on the Profile page: change it there.</source>
        <translation>Respondido en la página Perfil: cámbielo allí.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="63"/>
        <source>{question} (answered in the profile)</source>
        <translation>{question} (respondido en el perfil)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="85"/>
        <source>Fit of each approach here, and why</source>
        <translation>Idoneidad de cada enfoque aquí, y por qué</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="99"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="103"/>
        <source>Choose an approach…</source>
        <translation>Elija un enfoque…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="113"/>
        <source>Why this approach, for this site (required)</source>
        <translation>Por qué este enfoque, para este sitio (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="118"/>
        <source>Record decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="123"/>
        <source>Approach</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="124"/>
        <source>Officer</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="125"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="127"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="134"/>
        <source>choose an approach</source>
        <translation>elija un enfoque</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="138"/>
        <source>write the rationale</source>
        <translation>escriba la justificación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="140"/>
        <source>To record the decision: {missing}.</source>
        <translation>Para registrar la decisión: {missing}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="140"/>
        <source>, then </source>
        <translation>, luego </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="140"/>
        <source>Record this approach and rationale in the site&apos;s decision history.</source>
        <translation>Registrar este enfoque y su justificación en el historial de decisiones del sitio.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="261"/>
        <source>  Still to answer: {questions}</source>
        <translation>  Falta responder: {questions}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="252"/>
        <source>{approach}: {verdict}</source>
        <translation>{approach}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="277"/>
        <source>{date} · {officer} · {approach}: {rationale}</source>
        <translation>{date} · {officer} · {approach}: {rationale}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="109"/>
        <source>your name, as it goes in the history</source>
        <translation>su nombre, tal como figurará en el historial</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="136"/>
        <source>write your name</source>
        <translation>escribir su nombre</translation>
    </message>
</context>
<context>
    <name>OutputFields</name>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="13"/>
        <source>site: value of the site id field, or its feature id</source>
        <translation>sitio: valor del campo identificador del sitio, o el identificador de su entidad</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>impact pathway (mercury_sediment)</source>
        <translation>vía de impacto (mercury_sediment)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>metres from the site to the river it was snapped to</source>
        <translation>metros del sitio al río al que se enganchó</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>length asked for, in metres</source>
        <translation>longitud pedida, en metros</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>length traced, in metres on the ellipsoid (all branches)</source>
        <translation>longitud trazada, en metros sobre el elipsoide (todos los brazos)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>where the flow direction came from</source>
        <translation>de dónde proviene la dirección del flujo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>corridor width in metres (corridor layer)</source>
        <translation>ancho del corredor en metros (capa de corredores)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>corridor area in hectares on the ellipsoid (corridor layer)</source>
        <translation>superficie del corredor en hectáreas sobre el elipsoide (capa de corredores)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>true when the site is PACE (one of the three classes)</source>
        <translation>verdadero cuando el sitio es PACE (una de las tres clases)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>number of protected areas (incl. AZE sites) the site touches</source>
        <translation>número de áreas protegidas (incl. sitios AZE) que toca el sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>names of those protected areas, &apos;; &apos;-separated</source>
        <translation>nombres de esas áreas protegidas, separados por '; '</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>their ids (WDPAID / SITE_ID or the chosen id field)</source>
        <translation>sus identificadores (WDPAID / SITE_ID o el campo de identificador elegido)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>their designations (DESIG_ENG or the chosen field)</source>
        <translation>sus designaciones (DESIG_ENG o el campo elegido)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>their levels: international, regional, national, local</source>
        <translation>sus niveles: internacional, regional, nacional, local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>international designations found: World Heritage, Ramsar, AZE</source>
        <translation>designaciones internacionales encontradas: World Heritage (Patrimonio Mundial), Ramsar, AZE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>strictest IUCN category among them (Ia strictest)</source>
        <translation>categoría UICN más estricta entre ellas (Ia la más estricta)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>WWF priority landscape(s) the site touches</source>
        <translation>paisaje(s) prioritario(s) del WWF que toca el sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>Global 200 ecoregion(s) the site touches</source>
        <translation>ecorregión(es) prioritaria(s) Global 200 que toca el sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>distance to it in metres on the ellipsoid (0 inside a protected area)</source>
        <translation>distancia hasta ella en metros sobre el elipsoide (0 dentro de un área protegida)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>which kinds of layers were tested</source>
        <translation>qué tipos de capas se evaluaron</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>kinds of layers not supplied, so not tested</source>
        <translation>tipos de capas no aportados, por lo tanto no evaluados</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>&apos;no geometry&apos; or &apos;geometry repaired&apos; where that applied</source>
        <translation>'no geometry' o 'geometry repaired' cuando corresponda</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>data version given by the user (e.g. WDPA Nov 2025)</source>
        <translation>versión de los datos indicada por el usuario (p. ej. WDPA nov. 2025)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>&apos;class&apos; rows count sites per PACE class; &apos;protected_area&apos; rows per PA</source>
        <translation>las filas 'class' cuentan los sitios por clase PACE; las filas 'protected_area' por área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>the PACE class (class rows)</source>
        <translation>la clase PACE (filas 'class')</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>layer of the protected area (protected_area rows)</source>
        <translation>capa del área protegida (filas 'protected_area')</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>id of the protected area</source>
        <translation>identificador del área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="24"/>
        <source>name of the protected area</source>
        <translation>nombre del área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="25"/>
        <source>designation</source>
        <translation>designación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>level: international, regional, national, local</source>
        <translation>nivel: internacional, regional, nacional, local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="26"/>
        <source>IUCN category</source>
        <translation>Categoría UICN</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>number of sites</source>
        <translation>número de sitios</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>impact pathway name from the catalogue, e.g. hunting</source>
        <translation>nombre de la vía de impacto en el catálogo, p. ej. hunting</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>readable name of the pathway</source>
        <translation>nombre legible de la vía</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>outer distance of the zone in metres on the ellipsoid</source>
        <translation>distancia exterior de la zona en metros sobre el elipsoide</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>inner distance of a ring (0 for a full disc)</source>
        <translation>distancia interior de un anillo (0 para un disco completo)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>where the distance comes from: catalogue source, parameter or field</source>
        <translation>de dónde viene la distancia: fuente del catálogo, parámetro o campo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>confidence in the distance: high, medium, low, none</source>
        <translation>confianza en la distancia: high (alta), medium (media), low (baja), none (ninguna)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>disc (site to distance) or ring (from the previous distance)</source>
        <translation>disc (del sitio a la distancia) o ring (desde la distancia anterior)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>number of sites in the zone (1 unless dissolved)</source>
        <translation>número de sitios en la zona (1 salvo disolución)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>area of the zone in hectares on the ellipsoid</source>
        <translation>superficie de la zona en hectáreas sobre el elipsoide</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>id of the protected area (WDPAID / SITE_ID or the chosen field)</source>
        <translation>identificador del área protegida (WDPAID / SITE_ID o el campo elegido)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="27"/>
        <source>impact pathway</source>
        <translation>vía de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>hectares of the protected area inside zones of this pathway</source>
        <translation>hectáreas del área protegida dentro de las zonas de esta vía</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>hectares of the protected area (ellipsoidal)</source>
        <translation>hectáreas del área protegida (sobre el elipsoide)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>share (0-1) of the protected area inside these zones</source>
        <translation>proporción (0-1) del área protegida dentro de estas zonas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>number of sites whose zones reach the protected area</source>
        <translation>número de sitios cuyas zonas alcanzan el área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>those sites, &apos;; &apos;-separated</source>
        <translation>esos sitios, separados por '; '</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>number of sites inside the protected area (when sites are given)</source>
        <translation>número de sitios dentro del área protegida (cuando se indican los sitios)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="59"/>
        <source>site</source>
        <translation>sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="59"/>
        <source>protected area reached by the site&apos;s zone</source>
        <translation>área protegida alcanzada por la zona del sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>its name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="59"/>
        <source>hectares of the protected area inside the site&apos;s zone</source>
        <translation>hectáreas del área protegida dentro de la zona del sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="59"/>
        <source>share (0-1) of the protected area inside the site&apos;s zone</source>
        <translation>proporción (0-1) del área protegida dentro de la zona del sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>PACE class: protected_area, priority_landscape, critical_ecosystem, not_eligible, or unclassified (no geometry)</source>
        <translation>clase PACE: protected_area, priority_landscape, critical_ecosystem, not_eligible, o unclassified (sin geometría)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>Global 200 status: 1 critical/endangered, 2 vulnerable, 3 stable/intact (most threatened when several)</source>
        <translation>estado Global 200: 1 crítica/en peligro, 2 vulnerable, 3 estable/intacta (la más amenazada si hay varias)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>for a site outside every protected area: the nearest one within the search radius</source>
        <translation>para un sitio fuera de toda área protegida: la más cercana dentro del radio de búsqueda</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>share (0-1) of a polygon site&apos;s area, or a line site&apos;s length, inside protected areas; empty for points</source>
        <translation>proporción (0-1) de la superficie de un sitio polígono, o de la longitud de un sitio línea, dentro de áreas protegidas; vacío para puntos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>why the trace stopped: length reached, network end, or a loop</source>
        <translation>por qué se detuvo el trazado: longitud alcanzada, fin de la red, o un bucle</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/site_key.py" line="25"/>
        <source>site key: the feature id of the site in the input layer, where no field named each site</source>
        <translation>clave del sitio: el identificador de la entidad del sitio en la capa de entrada, donde ningún campo identificaba cada sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>layer of the area</source>
        <translation>capa de la zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>protected_area (cleaned as in the classification) or area</source>
        <translation>protected_area (depurada como en la clasificación) o area</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>id of the area</source>
        <translation>identificador de la zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>name of the area</source>
        <translation>nombre de la zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>designation or type of the area</source>
        <translation>designación o tipo de la zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>hectares of the area (ellipsoidal, parcels dissolved)</source>
        <translation>hectáreas de la zona (elipsoidales, parcelas fusionadas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="33"/>
        <source>period: 2019, 2025-Q2 or 2025-05</source>
        <translation>período: 2019, 2025-Q2 o 2025-05</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="38"/>
        <source>trend of the area: new, accelerating, growing, steady, slowing, no_new_mining</source>
        <translation>tendencia de la zona: new, accelerating, growing, steady, slowing, no_new_mining</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>first day of the period</source>
        <translation>primer día del período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>hectares of new mining in the area in the period (dissolved)</source>
        <translation>hectáreas de minería nueva en la zona en el período (fusionadas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>hectares of mining in the area up to the end of the period</source>
        <translation>hectáreas minadas en la zona hasta el final del período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>share (0-1) of the area mined up to the end of the period</source>
        <translation>proporción (0-1) de la zona minada hasta el final del período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>footprints or sites new in the period (or grown, for snapshots)</source>
        <translation>huellas o sitios nuevos en el período (o ampliados, para instantáneas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>footprints or sites in the area up to the end of the period</source>
        <translation>huellas o sitios en la zona hasta el final del período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>new hectares minus those of the period before</source>
        <translation>hectáreas nuevas menos las del período anterior</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>that change in percent of the period before (empty after none)</source>
        <translation>ese cambio en porcentaje del período anterior (vacío tras uno sin minería)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>hectares of the period&apos;s footprints already mined before (counted once)</source>
        <translation>hectáreas de las huellas del período ya minadas antes (contadas una vez)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>snapshots: hectares of the snapshot before missing from this one (not subtracted)</source>
        <translation>instantáneas: hectáreas de la instantánea anterior que faltan en esta (no restadas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>mined area field apportioned as AMW does: mined ha x share of the polygon inside</source>
        <translation>campo de superficie minada repartido como lo hace AMW: ha minadas x proporción del polígono dentro</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>the same, up to the end of the period</source>
        <translation>lo mismo, hasta el final del período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>first period with mining</source>
        <translation>primer período con minería</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>last period with new mining</source>
        <translation>último período con minería nueva</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>hectares mined at the end</source>
        <translation>hectáreas minadas al final</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>share (0-1) of the area mined</source>
        <translation>proporción (0-1) de la zona minada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>new mining of the last period</source>
        <translation>minería nueva del último período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>footprints or sites in the area</source>
        <translation>huellas o sitios en la zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>apportioned mined area, all periods</source>
        <translation>superficie minada repartida, todos los períodos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>date of the latest decision</source>
        <translation>fecha de la última decisión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>sites decided in the area</source>
        <translation>sitios decididos en la zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>periods compared on each side of the decision (0: too early)</source>
        <translation>períodos comparados a cada lado de la decisión (0: demasiado pronto)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>new mining per period before it</source>
        <translation>minería nueva por período antes de ella</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>new mining per period after it</source>
        <translation>minería nueva por período después de ella</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>footprint or site id</source>
        <translation>identificador de la huella o del sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>first period of the footprint or site</source>
        <translation>primer período de la huella o del sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>last period of the footprint or site</source>
        <translation>último período de la huella o del sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>number of areas it lies in</source>
        <translation>número de zonas en las que se encuentra</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>their ids, &apos;; &apos;-separated</source>
        <translation>sus identificadores, separados por '; '</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>their names, &apos;; &apos;-separated</source>
        <translation>sus nombres, separados por '; '</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>hectares of the footprint (ellipsoidal)</source>
        <translation>hectáreas de la huella (elipsoidales)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>mined area field as given</source>
        <translation>campo de superficie minada tal como se dio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>site decided</source>
        <translation>sitio decidido</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>approach decided</source>
        <translation>enfoque decidido</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>date of the decision</source>
        <translation>fecha de la decisión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>area holding the site</source>
        <translation>zona que contiene el sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>ha (footprints) or sites (points)</source>
        <translation>ha (huellas) o sitios (puntos)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>new mining in those periods before</source>
        <translation>minería nueva en esos períodos antes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>new mining in those periods after</source>
        <translation>minería nueva en esos períodos después</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>the same in words</source>
        <translation>lo mismo en palabras</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="19"/>
        <source>layer the protected area was read from</source>
        <translation>capa de la que se leyó el área protegida</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/outputs.py" line="201"/>
        <source>nothing was written</source>
        <translation>no se escribió nada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/outputs.py" line="251"/>
        <source>The disk is full: {path} could not be written. Free some space or choose another disk; the earlier file, if any, is left as it was.</source>
        <translation>El disco está lleno: no se pudo escribir {path}. Libere espacio o elija otro disco; el archivo anterior, si lo hay, queda como estaba.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/outputs.py" line="259"/>
        <source>{path} could not be written ({reason}); the earlier file, if any, is left as it was.</source>
        <translation>No se pudo escribir {path} ({reason}); el archivo anterior, si lo hay, queda como estaba.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/outputs.py" line="297"/>
        <source>the image could not be saved</source>
        <translation>no se pudo guardar la imagen</translation>
    </message>
</context>
<context>
    <name>PaPressureAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="132"/>
        <source>Pressure on protected areas</source>
        <translation>Presión sobre las áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="73"/>
        <source>asm,mining,impact,pressure,protected,area,wdpa,hectares,share</source>
        <translation>asm,mape,minería,impacto,presión,área protegida,wdpa,hectáreas,proporción</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="94"/>
        <source>Impact zones and mercury corridors</source>
        <translation>Zonas de impacto y corredores de mercurio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="99"/>
        <source>Pathway field of the zones</source>
        <translation>Campo de la vía de las zonas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="107"/>
        <source>Site id field of the zones</source>
        <translation>Campo de identificador de sitio de las zonas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="115"/>
        <source>Protected areas (WDPA polygons and points, or a national layer)</source>
        <translation>Áreas protegidas (polígonos y puntos de la WDPA, o una capa nacional)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="123"/>
        <source>Mining sites (optional: to list the sites inside each protected area)</source>
        <translation>Sitios mineros (opcional: para listar los sitios dentro de cada área protegida)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="137"/>
        <source>Protected areas reached by each site</source>
        <translation>Áreas protegidas alcanzadas por cada sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="145"/>
        <source>Protected areas under pressure</source>
        <translation>Áreas protegidas bajo presión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="185"/>
        <source>Pressure: {} zones read, {} protected areas under pressure ({} rows per pathway); geometries repaired: {}; features without usable geometry skipped: {}.</source>
        <translation>Presión: {} zonas leídas, {} áreas protegidas bajo presión ({} filas por vía); geometrías reparadas: {}; entidades sin geometría utilizable omitidas: {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="208"/>
        <source>No impact-zone layer was given. Run Impact zones (or Downstream trace) first.</source>
        <translation>No se indicó ninguna capa de zonas de impacto. Ejecute primero Zonas de impacto (o Trazado aguas abajo).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="213"/>
        <source>The impact-zone layer &apos;{}&apos;</source>
        <translation>La capa de zonas de impacto «{}»</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="217"/>
        <source>{} must hold polygons: use the output of Impact zones.</source>
        <translation>{} debe contener polígonos: use la salida de Zonas de impacto.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="221"/>
        <source>pathway</source>
        <translation>vía</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="221"/>
        <source>site id</source>
        <translation>identificador de sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="253"/>
        <source>No protected-area layer was given. Add at least one (WDPA or national).</source>
        <translation>No se indicó ninguna capa de áreas protegidas. Añada al menos una (WDPA o nacional).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="281"/>
        <source>{} of {} sites have impact zones.</source>
        <translation>{} de {} sitios tienen zonas de impacto.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="283"/>
        <source>0 of {} sites have impact zones under the key {}: the zones name their sites otherwise. Choose the site key field the zones were made with, or make the zones again from this site layer.</source>
        <translation>0 de {} sitios tienen zonas de impacto con la clave {}: las zonas identifican sus sitios de otro modo. Elija el campo clave de los sitios con el que se hicieron las zonas, o vuelva a hacer las zonas a partir de esta capa de sitios.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="237"/>
        <source>{} has no {} field &apos;{}&apos;; its fields are: {}. Use the output of Impact zones, or name the right field (empty: none).</source>
        <translation>{} no tiene el campo de {} «{}»; sus campos son: {}. Use la salida de Zonas de impacto, o indique el campo correcto (vacío: ninguno).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="76"/>
        <source>&lt;p&gt;Measures how much of each protected area the impact zones of the mining sites cover, per impact pathway: hectares inside the zones, share of the protected area, how many sites contribute and which, and (if the site layer is given) which sites lie inside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Impact zones&lt;/b&gt;: one or more outputs of &lt;i&gt;Impact zones&lt;/i&gt; (full discs, not dissolved, so that sites can be counted) and of &lt;i&gt;Downstream trace&lt;/i&gt; (mercury corridors). Zones of several sites that overlap are counted once per pathway.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protected areas&lt;/b&gt;: WDPA or a national layer, cleaned as in &lt;i&gt;Classify sites&lt;/i&gt; (statuses kept, UNESCO-MAB left out, invalid polygons repaired). Parcels sharing an id are one protected area.&lt;/p&gt;&lt;p&gt;Areas are in hectares on the ellipsoid, never in planar degrees. Outputs: the pressured part of each protected area per pathway (polygons, EPSG:4326), and a table with one row per site, pathway and protected area reached.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: the &lt;i&gt;ASM-PACE assessment&lt;/i&gt; dock for each site under pressure, then &lt;i&gt;Site dossiers&lt;/i&gt; with these zones and the per-site table.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mide qué parte de cada área protegida cubren las zonas de impacto de los sitios mineros, por vía de impacto: hectáreas dentro de las zonas, proporción del área protegida, cuántos sitios contribuyen y cuáles, y (si se indica la capa de sitios) qué sitios están dentro de ella.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zonas de impacto&lt;/b&gt;: una o varias salidas de &lt;i&gt;Zonas de impacto&lt;/i&gt; (discos completos, sin disolver, para poder contar los sitios) y de &lt;i&gt;Trazado aguas abajo&lt;/i&gt; (corredores de mercurio). Las zonas de varios sitios que se superponen se cuentan una vez por vía.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Áreas protegidas&lt;/b&gt;: la WDPA o una capa nacional, depurada como en &lt;i&gt;Clasificar los sitios&lt;/i&gt; (estados conservados, MAB-UNESCO excluidas, polígonos inválidos reparados). Las parcelas que comparten un identificador son una sola área protegida.&lt;/p&gt;&lt;p&gt;Las superficies se dan en hectáreas sobre el elipsoide, nunca en grados planos. Salidas: la parte bajo presión de cada área protegida por vía (polígonos, EPSG:4326), y una tabla con una fila por sitio, vía y área protegida alcanzada.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Siguiente paso&lt;/b&gt;: el panel &lt;i&gt;Evaluación ASM-PACE&lt;/i&gt; para cada sitio bajo presión, y luego &lt;i&gt;Expedientes de sitios&lt;/i&gt; con estas zonas y la tabla por sitio.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PaceClasses</name>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="24"/>
        <source>In a protected area</source>
        <translation>En un área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="25"/>
        <source>In a WWF priority landscape</source>
        <translation>En un paisaje prioritario del WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="26"/>
        <source>In a Global 200 ecoregion (critical ecosystem)</source>
        <translation>En una ecorregión prioritaria Global 200 (ecosistema crítico)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="27"/>
        <source>Not PACE (outside all tested layers)</source>
        <translation>Fuera de PACE (fuera de todas las capas evaluadas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="28"/>
        <source>Not classified (site has no geometry)</source>
        <translation>Sin clasificar (el sitio no tiene geometría)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="56"/>
        <source>critical or endangered</source>
        <translation>crítica o en peligro</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="57"/>
        <source>vulnerable</source>
        <translation>vulnerable</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="58"/>
        <source>relatively stable or intact</source>
        <translation>relativamente estable o intacta</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="31"/>
        <source>international</source>
        <translation>internacional</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="32"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="33"/>
        <source>national</source>
        <translation>nacional</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="34"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="37"/>
        <source>World Heritage</source>
        <translation>Patrimonio Mundial</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/profile_page.py" line="45"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/profile_page.py" line="27"/>
        <source>Also answers the site-context question of the Management options page.</source>
        <translation>También responde a la pregunta de contexto del sitio de la página Opciones de gestión.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="171"/>
        <source>not a line after repair</source>
        <translation>no es una línea tras la reparación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="161"/>
        <source>no pathway applies</source>
        <translation>no se aplica ninguna vía</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="17"/>
        <source>no geometry</source>
        <translation>sin geometría</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="18"/>
        <source>geometry repaired</source>
        <translation>geometría reparada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="154"/>
        <source>switched off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="154"/>
        <source>unreadable value in {field}</source>
        <translation>valor ilegible en {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="172"/>
        <source>zero, negative or unreadable {field}</source>
        <translation>{field} cero, negativo o ilegible</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="183"/>
        <source>empty {field}</source>
        <translation>{field} vacío</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="47"/>
        <source>could not be reprojected to WGS 84</source>
        <translation>no se pudo reproyectar a WGS 84</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="118"/>
        <source>KBA that is not an AZE site</source>
        <translation>KBA que no es un sitio AZE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="185"/>
        <source>not a Global 200 ecoregion</source>
        <translation>no es una ecorregión Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="41"/>
        <source>invalid geometry that could not be repaired</source>
        <translation>geometría inválida que no se pudo reparar</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="157"/>
        <source>status not kept</source>
        <translation>estado no conservado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="158"/>
        <source>UNESCO-MAB Biosphere Reserve</source>
        <translation>reserva de la biosfera MAB-UNESCO</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="159"/>
        <source>point without reported area</source>
        <translation>punto sin superficie declarada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="163"/>
        <source>point (circles switched off)</source>
        <translation>punto (círculos desactivados)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="165"/>
        <source>invalid geometry not repaired</source>
        <translation>geometría inválida no reparada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="19"/>
        <source>coordinates out of range</source>
        <translation>coordenadas fuera de rango</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="164"/>
        <source>unreadable {field} (make it a number field)</source>
        <translation>{field} ilegible (conviértalo en un campo numérico)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="160"/>
        <source>point reporting more than 2,000,000 km² (larger than any protected area)</source>
        <translation>punto que declara más de 2.000.000 km² (mayor que cualquier área protegida)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="19"/>
        <source>no polygon left after repair</source>
        <translation>ningún polígono tras la reparación</translation>
    </message>
</context>
<context>
    <name>ReferenceLayers</name>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="197"/>
        <source>protected areas</source>
        <translation>áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="285"/>
        <source>landscapes</source>
        <translation>paisajes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="286"/>
        <source>ecoregions</source>
        <translation>ecorregiones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="208"/>
        <source>The {} layer &apos;{}&apos; is empty. Remove it or choose another layer.</source>
        <translation>La capa de {} «{}» está vacía. Quítela o elija otra capa.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="330"/>
        <source>Global 200 ecoregions</source>
        <translation>ecorregiones Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="336"/>
        <source>AZE sites</source>
        <translation>sitios AZE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="338"/>
        <source>Not tested, as no layer was given: {}</source>
        <translation>No evaluado, porque no se indicó ninguna capa: {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="274"/>
        <source>No protected-area layer was given. Add at least one (the WDPA for your country, or a national layer): without it no site can be screened.</source>
        <translation>No se indicó ninguna capa de áreas protegidas. Añada al menos una (la WDPA de su país, o una capa nacional): sin ella no se puede evaluar ningún sitio.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="259"/>
        <source>No protected area was left after cleaning (the log says what each rule left out): check the statuses to keep, the UNESCO-MAB and point options, and the layers.</source>
        <translation>No quedó ningún área protegida tras la depuración (el registro dice lo que excluyó cada regla): revise los estados a conservar, las opciones MAB-UNESCO y de puntos, y las capas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="314"/>
        <source>No protected area within {} km of any site: every site is not eligible (nothing was read from {}).</source>
        <translation>Ningún área protegida a menos de {} km de algún sitio: ningún sitio es elegible (no se leyó nada de {}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="224"/>
        <source>{layer}: {schema}; fields read: {fields}</source>
        <translation>{layer}: {schema}; campos leídos: {fields}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/areas.py" line="14"/>
        <source>areas</source>
        <translation>áreas</translation>
    </message>
</context>
<context>
    <name>References</name>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="65"/>
        <source>{layer}: {parts}</source>
        <translation>{layer}: {parts}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="149"/>
        <source>polygons (or WDPA points with REP_AREA)</source>
        <translation>polígonos (o puntos de la WDPA con REP_AREA)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="149"/>
        <source>polygons</source>
        <translation>polígonos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="154"/>
        <source>no geometry</source>
        <translation>sin geometría</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="154"/>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="100"/>
        <source>protected-area</source>
        <translation>áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="137"/>
        <source>AZE / KBA</source>
        <translation>AZE / KBA</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="152"/>
        <source>landscape</source>
        <translation>paisajes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="147"/>
        <source>The landscape layer &apos;{layer_name}&apos;: {error}.</source>
        <translation>La capa de paisajes «{layer_name}»: {error}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="193"/>
        <source>ecoregion</source>
        <translation>ecorregiones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="154"/>
        <source>The {kind} layer &apos;{layer_name}&apos; has no {wanted}: it holds {value}. Choose a polygon layer.</source>
        <translation>La capa «{layer_name}» ({kind}) no tiene {wanted}: contiene {value}. Elija una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="273"/>
        <source>A layer has no valid CRS: set its CRS (Layer Properties &gt; Source) and run again.</source>
        <translation>Una capa no tiene un SRC válido: defina su SRC (Propiedades de la capa &gt; Fuente) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="59"/>
        <source>The protected-area layer '{layer_name}' holds points but no reported-area field (WDPA's REP_AREA, km²), so no circle can be drawn. Use the WDPA polygon layer, or a point layer with REP_AREA.</source>
        <translation>La capa de áreas protegidas «{layer_name}» contiene puntos pero ningún campo de superficie declarada (REP_AREA de la WDPA, km²), así que no se puede dibujar ningún círculo. Use la capa de polígonos de la WDPA, o una capa de puntos con REP_AREA.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="172"/>
        <source>The ecoregion layer &apos;{layer_name}&apos; has no Global 200 field (G200_REGIO or G200_NUM), so its Global 200 ecoregions cannot be told apart. Use WWF&apos;s TEOW layer (wwf_terr_ecos), or tick &apos;Ecoregion layers hold only Global 200 ecoregions&apos; if every polygon of this layer is a Global 200 ecoregion.</source>
        <translation>La capa de ecorregiones «{layer_name}» no tiene campo Global 200 (G200_REGIO o G200_NUM), así que sus ecorregiones Global 200 no se pueden distinguir. Use la capa TEOW del WWF (wwf_terr_ecos), o marque «Las capas de ecorregiones solo contienen ecorregiones Global 200» si cada polígono de esta capa es una ecorregión Global 200.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/areas.py" line="56"/>
        <source>area</source>
        <translation>zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="47"/>
        <source>features used: {kept} of {read}</source>
        <translation>entidades usadas: {kept} de {read}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="50"/>
        <source>invalid geometries repaired: {count}</source>
        <translation>geometrías inválidas reparadas: {count}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="54"/>
        <source>points turned into circles of their reported area: {count}</source>
        <translation>puntos convertidos en círculos de su superficie declarada: {count}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="59"/>
        <source>left out ({reason}): {count}</source>
        <translation>excluidas ({reason}): {count}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="65"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>RiverNetwork</name>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="104"/>
        <source>the downstream-id field {field} (reach ids in {reach_field})</source>
        <translation>el campo de identificador aguas abajo {field} (identificadores de tramo en {reach_field})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="104"/>
        <source>the downstream-id field {field} (reach ids are feature ids)</source>
        <translation>el campo de identificador aguas abajo {field} (los identificadores de tramo son los de las entidades)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="121"/>
        <source>the digitising direction of the lines (first vertex upstream)</source>
        <translation>el sentido de digitalización de las líneas (primer vértice aguas arriba)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="67"/>
        <source>River network: {lines} lines ({parts} parts), {without_geometry} without geometry skipped; flow direction from {direction}; {joins} loose line ends joined to a nearby river; {head_to_head} places where lines meet head to head (no outflow).</source>
        <translation>Red hidrográfica: {lines} líneas ({parts} partes), {without_geometry} sin geometría omitidas; dirección del flujo según {direction}; {joins} extremos sueltos unidos a un río cercano; {head_to_head} lugares donde las líneas se encuentran de frente (sin salida).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="65"/>
        <source>Impact-pathway catalogue {path}: no row &apos;{pathway}&apos; with a distance_m. Give the length to trace, or restore the row.</source>
        <translation>Catálogo de vías de impacto {path}: no hay ninguna fila «{pathway}» con distance_m. Indique la longitud a trazar, o restablezca la fila.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="135"/>
        <source>Reading the river network...</source>
        <translation>Leyendo la red hidrográfica...</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="144"/>
        <source>River lines repaired or left out: {}</source>
        <translation>Líneas de ríos reparadas o excluidas: {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="152"/>
        <source>No downstream-id field: the flow direction is assumed to be the digitising direction of the lines. Check on the map that traces run downstream.</source>
        <translation>Sin campo de identificador aguas abajo: se supone que la dirección del flujo es el sentido de digitalización de las líneas. Compruebe en el mapa que los trazados van aguas abajo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="160"/>
        <source>The river layer has no usable line. Choose another layer.</source>
        <translation>La capa de ríos no tiene ninguna línea utilizable. Elija otra capa.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="78"/>
        <source>snap distance</source>
        <translation>distancia de enganche</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="78"/>
        <source>length to trace</source>
        <translation>longitud a trazar</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="78"/>
        <source>corridor width</source>
        <translation>ancho del corredor</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="84"/>
        <source>The {} must be more than 0 metres (it is {:g}). Give a positive distance.</source>
        <translation>El valor «{}» debe ser mayor que 0 metros (es {:g}). Indique una distancia positiva.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="91"/>
        <source>The corridor width ({:g} m) is beyond twice {:,.0f} km, the farthest a zone is drawn true to its area. Give a smaller width.</source>
        <translation>El ancho del corredor ({:g} m) supera dos veces {:,.0f} km, la mayor distancia a la que una zona se dibuja fiel a su superficie. Indique un ancho menor.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="101"/>
        <source>The length to trace, {} m, is very small (default: {} m). Lengths are in metres: for {} km, type {}.</source>
        <translation>La longitud a trazar, {} m, es muy pequeña (por defecto: {} m). Las longitudes van en metros: para {} km, escriba {}.</translation>
    </message>
</context>
<context>
    <name>SiteDossiersAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="75"/>
        <source>Site dossiers</source>
        <translation>Expedientes de sitios</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="81"/>
        <source>asm,pace,dossier,report,pdf,html,atlas,stakeholders,decision</source>
        <translation>asm,pace,expediente,informe,pdf,html,atlas,actores,decisión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="114"/>
        <source>Protected areas for the map</source>
        <translation>Áreas protegidas para el mapa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="114"/>
        <source>WWF priority landscapes for the map</source>
        <translation>Paisajes prioritarios del WWF para el mapa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="114"/>
        <source>Ecoregions for the map</source>
        <translation>Ecorregiones para el mapa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="128"/>
        <source>Site key field of the impact zones</source>
        <translation>Campo clave de los sitios de las zonas de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="147"/>
        <source>Site key field of the pressure table</source>
        <translation>Campo clave de los sitios de la tabla de presión</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="159"/>
        <source>Data sources and versions to print (e.g. WDPA November 2025; WWF TEOW 2001)</source>
        <translation>Fuentes y versiones de los datos a imprimir (p. ej. WDPA noviembre de 2025; WWF TEOW 2001)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="167"/>
        <source>Language of the dossiers</source>
        <translation>Idioma de los expedientes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="168"/>
        <source>Dossiers (PDF)</source>
        <translation>Expedientes (PDF)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="168"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="173"/>
        <source>Dossiers (HTML)</source>
        <translation>Expedientes (HTML)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="173"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="179"/>
        <source>Number of dossiers</source>
        <translation>Número de expedientes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="180"/>
        <source>Number of PDF pages</source>
        <translation>Número de páginas PDF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="294"/>
        <source>No site to write a dossier for: give site keys the workspace holds.</source>
        <translation>Ningún sitio para el cual escribir un expediente: indique claves de sitios que tenga el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="314"/>
        <source>Map data: {sources}</source>
        <translation>Datos del mapa: {sources}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="281"/>
        <source>Contacts and sensitive stakeholders are INCLUDED: do not share widely.</source>
        <translation>Los contactos y los actores sensibles están INCLUIDOS: no lo difunda ampliamente.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="155"/>
        <source>0 of {} sites have impact zones under the key {}: the maps will show no zone. Choose the site key field of the impact zones, or make the zones again from the classified sites.</source>
        <translation>0 de {} sitios tienen zonas de impacto con la clave {}: los mapas no mostrarán ninguna zona. Elija el campo clave de los sitios de las zonas de impacto, o vuelva a hacer las zonas a partir de los sitios clasificados.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="122"/>
        <source>Impact zones (the output of Impact zones)</source>
        <translation>Zonas de impacto (la salida de Zonas de impacto)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="141"/>
        <source>Pressure per site (table of Pressure on protected areas)</source>
        <translation>Presión por sitio (tabla de Presión sobre las áreas protegidas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="314"/>
        <source>none given (the sites alone)</source>
        <translation>ninguno (solo los sitios)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="88"/>
        <source>&lt;p&gt;Writes a &lt;b&gt;dossier&lt;/b&gt; for each site, to print or send before a meeting: a map of the site with the protected areas, landscapes, ecoregions, impact zones and mercury corridors you give (scale bar, north arrow, legend, data sources); its PACE classification and designations; pressure figures; the site profile; the stakeholders with their influence–interest grid and relation network; the fit of each management approach with its reasons; the decision, its rationale and its history; the date and the plugin version.&lt;/p&gt;&lt;p&gt;One &lt;b&gt;PDF&lt;/b&gt; holds a section of pages per site; the &lt;b&gt;HTML&lt;/b&gt; page holds the same, with its pictures in a folder beside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt;: all sites of the workspace, or the classified-sites layer (tick &lt;i&gt;Selected features only&lt;/i&gt; for a selection). &lt;b&gt;Site keys&lt;/b&gt; narrows to some sites (comma-separated).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safe to share by default&lt;/b&gt;: sensitive stakeholders (marked so in the dock, or of a sensitive group) and contacts not marked shareable are left out, and each dossier says how many. Tick &lt;i&gt;Include contacts and sensitive stakeholders&lt;/i&gt; only for a dossier that stays with people entitled to them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: take the dossiers to the meeting; record the decision in the dock, then &lt;i&gt;Export assessments (table)&lt;/i&gt; for programme reporting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escribe un &lt;b&gt;expediente&lt;/b&gt; por cada sitio, para imprimir o enviar antes de una reunión: un mapa del sitio con las áreas protegidas, paisajes, ecorregiones, zonas de impacto y corredores de mercurio que usted indique (escala, flecha del norte, leyenda, fuentes de datos); su clasificación PACE y sus designaciones; las cifras de presión; el perfil del sitio; los actores con su cuadrícula influencia–interés y su red de relaciones; la idoneidad de cada enfoque de gestión con sus razones; la decisión, su justificación y su historial; la fecha y la versión del complemento.&lt;/p&gt;&lt;p&gt;Un solo &lt;b&gt;PDF&lt;/b&gt; contiene una sección de páginas por sitio; la página &lt;b&gt;HTML&lt;/b&gt; contiene lo mismo, con sus imágenes en una carpeta al lado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sitios&lt;/b&gt;: todos los sitios del espacio de trabajo, o la capa de sitios clasificados (marque &lt;i&gt;Solo objetos seleccionados&lt;/i&gt; para una selección). &lt;b&gt;Claves de los sitios&lt;/b&gt; limita a algunos sitios (separadas por comas).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seguro para compartir por defecto&lt;/b&gt;: los actores sensibles (marcados así en el panel, o de un grupo sensible) y los contactos no marcados como compartibles se excluyen, y cada expediente indica cuántos. Marque &lt;i&gt;Incluir los contactos y los actores sensibles&lt;/i&gt; solo para un expediente que quede en manos de personas autorizadas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Siguiente paso&lt;/b&gt;: lleve los expedientes a la reunión; registre la decisión en el panel, y luego &lt;i&gt;Exportar las evaluaciones (tabla)&lt;/i&gt; para los informes del programa.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="135"/>
        <source>Mercury and sediment corridors (the output of Downstream trace)</source>
        <translation>Corredores de mercurio y sedimentos (salida del Trazado aguas abajo)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="185"/>
        <source>No map layer is given (protected areas, landscapes, ecoregions, impact zones or corridors): the maps will show the sites alone. Choose the layers above to draw them.</source>
        <translation>No se ha dado ninguna capa para el mapa (áreas protegidas, paisajes, ecorregiones, zonas de impacto o corredores): los mapas mostrarán solo los sitios. Elija esas capas arriba para dibujarlas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="273"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n expediente</numerusform>
            <numerusform>%n expedientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="274"/>
        <source>%n PDF page(s)</source>
        <translation>
            <numerusform>%n página PDF</numerusform>
            <numerusform>%n páginas PDF</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="275"/>
        <source>{dossiers} on {pages}.</source>
        <translation>{dossiers} en {pages}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="153"/>
        <source>Mining per area and period (the table of Mining over time)</source>
        <translation>Minería por zona y período (la tabla de Minería en el tiempo)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="255"/>
        <source>Mining per area and period</source>
        <translation>Minería por zona y período</translation>
    </message>
</context>
<context>
    <name>SiteListTask</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/site_list.py" line="45"/>
        <source>ASM-PACE: reading the sites</source>
        <translation>ASM-PACE: lectura de los sitios</translation>
    </message>
</context>
<context>
    <name>SiteProfile</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Minerals</source>
        <translation>Minerales</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Deposit type</source>
        <translation>Tipo de yacimiento</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>alluvial</source>
        <translation>aluvial</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>hard rock</source>
        <translation>roca dura</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>alluvial and hard rock</source>
        <translation>aluvial y roca dura</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Extraction methods</source>
        <translation>Métodos de extracción</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Processing methods</source>
        <translation>Métodos de beneficio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Number of miners</source>
        <translation>Número de mineros</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Mercury use</source>
        <translation>Uso de mercurio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Legal status of mining here</source>
        <translation>Situación legal de la minería aquí</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>legal</source>
        <translation>legal</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>legal in zones only</source>
        <translation>legal solo en algunas zonas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>illegal</source>
        <translation>ilegal</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Armed actors present</source>
        <translation>Actores armados presentes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>present</source>
        <translation>presentes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>in control</source>
        <translation>controlan el sitio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Years active</source>
        <translation>Años de actividad</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>StakeholderCharts</name>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="224"/>
        <source>interest →</source>
        <translation>interés →</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="226"/>
        <source>influence ↑</source>
        <translation>influencia ↑</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="182"/>
        <source>Colour: stance</source>
        <translation>Color: postura</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="274"/>
        <source>Line: relation</source>
        <translation>Línea: relación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="283"/>
        <source>thicker: stronger · arrow: one way</source>
        <translation>más gruesa: más fuerte · flecha: en un sentido</translation>
    </message>
</context>
<context>
    <name>StakeholderPage</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="51"/>
        <source>Unticked (the default): the contact is left out of dossiers and exports unless asked.</source>
        <translation>Desmarcado (por defecto): el contacto se excluye de los expedientes y exportaciones salvo que se pida.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="101"/>
        <source>Add stakeholder</source>
        <translation>Añadir actor</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="109"/>
        <source>Selected stakeholder</source>
        <translation>Actor seleccionado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="119"/>
        <source>left out of dossiers and exports unless shareable</source>
        <translation>excluido de los expedientes y exportaciones salvo que sea compartible</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="122"/>
        <source>Sensitive: leave this person out of dossiers and exports</source>
        <translation>Sensible: excluir a esta persona de los expedientes y exportaciones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="125"/>
        <source>Contact may be shared</source>
        <translation>El contacto puede compartirse</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="129"/>
        <source>Place on map</source>
        <translation>Ubicar en el mapa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="133"/>
        <source>Remove stakeholder</source>
        <translation>Quitar actor</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Influence (0–5)</source>
        <translation>Influencia (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Interest (0–5)</source>
        <translation>Interés (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Location (optional)</source>
        <translation>Ubicación (opcional)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="213"/>
        <source>Relations</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="184"/>
        <source>strength </source>
        <translation>intensidad </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="186"/>
        <source>Relate</source>
        <translation>Relacionar</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="191"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="192"/>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="193"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="194"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="199"/>
        <source>Remove relation</source>
        <translation>Quitar relación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="209"/>
        <source>Influence–interest</source>
        <translation>Influencia–interés</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="209"/>
        <source>Influence–interest grid</source>
        <translation>Cuadrícula influencia–interés</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="213"/>
        <source>Relation network</source>
        <translation>Red de relaciones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="226"/>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="227"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="228"/>
        <source>Export contacts and sensitive stakeholders too</source>
        <translation>Exportar también los contactos y los actores sensibles</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="260"/>
        <source>{source} {arrow} {target}: {relation} (strength {strength})</source>
        <translation>{source} {arrow} {target}: {relation} (intensidad {strength})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="319"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="324"/>
        <source>Click the map to place this stakeholder (now: {where})</source>
        <translation>Haga clic en el mapa para ubicar a este actor (ahora: {where})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="465"/>
        <source>%n CSV rows skipped: {errors}</source>
        <translation>
            <numerusform>%n fila CSV omitida: {errors}</numerusform>
            <numerusform>%n filas CSV omitidas: {errors}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="473"/>
        <source>Import stakeholders</source>
        <translation>Importar actores</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="483"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="483"/>
        <source>Export stakeholders</source>
        <translation>Exportar actores</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="42"/>
        <source>Ticked: this person is left out of dossiers and exports unless they are explicitly included.</source>
        <translation>Marcado: esta persona se excluye de los expedientes y exportaciones salvo que se incluyan explícitamente.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="46"/>
        <source>Everyone in the group “{group}” is sensitive: left out of dossiers and exports unless they are explicitly included.</source>
        <translation>Todas las personas del grupo «{group}» son sensibles: se excluyen de los expedientes y exportaciones salvo que se incluyan explícitamente.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="185"/>
        <source>1 weak, 2 medium, 3 strong</source>
        <translation>1 débil, 2 media, 3 fuerte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="456"/>
        <source>Could not read {path}: {error}</source>
        <translation>No se pudo leer {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Stakeholders</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="27"/>
        <source>Key players (engage actively)</source>
        <translation>Actores clave (involucrar activamente)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="28"/>
        <source>Context setters (monitor, possible risk)</source>
        <translation>Actores de contexto (vigilar, posible riesgo)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="29"/>
        <source>Subjects (empower)</source>
        <translation>Sujetos (empoderar)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="30"/>
        <source>Crowd (monitor for change)</source>
        <translation>Multitud (vigilar cambios)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="34"/>
        <source>Key players</source>
        <translation>Actores clave</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="35"/>
        <source>Context setters</source>
        <translation>Actores de contexto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="36"/>
        <source>Subjects</source>
        <translation>Sujetos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="37"/>
        <source>Crowd</source>
        <translation>Multitud</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="40"/>
        <source>strongly against</source>
        <translation>muy en contra</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="41"/>
        <source>against</source>
        <translation>en contra</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="42"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="43"/>
        <source>in favour</source>
        <translation>a favor</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="44"/>
        <source>strongly in favour</source>
        <translation>muy a favor</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="78"/>
        <source>{label} must be a whole number, not {value!r}</source>
        <translation>{label} debe ser un número entero, no {value!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="85"/>
        <source>{label} must be between {low} and {high}, not {number}</source>
        <translation>{label} debe estar entre {low} y {high}, no {number}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="96"/>
        <source>{label} must be yes or no (1 or 0), not {value!r}</source>
        <translation>{label} debe ser sí o no (1 o 0), no {value!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="107"/>
        <source>a stakeholder needs a name</source>
        <translation>un actor necesita un nombre</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="109"/>
        <source>unknown stakeholder group {group!r}</source>
        <translation>grupo de actores desconocido {group!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="134"/>
        <source>a location needs both longitude and latitude</source>
        <translation>una ubicación necesita longitud y latitud</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="239"/>
        <source>line 1: missing columns {columns}</source>
        <translation>línea 1: faltan las columnas {columns}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="265"/>
        <source>line {line}: {problem}</source>
        <translation>línea {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="138"/>
        <source>longitude / latitude out of range: {longitude}, {latitude} (longitude -180 to 180, latitude -90 to 90)</source>
        <translation>longitud / latitud fuera de rango: {longitude}, {latitude} (longitud de -180 a 180, latitud de -90 a 90)</translation>
    </message>
</context>
<context>
    <name>StreamResult</name>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/stream.py" line="125"/>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/stream.py" line="131"/>
        <source>Classified {total} sites: {counts}; site geometries repaired: {repaired_sites}; reference geometries repaired: {repaired_references}; protected-area points without reported area dropped: {dropped_points}.</source>
        <translation>{total} sitios clasificados: {counts}; geometrías de sitios reparadas: {repaired_sites}; geometrías de referencia reparadas: {repaired_references}; puntos de áreas protegidas sin superficie declarada excluidos: {dropped_points}.</translation>
    </message>
</context>
<context>
    <name>Wdpa</name>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="107"/>
        <source>{error} (for {value})</source>
        <translation>{error} (para {value})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="196"/>
        <source>No protected-area layer has the field {missing}. Their fields are: {fields}. Check the spelling, or leave the parameter empty to detect it.</source>
        <translation>Ninguna capa de áreas protegidas tiene el campo {missing}. Sus campos son: {fields}. Revise cómo está escrito, o deje el parámetro vacío para detectarlo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Designated</source>
        <translation>Designada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Inscribed</source>
        <translation>Inscrita</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Established</source>
        <translation>Establecida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Adopted</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Not reported</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="21"/>
        <source>WDPA (classic schema)</source>
        <translation>WDPA (esquema clásico)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="22"/>
        <source>WDPA (November 2025 schema)</source>
        <translation>WDPA (esquema de noviembre de 2025)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="23"/>
        <source>national or other layer</source>
        <translation>capa nacional u otra</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="27"/>
        <source>id</source>
        <translation>identificador</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="28"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="29"/>
        <source>designation</source>
        <translation>designación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="30"/>
        <source>designation type</source>
        <translation>tipo de designación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="31"/>
        <source>IUCN category</source>
        <translation>categoría UICN</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="32"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="33"/>
        <source>governance</source>
        <translation>gobernanza</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="34"/>
        <source>reported area</source>
        <translation>superficie declarada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="68"/>
        <source>{role} = {field}</source>
        <translation>{role} = {field}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="7"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="8"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="9"/>
        <source>decided</source>
        <translation>decidida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="69"/>
        <source>one way</source>
        <translation>en un sentido</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="69"/>
        <source>both ways</source>
        <translation>en ambos sentidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/shared/site_key.py" line="119"/>
        <source>%n site(s) have no {key_field} and are not listed</source>
        <translation>
            <numerusform>%n sitio no tiene {key_field} y no aparece en la lista</numerusform>
            <numerusform>%n sitios no tienen {key_field} y no aparecen en la lista</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="112"/>
        <source>{table} has no field {field!r}</source>
        <translation>{table} no tiene el campo {field!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="289"/>
        <source>a relation links two different stakeholders</source>
        <translation>una relación une a dos actores diferentes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="291"/>
        <source>direction must be one of {RELATION_DIRECTIONS}</source>
        <translation>el sentido debe ser uno de {RELATION_DIRECTIONS}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="370"/>
        <source>a decision needs a rationale</source>
        <translation>una decisión necesita una justificación</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace_schema.py" line="249"/>
        <source>The workspace {name} could not be used: {error}</source>
        <translation>No se pudo usar el espacio de trabajo {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="456"/>
        <source>{name} is not an ASM-PACE assessment workspace (no asm_pace_meta table).</source>
        <translation>{name} no es un espacio de trabajo de evaluación ASM-PACE (no tiene la tabla asm_pace_meta).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="368"/>
        <source>a decision needs an approach: choose one</source>
        <translation>una decisión necesita un enfoque: elija uno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/shared/site_key.py" line="126"/>
        <source>%n {key_field} value(s) are used by several sites, which share one assessment: {shown}</source>
        <translation>
            <numerusform>%n valor de {key_field} lo usan varios sitios, que comparten una misma evaluación: {shown}</numerusform>
            <numerusform>%n valores de {key_field} los usan varios sitios, que comparten una misma evaluación: {shown}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace_schema.py" line="241"/>
        <source>The workspace {name} is being written by another program (another QGIS?). Your change was not saved: try again in a moment, or close the other program.</source>
        <translation>Otro programa está escribiendo en el espacio de trabajo {name} (¿otro QGIS?). Su cambio no se guardó: inténtelo de nuevo en un momento, o cierre el otro programa.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="478"/>
        <source>{name} was written by a newer ASM-PACE plugin (schema {current}, this one knows {SCHEMA_VERSION}): update the plugin to open it.</source>
        <translation>{name} fue escrito por una versión más reciente del complemento ASM-PACE (esquema {current}, esta conoce {SCHEMA_VERSION}): actualice el complemento para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="61"/>
        <source>This stakeholder was deleted meanwhile (in another QGIS?). Nothing was saved: choose the site again to see its stakeholders as they are now.</source>
        <translation>Este actor fue eliminado mientras tanto (¿en otro QGIS?). No se guardó nada: elija de nuevo el sitio para ver sus actores tal como están ahora.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="302"/>
        <source>One of the two stakeholders of this relation was deleted meanwhile (in another QGIS?). The relation was not saved: choose the stakeholders again.</source>
        <translation>Uno de los dos actores de esta relación fue eliminado mientras tanto (¿en otro QGIS?). La relación no se guardó: elija de nuevo los actores.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="468"/>
        <source>{name} is damaged: its schema version is {row!r}, not a number (the table asm_pace_meta was edited by hand?). Restore the file from a backup.</source>
        <translation>{name} está dañado: su versión de esquema es {row!r}, no un número (¿se editó a mano la tabla asm_pace_meta?). Restaure el archivo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="492"/>
        <source>{name} is damaged: it lacks its table(s) or column(s) {missing} (deleted by hand or by another program?). Restore the file from a backup; nothing was changed in it.</source>
        <translation>{name} está dañado: le faltan tablas o columnas {missing} (¿borradas a mano o por otro programa?). Restaure el archivo desde una copia de seguridad; no se cambió nada en él.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace_schema.py" line="288"/>
        <source>{name} is empty: it is not an assessment workspace yet. Choose the .gpkg the dock writes (the dock makes a new one when you start an assessment).</source>
        <translation>{name} está vacío: todavía no es un espacio de trabajo de evaluación. Elija el .gpkg que escribe el panel (el panel crea uno nuevo cuando empieza una evaluación).</translation>
    </message>
</context>
</TS>
