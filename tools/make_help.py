"""Write the help pages the plugin ships (resources/help/<algorithm>.html), one per algorithm.

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

from asm_pace_plugin.core.paths import GETTING_STARTED, HELP_DIR  # noqa: E402

PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{title} — ASM-PACE</title>
<link rel="stylesheet" href="help.css"></head>
<body>
<p class="nav"><a href="{start}.html">Getting started</a></p>
<h1>{title}</h1>
<p class="id">Processing: ASM-PACE &gt; {group} &gt; {title} &nbsp;·&nbsp; in models and qgis_process:
<code>{algorithm_id}</code></p>
{help}
<h2>Inputs, in the order of the dialog</h2>
<table>
<tr><th>Input</th><th>Default</th><th>Name in models and qgis_process</th></tr>
{inputs}
</table>
<h2>Outputs</h2>
<table>
<tr><th>Output</th><th>Name</th></tr>
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
        return "yes" if default else "no"
    if isinstance(default, float) and default.is_integer():
        default = int(default)
    if isinstance(default, int):
        return f"{default:,}".replace(",", "\u202f")  # a thin space: 50 000
    return str(default)


def _is_output(parameter):
    return parameter.isDestination()


def render_page(algorithm):
    """The HTML help page of an algorithm instance."""
    inputs = []
    for parameter in algorithm.parameterDefinitions():
        if _is_output(parameter):
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
    return PAGE.format(
        title=html.escape(algorithm.displayName()),
        group=html.escape(algorithm.group()),
        algorithm_id=html.escape(algorithm.id()),
        start=GETTING_STARTED,
        help=algorithm.shortHelpString(),
        inputs="\n".join(inputs),
        outputs="\n".join(outputs),
    )


def write_pages(provider, folder=HELP_DIR):
    """Write every algorithm's page into folder; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for algorithm in provider.algorithms():
        path = folder / f"{algorithm.name()}.html"
        path.write_text(render_page(algorithm), encoding="utf-8")
        written.append(path)
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
