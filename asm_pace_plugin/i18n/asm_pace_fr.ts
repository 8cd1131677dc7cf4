<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AlgorithmDialog</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="114"/>
        <source>{warning}

Run anyway?</source>
        <translation>{warning}

Lancer quand même ?</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="49"/>
        <source>This project has never been saved: the layers this step makes would be temporary, lost when QGIS closes or crashes. Save the project now, and they are written to a GeoPackage beside it (its name{suffix}), where they stay.</source>
        <translation>Ce projet n'a jamais été enregistré : les couches que produit cette étape seraient temporaires, perdues à la fermeture de QGIS ou en cas de plantage. Enregistrez le projet maintenant : elles seront écrites dans un GeoPackage à côté de lui (son nom{suffix}), où elles restent.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="57"/>
        <source>Save the project…</source>
        <translation>Enregistrer le projet…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="58"/>
        <source>Keep them temporary</source>
        <translation>Les garder temporaires</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="69"/>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="69"/>
        <source>QGIS projects (*.qgz)</source>
        <translation>Projets QGIS (*.qgz)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="79"/>
        <source>The project could not be saved: {error}</source>
        <translation>Le projet n'a pas pu être enregistré : {error}</translation>
    </message>
</context>
<context>
    <name>ApproachFit</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="20"/>
        <source>recommended</source>
        <translation>recommandée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="21"/>
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="22"/>
        <source>not advisable</source>
        <translation>déconseillée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="40"/>
        <source>protected area</source>
        <translation>aire protégée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="41"/>
        <source>WWF priority landscape</source>
        <translation>Paysage prioritaire du WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="42"/>
        <source>Global 200 ecoregion (critical ecosystem)</source>
        <translation>écorégion prioritaire Global 200 (écosystème critique)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="43"/>
        <source>place outside the PACE layers tested</source>
        <translation>lieu hors des couches PACE testées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="44"/>
        <source>site not classified</source>
        <translation>site non classé</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="135"/>
        <source>It is never recommended on its own: combine it with other approaches.</source>
        <translation>Elle n'est jamais recommandée seule : combinez-la avec d'autres approches.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="141"/>
        <source>Nothing answered so far argues for or against this approach here.</source>
        <translation>Rien de ce qui a été répondu jusqu'ici ne plaide pour ou contre cette approche ici.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="53"/>
        <source>recommended</source>
        <comment>feminine</comment>
        <translation>recommandée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="54"/>
        <source>recommended</source>
        <comment>masculine</comment>
        <translation>recommandé</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="55"/>
        <source>recommended</source>
        <comment>feminine plural</comment>
        <translation>recommandées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="56"/>
        <source>recommended</source>
        <comment>masculine plural</comment>
        <translation>recommandés</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="57"/>
        <source>possible</source>
        <comment>feminine</comment>
        <translation>possible</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="58"/>
        <source>possible</source>
        <comment>masculine</comment>
        <translation>possible</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="59"/>
        <source>possible</source>
        <comment>feminine plural</comment>
        <translation>possibles</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="60"/>
        <source>possible</source>
        <comment>masculine plural</comment>
        <translation>possibles</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="61"/>
        <source>not advisable</source>
        <comment>feminine</comment>
        <translation>déconseillée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="62"/>
        <source>not advisable</source>
        <comment>masculine</comment>
        <translation>déconseillé</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="63"/>
        <source>not advisable</source>
        <comment>feminine plural</comment>
        <translation>déconseillées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="64"/>
        <source>not advisable</source>
        <comment>masculine plural</comment>
        <translation>déconseillés</translation>
    </message>
</context>
<context>
    <name>AreaReport</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="95"/>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="95"/>
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="109"/>
        <source>The layer &apos;{layer}&apos; is the trend table of Mining over time (one row per area). Give its table per area and period instead (the output &apos;Mining per area and period&apos;).</source>
        <translation>La couche « {layer} » est la table des tendances d'Exploitation minière dans le temps (une ligne par zone). Donnez plutôt sa table par zone et par période (la sortie « Exploitation par zone et par période »).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="116"/>
        <source>The layer &apos;{layer}&apos; is not the table per area and period of Mining over time: it lacks the fields {fields}. Run Mining over time and give its output &apos;Mining per area and period&apos;.</source>
        <translation>La couche « {layer} » n'est pas la table par zone et par période d'Exploitation minière dans le temps : il lui manque les champs {fields}. Lancez Exploitation minière dans le temps et donnez sa sortie « Exploitation par zone et par période ».</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="129"/>
        <source>The layer &apos;{layer}&apos; is not the footprints layer of Mining over time: it lacks the fields {fields}. Give its output &apos;Footprints with their areas and periods&apos;, or leave it empty (the maps then show the new mining inside each area).</source>
        <translation>La couche « {layer} » n'est pas la couche des emprises d'Exploitation minière dans le temps : il lui manque les champs {fields}. Donnez sa sortie « Emprises avec leurs zones et périodes », ou laissez-la vide (les cartes montrent alors la nouvelle exploitation dans chaque zone).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="151"/>
        <source>The period &apos;{period}&apos; of the area &apos;{area}&apos; in &apos;{layer}&apos; is not one Mining over time writes (2019, 2025-Q2, 2025-05): give its table per area and period as it wrote it.</source>
        <translation>La période « {period} » de la zone « {area} » dans « {layer} » n'est pas une période qu'écrit Exploitation minière dans le temps (2019, 2025-Q2, 2025-05) : donnez sa table par zone et par période telle qu'il l'a écrite.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="161"/>
        <source>The table &apos;{layer}&apos; mixes years, quarters or months: it holds the rows of several runs. Give the table of one run of Mining over time.</source>
        <translation>La table « {layer} » mélange années, trimestres ou mois : elle contient les lignes de plusieurs exécutions. Donnez la table d'une seule exécution d'Exploitation minière dans le temps.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="177"/>
        <source>The area &apos;{area}&apos; has the period {periods} twice in &apos;{layer}&apos;: the table holds the rows of several runs. Give the table of one run of Mining over time.</source>
        <translation>La zone « {area} » a deux fois la période {periods} dans « {layer} » : la table contient les lignes de plusieurs exécutions. Donnez la table d'une seule exécution d'Exploitation minière dans le temps.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="286"/>
        <source>Redaction NOT applied: this report names the officers who decided and gives the rationales of the decisions. Share it only with people entitled to them.</source>
        <translation>Caviardage NON appliqué : ce rapport nomme les agents qui ont décidé et donne les justifications des décisions. Ne le partagez qu'avec les personnes autorisées à les connaître.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="292"/>
        <source>Safe to share: no personal detail is in this report.</source>
        <translation>Partageable : ce rapport ne contient aucune donnée personnelle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="294"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="295"/>
        <source>Safe to share: who decided and why are left out for {decisions} (tick Include personal details to show them).</source>
        <translation>Partageable : l'auteur et la justification sont omis pour {decisions} (cochez Inclure les données personnelles pour les montrer).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="328"/>
        <source>Mining in {area}</source>
        <translation>Exploitation minière dans {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="25"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="52"/>
        <source>Designation or type</source>
        <translation>Désignation ou type</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="54"/>
        <source>Size of the area</source>
        <translation>Superficie de la zone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="56"/>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>Mining up to {period}</source>
        <translation>Exploitation jusqu'en {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="60"/>
        <source>Share of the area mined</source>
        <translation>Part de la zone exploitée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>New mining in {period}</source>
        <translation>Nouvelle exploitation en {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="64"/>
        <source>Rank by growth</source>
        <translation>Rang selon la croissance</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>New ({unit})</source>
        <translation>Nouvelle ({unit})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>Up to the end of the period ({unit})</source>
        <translation>Jusqu'à la fin de la période ({unit})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="233"/>
        <source>Share of the area</source>
        <translation>Part de la zone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>New footprints or sites</source>
        <translation>Nouvelles emprises ou nouveaux sites</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>Change from the period before</source>
        <translation>Écart avec la période précédente</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="77"/>
        <source>Mined area, shared out as AMW does (ha)</source>
        <translation>Surface exploitée, répartie comme le fait AMW (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="111"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="111"/>
        <source>PACE class</source>
        <translation>Classe PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="111"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="111"/>
        <source>Mining in the area around the decision</source>
        <translation>Exploitation dans la zone autour de la décision</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="117"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="117"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="137"/>
        <source>date unreadable</source>
        <translation>date illisible</translation>
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
            <numerusform>%n site : {keys}</numerusform>
            <numerusform>%n sites : {keys}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="295"/>
        <source>No decision recorded yet.</source>
        <translation>Aucune décision enregistrée.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="167"/>
        <source>New: the mining first seen in the period inside the area, in hectares on the ellipsoid; footprints that overlap are counted once.</source>
        <translation>Nouvelle : l'exploitation vue pour la première fois dans la période à l'intérieur de la zone, en hectares sur l'ellipsoïde ; les emprises qui se chevauchent sont comptées une seule fois.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="172"/>
        <source>Up to the end of the period: all mining seen inside the area so far; ground mined again is counted once.</source>
        <translation>Jusqu'à la fin de la période : toute l'exploitation vue dans la zone jusque-là ; un terrain exploité de nouveau est compté une seule fois.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="177"/>
        <source>Share of the area: that mining as a share of the area&apos;s size.</source>
        <translation>Part de la zone : cette exploitation rapportée à la superficie de la zone.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="178"/>
        <source>Trend: the new mining of the last period against the mean of the three periods before it (twice or more: accelerating; a quarter more: growing; a quarter less: slowing).</source>
        <translation>Tendance : la nouvelle exploitation de la dernière période comparée à la moyenne des trois périodes précédentes (le double ou plus : en accélération ; un quart de plus : en hausse ; un quart de moins : en ralentissement).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="183"/>
        <source>Around a decision: the new mining per {period} in the same number of whole periods before and after the decision&apos;s date; the period holding the date counts in neither.</source>
        <translation>Autour d'une décision : la nouvelle exploitation par {period} sur le même nombre de périodes entières avant et après la date de la décision ; la période qui contient la date ne compte ni avant ni après.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="190"/>
        <source>New: the mining sites first seen in the period inside the area.</source>
        <translation>Nouveaux : les sites miniers vus pour la première fois dans la période à l'intérieur de la zone.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="197"/>
        <source>New and cumulative mining per {period}</source>
        <translation>Exploitation nouvelle et cumulée par {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="199"/>
        <source>The area at a glance</source>
        <translation>La zone en bref</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="218"/>
        <source>Sites and decisions</source>
        <translation>Sites et décisions</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="203"/>
        <source>No classified sites or workspace were given.</source>
        <translation>Ni sites classés ni espace de travail n'ont été donnés.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="211"/>
        <source>No classified site lies in this area.</source>
        <translation>Aucun site classé ne se trouve dans cette zone.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="211"/>
        <source>Sites are listed for protected areas only.</source>
        <translation>Les sites ne sont listés que pour les aires protégées.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="227"/>
        <source>What the figures mean</source>
        <translation>Ce que signifient les chiffres</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="229"/>
        <source>About this report</source>
        <translation>À propos de ce rapport</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="233"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="233"/>
        <source>Sites inside</source>
        <translation>Sites à l'intérieur</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="262"/>
        <source>Ranked by the new mining of the last period ({period}), then by all mining up to it. Each area&apos;s pages follow in this order.</source>
        <translation>Classées selon la nouvelle exploitation de la dernière période ({period}), puis selon toute l'exploitation jusque-là. Les pages de chaque zone suivent dans cet ordre.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="268"/>
        <source>Areas ranked by growth</source>
        <translation>Zones classées selon leur croissance</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="269"/>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>Around the site&apos;s latest decision</source>
        <translation>Autour de la dernière décision du site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_html.py" line="10"/>
        <source>Mining footprints by period</source>
        <translation>Emprises minières par période</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_html.py" line="11"/>
        <source>New and cumulative mining per period</source>
        <translation>Exploitation nouvelle et cumulée par période</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_html.py" line="12"/>
        <source>Mining in the protected areas, ranked by growth</source>
        <translation>L'exploitation minière dans les aires protégées, classées selon leur croissance</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_layout.py" line="46"/>
        <source>ASM-PACE · {what} · {date} UTC · plugin {version} · {redaction}</source>
        <translation>ASM-PACE · {what} · {date} UTC · extension {version} · {redaction}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_layout.py" line="81"/>
        <source>No mining geometry to map in this area.</source>
        <translation>Aucune géométrie d'exploitation à cartographier dans cette aire.</translation>
    </message>
</context>
<context>
    <name>AreaReportsAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="86"/>
        <source>Protected-area reports</source>
        <translation>Rapports par aire protégée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="92"/>
        <source>asm,mining,monitoring,report,pdf,html,protected,area,growth,ranking,decision</source>
        <translation>emape,mine,suivi,rapport,pdf,html,protégée,aire,croissance,classement,décision</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="100"/>
        <source>&lt;p&gt;Writes a &lt;b&gt;report for each protected area&lt;/b&gt; from the outputs of &lt;i&gt;Mining over time&lt;/i&gt;, for the park authority: a map of the mining footprints coloured by period, a chart of the new mining of each period (bars) and of all mining so far (line), the table of each period, the sites inside the area with their PACE class, the decisions taken and how mining grew before and after each of them, and the pressure figures of impact zones when you give them. One more report holds &lt;b&gt;all the areas ranked by growth&lt;/b&gt;: by the new mining of the last period, then by all mining up to it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: the table &lt;i&gt;Mining per area and period&lt;/i&gt; of Mining over time, and its &lt;i&gt;Footprints with their areas and periods&lt;/i&gt; for the maps (empty: the maps show the new mining inside each area). Optional: the classified sites (a site is in an area when its classification lists the area), the assessment workspace (its decisions, and its sites when no classified sites are given), the protected areas to outline on the maps, and the table per protected area of &lt;i&gt;Pressure on protected areas&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safe to share by default&lt;/b&gt;: the reports name nobody. Who took each decision and its rationale are shown only when you tick &lt;i&gt;Include personal details&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Files&lt;/b&gt;: in the folder you choose, one PDF and/or HTML page per area, named by its id and name, and one for all areas; the HTML pages&apos; pictures in a folder beside them. Each file is written under another name and renamed when complete.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: send the reports to the park authority; record what is decided in the dock, and run Mining over time again when the next period&apos;s footprints come out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Écrit un &lt;b&gt;rapport pour chaque aire protégée&lt;/b&gt; à partir des sorties d'&lt;i&gt;Exploitation minière dans le temps&lt;/i&gt;, pour l'autorité du parc : une carte des emprises minières colorées par période, un graphique de la nouvelle exploitation de chaque période (barres) et de toute l'exploitation jusque-là (ligne), le tableau de chaque période, les sites dans l'aire avec leur classe PACE, les décisions prises et la progression de l'exploitation avant et après chacune d'elles, et les chiffres de pression des zones d'impact si vous les donnez. Un rapport de plus réunit &lt;b&gt;toutes les aires classées selon leur croissance&lt;/b&gt; : selon la nouvelle exploitation de la dernière période, puis selon toute l'exploitation jusque-là.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrées&lt;/b&gt; : la table &lt;i&gt;Exploitation par zone et par période&lt;/i&gt; d'Exploitation minière dans le temps, et ses &lt;i&gt;Emprises avec leurs zones et périodes&lt;/i&gt; pour les cartes (vide : les cartes montrent la nouvelle exploitation dans chaque zone). Facultatif : les sites classés (un site est dans une aire quand sa classification cite cette aire), l'espace de travail d'évaluation (ses décisions, et ses sites quand aucun site classé n'est donné), les aires protégées à dessiner sur les cartes, et la table par aire protégée de &lt;i&gt;Pression sur les aires protégées&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Partageable par défaut&lt;/b&gt; : les rapports ne nomment personne. L'auteur de chaque décision et sa justification n'apparaissent que si vous cochez &lt;i&gt;Inclure les données personnelles&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fichiers&lt;/b&gt; : dans le dossier choisi, un PDF et/ou une page HTML par aire, nommés par son identifiant et son nom, et un pour toutes les aires ; les images des pages HTML dans un dossier à côté. Chaque fichier est écrit sous un autre nom puis renommé une fois complet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Étape suivante&lt;/b&gt; : envoyez les rapports à l'autorité du parc ; enregistrez dans le panneau ce qui est décidé, et relancez Exploitation minière dans le temps quand les emprises de la période suivante paraissent.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="124"/>
        <source>Mining per area and period (the table of Mining over time)</source>
        <translation>Exploitation par zone et par période (la table d'Exploitation minière dans le temps)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="131"/>
        <source>Footprints with their areas and periods (of Mining over time), for the maps</source>
        <translation>Emprises avec leurs zones et périodes (d'Exploitation minière dans le temps), pour les cartes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="141"/>
        <source>Assessment workspace (.gpkg), for the decisions</source>
        <translation>Espace de travail d'évaluation (.gpkg), pour les décisions</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="149"/>
        <source>Protected areas for the maps</source>
        <translation>Aires protégées pour les cartes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="158"/>
        <source>Pressure per protected area (table of Pressure on protected areas)</source>
        <translation>Pression par aire protégée (table de Pression sur les aires protégées)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="166"/>
        <source>Protected-area id field of the pressure table</source>
        <translation>Champ d'identifiant de l'aire protégée dans la table de pression</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="172"/>
        <source>Area ids (comma-separated; empty: every area with mining)</source>
        <translation>Identifiants des zones (séparés par des virgules ; vide : toutes les zones exploitées)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="179"/>
        <source>Data sources and versions to print (e.g. Earth Genome, Amazon Mining Watch 2024)</source>
        <translation>Sources et versions des données à imprimer (p. ex. Earth Genome, Amazon Mining Watch 2024)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="187"/>
        <source>Include personal details: who decided, and why (unsafe to share)</source>
        <translation>Inclure les données personnelles : qui a décidé, et pourquoi (à ne pas diffuser)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="189"/>
        <source>Language of the reports</source>
        <translation>Langue des rapports</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="193"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="193"/>
        <source>PDF and HTML</source>
        <translation>PDF et HTML</translation>
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
        <translation>Dossier des rapports</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="204"/>
        <source>Report on all areas (PDF)</source>
        <translation>Rapport sur toutes les zones (PDF)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="205"/>
        <source>Report on all areas (HTML)</source>
        <translation>Rapport sur toutes les zones (HTML)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="206"/>
        <source>Number of areas reported</source>
        <translation>Nombre de zones du rapport</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="213"/>
        <source>Mining per area and period</source>
        <translation>Exploitation par zone et par période</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="230"/>
        <source>The table &apos;{}&apos; is empty: Mining over time found no mining in any area.</source>
        <translation>La table « {} » est vide : Exploitation minière dans le temps n'a trouvé d'exploitation dans aucune zone.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="241"/>
        <source>Area id(s) not in the table: {}. Its areas are: {}.</source>
        <translation>Identifiant(s) de zone absent(s) de la table : {}. Ses zones sont : {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="278"/>
        <source>The sites have no field pa_ids: give the output of Classify sites (it lists the protected areas each site lies in).</source>
        <translation>Les sites n'ont pas de champ pa_ids : donnez la sortie de Classer les sites (elle liste les aires protégées où se trouve chaque site).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="330"/>
        <source>The folder {} could not be made: {}</source>
        <translation>Le dossier {} n'a pas pu être créé : {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="423"/>
        <source>{} area report(s) and the report on all areas written in {}.</source>
        <translation>{} rapport(s) de zone et le rapport sur toutes les zones écrits dans {}.</translation>
    </message>
</context>
<context>
    <name>AsmPaceAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="186"/>
        <source>The style could not be stored in {}: {}</source>
        <translation>Le style n'a pas pu être enregistré dans {} : {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Protected-area name field</source>
        <translation>Champ du nom de l'aire protégée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Protected-area id field</source>
        <translation>Champ de l'identifiant de l'aire protégée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Designation field</source>
        <translation>Champ de la désignation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>IUCN category field</source>
        <translation>Champ de la catégorie UICN</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding the IUCN management category (Ia ... VI). Empty: IUCN_CAT.</source>
        <translation>Champ qui contient la catégorie de gestion UICN (Ia ... VI). Vide : IUCN_CAT.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Status field</source>
        <translation>Champ du statut</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="83"/>
        <source>{} is empty: add sites or choose another layer.</source>
        <translation>{} est vide : ajoutez des sites ou choisissez une autre couche.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="87"/>
        <source>{} has no valid CRS. Set it in Layer Properties &gt; Source and run again.</source>
        <translation>{} n'a pas de SCR valide. Définissez-le dans Propriétés de la couche &gt; Source et relancez.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="130"/>
        <source>Mining sites</source>
        <translation>Sites miniers</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="179"/>
        <source>Sites are named by {} (the site key).</source>
        <translation>Les sites sont désignés par {} (la clé des sites).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="206"/>
        <source>the feature id</source>
        <translation>l'identifiant de l'entité</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="314"/>
        <source>Statuses to keep (comma-separated; empty keeps all)</source>
        <translation>Statuts à garder (séparés par des virgules ; vide : tous)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="376"/>
        <source>QGIS&apos;s language</source>
        <translation>La langue de QGIS</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding the protected-area name, e.g. NOM_AP. Empty: WDPA&apos;s NAME (or a usual name field).</source>
        <translation>Champ qui contient le nom de l'aire protégée, p. ex. NOM_AP. Vide : NAME de la WDPA (ou un champ de nom habituel).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding an id. Empty: WDPAID (classic WDPA) or SITE_ID (November 2025 WDPA).</source>
        <translation>Champ qui contient un identifiant. Vide : WDPAID (WDPA classique) ou SITE_ID (WDPA de novembre 2025).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding the designation (national park, Ramsar site...), e.g. TYPE_AP. Empty: DESIG_ENG.</source>
        <translation>Champ qui contient la désignation (parc national, site Ramsar...), p. ex. TYPE_AP. Vide : DESIG_ENG.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding the legal status (Designated, Proposed...). Empty: STATUS. Layers without a status field are not filtered by status.</source>
        <translation>Champ qui contient le statut légal (Designated, Proposed...). Vide : STATUS. Les couches sans champ de statut ne sont pas filtrées par statut.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="75"/>
        <source>{} has no geometry (it is a table). Choose a point, line or polygon layer, or make points from its coordinates first (Create points layer from table).</source>
        <translation>{} n'a pas de géométrie (c'est une table). Choisissez une couche de points, de lignes ou de polygones, ou créez d'abord des points à partir de ses coordonnées (Créer une couche de points à partir d'une table).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="142"/>
        <source>Site key field (empty: the one the classification finds: site_code, site_id, code...)</source>
        <translation>Champ clé des sites (vide : celui que trouve la classification : site_code, site_id, code...)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="151"/>
        <source>The field that names each site. Leave it empty to use the key the classification found (the first of site_code, site_id, code, site_key, id whose values are all set and all different, else the feature id), so that zones, traces, pressure and dossiers match.</source>
        <translation>Le champ qui désigne chaque site. Laissez-le vide pour utiliser la clé trouvée par la classification (le premier de site_code, site_id, code, site_key, id dont les valeurs sont toutes renseignées et toutes différentes, sinon l'identifiant de l'entité), pour que zones, tracés, pression et dossiers concordent.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="160"/>
        <source>Cancelled after {} of {} features: the outputs hold only what was written by then.</source>
        <translation>Annulé après {} entités sur {} : les sorties ne contiennent que ce qui a été écrit jusque-là.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="165"/>
        <source>Cancelled while reading the inputs, before any feature was processed.</source>
        <translation>Annulé pendant la lecture des entrées, avant qu'aucune entité ne soit traitée.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="36"/>
        <source>The output &apos;{}&apos; would overwrite the input &apos;{}&apos; ({}), which would be lost. Choose another file for the output, or a new layer of that GeoPackage (a layer name it does not have).</source>
        <translation>La sortie « {} » écraserait l'entrée « {} » ({}), qui serait perdue. Choisissez un autre fichier pour la sortie, ou une nouvelle couche de ce GeoPackage (un nom de couche qu'il n'a pas).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="73"/>
        <source>The outputs &apos;{}&apos; and &apos;{}&apos; would both be written to {}: one would replace the other. Choose a different file (or layer) for each.</source>
        <translation>Les sorties « {} » et « {} » seraient toutes deux écrites dans {} : l'une remplacerait l'autre. Choisissez un fichier (ou une couche) différent pour chacune.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="55"/>
        <source>The output &apos;{}&apos; cannot be written: {} is a file, not a folder. Choose a folder.</source>
        <translation>La sortie « {} » ne peut pas être écrite : {} est un fichier, pas un dossier. Choisissez un dossier.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="64"/>
        <source>The output &apos;{}&apos; cannot be written: the folder {} does not accept new files. Choose a folder of your own (for example in your Documents).</source>
        <translation>La sortie « {} » ne peut pas être écrite : le dossier {} n'accepte pas de nouveaux fichiers. Choisissez un dossier à vous (par exemple dans vos Documents).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="109"/>
        <source>{} must be a number, not {}. Give a finite value.</source>
        <translation>{} doit être un nombre, pas {}. Donnez une valeur finie.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="222"/>
        <source>{}: the field &apos;{}&apos; is not in the layer &apos;{}&apos;. Its fields are: {}.</source>
        <translation>{} : le champ « {} » n'est pas dans la couche « {} ». Ses champs sont : {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="170"/>
        <source>The site layer has no field &apos;{}&apos;; its fields are: {}. Choose its site key field, or leave it empty.</source>
        <translation>La couche des sites n'a pas de champ « {} » ; ses champs sont : {}. Choisissez son champ clé des sites, ou laissez-le vide.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="234"/>
        <source>{} site(s) have no {}: their rows have an empty site id.</source>
        <translation>{} site(s) n'ont pas de {} : leurs lignes ont un identifiant de site vide.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="260"/>
        <source>Leave out UNESCO-MAB Biosphere Reserves</source>
        <translation>Écarter les réserves de biosphère MAB-UNESCO</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="260"/>
        <source>Use protected-area points as circles of their reported area (REP_AREA)</source>
        <translation>Traiter les points d'aires protégées comme des cercles de leur superficie déclarée (REP_AREA)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="260"/>
        <source>Repair invalid geometries (otherwise leave them out)</source>
        <translation>Réparer les géométries invalides (sinon les écarter)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="234"/>
        <source>{} site(s) have no {}: they are left out.</source>
        <translation>{} site(s) n'ont pas de {} : ils sont écartés.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="241"/>
        <source>{} {} value(s) are used by several sites, of which only the first is written: {}.</source>
        <translation>{} valeur(s) de {} sont utilisées par plusieurs sites, dont seul le premier est écrit : {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="241"/>
        <source>{} {} value(s) are used by several sites, which are still counted apart: {}.</source>
        <translation>{} valeur(s) de {} sont utilisées par plusieurs sites, qui restent comptés à part : {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="252"/>
        <source>Give each site its own key: later steps match sites by it.</source>
        <translation>Donnez à chaque site sa propre clé : les étapes suivantes font correspondre les sites par elle.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="118"/>
        <source>1. Site screening</source>
        <translation>1. Tri des sites</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="119"/>
        <source>2. Impacts</source>
        <translation>2. Impacts</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="60"/>
        <source>The output &apos;{}&apos; cannot be written: {} is a folder. Give a file name in it, e.g. {}.</source>
        <translation>La sortie « {} » ne peut pas être écrite : {} est un dossier. Donnez un nom de fichier dedans, p. ex. {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="26"/>
        <source>Off by default: sensitive stakeholders (marked so in the dock, or of a sensitive group such as armed actors) and their relations are left out, and only contacts marked shareable are kept. When ticked, every stakeholder and every contact is included. That can put people in danger: tick it only for a dossier that stays with people entitled to see them.</source>
        <translation>Désactivé par défaut : les parties prenantes sensibles (marquées comme telles dans le panneau, ou d'un groupe sensible comme les acteurs armés) et leurs relations sont écartées, et seuls les contacts marqués partageables sont gardés. Coché, chaque partie prenante et chaque contact sont inclus. Cela peut mettre des personnes en danger : ne le cochez que pour un dossier qui reste entre les mains de personnes habilitées à les voir.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="36"/>
        <source>Assessment workspace (.gpkg)</source>
        <translation>Espace de travail d'évaluation (.gpkg)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="42"/>
        <source>Site keys (comma-separated; empty: all sites)</source>
        <translation>Clés des sites (séparées par des virgules ; vide : tous les sites)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="51"/>
        <source>Include contacts and sensitive stakeholders (unsafe to share)</source>
        <translation>Inclure les contacts et les parties prenantes sensibles (à ne pas partager)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="101"/>
        <source>The table has no field {} to match sites by (fields: {}).</source>
        <translation>La table n'a pas de champ {} pour faire correspondre les sites (champs : {}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="167"/>
        <source>The assessment workspace {} does not exist: choose the .gpkg the dock writes.</source>
        <translation>L'espace de travail d'évaluation {} n'existe pas : choisissez le .gpkg qu'écrit le panneau.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="96"/>
        <source>impact zones (made by Impact zones)</source>
        <translation>des zones d'impact (faites par Zones d'impact)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="97"/>
        <source>downstream traces (made by Downstream trace)</source>
        <translation>des tracés vers l'aval (faits par Tracé vers l'aval)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="98"/>
        <source>mercury and sediment corridors (made by Downstream trace)</source>
        <translation>des corridors du mercure et des sédiments (faits par Tracé vers l'aval)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="101"/>
        <source>pressure on protected areas (made by Pressure on protected areas)</source>
        <translation>la pression sur les aires protégées (faite par Pression sur les aires protégées)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="104"/>
        <source>the protected areas reached by each site (made by Pressure on protected areas)</source>
        <translation>les aires protégées atteintes par chaque site (faites par Pression sur les aires protégées)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="113"/>
        <source>The site layer</source>
        <translation>La couche des sites</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="119"/>
        <source>The site layer &apos;{layer}&apos; holds {what}, not mining sites. Choose the classified sites (the output of Classify sites) or your own site layer.</source>
        <translation>La couche des sites « {layer} » contient {what}, pas des sites miniers. Choisissez les sites classés (la sortie de Classer les sites) ou votre propre couche de sites.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="120"/>
        <source>3. Pressure</source>
        <translation>3. Pression</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="121"/>
        <source>4. Assessment</source>
        <translation>4. Évaluation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="298"/>
        <source>WDPA statuses to keep (none ticked: keep every status)</source>
        <translation>Statuts WDPA à garder (aucun coché : tous les statuts)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="306"/>
        <source>Areas whose status (the STATUS field) is not ticked are left out, as Protected Planet does. Layers without a status field are not filtered by status.</source>
        <translation>Les aires dont le statut (le champ STATUS) n'est pas coché sont écartées, comme le fait Protected Planet. Les couches sans champ de statut ne sont pas filtrées par statut.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="122"/>
        <source>5. Monitoring</source>
        <translation>5. Suivi</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="143"/>
        <source>{}: {} text(s) longer than a Shapefile holds (254 bytes) were cut short in {}. Choose a GeoPackage (.gpkg) to keep them whole.</source>
        <translation>{} : {} texte(s) plus long(s) que ce que contient un Shapefile (254 octets) ont été tronqués dans {}. Choisissez un GeoPackage (.gpkg) pour les garder entiers.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="254"/>
        <source>The output &apos;{}&apos; refused a feature: {}</source>
        <translation>La sortie « {} » a refusé une entité : {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="254"/>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="325"/>
        <source>{} of the {} features written could be read back</source>
        <translation>{} des {} entités écrites ont pu être relues</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="380"/>
        <source>A language code ({codes}), or empty for QGIS&apos;s language; or the option&apos;s number.</source>
        <translation>Un code de langue ({codes}), ou vide pour la langue de QGIS ; ou le numéro de l'option.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="405"/>
        <source>LANGUAGE: &apos;{value}&apos; is not a language of the plugin. Give one of {codes} (empty: QGIS&apos;s language), or the option&apos;s number (0: QGIS&apos;s language, 1 to {last}).</source>
        <translation>LANGUAGE : « {value} » n'est pas une langue de l'extension. Donnez l'un de {codes} (vide : la langue de QGIS), ou le numéro de l'option (0 : la langue de QGIS, 1 à {last}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/layer_inputs.py" line="61"/>
        <source>{path} is a WDPA file with polygons and points: {points} is read too, beside {polygons} (points as circles of their reported area). To read the polygons alone, give {path}|layername={polygons}.</source>
        <translation>{path} est un fichier WDPA avec des polygones et des points : {points} est lu aussi, à côté de {polygons} (les points comme des cercles de leur superficie déclarée). Pour lire les polygones seuls, donnez {path}|layername={polygons}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/layer_inputs.py" line="102"/>
        <source>{what}: {path} holds several layers and only its first, {read}, was read. Not read: {others}. To read another, give {path}|layername=NAME (or add that layer from the Browser).</source>
        <translation>{what} : {path} contient plusieurs couches et seule la première, {read}, a été lue. Non lues : {others}. Pour en lire une autre, donnez {path}|layername=NOM (ou ajoutez cette couche depuis l'Explorateur).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/layer_inputs.py" line="146"/>
        <source>{what}: {count} text(s) of the layer &apos;{layer}&apos; hold characters that could not be read (e.g. &apos;{example}&apos;): the file is written in another encoding than {encoding}, the one QGIS reads it in. Set the layer&apos;s encoding in QGIS (Layer Properties &gt; Source &gt; Data source encoding, e.g. windows-1252 for a Shapefile from ArcGIS or Excel), or put a .cpg file holding that encoding beside the .shp, and run again.</source>
        <translation>{what} : {count} texte(s) de la couche « {layer} » contiennent des caractères illisibles (p. ex. « {example} ») : le fichier est écrit dans un autre encodage que {encoding}, celui dans lequel QGIS le lit. Réglez l'encodage de la couche dans QGIS (Propriétés de la couche &gt; Source &gt; Encodage de la source de données, p. ex. windows-1252 pour un Shapefile venant d'ArcGIS ou d'Excel), ou placez à côté du .shp un fichier .cpg contenant cet encodage, puis relancez.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="62"/>
        <source>Classified sites (empty: the sites of the workspace)</source>
        <translation>Sites classés (vide : les sites de l'espace de travail)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="68"/>
        <source>Site key field of the classified sites (empty: the workspace&apos;s)</source>
        <translation>Champ clé des sites classés (vide : celui de l'espace de travail)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="84"/>
        <source>Choose the key field of the classified sites ({} not found); its fields are: {}.</source>
        <translation>Choisissez le champ clé des sites classés ({} introuvable) ; ses champs sont : {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="84"/>
        <source>none given</source>
        <translation>aucun fourni</translation>
    </message>
</context>
<context>
    <name>AsmPaceOutputStyles</name>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="54"/>
        <source>under 10%</source>
        <translation>moins de 10 %</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="54"/>
        <source>10% to 25%</source>
        <translation>de 10 % à 25 %</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="54"/>
        <source>25% to 50%</source>
        <translation>de 25 % à 50 %</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="54"/>
        <source>half or more</source>
        <translation>la moitié ou plus</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="74"/>
        <source>PACE class</source>
        <translation>Classe PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="75"/>
        <source>PACE site</source>
        <translation>Site PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="76"/>
        <source>Protected areas touched</source>
        <translation>Aires protégées touchées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="77"/>
        <source>Protected areas</source>
        <translation>Aires protégées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="78"/>
        <source>Protected-area ids</source>
        <translation>Identifiants des aires protégées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="79"/>
        <source>Designations</source>
        <translation>Désignations</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="80"/>
        <source>Designation levels</source>
        <translation>Niveaux de désignation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="81"/>
        <source>International designations</source>
        <translation>Désignations internationales</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="82"/>
        <source>IUCN category</source>
        <translation>Catégorie UICN</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="83"/>
        <source>WWF priority landscape</source>
        <translation>Paysage prioritaire du WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="84"/>
        <source>Global 200 ecoregion</source>
        <translation>Écorégion prioritaire Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="85"/>
        <source>Global 200 status</source>
        <translation>Statut Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="86"/>
        <source>Nearest protected area</source>
        <translation>Aire protégée la plus proche</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="87"/>
        <source>Distance to the nearest protected area (m)</source>
        <translation>Distance à l'aire protégée la plus proche (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="88"/>
        <source>Layers tested</source>
        <translation>Couches testées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="89"/>
        <source>Layers not tested</source>
        <translation>Couches non testées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="90"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="91"/>
        <source>Data version</source>
        <translation>Version des données</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="94"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="95"/>
        <source>Impact pathway</source>
        <translation>Voie d'impact</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="96"/>
        <source>Impact pathway (name)</source>
        <translation>Voie d'impact (nom)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="97"/>
        <source>Distance (m)</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="98"/>
        <source>Inner distance (m)</source>
        <translation>Distance intérieure (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="99"/>
        <source>Source of the distance</source>
        <translation>Source de la distance</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="100"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="101"/>
        <source>Zone shape</source>
        <translation>Forme de la zone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="122"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="103"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="104"/>
        <source>Distance to the river (m)</source>
        <translation>Distance à la rivière (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="105"/>
        <source>Length asked (m)</source>
        <translation>Longueur demandée (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="106"/>
        <source>Length traced (m)</source>
        <translation>Longueur tracée (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="107"/>
        <source>Trace ended</source>
        <translation>Fin du tracé</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="108"/>
        <source>Flow direction from</source>
        <translation>Sens d'écoulement d'après</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="109"/>
        <source>Corridor width (m)</source>
        <translation>Largeur du corridor (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="111"/>
        <source>Protected-area id</source>
        <translation>Identifiant de l'aire protégée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="112"/>
        <source>Protected area</source>
        <translation>Aire protégée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="113"/>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="114"/>
        <source>Inside impact zones (ha)</source>
        <translation>Dans les zones d'impact (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="115"/>
        <source>Protected-area size (ha)</source>
        <translation>Superficie de l'aire protégée (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="116"/>
        <source>Sites whose zones reach it</source>
        <translation>Sites dont les zones l'atteignent</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="117"/>
        <source>Sites inside</source>
        <translation>Sites à l'intérieur</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="118"/>
        <source>Sites inside (keys)</source>
        <translation>Sites à l'intérieur (clés)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="119"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="120"/>
        <source>Protected-area layer</source>
        <translation>Couche d'aires protégées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="121"/>
        <source>Designation level</source>
        <translation>Niveau de désignation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="129"/>
        <source>Share inside protected areas (0-1)</source>
        <translation>Part dans les aires protégées (0-1)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="130"/>
        <source>Share of the protected area (0-1)</source>
        <translation>Part de l'aire protégée (0-1)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="92"/>
        <source>Site key</source>
        <translation>Clé du site</translation>
    </message>
</context>
<context>
    <name>AsmPacePlugin</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="56"/>
        <source>ASM-PACE sample data (synthetic)</source>
        <translation>Données d'exemple ASM-PACE (synthétiques)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="81"/>
        <source>ASM-PACE assessment</source>
        <translation>Évaluation ASM-PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="86"/>
        <source>Assess sites one by one: profile, stakeholders, management options</source>
        <translation>Évaluer les sites un par un : profil, parties prenantes, options de gestion</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="135"/>
        <source>Load synthetic sample data</source>
        <translation>Charger les données d'exemple synthétiques</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="136"/>
        <source>Add the plugin&apos;s small synthetic sample layers to the project</source>
        <translation>Ajouter au projet les petites couches d'exemple synthétiques de l'extension</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="140"/>
        <source>Getting started</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="141"/>
        <source>The steps of the work, with the help page of each</source>
        <translation>Les étapes du travail, avec la page d'aide de chacune</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="53"/>
        <source>Could not copy the sample data to your QGIS profile: {error}</source>
        <translation>Impossible de copier les données d'exemple dans votre profil QGIS : {error}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="69"/>
        <source>Sample data loaded from your own copy (edits stay there): {path}</source>
        <translation>Données d'exemple chargées depuis votre propre copie (les modifications y restent) : {path}</translation>
    </message>
</context>
<context>
    <name>AsmPaceProvider</name>
    <message>
        <location filename="../../asm_pace_plugin/provider.py" line="27"/>
        <source>ASM-PACE: artisanal mining in protected areas and critical ecosystems</source>
        <translation>ASM-PACE : exploitation minière artisanale dans les aires protégées et les écosystèmes critiques</translation>
    </message>
</context>
<context>
    <name>AssessmentDock</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="46"/>
        <source>ASM-PACE assessment</source>
        <translation>Évaluation ASM-PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="139"/>
        <source>no workspace: create or open one</source>
        <translation>pas d'espace de travail : créez-en un ou ouvrez-en un</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="142"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="143"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="149"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="162"/>
        <source>Site layer</source>
        <translation>Couche des sites</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="164"/>
        <source>Key field</source>
        <translation>Champ clé</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="173"/>
        <source>search sites</source>
        <translation>chercher des sites</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="175"/>
        <source>Pick on map</source>
        <translation>Choisir sur la carte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="178"/>
        <source>Zoom</source>
        <translation>Zoomer</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="180"/>
        <source>Dossier…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="181"/>
        <source>Write the PDF and HTML dossier of this site (Site dossiers algorithm)</source>
        <translation>Écrire le dossier PDF et HTML de ce site (algorithme Dossiers de sites)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>1 Profile</source>
        <translation>1 Profil</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>What is mined here, how, by how many, under which law</source>
        <translation>Ce qui est extrait ici, comment, par combien de personnes, sous quelle loi</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>2 Stakeholders</source>
        <translation>2 Acteurs</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>Who is involved, their influence, interest and relations</source>
        <translation>Qui est impliqué, son influence, son intérêt et ses relations</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>3 Options</source>
        <translation>3 Options</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>Management options: their fit here, and the decision</source>
        <translation>Options de gestion : leur pertinence ici, et la décision</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="134"/>
        <source>New assessment workspace</source>
        <translation>Nouvel espace de travail d'évaluation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="139"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="134"/>
        <source>Open assessment workspace</source>
        <translation>Ouvrir un espace de travail d'évaluation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="271"/>
        <source>Create or open a workspace to start.</source>
        <translation>Créez ou ouvrez un espace de travail pour commencer.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="308"/>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="153"/>
        <source>No classified sites in this project: run “Classify sites (PACE)” on your sites (or load the sample data and classify it); its output layer is listed here.</source>
        <translation>Aucun site classé dans ce projet : lancez « Classer les sites (PACE) » sur vos sites (ou chargez les données d'exemple et classez-les) ; sa couche de sortie apparaît ici.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_dossier.py" line="59"/>
        <source>No impact-zones layer of this project holds site {key} under {field}: run “Impact zones” on these sites with the site key {site_field}, or choose the zones in the dialog.</source>
        <translation>Aucune couche de zones d'impact de ce projet ne contient le site {key} sous {field} : lancez « Zones d'impact » sur ces sites avec la clé des sites {site_field}, ou choisissez les zones dans la boîte de dialogue.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="60"/>
        <source>Workspace and site layer</source>
        <translation>Espace de travail et couche des sites</translation>
    </message>
</context>
<context>
    <name>Catalogues</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="105"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="68"/>
        <source>not readable JSON ({error})</source>
        <translation>JSON illisible ({error})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="112"/>
        <source>needs a non-empty list {list_key!r}</source>
        <translation>il faut une liste {list_key!r} non vide</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="120"/>
        <source>each entry must be an object</source>
        <translation>chaque entrée doit être un objet</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="123"/>
        <source>needs a text &apos;id&apos;</source>
        <translation>il faut un texte « id »</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="125"/>
        <source>id used twice</source>
        <translation>identifiant utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="133"/>
        <source>needs a text {key!r}</source>
        <translation>il faut un texte {key!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="144"/>
        <source>&apos;sources&apos; must be a list of texts</source>
        <translation>« sources » doit être une liste de textes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="177"/>
        <source>colour {colour!r} is not #rrggbb</source>
        <translation>la couleur {colour!r} n'est pas au format #rrggbb</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="191"/>
        <source>needs at least two &apos;choices&apos;</source>
        <translation>il faut au moins deux « choices »</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="195"/>
        <source>each choice needs an &apos;id&apos; and a &apos;label&apos;</source>
        <translation>chaque choix demande un « id » et un « label »</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="200"/>
        <source>choices must include {UNKNOWN_ANSWER!r}</source>
        <translation>les choix doivent inclure {UNKNOWN_ANSWER!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="218"/>
        <source>unknown approach {value!r}</source>
        <translation>approche inconnue {value!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="224"/>
        <source>effect must be one of {EFFECTS}</source>
        <translation>l'effet doit être l'un de {EFFECTS}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="231"/>
        <source>&apos;when&apos; needs conditions among {RULE_CONDITIONS}</source>
        <translation>« when » demande des conditions parmi {RULE_CONDITIONS}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="241"/>
        <source>unknown question {question_id!r}</source>
        <translation>question inconnue {question_id!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="250"/>
        <source>unknown answers {unknown} to {question_id!r}</source>
        <translation>réponses inconnues {unknown} à {question_id!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="260"/>
        <source>unknown IUCN categories {value}</source>
        <translation>catégories UICN inconnues {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="269"/>
        <source>unknown PACE classes {value}</source>
        <translation>classes PACE inconnues {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="279"/>
        <source>reason uses unknown placeholders {value}</source>
        <translation>la raison utilise des champs inconnus {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="72"/>
        <source>must be an object of catalogue files</source>
        <translation>doit être un objet de fichiers de catalogue</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="81"/>
        <source>not a catalogue file: one of {TRANSLATED_FILES}</source>
        <translation>pas un fichier de catalogue : l'un de {TRANSLATED_FILES}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="89"/>
        <source>must map each English text to its translation</source>
        <translation>doit associer chaque texte anglais à sa traduction</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="94"/>
        <source>needs a translation (a non-empty text)</source>
        <translation>il faut une traduction (un texte non vide)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="102"/>
        <source>the translation must keep the placeholders of the English text</source>
        <translation>la traduction doit garder les marqueurs du texte anglais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="114"/>
        <source>must give each approach id one of: {GENDERS}</source>
        <translation>doit donner à chaque identifiant d'approche l'un de : {GENDERS}</translation>
    </message>
</context>
<context>
    <name>ClassifySitesAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="63"/>
        <source>Classify sites (PACE)</source>
        <translation>Classer les sites (PACE)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="69"/>
        <source>asm,artisanal,mining,pace,wdpa,protected,area,ecoregion,global 200,landscape,classify</source>
        <translation>asm,emape,artisanal,minier,exploitation,pace,wdpa,aire protégée,écorégion,global 200,paysage,classer</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="108"/>
        <source>Mining sites</source>
        <translation>Sites miniers</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="113"/>
        <source>Protected areas (WDPA polygons and points, or a national layer)</source>
        <translation>Aires protégées (polygones et points de la WDPA, ou une couche nationale)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="118"/>
        <source>Polygon layers, and WDPA point layers with REP_AREA.</source>
        <translation>Couches de polygones, et couches de points de la WDPA avec REP_AREA.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="120"/>
        <source>WWF priority landscapes</source>
        <translation>Paysages prioritaires du WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="149"/>
        <source>Landscape name field (empty: NAME or a usual name field)</source>
        <translation>Champ du nom du paysage (vide : NAME ou un champ de nom habituel)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="120"/>
        <source>Ecoregions (WWF TEOW with G200 fields, or a Global 200 layer)</source>
        <translation>Écorégions (WWF TEOW avec les champs G200, ou une couche Global 200)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="142"/>
        <source>Ecoregion layers hold only Global 200 ecoregions</source>
        <translation>Les couches d'écorégions ne contiennent que des écorégions Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="120"/>
        <source>AZE sites (or a KBA layer with an AZE status field)</source>
        <translation>Sites AZE (ou une couche de KBA avec un champ de statut AZE)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="156"/>
        <source>Search radius for the nearest protected area (metres; 0: do not search)</source>
        <translation>Rayon de recherche de l'aire protégée la plus proche (mètres ; 0 : ne pas chercher)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="163"/>
        <source>Measured on the ellipsoid whatever the CRS of the layers.</source>
        <translation>Mesuré sur l'ellipsoïde quel que soit le SCR des couches.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="136"/>
        <source>Data version to record (e.g. WDPA November 2025)</source>
        <translation>Version des données à consigner (p. ex. WDPA novembre 2025)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="165"/>
        <source>Classified sites</source>
        <translation>Sites classés</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="170"/>
        <source>PACE summary</source>
        <translation>Récapitulatif PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="177"/>
        <source>Site key field (empty: the feature id)</source>
        <translation>Champ clé des sites (vide : l'identifiant de l'entité)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="257"/>
        <source>Sites are named by {} (the site key): impact zones, downstream trace, pressure and dossiers use the same key unless told otherwise.</source>
        <translation>Les sites sont désignés par {} (la clé des sites) : zones d'impact, tracé vers l'aval, pression et dossiers utilisent la même clé sauf indication contraire.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="272"/>
        <source>Replacing earlier PACE fields of the input: {}</source>
        <translation>Remplacement des champs PACE antérieurs de l'entrée : {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="278"/>
        <source>The site layer has fields of its own named like PACE fields: they are kept as they are, and the PACE fields are written as {}.</source>
        <translation>La couche des sites a ses propres champs nommés comme des champs PACE : ils sont gardés tels quels, et les champs PACE sont écrits sous les noms {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="139"/>
        <source>Written into every site, so that a result says which data it came from.</source>
        <translation>Écrite dans chaque site, pour qu'un résultat dise de quelles données il vient.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="74"/>
        <source>&lt;p&gt;Tells, for every mining site, whether it lies in a &lt;b&gt;protected area&lt;/b&gt;, a &lt;b&gt;WWF priority landscape&lt;/b&gt; or a &lt;b&gt;critical ecosystem&lt;/b&gt; (a Global 200 ecoregion), following the ASM-PACE definitions. The first that applies wins, in that order; sites in none are &lt;i&gt;not eligible&lt;/i&gt;. Every match is kept: a site in a national park that is also a World Heritage and a Ramsar site lists all three.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt;: points, lines or polygons, in any CRS. Sites without geometry are kept, marked &lt;i&gt;unclassified&lt;/i&gt;, and counted in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protected areas&lt;/b&gt;: one or more layers. The WDPA (classic or November 2025 schema) is recognised by itself. For a national layer, name its fields below (for example NOM_AP for the name and TYPE_AP for the designation). WDPA is cleaned as Protected Planet does: only Designated, Inscribed and Established areas are kept, UNESCO-MAB Biosphere Reserves are left out, points with a reported area (REP_AREA) become circles of that area on the ellipsoid, and invalid polygons are repaired. Each rule can be changed below; the log counts what each did.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Landscapes&lt;/b&gt;, &lt;b&gt;ecoregions&lt;/b&gt; (WWF TEOW with its G200 fields, or a Global 200 layer) and &lt;b&gt;AZE sites&lt;/b&gt; are optional. A kind of layer you do not supply is not tested, and each site says which were not tested.&lt;/p&gt;&lt;p&gt;Distances are metres on the ellipsoid, whatever the CRS. For a site outside every protected area, the nearest one within the search radius is reported.&lt;/p&gt;&lt;p&gt;Outputs: the sites with all their fields plus the PACE fields (class, protected areas, designations, IUCN category, landscape, ecoregion, nearest protected area and its distance, layers not tested), styled by class; and a summary table of sites per class and per protected area. The log says which field names the sites (the site key); the later steps use the same. Where no field names each site once, each site&apos;s feature id is kept in a new field &lt;i&gt;site_key&lt;/i&gt;: copies of a layer number their features anew.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: &lt;i&gt;Impact zones&lt;/i&gt; around the classified sites (and &lt;i&gt;Downstream trace&lt;/i&gt; where mercury is used), or the &lt;i&gt;ASM-PACE assessment&lt;/i&gt; dock to assess the sites one by one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Indique, pour chaque site minier, s'il se trouve dans une &lt;b&gt;aire protégée&lt;/b&gt;, un &lt;b&gt;paysage prioritaire du WWF&lt;/b&gt; ou un &lt;b&gt;écosystème critique&lt;/b&gt; (une écorégion prioritaire Global 200), selon les définitions d'ASM-PACE. La première qui s'applique l'emporte, dans cet ordre ; les sites hors de toutes sont &lt;i&gt;hors PACE&lt;/i&gt;. Chaque correspondance est conservée : un site dans un parc national qui est aussi un site du patrimoine mondial et un site Ramsar les cite tous les trois.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt; : points, lignes ou polygones, dans n'importe quel SCR. Les sites sans géométrie sont conservés, marqués &lt;i&gt;non classés&lt;/i&gt;, et comptés dans le journal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aires protégées&lt;/b&gt; : une ou plusieurs couches. La WDPA (schéma classique ou de novembre 2025) est reconnue d'elle-même. Pour une couche nationale, indiquez ses champs ci-dessous (par exemple NOM_AP pour le nom et TYPE_AP pour la désignation). La WDPA est nettoyée comme le fait Protected Planet : seules les aires désignées, inscrites et établies sont gardées, les réserves de biosphère MAB-UNESCO sont écartées, les points avec une superficie déclarée (REP_AREA) deviennent des cercles de cette superficie sur l'ellipsoïde, et les polygones invalides sont réparés. Chaque règle peut être modifiée ci-dessous ; le journal compte ce que chacune a fait.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;paysages&lt;/b&gt;, les &lt;b&gt;écorégions&lt;/b&gt; (WWF TEOW avec ses champs G200, ou une couche Global 200) et les &lt;b&gt;sites AZE&lt;/b&gt; sont facultatifs. Un type de couche que vous ne fournissez pas n'est pas testé, et chaque site indique ceux qui ne l'ont pas été.&lt;/p&gt;&lt;p&gt;Les distances sont en mètres sur l'ellipsoïde, quel que soit le SCR. Pour un site hors de toute aire protégée, la plus proche dans le rayon de recherche est indiquée.&lt;/p&gt;&lt;p&gt;Sorties : les sites avec tous leurs champs plus les champs PACE (classe, aires protégées, désignations, catégorie UICN, paysage, écorégion, aire protégée la plus proche et sa distance, couches non testées), symbolisés par classe ; et un tableau récapitulatif des sites par classe et par aire protégée. Le journal indique quel champ désigne les sites (la clé des sites) ; les étapes suivantes utilisent le même. Là où aucun champ ne désigne chaque site une seule fois, l'identifiant de l'entité de chaque site est gardé dans un nouveau champ &lt;i&gt;site_key&lt;/i&gt; : les copies d'une couche renumérotent leurs entités.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Étape suivante&lt;/b&gt; : &lt;i&gt;Zones d'impact&lt;/i&gt; autour des sites classés (et &lt;i&gt;Tracé vers l'aval&lt;/i&gt; là où le mercure est utilisé), ou le panneau &lt;i&gt;Évaluation ASM-PACE&lt;/i&gt; pour évaluer les sites un par un.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="264"/>
        <source>No field names each site once ({}): each site&apos;s feature id is stored in the field {} of the output, the site key that impact zones, downstream trace, pressure and dossiers use (feature ids change when a layer is copied).</source>
        <translation>Aucun champ ne désigne chaque site une seule fois ({}) : l'identifiant de l'entité de chaque site est enregistré dans le champ {} de la sortie, la clé des sites qu'utilisent zones d'impact, tracé vers l'aval, pression et dossiers (les identifiants d'entités changent quand une couche est copiée).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="190"/>
        <source>None of the sites lies on land, while most would with their latitude and longitude exchanged: check that x holds the longitude and y the latitude, and the layer&apos;s CRS.</source>
        <translation>Aucun site n'est sur la terre ferme, alors que la plupart le seraient en échangeant latitude et longitude : vérifiez que x contient la longitude et y la latitude, et le SCR de la couche.</translation>
    </message>
</context>
<context>
    <name>Designations</name>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>National Park</source>
        <translation>Parc national</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Nature Reserve</source>
        <translation>Réserve naturelle</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Strict Nature Reserve</source>
        <translation>Réserve naturelle intégrale</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Forest Reserve</source>
        <translation>Réserve forestière</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Game Reserve</source>
        <translation>Réserve de chasse</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Wildlife Reserve</source>
        <translation>Réserve de faune</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Hunting Area</source>
        <translation>Domaine de chasse</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Hunting Reserve</source>
        <translation>Réserve de chasse</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Community Reserve</source>
        <translation>Réserve communautaire</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Communal Reserve</source>
        <translation>Réserve communale</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Special Reserve</source>
        <translation>Réserve spéciale</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>National Reserve</source>
        <translation>Réserve nationale</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Natural Park</source>
        <translation>Parc naturel</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>National Natural Park</source>
        <translation>Parc national naturel</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>National Forest</source>
        <translation>Forêt nationale</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Protection Forest</source>
        <translation>Forêt de protection</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Extractive Reserve</source>
        <translation>Réserve extractiviste</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Sustainable Development Reserve</source>
        <translation>Réserve de développement durable</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Biological Reserve</source>
        <translation>Réserve biologique</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Ecological Station</source>
        <translation>Station écologique</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Environmental Protection Area</source>
        <translation>Aire de protection de l'environnement</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Indigenous Territory</source>
        <translation>Territoire autochtone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Regional Conservation Area</source>
        <translation>Aire de conservation régionale</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Private Conservation Area</source>
        <translation>Aire de conservation privée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>World Heritage Site (natural or mixed)</source>
        <translation>Site du patrimoine mondial (naturel ou mixte)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Ramsar Site, Wetland of International Importance</source>
        <translation>Site Ramsar, zone humide d'importance internationale</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>UNESCO-MAB Biosphere Reserve</source>
        <translation>réserve de biosphère MAB-UNESCO</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Alliance for Zero Extinction site</source>
        <translation>Site de l'Alliance pour l'extinction zéro (AZE)</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="338"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Protected areas</source>
        <translation>Aires protégées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Designations</source>
        <translation>Désignations</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>International designations</source>
        <translation>Désignations internationales</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Strictest IUCN category</source>
        <translation>Catégorie UICN la plus stricte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>WWF priority landscape</source>
        <translation>Paysage prioritaire du WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Global 200 ecoregion</source>
        <translation>Écorégion prioritaire Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Nearest protected area</source>
        <translation>Aire protégée la plus proche</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Layers not tested</source>
        <translation>Couches non testées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Data version</source>
        <translation>Version des données</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="92"/>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="87"/>
        <source>Fit</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="87"/>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="92"/>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="100"/>
        <source>Stakeholder table</source>
        <translation>Tableau des parties prenantes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="304"/>
        <source>PACE class</source>
        <translation>Classe PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="363"/>
        <source>Classification (PACE)</source>
        <translation>Classification (PACE)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="366"/>
        <source>Pressure from impact zones</source>
        <translation>Pression des zones d'impact</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="374"/>
        <source>Impact zones</source>
        <translation>Zones d'impact</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="391"/>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="397"/>
        <source>Site profile</source>
        <translation>Profil du site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="416"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="428"/>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="432"/>
        <source>Fit of the management approaches</source>
        <translation>Pertinence des approches de gestion</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="441"/>
        <source>No decision recorded yet.</source>
        <translation>Aucune décision consignée pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Approach chosen</source>
        <translation>Approche choisie</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="461"/>
        <source>Decision history (newest first)</source>
        <translation>Historique des décisions (la plus récente d'abord)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="62"/>
        <source>Generated</source>
        <translation>Produit le</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="66"/>
        <source>ASM-PACE plugin version</source>
        <translation>Version de l'extension ASM-PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="69"/>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="469"/>
        <source>About this dossier</source>
        <translation>À propos de ce dossier</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_html.py" line="37"/>
        <source>None recorded.</source>
        <translation>Rien de consigné.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="44"/>
        <source>ASM-PACE site dossiers</source>
        <translation>Dossiers de sites ASM-PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="72"/>
        <source>Site dossier: {title}</source>
        <translation>Dossier de site : {title}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="58"/>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="28"/>
        <source>Influence–interest grid</source>
        <translation>Grille influence–intérêt</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="29"/>
        <source>Relation network</source>
        <translation>Réseau de relations</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="119"/>
        <source>Redaction NOT applied: this dossier holds personal contacts and sensitive stakeholders. Share it only with people entitled to them.</source>
        <translation>Données sensibles NON retirées : ce dossier contient des contacts personnels et des parties prenantes sensibles. Ne le partagez qu'avec des personnes habilitées.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_pages.py" line="104"/>
        <source>QGIS could not write the PDF {path} (error {result}): is it open in another program?</source>
        <translation>QGIS n'a pas pu écrire le PDF {path} (erreur {result}) : est-il ouvert dans un autre programme ?</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Distance to the nearest protected area</source>
        <translation>Distance à l'aire protégée la plus proche</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Share of the site inside protected areas</source>
        <translation>Part du site dans les aires protégées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Influence (0–5)</source>
        <translation>Influence (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Interest (0–5)</source>
        <translation>Intérêt (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>Strength (1–3)</source>
        <translation>Intensité (1–3)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>Impact pathway</source>
        <translation>Voie d'impact</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="21"/>
        <source>Protected area</source>
        <translation>Aire protégée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="21"/>
        <source>Area reached (ha)</source>
        <translation>Superficie atteinte (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="21"/>
        <source>Share of the protected area</source>
        <translation>Part de l'aire protégée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>From (km)</source>
        <translation>De (km)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>To (km)</source>
        <translation>À (km)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>Source of the distance</source>
        <translation>Source de la distance</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="347"/>
        <source>Coordinates (WGS 84)</source>
        <translation>Coordonnées (WGS 84)</translation>
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
        <translation>Aucune partie prenante affichée : toutes celles de ce site sont sensibles et écartées.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="212"/>
        <source>No stakeholders recorded for this site.</source>
        <translation>Aucune partie prenante enregistrée pour ce site.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="125"/>
        <source>Safe to share: no contact or sensitive stakeholder had to be left out.</source>
        <translation>Partageable : il n'y avait ni contact ni partie prenante sensible à retirer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="131"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="134"/>
        <source>%n sensitive stakeholder(s)</source>
        <translation>
            <numerusform>%n partie prenante sensible</numerusform>
            <numerusform>%n parties prenantes sensibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="137"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="142"/>
        <source>Redaction applied, left out: {left_out}.</source>
        <translation>Données sensibles retirées : {left_out}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="332"/>
        <source>Site key(s) not found: {keys}. Give keys of assessed sites (the dock lists them), separated by commas; a key that holds a comma goes in double quotes (&quot;Kamituga, upper&quot;).</source>
        <translation>Clé(s) de site introuvable(s) : {keys}. Donnez des clés de sites évalués (le panneau les liste), séparées par des virgules ; une clé qui contient une virgule se met entre guillemets droits (&quot;Kamituga, upper&quot;).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="382"/>
        <source>Mining over time in the site&apos;s areas</source>
        <translation>Exploitation minière dans le temps dans les aires du site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="386"/>
        <source>Mining over time measured no mining in the areas of this site.</source>
        <translation>Exploitation minière dans le temps n'a mesuré aucune exploitation dans les aires de ce site.</translation>
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
        <translation>à l'intérieur</translation>
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
        <translation>zone {zone}{hemisphere}, {easting} E, {northing} N</translation>
    </message>
</context>
<context>
    <name>DossierLayout</name>
    <message>
        <location filename="../../asm_pace_plugin/rendering/map_styles.py" line="94"/>
        <source>Impact zones: {pathway}</source>
        <translation>Zones d'impact : {pathway}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="57"/>
        <source>redacted</source>
        <translation>données sensibles retirées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="57"/>
        <source>NOT REDACTED</source>
        <translation>DONNÉES SENSIBLES NON RETIRÉES</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="62"/>
        <source>ASM-PACE site dossier · {site} · {date} UTC · plugin {version} · {redaction}</source>
        <translation>Dossier de site ASM-PACE · {site} · {date} UTC · extension {version} · {redaction}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_sections.py" line="42"/>
        <source>None recorded.</source>
        <translation>Rien de consigné.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="149"/>
        <source>This site has no geometry: no map.</source>
        <translation>Ce site n'a pas de géométrie : pas de carte.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_maps.py" line="186"/>
        <source>Location: {country}</source>
        <translation>Localisation : {country}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_maps.py" line="186"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/map_styles.py" line="72"/>
        <source>This site</source>
        <translation>Ce site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/map_styles.py" line="75"/>
        <source>Other mining sites</source>
        <translation>Autres sites miniers</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_tables.py" line="171"/>
        <source>{name} (continued)</source>
        <translation>{name} (suite)</translation>
    </message>
</context>
<context>
    <name>DossierMaps</name>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="114"/>
        <source>The maps show no protected area: {reason}</source>
        <translation>Les cartes ne montrent aucune aire protégée : {reason}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="148"/>
        <source>Mining sites</source>
        <translation>Sites miniers</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="152"/>
        <source>Impact zones</source>
        <translation>Zones d'impact</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="166"/>
        <source>Protected areas</source>
        <translation>Aires protégées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="178"/>
        <source>WWF priority landscapes</source>
        <translation>Paysages prioritaires du WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="178"/>
        <source>Ecoregions</source>
        <translation>Écorégions</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="158"/>
        <source>Mercury and sediment corridors</source>
        <translation>Corridors du mercure et des sédiments</translation>
    </message>
</context>
<context>
    <name>DownstreamTraceAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="59"/>
        <source>Downstream trace (mercury and sediment)</source>
        <translation>Tracé vers l'aval (mercure et sédiments)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="65"/>
        <source>asm,mining,mercury,sediment,river,downstream,trace,hydrorivers,corridor</source>
        <translation>asm,emape,minier,mercure,sédiments,rivière,aval,tracé,hydrorivers,corridor</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="90"/>
        <source>Trace only sites where this field says yes (e.g. a mercury-use field; empty: all sites)</source>
        <translation>Ne tracer que les sites où ce champ dit oui (p. ex. un champ d'usage du mercure ; vide : tous les sites)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="100"/>
        <source>Rivers (lines)</source>
        <translation>Rivières (lignes)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="103"/>
        <source>Downstream-id field (empty: NEXT_DOWN if present, else digitising direction)</source>
        <translation>Champ d'identifiant aval (vide : NEXT_DOWN s'il existe, sinon le sens de numérisation)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="111"/>
        <source>Reach id field the downstream ids refer to (empty: HYRIV_ID if present, else feature id)</source>
        <translation>Champ d'identifiant de tronçon auquel renvoient les identifiants aval (vide : HYRIV_ID s'il existe, sinon l'identifiant de l'entité)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="121"/>
        <source>Snap distance: farthest a river may be from a site (metres)</source>
        <translation>Distance d'accrochage : distance maximale d'une rivière à un site (mètres)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="121"/>
        <source>Length to trace downstream (metres)</source>
        <translation>Longueur à tracer vers l'aval (mètres)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="121"/>
        <source>Corridor width across the river (metres)</source>
        <translation>Largeur du corridor en travers de la rivière (mètres)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="137"/>
        <source>Join line ends to another river within (metres; digitising direction only)</source>
        <translation>Relier les extrémités de ligne à une autre rivière à moins de (mètres ; sens de numérisation seulement)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="146"/>
        <source>Downstream traces</source>
        <translation>Tracés vers l'aval</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="149"/>
        <source>Mercury and sediment corridors</source>
        <translation>Corridors du mercure et des sédiments</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="154"/>
        <source>Sites traced</source>
        <translation>Sites tracés</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="155"/>
        <source>Sites without a river in reach</source>
        <translation>Sites sans rivière à portée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="252"/>
        <source>The river layer must hold lines (river centre-lines such as HydroRIVERS), not points or polygons. Choose a line layer.</source>
        <translation>La couche des rivières doit contenir des lignes (axes de rivières comme HydroRIVERS), pas des points ni des polygones. Choisissez une couche de lignes.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="258"/>
        <source>The river layer</source>
        <translation>La couche des rivières</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="207"/>
        <source>(no key)</source>
        <translation>(pas de clé)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="68"/>
        <source>&lt;p&gt;Follows the rivers downstream of every mining site, where mercury and sediment travel (default {:g} km, after Diringer et al. 2015 and Lobo et al. 2017/2018; 500 km or more can be asked).&lt;/p&gt;&lt;p&gt;Each site is joined to the nearest river within the &lt;b&gt;snap distance&lt;/b&gt;, then traced down through confluences (and into every branch where a river splits) until the length is reached or the network ends. Sites with no river within the snap distance are listed in the log and counted, not failed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Flow direction&lt;/b&gt;: from a downstream-id field where the network has one (HydroRIVERS NEXT_DOWN with HYRIV_ID, found by itself), otherwise from the direction the lines were drawn in (first vertex upstream). The log says which was used. Natural Earth and many national layers are not reliably drawn downstream: check the trace on the map.&lt;/p&gt;&lt;p&gt;An &lt;b&gt;on/off field&lt;/b&gt; (e.g. whether mercury is used at the site: 1, yes, oui) limits the trace to the sites where it says yes.&lt;/p&gt;&lt;p&gt;Outputs: the traced stretches as lines, and a &lt;b&gt;corridor&lt;/b&gt; of the given width around them as the mercury / sediment zone (polygons, EPSG:4326, metres on the ellipsoid).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: &lt;i&gt;Pressure on protected areas&lt;/i&gt;, with the corridors beside the impact zones.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Suit les rivières en aval de chaque site minier, là où voyagent le mercure et les sédiments ({:g} km par défaut, d'après Diringer et al. 2015 et Lobo et al. 2017/2018 ; 500 km ou plus peuvent être demandés).&lt;/p&gt;&lt;p&gt;Chaque site est rattaché à la rivière la plus proche dans la &lt;b&gt;distance d'accrochage&lt;/b&gt;, puis suivi vers l'aval à travers les confluences (et dans chaque bras là où une rivière se divise) jusqu'à atteindre la longueur ou la fin du réseau. Les sites sans rivière dans la distance d'accrochage sont listés dans le journal et comptés, sans échec.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sens d'écoulement&lt;/b&gt; : d'après un champ d'identifiant aval quand le réseau en a un (NEXT_DOWN de HydroRIVERS avec HYRIV_ID, trouvés d'eux-mêmes), sinon d'après le sens de numérisation des lignes (premier sommet en amont). Le journal indique lequel a servi. Natural Earth et beaucoup de couches nationales ne sont pas numérisées de façon fiable vers l'aval : vérifiez le tracé sur la carte.&lt;/p&gt;&lt;p&gt;Un &lt;b&gt;champ marche/arrêt&lt;/b&gt; (p. ex. l'usage du mercure sur le site : 1, yes, oui) limite le tracé aux sites où il dit oui.&lt;/p&gt;&lt;p&gt;Sorties : les tronçons tracés en lignes, et un &lt;b&gt;corridor&lt;/b&gt; de la largeur donnée autour d'eux comme zone du mercure et des sédiments (polygones, EPSG:4326, mètres sur l'ellipsoïde).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Étape suivante&lt;/b&gt; : &lt;i&gt;Pression sur les aires protégées&lt;/i&gt;, avec les corridors à côté des zones d'impact.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="214"/>
        <source>Sites without a river within {} m (not traced): {}</source>
        <translation>Sites sans rivière à moins de {} m (non tracés) : {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="220"/>
        <source>Downstream trace: {} sites traced over up to {} m, {} without a river within {} m, {} without usable geometry, {} left out by the on/off field; site geometries repaired: {}; direction from {}.</source>
        <translation>Tracé vers l'aval : {} sites tracés sur au plus {} m, {} sans rivière à moins de {} m, {} sans géométrie utilisable, {} écartés par le champ marche/arrêt ; géométries de sites réparées : {} ; sens d'après {}.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="94"/>
        <source>Site key</source>
        <translation>Clé du site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="78"/>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="79"/>
        <source>PACE class</source>
        <translation>Classe PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="80"/>
        <source>Protected areas</source>
        <translation>Aires protégées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="81"/>
        <source>Strictest IUCN category</source>
        <translation>Catégorie UICN la plus stricte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="82"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="83"/>
        <source>Key players</source>
        <translation>Acteurs clés</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="84"/>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="85"/>
        <source>Fit of the approaches</source>
        <translation>Pertinence des approches</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="86"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="87"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="88"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="89"/>
        <source>Decided on (UTC)</source>
        <translation>Décidé le (UTC)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="90"/>
        <source>Decisions recorded</source>
        <translation>Décisions enregistrées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="91"/>
        <source>Redaction</source>
        <translation>Données sensibles</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="95"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="96"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="97"/>
        <source>Influence (0–5)</source>
        <translation>Influence (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="98"/>
        <source>Interest (0–5)</source>
        <translation>Intérêt (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="99"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="100"/>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="101"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="102"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>ExportAssessmentsAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="102"/>
        <source>Export assessments (table)</source>
        <translation>Exporter les évaluations (table)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="108"/>
        <source>asm,pace,export,csv,xlsx,report,programme,stakeholders,decision</source>
        <translation>asm,pace,export,csv,xlsx,rapport,programme,parties prenantes,décision</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="126"/>
        <source>Language of the texts in the table</source>
        <translation>Langue des textes de la table</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="141"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="144"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="229"/>
        <source>{} text(s) held a NUL character, written as {} so that nothing after it is lost.</source>
        <translation>{} texte(s) contenaient un caractère NUL, écrit comme {} pour que rien de ce qui suit ne soit perdu.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="111"/>
        <source>&lt;p&gt;Writes one row per assessed site of the workspace for programme reporting: PACE class, profile, number of stakeholders and key players, the fit of each approach, the decision, its rationale and date. Save it as CSV, XLSX or GeoPackage. The optional second table has one row per stakeholder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safe to share by default&lt;/b&gt;: sensitive stakeholders (marked so in the dock, or of a sensitive group) are left out and only contacts marked shareable are kept, unless you tick &lt;i&gt;Include contacts and sensitive stakeholders&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: send the table to the programme; when a site changes, update its assessment in the dock and export again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Écrit une ligne par site évalué de l'espace de travail, pour les rapports de programme : classe PACE, profil, nombre de parties prenantes et d'acteurs clés, pertinence de chaque approche, décision, sa justification et sa date. Enregistrez-la en CSV, XLSX ou GeoPackage. La seconde table, facultative, a une ligne par partie prenante.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Partageable par défaut&lt;/b&gt; : les parties prenantes sensibles (marquées comme telles dans le panneau, ou d'un groupe sensible) sont écartées et seuls les contacts marqués partageables sont gardés, sauf si vous cochez &lt;i&gt;Inclure les contacts et les parties prenantes sensibles&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Étape suivante&lt;/b&gt; : envoyez la table au programme ; quand un site change, mettez à jour son évaluation dans le panneau et exportez à nouveau.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="127"/>
        <source>Field names and codes in a spreadsheet too (for scripts)</source>
        <translation>Noms de champs et codes aussi dans un tableur (pour les scripts)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="132"/>
        <source>A spreadsheet (XLSX, ODS) is a report table: headers, classes and answers in the language chosen, the decision&apos;s date a date. Tick this to write the field names and codes instead, as a CSV or GeoPackage always holds them.</source>
        <translation>Un tableur (XLSX, ODS) est un tableau de rapport : en-têtes, classes et réponses dans la langue choisie, la date de la décision en date. Cochez ceci pour écrire à la place les noms de champs et les codes, comme les contient toujours un CSV ou un GeoPackage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="235"/>
        <source>%n site(s) exported.</source>
        <translation>
            <numerusform>%n site exporté.</numerusform>
            <numerusform>%n sites exportés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="238"/>
        <source>Contacts and sensitive stakeholders are INCLUDED: do not share widely.</source>
        <translation>Les contacts et les parties prenantes sensibles sont INCLUS : ne pas diffuser largement.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/input_fields.py" line="71"/>
        <source>field &apos;{wanted}&apos; is not in the layer; its fields are: {field_names}</source>
        <translation>le champ « {wanted} » n'est pas dans la couche ; ses champs sont : {field_names}</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/presets.py" line="108"/>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/presets.py" line="112"/>
        <source>dossiers</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/presets.py" line="114"/>
        <source>assessments</source>
        <translation>évaluations</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="57"/>
        <source>all_areas</source>
        <translation>toutes_les_aires</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/presets.py" line="115"/>
        <source>area_reports</source>
        <translation>rapports_aires</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <location filename="../../tools/make_help.py" line="54"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="54"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Processing: ASM-PACE &amp;gt; {group} &amp;gt; {title} &amp;nbsp;·&amp;nbsp; in models and qgis_process:</source>
        <translation>Traitement : ASM-PACE &amp;gt; {group} &amp;gt; {title} &amp;nbsp;·&amp;nbsp; dans les modèles et qgis_process :</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Getting started</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Inputs, in the order of the dialog</source>
        <translation>Entrées, dans l'ordre de la boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Name in models and qgis_process</source>
        <translation>Nom dans les modèles et qgis_process</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>ImpactPathways</name>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="16"/>
        <source>No: one zone per site and pathway</source>
        <translation>Non : une zone par site et par voie</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="16"/>
        <source>Per pathway</source>
        <translation>Par voie</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="16"/>
        <source>All zones into one</source>
        <translation>Toutes les zones en une</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="59"/>
        <source>Impact-pathway catalogue {path}</source>
        <translation>Catalogue des voies d'impact {path}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="63"/>
        <source>{where} cannot be read ({strerror}). Choose an existing CSV file.</source>
        <translation>{where} ne peut pas être lu ({strerror}). Choisissez un fichier CSV existant.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="100"/>
        <source>{where}, line {line}</source>
        <translation>{where}, ligne {line}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="104"/>
        <source>{where}, line {line}: the name &apos;{name}&apos; appears twice. Rename one.</source>
        <translation>{where}, ligne {line} : le nom « {name} » apparaît deux fois. Renommez l'un des deux.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="148"/>
        <source>{where}: confidence must be one of {CONFIDENCES}, not &apos;{confidence}&apos;.</source>
        <translation>{where} : la confiance doit être l'une de {CONFIDENCES}, pas « {confidence} ».</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="200"/>
        <source>No impact pathway was chosen. Give at least one, e.g. footprint,hunting.</source>
        <translation>Aucune voie d'impact n'a été choisie. Donnez-en au moins une, p. ex. footprint,hunting.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="221"/>
        <source>Distances</source>
        <translation>Distances</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="221"/>
        <source>Per-site distance fields</source>
        <translation>Champs de distance par site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="221"/>
        <source>On/off fields</source>
        <translation>Champs marche/arrêt</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="208"/>
        <source>Unknown impact pathway &apos;{name}&apos;. Known pathways: {zone_names}.</source>
        <translation>Voie d'impact inconnue « {name} ». Voies connues : {zone_names}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="92"/>
        <source>{where} lacks the column(s) {missing}. It needs a header line: {CATALOGUE_COLUMNS}.</source>
        <translation>{where} n'a pas la ou les colonnes {missing}. Il lui faut une ligne d'en-tête : {CATALOGUE_COLUMNS}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="132"/>
        <source>{where}: the name &apos;{name}&apos; must be letters, digits and &apos;_&apos; only, e.g. hunting.</source>
        <translation>{where} : le nom « {name} » ne doit contenir que des lettres, des chiffres et « _ », p. ex. hunting.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="140"/>
        <source>{where}: kind must be &apos;{KIND_ZONE}&apos; or &apos;{KIND_DOWNSTREAM}&apos;, not &apos;{kind}&apos;.</source>
        <translation>{where} : kind doit être « {KIND_ZONE} » ou « {KIND_DOWNSTREAM} », pas « {kind} ».</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="116"/>
        <source>{what}: &apos;{value}&apos; is not of the form pathway=value, e.g. hunting=12700.</source>
        <translation>{what} : « {value} » n'a pas la forme voie=valeur, p. ex. hunting=12700.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="228"/>
        <source>{what} name pathways that are not chosen: {extra}. Add them to the pathways.</source>
        <translation>{what} : des voies non choisies y sont nommées : {extra}. Ajoutez-les aux voies.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="243"/>
        <source>The distance given for &apos;{name}&apos; ({distances}) is not a positive number of metres.</source>
        <translation>La distance donnée pour « {name} » ({distances}) n'est pas un nombre positif de mètres.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="72"/>
        <source>{where}, line {line}: not text in UTF-8 (a binary file, or another encoding). Save it as CSV UTF-8 from your spreadsheet, or choose the shipped catalogue.</source>
        <translation>{where}, ligne {line} : pas du texte en UTF-8 (un fichier binaire, ou un autre encodage). Enregistrez-le en CSV UTF-8 depuis votre tableur, ou choisissez le catalogue fourni.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="84"/>
        <source>{where}, line {line_num}: not readable as CSV ({error}).</source>
        <translation>{where}, ligne {line_num} : illisible en CSV ({error}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="168"/>
        <source>{where}: distance_m {text} is {beyond_limit}.</source>
        <translation>{where} : distance_m {text} est {beyond_limit}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="236"/>
        <source>beyond {km} km, the farthest a zone is drawn true to its area</source>
        <translation>au-delà de {km} km, la plus grande distance à laquelle une zone est tracée fidèle à sa superficie</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="250"/>
        <source>The distance given for &apos;{name}&apos; ({distances} m) is {beyond_limit}.</source>
        <translation>La distance donnée pour « {name} » ({distances} m) est {beyond_limit}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="285"/>
        <source>The {what} {error}.</source>
        <translation>{what} : {error}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="214"/>
        <source>&apos;{name}&apos; is traced down rivers, not drawn as a zone: use the algorithm &apos;Downstream trace (mercury and sediment)&apos; for it.</source>
        <translation>« {name} » se trace le long des rivières, il ne se dessine pas comme une zone : utilisez pour cela l'algorithme « Tracé vers l'aval (mercure et sédiments) ».</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="56"/>
        <source>{}: {} m is very small for this pathway (default: {}). Distances are in metres: for {} km, type {}.</source>
        <translation>{} : {} m est très petit pour cette voie (par défaut : {}). Les distances sont en mètres : pour {} km, tapez {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="31"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="70"/>
        <source>{}: {} ({}){}{}</source>
        <translation>{} : {} ({}){}{}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="70"/>
        <source>per site</source>
        <translation>par site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="70"/>
        <source>, per-site field {}</source>
        <translation>, champ par site {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="70"/>
        <source>, on/off field {}</source>
        <translation>, champ marche/arrêt {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="28"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="29"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="30"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="215"/>
        <source>catalogue: {source}</source>
        <translation>catalogue : {source}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="219"/>
        <source>per-site field {field}</source>
        <translation>champ par site {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="221"/>
        <source>distance given in the dialog</source>
        <translation>distance donnée dans la boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="222"/>
        <source>dissolved zones of several sites</source>
        <translation>zones fusionnées de plusieurs sites</translation>
    </message>
</context>
<context>
    <name>ImpactZonesAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="102"/>
        <source>Impact zones</source>
        <translation>Zones d'impact</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="52"/>
        <source>asm,mining,impact,buffer,geodesic,deforestation,hunting,zone,pathway</source>
        <translation>asm,emape,minier,impact,zone tampon,géodésique,déforestation,chasse,zone,voie</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="81"/>
        <source>Non-overlapping rings instead of full discs</source>
        <translation>Anneaux sans recouvrement au lieu de disques pleins</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="86"/>
        <source>Dissolve zones</source>
        <translation>Fusionner les zones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="94"/>
        <source>Impact-pathway catalogue (CSV; empty: the shipped one)</source>
        <translation>Catalogue des voies d'impact (CSV ; vide : celui fourni)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="105"/>
        <source>Number of zones</source>
        <translation>Nombre de zones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="106"/>
        <source>Sites without any zone</source>
        <translation>Sites sans aucune zone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="168"/>
        <source>Dissolving zones...</source>
        <translation>Fusion des zones...</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="185"/>
        <source>Impact zones: {} zones written for {} sites and {} pathways ({}, {}); sites without any zone: {}; site geometries repaired: {}; {}.</source>
        <translation>Zones d'impact : {} zones écrites pour {} sites et {} voies ({}, {}) ; sites sans aucune zone : {} ; géométries de sites réparées : {} ; {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="185"/>
        <source>rings</source>
        <translation>anneaux</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="185"/>
        <source>discs</source>
        <translation>disques</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="185"/>
        <source>nothing skipped</source>
        <translation>rien d'écarté</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="80"/>
        <source>Impact pathways</source>
        <translation>Voies d'impact</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="55"/>
        <source>{}: distance (metres)</source>
        <translation>{} : distance (mètres)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="68"/>
        <source>Metres on the ellipsoid. Default: {} ({}).</source>
        <translation>Mètres sur l'ellipsoïde. Par défaut : {} ({}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="63"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="95"/>
        <source>Other distances in metres (pathway=metres, e.g. charcoal_timber=5000)</source>
        <translation>Autres distances en mètres (voie=mètres, p. ex. charcoal_timber=5000)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="42"/>
        <source>{} (no default distance: give one)</source>
        <translation>{} (pas de distance par défaut : donnez-en une)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="43"/>
        <source>{} ({} km)</source>
        <translation>{} ({} km)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="160"/>
        <source>Other distances</source>
        <translation>Autres distances</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="56"/>
        <source>&lt;p&gt;Draws, around every mining site, the zones its impacts reach: site footprint, off-site deforestation, hunting pressure, landscape deforestation, charcoal and timber.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distances are metres on the ellipsoid&lt;/b&gt; whatever the CRS: a 10 km zone covers the same area at the equator, at 47°N or at 70°N, and zones crossing the 180° meridian are split on both sides. Polygon and line sites are buffered from their edge.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Impact pathways&lt;/b&gt;: tick those to draw. Each has its distance below, in metres; the defaults are {}, each with its source and confidence (under Advanced, you can give your own edited copy of the catalogue of pathways). A distance far smaller than its default (10 typed for 10 km) is warned about in the log.&lt;/p&gt;&lt;p&gt;Under &lt;b&gt;Advanced&lt;/b&gt;, each pathway can take &lt;b&gt;its distance per site&lt;/b&gt; from a numeric field of the sites (an empty value uses the distance above), and be drawn &lt;b&gt;only where a field says yes&lt;/b&gt; (1, true, yes, oui).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rings&lt;/b&gt;: each zone without the smaller ones (footprint, then 1–10 km, then 10–70 km), for maps; keep full discs to measure pressure on protected areas. &lt;b&gt;Dissolve&lt;/b&gt; merges the zones of all sites, per pathway or all together.&lt;/p&gt;&lt;p&gt;Each zone says its site, pathway, distance, where the distance comes from and its area in hectares. Output in EPSG:4326.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: &lt;i&gt;Downstream trace&lt;/i&gt; for mercury and sediment along rivers, then &lt;i&gt;Pressure on protected areas&lt;/i&gt; with these zones.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dessine, autour de chaque site minier, les zones qu'atteignent ses impacts : emprise du site, déforestation hors du site, pression de chasse, déforestation du paysage, bois et charbon de bois.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Les distances sont en mètres sur l'ellipsoïde&lt;/b&gt; quel que soit le SCR : une zone de 10 km couvre la même surface à l'équateur, à 47°N ou à 70°N, et les zones qui traversent le méridien de 180° sont coupées des deux côtés. Les sites en polygones et en lignes sont élargis à partir de leur bord.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Voies d'impact&lt;/b&gt; : cochez celles à dessiner. Chacune a sa distance ci-dessous, en mètres ; les valeurs par défaut sont {}, chacune avec sa source et son niveau de confiance (sous Avancé, vous pouvez donner votre propre copie modifiée du catalogue des voies). Une distance bien plus petite que sa valeur par défaut (10 tapé pour 10 km) est signalée dans le journal.&lt;/p&gt;&lt;p&gt;Sous &lt;b&gt;Avancé&lt;/b&gt;, chaque voie peut prendre &lt;b&gt;sa distance par site&lt;/b&gt; dans un champ numérique des sites (une valeur vide utilise la distance ci-dessus), et n'être dessinée &lt;b&gt;que là où un champ dit oui&lt;/b&gt; (1, true, yes, oui).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anneaux&lt;/b&gt; : chaque zone sans les plus petites (emprise, puis 1–10 km, puis 10–70 km), pour les cartes ; gardez les disques pleins pour mesurer la pression sur les aires protégées. &lt;b&gt;Fusionner&lt;/b&gt; réunit les zones de tous les sites, par voie ou toutes ensemble.&lt;/p&gt;&lt;p&gt;Chaque zone indique son site, sa voie, sa distance, l'origine de la distance et sa superficie en hectares. Sortie en EPSG:4326.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Étape suivante&lt;/b&gt; : &lt;i&gt;Tracé vers l'aval&lt;/i&gt; pour le mercure et les sédiments le long des rivières, puis &lt;i&gt;Pression sur les aires protégées&lt;/i&gt; avec ces zones.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="107"/>
        <source>{}: distance per site (metres)</source>
        <translation>{} : distance par site (mètres)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="107"/>
        <source>A numeric field of the sites with each site&apos;s distance in metres; where it is empty, the distance above is used.</source>
        <translation>Un champ numérique des sites avec la distance de chaque site en mètres ; là où il est vide, la distance ci-dessus est utilisée.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="107"/>
        <source>{}: drawn only where this field says yes</source>
        <translation>{} : dessinée seulement là où ce champ dit oui</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="107"/>
        <source>A field of the sites that turns the pathway on (1, true, yes, oui) or off (0, false, no, non) site by site.</source>
        <translation>Un champ des sites qui active la voie (1, true, yes, oui) ou la désactive (0, false, no, non) site par site.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="176"/>
        <source>{pathway}: %n site(s) without this zone ({reason}).</source>
        <translation>
            <numerusform>{pathway} : %n site sans cette zone ({reason}).</numerusform>
            <numerusform>{pathway} : %n sites sans cette zone ({reason}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="185"/>
        <source>{reason}: {count}</source>
        <translation>{reason} : {count}</translation>
    </message>
</context>
<context>
    <name>IntegerWidgetWrapper</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/number_widget.py" line="72"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>LayerFieldsWidget</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/layer_fields_widget.py" line="57"/>
        <source>Found by itself</source>
        <translation>Trouvé automatiquement</translation>
    </message>
</context>
<context>
    <name>MiningCharts</name>
    <message>
        <location filename="../../asm_pace_plugin/rendering/mining_charts.py" line="53"/>
        <source>new {unit} per period (bars), up to {top}</source>
        <translation>{unit} nouveaux par période (barres), jusqu'à {top}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/mining_charts.py" line="58"/>
        <source>cumulative {unit} (line), up to {top}</source>
        <translation>{unit} cumulés (ligne), jusqu'à {top}</translation>
    </message>
</context>
<context>
    <name>MiningHistory</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/mining_history.py" line="42"/>
        <source>Mining in {area}: {history}</source>
        <translation>Exploitation minière dans {area} : {history}</translation>
    </message>
</context>
<context>
    <name>MiningOverTimeAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="74"/>
        <source>Mining over time</source>
        <translation>Exploitation minière dans le temps</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="80"/>
        <source>asm,mining,monitoring,time,year,growth,trend,footprint,amazon mining watch,amw,protected,area</source>
        <translation>emape,mine,suivi,temps,année,croissance,tendance,emprise,amazon mining watch,amw,protégée,aire</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="121"/>
        <source>Mining footprints or sites (one layer with a date field, or one layer per date)</source>
        <translation>Emprises minières ou sites (une couche avec un champ de date, ou une couche par date)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="128"/>
        <source>Date or year field (empty: year, date, period... or the layers&apos; names)</source>
        <translation>Champ de date ou d'année (vide : year, date, period… ou le nom des couches)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="135"/>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="135"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="135"/>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="135"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="143"/>
        <source>The footprints of a period are</source>
        <translation>Les emprises d'une période sont</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="143"/>
        <source>its new mining</source>
        <translation>sa nouvelle exploitation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="143"/>
        <source>a cumulative snapshot (all mining so far)</source>
        <translation>un état cumulé (toute l'exploitation jusque-là)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="154"/>
        <source>Footprint or site id field (empty: site_id, id... or none)</source>
        <translation>Champ d'identifiant de l'emprise ou du site (vide : site_id, id… ou aucun)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="154"/>
        <source>Mined area field, hectares (empty: mined_ha if present)</source>
        <translation>Champ de surface exploitée, en hectares (vide : mined_ha s'il existe)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="163"/>
        <source>Protected areas (WDPA or a national layer)</source>
        <translation>Aires protégées (WDPA ou couche nationale)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="172"/>
        <source>Other areas (indigenous territories, buffer zones, districts)</source>
        <translation>Autres zones (territoires autochtones, zones tampons, districts)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="180"/>
        <source>Name field of the other areas (empty: name, NOM, NOMBRE...)</source>
        <translation>Champ de nom des autres zones (vide : name, NOM, NOMBRE…)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="180"/>
        <source>Id field of the other areas (empty: id, code...)</source>
        <translation>Champ d'identifiant des autres zones (vide : id, code…)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="187"/>
        <source>Assessment workspace (.gpkg), for growth before and after decisions</source>
        <translation>Espace de travail d'évaluation (.gpkg), pour la croissance avant et après les décisions</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="197"/>
        <source>Mining per area and period</source>
        <translation>Exploitation par zone et par période</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="202"/>
        <source>Trend per area</source>
        <translation>Tendance par zone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="207"/>
        <source>Footprints with their areas and periods</source>
        <translation>Emprises avec leurs zones et périodes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="215"/>
        <source>Growth before and after decisions</source>
        <translation>Croissance avant et après les décisions</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="223"/>
        <source>Charts of new and cumulative mining per area (PNG, one per area)</source>
        <translation>Graphiques de l'exploitation nouvelle et cumulée par zone (PNG, un par zone)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="231"/>
        <source>Areas with mining</source>
        <translation>Zones avec exploitation minière</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="256"/>
        <source>No footprint or site with a usable geometry was read: nothing to measure.</source>
        <translation>Aucune emprise ni aucun site avec une géométrie utilisable n'a été lu : rien à mesurer.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="265"/>
        <source>Mining over time: {read} footprints or sites read in {periods} periods ({first} to {last}); {areas} areas hold mining; geometries repaired: {repaired}; features without usable geometry left out: {skipped}.</source>
        <translation>Exploitation dans le temps : {read} emprises ou sites lus sur {periods} périodes ({first} à {last}) ; {areas} zones contiennent de l'exploitation ; géométries réparées : {repaired} ; entités sans géométrie utilisable écartées : {skipped}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="282"/>
        <source>{count} features left out: {reason}.</source>
        <translation>{count} entités écartées : {reason}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="307"/>
        <source>No area layer was given: give protected areas, other areas (indigenous territories, districts), or both.</source>
        <translation>Aucune couche de zones n'a été donnée : donnez des aires protégées, d'autres zones (territoires autochtones, districts), ou les deux.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="349"/>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="351"/>
        <source>The charts could not be written in {}: {}</source>
        <translation>Les graphiques n'ont pas pu être écrits dans {} : {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="393"/>
        <source>Decisions compared in {} areas.</source>
        <translation>Décisions comparées dans {} zones.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="85"/>
        <source>&lt;p&gt;How fast mining grows in each protected area (and in any other area you give: indigenous territories, buffer zones, districts), period by period: where it is new, how much, and whether it changed after a decision.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Footprints&lt;/b&gt;: mining polygons (Amazon Mining Watch, MapBiomas, your own mapping) or sites as points (patrols, field visits), with a date or year field, or several layers each named with its date (mining_2019, mining_2020). Either each period holds its &lt;i&gt;new&lt;/i&gt; mining, or each period is a &lt;i&gt;cumulative snapshot&lt;/i&gt; of all mining so far: then the new mining of a period is what its snapshot adds to the one before. Mining that a snapshot loses is reported apart (lost_ha), never counted as negative mining.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per area and period&lt;/b&gt;: new hectares, cumulative hectares, share of the area mined, number of new footprints or sites, change from the period before. Areas are measured in hectares on the ellipsoid; footprints that overlap each other, parcels of an area that overlap and footprints seen again later are counted once. With a mined-area field (AMW&apos;s mined_ha), that figure is given beside ours, shared out as AMW does: mined area times the share of the polygon inside the area.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Trend&lt;/b&gt; of each area, from the new mining of the last period against the mean of the three periods before it: &lt;i&gt;no new mining&lt;/i&gt; (none in the last period), &lt;i&gt;new&lt;/i&gt; (none before), &lt;i&gt;accelerating&lt;/i&gt; (twice the mean or more), &lt;i&gt;growing&lt;/i&gt; (a quarter more or above), &lt;i&gt;slowing&lt;/i&gt; (a quarter less or below), &lt;i&gt;steady&lt;/i&gt; (in between).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Decisions&lt;/b&gt;: with the assessment workspace, for each decided site inside an area, the new mining in the same number of whole periods before and after the decision&apos;s date (the period holding the date counts in neither).&lt;/p&gt;&lt;p&gt;Protected areas are cleaned as in &lt;i&gt;Classify sites&lt;/i&gt;. Only the areas near the footprints are read, so a global WDPA layer can be given.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: &lt;i&gt;Protected-area reports&lt;/i&gt; from these tables, one per area and one with all areas ranked by growth, for the park authority; with the decisions table loaded, the &lt;i&gt;ASM-PACE assessment&lt;/i&gt; dock shows each decided site&apos;s history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;À quelle vitesse l'exploitation minière progresse dans chaque aire protégée (et dans toute autre zone donnée : territoires autochtones, zones tampons, districts), période par période : où elle est nouvelle, combien, et si elle a changé après une décision.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Emprises&lt;/b&gt; : polygones miniers (Amazon Mining Watch, MapBiomas, votre propre cartographie) ou sites en points (patrouilles, visites de terrain), avec un champ de date ou d'année, ou plusieurs couches nommées chacune avec sa date (mining_2019, mining_2020). Soit chaque période contient ses &lt;i&gt;nouvelles&lt;/i&gt; emprises, soit chaque période est un &lt;i&gt;état cumulé&lt;/i&gt; de toute l'exploitation jusque-là : la nouvelle exploitation d'une période est alors ce que son état ajoute au précédent. Ce qu'un état perd est signalé à part (lost_ha), jamais compté comme une exploitation négative.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Par zone et par période&lt;/b&gt; : hectares nouveaux, hectares cumulés, part de la zone exploitée, nombre de nouvelles emprises ou de nouveaux sites, écart avec la période précédente. Les surfaces sont mesurées en hectares sur l'ellipsoïde ; les emprises qui se chevauchent, les parcelles d'une zone qui se chevauchent et les emprises revues plus tard sont comptées une seule fois. Avec un champ de surface exploitée (mined_ha d'AMW), ce chiffre est donné à côté du nôtre, réparti comme le fait AMW : surface exploitée multipliée par la part du polygone dans la zone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tendance&lt;/b&gt; de chaque zone, d'après la nouvelle exploitation de la dernière période comparée à la moyenne des trois périodes précédentes : &lt;i&gt;pas de nouvelle exploitation&lt;/i&gt; (aucune dans la dernière période), &lt;i&gt;nouvelle&lt;/i&gt; (aucune avant), &lt;i&gt;en accélération&lt;/i&gt; (au moins le double de la moyenne), &lt;i&gt;en hausse&lt;/i&gt; (au moins un quart de plus), &lt;i&gt;en ralentissement&lt;/i&gt; (au moins un quart de moins), &lt;i&gt;stable&lt;/i&gt; (entre les deux).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Décisions&lt;/b&gt; : avec l'espace de travail d'évaluation, pour chaque site décidé dans une zone, la nouvelle exploitation sur le même nombre de périodes entières avant et après la date de la décision (la période qui contient la date ne compte ni avant ni après).&lt;/p&gt;&lt;p&gt;Les aires protégées sont nettoyées comme dans &lt;i&gt;Classer les sites&lt;/i&gt;. Seules les zones proches des emprises sont lues : une couche WDPA mondiale peut être donnée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Étape suivante&lt;/b&gt; : les &lt;i&gt;Rapports par aire protégée&lt;/i&gt; à partir de ces tables, un par aire et un avec toutes les aires classées selon leur croissance, pour l'autorité du parc ; avec la table des décisions chargée, le panneau &lt;i&gt;Évaluation ASM-PACE&lt;/i&gt; montre l'historique de chaque site décidé.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/areas.py" line="30"/>
        <source>The area layer &apos;{layer}&apos;: {error}.</source>
        <translation>La couche de zones « {layer} » : {error}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/areas.py" line="36"/>
        <source>The area layer &apos;{layer}&apos; has no name field (name, NOM, NOMBRE, NOME...); its fields are: {fields}. Give its name field.</source>
        <translation>La couche de zones « {layer} » n'a pas de champ de nom (name, NOM, NOMBRE, NOME…) ; ses champs sont : {fields}. Indiquez son champ de nom.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="40"/>
        <source>period from the field {field}</source>
        <translation>période lue dans le champ {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="40"/>
        <source>period {period} from the layer&apos;s name</source>
        <translation>période {period} d'après le nom de la couche</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="47"/>
        <source>ids from {field}</source>
        <translation>identifiants lus dans {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="47"/>
        <source>each feature a footprint of its own</source>
        <translation>chaque entité est une emprise à part</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="52"/>
        <source>mined area from {field}</source>
        <translation>surface exploitée lue dans {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="52"/>
        <source>no mined-area field</source>
        <translation>pas de champ de surface exploitée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="57"/>
        <source>{layer}: {period}; {identity}; {mined}.</source>
        <translation>{layer} : {period} ; {identity} ; {mined}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="66"/>
        <source>The footprint layer &apos;{layer}&apos;: {error}.</source>
        <translation>La couche d'emprises « {layer} » : {error}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="79"/>
        <source>The footprint layer &apos;{layer}&apos; holds neither polygons nor points: give mining footprints (polygons) or sites (points).</source>
        <translation>La couche d'emprises « {layer} » ne contient ni polygones ni points : donnez des emprises minières (polygones) ou des sites (points).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="87"/>
        <source>The footprint layer &apos;{layer}&apos; has no valid CRS: set it in Layer Properties &gt; Source.</source>
        <translation>La couche d'emprises « {layer} » n'a pas de SCR valide : définissez-le dans Propriétés de la couche &gt; Source.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="107"/>
        <source>The footprint layer &apos;{layer}&apos; has no date or year field (year, date, period...) and its name gives no date: give its period field, or name the layer with its date (footprints_2019).</source>
        <translation>La couche d'emprises « {layer} » n'a pas de champ de date ou d'année (year, date, period…) et son nom ne donne pas de date : indiquez son champ de période, ou nommez la couche avec sa date (footprints_2019).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="135"/>
        <source>Feature {feature} of &apos;{layer}&apos;: the mined area &apos;{value}&apos; is not a number of hectares (0 or more).</source>
        <translation>Entité {feature} de « {layer} » : la surface exploitée « {value} » n'est pas un nombre d'hectares (0 ou plus).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="161"/>
        <source>Feature {feature} of &apos;{layer}&apos; ({field}): {error}</source>
        <translation>Entité {feature} de « {layer} » ({field}) : {error}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="20"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="21"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="22"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="93"/>
        <source>&apos;{value}&apos; is not a date, a year or a period: write it as 2019, 2019-05-01, 2025-Q2 or 2025-05.</source>
        <translation>« {value} » n'est ni une date, ni une année, ni une période : écrivez-la 2019, 2019-05-01, 2025-Q2 ou 2025-05.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="100"/>
        <source>&apos;{value}&apos; is a {given}, but the periods are months or quarters: give dates, or choose longer periods.</source>
        <translation>« {value} » désigne une période trop longue ({given}), mais les périodes sont des mois ou des trimestres : donnez des dates, ou choisissez des périodes plus longues.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="128"/>
        <source>A feature has no period (its date or year is empty): give one.</source>
        <translation>Une entité n'a pas de période (sa date ou son année est vide) : indiquez-en une.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="171"/>
        <source>The layer &apos;{name}&apos; does not say which period it shows: name it with its date or year (footprints_2019, mining 2025-Q1), or give a period field.</source>
        <translation>La couche « {name} » ne dit pas quelle période elle montre : nommez-la avec sa date ou son année (footprints_2019, mining 2025-Q1), ou indiquez un champ de période.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="285"/>
        <source>Decision of {date}: too early to compare, no whole {period} since.</source>
        <translation>Décision du {date} : trop tôt pour comparer, pas de période entière ({period}) depuis.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="288"/>
        <source>+{value} new sites a {period}</source>
        <translation>+{value} nouveaux sites par {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="288"/>
        <source>+{value} ha a {period}</source>
        <translation>+{value} ha par {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="294"/>
        <source>Since the decision of {date}: {after}; before: {before}.</source>
        <translation>Depuis la décision du {date} : {after} ; avant : {before}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="34"/>
        <source>no new mining</source>
        <translation>pas de nouvelle exploitation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="35"/>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="36"/>
        <source>accelerating</source>
        <translation>en accélération</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="37"/>
        <source>growing</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="38"/>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="39"/>
        <source>slowing</source>
        <translation>en ralentissement</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/areas.py" line="70"/>
        <source>Two area layers are both named &apos;{}&apos;: rename one.</source>
        <translation>Deux couches de zones s'appellent « {} » : renommez-en une.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="188"/>
        <source>No footprint layer was given: give at least one.</source>
        <translation>Aucune couche d'emprises n'a été donnée : donnez-en au moins une.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="194"/>
        <source>The footprint layer &apos;{}&apos; is empty: remove it or choose another.</source>
        <translation>La couche d'emprises « {} » est vide : retirez-la ou choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="204"/>
        <source>Some footprint layers hold points and others polygons: give sites (points) or footprints (polygons), not both in one run.</source>
        <translation>Certaines couches d'emprises contiennent des points et d'autres des polygones : donnez des sites (points) ou des emprises (polygones), pas les deux dans un même traitement.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="238"/>
        <source>The snapshot layers were not given in date order; they are taken in date order: {}.</source>
        <translation>Les couches d'états cumulés n'ont pas été données dans l'ordre des dates ; elles sont prises dans l'ordre des dates : {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="246"/>
        <source>Several snapshot layers are of the same period ({}): their footprints are taken together.</source>
        <translation>Plusieurs couches d'états cumulés sont de la même période ({}) : leurs emprises sont prises ensemble.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/results.py" line="48"/>
        <source>{area} {period}: {hectares} ha</source>
        <translation>{area} {period} : {hectares} ha</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/results.py" line="54"/>
        <source>In {count} area-periods a snapshot holds less mining than the one before ({named}). Mining does not disappear from one snapshot to the next: check that the snapshots are cumulative and their dates right. The loss is in lost_ha; the new mining is never negative.</source>
        <translation>Dans {count} couples zone-période, un état cumulé contient moins d'exploitation que le précédent ({named}). L'exploitation ne disparaît pas d'un état à l'autre : vérifiez que les états sont bien cumulés et leurs dates justes. La perte figure dans lost_ha ; la nouvelle exploitation n'est jamais négative.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="49"/>
        <source>Site context</source>
        <translation>Contexte du site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="62"/>
        <source>Answered on the Profile page: change it there.</source>
        <translation>Renseigné sur la page Profil : modifiez-le là.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="63"/>
        <source>{question} (answered in the profile)</source>
        <translation>{question} (renseigné dans le profil)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="85"/>
        <source>Fit of each approach here, and why</source>
        <translation>Pertinence de chaque approche ici, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="99"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="103"/>
        <source>Choose an approach…</source>
        <translation>Choisir une approche…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="113"/>
        <source>Why this approach, for this site (required)</source>
        <translation>Pourquoi cette approche, pour ce site (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="118"/>
        <source>Record decision</source>
        <translation>Consigner la décision</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="123"/>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="124"/>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="125"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="127"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="134"/>
        <source>choose an approach</source>
        <translation>choisissez une approche</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="138"/>
        <source>write the rationale</source>
        <translation>rédigez la justification</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="140"/>
        <source>To record the decision: {missing}.</source>
        <translation>Pour consigner la décision : {missing}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="140"/>
        <source>, then </source>
        <translation>, puis </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="140"/>
        <source>Record this approach and rationale in the site&apos;s decision history.</source>
        <translation>Consigner cette approche et sa justification dans l'historique des décisions du site.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="261"/>
        <source>  Still to answer: {questions}</source>
        <translation>  Reste à renseigner : {questions}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="252"/>
        <source>{approach}: {verdict}</source>
        <translation>{approach} : {verdict}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="277"/>
        <source>{date} · {officer} · {approach}: {rationale}</source>
        <translation>{date} · {officer} · {approach} : {rationale}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="109"/>
        <source>your name, as it goes in the history</source>
        <translation>votre nom, tel qu'il figurera dans l'historique</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="136"/>
        <source>write your name</source>
        <translation>écrire votre nom</translation>
    </message>
</context>
<context>
    <name>OutputFields</name>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="13"/>
        <source>site: value of the site id field, or its feature id</source>
        <translation>site : valeur du champ identifiant du site, ou identifiant de son entité</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>impact pathway (mercury_sediment)</source>
        <translation>voie d'impact (mercury_sediment)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>metres from the site to the river it was snapped to</source>
        <translation>mètres du site à la rivière à laquelle il a été accroché</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>length asked for, in metres</source>
        <translation>longueur demandée, en mètres</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>length traced, in metres on the ellipsoid (all branches)</source>
        <translation>longueur tracée, en mètres sur l'ellipsoïde (toutes branches)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>where the flow direction came from</source>
        <translation>d'où vient le sens d'écoulement</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>corridor width in metres (corridor layer)</source>
        <translation>largeur du corridor en mètres (couche des corridors)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>corridor area in hectares on the ellipsoid (corridor layer)</source>
        <translation>superficie du corridor en hectares sur l'ellipsoïde (couche des corridors)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>true when the site is PACE (one of the three classes)</source>
        <translation>vrai quand le site est PACE (l'une des trois classes)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>number of protected areas (incl. AZE sites) the site touches</source>
        <translation>nombre d'aires protégées (sites AZE compris) que le site touche</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>names of those protected areas, &apos;; &apos;-separated</source>
        <translation>noms de ces aires protégées, séparés par « ; »</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>their ids (WDPAID / SITE_ID or the chosen id field)</source>
        <translation>leurs identifiants (WDPAID / SITE_ID ou le champ d'identifiant choisi)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>their designations (DESIG_ENG or the chosen field)</source>
        <translation>leurs désignations (DESIG_ENG ou le champ choisi)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>their levels: international, regional, national, local</source>
        <translation>leurs niveaux : international, régional, national, local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>international designations found: World Heritage, Ramsar, AZE</source>
        <translation>désignations internationales trouvées : World Heritage (patrimoine mondial), Ramsar, AZE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>strictest IUCN category among them (Ia strictest)</source>
        <translation>catégorie UICN la plus stricte parmi elles (Ia la plus stricte)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>WWF priority landscape(s) the site touches</source>
        <translation>paysage(s) prioritaire(s) du WWF que le site touche</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>Global 200 ecoregion(s) the site touches</source>
        <translation>écorégion(s) prioritaire(s) Global 200 que le site touche</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>distance to it in metres on the ellipsoid (0 inside a protected area)</source>
        <translation>distance jusqu'à elle en mètres sur l'ellipsoïde (0 dans une aire protégée)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>which kinds of layers were tested</source>
        <translation>quels types de couches ont été testés</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>kinds of layers not supplied, so not tested</source>
        <translation>types de couches non fournis, donc non testés</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>&apos;no geometry&apos; or &apos;geometry repaired&apos; where that applied</source>
        <translation>« no geometry » ou « geometry repaired » quand c'est le cas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>data version given by the user (e.g. WDPA Nov 2025)</source>
        <translation>version des données donnée par l'utilisateur (p. ex. WDPA nov. 2025)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>&apos;class&apos; rows count sites per PACE class; &apos;protected_area&apos; rows per PA</source>
        <translation>les lignes « class » comptent les sites par classe PACE ; les lignes « protected_area » par aire protégée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>the PACE class (class rows)</source>
        <translation>la classe PACE (lignes « class »)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>layer of the protected area (protected_area rows)</source>
        <translation>couche de l'aire protégée (lignes « protected_area »)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>id of the protected area</source>
        <translation>identifiant de l'aire protégée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="24"/>
        <source>name of the protected area</source>
        <translation>nom de l'aire protégée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="25"/>
        <source>designation</source>
        <translation>désignation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>level: international, regional, national, local</source>
        <translation>niveau : international, régional, national, local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="26"/>
        <source>IUCN category</source>
        <translation>Catégorie UICN</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>number of sites</source>
        <translation>nombre de sites</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>impact pathway name from the catalogue, e.g. hunting</source>
        <translation>nom de la voie d'impact dans le catalogue, p. ex. hunting</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>readable name of the pathway</source>
        <translation>nom lisible de la voie</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>outer distance of the zone in metres on the ellipsoid</source>
        <translation>distance extérieure de la zone en mètres sur l'ellipsoïde</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>inner distance of a ring (0 for a full disc)</source>
        <translation>distance intérieure d'un anneau (0 pour un disque plein)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>where the distance comes from: catalogue source, parameter or field</source>
        <translation>origine de la distance : source du catalogue, paramètre ou champ</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>confidence in the distance: high, medium, low, none</source>
        <translation>confiance dans la distance : high (élevée), medium (moyenne), low (faible), none (aucune)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>disc (site to distance) or ring (from the previous distance)</source>
        <translation>disc (du site à la distance) ou ring (depuis la distance précédente)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>number of sites in the zone (1 unless dissolved)</source>
        <translation>nombre de sites dans la zone (1 sauf fusion)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>area of the zone in hectares on the ellipsoid</source>
        <translation>superficie de la zone en hectares sur l'ellipsoïde</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>id of the protected area (WDPAID / SITE_ID or the chosen field)</source>
        <translation>identifiant de l'aire protégée (WDPAID / SITE_ID ou le champ choisi)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="27"/>
        <source>impact pathway</source>
        <translation>voie d'impact</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>hectares of the protected area inside zones of this pathway</source>
        <translation>hectares de l'aire protégée dans les zones de cette voie</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>hectares of the protected area (ellipsoidal)</source>
        <translation>hectares de l'aire protégée (sur l'ellipsoïde)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>share (0-1) of the protected area inside these zones</source>
        <translation>part (0-1) de l'aire protégée dans ces zones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>number of sites whose zones reach the protected area</source>
        <translation>nombre de sites dont les zones atteignent l'aire protégée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>those sites, &apos;; &apos;-separated</source>
        <translation>ces sites, séparés par « ; »</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>number of sites inside the protected area (when sites are given)</source>
        <translation>nombre de sites dans l'aire protégée (quand les sites sont fournis)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="59"/>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="59"/>
        <source>protected area reached by the site&apos;s zone</source>
        <translation>aire protégée atteinte par la zone du site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>its name</source>
        <translation>son nom</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="59"/>
        <source>hectares of the protected area inside the site&apos;s zone</source>
        <translation>hectares de l'aire protégée dans la zone du site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="59"/>
        <source>share (0-1) of the protected area inside the site&apos;s zone</source>
        <translation>part (0-1) de l'aire protégée dans la zone du site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>PACE class: protected_area, priority_landscape, critical_ecosystem, not_eligible, or unclassified (no geometry)</source>
        <translation>classe PACE : protected_area, priority_landscape, critical_ecosystem, not_eligible, ou unclassified (pas de géométrie)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>Global 200 status: 1 critical/endangered, 2 vulnerable, 3 stable/intact (most threatened when several)</source>
        <translation>statut Global 200 : 1 critique/en danger, 2 vulnérable, 3 stable/intacte (la plus menacée s'il y en a plusieurs)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>for a site outside every protected area: the nearest one within the search radius</source>
        <translation>pour un site hors de toute aire protégée : la plus proche dans le rayon de recherche</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>share (0-1) of a polygon site&apos;s area, or a line site&apos;s length, inside protected areas; empty for points</source>
        <translation>part (0-1) de la superficie d'un site polygone, ou de la longueur d'un site ligne, dans les aires protégées ; vide pour les points</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>why the trace stopped: length reached, network end, or a loop</source>
        <translation>pourquoi le tracé s'est arrêté : longueur atteinte, fin du réseau, ou boucle</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/site_key.py" line="25"/>
        <source>site key: the feature id of the site in the input layer, where no field named each site</source>
        <translation>clé du site : l'identifiant de l'entité du site dans la couche d'entrée, là où aucun champ ne désignait chaque site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>layer of the area</source>
        <translation>couche de la zone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>protected_area (cleaned as in the classification) or area</source>
        <translation>protected_area (nettoyée comme dans la classification) ou area</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>id of the area</source>
        <translation>identifiant de la zone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>name of the area</source>
        <translation>nom de la zone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>designation or type of the area</source>
        <translation>désignation ou type de la zone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>hectares of the area (ellipsoidal, parcels dissolved)</source>
        <translation>hectares de la zone (ellipsoïdaux, parcelles fusionnées)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="33"/>
        <source>period: 2019, 2025-Q2 or 2025-05</source>
        <translation>période : 2019, 2025-Q2 ou 2025-05</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="38"/>
        <source>trend of the area: new, accelerating, growing, steady, slowing, no_new_mining</source>
        <translation>tendance de la zone : new, accelerating, growing, steady, slowing, no_new_mining</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>first day of the period</source>
        <translation>premier jour de la période</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>hectares of new mining in the area in the period (dissolved)</source>
        <translation>hectares de nouvelle exploitation dans la zone pendant la période (fusionnés)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>hectares of mining in the area up to the end of the period</source>
        <translation>hectares exploités dans la zone jusqu'à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>share (0-1) of the area mined up to the end of the period</source>
        <translation>part (0-1) de la zone exploitée jusqu'à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>footprints or sites new in the period (or grown, for snapshots)</source>
        <translation>emprises ou sites nouveaux dans la période (ou agrandis, pour des états cumulés)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>footprints or sites in the area up to the end of the period</source>
        <translation>emprises ou sites dans la zone jusqu'à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>new hectares minus those of the period before</source>
        <translation>hectares nouveaux moins ceux de la période précédente</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>that change in percent of the period before (empty after none)</source>
        <translation>cet écart en pourcentage de la période précédente (vide après une période sans)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>hectares of the period&apos;s footprints already mined before (counted once)</source>
        <translation>hectares des emprises de la période déjà exploités avant (comptés une fois)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>snapshots: hectares of the snapshot before missing from this one (not subtracted)</source>
        <translation>états cumulés : hectares de l'état précédent absents de celui-ci (non soustraits)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>mined area field apportioned as AMW does: mined ha x share of the polygon inside</source>
        <translation>champ de surface exploitée réparti comme le fait AMW : ha exploités x part du polygone dans la zone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>the same, up to the end of the period</source>
        <translation>la même, jusqu'à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>first period with mining</source>
        <translation>première période avec exploitation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>last period with new mining</source>
        <translation>dernière période avec nouvelle exploitation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>hectares mined at the end</source>
        <translation>hectares exploités à la fin</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>share (0-1) of the area mined</source>
        <translation>part (0-1) de la zone exploitée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>new mining of the last period</source>
        <translation>nouvelle exploitation de la dernière période</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>footprints or sites in the area</source>
        <translation>emprises ou sites dans la zone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>apportioned mined area, all periods</source>
        <translation>surface exploitée répartie, toutes périodes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>date of the latest decision</source>
        <translation>date de la dernière décision</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>sites decided in the area</source>
        <translation>sites décidés dans la zone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>periods compared on each side of the decision (0: too early)</source>
        <translation>périodes comparées de chaque côté de la décision (0 : trop tôt)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>new mining per period before it</source>
        <translation>nouvelle exploitation par période avant elle</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>new mining per period after it</source>
        <translation>nouvelle exploitation par période après elle</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>footprint or site id</source>
        <translation>identifiant de l'emprise ou du site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>first period of the footprint or site</source>
        <translation>première période de l'emprise ou du site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>last period of the footprint or site</source>
        <translation>dernière période de l'emprise ou du site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>number of areas it lies in</source>
        <translation>nombre de zones où elle se trouve</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>their ids, &apos;; &apos;-separated</source>
        <translation>leurs identifiants, séparés par « ; »</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>their names, &apos;; &apos;-separated</source>
        <translation>leurs noms, séparés par « ; »</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>hectares of the footprint (ellipsoidal)</source>
        <translation>hectares de l'emprise (ellipsoïdaux)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>mined area field as given</source>
        <translation>champ de surface exploitée tel que donné</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>site decided</source>
        <translation>site décidé</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>approach decided</source>
        <translation>approche décidée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>date of the decision</source>
        <translation>date de la décision</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>area holding the site</source>
        <translation>zone qui contient le site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>ha (footprints) or sites (points)</source>
        <translation>ha (emprises) ou sites (points)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>new mining in those periods before</source>
        <translation>nouvelle exploitation dans ces périodes avant</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>new mining in those periods after</source>
        <translation>nouvelle exploitation dans ces périodes après</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>the same in words</source>
        <translation>la même chose en toutes lettres</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="19"/>
        <source>layer the protected area was read from</source>
        <translation>couche dont l'aire protégée a été lue</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/outputs.py" line="201"/>
        <source>nothing was written</source>
        <translation>rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/outputs.py" line="251"/>
        <source>The disk is full: {path} could not be written. Free some space or choose another disk; the earlier file, if any, is left as it was.</source>
        <translation>Le disque est plein : {path} n'a pas pu être écrit. Libérez de la place ou choisissez un autre disque ; le fichier précédent, s'il y en a un, est resté tel quel.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/outputs.py" line="259"/>
        <source>{path} could not be written ({reason}); the earlier file, if any, is left as it was.</source>
        <translation>{path} n'a pas pu être écrit ({reason}) ; le fichier précédent, s'il y en a un, est resté tel quel.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/outputs.py" line="297"/>
        <source>the image could not be saved</source>
        <translation>l'image n'a pas pu être enregistrée</translation>
    </message>
</context>
<context>
    <name>PaPressureAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="132"/>
        <source>Pressure on protected areas</source>
        <translation>Pression sur les aires protégées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="73"/>
        <source>asm,mining,impact,pressure,protected,area,wdpa,hectares,share</source>
        <translation>asm,emape,minier,impact,pression,aire protégée,wdpa,hectares,part</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="94"/>
        <source>Impact zones and mercury corridors</source>
        <translation>Zones d'impact et corridors du mercure</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="99"/>
        <source>Pathway field of the zones</source>
        <translation>Champ de la voie des zones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="107"/>
        <source>Site id field of the zones</source>
        <translation>Champ d'identifiant de site des zones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="115"/>
        <source>Protected areas (WDPA polygons and points, or a national layer)</source>
        <translation>Aires protégées (polygones et points de la WDPA, ou une couche nationale)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="123"/>
        <source>Mining sites (optional: to list the sites inside each protected area)</source>
        <translation>Sites miniers (facultatif : pour lister les sites dans chaque aire protégée)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="137"/>
        <source>Protected areas reached by each site</source>
        <translation>Aires protégées atteintes par chaque site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="145"/>
        <source>Protected areas under pressure</source>
        <translation>Aires protégées sous pression</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="185"/>
        <source>Pressure: {} zones read, {} protected areas under pressure ({} rows per pathway); geometries repaired: {}; features without usable geometry skipped: {}.</source>
        <translation>Pression : {} zones lues, {} aires protégées sous pression ({} lignes par voie) ; géométries réparées : {} ; entités sans géométrie utilisable ignorées : {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="208"/>
        <source>No impact-zone layer was given. Run Impact zones (or Downstream trace) first.</source>
        <translation>Aucune couche de zones d'impact n'a été fournie. Lancez d'abord Zones d'impact (ou Tracé vers l'aval).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="213"/>
        <source>The impact-zone layer &apos;{}&apos;</source>
        <translation>La couche de zones d'impact « {} »</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="217"/>
        <source>{} must hold polygons: use the output of Impact zones.</source>
        <translation>{} doit contenir des polygones : utilisez la sortie de Zones d'impact.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="221"/>
        <source>pathway</source>
        <translation>voie</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="221"/>
        <source>site id</source>
        <translation>identifiant de site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="253"/>
        <source>No protected-area layer was given. Add at least one (WDPA or national).</source>
        <translation>Aucune couche d'aires protégées n'a été fournie. Ajoutez-en au moins une (WDPA ou nationale).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="281"/>
        <source>{} of {} sites have impact zones.</source>
        <translation>{} des {} sites ont des zones d'impact.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="283"/>
        <source>0 of {} sites have impact zones under the key {}: the zones name their sites otherwise. Choose the site key field the zones were made with, or make the zones again from this site layer.</source>
        <translation>0 des {} sites a des zones d'impact sous la clé {} : les zones désignent leurs sites autrement. Choisissez le champ clé des sites avec lequel les zones ont été faites, ou refaites les zones à partir de cette couche de sites.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="237"/>
        <source>{} has no {} field &apos;{}&apos;; its fields are: {}. Use the output of Impact zones, or name the right field (empty: none).</source>
        <translation>{} n'a pas de champ {} « {} » ; ses champs sont : {}. Utilisez la sortie de Zones d'impact, ou indiquez le bon champ (vide : aucun).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="76"/>
        <source>&lt;p&gt;Measures how much of each protected area the impact zones of the mining sites cover, per impact pathway: hectares inside the zones, share of the protected area, how many sites contribute and which, and (if the site layer is given) which sites lie inside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Impact zones&lt;/b&gt;: one or more outputs of &lt;i&gt;Impact zones&lt;/i&gt; (full discs, not dissolved, so that sites can be counted) and of &lt;i&gt;Downstream trace&lt;/i&gt; (mercury corridors). Zones of several sites that overlap are counted once per pathway.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protected areas&lt;/b&gt;: WDPA or a national layer, cleaned as in &lt;i&gt;Classify sites&lt;/i&gt; (statuses kept, UNESCO-MAB left out, invalid polygons repaired). Parcels sharing an id are one protected area.&lt;/p&gt;&lt;p&gt;Areas are in hectares on the ellipsoid, never in planar degrees. Outputs: the pressured part of each protected area per pathway (polygons, EPSG:4326), and a table with one row per site, pathway and protected area reached.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: the &lt;i&gt;ASM-PACE assessment&lt;/i&gt; dock for each site under pressure, then &lt;i&gt;Site dossiers&lt;/i&gt; with these zones and the per-site table.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mesure quelle part de chaque aire protégée couvrent les zones d'impact des sites miniers, par voie d'impact : hectares dans les zones, part de l'aire protégée, combien de sites y contribuent et lesquels, et (si la couche des sites est fournie) quels sites s'y trouvent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zones d'impact&lt;/b&gt; : une ou plusieurs sorties de &lt;i&gt;Zones d'impact&lt;/i&gt; (disques pleins, non fusionnés, pour pouvoir compter les sites) et de &lt;i&gt;Tracé vers l'aval&lt;/i&gt; (corridors du mercure). Les zones de plusieurs sites qui se recouvrent sont comptées une fois par voie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aires protégées&lt;/b&gt; : la WDPA ou une couche nationale, nettoyée comme dans &lt;i&gt;Classer les sites&lt;/i&gt; (statuts gardés, MAB-UNESCO écartées, polygones invalides réparés). Les parcelles qui partagent un identifiant forment une seule aire protégée.&lt;/p&gt;&lt;p&gt;Les superficies sont en hectares sur l'ellipsoïde, jamais en degrés planaires. Sorties : la partie sous pression de chaque aire protégée par voie (polygones, EPSG:4326), et une table avec une ligne par site, voie et aire protégée atteinte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Étape suivante&lt;/b&gt; : le panneau &lt;i&gt;Évaluation ASM-PACE&lt;/i&gt; pour chaque site sous pression, puis &lt;i&gt;Dossiers de sites&lt;/i&gt; avec ces zones et la table par site.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PaceClasses</name>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="24"/>
        <source>In a protected area</source>
        <translation>Dans une aire protégée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="25"/>
        <source>In a WWF priority landscape</source>
        <translation>Dans un paysage prioritaire du WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="26"/>
        <source>In a Global 200 ecoregion (critical ecosystem)</source>
        <translation>Dans une écorégion prioritaire Global 200 (écosystème critique)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="27"/>
        <source>Not PACE (outside all tested layers)</source>
        <translation>Hors PACE (en dehors de toutes les couches testées)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="28"/>
        <source>Not classified (site has no geometry)</source>
        <translation>Non classé (le site n'a pas de géométrie)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="56"/>
        <source>critical or endangered</source>
        <translation>critique ou en danger</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="57"/>
        <source>vulnerable</source>
        <translation>vulnérable</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="58"/>
        <source>relatively stable or intact</source>
        <translation>relativement stable ou intacte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="31"/>
        <source>international</source>
        <translation>international</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="32"/>
        <source>regional</source>
        <translation>régional</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="33"/>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="34"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="37"/>
        <source>World Heritage</source>
        <translation>Patrimoine mondial</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/profile_page.py" line="45"/>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/profile_page.py" line="27"/>
        <source>Also answers the site-context question of the Management options page.</source>
        <translation>Répond aussi à la question de contexte du site de la page Options de gestion.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="171"/>
        <source>not a line after repair</source>
        <translation>pas une ligne après réparation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="161"/>
        <source>no pathway applies</source>
        <translation>aucune voie ne s'applique</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="17"/>
        <source>no geometry</source>
        <translation>pas de géométrie</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="18"/>
        <source>geometry repaired</source>
        <translation>géométrie réparée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="154"/>
        <source>switched off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="154"/>
        <source>unreadable value in {field}</source>
        <translation>valeur illisible dans {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="172"/>
        <source>zero, negative or unreadable {field}</source>
        <translation>{field} nul, négatif ou illisible</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="183"/>
        <source>empty {field}</source>
        <translation>{field} vide</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="47"/>
        <source>could not be reprojected to WGS 84</source>
        <translation>n'a pas pu être reprojeté en WGS 84</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="118"/>
        <source>KBA that is not an AZE site</source>
        <translation>KBA qui n'est pas un site AZE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="185"/>
        <source>not a Global 200 ecoregion</source>
        <translation>pas une écorégion Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="41"/>
        <source>invalid geometry that could not be repaired</source>
        <translation>géométrie invalide qui n'a pas pu être réparée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="157"/>
        <source>status not kept</source>
        <translation>statut non gardé</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="158"/>
        <source>UNESCO-MAB Biosphere Reserve</source>
        <translation>réserve de biosphère MAB-UNESCO</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="159"/>
        <source>point without reported area</source>
        <translation>point sans superficie déclarée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="163"/>
        <source>point (circles switched off)</source>
        <translation>point (cercles désactivés)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="165"/>
        <source>invalid geometry not repaired</source>
        <translation>géométrie invalide non réparée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="19"/>
        <source>coordinates out of range</source>
        <translation>coordonnées hors limites</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="164"/>
        <source>unreadable {field} (make it a number field)</source>
        <translation>{field} illisible (faites-en un champ numérique)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="160"/>
        <source>point reporting more than 2,000,000 km² (larger than any protected area)</source>
        <translation>point déclarant plus de 2 000 000 km² (plus grand que toute aire protégée)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="19"/>
        <source>no polygon left after repair</source>
        <translation>aucun polygone après réparation</translation>
    </message>
</context>
<context>
    <name>ReferenceLayers</name>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="197"/>
        <source>protected areas</source>
        <translation>aires protégées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="285"/>
        <source>landscapes</source>
        <translation>paysages</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="286"/>
        <source>ecoregions</source>
        <translation>écorégions</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="208"/>
        <source>The {} layer &apos;{}&apos; is empty. Remove it or choose another layer.</source>
        <translation>La couche {} « {} » est vide. Retirez-la ou choisissez une autre couche.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="330"/>
        <source>Global 200 ecoregions</source>
        <translation>écorégions Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="336"/>
        <source>AZE sites</source>
        <translation>sites AZE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="338"/>
        <source>Not tested, as no layer was given: {}</source>
        <translation>Non testé, faute de couche fournie : {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="274"/>
        <source>No protected-area layer was given. Add at least one (the WDPA for your country, or a national layer): without it no site can be screened.</source>
        <translation>Aucune couche d'aires protégées n'a été fournie. Ajoutez-en au moins une (la WDPA de votre pays, ou une couche nationale) : sans elle aucun site ne peut être trié.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="259"/>
        <source>No protected area was left after cleaning (the log says what each rule left out): check the statuses to keep, the UNESCO-MAB and point options, and the layers.</source>
        <translation>Il ne reste aucune aire protégée après nettoyage (le journal dit ce que chaque règle a écarté) : vérifiez les statuts à garder, les options MAB-UNESCO et points, et les couches.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="314"/>
        <source>No protected area within {} km of any site: every site is not eligible (nothing was read from {}).</source>
        <translation>Aucune aire protégée à moins de {} km d'un site : aucun site n'est éligible (rien n'a été lu dans {}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="224"/>
        <source>{layer}: {schema}; fields read: {fields}</source>
        <translation>{layer} : {schema} ; champs lus : {fields}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/areas.py" line="14"/>
        <source>areas</source>
        <translation>zones</translation>
    </message>
</context>
<context>
    <name>References</name>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="65"/>
        <source>{layer}: {parts}</source>
        <translation>{layer} : {parts}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="149"/>
        <source>polygons (or WDPA points with REP_AREA)</source>
        <translation>polygones (ou points de la WDPA avec REP_AREA)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="149"/>
        <source>polygons</source>
        <translation>polygones</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="154"/>
        <source>no geometry</source>
        <translation>pas de géométrie</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="154"/>
        <source>lines</source>
        <translation>des lignes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="100"/>
        <source>protected-area</source>
        <translation>aires protégées</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="137"/>
        <source>AZE / KBA</source>
        <translation>AZE / KBA</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="152"/>
        <source>landscape</source>
        <translation>paysages</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="147"/>
        <source>The landscape layer &apos;{layer_name}&apos;: {error}.</source>
        <translation>La couche de paysages « {layer_name} » : {error}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="193"/>
        <source>ecoregion</source>
        <translation>écorégions</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="154"/>
        <source>The {kind} layer &apos;{layer_name}&apos; has no {wanted}: it holds {value}. Choose a polygon layer.</source>
        <translation>La couche « {layer_name} » ({kind}) n'a pas de {wanted} : elle contient {value}. Choisissez une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="273"/>
        <source>A layer has no valid CRS: set its CRS (Layer Properties &gt; Source) and run again.</source>
        <translation>Une couche n'a pas de SCR valide : définissez son SCR (Propriétés de la couche &gt; Source) et relancez.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="59"/>
        <source>The protected-area layer '{layer_name}' holds points but no reported-area field (WDPA's REP_AREA, km²), so no circle can be drawn. Use the WDPA polygon layer, or a point layer with REP_AREA.</source>
        <translation>La couche d'aires protégées « {layer_name} » contient des points mais aucun champ de superficie déclarée (REP_AREA de la WDPA, km²) : aucun cercle ne peut être tracé. Utilisez la couche de polygones de la WDPA, ou une couche de points avec REP_AREA.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="172"/>
        <source>The ecoregion layer &apos;{layer_name}&apos; has no Global 200 field (G200_REGIO or G200_NUM), so its Global 200 ecoregions cannot be told apart. Use WWF&apos;s TEOW layer (wwf_terr_ecos), or tick &apos;Ecoregion layers hold only Global 200 ecoregions&apos; if every polygon of this layer is a Global 200 ecoregion.</source>
        <translation>La couche d'écorégions « {layer_name} » n'a pas de champ Global 200 (G200_REGIO ou G200_NUM) : ses écorégions Global 200 ne peuvent pas être distinguées. Utilisez la couche TEOW du WWF (wwf_terr_ecos), ou cochez « Les couches d'écorégions ne contiennent que des écorégions Global 200 » si chaque polygone de cette couche est une écorégion Global 200.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/areas.py" line="56"/>
        <source>area</source>
        <translation>zone</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="47"/>
        <source>features used: {kept} of {read}</source>
        <translation>entités utilisées : {kept} sur {read}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="50"/>
        <source>invalid geometries repaired: {count}</source>
        <translation>géométries invalides réparées : {count}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="54"/>
        <source>points turned into circles of their reported area: {count}</source>
        <translation>points transformés en cercles de leur superficie déclarée : {count}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="59"/>
        <source>left out ({reason}): {count}</source>
        <translation>écartées ({reason}) : {count}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="65"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>RiverNetwork</name>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="104"/>
        <source>the downstream-id field {field} (reach ids in {reach_field})</source>
        <translation>le champ d'identifiant aval {field} (identifiants des tronçons dans {reach_field})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="104"/>
        <source>the downstream-id field {field} (reach ids are feature ids)</source>
        <translation>le champ d'identifiant aval {field} (les identifiants des tronçons sont ceux des entités)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="121"/>
        <source>the digitising direction of the lines (first vertex upstream)</source>
        <translation>le sens de numérisation des lignes (premier sommet en amont)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="67"/>
        <source>River network: {lines} lines ({parts} parts), {without_geometry} without geometry skipped; flow direction from {direction}; {joins} loose line ends joined to a nearby river; {head_to_head} places where lines meet head to head (no outflow).</source>
        <translation>Réseau hydrographique : {lines} lignes ({parts} parties), {without_geometry} sans géométrie ignorées ; sens d'écoulement d'après {direction} ; {joins} extrémités libres reliées à une rivière proche ; {head_to_head} endroits où des lignes se rencontrent tête-bêche (sans exutoire).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="65"/>
        <source>Impact-pathway catalogue {path}: no row &apos;{pathway}&apos; with a distance_m. Give the length to trace, or restore the row.</source>
        <translation>Catalogue des voies d'impact {path} : pas de ligne « {pathway} » avec une distance_m. Donnez la longueur à tracer, ou rétablissez la ligne.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="135"/>
        <source>Reading the river network...</source>
        <translation>Lecture du réseau hydrographique...</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="144"/>
        <source>River lines repaired or left out: {}</source>
        <translation>Lignes de rivières réparées ou écartées : {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="152"/>
        <source>No downstream-id field: the flow direction is assumed to be the digitising direction of the lines. Check on the map that traces run downstream.</source>
        <translation>Pas de champ d'identifiant aval : le sens d'écoulement est supposé être le sens de numérisation des lignes. Vérifiez sur la carte que les tracés vont vers l'aval.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="160"/>
        <source>The river layer has no usable line. Choose another layer.</source>
        <translation>La couche des rivières n'a aucune ligne utilisable. Choisissez une autre couche.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="78"/>
        <source>snap distance</source>
        <translation>distance d'accrochage</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="78"/>
        <source>length to trace</source>
        <translation>longueur à tracer</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="78"/>
        <source>corridor width</source>
        <translation>largeur du corridor</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="84"/>
        <source>The {} must be more than 0 metres (it is {:g}). Give a positive distance.</source>
        <translation>La valeur « {} » doit dépasser 0 mètre (elle vaut {:g}). Donnez une distance positive.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="91"/>
        <source>The corridor width ({:g} m) is beyond twice {:,.0f} km, the farthest a zone is drawn true to its area. Give a smaller width.</source>
        <translation>La largeur du corridor ({:g} m) dépasse deux fois {:,.0f} km, la plus grande distance à laquelle une zone est tracée fidèle à sa superficie. Donnez une largeur plus petite.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="101"/>
        <source>The length to trace, {} m, is very small (default: {} m). Lengths are in metres: for {} km, type {}.</source>
        <translation>La longueur à tracer, {} m, est très petite (par défaut : {} m). Les longueurs sont en mètres : pour {} km, tapez {}.</translation>
    </message>
</context>
<context>
    <name>SiteDossiersAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="75"/>
        <source>Site dossiers</source>
        <translation>Dossiers de sites</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="81"/>
        <source>asm,pace,dossier,report,pdf,html,atlas,stakeholders,decision</source>
        <translation>asm,pace,dossier,rapport,pdf,html,atlas,parties prenantes,décision</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="114"/>
        <source>Protected areas for the map</source>
        <translation>Aires protégées pour la carte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="114"/>
        <source>WWF priority landscapes for the map</source>
        <translation>Paysages prioritaires du WWF pour la carte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="114"/>
        <source>Ecoregions for the map</source>
        <translation>Écorégions pour la carte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="128"/>
        <source>Site key field of the impact zones</source>
        <translation>Champ clé des sites des zones d'impact</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="147"/>
        <source>Site key field of the pressure table</source>
        <translation>Champ clé des sites de la table de pression</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="159"/>
        <source>Data sources and versions to print (e.g. WDPA November 2025; WWF TEOW 2001)</source>
        <translation>Sources et versions des données à imprimer (p. ex. WDPA novembre 2025 ; WWF TEOW 2001)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="167"/>
        <source>Language of the dossiers</source>
        <translation>Langue des dossiers</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="168"/>
        <source>Dossiers (PDF)</source>
        <translation>Dossiers (PDF)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="168"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="173"/>
        <source>Dossiers (HTML)</source>
        <translation>Dossiers (HTML)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="173"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="179"/>
        <source>Number of dossiers</source>
        <translation>Nombre de dossiers</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="180"/>
        <source>Number of PDF pages</source>
        <translation>Nombre de pages PDF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="294"/>
        <source>No site to write a dossier for: give site keys the workspace holds.</source>
        <translation>Aucun site pour lequel écrire un dossier : donnez des clés de sites que contient l'espace de travail.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="314"/>
        <source>Map data: {sources}</source>
        <translation>Données de la carte : {sources}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="281"/>
        <source>Contacts and sensitive stakeholders are INCLUDED: do not share widely.</source>
        <translation>Les contacts et les parties prenantes sensibles sont INCLUS : ne pas diffuser largement.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="155"/>
        <source>0 of {} sites have impact zones under the key {}: the maps will show no zone. Choose the site key field of the impact zones, or make the zones again from the classified sites.</source>
        <translation>0 des {} sites a des zones d'impact sous la clé {} : les cartes ne montreront aucune zone. Choisissez le champ clé des sites des zones d'impact, ou refaites les zones à partir des sites classés.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="122"/>
        <source>Impact zones (the output of Impact zones)</source>
        <translation>Zones d'impact (la sortie de Zones d'impact)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="141"/>
        <source>Pressure per site (table of Pressure on protected areas)</source>
        <translation>Pression par site (table de Pression sur les aires protégées)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="314"/>
        <source>none given (the sites alone)</source>
        <translation>aucune donnée (les sites seuls)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="88"/>
        <source>&lt;p&gt;Writes a &lt;b&gt;dossier&lt;/b&gt; for each site, to print or send before a meeting: a map of the site with the protected areas, landscapes, ecoregions, impact zones and mercury corridors you give (scale bar, north arrow, legend, data sources); its PACE classification and designations; pressure figures; the site profile; the stakeholders with their influence–interest grid and relation network; the fit of each management approach with its reasons; the decision, its rationale and its history; the date and the plugin version.&lt;/p&gt;&lt;p&gt;One &lt;b&gt;PDF&lt;/b&gt; holds a section of pages per site; the &lt;b&gt;HTML&lt;/b&gt; page holds the same, with its pictures in a folder beside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt;: all sites of the workspace, or the classified-sites layer (tick &lt;i&gt;Selected features only&lt;/i&gt; for a selection). &lt;b&gt;Site keys&lt;/b&gt; narrows to some sites (comma-separated).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safe to share by default&lt;/b&gt;: sensitive stakeholders (marked so in the dock, or of a sensitive group) and contacts not marked shareable are left out, and each dossier says how many. Tick &lt;i&gt;Include contacts and sensitive stakeholders&lt;/i&gt; only for a dossier that stays with people entitled to them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: take the dossiers to the meeting; record the decision in the dock, then &lt;i&gt;Export assessments (table)&lt;/i&gt; for programme reporting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Écrit un &lt;b&gt;dossier&lt;/b&gt; pour chaque site, à imprimer ou à envoyer avant une réunion : une carte du site avec les aires protégées, paysages, écorégions, zones d'impact et corridors du mercure que vous fournissez (échelle, flèche du nord, légende, sources des données) ; sa classification PACE et ses désignations ; les chiffres de pression ; le profil du site ; les parties prenantes avec leur grille influence–intérêt et leur réseau de relations ; la pertinence de chaque approche de gestion avec ses raisons ; la décision, sa justification et son historique ; la date et la version de l'extension.&lt;/p&gt;&lt;p&gt;Un seul &lt;b&gt;PDF&lt;/b&gt; contient une section de pages par site ; la page &lt;b&gt;HTML&lt;/b&gt; contient la même chose, avec ses images dans un dossier à côté.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt; : tous les sites de l'espace de travail, ou la couche des sites classés (cochez &lt;i&gt;Entités sélectionnées uniquement&lt;/i&gt; pour une sélection). &lt;b&gt;Clés des sites&lt;/b&gt; restreint à certains sites (séparées par des virgules).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Partageable par défaut&lt;/b&gt; : les parties prenantes sensibles (marquées comme telles dans le panneau, ou d'un groupe sensible) et les contacts non marqués partageables sont écartés, et chaque dossier dit combien. Ne cochez &lt;i&gt;Inclure les contacts et les parties prenantes sensibles&lt;/i&gt; que pour un dossier qui reste entre les mains de personnes habilitées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Étape suivante&lt;/b&gt; : emportez les dossiers à la réunion ; consignez la décision dans le panneau, puis &lt;i&gt;Exporter les évaluations (table)&lt;/i&gt; pour les rapports du programme.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="135"/>
        <source>Mercury and sediment corridors (the output of Downstream trace)</source>
        <translation>Corridors du mercure et des sédiments (sortie du Tracé vers l'aval)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="185"/>
        <source>No map layer is given (protected areas, landscapes, ecoregions, impact zones or corridors): the maps will show the sites alone. Choose the layers above to draw them.</source>
        <translation>Aucune couche n'est donnée pour la carte (aires protégées, paysages, écorégions, zones d'impact ou corridors) : les cartes ne montreront que les sites. Choisissez ces couches ci-dessus pour les dessiner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="273"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="274"/>
        <source>%n PDF page(s)</source>
        <translation>
            <numerusform>%n page PDF</numerusform>
            <numerusform>%n pages PDF</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="275"/>
        <source>{dossiers} on {pages}.</source>
        <translation>{dossiers} sur {pages}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="153"/>
        <source>Mining per area and period (the table of Mining over time)</source>
        <translation>Exploitation par zone et par période (la table d'Exploitation minière dans le temps)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="255"/>
        <source>Mining per area and period</source>
        <translation>Exploitation par zone et par période</translation>
    </message>
</context>
<context>
    <name>SiteListTask</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/site_list.py" line="45"/>
        <source>ASM-PACE: reading the sites</source>
        <translation>ASM-PACE : lecture des sites</translation>
    </message>
</context>
<context>
    <name>SiteProfile</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Minerals</source>
        <translation>Minerais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Deposit type</source>
        <translation>Type de gisement</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>alluvial</source>
        <translation>alluvionnaire</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>hard rock</source>
        <translation>roche dure</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>alluvial and hard rock</source>
        <translation>alluvionnaire et roche dure</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Extraction methods</source>
        <translation>Méthodes d'extraction</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Processing methods</source>
        <translation>Méthodes de traitement</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Number of miners</source>
        <translation>Nombre d'exploitants</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Mercury use</source>
        <translation>Usage du mercure</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Legal status of mining here</source>
        <translation>Statut légal de l'exploitation minière ici</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>legal</source>
        <translation>légale</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>legal in zones only</source>
        <translation>légale dans certaines zones seulement</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>illegal</source>
        <translation>illégale</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Armed actors present</source>
        <translation>Acteurs armés présents</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>present</source>
        <translation>présents</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>in control</source>
        <translation>contrôlent le site</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Years active</source>
        <translation>Années d'activité</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>StakeholderCharts</name>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="224"/>
        <source>interest →</source>
        <translation>intérêt →</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="226"/>
        <source>influence ↑</source>
        <translation>influence ↑</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="182"/>
        <source>Colour: stance</source>
        <translation>Couleur : position</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="274"/>
        <source>Line: relation</source>
        <translation>Trait : relation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="283"/>
        <source>thicker: stronger · arrow: one way</source>
        <translation>plus épais : plus forte · flèche : dans un sens</translation>
    </message>
</context>
<context>
    <name>StakeholderPage</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="51"/>
        <source>Unticked (the default): the contact is left out of dossiers and exports unless asked.</source>
        <translation>Décoché (par défaut) : le contact est écarté des dossiers et des exports sauf demande.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="101"/>
        <source>Add stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="109"/>
        <source>Selected stakeholder</source>
        <translation>Partie prenante sélectionnée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="119"/>
        <source>left out of dossiers and exports unless shareable</source>
        <translation>écarté des dossiers et des exports sauf s'il est partageable</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="122"/>
        <source>Sensitive: leave this person out of dossiers and exports</source>
        <translation>Sensible : écarter cette personne des dossiers et des exports</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="125"/>
        <source>Contact may be shared</source>
        <translation>Le contact peut être partagé</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="129"/>
        <source>Place on map</source>
        <translation>Placer sur la carte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="133"/>
        <source>Remove stakeholder</source>
        <translation>Retirer la partie prenante</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Influence (0–5)</source>
        <translation>Influence (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Interest (0–5)</source>
        <translation>Intérêt (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Location (optional)</source>
        <translation>Emplacement (facultatif)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="213"/>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="184"/>
        <source>strength </source>
        <translation>intensité </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="186"/>
        <source>Relate</source>
        <translation>Relier</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="191"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="192"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="193"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="194"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="199"/>
        <source>Remove relation</source>
        <translation>Retirer la relation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="209"/>
        <source>Influence–interest</source>
        <translation>Influence–intérêt</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="209"/>
        <source>Influence–interest grid</source>
        <translation>Grille influence–intérêt</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="213"/>
        <source>Relation network</source>
        <translation>Réseau de relations</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="226"/>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="227"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="228"/>
        <source>Export contacts and sensitive stakeholders too</source>
        <translation>Exporter aussi les contacts et les parties prenantes sensibles</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="260"/>
        <source>{source} {arrow} {target}: {relation} (strength {strength})</source>
        <translation>{source} {arrow} {target} : {relation} (intensité {strength})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="319"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="324"/>
        <source>Click the map to place this stakeholder (now: {where})</source>
        <translation>Cliquez sur la carte pour placer cette partie prenante (actuellement : {where})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="465"/>
        <source>%n CSV rows skipped: {errors}</source>
        <translation>
            <numerusform>%n ligne CSV ignorée : {errors}</numerusform>
            <numerusform>%n lignes CSV ignorées : {errors}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="473"/>
        <source>Import stakeholders</source>
        <translation>Importer des parties prenantes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="483"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="483"/>
        <source>Export stakeholders</source>
        <translation>Exporter les parties prenantes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="42"/>
        <source>Ticked: this person is left out of dossiers and exports unless they are explicitly included.</source>
        <translation>Coché : cette personne est écartée des dossiers et des exports sauf si on les inclut explicitement.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="46"/>
        <source>Everyone in the group “{group}” is sensitive: left out of dossiers and exports unless they are explicitly included.</source>
        <translation>Toutes les personnes du groupe « {group} » sont sensibles : écartées des dossiers et des exports sauf si on les inclut explicitement.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="185"/>
        <source>1 weak, 2 medium, 3 strong</source>
        <translation>1 faible, 2 moyenne, 3 forte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="456"/>
        <source>Could not read {path}: {error}</source>
        <translation>Impossible de lire {path} : {error}</translation>
    </message>
</context>
<context>
    <name>Stakeholders</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="27"/>
        <source>Key players (engage actively)</source>
        <translation>Acteurs clés (impliquer activement)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="28"/>
        <source>Context setters (monitor, possible risk)</source>
        <translation>Acteurs de contexte (suivre, risque possible)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="29"/>
        <source>Subjects (empower)</source>
        <translation>Sujets (renforcer leur pouvoir d'agir)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="30"/>
        <source>Crowd (monitor for change)</source>
        <translation>Foule (surveiller les changements)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="34"/>
        <source>Key players</source>
        <translation>Acteurs clés</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="35"/>
        <source>Context setters</source>
        <translation>Acteurs de contexte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="36"/>
        <source>Subjects</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="37"/>
        <source>Crowd</source>
        <translation>Foule</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="40"/>
        <source>strongly against</source>
        <translation>très opposé</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="41"/>
        <source>against</source>
        <translation>opposé</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="42"/>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="43"/>
        <source>in favour</source>
        <translation>favorable</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="44"/>
        <source>strongly in favour</source>
        <translation>très favorable</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="78"/>
        <source>{label} must be a whole number, not {value!r}</source>
        <translation>{label} doit être un nombre entier, pas {value!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="85"/>
        <source>{label} must be between {low} and {high}, not {number}</source>
        <translation>{label} doit être entre {low} et {high}, pas {number}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="96"/>
        <source>{label} must be yes or no (1 or 0), not {value!r}</source>
        <translation>{label} doit être oui ou non (1 ou 0), pas {value!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="107"/>
        <source>a stakeholder needs a name</source>
        <translation>une partie prenante doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="109"/>
        <source>unknown stakeholder group {group!r}</source>
        <translation>groupe de parties prenantes inconnu {group!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="134"/>
        <source>a location needs both longitude and latitude</source>
        <translation>un emplacement demande la longitude et la latitude</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="239"/>
        <source>line 1: missing columns {columns}</source>
        <translation>ligne 1 : colonnes manquantes {columns}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="265"/>
        <source>line {line}: {problem}</source>
        <translation>ligne {line} : {problem}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="138"/>
        <source>longitude / latitude out of range: {longitude}, {latitude} (longitude -180 to 180, latitude -90 to 90)</source>
        <translation>longitude / latitude hors limites : {longitude}, {latitude} (longitude de -180 à 180, latitude de -90 à 90)</translation>
    </message>
</context>
<context>
    <name>StreamResult</name>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/stream.py" line="125"/>
        <source>{label}: {count}</source>
        <translation>{label} : {count}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/stream.py" line="131"/>
        <source>Classified {total} sites: {counts}; site geometries repaired: {repaired_sites}; reference geometries repaired: {repaired_references}; protected-area points without reported area dropped: {dropped_points}.</source>
        <translation>{total} sites classés : {counts} ; géométries de sites réparées : {repaired_sites} ; géométries de référence réparées : {repaired_references} ; points d'aires protégées sans superficie déclarée écartés : {dropped_points}.</translation>
    </message>
</context>
<context>
    <name>Wdpa</name>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="107"/>
        <source>{error} (for {value})</source>
        <translation>{error} (pour {value})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="196"/>
        <source>No protected-area layer has the field {missing}. Their fields are: {fields}. Check the spelling, or leave the parameter empty to detect it.</source>
        <translation>Aucune couche d'aires protégées n'a le champ {missing}. Leurs champs sont : {fields}. Vérifiez l'orthographe, ou laissez le paramètre vide pour le détecter.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Designated</source>
        <translation>Désignée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Inscribed</source>
        <translation>Inscrite</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Established</source>
        <translation>Établie</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Not reported</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="21"/>
        <source>WDPA (classic schema)</source>
        <translation>WDPA (schéma classique)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="22"/>
        <source>WDPA (November 2025 schema)</source>
        <translation>WDPA (schéma de novembre 2025)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="23"/>
        <source>national or other layer</source>
        <translation>couche nationale ou autre</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="27"/>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="28"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="29"/>
        <source>designation</source>
        <translation>désignation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="30"/>
        <source>designation type</source>
        <translation>type de désignation</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="31"/>
        <source>IUCN category</source>
        <translation>catégorie UICN</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="32"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="33"/>
        <source>governance</source>
        <translation>gouvernance</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="34"/>
        <source>reported area</source>
        <translation>superficie déclarée</translation>
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
        <translation>pas commencée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="8"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="9"/>
        <source>decided</source>
        <translation>décidée</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="69"/>
        <source>one way</source>
        <translation>dans un sens</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="69"/>
        <source>both ways</source>
        <translation>dans les deux sens</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/shared/site_key.py" line="119"/>
        <source>%n site(s) have no {key_field} and are not listed</source>
        <translation>
            <numerusform>%n site n'a pas de {key_field} et n'est pas listé</numerusform>
            <numerusform>%n sites n'ont pas de {key_field} et ne sont pas listés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="112"/>
        <source>{table} has no field {field!r}</source>
        <translation>{table} n'a pas de champ {field!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="289"/>
        <source>a relation links two different stakeholders</source>
        <translation>une relation relie deux parties prenantes différentes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="291"/>
        <source>direction must be one of {RELATION_DIRECTIONS}</source>
        <translation>le sens doit être l'un de {RELATION_DIRECTIONS}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="370"/>
        <source>a decision needs a rationale</source>
        <translation>une décision doit avoir une justification</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace_schema.py" line="249"/>
        <source>The workspace {name} could not be used: {error}</source>
        <translation>L'espace de travail {name} n'a pas pu être utilisé : {error}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="456"/>
        <source>{name} is not an ASM-PACE assessment workspace (no asm_pace_meta table).</source>
        <translation>{name} n'est pas un espace de travail d'évaluation ASM-PACE (pas de table asm_pace_meta).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="368"/>
        <source>a decision needs an approach: choose one</source>
        <translation>une décision demande une approche : choisissez-en une</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/shared/site_key.py" line="126"/>
        <source>%n {key_field} value(s) are used by several sites, which share one assessment: {shown}</source>
        <translation>
            <numerusform>%n valeur de {key_field} est utilisée par plusieurs sites, qui partagent une même évaluation : {shown}</numerusform>
            <numerusform>%n valeurs de {key_field} sont utilisées par plusieurs sites, qui partagent une même évaluation : {shown}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace_schema.py" line="241"/>
        <source>The workspace {name} is being written by another program (another QGIS?). Your change was not saved: try again in a moment, or close the other program.</source>
        <translation>L'espace de travail {name} est en cours d'écriture par un autre programme (un autre QGIS ?). Votre modification n'a pas été enregistrée : réessayez dans un instant, ou fermez l'autre programme.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="478"/>
        <source>{name} was written by a newer ASM-PACE plugin (schema {current}, this one knows {SCHEMA_VERSION}): update the plugin to open it.</source>
        <translation>{name} a été écrit par une version plus récente de l'extension ASM-PACE (schéma {current}, celle-ci connaît {SCHEMA_VERSION}) : mettez l'extension à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="61"/>
        <source>This stakeholder was deleted meanwhile (in another QGIS?). Nothing was saved: choose the site again to see its stakeholders as they are now.</source>
        <translation>Cette partie prenante a été supprimée entre-temps (dans un autre QGIS ?). Rien n'a été enregistré : choisissez à nouveau le site pour voir ses parties prenantes telles qu'elles sont.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="302"/>
        <source>One of the two stakeholders of this relation was deleted meanwhile (in another QGIS?). The relation was not saved: choose the stakeholders again.</source>
        <translation>L'une des deux parties prenantes de cette relation a été supprimée entre-temps (dans un autre QGIS ?). La relation n'a pas été enregistrée : choisissez à nouveau les parties prenantes.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="468"/>
        <source>{name} is damaged: its schema version is {row!r}, not a number (the table asm_pace_meta was edited by hand?). Restore the file from a backup.</source>
        <translation>{name} est endommagé : sa version de schéma est {row!r}, pas un nombre (la table asm_pace_meta a été modifiée à la main ?). Restaurez le fichier depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="492"/>
        <source>{name} is damaged: it lacks its table(s) or column(s) {missing} (deleted by hand or by another program?). Restore the file from a backup; nothing was changed in it.</source>
        <translation>{name} est endommagé : il lui manque la ou les tables ou colonnes {missing} (supprimées à la main ou par un autre programme ?). Restaurez le fichier depuis une sauvegarde ; rien n'y a été modifié.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace_schema.py" line="288"/>
        <source>{name} is empty: it is not an assessment workspace yet. Choose the .gpkg the dock writes (the dock makes a new one when you start an assessment).</source>
        <translation>{name} est vide : ce n'est pas encore un espace de travail d'évaluation. Choisissez le .gpkg qu'écrit le panneau (le panneau en crée un nouveau quand vous commencez une évaluation).</translation>
    </message>
</context>
</TS>
