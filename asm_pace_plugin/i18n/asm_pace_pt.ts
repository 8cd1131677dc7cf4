<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AlgorithmDialog</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="114"/>
        <source>{warning}

Run anyway?</source>
        <translation>{warning}

Executar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="49"/>
        <source>This project has never been saved: the layers this step makes would be temporary, lost when QGIS closes or crashes. Save the project now, and they are written to a GeoPackage beside it (its name{suffix}), where they stay.</source>
        <translation>Este projeto nunca foi salvo: as camadas que esta etapa produz seriam temporárias, perdidas quando o QGIS fechar ou travar. Salve o projeto agora: elas serão gravadas num GeoPackage ao lado dele (o seu nome{suffix}), onde ficam guardadas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="57"/>
        <source>Save the project…</source>
        <translation>Salvar o projeto…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="58"/>
        <source>Keep them temporary</source>
        <translation>Mantê-las temporárias</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="69"/>
        <source>Save the project</source>
        <translation>Salvar o projeto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="69"/>
        <source>QGIS projects (*.qgz)</source>
        <translation>Projetos do QGIS (*.qgz)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/algorithm_dialog.py" line="79"/>
        <source>The project could not be saved: {error}</source>
        <translation>Não foi possível salvar o projeto: {error}</translation>
    </message>
</context>
<context>
    <name>ApproachFit</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="20"/>
        <source>recommended</source>
        <translation>recomendada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="21"/>
        <source>possible</source>
        <translation>possível</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="22"/>
        <source>not advisable</source>
        <translation>desaconselhada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="40"/>
        <source>protected area</source>
        <translation>área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="41"/>
        <source>WWF priority landscape</source>
        <translation>Paisagem prioritária do WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="42"/>
        <source>Global 200 ecoregion (critical ecosystem)</source>
        <translation>ecorregião prioritária Global 200 (ecossistema crítico)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="43"/>
        <source>place outside the PACE layers tested</source>
        <translation>lugar fora das camadas PACE testadas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="44"/>
        <source>site not classified</source>
        <translation>local não classificado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="135"/>
        <source>It is never recommended on its own: combine it with other approaches.</source>
        <translation>Nunca é recomendada sozinha: combine-a com outras abordagens.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="141"/>
        <source>Nothing answered so far argues for or against this approach here.</source>
        <translation>Nada do que foi respondido até agora pesa a favor ou contra esta abordagem aqui.</translation>
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
        <translation>possível</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="58"/>
        <source>possible</source>
        <comment>masculine</comment>
        <translation>possível</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="59"/>
        <source>possible</source>
        <comment>feminine plural</comment>
        <translation>possíveis</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="60"/>
        <source>possible</source>
        <comment>masculine plural</comment>
        <translation>possíveis</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="61"/>
        <source>not advisable</source>
        <comment>feminine</comment>
        <translation>desaconselhada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="62"/>
        <source>not advisable</source>
        <comment>masculine</comment>
        <translation>desaconselhado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="63"/>
        <source>not advisable</source>
        <comment>feminine plural</comment>
        <translation>desaconselhadas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/approach_fit.py" line="64"/>
        <source>not advisable</source>
        <comment>masculine plural</comment>
        <translation>desaconselhados</translation>
    </message>
</context>
<context>
    <name>AreaReport</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="95"/>
        <source>sites</source>
        <translation>locais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="95"/>
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="109"/>
        <source>The layer &apos;{layer}&apos; is the trend table of Mining over time (one row per area). Give its table per area and period instead (the output &apos;Mining per area and period&apos;).</source>
        <translation>A camada &quot;{layer}&quot; é a tabela de tendências de Mineração ao longo do tempo (uma linha por área). Indique em vez disso sua tabela por área e período (a saída &quot;Mineração por área e período&quot;).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="116"/>
        <source>The layer &apos;{layer}&apos; is not the table per area and period of Mining over time: it lacks the fields {fields}. Run Mining over time and give its output &apos;Mining per area and period&apos;.</source>
        <translation>A camada &quot;{layer}&quot; não é a tabela por área e período de Mineração ao longo do tempo: faltam-lhe os campos {fields}. Execute Mineração ao longo do tempo e indique sua saída &quot;Mineração por área e período&quot;.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="129"/>
        <source>The layer &apos;{layer}&apos; is not the footprints layer of Mining over time: it lacks the fields {fields}. Give its output &apos;Footprints with their areas and periods&apos;, or leave it empty (the maps then show the new mining inside each area).</source>
        <translation>A camada &quot;{layer}&quot; não é a camada de áreas mineradas de Mineração ao longo do tempo: faltam-lhe os campos {fields}. Indique sua saída &quot;Áreas mineradas com suas áreas e períodos&quot;, ou deixe-a vazia (os mapas mostram então a mineração nova dentro de cada área).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="151"/>
        <source>The period &apos;{period}&apos; of the area &apos;{area}&apos; in &apos;{layer}&apos; is not one Mining over time writes (2019, 2025-Q2, 2025-05): give its table per area and period as it wrote it.</source>
        <translation>O período &quot;{period}&quot; da área &quot;{area}&quot; em &quot;{layer}&quot; não é um dos que Mineração ao longo do tempo escreve (2019, 2025-Q2, 2025-05): indique sua tabela por área e período tal como ela a escreveu.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="161"/>
        <source>The table &apos;{layer}&apos; mixes years, quarters or months: it holds the rows of several runs. Give the table of one run of Mining over time.</source>
        <translation>A tabela &quot;{layer}&quot; mistura anos, trimestres ou meses: contém as linhas de várias execuções. Indique a tabela de uma só execução de Mineração ao longo do tempo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="177"/>
        <source>The area &apos;{area}&apos; has the period {periods} twice in &apos;{layer}&apos;: the table holds the rows of several runs. Give the table of one run of Mining over time.</source>
        <translation>A área &quot;{area}&quot; tem duas vezes o período {periods} em &quot;{layer}&quot;: a tabela contém as linhas de várias execuções. Indique a tabela de uma só execução de Mineração ao longo do tempo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="286"/>
        <source>Redaction NOT applied: this report names the officers who decided and gives the rationales of the decisions. Share it only with people entitled to them.</source>
        <translation>Anonimização NÃO aplicada: este relatório nomeia os agentes que decidiram e dá as justificativas das decisões. Compartilhe-o só com pessoas autorizadas a conhecê-las.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="292"/>
        <source>Safe to share: no personal detail is in this report.</source>
        <translation>Pode ser compartilhado: este relatório não contém nenhum dado pessoal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="294"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decisão</numerusform>
            <numerusform>%n decisões</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="295"/>
        <source>Safe to share: who decided and why are left out for {decisions} (tick Include personal details to show them).</source>
        <translation>Pode ser compartilhado: quem decidiu e por quê são omitidos em {decisions} (marque Incluir dados pessoais para mostrá-los).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report.py" line="328"/>
        <source>Mining in {area}</source>
        <translation>Mineração em {area}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="25"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n local</numerusform>
            <numerusform>%n locais</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="52"/>
        <source>Designation or type</source>
        <translation>Designação ou tipo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="54"/>
        <source>Size of the area</source>
        <translation>Superfície da área</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="56"/>
        <source>Periods</source>
        <translation>Períodos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>Mining up to {period}</source>
        <translation>Mineração até {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="60"/>
        <source>Share of the area mined</source>
        <translation>Proporção da área minerada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>New mining in {period}</source>
        <translation>Mineração nova em {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>Trend</source>
        <translation>Tendência</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="64"/>
        <source>Rank by growth</source>
        <translation>Posição pelo crescimento</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>New ({unit})</source>
        <translation>Nova ({unit})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>Up to the end of the period ({unit})</source>
        <translation>Até o fim do período ({unit})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="233"/>
        <source>Share of the area</source>
        <translation>Proporção da área</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>New footprints or sites</source>
        <translation>Novas áreas mineradas ou locais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="69"/>
        <source>Change from the period before</source>
        <translation>Variação em relação ao período anterior</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="77"/>
        <source>Mined area, shared out as AMW does (ha)</source>
        <translation>Área minerada, repartida como faz o AMW (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="111"/>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="111"/>
        <source>PACE class</source>
        <translation>Classe PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="111"/>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="111"/>
        <source>Mining in the area around the decision</source>
        <translation>Mineração na área em torno da decisão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="117"/>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="117"/>
        <source>Rationale</source>
        <translation>Justificativa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="137"/>
        <source>date unreadable</source>
        <translation>data ilegível</translation>
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
            <numerusform>%n local: {keys}</numerusform>
            <numerusform>%n locais: {keys}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="295"/>
        <source>No decision recorded yet.</source>
        <translation>Nenhuma decisão registrada ainda.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="167"/>
        <source>New: the mining first seen in the period inside the area, in hectares on the ellipsoid; footprints that overlap are counted once.</source>
        <translation>Nova: a mineração vista pela primeira vez no período dentro da área, em hectares sobre o elipsoide; áreas mineradas que se sobrepõem são contadas uma só vez.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="172"/>
        <source>Up to the end of the period: all mining seen inside the area so far; ground mined again is counted once.</source>
        <translation>Até o fim do período: toda a mineração vista dentro da área até então; o terreno minerado de novo é contado uma só vez.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="177"/>
        <source>Share of the area: that mining as a share of the area&apos;s size.</source>
        <translation>Proporção da área: essa mineração em relação à superfície da área.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="178"/>
        <source>Trend: the new mining of the last period against the mean of the three periods before it (twice or more: accelerating; a quarter more: growing; a quarter less: slowing).</source>
        <translation>Tendência: a mineração nova do último período comparada à média dos três períodos anteriores (o dobro ou mais: acelerando; um quarto a mais: crescendo; um quarto a menos: desacelerando).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="183"/>
        <source>Around a decision: the new mining per {period} in the same number of whole periods before and after the decision&apos;s date; the period holding the date counts in neither.</source>
        <translation>Em torno de uma decisão: a mineração nova por {period} no mesmo número de períodos inteiros antes e depois da data da decisão; o período que contém a data não conta em nenhum dos lados.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="190"/>
        <source>New: the mining sites first seen in the period inside the area.</source>
        <translation>Novos: os locais de mineração vistos pela primeira vez no período dentro da área.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="197"/>
        <source>New and cumulative mining per {period}</source>
        <translation>Mineração nova e acumulada por {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="199"/>
        <source>The area at a glance</source>
        <translation>A área em resumo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="218"/>
        <source>Sites and decisions</source>
        <translation>Locais e decisões</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="203"/>
        <source>No classified sites or workspace were given.</source>
        <translation>Nem locais classificados nem espaço de trabalho foram indicados.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="211"/>
        <source>No classified site lies in this area.</source>
        <translation>Nenhum local classificado fica nesta área.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="211"/>
        <source>Sites are listed for protected areas only.</source>
        <translation>Os locais só são listados para as áreas protegidas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="227"/>
        <source>What the figures mean</source>
        <translation>O que os números significam</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="229"/>
        <source>About this report</source>
        <translation>Sobre este relatório</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="233"/>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="233"/>
        <source>Sites inside</source>
        <translation>Locais dentro</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="262"/>
        <source>Ranked by the new mining of the last period ({period}), then by all mining up to it. Each area&apos;s pages follow in this order.</source>
        <translation>Classificadas pela mineração nova do último período ({period}), depois por toda a mineração até então. As páginas de cada área seguem nesta ordem.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="268"/>
        <source>Areas ranked by growth</source>
        <translation>Áreas classificadas pelo crescimento</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="269"/>
        <source>Ranking</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/area_report_sections.py" line="275"/>
        <source>Around the site&apos;s latest decision</source>
        <translation>Em torno da última decisão do local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_html.py" line="10"/>
        <source>Mining footprints by period</source>
        <translation>Áreas mineradas por período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_html.py" line="11"/>
        <source>New and cumulative mining per period</source>
        <translation>Mineração nova e acumulada por período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_html.py" line="12"/>
        <source>Mining in the protected areas, ranked by growth</source>
        <translation>A mineração nas áreas protegidas, classificadas pelo crescimento</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_layout.py" line="46"/>
        <source>ASM-PACE · {what} · {date} UTC · plugin {version} · {redaction}</source>
        <translation>ASM-PACE · {what} · {date} UTC · complemento {version} · {redaction}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/area_report_layout.py" line="81"/>
        <source>No mining geometry to map in this area.</source>
        <translation>Nenhuma geometria de mineração para mapear nesta área.</translation>
    </message>
</context>
<context>
    <name>AreaReportsAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="86"/>
        <source>Protected-area reports</source>
        <translation>Relatórios por área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="92"/>
        <source>asm,mining,monitoring,report,pdf,html,protected,area,growth,ranking,decision</source>
        <translation>mape,mineração,garimpo,monitoramento,relatório,pdf,html,protegida,área,crescimento,classificação,decisão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="100"/>
        <source>&lt;p&gt;Writes a &lt;b&gt;report for each protected area&lt;/b&gt; from the outputs of &lt;i&gt;Mining over time&lt;/i&gt;, for the park authority: a map of the mining footprints coloured by period, a chart of the new mining of each period (bars) and of all mining so far (line), the table of each period, the sites inside the area with their PACE class, the decisions taken and how mining grew before and after each of them, and the pressure figures of impact zones when you give them. One more report holds &lt;b&gt;all the areas ranked by growth&lt;/b&gt;: by the new mining of the last period, then by all mining up to it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: the table &lt;i&gt;Mining per area and period&lt;/i&gt; of Mining over time, and its &lt;i&gt;Footprints with their areas and periods&lt;/i&gt; for the maps (empty: the maps show the new mining inside each area). Optional: the classified sites (a site is in an area when its classification lists the area), the assessment workspace (its decisions, and its sites when no classified sites are given), the protected areas to outline on the maps, and the table per protected area of &lt;i&gt;Pressure on protected areas&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safe to share by default&lt;/b&gt;: the reports name nobody. Who took each decision and its rationale are shown only when you tick &lt;i&gt;Include personal details&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Files&lt;/b&gt;: in the folder you choose, one PDF and/or HTML page per area, named by its id and name, and one for all areas; the HTML pages&apos; pictures in a folder beside them. Each file is written under another name and renamed when complete.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: send the reports to the park authority; record what is decided in the dock, and run Mining over time again when the next period&apos;s footprints come out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escreve um &lt;b&gt;relatório para cada área protegida&lt;/b&gt; a partir das saídas de &lt;i&gt;Mineração ao longo do tempo&lt;/i&gt;, para a autoridade do parque: um mapa das áreas mineradas coloridas por período, um gráfico da mineração nova de cada período (barras) e de toda a mineração até então (linha), a tabela de cada período, os locais dentro da área com sua classe PACE, as decisões tomadas e como a mineração cresceu antes e depois de cada uma, e os números de pressão das zonas de impacto quando indicados. Mais um relatório reúne &lt;b&gt;todas as áreas classificadas pelo crescimento&lt;/b&gt;: pela mineração nova do último período, depois por toda a mineração até então.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entradas&lt;/b&gt;: a tabela &lt;i&gt;Mineração por área e período&lt;/i&gt; de Mineração ao longo do tempo, e suas &lt;i&gt;Áreas mineradas com suas áreas e períodos&lt;/i&gt; para os mapas (vazio: os mapas mostram a mineração nova dentro de cada área). Opcional: os locais classificados (um local está numa área quando sua classificação a cita), o espaço de trabalho de avaliação (suas decisões, e seus locais quando nenhum local classificado é indicado), as áreas protegidas a desenhar nos mapas, e a tabela por área protegida de &lt;i&gt;Pressão sobre as áreas protegidas&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pode ser compartilhado por padrão&lt;/b&gt;: os relatórios não nomeiam ninguém. Quem tomou cada decisão e sua justificativa só aparecem se marcar &lt;i&gt;Incluir dados pessoais&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Arquivos&lt;/b&gt;: na pasta escolhida, um PDF e/ou uma página HTML por área, nomeados pelo identificador e pelo nome, e um para todas as áreas; as imagens das páginas HTML numa pasta ao lado. Cada arquivo é escrito com outro nome e renomeado quando completo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Próximo passo&lt;/b&gt;: envie os relatórios à autoridade do parque; registre no painel o que for decidido, e execute de novo Mineração ao longo do tempo quando saírem as áreas mineradas do período seguinte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="124"/>
        <source>Mining per area and period (the table of Mining over time)</source>
        <translation>Mineração por área e período (a tabela de Mineração ao longo do tempo)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="131"/>
        <source>Footprints with their areas and periods (of Mining over time), for the maps</source>
        <translation>Áreas mineradas com suas áreas e períodos (de Mineração ao longo do tempo), para os mapas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="141"/>
        <source>Assessment workspace (.gpkg), for the decisions</source>
        <translation>Espaço de trabalho de avaliação (.gpkg), para as decisões</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="149"/>
        <source>Protected areas for the maps</source>
        <translation>Áreas protegidas para os mapas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="158"/>
        <source>Pressure per protected area (table of Pressure on protected areas)</source>
        <translation>Pressão por área protegida (tabela de Pressão sobre as áreas protegidas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="166"/>
        <source>Protected-area id field of the pressure table</source>
        <translation>Campo de identificador da área protegida na tabela de pressão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="172"/>
        <source>Area ids (comma-separated; empty: every area with mining)</source>
        <translation>Identificadores das áreas (separados por vírgulas; vazio: todas as áreas com mineração)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="179"/>
        <source>Data sources and versions to print (e.g. Earth Genome, Amazon Mining Watch 2024)</source>
        <translation>Fontes e versões dos dados a imprimir (p. ex. Earth Genome, Amazon Mining Watch 2024)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="187"/>
        <source>Include personal details: who decided, and why (unsafe to share)</source>
        <translation>Incluir dados pessoais: quem decidiu, e por quê (não compartilhar)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="189"/>
        <source>Language of the reports</source>
        <translation>Idioma dos relatórios</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="193"/>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="193"/>
        <source>PDF and HTML</source>
        <translation>PDF e HTML</translation>
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
        <translation>Pasta dos relatórios</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="204"/>
        <source>Report on all areas (PDF)</source>
        <translation>Relatório sobre todas as áreas (PDF)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="205"/>
        <source>Report on all areas (HTML)</source>
        <translation>Relatório sobre todas as áreas (HTML)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="206"/>
        <source>Number of areas reported</source>
        <translation>Número de áreas do relatório</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="213"/>
        <source>Mining per area and period</source>
        <translation>Mineração por área e período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="230"/>
        <source>The table &apos;{}&apos; is empty: Mining over time found no mining in any area.</source>
        <translation>A tabela &quot;{}&quot; está vazia: Mineração ao longo do tempo não encontrou mineração em nenhuma área.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="241"/>
        <source>Area id(s) not in the table: {}. Its areas are: {}.</source>
        <translation>Identificador(es) de área ausente(s) da tabela: {}. Suas áreas são: {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="278"/>
        <source>The sites have no field pa_ids: give the output of Classify sites (it lists the protected areas each site lies in).</source>
        <translation>Os locais não têm o campo pa_ids: indique a saída de Classificar locais (ela lista as áreas protegidas onde fica cada local).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="330"/>
        <source>The folder {} could not be made: {}</source>
        <translation>Não foi possível criar a pasta {}: {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="423"/>
        <source>{} area report(s) and the report on all areas written in {}.</source>
        <translation>{} relatório(s) de área e o relatório sobre todas as áreas escritos em {}.</translation>
    </message>
</context>
<context>
    <name>AsmPaceAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="186"/>
        <source>The style could not be stored in {}: {}</source>
        <translation>Não foi possível gravar o estilo em {}: {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Protected-area name field</source>
        <translation>Campo do nome da área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Protected-area id field</source>
        <translation>Campo do identificador da área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Designation field</source>
        <translation>Campo da designação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>IUCN category field</source>
        <translation>Campo da categoria UICN</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding the IUCN management category (Ia ... VI). Empty: IUCN_CAT.</source>
        <translation>Campo que contém a categoria de manejo UICN (Ia ... VI). Vazio: IUCN_CAT.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Status field</source>
        <translation>Campo da situação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="83"/>
        <source>{} is empty: add sites or choose another layer.</source>
        <translation>{} está vazia: adicione locais ou escolha outra camada.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="87"/>
        <source>{} has no valid CRS. Set it in Layer Properties &gt; Source and run again.</source>
        <translation>{} não tem um SRC válido. Defina-o em Propriedades da camada &gt; Fonte e execute de novo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="130"/>
        <source>Mining sites</source>
        <translation>Locais de mineração</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="179"/>
        <source>Sites are named by {} (the site key).</source>
        <translation>Os locais são identificados por {} (a chave dos locais).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="206"/>
        <source>the feature id</source>
        <translation>o identificador da feição</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="314"/>
        <source>Statuses to keep (comma-separated; empty keeps all)</source>
        <translation>Situações a manter (separadas por vírgulas; vazio: todas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="376"/>
        <source>QGIS&apos;s language</source>
        <translation>O idioma do QGIS</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding the protected-area name, e.g. NOM_AP. Empty: WDPA&apos;s NAME (or a usual name field).</source>
        <translation>Campo que contém o nome da área protegida, p. ex. NOM_AP. Vazio: NAME da WDPA (ou um campo de nome usual).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding an id. Empty: WDPAID (classic WDPA) or SITE_ID (November 2025 WDPA).</source>
        <translation>Campo que contém um identificador. Vazio: WDPAID (WDPA clássica) ou SITE_ID (WDPA de novembro de 2025).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding the designation (national park, Ramsar site...), e.g. TYPE_AP. Empty: DESIG_ENG.</source>
        <translation>Campo que contém a designação (parque nacional, sítio Ramsar...), p. ex. TYPE_AP. Vazio: DESIG_ENG.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="23"/>
        <source>Field holding the legal status (Designated, Proposed...). Empty: STATUS. Layers without a status field are not filtered by status.</source>
        <translation>Campo que contém a situação legal (Designated, Proposed...). Vazio: STATUS. Camadas sem campo de situação não são filtradas por situação.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="75"/>
        <source>{} has no geometry (it is a table). Choose a point, line or polygon layer, or make points from its coordinates first (Create points layer from table).</source>
        <translation>{} não tem geometria (é uma tabela). Escolha uma camada de pontos, linhas ou polígonos, ou crie primeiro pontos a partir das suas coordenadas (Criar camada de pontos a partir da tabela).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="142"/>
        <source>Site key field (empty: the one the classification finds: site_code, site_id, code...)</source>
        <translation>Campo-chave dos locais (vazio: o que a classificação encontrar: site_code, site_id, code...)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="151"/>
        <source>The field that names each site. Leave it empty to use the key the classification found (the first of site_code, site_id, code, site_key, id whose values are all set and all different, else the feature id), so that zones, traces, pressure and dossiers match.</source>
        <translation>O campo que identifica cada local. Deixe-o vazio para usar a chave que a classificação encontrou (o primeiro entre site_code, site_id, code, site_key, id cujos valores estejam todos preenchidos e sejam todos diferentes; senão, o identificador da feição), para que zonas, traçados, pressão e dossiês coincidam.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="160"/>
        <source>Cancelled after {} of {} features: the outputs hold only what was written by then.</source>
        <translation>Cancelado após {} de {} feições: as saídas contêm só o que foi escrito até então.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="165"/>
        <source>Cancelled while reading the inputs, before any feature was processed.</source>
        <translation>Cancelado durante a leitura das entradas, antes de qualquer feição ser processada.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="36"/>
        <source>The output &apos;{}&apos; would overwrite the input &apos;{}&apos; ({}), which would be lost. Choose another file for the output, or a new layer of that GeoPackage (a layer name it does not have).</source>
        <translation>A saída &quot;{}&quot; sobrescreveria a entrada &quot;{}&quot; ({}), que seria perdida. Escolha outro arquivo para a saída, ou uma nova camada desse GeoPackage (um nome de camada que ele não tenha).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="73"/>
        <source>The outputs &apos;{}&apos; and &apos;{}&apos; would both be written to {}: one would replace the other. Choose a different file (or layer) for each.</source>
        <translation>As saídas &quot;{}&quot; e &quot;{}&quot; seriam gravadas ambas em {}: uma substituiria a outra. Escolha um arquivo (ou camada) diferente para cada uma.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="55"/>
        <source>The output &apos;{}&apos; cannot be written: {} is a file, not a folder. Choose a folder.</source>
        <translation>Não é possível gravar a saída &quot;{}&quot;: {} é um arquivo, não uma pasta. Escolha uma pasta.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="64"/>
        <source>The output &apos;{}&apos; cannot be written: the folder {} does not accept new files. Choose a folder of your own (for example in your Documents).</source>
        <translation>Não é possível gravar a saída &quot;{}&quot;: a pasta {} não aceita arquivos novos. Escolha uma pasta sua (por exemplo em Documentos).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="109"/>
        <source>{} must be a number, not {}. Give a finite value.</source>
        <translation>{} deve ser um número, não {}. Informe um valor finito.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="222"/>
        <source>{}: the field &apos;{}&apos; is not in the layer &apos;{}&apos;. Its fields are: {}.</source>
        <translation>{}: o campo &quot;{}&quot; não está na camada &quot;{}&quot;. Seus campos são: {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="170"/>
        <source>The site layer has no field &apos;{}&apos;; its fields are: {}. Choose its site key field, or leave it empty.</source>
        <translation>A camada de locais não tem o campo &quot;{}&quot;; seus campos são: {}. Escolha o seu campo-chave dos locais, ou deixe-o vazio.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="234"/>
        <source>{} site(s) have no {}: their rows have an empty site id.</source>
        <translation>{} local(is) não têm {}: suas linhas têm um identificador de local vazio.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="260"/>
        <source>Leave out UNESCO-MAB Biosphere Reserves</source>
        <translation>Deixar de fora as reservas da biosfera MAB-UNESCO</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="260"/>
        <source>Use protected-area points as circles of their reported area (REP_AREA)</source>
        <translation>Usar os pontos de áreas protegidas como círculos da sua área declarada (REP_AREA)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="260"/>
        <source>Repair invalid geometries (otherwise leave them out)</source>
        <translation>Reparar as geometrias inválidas (senão, deixá-las de fora)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="234"/>
        <source>{} site(s) have no {}: they are left out.</source>
        <translation>{} local(is) não têm {}: ficam de fora.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="241"/>
        <source>{} {} value(s) are used by several sites, of which only the first is written: {}.</source>
        <translation>{} valor(es) de {} são usados por vários locais, dos quais só o primeiro é gravado: {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="241"/>
        <source>{} {} value(s) are used by several sites, which are still counted apart: {}.</source>
        <translation>{} valor(es) de {} são usados por vários locais, que continuam contados à parte: {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="252"/>
        <source>Give each site its own key: later steps match sites by it.</source>
        <translation>Dê a cada local a sua própria chave: as etapas seguintes identificam os locais por ela.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="118"/>
        <source>1. Site screening</source>
        <translation>1. Triagem dos locais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="119"/>
        <source>2. Impacts</source>
        <translation>2. Impactos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/checks.py" line="60"/>
        <source>The output &apos;{}&apos; cannot be written: {} is a folder. Give a file name in it, e.g. {}.</source>
        <translation>Não é possível gravar a saída &quot;{}&quot;: {} é uma pasta. Informe um nome de arquivo dentro dela, p. ex. {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="26"/>
        <source>Off by default: sensitive stakeholders (marked so in the dock, or of a sensitive group such as armed actors) and their relations are left out, and only contacts marked shareable are kept. When ticked, every stakeholder and every contact is included. That can put people in danger: tick it only for a dossier that stays with people entitled to see them.</source>
        <translation>Desligado por padrão: os atores sensíveis (marcados assim no painel, ou de um grupo sensível como os atores armados) e suas relações ficam de fora, e só os contatos marcados como compartilháveis são mantidos. Se marcado, todos os atores e todos os contatos são incluídos. Isso pode pôr pessoas em perigo: marque só para um dossiê que fique com pessoas autorizadas a vê-los.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="36"/>
        <source>Assessment workspace (.gpkg)</source>
        <translation>Espaço de trabalho de avaliação (.gpkg)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="42"/>
        <source>Site keys (comma-separated; empty: all sites)</source>
        <translation>Chaves dos locais (separadas por vírgulas; vazio: todos os locais)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="51"/>
        <source>Include contacts and sensitive stakeholders (unsafe to share)</source>
        <translation>Incluir os contatos e os atores sensíveis (não compartilhar)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="101"/>
        <source>The table has no field {} to match sites by (fields: {}).</source>
        <translation>A tabela não tem o campo {} para associar os locais (campos: {}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="167"/>
        <source>The assessment workspace {} does not exist: choose the .gpkg the dock writes.</source>
        <translation>O espaço de trabalho de avaliação {} não existe: escolha o .gpkg que o painel grava.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="96"/>
        <source>impact zones (made by Impact zones)</source>
        <translation>zonas de impacto (feitas por Zonas de impacto)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="97"/>
        <source>downstream traces (made by Downstream trace)</source>
        <translation>traçados a jusante (feitos por Traçado a jusante)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="98"/>
        <source>mercury and sediment corridors (made by Downstream trace)</source>
        <translation>corredores de mercúrio e sedimentos (feitos por Traçado a jusante)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="101"/>
        <source>pressure on protected areas (made by Pressure on protected areas)</source>
        <translation>a pressão sobre as áreas protegidas (feita por Pressão sobre as áreas protegidas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="104"/>
        <source>the protected areas reached by each site (made by Pressure on protected areas)</source>
        <translation>as áreas protegidas alcançadas por cada local (feitas por Pressão sobre as áreas protegidas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="113"/>
        <source>The site layer</source>
        <translation>A camada de locais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="119"/>
        <source>The site layer &apos;{layer}&apos; holds {what}, not mining sites. Choose the classified sites (the output of Classify sites) or your own site layer.</source>
        <translation>A camada de locais “{layer}” contém {what}, não locais de mineração. Escolha os locais classificados (a saída de Classificar os locais) ou a sua própria camada de locais.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="120"/>
        <source>3. Pressure</source>
        <translation>3. Pressão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="121"/>
        <source>4. Assessment</source>
        <translation>4. Avaliação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="298"/>
        <source>WDPA statuses to keep (none ticked: keep every status)</source>
        <translation>Situações WDPA a manter (nenhuma marcada: todas as situações)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="306"/>
        <source>Areas whose status (the STATUS field) is not ticked are left out, as Protected Planet does. Layers without a status field are not filtered by status.</source>
        <translation>As áreas cuja situação (o campo STATUS) não está marcada são deixadas de fora, como faz o Protected Planet. Camadas sem campo de situação não são filtradas por situação.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="122"/>
        <source>5. Monitoring</source>
        <translation>5. Monitoramento</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="143"/>
        <source>{}: {} text(s) longer than a Shapefile holds (254 bytes) were cut short in {}. Choose a GeoPackage (.gpkg) to keep them whole.</source>
        <translation>{}: {} texto(s) mais longo(s) do que um Shapefile admite (254 bytes) foram cortados em {}. Escolha um GeoPackage (.gpkg) para os manter inteiros.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="254"/>
        <source>The output &apos;{}&apos; refused a feature: {}</source>
        <translation>A saída «{}» recusou uma entidade: {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="254"/>
        <source>no reason given</source>
        <translation>sem motivo indicado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/base.py" line="325"/>
        <source>{} of the {} features written could be read back</source>
        <translation>foi possível reler {} das {} entidades escritas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="380"/>
        <source>A language code ({codes}), or empty for QGIS&apos;s language; or the option&apos;s number.</source>
        <translation>Um código de idioma ({codes}), ou vazio para o idioma do QGIS; ou o número da opção.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/common.py" line="405"/>
        <source>LANGUAGE: &apos;{value}&apos; is not a language of the plugin. Give one of {codes} (empty: QGIS&apos;s language), or the option&apos;s number (0: QGIS&apos;s language, 1 to {last}).</source>
        <translation>LANGUAGE: «{value}» não é um idioma do complemento. Indique um de {codes} (vazio: o idioma do QGIS), ou o número da opção (0: o idioma do QGIS, 1 a {last}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/layer_inputs.py" line="61"/>
        <source>{path} is a WDPA file with polygons and points: {points} is read too, beside {polygons} (points as circles of their reported area). To read the polygons alone, give {path}|layername={polygons}.</source>
        <translation>{path} é um ficheiro WDPA com polígonos e pontos: {points} também é lido, ao lado de {polygons} (os pontos como círculos da sua área declarada). Para ler só os polígonos, indique {path}|layername={polygons}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/layer_inputs.py" line="102"/>
        <source>{what}: {path} holds several layers and only its first, {read}, was read. Not read: {others}. To read another, give {path}|layername=NAME (or add that layer from the Browser).</source>
        <translation>{what}: {path} contém várias camadas e só a primeira, {read}, foi lida. Não lidas: {others}. Para ler outra, indique {path}|layername=NOME (ou adicione essa camada a partir do Navegador).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/layer_inputs.py" line="146"/>
        <source>{what}: {count} text(s) of the layer &apos;{layer}&apos; hold characters that could not be read (e.g. &apos;{example}&apos;): the file is written in another encoding than {encoding}, the one QGIS reads it in. Set the layer&apos;s encoding in QGIS (Layer Properties &gt; Source &gt; Data source encoding, e.g. windows-1252 for a Shapefile from ArcGIS or Excel), or put a .cpg file holding that encoding beside the .shp, and run again.</source>
        <translation>{what}: {count} texto(s) da camada «{layer}» contêm caracteres ilegíveis (p. ex. «{example}»): o ficheiro está escrito noutra codificação que {encoding}, a que o QGIS usa para o ler. Defina a codificação da camada no QGIS (Propriedades da camada &gt; Fonte &gt; Codificação da fonte de dados, p. ex. windows-1252 para um Shapefile do ArcGIS ou do Excel), ou coloque ao lado do .shp um ficheiro .cpg com essa codificação, e execute de novo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="62"/>
        <source>Classified sites (empty: the sites of the workspace)</source>
        <translation>Locais classificados (vazio: os locais do espaço de trabalho)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="68"/>
        <source>Site key field of the classified sites (empty: the workspace&apos;s)</source>
        <translation>Campo-chave dos locais classificados (vazio: o do espaço de trabalho)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="84"/>
        <source>Choose the key field of the classified sites ({} not found); its fields are: {}.</source>
        <translation>Escolha o campo-chave dos locais classificados ({} não encontrado); seus campos são: {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="84"/>
        <source>none given</source>
        <translation>nenhum informado</translation>
    </message>
</context>
<context>
    <name>AsmPaceOutputStyles</name>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="54"/>
        <source>under 10%</source>
        <translation>menos de 10%</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="54"/>
        <source>10% to 25%</source>
        <translation>de 10% a 25%</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="54"/>
        <source>25% to 50%</source>
        <translation>de 25% a 50%</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="54"/>
        <source>half or more</source>
        <translation>metade ou mais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="74"/>
        <source>PACE class</source>
        <translation>Classe PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="75"/>
        <source>PACE site</source>
        <translation>Local PACE</translation>
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
        <translation>Identificadores das áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="79"/>
        <source>Designations</source>
        <translation>Designações</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="80"/>
        <source>Designation levels</source>
        <translation>Níveis de designação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="81"/>
        <source>International designations</source>
        <translation>Designações internacionais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="82"/>
        <source>IUCN category</source>
        <translation>Categoria UICN</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="83"/>
        <source>WWF priority landscape</source>
        <translation>Paisagem prioritária do WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="84"/>
        <source>Global 200 ecoregion</source>
        <translation>Ecorregião prioritária Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="85"/>
        <source>Global 200 status</source>
        <translation>Situação Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="86"/>
        <source>Nearest protected area</source>
        <translation>Área protegida mais próxima</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="87"/>
        <source>Distance to the nearest protected area (m)</source>
        <translation>Distância à área protegida mais próxima (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="88"/>
        <source>Layers tested</source>
        <translation>Camadas testadas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="89"/>
        <source>Layers not tested</source>
        <translation>Camadas não testadas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="90"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="91"/>
        <source>Data version</source>
        <translation>Versão dos dados</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="94"/>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="95"/>
        <source>Impact pathway</source>
        <translation>Via de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="96"/>
        <source>Impact pathway (name)</source>
        <translation>Via de impacto (nome)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="97"/>
        <source>Distance (m)</source>
        <translation>Distância (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="98"/>
        <source>Inner distance (m)</source>
        <translation>Distância interna (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="99"/>
        <source>Source of the distance</source>
        <translation>Fonte da distância</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="100"/>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="101"/>
        <source>Zone shape</source>
        <translation>Forma da zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="122"/>
        <source>Sites</source>
        <translation>Locais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="103"/>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="104"/>
        <source>Distance to the river (m)</source>
        <translation>Distância até o rio (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="105"/>
        <source>Length asked (m)</source>
        <translation>Comprimento pedido (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="106"/>
        <source>Length traced (m)</source>
        <translation>Comprimento traçado (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="107"/>
        <source>Trace ended</source>
        <translation>Fim do traçado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="108"/>
        <source>Flow direction from</source>
        <translation>Sentido do fluxo segundo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="109"/>
        <source>Corridor width (m)</source>
        <translation>Largura do corredor (m)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="111"/>
        <source>Protected-area id</source>
        <translation>Identificador da área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="112"/>
        <source>Protected area</source>
        <translation>Área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="113"/>
        <source>Designation</source>
        <translation>Designação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="114"/>
        <source>Inside impact zones (ha)</source>
        <translation>Dentro das zonas de impacto (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="115"/>
        <source>Protected-area size (ha)</source>
        <translation>Área da área protegida (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="116"/>
        <source>Sites whose zones reach it</source>
        <translation>Locais cujas zonas a alcançam</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="117"/>
        <source>Sites inside</source>
        <translation>Locais dentro</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="118"/>
        <source>Sites inside (keys)</source>
        <translation>Locais dentro (chaves)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="119"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="120"/>
        <source>Protected-area layer</source>
        <translation>Camada de áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="121"/>
        <source>Designation level</source>
        <translation>Nível de designação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="129"/>
        <source>Share inside protected areas (0-1)</source>
        <translation>Proporção dentro de áreas protegidas (0-1)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="130"/>
        <source>Share of the protected area (0-1)</source>
        <translation>Proporção da área protegida (0-1)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/output_styles.py" line="92"/>
        <source>Site key</source>
        <translation>Chave do local</translation>
    </message>
</context>
<context>
    <name>AsmPacePlugin</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="56"/>
        <source>ASM-PACE sample data (synthetic)</source>
        <translation>Dados de exemplo do ASM-PACE (sintéticos)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="81"/>
        <source>ASM-PACE assessment</source>
        <translation>Avaliação ASM-PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="86"/>
        <source>Assess sites one by one: profile, stakeholders, management options</source>
        <translation>Avaliar os locais um a um: perfil, atores, opções de manejo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="135"/>
        <source>Load synthetic sample data</source>
        <translation>Carregar os dados de exemplo sintéticos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="136"/>
        <source>Add the plugin&apos;s small synthetic sample layers to the project</source>
        <translation>Adicionar ao projeto as pequenas camadas de exemplo sintéticas do complemento</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="140"/>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="141"/>
        <source>The steps of the work, with the help page of each</source>
        <translation>As etapas do trabalho, com a página de ajuda de cada uma</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="53"/>
        <source>Could not copy the sample data to your QGIS profile: {error}</source>
        <translation>Não foi possível copiar os dados de exemplo para o seu perfil do QGIS: {error}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/actions.py" line="69"/>
        <source>Sample data loaded from your own copy (edits stay there): {path}</source>
        <translation>Dados de exemplo carregados da sua própria cópia (as alterações ficam nela): {path}</translation>
    </message>
</context>
<context>
    <name>AsmPaceProvider</name>
    <message>
        <location filename="../../asm_pace_plugin/provider.py" line="27"/>
        <source>ASM-PACE: artisanal mining in protected areas and critical ecosystems</source>
        <translation>ASM-PACE: mineração artesanal em áreas protegidas e ecossistemas críticos</translation>
    </message>
</context>
<context>
    <name>AssessmentDock</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="46"/>
        <source>ASM-PACE assessment</source>
        <translation>Avaliação ASM-PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="139"/>
        <source>no workspace: create or open one</source>
        <translation>sem espaço de trabalho: crie ou abra um</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="142"/>
        <source>New…</source>
        <translation>Novo…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="143"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="149"/>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="162"/>
        <source>Site layer</source>
        <translation>Camada de locais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="164"/>
        <source>Key field</source>
        <translation>Campo-chave</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="173"/>
        <source>search sites</source>
        <translation>buscar locais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="175"/>
        <source>Pick on map</source>
        <translation>Escolher no mapa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="178"/>
        <source>Zoom</source>
        <translation>Aproximar</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="180"/>
        <source>Dossier…</source>
        <translation>Dossiê…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="181"/>
        <source>Write the PDF and HTML dossier of this site (Site dossiers algorithm)</source>
        <translation>Escrever o dossiê PDF e HTML deste local (algoritmo Dossiês dos locais)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>1 Profile</source>
        <translation>1 Perfil</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>What is mined here, how, by how many, under which law</source>
        <translation>O que se extrai aqui, como, por quantas pessoas, sob qual lei</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>2 Stakeholders</source>
        <translation>2 Atores</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>Who is involved, their influence, interest and relations</source>
        <translation>Quem está envolvido, sua influência, interesse e relações</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>3 Options</source>
        <translation>3 Opções</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="231"/>
        <source>Management options: their fit here, and the decision</source>
        <translation>Opções de gestão: sua adequação aqui, e a decisão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="134"/>
        <source>New assessment workspace</source>
        <translation>Novo espaço de trabalho de avaliação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="139"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="134"/>
        <source>Open assessment workspace</source>
        <translation>Abrir um espaço de trabalho de avaliação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="271"/>
        <source>Create or open a workspace to start.</source>
        <translation>Crie ou abra um espaço de trabalho para começar.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="308"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_parts.py" line="153"/>
        <source>No classified sites in this project: run “Classify sites (PACE)” on your sites (or load the sample data and classify it); its output layer is listed here.</source>
        <translation>Nenhum local classificado neste projeto: execute “Classificar os locais (PACE)” nos seus locais (ou carregue os dados de exemplo e classifique-os); a sua camada de saída aparece aqui.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/dock_dossier.py" line="59"/>
        <source>No impact-zones layer of this project holds site {key} under {field}: run “Impact zones” on these sites with the site key {site_field}, or choose the zones in the dialog.</source>
        <translation>Nenhuma camada de zonas de impacto deste projeto contém o local {key} em {field}: execute “Zonas de impacto” nestes locais com a chave dos locais {site_field}, ou escolha as zonas no diálogo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="60"/>
        <source>Workspace and site layer</source>
        <translation>Espaço de trabalho e camada de locais</translation>
    </message>
</context>
<context>
    <name>Catalogues</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="105"/>
        <source>file not found</source>
        <translation>arquivo não encontrado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="68"/>
        <source>not readable JSON ({error})</source>
        <translation>JSON ilegível ({error})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="112"/>
        <source>needs a non-empty list {list_key!r}</source>
        <translation>precisa de uma lista {list_key!r} não vazia</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="120"/>
        <source>each entry must be an object</source>
        <translation>cada entrada deve ser um objeto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="123"/>
        <source>needs a text &apos;id&apos;</source>
        <translation>precisa de um texto 'id'</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="125"/>
        <source>id used twice</source>
        <translation>identificador usado duas vezes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="133"/>
        <source>needs a text {key!r}</source>
        <translation>precisa de um texto {key!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="144"/>
        <source>&apos;sources&apos; must be a list of texts</source>
        <translation>'sources' deve ser uma lista de textos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="177"/>
        <source>colour {colour!r} is not #rrggbb</source>
        <translation>a cor {colour!r} não é #rrggbb</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="191"/>
        <source>needs at least two &apos;choices&apos;</source>
        <translation>precisa de pelo menos duas 'choices'</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="195"/>
        <source>each choice needs an &apos;id&apos; and a &apos;label&apos;</source>
        <translation>cada opção precisa de um 'id' e um 'label'</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="200"/>
        <source>choices must include {UNKNOWN_ANSWER!r}</source>
        <translation>as opções devem incluir {UNKNOWN_ANSWER!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="218"/>
        <source>unknown approach {value!r}</source>
        <translation>abordagem desconhecida {value!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="224"/>
        <source>effect must be one of {EFFECTS}</source>
        <translation>o efeito deve ser um de {EFFECTS}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="231"/>
        <source>&apos;when&apos; needs conditions among {RULE_CONDITIONS}</source>
        <translation>'when' precisa de condições entre {RULE_CONDITIONS}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="241"/>
        <source>unknown question {question_id!r}</source>
        <translation>pergunta desconhecida {question_id!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="250"/>
        <source>unknown answers {unknown} to {question_id!r}</source>
        <translation>respostas desconhecidas {unknown} para {question_id!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="260"/>
        <source>unknown IUCN categories {value}</source>
        <translation>categorias UICN desconhecidas {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="269"/>
        <source>unknown PACE classes {value}</source>
        <translation>classes PACE desconhecidas {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/catalogues.py" line="279"/>
        <source>reason uses unknown placeholders {value}</source>
        <translation>o motivo usa marcadores desconhecidos {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="72"/>
        <source>must be an object of catalogue files</source>
        <translation>deve ser um objeto de arquivos de catálogo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="81"/>
        <source>not a catalogue file: one of {TRANSLATED_FILES}</source>
        <translation>não é um arquivo de catálogo: um de {TRANSLATED_FILES}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="89"/>
        <source>must map each English text to its translation</source>
        <translation>deve associar cada texto em inglês à sua tradução</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="94"/>
        <source>needs a translation (a non-empty text)</source>
        <translation>precisa de uma tradução (um texto não vazio)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="102"/>
        <source>the translation must keep the placeholders of the English text</source>
        <translation>a tradução deve manter os marcadores do texto em inglês</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/catalogue_texts.py" line="114"/>
        <source>must give each approach id one of: {GENDERS}</source>
        <translation>deve dar a cada identificador de abordagem um de: {GENDERS}</translation>
    </message>
</context>
<context>
    <name>ClassifySitesAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="63"/>
        <source>Classify sites (PACE)</source>
        <translation>Classificar os locais (PACE)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="69"/>
        <source>asm,artisanal,mining,pace,wdpa,protected,area,ecoregion,global 200,landscape,classify</source>
        <translation>asm,mape,garimpo,artesanal,mineração,pace,wdpa,área protegida,unidade de conservação,ecorregião,global 200,paisagem,classificar</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="108"/>
        <source>Mining sites</source>
        <translation>Locais de mineração</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="113"/>
        <source>Protected areas (WDPA polygons and points, or a national layer)</source>
        <translation>Áreas protegidas (polígonos e pontos da WDPA, ou uma camada nacional)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="118"/>
        <source>Polygon layers, and WDPA point layers with REP_AREA.</source>
        <translation>Camadas de polígonos, e camadas de pontos da WDPA com REP_AREA.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="120"/>
        <source>WWF priority landscapes</source>
        <translation>Paisagens prioritárias do WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="149"/>
        <source>Landscape name field (empty: NAME or a usual name field)</source>
        <translation>Campo do nome da paisagem (vazio: NAME ou um campo de nome usual)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="120"/>
        <source>Ecoregions (WWF TEOW with G200 fields, or a Global 200 layer)</source>
        <translation>Ecorregiões (WWF TEOW com os campos G200, ou uma camada Global 200)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="142"/>
        <source>Ecoregion layers hold only Global 200 ecoregions</source>
        <translation>As camadas de ecorregiões só contêm ecorregiões Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="120"/>
        <source>AZE sites (or a KBA layer with an AZE status field)</source>
        <translation>Sítios AZE (ou uma camada de KBA com um campo de situação AZE)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="156"/>
        <source>Search radius for the nearest protected area (metres; 0: do not search)</source>
        <translation>Raio de busca da área protegida mais próxima (metros; 0: não buscar)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="163"/>
        <source>Measured on the ellipsoid whatever the CRS of the layers.</source>
        <translation>Medido sobre o elipsoide qualquer que seja o SRC das camadas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="136"/>
        <source>Data version to record (e.g. WDPA November 2025)</source>
        <translation>Versão dos dados a registrar (p. ex. WDPA novembro de 2025)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="165"/>
        <source>Classified sites</source>
        <translation>Locais classificados</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="170"/>
        <source>PACE summary</source>
        <translation>Resumo PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="177"/>
        <source>Site key field (empty: the feature id)</source>
        <translation>Campo-chave dos locais (vazio: o identificador da feição)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="257"/>
        <source>Sites are named by {} (the site key): impact zones, downstream trace, pressure and dossiers use the same key unless told otherwise.</source>
        <translation>Os locais são identificados por {} (a chave dos locais): zonas de impacto, traçado a jusante, pressão e dossiês usam a mesma chave, salvo indicação em contrário.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="272"/>
        <source>Replacing earlier PACE fields of the input: {}</source>
        <translation>Substituindo campos PACE anteriores da entrada: {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="278"/>
        <source>The site layer has fields of its own named like PACE fields: they are kept as they are, and the PACE fields are written as {}.</source>
        <translation>A camada de locais tem campos próprios com nomes de campos PACE: eles são mantidos como estão, e os campos PACE são gravados como {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="139"/>
        <source>Written into every site, so that a result says which data it came from.</source>
        <translation>Gravada em cada local, para que um resultado diga de quais dados veio.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="74"/>
        <source>&lt;p&gt;Tells, for every mining site, whether it lies in a &lt;b&gt;protected area&lt;/b&gt;, a &lt;b&gt;WWF priority landscape&lt;/b&gt; or a &lt;b&gt;critical ecosystem&lt;/b&gt; (a Global 200 ecoregion), following the ASM-PACE definitions. The first that applies wins, in that order; sites in none are &lt;i&gt;not eligible&lt;/i&gt;. Every match is kept: a site in a national park that is also a World Heritage and a Ramsar site lists all three.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt;: points, lines or polygons, in any CRS. Sites without geometry are kept, marked &lt;i&gt;unclassified&lt;/i&gt;, and counted in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protected areas&lt;/b&gt;: one or more layers. The WDPA (classic or November 2025 schema) is recognised by itself. For a national layer, name its fields below (for example NOM_AP for the name and TYPE_AP for the designation). WDPA is cleaned as Protected Planet does: only Designated, Inscribed and Established areas are kept, UNESCO-MAB Biosphere Reserves are left out, points with a reported area (REP_AREA) become circles of that area on the ellipsoid, and invalid polygons are repaired. Each rule can be changed below; the log counts what each did.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Landscapes&lt;/b&gt;, &lt;b&gt;ecoregions&lt;/b&gt; (WWF TEOW with its G200 fields, or a Global 200 layer) and &lt;b&gt;AZE sites&lt;/b&gt; are optional. A kind of layer you do not supply is not tested, and each site says which were not tested.&lt;/p&gt;&lt;p&gt;Distances are metres on the ellipsoid, whatever the CRS. For a site outside every protected area, the nearest one within the search radius is reported.&lt;/p&gt;&lt;p&gt;Outputs: the sites with all their fields plus the PACE fields (class, protected areas, designations, IUCN category, landscape, ecoregion, nearest protected area and its distance, layers not tested), styled by class; and a summary table of sites per class and per protected area. The log says which field names the sites (the site key); the later steps use the same. Where no field names each site once, each site&apos;s feature id is kept in a new field &lt;i&gt;site_key&lt;/i&gt;: copies of a layer number their features anew.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: &lt;i&gt;Impact zones&lt;/i&gt; around the classified sites (and &lt;i&gt;Downstream trace&lt;/i&gt; where mercury is used), or the &lt;i&gt;ASM-PACE assessment&lt;/i&gt; dock to assess the sites one by one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Indica, para cada local de mineração, se ele está em uma &lt;b&gt;área protegida&lt;/b&gt;, uma &lt;b&gt;paisagem prioritária do WWF&lt;/b&gt; ou um &lt;b&gt;ecossistema crítico&lt;/b&gt; (uma ecorregião prioritária Global 200), segundo as definições do ASM-PACE. Vale a primeira que se aplica, nessa ordem; os locais fora de todas ficam &lt;i&gt;fora do PACE&lt;/i&gt;. Toda correspondência é mantida: um local em um parque nacional que também é sítio do Patrimônio Mundial e sítio Ramsar lista os três.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Locais&lt;/b&gt;: pontos, linhas ou polígonos, em qualquer SRC. Os locais sem geometria são mantidos, marcados como &lt;i&gt;não classificados&lt;/i&gt;, e contados no registro.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Áreas protegidas&lt;/b&gt;: uma ou mais camadas. A WDPA (esquema clássico ou de novembro de 2025) é reconhecida sozinha. Para uma camada nacional (por exemplo as unidades de conservação do CNUC), informe os campos abaixo (por exemplo NOM_AP para o nome e TYPE_AP para a designação). A WDPA é depurada como faz o Protected Planet: só as áreas designadas, inscritas e estabelecidas são mantidas, as reservas da biosfera MAB-UNESCO ficam de fora, os pontos com área declarada (REP_AREA) viram círculos dessa área sobre o elipsoide e os polígonos inválidos são reparados. Cada regra pode ser mudada abaixo; o registro conta o que cada uma fez.&lt;/p&gt;&lt;p&gt;As &lt;b&gt;paisagens&lt;/b&gt;, as &lt;b&gt;ecorregiões&lt;/b&gt; (WWF TEOW com seus campos G200, ou uma camada Global 200) e os &lt;b&gt;sítios AZE&lt;/b&gt; são opcionais. Um tipo de camada que você não fornecer não é testado, e cada local informa quais não foram testados.&lt;/p&gt;&lt;p&gt;As distâncias são em metros sobre o elipsoide, qualquer que seja o SRC. Para um local fora de qualquer área protegida, é informada a mais próxima dentro do raio de busca.&lt;/p&gt;&lt;p&gt;Saídas: os locais com todos os seus campos mais os campos PACE (classe, áreas protegidas, designações, categoria UICN, paisagem, ecorregião, área protegida mais próxima e sua distância, camadas não testadas), estilizados por classe; e uma tabela-resumo de locais por classe e por área protegida. O registro diz qual campo identifica os locais (a chave dos locais); as etapas seguintes usam o mesmo. Onde nenhum campo identifica cada local uma única vez, o identificador da feição de cada local é guardado em um novo campo &lt;i&gt;site_key&lt;/i&gt;: as cópias de uma camada renumeram suas feições.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Próximo passo&lt;/b&gt;: &lt;i&gt;Zonas de impacto&lt;/i&gt; em torno dos locais classificados (e &lt;i&gt;Traçado a jusante&lt;/i&gt; onde há uso de mercúrio), ou o painel &lt;i&gt;Avaliação ASM-PACE&lt;/i&gt; para avaliar os locais um a um.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="264"/>
        <source>No field names each site once ({}): each site&apos;s feature id is stored in the field {} of the output, the site key that impact zones, downstream trace, pressure and dossiers use (feature ids change when a layer is copied).</source>
        <translation>Nenhum campo identifica cada local uma única vez ({}): o identificador da feição de cada local é gravado no campo {} da saída, a chave dos locais que zonas de impacto, traçado a jusante, pressão e dossiês usam (os identificadores de feições mudam quando uma camada é copiada).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/classify_sites.py" line="190"/>
        <source>None of the sites lies on land, while most would with their latitude and longitude exchanged: check that x holds the longitude and y the latitude, and the layer&apos;s CRS.</source>
        <translation>Nenhum local está em terra, enquanto a maioria estaria com a latitude e a longitude trocadas: verifique que x contém a longitude e y a latitude, e o SRC da camada.</translation>
    </message>
</context>
<context>
    <name>Designations</name>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>National Park</source>
        <translation>Parque Nacional</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Nature Reserve</source>
        <translation>Reserva natural</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Strict Nature Reserve</source>
        <translation>Reserva natural estrita</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Forest Reserve</source>
        <translation>Reserva florestal</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Game Reserve</source>
        <translation>Reserva de caça</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Wildlife Reserve</source>
        <translation>Reserva de fauna</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Hunting Area</source>
        <translation>Área de caça</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Hunting Reserve</source>
        <translation>Reserva de caça</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Community Reserve</source>
        <translation>Reserva comunitária</translation>
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
        <translation>Floresta Nacional</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Protection Forest</source>
        <translation>Floresta de proteção</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Extractive Reserve</source>
        <translation>Reserva Extrativista</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Sustainable Development Reserve</source>
        <translation>Reserva de Desenvolvimento Sustentável</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Biological Reserve</source>
        <translation>Reserva Biológica</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Ecological Station</source>
        <translation>Estação Ecológica</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Environmental Protection Area</source>
        <translation>Área de Proteção Ambiental</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Indigenous Territory</source>
        <translation>Terra Indígena</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Regional Conservation Area</source>
        <translation>Área de conservação regional</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Private Conservation Area</source>
        <translation>Área de conservação privada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>World Heritage Site (natural or mixed)</source>
        <translation>Sítio do Patrimônio Mundial (natural ou misto)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Ramsar Site, Wetland of International Importance</source>
        <translation>Sítio Ramsar, zona úmida de importância internacional</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>UNESCO-MAB Biosphere Reserve</source>
        <translation>reserva da biosfera MAB-UNESCO</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="64"/>
        <source>Alliance for Zero Extinction site</source>
        <translation>Sítio da Aliança para Extinção Zero (AZE)</translation>
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
        <translation>Designações</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Levels</source>
        <translation>Níveis</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>International designations</source>
        <translation>Designações internacionais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Strictest IUCN category</source>
        <translation>Categoria UICN mais restritiva</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>WWF priority landscape</source>
        <translation>Paisagem prioritária do WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Global 200 ecoregion</source>
        <translation>Ecorregião prioritária Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Nearest protected area</source>
        <translation>Área protegida mais próxima</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Layers not tested</source>
        <translation>Camadas não testadas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Data version</source>
        <translation>Versão dos dados</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Stance</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Quadrant</source>
        <translation>Quadrante</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>Relation</source>
        <translation>Relação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="92"/>
        <source>Approach</source>
        <translation>Abordagem</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="87"/>
        <source>Fit</source>
        <translation>Adequação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="87"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="92"/>
        <source>Officer</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Rationale</source>
        <translation>Justificativa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="100"/>
        <source>Stakeholder table</source>
        <translation>Tabela de atores</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/assessment_dock.py" line="304"/>
        <source>PACE class</source>
        <translation>Classe PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="363"/>
        <source>Classification (PACE)</source>
        <translation>Classificação (PACE)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="366"/>
        <source>Pressure from impact zones</source>
        <translation>Pressão das zonas de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="374"/>
        <source>Impact zones</source>
        <translation>Zonas de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="391"/>
        <source>not recorded</source>
        <translation>não registrado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="397"/>
        <source>Site profile</source>
        <translation>Perfil do local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="416"/>
        <source>Stakeholders</source>
        <translation>Atores</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="428"/>
        <source>Relations</source>
        <translation>Relações</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="432"/>
        <source>Fit of the management approaches</source>
        <translation>Adequação das abordagens de gestão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="441"/>
        <source>No decision recorded yet.</source>
        <translation>Nenhuma decisão registrada ainda.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Approach chosen</source>
        <translation>Abordagem escolhida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="445"/>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="461"/>
        <source>Decision history (newest first)</source>
        <translation>Histórico de decisões (a mais recente primeiro)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="62"/>
        <source>Generated</source>
        <translation>Gerado em</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="66"/>
        <source>ASM-PACE plugin version</source>
        <translation>Versão do complemento ASM-PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="69"/>
        <source>Data sources</source>
        <translation>Fontes dos dados</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="469"/>
        <source>About this dossier</source>
        <translation>Sobre este dossiê</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_html.py" line="37"/>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="44"/>
        <source>ASM-PACE site dossiers</source>
        <translation>Dossiês dos locais ASM-PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="72"/>
        <source>Site dossier: {title}</source>
        <translation>Dossiê do local: {title}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="58"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="28"/>
        <source>Influence–interest grid</source>
        <translation>Grade influência–interesse</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="29"/>
        <source>Relation network</source>
        <translation>Rede de relações</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="119"/>
        <source>Redaction NOT applied: this dossier holds personal contacts and sensitive stakeholders. Share it only with people entitled to them.</source>
        <translation>Dados sensíveis NÃO omitidos: este dossiê contém contatos pessoais e atores sensíveis. Compartilhe-o só com pessoas autorizadas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_pages.py" line="104"/>
        <source>QGIS could not write the PDF {path} (error {result}): is it open in another program?</source>
        <translation>O QGIS não conseguiu gravar o PDF {path} (erro {result}): ele está aberto em outro programa?</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Distance to the nearest protected area</source>
        <translation>Distância à área protegida mais próxima</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="48"/>
        <source>Share of the site inside protected areas</source>
        <translation>Proporção do local dentro de áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Influence (0–5)</source>
        <translation>Influência (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="70"/>
        <source>Interest (0–5)</source>
        <translation>Interesse (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="80"/>
        <source>Strength (1–3)</source>
        <translation>Intensidade (1–3)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>Impact pathway</source>
        <translation>Via de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="21"/>
        <source>Protected area</source>
        <translation>Área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="21"/>
        <source>Area reached (ha)</source>
        <translation>Área alcançada (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="21"/>
        <source>Share of the protected area</source>
        <translation>Proporção da área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>From (km)</source>
        <translation>De (km)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>To (km)</source>
        <translation>Até (km)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/printed_tables.py" line="27"/>
        <source>Source of the distance</source>
        <translation>Fonte da distância</translation>
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
        <translation>Nenhum ator mostrado: todos os deste local são sensíveis e foram deixados de fora.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="212"/>
        <source>No stakeholders recorded for this site.</source>
        <translation>Nenhum ator registrado para este local.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="125"/>
        <source>Safe to share: no contact or sensitive stakeholder had to be left out.</source>
        <translation>Pode ser compartilhado: não havia contato nem ator sensível a omitir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="131"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contato</numerusform>
            <numerusform>%n contatos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="134"/>
        <source>%n sensitive stakeholder(s)</source>
        <translation>
            <numerusform>%n ator sensível</numerusform>
            <numerusform>%n atores sensíveis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="137"/>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="142"/>
        <source>Redaction applied, left out: {left_out}.</source>
        <translation>Dados sensíveis omitidos: {left_out}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="332"/>
        <source>Site key(s) not found: {keys}. Give keys of assessed sites (the dock lists them), separated by commas; a key that holds a comma goes in double quotes (&quot;Kamituga, upper&quot;).</source>
        <translation>Chave(s) de local não encontrada(s): {keys}. Informe chaves de locais avaliados (o painel as lista), separadas por vírgulas; uma chave que contém uma vírgula vai entre aspas duplas (&quot;Kamituga, upper&quot;).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="382"/>
        <source>Mining over time in the site&apos;s areas</source>
        <translation>Mineração ao longo do tempo nas áreas do local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/dossier.py" line="386"/>
        <source>Mining over time measured no mining in the areas of this site.</source>
        <translation>Mineração ao longo do tempo não mediu mineração nas áreas deste local.</translation>
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
        <translation>&lt; {share}%</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/formatting.py" line="58"/>
        <source>{share}%</source>
        <translation>{share}%</translation>
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
        <translation>L</translation>
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
        <translation>dados sensíveis omitidos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="57"/>
        <source>NOT REDACTED</source>
        <translation>DADOS SENSÍVEIS NÃO OMITIDOS</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="62"/>
        <source>ASM-PACE site dossier · {site} · {date} UTC · plugin {version} · {redaction}</source>
        <translation>Dossiê do local ASM-PACE · {site} · {date} UTC · complemento {version} · {redaction}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_sections.py" line="42"/>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_layout.py" line="149"/>
        <source>This site has no geometry: no map.</source>
        <translation>Este local não tem geometria: sem mapa.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_maps.py" line="186"/>
        <source>Location: {country}</source>
        <translation>Localização: {country}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_maps.py" line="186"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/map_styles.py" line="72"/>
        <source>This site</source>
        <translation>Este local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/map_styles.py" line="75"/>
        <source>Other mining sites</source>
        <translation>Outros locais de mineração</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/layout_tables.py" line="171"/>
        <source>{name} (continued)</source>
        <translation>{name} (continuação)</translation>
    </message>
</context>
<context>
    <name>DossierMaps</name>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="114"/>
        <source>The maps show no protected area: {reason}</source>
        <translation>Os mapas não mostram nenhuma área protegida: {reason}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="148"/>
        <source>Mining sites</source>
        <translation>Locais de mineração</translation>
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
        <translation>Paisagens prioritárias do WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="178"/>
        <source>Ecoregions</source>
        <translation>Ecorregiões</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/dossier_maps.py" line="158"/>
        <source>Mercury and sediment corridors</source>
        <translation>Corredores de mercúrio e sedimentos</translation>
    </message>
</context>
<context>
    <name>DownstreamTraceAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="59"/>
        <source>Downstream trace (mercury and sediment)</source>
        <translation>Traçado a jusante (mercúrio e sedimentos)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="65"/>
        <source>asm,mining,mercury,sediment,river,downstream,trace,hydrorivers,corridor</source>
        <translation>asm,mape,garimpo,mercúrio,sedimentos,rio,jusante,traçado,hydrorivers,corredor</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="90"/>
        <source>Trace only sites where this field says yes (e.g. a mercury-use field; empty: all sites)</source>
        <translation>Traçar só os locais onde este campo diz sim (p. ex. um campo de uso de mercúrio; vazio: todos os locais)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="100"/>
        <source>Rivers (lines)</source>
        <translation>Rios (linhas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="103"/>
        <source>Downstream-id field (empty: NEXT_DOWN if present, else digitising direction)</source>
        <translation>Campo de identificador a jusante (vazio: NEXT_DOWN se existir; senão, o sentido de digitalização)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="111"/>
        <source>Reach id field the downstream ids refer to (empty: HYRIV_ID if present, else feature id)</source>
        <translation>Campo de identificador de trecho ao qual remetem os identificadores a jusante (vazio: HYRIV_ID se existir; senão, o identificador da feição)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="121"/>
        <source>Snap distance: farthest a river may be from a site (metres)</source>
        <translation>Distância de ligação: o mais longe que um rio pode estar de um local (metros)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="121"/>
        <source>Length to trace downstream (metres)</source>
        <translation>Comprimento a traçar a jusante (metros)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="121"/>
        <source>Corridor width across the river (metres)</source>
        <translation>Largura do corredor através do rio (metros)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="137"/>
        <source>Join line ends to another river within (metres; digitising direction only)</source>
        <translation>Ligar as pontas de linha a outro rio a menos de (metros; só sentido de digitalização)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="146"/>
        <source>Downstream traces</source>
        <translation>Traçados a jusante</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="149"/>
        <source>Mercury and sediment corridors</source>
        <translation>Corredores de mercúrio e sedimentos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="154"/>
        <source>Sites traced</source>
        <translation>Locais traçados</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="155"/>
        <source>Sites without a river in reach</source>
        <translation>Locais sem rio ao alcance</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="252"/>
        <source>The river layer must hold lines (river centre-lines such as HydroRIVERS), not points or polygons. Choose a line layer.</source>
        <translation>A camada de rios deve conter linhas (eixos de rios como o HydroRIVERS), não pontos nem polígonos. Escolha uma camada de linhas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="258"/>
        <source>The river layer</source>
        <translation>A camada de rios</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="207"/>
        <source>(no key)</source>
        <translation>(sem chave)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="68"/>
        <source>&lt;p&gt;Follows the rivers downstream of every mining site, where mercury and sediment travel (default {:g} km, after Diringer et al. 2015 and Lobo et al. 2017/2018; 500 km or more can be asked).&lt;/p&gt;&lt;p&gt;Each site is joined to the nearest river within the &lt;b&gt;snap distance&lt;/b&gt;, then traced down through confluences (and into every branch where a river splits) until the length is reached or the network ends. Sites with no river within the snap distance are listed in the log and counted, not failed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Flow direction&lt;/b&gt;: from a downstream-id field where the network has one (HydroRIVERS NEXT_DOWN with HYRIV_ID, found by itself), otherwise from the direction the lines were drawn in (first vertex upstream). The log says which was used. Natural Earth and many national layers are not reliably drawn downstream: check the trace on the map.&lt;/p&gt;&lt;p&gt;An &lt;b&gt;on/off field&lt;/b&gt; (e.g. whether mercury is used at the site: 1, yes, oui) limits the trace to the sites where it says yes.&lt;/p&gt;&lt;p&gt;Outputs: the traced stretches as lines, and a &lt;b&gt;corridor&lt;/b&gt; of the given width around them as the mercury / sediment zone (polygons, EPSG:4326, metres on the ellipsoid).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: &lt;i&gt;Pressure on protected areas&lt;/i&gt;, with the corridors beside the impact zones.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Segue os rios a jusante de cada local de mineração, por onde viajam o mercúrio e os sedimentos ({:g} km por padrão, segundo Diringer et al. 2015 e Lobo et al. 2017/2018; pode-se pedir 500 km ou mais).&lt;/p&gt;&lt;p&gt;Cada local é ligado ao rio mais próximo dentro da &lt;b&gt;distância de ligação&lt;/b&gt; e depois seguido a jusante pelas confluências (e por cada braço onde um rio se divide) até atingir o comprimento ou o fim da rede. Os locais sem rio dentro da distância de ligação são listados no registro e contados, sem falhar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentido do fluxo&lt;/b&gt;: a partir de um campo de identificador a jusante quando a rede tem um (NEXT_DOWN do HydroRIVERS com HYRIV_ID, encontrados sozinhos), senão a partir do sentido em que as linhas foram digitalizadas (primeiro vértice a montante). O registro diz qual foi usado. O Natural Earth e muitas camadas nacionais não são digitalizadas de forma confiável a jusante: confira o traçado no mapa.&lt;/p&gt;&lt;p&gt;Um &lt;b&gt;campo liga/desliga&lt;/b&gt; (p. ex. se há uso de mercúrio no local: 1, yes, sim) limita o traçado aos locais onde ele diz sim.&lt;/p&gt;&lt;p&gt;Saídas: os trechos traçados como linhas, e um &lt;b&gt;corredor&lt;/b&gt; da largura informada em torno deles como zona do mercúrio e dos sedimentos (polígonos, EPSG:4326, metros sobre o elipsoide).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Próximo passo&lt;/b&gt;: &lt;i&gt;Pressão sobre as áreas protegidas&lt;/i&gt;, com os corredores ao lado das zonas de impacto.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="214"/>
        <source>Sites without a river within {} m (not traced): {}</source>
        <translation>Locais sem rio a menos de {} m (não traçados): {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/downstream_trace.py" line="220"/>
        <source>Downstream trace: {} sites traced over up to {} m, {} without a river within {} m, {} without usable geometry, {} left out by the on/off field; site geometries repaired: {}; direction from {}.</source>
        <translation>Traçado a jusante: {} locais traçados em até {} m, {} sem rio a menos de {} m, {} sem geometria utilizável, {} deixados de fora pelo campo liga/desliga; geometrias de locais reparadas: {}; sentido segundo {}.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="94"/>
        <source>Site key</source>
        <translation>Chave do local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="78"/>
        <source>Site name</source>
        <translation>Nome do local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="79"/>
        <source>PACE class</source>
        <translation>Classe PACE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="80"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="81"/>
        <source>Strictest IUCN category</source>
        <translation>Categoria UICN mais restritiva</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="82"/>
        <source>Stakeholders</source>
        <translation>Atores</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="83"/>
        <source>Key players</source>
        <translation>Atores-chave</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="84"/>
        <source>Relations</source>
        <translation>Relações</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="85"/>
        <source>Fit of the approaches</source>
        <translation>Adequação das abordagens</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="86"/>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="87"/>
        <source>Rationale</source>
        <translation>Justificativa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="88"/>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="89"/>
        <source>Decided on (UTC)</source>
        <translation>Decidido em (UTC)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="90"/>
        <source>Decisions recorded</source>
        <translation>Decisões registradas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="91"/>
        <source>Redaction</source>
        <translation>Dados sensíveis</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="95"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="96"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="97"/>
        <source>Influence (0–5)</source>
        <translation>Influência (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="98"/>
        <source>Interest (0–5)</source>
        <translation>Interesse (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="99"/>
        <source>Stance</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="100"/>
        <source>Quadrant</source>
        <translation>Quadrante</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="101"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/export_rows.py" line="102"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
</context>
<context>
    <name>ExportAssessmentsAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="102"/>
        <source>Export assessments (table)</source>
        <translation>Exportar as avaliações (tabela)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="108"/>
        <source>asm,pace,export,csv,xlsx,report,programme,stakeholders,decision</source>
        <translation>asm,pace,exportar,csv,xlsx,relatório,programa,atores,decisão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="126"/>
        <source>Language of the texts in the table</source>
        <translation>Idioma dos textos da tabela</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="141"/>
        <source>Assessments</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="144"/>
        <source>Stakeholders</source>
        <translation>Atores</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="229"/>
        <source>{} text(s) held a NUL character, written as {} so that nothing after it is lost.</source>
        <translation>{} texto(s) continham um caractere NUL, gravado como {} para que nada do que vem depois se perca.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="111"/>
        <source>&lt;p&gt;Writes one row per assessed site of the workspace for programme reporting: PACE class, profile, number of stakeholders and key players, the fit of each approach, the decision, its rationale and date. Save it as CSV, XLSX or GeoPackage. The optional second table has one row per stakeholder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safe to share by default&lt;/b&gt;: sensitive stakeholders (marked so in the dock, or of a sensitive group) are left out and only contacts marked shareable are kept, unless you tick &lt;i&gt;Include contacts and sensitive stakeholders&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: send the table to the programme; when a site changes, update its assessment in the dock and export again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escreve uma linha por local avaliado do espaço de trabalho, para os relatórios do programa: classe PACE, perfil, número de atores e de atores-chave, adequação de cada abordagem, a decisão, sua justificativa e sua data. Salve-a como CSV, XLSX ou GeoPackage. A segunda tabela, opcional, tem uma linha por ator.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Segura para compartilhar por padrão&lt;/b&gt;: os atores sensíveis (marcados assim no painel, ou de um grupo sensível) ficam de fora e só os contatos marcados como compartilháveis são mantidos, a menos que você marque &lt;i&gt;Incluir os contatos e os atores sensíveis&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Próximo passo&lt;/b&gt;: envie a tabela ao programa; quando um local mudar, atualize sua avaliação no painel e exporte de novo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="127"/>
        <source>Field names and codes in a spreadsheet too (for scripts)</source>
        <translation>Nomes de campos e códigos também numa planilha (para scripts)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="132"/>
        <source>A spreadsheet (XLSX, ODS) is a report table: headers, classes and answers in the language chosen, the decision&apos;s date a date. Tick this to write the field names and codes instead, as a CSV or GeoPackage always holds them.</source>
        <translation>Uma planilha (XLSX, ODS) é uma tabela de relatório: cabeçalhos, classes e respostas no idioma escolhido, a data da decisão como data. Marque esta opção para gravar em vez disso os nomes de campos e os códigos, como um CSV ou um GeoPackage sempre os contém.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="235"/>
        <source>%n site(s) exported.</source>
        <translation>
            <numerusform>%n local exportado.</numerusform>
            <numerusform>%n locais exportados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/export_assessments.py" line="238"/>
        <source>Contacts and sensitive stakeholders are INCLUDED: do not share widely.</source>
        <translation>Os contatos e os atores sensíveis estão INCLUÍDOS: não divulgue amplamente.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/input_fields.py" line="71"/>
        <source>field &apos;{wanted}&apos; is not in the layer; its fields are: {field_names}</source>
        <translation>o campo &quot;{wanted}&quot; não está na camada; seus campos são: {field_names}</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/presets.py" line="108"/>
        <source>dossier</source>
        <translation>dossiê</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/presets.py" line="112"/>
        <source>dossiers</source>
        <translation>dossiês</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/presets.py" line="114"/>
        <source>assessments</source>
        <translation>avaliações</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/area_reports.py" line="57"/>
        <source>all_areas</source>
        <translation>todas_as_areas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/presets.py" line="115"/>
        <source>area_reports</source>
        <translation>relatorios_areas</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <location filename="../../tools/make_help.py" line="54"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="54"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Processing: ASM-PACE &amp;gt; {group} &amp;gt; {title} &amp;nbsp;·&amp;nbsp; in models and qgis_process:</source>
        <translation>Processamento: ASM-PACE &amp;gt; {group} &amp;gt; {title} &amp;nbsp;·&amp;nbsp; nos modelos e no qgis_process:</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Inputs, in the order of the dialog</source>
        <translation>Entradas, na ordem do diálogo</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Name in models and qgis_process</source>
        <translation>Nome nos modelos e no qgis_process</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Outputs</source>
        <translation>Saídas</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../../tools/make_help.py" line="90"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
</context>
<context>
    <name>ImpactPathways</name>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="16"/>
        <source>No: one zone per site and pathway</source>
        <translation>Não: uma zona por local e via</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="16"/>
        <source>Per pathway</source>
        <translation>Por via</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="16"/>
        <source>All zones into one</source>
        <translation>Todas as zonas em uma</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="59"/>
        <source>Impact-pathway catalogue {path}</source>
        <translation>Catálogo de vias de impacto {path}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="63"/>
        <source>{where} cannot be read ({strerror}). Choose an existing CSV file.</source>
        <translation>{where} não pode ser lido ({strerror}). Escolha um arquivo CSV existente.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="100"/>
        <source>{where}, line {line}</source>
        <translation>{where}, linha {line}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="104"/>
        <source>{where}, line {line}: the name &apos;{name}&apos; appears twice. Rename one.</source>
        <translation>{where}, linha {line}: o nome &quot;{name}&quot; aparece duas vezes. Renomeie um deles.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="148"/>
        <source>{where}: confidence must be one of {CONFIDENCES}, not &apos;{confidence}&apos;.</source>
        <translation>{where}: a confiança deve ser uma de {CONFIDENCES}, não &quot;{confidence}&quot;.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="200"/>
        <source>No impact pathway was chosen. Give at least one, e.g. footprint,hunting.</source>
        <translation>Nenhuma via de impacto foi escolhida. Informe ao menos uma, p. ex. footprint,hunting.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="221"/>
        <source>Distances</source>
        <translation>Distâncias</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="221"/>
        <source>Per-site distance fields</source>
        <translation>Campos de distância por local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="221"/>
        <source>On/off fields</source>
        <translation>Campos liga/desliga</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="208"/>
        <source>Unknown impact pathway &apos;{name}&apos;. Known pathways: {zone_names}.</source>
        <translation>Via de impacto desconhecida &quot;{name}&quot;. Vias conhecidas: {zone_names}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="92"/>
        <source>{where} lacks the column(s) {missing}. It needs a header line: {CATALOGUE_COLUMNS}.</source>
        <translation>Faltam a {where} as colunas {missing}. É preciso uma linha de cabeçalho: {CATALOGUE_COLUMNS}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="132"/>
        <source>{where}: the name &apos;{name}&apos; must be letters, digits and &apos;_&apos; only, e.g. hunting.</source>
        <translation>{where}: o nome &quot;{name}&quot; só pode ter letras, algarismos e '_', p. ex. hunting.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="140"/>
        <source>{where}: kind must be &apos;{KIND_ZONE}&apos; or &apos;{KIND_DOWNSTREAM}&apos;, not &apos;{kind}&apos;.</source>
        <translation>{where}: kind deve ser '{KIND_ZONE}' ou '{KIND_DOWNSTREAM}', não '{kind}'.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="116"/>
        <source>{what}: &apos;{value}&apos; is not of the form pathway=value, e.g. hunting=12700.</source>
        <translation>{what}: &quot;{value}&quot; não tem a forma via=valor, p. ex. hunting=12700.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="228"/>
        <source>{what} name pathways that are not chosen: {extra}. Add them to the pathways.</source>
        <translation>{what}: citam vias que não foram escolhidas: {extra}. Adicione-as às vias.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="243"/>
        <source>The distance given for &apos;{name}&apos; ({distances}) is not a positive number of metres.</source>
        <translation>A distância informada para &quot;{name}&quot; ({distances}) não é um número positivo de metros.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="72"/>
        <source>{where}, line {line}: not text in UTF-8 (a binary file, or another encoding). Save it as CSV UTF-8 from your spreadsheet, or choose the shipped catalogue.</source>
        <translation>{where}, linha {line}: não é texto em UTF-8 (um arquivo binário, ou outra codificação). Salve-o como CSV UTF-8 na sua planilha, ou escolha o catálogo incluído.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="84"/>
        <source>{where}, line {line_num}: not readable as CSV ({error}).</source>
        <translation>{where}, linha {line_num}: ilegível como CSV ({error}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="168"/>
        <source>{where}: distance_m {text} is {beyond_limit}.</source>
        <translation>{where}: distance_m {text} está {beyond_limit}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="236"/>
        <source>beyond {km} km, the farthest a zone is drawn true to its area</source>
        <translation>além de {km} km, a maior distância em que uma zona é desenhada fiel à sua área</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="250"/>
        <source>The distance given for &apos;{name}&apos; ({distances} m) is {beyond_limit}.</source>
        <translation>A distância informada para &quot;{name}&quot; ({distances} m) está {beyond_limit}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="285"/>
        <source>The {what} {error}.</source>
        <translation>{what}: {error}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="214"/>
        <source>&apos;{name}&apos; is traced down rivers, not drawn as a zone: use the algorithm &apos;Downstream trace (mercury and sediment)&apos; for it.</source>
        <translation>&quot;{name}&quot; é traçado ao longo dos rios, não desenhado como zona: use para isso o algoritmo &quot;Traçado a jusante (mercúrio e sedimentos)&quot;.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="56"/>
        <source>{}: {} m is very small for this pathway (default: {}). Distances are in metres: for {} km, type {}.</source>
        <translation>{}: {} m é muito pouco para esta via (padrão: {}). As distâncias são em metros: para {} km, digite {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="31"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="70"/>
        <source>{}: {} ({}){}{}</source>
        <translation>{}: {} ({}){}{}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="70"/>
        <source>per site</source>
        <translation>por local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="70"/>
        <source>, per-site field {}</source>
        <translation>, campo por local {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="70"/>
        <source>, on/off field {}</source>
        <translation>, campo liga/desliga {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="28"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="29"/>
        <source>medium</source>
        <translation>média</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="30"/>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="215"/>
        <source>catalogue: {source}</source>
        <translation>catálogo: {source}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="219"/>
        <source>per-site field {field}</source>
        <translation>campo por local {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="221"/>
        <source>distance given in the dialog</source>
        <translation>distância informada na caixa de diálogo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathways.py" line="222"/>
        <source>dissolved zones of several sites</source>
        <translation>zonas dissolvidas de vários locais</translation>
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
        <translation>asm,mape,garimpo,impacto,buffer,geodésico,desmatamento,caça,zona,via</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="81"/>
        <source>Non-overlapping rings instead of full discs</source>
        <translation>Anéis sem sobreposição em vez de discos completos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="86"/>
        <source>Dissolve zones</source>
        <translation>Dissolver as zonas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="94"/>
        <source>Impact-pathway catalogue (CSV; empty: the shipped one)</source>
        <translation>Catálogo de vias de impacto (CSV; vazio: o incluído)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="105"/>
        <source>Number of zones</source>
        <translation>Número de zonas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="106"/>
        <source>Sites without any zone</source>
        <translation>Locais sem nenhuma zona</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="168"/>
        <source>Dissolving zones...</source>
        <translation>Dissolvendo as zonas...</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="185"/>
        <source>Impact zones: {} zones written for {} sites and {} pathways ({}, {}); sites without any zone: {}; site geometries repaired: {}; {}.</source>
        <translation>Zonas de impacto: {} zonas escritas para {} locais e {} vias ({}, {}); locais sem nenhuma zona: {}; geometrias de locais reparadas: {}; {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="185"/>
        <source>rings</source>
        <translation>anéis</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="185"/>
        <source>discs</source>
        <translation>discos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="185"/>
        <source>nothing skipped</source>
        <translation>nada deixado de fora</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="80"/>
        <source>Impact pathways</source>
        <translation>Vias de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="55"/>
        <source>{}: distance (metres)</source>
        <translation>{}: distância (metros)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="68"/>
        <source>Metres on the ellipsoid. Default: {} ({}).</source>
        <translation>Metros sobre o elipsoide. Padrão: {} ({}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="63"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="95"/>
        <source>Other distances in metres (pathway=metres, e.g. charcoal_timber=5000)</source>
        <translation>Outras distâncias em metros (via=metros, p. ex. charcoal_timber=5000)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="42"/>
        <source>{} (no default distance: give one)</source>
        <translation>{} (sem distância padrão: informe uma)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="43"/>
        <source>{} ({} km)</source>
        <translation>{} ({} km)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="160"/>
        <source>Other distances</source>
        <translation>Outras distâncias</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="56"/>
        <source>&lt;p&gt;Draws, around every mining site, the zones its impacts reach: site footprint, off-site deforestation, hunting pressure, landscape deforestation, charcoal and timber.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distances are metres on the ellipsoid&lt;/b&gt; whatever the CRS: a 10 km zone covers the same area at the equator, at 47°N or at 70°N, and zones crossing the 180° meridian are split on both sides. Polygon and line sites are buffered from their edge.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Impact pathways&lt;/b&gt;: tick those to draw. Each has its distance below, in metres; the defaults are {}, each with its source and confidence (under Advanced, you can give your own edited copy of the catalogue of pathways). A distance far smaller than its default (10 typed for 10 km) is warned about in the log.&lt;/p&gt;&lt;p&gt;Under &lt;b&gt;Advanced&lt;/b&gt;, each pathway can take &lt;b&gt;its distance per site&lt;/b&gt; from a numeric field of the sites (an empty value uses the distance above), and be drawn &lt;b&gt;only where a field says yes&lt;/b&gt; (1, true, yes, oui).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rings&lt;/b&gt;: each zone without the smaller ones (footprint, then 1–10 km, then 10–70 km), for maps; keep full discs to measure pressure on protected areas. &lt;b&gt;Dissolve&lt;/b&gt; merges the zones of all sites, per pathway or all together.&lt;/p&gt;&lt;p&gt;Each zone says its site, pathway, distance, where the distance comes from and its area in hectares. Output in EPSG:4326.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: &lt;i&gt;Downstream trace&lt;/i&gt; for mercury and sediment along rivers, then &lt;i&gt;Pressure on protected areas&lt;/i&gt; with these zones.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Desenha, em torno de cada local de mineração, as zonas que os seus impactos alcançam: área do local, desmatamento fora do local, pressão de caça, desmatamento da paisagem, madeira e carvão vegetal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;As distâncias são metros sobre o elipsoide&lt;/b&gt; qualquer que seja o SRC: uma zona de 10 km cobre a mesma área no equador, a 47°N ou a 70°N, e as zonas que cruzam o meridiano de 180° são divididas dos dois lados. Locais de polígonos e de linhas são ampliados a partir da borda.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vias de impacto&lt;/b&gt;: marque as que deseja desenhar. Cada uma tem sua distância abaixo, em metros; os valores padrão são {}, cada um com sua fonte e seu grau de confiança (em Avançado, você pode informar sua própria cópia editada do catálogo de vias). Uma distância muito menor que o seu valor padrão (10 digitado por 10 km) é avisada no registro.&lt;/p&gt;&lt;p&gt;Em &lt;b&gt;Avançado&lt;/b&gt;, cada via pode tomar &lt;b&gt;a sua distância por local&lt;/b&gt; de um campo numérico dos locais (um valor vazio usa a distância acima), e ser desenhada &lt;b&gt;só onde um campo diz sim&lt;/b&gt; (1, true, yes, sim).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anéis&lt;/b&gt;: cada zona sem as menores (área do local, depois 1–10 km, depois 10–70 km), para mapas; mantenha os discos completos para medir a pressão sobre as áreas protegidas. &lt;b&gt;Dissolver&lt;/b&gt; junta as zonas de todos os locais, por via ou todas juntas.&lt;/p&gt;&lt;p&gt;Cada zona informa seu local, sua via, sua distância, de onde vem a distância e sua área em hectares. Saída em EPSG:4326.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Próximo passo&lt;/b&gt;: &lt;i&gt;Traçado a jusante&lt;/i&gt; para o mercúrio e os sedimentos ao longo dos rios, depois &lt;i&gt;Pressão sobre as áreas protegidas&lt;/i&gt; com estas zonas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="107"/>
        <source>{}: distance per site (metres)</source>
        <translation>{}: distância por local (metros)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="107"/>
        <source>A numeric field of the sites with each site&apos;s distance in metres; where it is empty, the distance above is used.</source>
        <translation>Um campo numérico dos locais com a distância de cada local em metros; onde estiver vazio, usa-se a distância acima.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="107"/>
        <source>{}: drawn only where this field says yes</source>
        <translation>{}: desenhada só onde este campo diz sim</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pathway_parameters.py" line="107"/>
        <source>A field of the sites that turns the pathway on (1, true, yes, oui) or off (0, false, no, non) site by site.</source>
        <translation>Um campo dos locais que liga a via (1, true, yes, oui) ou a desliga (0, false, no, non) local por local.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="176"/>
        <source>{pathway}: %n site(s) without this zone ({reason}).</source>
        <translation>
            <numerusform>{pathway}: %n local sem esta zona ({reason}).</numerusform>
            <numerusform>{pathway}: %n locais sem esta zona ({reason}).</numerusform>
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
        <translation>Não definido</translation>
    </message>
</context>
<context>
    <name>LayerFieldsWidget</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/layer_fields_widget.py" line="57"/>
        <source>Found by itself</source>
        <translation>Encontrado automaticamente</translation>
    </message>
</context>
<context>
    <name>MiningCharts</name>
    <message>
        <location filename="../../asm_pace_plugin/rendering/mining_charts.py" line="53"/>
        <source>new {unit} per period (bars), up to {top}</source>
        <translation>{unit} novos por período (barras), até {top}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/mining_charts.py" line="58"/>
        <source>cumulative {unit} (line), up to {top}</source>
        <translation>{unit} acumulados (linha), até {top}</translation>
    </message>
</context>
<context>
    <name>MiningHistory</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/mining_history.py" line="42"/>
        <source>Mining in {area}: {history}</source>
        <translation>Mineração em {area}: {history}</translation>
    </message>
</context>
<context>
    <name>MiningOverTimeAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="74"/>
        <source>Mining over time</source>
        <translation>Mineração ao longo do tempo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="80"/>
        <source>asm,mining,monitoring,time,year,growth,trend,footprint,amazon mining watch,amw,protected,area</source>
        <translation>mape,mineração,garimpo,monitoramento,tempo,ano,crescimento,tendência,área minerada,amazon mining watch,amw,protegida,área</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="121"/>
        <source>Mining footprints or sites (one layer with a date field, or one layer per date)</source>
        <translation>Áreas mineradas ou locais (uma camada com campo de data, ou uma camada por data)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="128"/>
        <source>Date or year field (empty: year, date, period... or the layers&apos; names)</source>
        <translation>Campo de data ou de ano (vazio: year, date, period… ou o nome das camadas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="135"/>
        <source>Periods</source>
        <translation>Períodos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="135"/>
        <source>Years</source>
        <translation>Anos</translation>
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
        <translation>As áreas mineradas de um período são</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="143"/>
        <source>its new mining</source>
        <translation>sua mineração nova</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="143"/>
        <source>a cumulative snapshot (all mining so far)</source>
        <translation>um retrato acumulado (toda a mineração até então)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="154"/>
        <source>Footprint or site id field (empty: site_id, id... or none)</source>
        <translation>Campo de identificador da área minerada ou do local (vazio: site_id, id… ou nenhum)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="154"/>
        <source>Mined area field, hectares (empty: mined_ha if present)</source>
        <translation>Campo de área minerada, em hectares (vazio: mined_ha se existir)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="163"/>
        <source>Protected areas (WDPA or a national layer)</source>
        <translation>Áreas protegidas (WDPA ou camada nacional)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="172"/>
        <source>Other areas (indigenous territories, buffer zones, districts)</source>
        <translation>Outras áreas (terras indígenas, zonas de amortecimento, municípios)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="180"/>
        <source>Name field of the other areas (empty: name, NOM, NOMBRE...)</source>
        <translation>Campo de nome das outras áreas (vazio: name, NOM, NOMBRE…)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="180"/>
        <source>Id field of the other areas (empty: id, code...)</source>
        <translation>Campo de identificador das outras áreas (vazio: id, code…)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="187"/>
        <source>Assessment workspace (.gpkg), for growth before and after decisions</source>
        <translation>Espaço de trabalho de avaliação (.gpkg), para o crescimento antes e depois das decisões</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="197"/>
        <source>Mining per area and period</source>
        <translation>Mineração por área e período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="202"/>
        <source>Trend per area</source>
        <translation>Tendência por área</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="207"/>
        <source>Footprints with their areas and periods</source>
        <translation>Áreas mineradas com suas áreas e períodos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="215"/>
        <source>Growth before and after decisions</source>
        <translation>Crescimento antes e depois das decisões</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="223"/>
        <source>Charts of new and cumulative mining per area (PNG, one per area)</source>
        <translation>Gráficos da mineração nova e acumulada por área (PNG, um por área)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="231"/>
        <source>Areas with mining</source>
        <translation>Áreas com mineração</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="256"/>
        <source>No footprint or site with a usable geometry was read: nothing to measure.</source>
        <translation>Nenhuma área minerada ou local com geometria utilizável foi lido: nada a medir.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="265"/>
        <source>Mining over time: {read} footprints or sites read in {periods} periods ({first} to {last}); {areas} areas hold mining; geometries repaired: {repaired}; features without usable geometry left out: {skipped}.</source>
        <translation>Mineração ao longo do tempo: {read} áreas mineradas ou locais lidos em {periods} períodos ({first} a {last}); {areas} áreas com mineração; geometrias reparadas: {repaired}; feições sem geometria utilizável deixadas de fora: {skipped}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="282"/>
        <source>{count} features left out: {reason}.</source>
        <translation>{count} feições deixadas de fora: {reason}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="307"/>
        <source>No area layer was given: give protected areas, other areas (indigenous territories, districts), or both.</source>
        <translation>Nenhuma camada de áreas foi dada: dê áreas protegidas, outras áreas (terras indígenas, municípios), ou ambas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="349"/>
        <source>sites</source>
        <translation>locais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="351"/>
        <source>The charts could not be written in {}: {}</source>
        <translation>Não foi possível gravar os gráficos em {}: {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="393"/>
        <source>Decisions compared in {} areas.</source>
        <translation>Decisões comparadas em {} áreas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/mining_over_time.py" line="85"/>
        <source>&lt;p&gt;How fast mining grows in each protected area (and in any other area you give: indigenous territories, buffer zones, districts), period by period: where it is new, how much, and whether it changed after a decision.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Footprints&lt;/b&gt;: mining polygons (Amazon Mining Watch, MapBiomas, your own mapping) or sites as points (patrols, field visits), with a date or year field, or several layers each named with its date (mining_2019, mining_2020). Either each period holds its &lt;i&gt;new&lt;/i&gt; mining, or each period is a &lt;i&gt;cumulative snapshot&lt;/i&gt; of all mining so far: then the new mining of a period is what its snapshot adds to the one before. Mining that a snapshot loses is reported apart (lost_ha), never counted as negative mining.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per area and period&lt;/b&gt;: new hectares, cumulative hectares, share of the area mined, number of new footprints or sites, change from the period before. Areas are measured in hectares on the ellipsoid; footprints that overlap each other, parcels of an area that overlap and footprints seen again later are counted once. With a mined-area field (AMW&apos;s mined_ha), that figure is given beside ours, shared out as AMW does: mined area times the share of the polygon inside the area.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Trend&lt;/b&gt; of each area, from the new mining of the last period against the mean of the three periods before it: &lt;i&gt;no new mining&lt;/i&gt; (none in the last period), &lt;i&gt;new&lt;/i&gt; (none before), &lt;i&gt;accelerating&lt;/i&gt; (twice the mean or more), &lt;i&gt;growing&lt;/i&gt; (a quarter more or above), &lt;i&gt;slowing&lt;/i&gt; (a quarter less or below), &lt;i&gt;steady&lt;/i&gt; (in between).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Decisions&lt;/b&gt;: with the assessment workspace, for each decided site inside an area, the new mining in the same number of whole periods before and after the decision&apos;s date (the period holding the date counts in neither).&lt;/p&gt;&lt;p&gt;Protected areas are cleaned as in &lt;i&gt;Classify sites&lt;/i&gt;. Only the areas near the footprints are read, so a global WDPA layer can be given.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: &lt;i&gt;Protected-area reports&lt;/i&gt; from these tables, one per area and one with all areas ranked by growth, for the park authority; with the decisions table loaded, the &lt;i&gt;ASM-PACE assessment&lt;/i&gt; dock shows each decided site&apos;s history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Com que rapidez a mineração cresce em cada área protegida (e em qualquer outra área indicada: terras indígenas, zonas de amortecimento, municípios), período a período: onde é nova, quanto, e se mudou depois de uma decisão.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Áreas mineradas&lt;/b&gt;: polígonos de mineração (Amazon Mining Watch, MapBiomas, seu próprio mapeamento) ou locais como pontos (patrulhas, visitas de campo), com um campo de data ou de ano, ou várias camadas nomeadas cada uma com sua data (mining_2019, mining_2020). Ou cada período contém sua mineração &lt;i&gt;nova&lt;/i&gt;, ou cada período é um &lt;i&gt;retrato acumulado&lt;/i&gt; de toda a mineração até então: a mineração nova de um período é então o que seu retrato acrescenta ao anterior. O que um retrato perde é informado à parte (lost_ha), nunca contado como mineração negativa.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Por área e período&lt;/b&gt;: hectares novos, hectares acumulados, proporção da área minerada, número de áreas mineradas ou locais novos, variação em relação ao período anterior. As áreas são medidas em hectares sobre o elipsoide; áreas mineradas que se sobrepõem, parcelas de uma área que se sobrepõem e áreas mineradas vistas de novo mais tarde são contadas uma só vez. Com um campo de área minerada (mined_ha do AMW), esse número é dado ao lado do nosso, repartido como faz o AMW: área minerada vezes a proporção do polígono dentro da área.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tendência&lt;/b&gt; de cada área, pela mineração nova do último período comparada à média dos três períodos anteriores: &lt;i&gt;sem mineração nova&lt;/i&gt; (nenhuma no último período), &lt;i&gt;nova&lt;/i&gt; (nenhuma antes), &lt;i&gt;acelerando&lt;/i&gt; (o dobro da média ou mais), &lt;i&gt;crescendo&lt;/i&gt; (um quarto a mais ou acima), &lt;i&gt;desacelerando&lt;/i&gt; (um quarto a menos ou abaixo), &lt;i&gt;estável&lt;/i&gt; (entre os dois).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Decisões&lt;/b&gt;: com o espaço de trabalho de avaliação, para cada local decidido dentro de uma área, a mineração nova no mesmo número de períodos inteiros antes e depois da data da decisão (o período que contém a data não conta em nenhum dos lados).&lt;/p&gt;&lt;p&gt;As áreas protegidas são depuradas como em &lt;i&gt;Classificar locais&lt;/i&gt;. Só as áreas próximas das áreas mineradas são lidas: uma camada WDPA mundial pode ser dada.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Próximo passo&lt;/b&gt;: os &lt;i&gt;Relatórios por área protegida&lt;/i&gt; a partir destas tabelas, um por área e um com todas as áreas classificadas pelo crescimento, para a autoridade da área; com a tabela de decisões carregada, o painel &lt;i&gt;Avaliação ASM-PACE&lt;/i&gt; mostra o histórico de cada local decidido.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/areas.py" line="30"/>
        <source>The area layer &apos;{layer}&apos;: {error}.</source>
        <translation>A camada de áreas &quot;{layer}&quot;: {error}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/areas.py" line="36"/>
        <source>The area layer &apos;{layer}&apos; has no name field (name, NOM, NOMBRE, NOME...); its fields are: {fields}. Give its name field.</source>
        <translation>A camada de áreas &quot;{layer}&quot; não tem campo de nome (name, NOM, NOMBRE, NOME…); seus campos são: {fields}. Indique seu campo de nome.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="40"/>
        <source>period from the field {field}</source>
        <translation>período lido do campo {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="40"/>
        <source>period {period} from the layer&apos;s name</source>
        <translation>período {period} pelo nome da camada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="47"/>
        <source>ids from {field}</source>
        <translation>identificadores lidos de {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="47"/>
        <source>each feature a footprint of its own</source>
        <translation>cada feição é uma área minerada à parte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="52"/>
        <source>mined area from {field}</source>
        <translation>área minerada lida de {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="52"/>
        <source>no mined-area field</source>
        <translation>sem campo de área minerada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="57"/>
        <source>{layer}: {period}; {identity}; {mined}.</source>
        <translation>{layer}: {period}; {identity}; {mined}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="66"/>
        <source>The footprint layer &apos;{layer}&apos;: {error}.</source>
        <translation>A camada de áreas mineradas &quot;{layer}&quot;: {error}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="79"/>
        <source>The footprint layer &apos;{layer}&apos; holds neither polygons nor points: give mining footprints (polygons) or sites (points).</source>
        <translation>A camada de áreas mineradas &quot;{layer}&quot; não contém polígonos nem pontos: dê áreas mineradas (polígonos) ou locais (pontos).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="87"/>
        <source>The footprint layer &apos;{layer}&apos; has no valid CRS: set it in Layer Properties &gt; Source.</source>
        <translation>A camada de áreas mineradas &quot;{layer}&quot; não tem SRC válido: defina-o em Propriedades da camada &gt; Fonte.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="107"/>
        <source>The footprint layer &apos;{layer}&apos; has no date or year field (year, date, period...) and its name gives no date: give its period field, or name the layer with its date (footprints_2019).</source>
        <translation>A camada de áreas mineradas &quot;{layer}&quot; não tem campo de data ou de ano (year, date, period…) e seu nome não dá nenhuma data: indique seu campo de período, ou nomeie a camada com sua data (footprints_2019).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="135"/>
        <source>Feature {feature} of &apos;{layer}&apos;: the mined area &apos;{value}&apos; is not a number of hectares (0 or more).</source>
        <translation>Feição {feature} de &quot;{layer}&quot;: a área minerada &quot;{value}&quot; não é um número de hectares (0 ou mais).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="161"/>
        <source>Feature {feature} of &apos;{layer}&apos; ({field}): {error}</source>
        <translation>Feição {feature} de &quot;{layer}&quot; ({field}): {error}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="20"/>
        <source>year</source>
        <translation>ano</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="21"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="22"/>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="93"/>
        <source>&apos;{value}&apos; is not a date, a year or a period: write it as 2019, 2019-05-01, 2025-Q2 or 2025-05.</source>
        <translation>&quot;{value}&quot; não é uma data, um ano nem um período: escreva-o como 2019, 2019-05-01, 2025-Q2 ou 2025-05.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="100"/>
        <source>&apos;{value}&apos; is a {given}, but the periods are months or quarters: give dates, or choose longer periods.</source>
        <translation>&quot;{value}&quot; é um {given}, mas os períodos são meses ou trimestres: dê datas, ou escolha períodos mais longos.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="128"/>
        <source>A feature has no period (its date or year is empty): give one.</source>
        <translation>Uma feição não tem período (sua data ou ano está vazio): indique um.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/periods.py" line="171"/>
        <source>The layer &apos;{name}&apos; does not say which period it shows: name it with its date or year (footprints_2019, mining 2025-Q1), or give a period field.</source>
        <translation>A camada &quot;{name}&quot; não diz qual período mostra: nomeie-a com sua data ou ano (footprints_2019, mining 2025-Q1), ou indique um campo de período.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="285"/>
        <source>Decision of {date}: too early to compare, no whole {period} since.</source>
        <translation>Decisão de {date}: cedo demais para comparar, nenhum {period} inteiro desde então.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="288"/>
        <source>+{value} new sites a {period}</source>
        <translation>+{value} locais novos por {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="288"/>
        <source>+{value} ha a {period}</source>
        <translation>+{value} ha por {period}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="294"/>
        <source>Since the decision of {date}: {after}; before: {before}.</source>
        <translation>Desde a decisão de {date}: {after}; antes: {before}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="34"/>
        <source>no new mining</source>
        <translation>sem mineração nova</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="35"/>
        <source>new</source>
        <translation>nova</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="36"/>
        <source>accelerating</source>
        <translation>acelerando</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="37"/>
        <source>growing</source>
        <translation>crescendo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="38"/>
        <source>steady</source>
        <translation>estável</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/trend.py" line="39"/>
        <source>slowing</source>
        <translation>desacelerando</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/areas.py" line="70"/>
        <source>Two area layers are both named &apos;{}&apos;: rename one.</source>
        <translation>Duas camadas de áreas se chamam &quot;{}&quot;: renomeie uma.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="188"/>
        <source>No footprint layer was given: give at least one.</source>
        <translation>Nenhuma camada de áreas mineradas foi dada: dê pelo menos uma.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="194"/>
        <source>The footprint layer &apos;{}&apos; is empty: remove it or choose another.</source>
        <translation>A camada de áreas mineradas &quot;{}&quot; está vazia: remova-a ou escolha outra.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="204"/>
        <source>Some footprint layers hold points and others polygons: give sites (points) or footprints (polygons), not both in one run.</source>
        <translation>Algumas camadas de áreas mineradas contêm pontos e outras polígonos: dê locais (pontos) ou áreas mineradas (polígonos), não os dois numa mesma execução.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="238"/>
        <source>The snapshot layers were not given in date order; they are taken in date order: {}.</source>
        <translation>As camadas de retratos não foram dadas em ordem de data; são tomadas em ordem de data: {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="246"/>
        <source>Several snapshot layers are of the same period ({}): their footprints are taken together.</source>
        <translation>Várias camadas de retratos são do mesmo período ({}): suas áreas mineradas são tomadas juntas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/results.py" line="48"/>
        <source>{area} {period}: {hectares} ha</source>
        <translation>{area} {period}: {hectares} ha</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/results.py" line="54"/>
        <source>In {count} area-periods a snapshot holds less mining than the one before ({named}). Mining does not disappear from one snapshot to the next: check that the snapshots are cumulative and their dates right. The loss is in lost_ha; the new mining is never negative.</source>
        <translation>Em {count} pares área-período um retrato contém menos mineração que o anterior ({named}). A mineração não desaparece de um retrato para o outro: verifique se os retratos são acumulados e suas datas corretas. A perda está em lost_ha; a mineração nova nunca é negativa.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="49"/>
        <source>Site context</source>
        <translation>Contexto do local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="62"/>
        <source>Answered on the Profile page: change it there.</source>
        <translation>Respondido na página Perfil: altere lá.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="63"/>
        <source>{question} (answered in the profile)</source>
        <translation>{question} (respondido no perfil)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="85"/>
        <source>Fit of each approach here, and why</source>
        <translation>Adequação de cada abordagem aqui, e por quê</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="99"/>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="103"/>
        <source>Choose an approach…</source>
        <translation>Escolha uma abordagem…</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="113"/>
        <source>Why this approach, for this site (required)</source>
        <translation>Por que esta abordagem, para este local (obrigatório)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="118"/>
        <source>Record decision</source>
        <translation>Registrar a decisão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="123"/>
        <source>Approach</source>
        <translation>Abordagem</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="124"/>
        <source>Officer</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="125"/>
        <source>Rationale</source>
        <translation>Justificativa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="127"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="134"/>
        <source>choose an approach</source>
        <translation>escolha uma abordagem</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="138"/>
        <source>write the rationale</source>
        <translation>escreva a justificativa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="140"/>
        <source>To record the decision: {missing}.</source>
        <translation>Para registrar a decisão: {missing}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="140"/>
        <source>, then </source>
        <translation>, depois </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="140"/>
        <source>Record this approach and rationale in the site&apos;s decision history.</source>
        <translation>Registrar esta abordagem e sua justificativa no histórico de decisões do local.</translation>
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
        <translation>o seu nome, como constará do histórico</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/options_page.py" line="136"/>
        <source>write your name</source>
        <translation>escrever o seu nome</translation>
    </message>
</context>
<context>
    <name>OutputFields</name>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="13"/>
        <source>site: value of the site id field, or its feature id</source>
        <translation>local: valor do campo identificador do local, ou o identificador da sua feição</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>impact pathway (mercury_sediment)</source>
        <translation>via de impacto (mercury_sediment)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>metres from the site to the river it was snapped to</source>
        <translation>metros do local até o rio ao qual foi ligado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>length asked for, in metres</source>
        <translation>comprimento pedido, em metros</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>length traced, in metres on the ellipsoid (all branches)</source>
        <translation>comprimento traçado, em metros sobre o elipsoide (todos os braços)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>where the flow direction came from</source>
        <translation>de onde veio o sentido do fluxo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>corridor width in metres (corridor layer)</source>
        <translation>largura do corredor em metros (camada de corredores)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>corridor area in hectares on the ellipsoid (corridor layer)</source>
        <translation>área do corredor em hectares sobre o elipsoide (camada de corredores)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>true when the site is PACE (one of the three classes)</source>
        <translation>verdadeiro quando o local é PACE (uma das três classes)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>number of protected areas (incl. AZE sites) the site touches</source>
        <translation>número de áreas protegidas (incl. sítios AZE) que o local toca</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>names of those protected areas, &apos;; &apos;-separated</source>
        <translation>nomes dessas áreas protegidas, separados por '; '</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>their ids (WDPAID / SITE_ID or the chosen id field)</source>
        <translation>seus identificadores (WDPAID / SITE_ID ou o campo de identificador escolhido)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>their designations (DESIG_ENG or the chosen field)</source>
        <translation>suas designações (DESIG_ENG ou o campo escolhido)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>their levels: international, regional, national, local</source>
        <translation>seus níveis: internacional, regional, nacional, local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>international designations found: World Heritage, Ramsar, AZE</source>
        <translation>designações internacionais encontradas: World Heritage (Patrimônio Mundial), Ramsar, AZE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>strictest IUCN category among them (Ia strictest)</source>
        <translation>categoria UICN mais restritiva entre elas (Ia a mais restritiva)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>WWF priority landscape(s) the site touches</source>
        <translation>paisagem(ns) prioritária(s) do WWF que o local toca</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>Global 200 ecoregion(s) the site touches</source>
        <translation>ecorregião(ões) prioritária(s) Global 200 que o local toca</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>distance to it in metres on the ellipsoid (0 inside a protected area)</source>
        <translation>distância até ela em metros sobre o elipsoide (0 dentro de uma área protegida)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>which kinds of layers were tested</source>
        <translation>quais tipos de camadas foram testados</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>kinds of layers not supplied, so not tested</source>
        <translation>tipos de camadas não fornecidos, portanto não testados</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>&apos;no geometry&apos; or &apos;geometry repaired&apos; where that applied</source>
        <translation>'no geometry' ou 'geometry repaired' quando for o caso</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>data version given by the user (e.g. WDPA Nov 2025)</source>
        <translation>versão dos dados informada pelo usuário (p. ex. WDPA nov. 2025)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>&apos;class&apos; rows count sites per PACE class; &apos;protected_area&apos; rows per PA</source>
        <translation>as linhas 'class' contam os locais por classe PACE; as linhas 'protected_area' por área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>the PACE class (class rows)</source>
        <translation>a classe PACE (linhas 'class')</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>layer of the protected area (protected_area rows)</source>
        <translation>camada da área protegida (linhas 'protected_area')</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>id of the protected area</source>
        <translation>identificador da área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="24"/>
        <source>name of the protected area</source>
        <translation>nome da área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="25"/>
        <source>designation</source>
        <translation>designação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>level: international, regional, national, local</source>
        <translation>nível: internacional, regional, nacional, local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="26"/>
        <source>IUCN category</source>
        <translation>Categoria UICN</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="136"/>
        <source>number of sites</source>
        <translation>número de locais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>impact pathway name from the catalogue, e.g. hunting</source>
        <translation>nome da via de impacto no catálogo, p. ex. hunting</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>readable name of the pathway</source>
        <translation>nome legível da via</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>outer distance of the zone in metres on the ellipsoid</source>
        <translation>distância externa da zona em metros sobre o elipsoide</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>inner distance of a ring (0 for a full disc)</source>
        <translation>distância interna de um anel (0 para um disco completo)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>where the distance comes from: catalogue source, parameter or field</source>
        <translation>de onde vem a distância: fonte do catálogo, parâmetro ou campo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>confidence in the distance: high, medium, low, none</source>
        <translation>confiança na distância: high (alta), medium (média), low (baixa), none (nenhuma)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>disc (site to distance) or ring (from the previous distance)</source>
        <translation>disc (do local até a distância) ou ring (a partir da distância anterior)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>number of sites in the zone (1 unless dissolved)</source>
        <translation>número de locais na zona (1 salvo dissolução)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/zones.py" line="23"/>
        <source>area of the zone in hectares on the ellipsoid</source>
        <translation>área da zona em hectares sobre o elipsoide</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>id of the protected area (WDPAID / SITE_ID or the chosen field)</source>
        <translation>identificador da área protegida (WDPAID / SITE_ID ou o campo escolhido)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="27"/>
        <source>impact pathway</source>
        <translation>via de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>hectares of the protected area inside zones of this pathway</source>
        <translation>hectares da área protegida dentro das zonas desta via</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>hectares of the protected area (ellipsoidal)</source>
        <translation>hectares da área protegida (sobre o elipsoide)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>share (0-1) of the protected area inside these zones</source>
        <translation>proporção (0-1) da área protegida dentro destas zonas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>number of sites whose zones reach the protected area</source>
        <translation>número de locais cujas zonas alcançam a área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>those sites, &apos;; &apos;-separated</source>
        <translation>esses locais, separados por '; '</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="19"/>
        <source>number of sites inside the protected area (when sites are given)</source>
        <translation>número de locais dentro da área protegida (quando os locais são informados)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="59"/>
        <source>site</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="59"/>
        <source>protected area reached by the site&apos;s zone</source>
        <translation>área protegida alcançada pela zona do local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>its name</source>
        <translation>seu nome</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="59"/>
        <source>hectares of the protected area inside the site&apos;s zone</source>
        <translation>hectares da área protegida dentro da zona do local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pressure.py" line="59"/>
        <source>share (0-1) of the protected area inside the site&apos;s zone</source>
        <translation>proporção (0-1) da área protegida dentro da zona do local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>PACE class: protected_area, priority_landscape, critical_ecosystem, not_eligible, or unclassified (no geometry)</source>
        <translation>classe PACE: protected_area, priority_landscape, critical_ecosystem, not_eligible, ou unclassified (sem geometria)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>Global 200 status: 1 critical/endangered, 2 vulnerable, 3 stable/intact (most threatened when several)</source>
        <translation>situação Global 200: 1 crítica/em perigo, 2 vulnerável, 3 estável/intacta (a mais ameaçada quando há várias)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>for a site outside every protected area: the nearest one within the search radius</source>
        <translation>para um local fora de qualquer área protegida: a mais próxima dentro do raio de busca</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/site_classification.py" line="19"/>
        <source>share (0-1) of a polygon site&apos;s area, or a line site&apos;s length, inside protected areas; empty for points</source>
        <translation>proporção (0-1) da área de um local polígono, ou do comprimento de um local linha, dentro de áreas protegidas; vazio para pontos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="22"/>
        <source>why the trace stopped: length reached, network end, or a loop</source>
        <translation>por que o traçado parou: comprimento atingido, fim da rede, ou um laço</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/site_key.py" line="25"/>
        <source>site key: the feature id of the site in the input layer, where no field named each site</source>
        <translation>chave do local: o identificador da feição do local na camada de entrada, onde nenhum campo identificava cada local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>layer of the area</source>
        <translation>camada da área</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>protected_area (cleaned as in the classification) or area</source>
        <translation>protected_area (depurada como na classificação) ou area</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>id of the area</source>
        <translation>identificador da área</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>name of the area</source>
        <translation>nome da área</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>designation or type of the area</source>
        <translation>designação ou tipo da área</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="17"/>
        <source>hectares of the area (ellipsoidal, parcels dissolved)</source>
        <translation>hectares da área (elipsoidais, parcelas dissolvidas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="33"/>
        <source>period: 2019, 2025-Q2 or 2025-05</source>
        <translation>período: 2019, 2025-Q2 ou 2025-05</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="38"/>
        <source>trend of the area: new, accelerating, growing, steady, slowing, no_new_mining</source>
        <translation>tendência da área: new, accelerating, growing, steady, slowing, no_new_mining</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>first day of the period</source>
        <translation>primeiro dia do período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>hectares of new mining in the area in the period (dissolved)</source>
        <translation>hectares de mineração nova na área no período (dissolvidos)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>hectares of mining in the area up to the end of the period</source>
        <translation>hectares minerados na área até o fim do período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>share (0-1) of the area mined up to the end of the period</source>
        <translation>proporção (0-1) da área minerada até o fim do período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>footprints or sites new in the period (or grown, for snapshots)</source>
        <translation>áreas mineradas ou locais novos no período (ou ampliados, para retratos)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>footprints or sites in the area up to the end of the period</source>
        <translation>áreas mineradas ou locais na área até o fim do período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>new hectares minus those of the period before</source>
        <translation>hectares novos menos os do período anterior</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>that change in percent of the period before (empty after none)</source>
        <translation>essa variação em porcentagem do período anterior (vazio após um sem mineração)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>hectares of the period&apos;s footprints already mined before (counted once)</source>
        <translation>hectares das áreas mineradas do período já minerados antes (contados uma vez)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>snapshots: hectares of the snapshot before missing from this one (not subtracted)</source>
        <translation>retratos: hectares do retrato anterior ausentes deste (não subtraídos)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>mined area field apportioned as AMW does: mined ha x share of the polygon inside</source>
        <translation>campo de área minerada repartido como faz o AMW: ha minerados x proporção do polígono dentro</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="45"/>
        <source>the same, up to the end of the period</source>
        <translation>o mesmo, até o fim do período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>first period with mining</source>
        <translation>primeiro período com mineração</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>last period with new mining</source>
        <translation>último período com mineração nova</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>hectares mined at the end</source>
        <translation>hectares minerados no fim</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>share (0-1) of the area mined</source>
        <translation>proporção (0-1) da área minerada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>new mining of the last period</source>
        <translation>mineração nova do último período</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>footprints or sites in the area</source>
        <translation>áreas mineradas ou locais na área</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>apportioned mined area, all periods</source>
        <translation>área minerada repartida, todos os períodos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>date of the latest decision</source>
        <translation>data da última decisão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="113"/>
        <source>sites decided in the area</source>
        <translation>locais decididos na área</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>periods compared on each side of the decision (0: too early)</source>
        <translation>períodos comparados de cada lado da decisão (0: cedo demais)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>new mining per period before it</source>
        <translation>mineração nova por período antes dela</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>new mining per period after it</source>
        <translation>mineração nova por período depois dela</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>footprint or site id</source>
        <translation>identificador da área minerada ou do local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>first period of the footprint or site</source>
        <translation>primeiro período da área minerada ou do local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>last period of the footprint or site</source>
        <translation>último período da área minerada ou do local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>number of areas it lies in</source>
        <translation>número de áreas em que se encontra</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>their ids, &apos;; &apos;-separated</source>
        <translation>seus identificadores, separados por '; '</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>their names, &apos;; &apos;-separated</source>
        <translation>seus nomes, separados por '; '</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>hectares of the footprint (ellipsoidal)</source>
        <translation>hectares da área minerada (elipsoidais)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="137"/>
        <source>mined area field as given</source>
        <translation>campo de área minerada tal como dado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>site decided</source>
        <translation>local decidido</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>approach decided</source>
        <translation>abordagem decidida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>date of the decision</source>
        <translation>data da decisão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>area holding the site</source>
        <translation>área que contém o local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>ha (footprints) or sites (points)</source>
        <translation>ha (áreas mineradas) ou locais (pontos)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>new mining in those periods before</source>
        <translation>mineração nova nesses períodos antes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>new mining in those periods after</source>
        <translation>mineração nova nesses períodos depois</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/tables.py" line="160"/>
        <source>the same in words</source>
        <translation>o mesmo em palavras</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/output_schema.py" line="19"/>
        <source>layer the protected area was read from</source>
        <translation>camada da qual a área protegida foi lida</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/outputs.py" line="201"/>
        <source>nothing was written</source>
        <translation>nada foi escrito</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/outputs.py" line="251"/>
        <source>The disk is full: {path} could not be written. Free some space or choose another disk; the earlier file, if any, is left as it was.</source>
        <translation>O disco está cheio: não foi possível escrever {path}. Liberte espaço ou escolha outro disco; o ficheiro anterior, se existir, fica como estava.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/outputs.py" line="259"/>
        <source>{path} could not be written ({reason}); the earlier file, if any, is left as it was.</source>
        <translation>Não foi possível escrever {path} ({reason}); o ficheiro anterior, se existir, fica como estava.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/outputs.py" line="297"/>
        <source>the image could not be saved</source>
        <translation>não foi possível guardar a imagem</translation>
    </message>
</context>
<context>
    <name>PaPressureAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="132"/>
        <source>Pressure on protected areas</source>
        <translation>Pressão sobre as áreas protegidas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="73"/>
        <source>asm,mining,impact,pressure,protected,area,wdpa,hectares,share</source>
        <translation>asm,mape,garimpo,impacto,pressão,área protegida,wdpa,hectares,proporção</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="94"/>
        <source>Impact zones and mercury corridors</source>
        <translation>Zonas de impacto e corredores de mercúrio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="99"/>
        <source>Pathway field of the zones</source>
        <translation>Campo da via das zonas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="107"/>
        <source>Site id field of the zones</source>
        <translation>Campo de identificador de local das zonas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="115"/>
        <source>Protected areas (WDPA polygons and points, or a national layer)</source>
        <translation>Áreas protegidas (polígonos e pontos da WDPA, ou uma camada nacional)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="123"/>
        <source>Mining sites (optional: to list the sites inside each protected area)</source>
        <translation>Locais de mineração (opcional: para listar os locais dentro de cada área protegida)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="137"/>
        <source>Protected areas reached by each site</source>
        <translation>Áreas protegidas alcançadas por cada local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="145"/>
        <source>Protected areas under pressure</source>
        <translation>Áreas protegidas sob pressão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="185"/>
        <source>Pressure: {} zones read, {} protected areas under pressure ({} rows per pathway); geometries repaired: {}; features without usable geometry skipped: {}.</source>
        <translation>Pressão: {} zonas lidas, {} áreas protegidas sob pressão ({} linhas por via); geometrias reparadas: {}; feições sem geometria utilizável ignoradas: {}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="208"/>
        <source>No impact-zone layer was given. Run Impact zones (or Downstream trace) first.</source>
        <translation>Nenhuma camada de zonas de impacto foi informada. Execute primeiro Zonas de impacto (ou Traçado a jusante).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="213"/>
        <source>The impact-zone layer &apos;{}&apos;</source>
        <translation>A camada de zonas de impacto &quot;{}&quot;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="217"/>
        <source>{} must hold polygons: use the output of Impact zones.</source>
        <translation>{} deve conter polígonos: use a saída de Zonas de impacto.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="221"/>
        <source>pathway</source>
        <translation>via</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="221"/>
        <source>site id</source>
        <translation>identificador de local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="253"/>
        <source>No protected-area layer was given. Add at least one (WDPA or national).</source>
        <translation>Nenhuma camada de áreas protegidas foi informada. Adicione ao menos uma (WDPA ou nacional).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="281"/>
        <source>{} of {} sites have impact zones.</source>
        <translation>{} de {} locais têm zonas de impacto.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="283"/>
        <source>0 of {} sites have impact zones under the key {}: the zones name their sites otherwise. Choose the site key field the zones were made with, or make the zones again from this site layer.</source>
        <translation>0 de {} locais têm zonas de impacto com a chave {}: as zonas identificam seus locais de outro modo. Escolha o campo-chave dos locais com que as zonas foram feitas, ou refaça as zonas a partir desta camada de locais.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="237"/>
        <source>{} has no {} field &apos;{}&apos;; its fields are: {}. Use the output of Impact zones, or name the right field (empty: none).</source>
        <translation>{} não tem o campo de {} &quot;{}&quot;; seus campos são: {}. Use a saída de Zonas de impacto, ou informe o campo certo (vazio: nenhum).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/pa_pressure.py" line="76"/>
        <source>&lt;p&gt;Measures how much of each protected area the impact zones of the mining sites cover, per impact pathway: hectares inside the zones, share of the protected area, how many sites contribute and which, and (if the site layer is given) which sites lie inside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Impact zones&lt;/b&gt;: one or more outputs of &lt;i&gt;Impact zones&lt;/i&gt; (full discs, not dissolved, so that sites can be counted) and of &lt;i&gt;Downstream trace&lt;/i&gt; (mercury corridors). Zones of several sites that overlap are counted once per pathway.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protected areas&lt;/b&gt;: WDPA or a national layer, cleaned as in &lt;i&gt;Classify sites&lt;/i&gt; (statuses kept, UNESCO-MAB left out, invalid polygons repaired). Parcels sharing an id are one protected area.&lt;/p&gt;&lt;p&gt;Areas are in hectares on the ellipsoid, never in planar degrees. Outputs: the pressured part of each protected area per pathway (polygons, EPSG:4326), and a table with one row per site, pathway and protected area reached.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: the &lt;i&gt;ASM-PACE assessment&lt;/i&gt; dock for each site under pressure, then &lt;i&gt;Site dossiers&lt;/i&gt; with these zones and the per-site table.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mede quanto de cada área protegida as zonas de impacto dos locais de mineração cobrem, por via de impacto: hectares dentro das zonas, proporção da área protegida, quantos locais contribuem e quais, e (se a camada de locais for informada) quais locais estão dentro dela.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zonas de impacto&lt;/b&gt;: uma ou mais saídas de &lt;i&gt;Zonas de impacto&lt;/i&gt; (discos completos, não dissolvidos, para que os locais possam ser contados) e de &lt;i&gt;Traçado a jusante&lt;/i&gt; (corredores de mercúrio). Zonas de vários locais que se sobrepõem são contadas uma vez por via.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Áreas protegidas&lt;/b&gt;: a WDPA ou uma camada nacional, depurada como em &lt;i&gt;Classificar os locais&lt;/i&gt; (situações mantidas, MAB-UNESCO de fora, polígonos inválidos reparados). Parcelas que compartilham um identificador são uma só área protegida.&lt;/p&gt;&lt;p&gt;As áreas são em hectares sobre o elipsoide, nunca em graus planos. Saídas: a parte sob pressão de cada área protegida por via (polígonos, EPSG:4326), e uma tabela com uma linha por local, via e área protegida alcançada.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Próximo passo&lt;/b&gt;: o painel &lt;i&gt;Avaliação ASM-PACE&lt;/i&gt; para cada local sob pressão, depois &lt;i&gt;Dossiês dos locais&lt;/i&gt; com estas zonas e a tabela por local.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PaceClasses</name>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="24"/>
        <source>In a protected area</source>
        <translation>Em uma área protegida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="25"/>
        <source>In a WWF priority landscape</source>
        <translation>Em uma paisagem prioritária do WWF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="26"/>
        <source>In a Global 200 ecoregion (critical ecosystem)</source>
        <translation>Em uma ecorregião prioritária Global 200 (ecossistema crítico)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="27"/>
        <source>Not PACE (outside all tested layers)</source>
        <translation>Fora do PACE (fora de todas as camadas testadas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="28"/>
        <source>Not classified (site has no geometry)</source>
        <translation>Não classificado (o local não tem geometria)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="56"/>
        <source>critical or endangered</source>
        <translation>crítica ou em perigo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="57"/>
        <source>vulnerable</source>
        <translation>vulnerável</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/pace.py" line="58"/>
        <source>relatively stable or intact</source>
        <translation>relativamente estável ou intacta</translation>
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
        <translation>Patrimônio Mundial</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/profile_page.py" line="45"/>
        <source>not recorded</source>
        <translation>não registrado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/profile_page.py" line="27"/>
        <source>Also answers the site-context question of the Management options page.</source>
        <translation>Também responde à pergunta de contexto do local da página Opções de gestão.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="171"/>
        <source>not a line after repair</source>
        <translation>não é uma linha após o reparo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/impact_zones.py" line="161"/>
        <source>no pathway applies</source>
        <translation>nenhuma via se aplica</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="17"/>
        <source>no geometry</source>
        <translation>sem geometria</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="18"/>
        <source>geometry repaired</source>
        <translation>geometria reparada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="154"/>
        <source>switched off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="154"/>
        <source>unreadable value in {field}</source>
        <translation>valor ilegível em {field}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="172"/>
        <source>zero, negative or unreadable {field}</source>
        <translation>{field} zero, negativo ou ilegível</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="183"/>
        <source>empty {field}</source>
        <translation>{field} vazio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="47"/>
        <source>could not be reprojected to WGS 84</source>
        <translation>não pôde ser reprojetado para WGS 84</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="118"/>
        <source>KBA that is not an AZE site</source>
        <translation>KBA que não é um sítio AZE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="185"/>
        <source>not a Global 200 ecoregion</source>
        <translation>não é uma ecorregião Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="41"/>
        <source>invalid geometry that could not be repaired</source>
        <translation>geometria inválida que não pôde ser reparada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="157"/>
        <source>status not kept</source>
        <translation>situação não mantida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="158"/>
        <source>UNESCO-MAB Biosphere Reserve</source>
        <translation>reserva da biosfera MAB-UNESCO</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="159"/>
        <source>point without reported area</source>
        <translation>ponto sem área declarada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="163"/>
        <source>point (circles switched off)</source>
        <translation>ponto (círculos desligados)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="165"/>
        <source>invalid geometry not repaired</source>
        <translation>geometria inválida não reparada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/shared/sites.py" line="19"/>
        <source>coordinates out of range</source>
        <translation>coordenadas fora do intervalo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/pathway_choice.py" line="164"/>
        <source>unreadable {field} (make it a number field)</source>
        <translation>{field} ilegível (transforme-o em um campo numérico)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="160"/>
        <source>point reporting more than 2,000,000 km² (larger than any protected area)</source>
        <translation>ponto que declara mais de 2.000.000 km² (maior que qualquer área protegida)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/footprints.py" line="19"/>
        <source>no polygon left after repair</source>
        <translation>nenhum polígono após o reparo</translation>
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
        <translation>paisagens</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="286"/>
        <source>ecoregions</source>
        <translation>ecorregiões</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="208"/>
        <source>The {} layer &apos;{}&apos; is empty. Remove it or choose another layer.</source>
        <translation>A camada de {} &quot;{}&quot; está vazia. Remova-a ou escolha outra camada.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="330"/>
        <source>Global 200 ecoregions</source>
        <translation>ecorregiões Global 200</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="336"/>
        <source>AZE sites</source>
        <translation>sítios AZE</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="338"/>
        <source>Not tested, as no layer was given: {}</source>
        <translation>Não testado, pois nenhuma camada foi informada: {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="274"/>
        <source>No protected-area layer was given. Add at least one (the WDPA for your country, or a national layer): without it no site can be screened.</source>
        <translation>Nenhuma camada de áreas protegidas foi informada. Adicione ao menos uma (a WDPA do seu país, ou uma camada nacional): sem ela nenhum local pode ser triado.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="259"/>
        <source>No protected area was left after cleaning (the log says what each rule left out): check the statuses to keep, the UNESCO-MAB and point options, and the layers.</source>
        <translation>Nenhuma área protegida restou após a depuração (o registro diz o que cada regra deixou de fora): verifique as situações a manter, as opções MAB-UNESCO e de pontos, e as camadas.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="314"/>
        <source>No protected area within {} km of any site: every site is not eligible (nothing was read from {}).</source>
        <translation>Nenhuma área protegida a menos de {} km de qualquer local: nenhum local é elegível (nada foi lido de {}).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="224"/>
        <source>{layer}: {schema}; fields read: {fields}</source>
        <translation>{layer}: {schema}; campos lidos: {fields}</translation>
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
        <translation>polígonos (ou pontos da WDPA com REP_AREA)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="149"/>
        <source>polygons</source>
        <translation>polígonos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="154"/>
        <source>no geometry</source>
        <translation>sem geometria</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="154"/>
        <source>lines</source>
        <translation>linhas</translation>
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
        <translation>paisagens</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="147"/>
        <source>The landscape layer &apos;{layer_name}&apos;: {error}.</source>
        <translation>A camada de paisagens &quot;{layer_name}&quot;: {error}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="193"/>
        <source>ecoregion</source>
        <translation>ecorregiões</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="154"/>
        <source>The {kind} layer &apos;{layer_name}&apos; has no {wanted}: it holds {value}. Choose a polygon layer.</source>
        <translation>A camada &quot;{layer_name}&quot; ({kind}) não tem {wanted}: ela contém {value}. Escolha uma camada de polígonos.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="273"/>
        <source>A layer has no valid CRS: set its CRS (Layer Properties &gt; Source) and run again.</source>
        <translation>Uma camada não tem SRC válido: defina o SRC (Propriedades da camada &gt; Fonte) e execute de novo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="59"/>
        <source>The protected-area layer '{layer_name}' holds points but no reported-area field (WDPA's REP_AREA, km²), so no circle can be drawn. Use the WDPA polygon layer, or a point layer with REP_AREA.</source>
        <translation>A camada de áreas protegidas &quot;{layer_name}&quot; contém pontos mas nenhum campo de área declarada (REP_AREA da WDPA, km²), então nenhum círculo pode ser desenhado. Use a camada de polígonos da WDPA, ou uma camada de pontos com REP_AREA.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_reading.py" line="172"/>
        <source>The ecoregion layer &apos;{layer_name}&apos; has no Global 200 field (G200_REGIO or G200_NUM), so its Global 200 ecoregions cannot be told apart. Use WWF&apos;s TEOW layer (wwf_terr_ecos), or tick &apos;Ecoregion layers hold only Global 200 ecoregions&apos; if every polygon of this layer is a Global 200 ecoregion.</source>
        <translation>A camada de ecorregiões &quot;{layer_name}&quot; não tem campo Global 200 (G200_REGIO ou G200_NUM), então as suas ecorregiões Global 200 não podem ser distinguidas. Use a camada TEOW do WWF (wwf_terr_ecos), ou marque &quot;As camadas de ecorregiões só contêm ecorregiões Global 200&quot; se cada polígono desta camada for uma ecorregião Global 200.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/monitoring/areas.py" line="56"/>
        <source>area</source>
        <translation>área</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="47"/>
        <source>features used: {kept} of {read}</source>
        <translation>feições usadas: {kept} de {read}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="50"/>
        <source>invalid geometries repaired: {count}</source>
        <translation>geometrias inválidas reparadas: {count}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="54"/>
        <source>points turned into circles of their reported area: {count}</source>
        <translation>pontos transformados em círculos da sua área declarada: {count}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/layer_loader.py" line="59"/>
        <source>left out ({reason}): {count}</source>
        <translation>deixadas de fora ({reason}): {count}</translation>
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
        <translation>o campo de identificador a jusante {field} (identificadores de trecho em {reach_field})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="104"/>
        <source>the downstream-id field {field} (reach ids are feature ids)</source>
        <translation>o campo de identificador a jusante {field} (os identificadores de trecho são os das feições)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="121"/>
        <source>the digitising direction of the lines (first vertex upstream)</source>
        <translation>o sentido de digitalização das linhas (primeiro vértice a montante)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="67"/>
        <source>River network: {lines} lines ({parts} parts), {without_geometry} without geometry skipped; flow direction from {direction}; {joins} loose line ends joined to a nearby river; {head_to_head} places where lines meet head to head (no outflow).</source>
        <translation>Rede hidrográfica: {lines} linhas ({parts} partes), {without_geometry} sem geometria ignoradas; sentido do fluxo segundo {direction}; {joins} pontas soltas ligadas a um rio próximo; {head_to_head} lugares onde as linhas se encontram de frente (sem saída).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="65"/>
        <source>Impact-pathway catalogue {path}: no row &apos;{pathway}&apos; with a distance_m. Give the length to trace, or restore the row.</source>
        <translation>Catálogo de vias de impacto {path}: não há linha &quot;{pathway}&quot; com distance_m. Informe o comprimento a traçar, ou restaure a linha.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="135"/>
        <source>Reading the river network...</source>
        <translation>Lendo a rede hidrográfica...</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="144"/>
        <source>River lines repaired or left out: {}</source>
        <translation>Linhas de rios reparadas ou deixadas de fora: {}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="152"/>
        <source>No downstream-id field: the flow direction is assumed to be the digitising direction of the lines. Check on the map that traces run downstream.</source>
        <translation>Sem campo de identificador a jusante: supõe-se que o sentido do fluxo é o sentido de digitalização das linhas. Confira no mapa se os traçados seguem a jusante.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/river_loading.py" line="160"/>
        <source>The river layer has no usable line. Choose another layer.</source>
        <translation>A camada de rios não tem nenhuma linha utilizável. Escolha outra camada.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="78"/>
        <source>snap distance</source>
        <translation>distância de ligação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="78"/>
        <source>length to trace</source>
        <translation>comprimento a traçar</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="78"/>
        <source>corridor width</source>
        <translation>largura do corredor</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="84"/>
        <source>The {} must be more than 0 metres (it is {:g}). Give a positive distance.</source>
        <translation>O valor &quot;{}&quot; deve ser maior que 0 metro (é {:g}). Informe uma distância positiva.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="91"/>
        <source>The corridor width ({:g} m) is beyond twice {:,.0f} km, the farthest a zone is drawn true to its area. Give a smaller width.</source>
        <translation>A largura do corredor ({:g} m) passa de duas vezes {:,.0f} km, a maior distância em que uma zona é desenhada fiel à sua área. Informe uma largura menor.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/impacts/rivers.py" line="101"/>
        <source>The length to trace, {} m, is very small (default: {} m). Lengths are in metres: for {} km, type {}.</source>
        <translation>O comprimento a traçar, {} m, é muito pequeno (padrão: {} m). Os comprimentos são em metros: para {} km, digite {}.</translation>
    </message>
</context>
<context>
    <name>SiteDossiersAlgorithm</name>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="75"/>
        <source>Site dossiers</source>
        <translation>Dossiês dos locais</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="81"/>
        <source>asm,pace,dossier,report,pdf,html,atlas,stakeholders,decision</source>
        <translation>asm,pace,dossiê,relatório,pdf,html,atlas,atores,decisão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="114"/>
        <source>Protected areas for the map</source>
        <translation>Áreas protegidas para o mapa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="114"/>
        <source>WWF priority landscapes for the map</source>
        <translation>Paisagens prioritárias do WWF para o mapa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="114"/>
        <source>Ecoregions for the map</source>
        <translation>Ecorregiões para o mapa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="128"/>
        <source>Site key field of the impact zones</source>
        <translation>Campo-chave dos locais das zonas de impacto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="147"/>
        <source>Site key field of the pressure table</source>
        <translation>Campo-chave dos locais da tabela de pressão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="159"/>
        <source>Data sources and versions to print (e.g. WDPA November 2025; WWF TEOW 2001)</source>
        <translation>Fontes e versões dos dados a imprimir (p. ex. WDPA novembro de 2025; WWF TEOW 2001)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="167"/>
        <source>Language of the dossiers</source>
        <translation>Idioma dos dossiês</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="168"/>
        <source>Dossiers (PDF)</source>
        <translation>Dossiês (PDF)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="168"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="173"/>
        <source>Dossiers (HTML)</source>
        <translation>Dossiês (HTML)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="173"/>
        <source>HTML files (*.html)</source>
        <translation>Arquivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="179"/>
        <source>Number of dossiers</source>
        <translation>Número de dossiês</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="180"/>
        <source>Number of PDF pages</source>
        <translation>Número de páginas PDF</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="294"/>
        <source>No site to write a dossier for: give site keys the workspace holds.</source>
        <translation>Nenhum local para o qual escrever um dossiê: informe chaves de locais que o espaço de trabalho contenha.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="314"/>
        <source>Map data: {sources}</source>
        <translation>Dados do mapa: {sources}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="281"/>
        <source>Contacts and sensitive stakeholders are INCLUDED: do not share widely.</source>
        <translation>Os contatos e os atores sensíveis estão INCLUÍDOS: não divulgue amplamente.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/workspace_inputs.py" line="155"/>
        <source>0 of {} sites have impact zones under the key {}: the maps will show no zone. Choose the site key field of the impact zones, or make the zones again from the classified sites.</source>
        <translation>0 de {} locais têm zonas de impacto com a chave {}: os mapas não mostrarão nenhuma zona. Escolha o campo-chave dos locais das zonas de impacto, ou refaça as zonas a partir dos locais classificados.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="122"/>
        <source>Impact zones (the output of Impact zones)</source>
        <translation>Zonas de impacto (a saída de Zonas de impacto)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="141"/>
        <source>Pressure per site (table of Pressure on protected areas)</source>
        <translation>Pressão por local (tabela de Pressão sobre as áreas protegidas)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="314"/>
        <source>none given (the sites alone)</source>
        <translation>nenhum (só os locais)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="88"/>
        <source>&lt;p&gt;Writes a &lt;b&gt;dossier&lt;/b&gt; for each site, to print or send before a meeting: a map of the site with the protected areas, landscapes, ecoregions, impact zones and mercury corridors you give (scale bar, north arrow, legend, data sources); its PACE classification and designations; pressure figures; the site profile; the stakeholders with their influence–interest grid and relation network; the fit of each management approach with its reasons; the decision, its rationale and its history; the date and the plugin version.&lt;/p&gt;&lt;p&gt;One &lt;b&gt;PDF&lt;/b&gt; holds a section of pages per site; the &lt;b&gt;HTML&lt;/b&gt; page holds the same, with its pictures in a folder beside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt;: all sites of the workspace, or the classified-sites layer (tick &lt;i&gt;Selected features only&lt;/i&gt; for a selection). &lt;b&gt;Site keys&lt;/b&gt; narrows to some sites (comma-separated).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safe to share by default&lt;/b&gt;: sensitive stakeholders (marked so in the dock, or of a sensitive group) and contacts not marked shareable are left out, and each dossier says how many. Tick &lt;i&gt;Include contacts and sensitive stakeholders&lt;/i&gt; only for a dossier that stays with people entitled to them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next step&lt;/b&gt;: take the dossiers to the meeting; record the decision in the dock, then &lt;i&gt;Export assessments (table)&lt;/i&gt; for programme reporting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escreve um &lt;b&gt;dossiê&lt;/b&gt; para cada local, para imprimir ou enviar antes de uma reunião: um mapa do local com as áreas protegidas, paisagens, ecorregiões, zonas de impacto e corredores de mercúrio que você informar (escala, seta do norte, legenda, fontes dos dados); sua classificação PACE e suas designações; os números de pressão; o perfil do local; os atores com sua grade influência–interesse e sua rede de relações; a adequação de cada abordagem de gestão com seus motivos; a decisão, sua justificativa e seu histórico; a data e a versão do complemento.&lt;/p&gt;&lt;p&gt;Um só &lt;b&gt;PDF&lt;/b&gt; contém uma seção de páginas por local; a página &lt;b&gt;HTML&lt;/b&gt; contém o mesmo, com suas imagens em uma pasta ao lado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Locais&lt;/b&gt;: todos os locais do espaço de trabalho, ou a camada de locais classificados (marque &lt;i&gt;Somente feições selecionadas&lt;/i&gt; para uma seleção). &lt;b&gt;Chaves dos locais&lt;/b&gt; restringe a alguns locais (separadas por vírgulas).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seguro para compartilhar por padrão&lt;/b&gt;: os atores sensíveis (marcados assim no painel, ou de um grupo sensível) e os contatos não marcados como compartilháveis ficam de fora, e cada dossiê diz quantos. Marque &lt;i&gt;Incluir os contatos e os atores sensíveis&lt;/i&gt; só para um dossiê que fique com pessoas autorizadas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Próximo passo&lt;/b&gt;: leve os dossiês à reunião; registre a decisão no painel, depois &lt;i&gt;Exportar as avaliações (tabela)&lt;/i&gt; para os relatórios do programa.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="135"/>
        <source>Mercury and sediment corridors (the output of Downstream trace)</source>
        <translation>Corredores de mercúrio e sedimentos (saída do Traçado a jusante)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="185"/>
        <source>No map layer is given (protected areas, landscapes, ecoregions, impact zones or corridors): the maps will show the sites alone. Choose the layers above to draw them.</source>
        <translation>Nenhuma camada foi dada para o mapa (áreas protegidas, paisagens, ecorregiões, zonas de impacto ou corredores): os mapas mostrarão só os locais. Escolha essas camadas acima para desenhá-las.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="273"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossiê</numerusform>
            <numerusform>%n dossiês</numerusform>
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
        <translation>{dossiers} em {pages}.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="153"/>
        <source>Mining per area and period (the table of Mining over time)</source>
        <translation>Mineração por área e período (a tabela de Mineração ao longo do tempo)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/algorithms/site_dossiers.py" line="255"/>
        <source>Mining per area and period</source>
        <translation>Mineração por área e período</translation>
    </message>
</context>
<context>
    <name>SiteListTask</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/site_list.py" line="45"/>
        <source>ASM-PACE: reading the sites</source>
        <translation>ASM-PACE: leitura dos locais</translation>
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
        <translation>Tipo de depósito</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>alluvial</source>
        <translation>aluvionar</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>hard rock</source>
        <translation>rocha dura</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>alluvial and hard rock</source>
        <translation>aluvionar e rocha dura</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Extraction methods</source>
        <translation>Métodos de extração</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Processing methods</source>
        <translation>Métodos de beneficiamento</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Number of miners</source>
        <translation>Número de garimpeiros</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Mercury use</source>
        <translation>Uso de mercúrio</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>not known</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Legal status of mining here</source>
        <translation>Situação legal da mineração aqui</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>legal</source>
        <translation>legal</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>legal in zones only</source>
        <translation>legal só em algumas zonas</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>illegal</source>
        <translation>ilegal</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Armed actors present</source>
        <translation>Atores armados presentes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>present</source>
        <translation>presentes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>in control</source>
        <translation>controlam o local</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Years active</source>
        <translation>Anos de atividade</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="13"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
</context>
<context>
    <name>StakeholderCharts</name>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="224"/>
        <source>interest →</source>
        <translation>interesse →</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="226"/>
        <source>influence ↑</source>
        <translation>influência ↑</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="182"/>
        <source>Colour: stance</source>
        <translation>Cor: posição</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="274"/>
        <source>Line: relation</source>
        <translation>Linha: relação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/rendering/stakeholder_charts.py" line="283"/>
        <source>thicker: stronger · arrow: one way</source>
        <translation>mais grossa: mais forte · seta: num sentido</translation>
    </message>
</context>
<context>
    <name>StakeholderPage</name>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="51"/>
        <source>Unticked (the default): the contact is left out of dossiers and exports unless asked.</source>
        <translation>Desmarcado (padrão): o contato fica de fora dos dossiês e exportações, a menos que se peça.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="101"/>
        <source>Add stakeholder</source>
        <translation>Adicionar ator</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="109"/>
        <source>Selected stakeholder</source>
        <translation>Ator selecionado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="119"/>
        <source>left out of dossiers and exports unless shareable</source>
        <translation>fica de fora dos dossiês e exportações, a menos que seja compartilhável</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="122"/>
        <source>Sensitive: leave this person out of dossiers and exports</source>
        <translation>Sensível: deixar esta pessoa de fora dos dossiês e exportações</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="125"/>
        <source>Contact may be shared</source>
        <translation>O contato pode ser compartilhado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="129"/>
        <source>Place on map</source>
        <translation>Situar no mapa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="133"/>
        <source>Remove stakeholder</source>
        <translation>Remover ator</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Influence (0–5)</source>
        <translation>Influência (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Interest (0–5)</source>
        <translation>Interesse (0–5)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Stance</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="134"/>
        <source>Location (optional)</source>
        <translation>Localização (opcional)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="213"/>
        <source>Relations</source>
        <translation>Relações</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="184"/>
        <source>strength </source>
        <translation>intensidade </translation>
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
        <translation>Relação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="193"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="194"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="199"/>
        <source>Remove relation</source>
        <translation>Remover relação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="209"/>
        <source>Influence–interest</source>
        <translation>Influência–interesse</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="209"/>
        <source>Influence–interest grid</source>
        <translation>Grade influência–interesse</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="213"/>
        <source>Relation network</source>
        <translation>Rede de relações</translation>
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
        <translation>Exportar também os contatos e os atores sensíveis</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="260"/>
        <source>{source} {arrow} {target}: {relation} (strength {strength})</source>
        <translation>{source} {arrow} {target}: {relation} (intensidade {strength})</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="319"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="324"/>
        <source>Click the map to place this stakeholder (now: {where})</source>
        <translation>Clique no mapa para situar este ator (agora: {where})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="465"/>
        <source>%n CSV rows skipped: {errors}</source>
        <translation>
            <numerusform>%n linha CSV ignorada: {errors}</numerusform>
            <numerusform>%n linhas CSV ignoradas: {errors}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="473"/>
        <source>Import stakeholders</source>
        <translation>Importar atores</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="483"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="483"/>
        <source>Export stakeholders</source>
        <translation>Exportar atores</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="42"/>
        <source>Ticked: this person is left out of dossiers and exports unless they are explicitly included.</source>
        <translation>Marcado: esta pessoa fica de fora dos dossiês e exportações, a menos que sejam incluídos explicitamente.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="46"/>
        <source>Everyone in the group “{group}” is sensitive: left out of dossiers and exports unless they are explicitly included.</source>
        <translation>Todas as pessoas do grupo “{group}” são sensíveis: ficam de fora dos dossiês e exportações, a menos que sejam incluídos explicitamente.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="185"/>
        <source>1 weak, 2 medium, 3 strong</source>
        <translation>1 fraca, 2 média, 3 forte</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/ui/stakeholder_page.py" line="456"/>
        <source>Could not read {path}: {error}</source>
        <translation>Não foi possível ler {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Stakeholders</name>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="27"/>
        <source>Key players (engage actively)</source>
        <translation>Atores-chave (envolver ativamente)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="28"/>
        <source>Context setters (monitor, possible risk)</source>
        <translation>Atores de contexto (acompanhar, possível risco)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="29"/>
        <source>Subjects (empower)</source>
        <translation>Sujeitos (fortalecer)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="30"/>
        <source>Crowd (monitor for change)</source>
        <translation>Multidão (acompanhar mudanças)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="34"/>
        <source>Key players</source>
        <translation>Atores-chave</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="35"/>
        <source>Context setters</source>
        <translation>Atores de contexto</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="36"/>
        <source>Subjects</source>
        <translation>Sujeitos</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="37"/>
        <source>Crowd</source>
        <translation>Multidão</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="40"/>
        <source>strongly against</source>
        <translation>muito contra</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="41"/>
        <source>against</source>
        <translation>contra</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="42"/>
        <source>neutral</source>
        <translation>neutro</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="43"/>
        <source>in favour</source>
        <translation>a favor</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="44"/>
        <source>strongly in favour</source>
        <translation>muito a favor</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="78"/>
        <source>{label} must be a whole number, not {value!r}</source>
        <translation>{label} deve ser um número inteiro, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="85"/>
        <source>{label} must be between {low} and {high}, not {number}</source>
        <translation>{label} deve estar entre {low} e {high}, não {number}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="96"/>
        <source>{label} must be yes or no (1 or 0), not {value!r}</source>
        <translation>{label} deve ser sim ou não (1 ou 0), não {value!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="107"/>
        <source>a stakeholder needs a name</source>
        <translation>um ator precisa de um nome</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="109"/>
        <source>unknown stakeholder group {group!r}</source>
        <translation>grupo de atores desconhecido {group!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="134"/>
        <source>a location needs both longitude and latitude</source>
        <translation>uma localização precisa de longitude e latitude</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="239"/>
        <source>line 1: missing columns {columns}</source>
        <translation>linha 1: faltam as colunas {columns}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="265"/>
        <source>line {line}: {problem}</source>
        <translation>linha {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/stakeholders.py" line="138"/>
        <source>longitude / latitude out of range: {longitude}, {latitude} (longitude -180 to 180, latitude -90 to 90)</source>
        <translation>longitude / latitude fora do intervalo: {longitude}, {latitude} (longitude de -180 a 180, latitude de -90 a 90)</translation>
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
        <translation>{total} locais classificados: {counts}; geometrias de locais reparadas: {repaired_sites}; geometrias de referência reparadas: {repaired_references}; pontos de áreas protegidas sem área declarada deixados de fora: {dropped_points}.</translation>
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
        <translation>Nenhuma camada de áreas protegidas tem o campo {missing}. Os campos delas são: {fields}. Confira a grafia, ou deixe o parâmetro vazio para detectá-lo.</translation>
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
        <translation>Estabelecida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Proposed</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Adopted</source>
        <translation>Adotada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="39"/>
        <source>Not reported</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="21"/>
        <source>WDPA (classic schema)</source>
        <translation>WDPA (esquema clássico)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="22"/>
        <source>WDPA (November 2025 schema)</source>
        <translation>WDPA (esquema de novembro de 2025)</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="23"/>
        <source>national or other layer</source>
        <translation>camada nacional ou outra</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="27"/>
        <source>id</source>
        <translation>identificador</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="28"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="29"/>
        <source>designation</source>
        <translation>designação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="30"/>
        <source>designation type</source>
        <translation>tipo de designação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="31"/>
        <source>IUCN category</source>
        <translation>categoria UICN</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="32"/>
        <source>status</source>
        <translation>situação</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="33"/>
        <source>governance</source>
        <translation>governança</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/screening/wdpa.py" line="34"/>
        <source>reported area</source>
        <translation>área declarada</translation>
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
        <translation>não iniciada</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="8"/>
        <source>in progress</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="9"/>
        <source>decided</source>
        <translation>decidida</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="69"/>
        <source>one way</source>
        <translation>em um sentido</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/profile_fields.py" line="69"/>
        <source>both ways</source>
        <translation>nos dois sentidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/shared/site_key.py" line="119"/>
        <source>%n site(s) have no {key_field} and are not listed</source>
        <translation>
            <numerusform>%n local não tem {key_field} e não é listado</numerusform>
            <numerusform>%n locais não têm {key_field} e não são listados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="112"/>
        <source>{table} has no field {field!r}</source>
        <translation>{table} não tem o campo {field!r}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="289"/>
        <source>a relation links two different stakeholders</source>
        <translation>uma relação liga dois atores diferentes</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="291"/>
        <source>direction must be one of {RELATION_DIRECTIONS}</source>
        <translation>o sentido deve ser um de {RELATION_DIRECTIONS}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="370"/>
        <source>a decision needs a rationale</source>
        <translation>uma decisão precisa de uma justificativa</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace_schema.py" line="249"/>
        <source>The workspace {name} could not be used: {error}</source>
        <translation>Não foi possível usar o espaço de trabalho {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="456"/>
        <source>{name} is not an ASM-PACE assessment workspace (no asm_pace_meta table).</source>
        <translation>{name} não é um espaço de trabalho de avaliação ASM-PACE (sem a tabela asm_pace_meta).</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="368"/>
        <source>a decision needs an approach: choose one</source>
        <translation>uma decisão precisa de uma abordagem: escolha uma</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asm_pace_plugin/core/shared/site_key.py" line="126"/>
        <source>%n {key_field} value(s) are used by several sites, which share one assessment: {shown}</source>
        <translation>
            <numerusform>%n valor de {key_field} é usado por vários locais, que compartilham uma mesma avaliação: {shown}</numerusform>
            <numerusform>%n valores de {key_field} são usados por vários locais, que compartilham uma mesma avaliação: {shown}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace_schema.py" line="241"/>
        <source>The workspace {name} is being written by another program (another QGIS?). Your change was not saved: try again in a moment, or close the other program.</source>
        <translation>O espaço de trabalho {name} está sendo gravado por outro programa (outro QGIS?). A sua alteração não foi salva: tente de novo em instantes, ou feche o outro programa.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="478"/>
        <source>{name} was written by a newer ASM-PACE plugin (schema {current}, this one knows {SCHEMA_VERSION}): update the plugin to open it.</source>
        <translation>{name} foi gravado por uma versão mais nova do complemento ASM-PACE (esquema {current}, esta conhece {SCHEMA_VERSION}): atualize o complemento para abri-lo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="61"/>
        <source>This stakeholder was deleted meanwhile (in another QGIS?). Nothing was saved: choose the site again to see its stakeholders as they are now.</source>
        <translation>Este ator foi excluído nesse meio-tempo (em outro QGIS?). Nada foi salvo: escolha o local de novo para ver os atores como estão agora.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="302"/>
        <source>One of the two stakeholders of this relation was deleted meanwhile (in another QGIS?). The relation was not saved: choose the stakeholders again.</source>
        <translation>Um dos dois atores desta relação foi excluído nesse meio-tempo (em outro QGIS?). A relação não foi salva: escolha os atores de novo.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="468"/>
        <source>{name} is damaged: its schema version is {row!r}, not a number (the table asm_pace_meta was edited by hand?). Restore the file from a backup.</source>
        <translation>{name} está danificado: sua versão de esquema é {row!r}, não um número (a tabela asm_pace_meta foi editada à mão?). Restaure o arquivo a partir de um backup.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace.py" line="492"/>
        <source>{name} is damaged: it lacks its table(s) or column(s) {missing} (deleted by hand or by another program?). Restore the file from a backup; nothing was changed in it.</source>
        <translation>{name} está danificado: faltam tabelas ou colunas {missing} (excluídas à mão ou por outro programa?). Restaure o arquivo a partir de um backup; nada foi alterado nele.</translation>
    </message>
    <message>
        <location filename="../../asm_pace_plugin/core/assessment/workspace_schema.py" line="288"/>
        <source>{name} is empty: it is not an assessment workspace yet. Choose the .gpkg the dock writes (the dock makes a new one when you start an assessment).</source>
        <translation>{name} está vazio: ainda não é um espaço de trabalho de avaliação. Escolha o .gpkg que o painel escreve (o painel cria um novo quando inicia uma avaliação).</translation>
    </message>
</context>
</TS>
