"""Write the help pages the plugin ships (resources/help/<algorithm>.html), one per algorithm,
and the same in each language the plugin speaks (resources/help/<language>/<algorithm>.html).

Each algorithm's Help button opens its page (helpUrl). A page is made from the algorithm
itself: its help text, then its inputs in dialog order and its outputs, so it never says
other than the dialog. tests/test_help_pages.py fails when a page is out of date:
    .venv/bin/python tools/make_help.py
"""

import html
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from asm_pace_plugin.core.shared import compat, i18n  # noqa: E402
from asm_pace_plugin.core.shared.i18n import translate  # noqa: E402
from asm_pace_plugin.core.shared.paths import GETTING_STARTED, HELP_DIR  # noqa: E402

PAGE = """<!DOCTYPE html>
<html lang="{language}">
<head><meta charset="utf-8"><title>{title} — ASM-PACE</title>
<link rel="stylesheet" href="{css}"></head>
<body>
<p class="nav"><a href="{start}.html">{getting_started}</a></p>
<h1>{title}</h1>
<p class="id">{where}
<code>{algorithm_id}</code></p>
{help}
<h2>{inputs_heading}</h2>
<table>
<tr><th>{input}</th><th>{default}</th><th>{name_in_models}</th></tr>
{inputs}
</table>
<h2>{outputs_heading}</h2>
<table>
<tr><th>{output}</th><th>{name}</th></tr>
{outputs}
</table>
</body>
</html>
"""


def _default_text(parameter):
    default = parameter.defaultValue()
    if default is None or default == "":
        return ""
    if parameter.type() == "enum":
        values = default if isinstance(default, list) else [default]
        return "; ".join(parameter.options()[int(value)] for value in values)
    if parameter.type() == "boolean":
        return translate("HelpPages", "yes") if default else translate("HelpPages", "no")
    if isinstance(default, float) and default.is_integer():
        default = int(default)
    if isinstance(default, int):
        return i18n.number(default)  # 50,000 / 50 000, as the page's language writes it
    return str(default)


def _is_output(parameter):
    return parameter.isDestination()


def render_page(algorithm, language=i18n.SOURCE_LANGUAGE):
    """The HTML help page of an algorithm instance, in the language installed."""
    inputs = []
    for parameter in algorithm.parameterDefinitions():
        if _is_output(parameter) or parameter.flags() & compat.FLAG_HIDDEN:  # not in the dialog
            continue
        description = html.escape(parameter.description())
        if parameter.help():
            description += f'<br><span class="help">{html.escape(parameter.help())}</span>'
        inputs.append(
            f"<tr><td>{description}</td><td>{html.escape(_default_text(parameter))}</td>"
            f"<td><code>{html.escape(parameter.name())}</code></td></tr>"
        )
    outputs = [
        f"<tr><td>{html.escape(parameter.description())}</td><td><code>{html.escape(parameter.name())}</code></td></tr>"
        for parameter in algorithm.parameterDefinitions()
        if _is_output(parameter)
    ]
    outputs += [
        f"<tr><td>{html.escape(output.description())}</td><td><code>{html.escape(output.name())}</code></td></tr>"
        for output in algorithm.outputDefinitions()
        if not any(parameter.name() == output.name() for parameter in algorithm.parameterDefinitions())
    ]
    title = html.escape(algorithm.displayName())
    return PAGE.format(
        language=language,
        css="help.css" if language == i18n.SOURCE_LANGUAGE else "../help.css",
        title=title,
        where=translate(
            "HelpPages",
            "Processing: ASM-PACE &gt; {group} &gt; {title} &nbsp;·&nbsp; in models and qgis_process:",
        ).format(group=html.escape(algorithm.group()), title=title),
        algorithm_id=html.escape(algorithm.id()),
        start=GETTING_STARTED,
        getting_started=html.escape(translate("HelpPages", "Getting started")),
        help=algorithm.shortHelpString(),
        inputs_heading=html.escape(translate("HelpPages", "Inputs, in the order of the dialog")),
        input=html.escape(translate("HelpPages", "Input")),
        default=html.escape(translate("HelpPages", "Default")),
        name_in_models=html.escape(translate("HelpPages", "Name in models and qgis_process")),
        inputs="\n".join(inputs),
        outputs_heading=html.escape(translate("HelpPages", "Outputs")),
        output=html.escape(translate("HelpPages", "Output")),
        name=html.escape(translate("HelpPages", "Name")),
        outputs="\n".join(outputs),
    )


def write_pages(provider, folder=HELP_DIR):
    """Write every algorithm's page into folder, in English, and into folder/<language> in each
    language the plugin speaks; returns the paths written."""
    written = []
    for language in i18n.LANGUAGES:
        target = folder if language == i18n.SOURCE_LANGUAGE else folder / language
        target.mkdir(parents=True, exist_ok=True)
        i18n.install_translator(language)
        try:
            for algorithm in provider.algorithms():
                fresh = algorithm.createInstance()  # its parameters made in this language
                fresh.initAlgorithm({})
                path = target / f"{algorithm.name()}.html"
                path.write_text(render_page(fresh, language), encoding="utf-8")
                written.append(path)
        finally:
            i18n.remove_translator()
    return written


def main():
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    from asm_pace_plugin.provider import AsmPaceProvider

    provider = AsmPaceProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    for path in write_pages(provider):
        print(path.relative_to(REPO))
    QgsApplication.processingRegistry().removeProvider(provider)


if __name__ == "__main__":
    main()
