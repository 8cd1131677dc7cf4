"""Page 2: stakeholders of the site, their relations, the grid and network, CSV exchange."""

from pathlib import Path

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
)

from ..core.assessment.profile_fields import RELATION_DIRECTIONS, direction_label
from ..core.assessment.stakeholders import (
    INFLUENCE_RANGE,
    INTEREST_RANGE,
    STANCE_LABELS,
    Stakeholder,
    decode_csv,
    from_csv,
    is_sensitive,
    quadrant,
    quadrant_label,
    stance_label,
    to_csv,
)
from ..core.shared import outputs
from ..core.shared.i18n import QT_TRANSLATE_NOOP, translate
from ..rendering.stakeholder_charts import InfluenceInterestGrid, RelationNetwork
from ..rendering.text import plain_tooltip
from .page import AssessmentPage, ask_file, wrapped_check, wrapping_list

ID_ROLE = Qt.ItemDataRole.UserRole


SENSITIVE_TIP = QT_TRANSLATE_NOOP(
    "StakeholderPage",
    "Ticked: this person is left out of dossiers and exports unless they are explicitly included.",
)
SENSITIVE_GROUP_TIP = QT_TRANSLATE_NOOP(
    "StakeholderPage",
    "Everyone in the group “{group}” is sensitive: left out of dossiers and exports unless they are "
    "explicitly included.",
)
SHAREABLE_TIP = QT_TRANSLATE_NOOP(
    "StakeholderPage", "Unticked (the default): the contact is left out of dossiers and exports unless asked."
)


def _combo(pairs):
    combo = QComboBox()
    for value, label in pairs:
        combo.addItem(label, value)
    return combo


def _select_data(combo, value):
    combo.setCurrentIndex(max(combo.findData(value), 0))


def _spin(bounds):
    spin = QSpinBox()
    spin.setKeyboardTracking(False)  # the value settled on is saved (and audited) once, not each key
    spin.setRange(*bounds)
    return spin


class StakeholderPage(AssessmentPage):
    def __init__(self, catalogues, canvas=None, parent=None):
        super().__init__(parent)
        self.catalogues = catalogues
        self.canvas = canvas
        self._place_tool = None
        self._people = []
        group_pairs = [(group.id, group.name) for group in catalogues.groups]
        layout = QVBoxLayout(self)
        layout.addLayout(self._add_row(group_pairs))
        self.people_list = wrapping_list(120)
        self.people_list.currentItemChanged.connect(self._show_selected)
        layout.addWidget(self.people_list)
        layout.addWidget(self._editor(group_pairs))
        self._connect_editor()
        layout.addWidget(self._relations())
        layout.addWidget(self._views(), 1)
        csv_row, include_row = self._csv_rows()
        layout.addLayout(csv_row)
        layout.addWidget(include_row)

    # -- building ---------------------------------------------------------------------------
    def _add_row(self, group_pairs):
        """A group to choose and, under it, the button that adds a stakeholder of it (side by side
        they do not fit the dock's width in French)."""
        add_row = QVBoxLayout()
        self.new_group = _combo(group_pairs)
        self.add_button = QPushButton(translate("StakeholderPage", "Add stakeholder"))
        self.add_button.clicked.connect(self.add_from_group)
        add_row.addWidget(self.new_group)
        add_row.addWidget(self.add_button)
        return add_row

    def _editor(self, group_pairs):
        """The form of the selected stakeholder (its edits are connected by _connect_editor)."""
        self.editor = QGroupBox(translate("StakeholderPage", "Selected stakeholder"))
        form = QFormLayout(self.editor)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_edit = QLineEdit()
        self.group_edit = _combo(group_pairs)
        self.influence_edit = _spin(INFLUENCE_RANGE)
        self.interest_edit = _spin(INTEREST_RANGE)
        self.stance_edit = _combo([(value, f"{value:+d} {stance_label(value)}") for value in STANCE_LABELS])
        self.goals_edit = QLineEdit()
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(
            translate("StakeholderPage", "left out of dossiers and exports unless shareable")
        )
        sensitive_row, self.sensitive_check = wrapped_check(
            translate("StakeholderPage", "Sensitive: leave this person out of dossiers and exports")
        )
        shareable_row, self.shareable_check = wrapped_check(
            translate("StakeholderPage", "Contact may be shared")
        )
        self.shareable_check.setToolTip(translate("StakeholderPage", SHAREABLE_TIP))
        self.location_button = QPushButton(translate("StakeholderPage", "Place on map"))
        self.location_button.setCheckable(True)
        self.location_button.setEnabled(self.canvas is not None)
        self.location_button.toggled.connect(self._toggle_place_tool)
        self.delete_button = QPushButton(translate("StakeholderPage", "Remove stakeholder"))
        for label, widget in (
            (translate("StakeholderPage", "Name"), self.name_edit),
            (translate("StakeholderPage", "Group"), self.group_edit),
            (translate("StakeholderPage", "Influence (0–5)"), self.influence_edit),
            (translate("StakeholderPage", "Interest (0–5)"), self.interest_edit),
            (translate("StakeholderPage", "Stance"), self.stance_edit),
            (translate("StakeholderPage", "Goals"), self.goals_edit),
            ("", sensitive_row),
            (translate("StakeholderPage", "Contact"), self.contact_edit),
            ("", shareable_row),
            (translate("StakeholderPage", "Location (optional)"), self.location_button),
            ("", self.delete_button),
        ):
            if label:
                form.addRow(label, widget)
            else:  # the whole width: a check box's words wrap in it, not in the narrow field column
                form.addRow(widget)
        return self.editor

    def _connect_editor(self):
        """Each edit of the form goes into the selected stakeholder."""
        self.name_edit.editingFinished.connect(lambda: self._update("name", self.name_edit.text()))
        self.group_edit.currentIndexChanged.connect(
            lambda: self._update("group_id", self.group_edit.currentData())
        )
        self.influence_edit.valueChanged.connect(lambda value: self._update("influence", value))
        self.interest_edit.valueChanged.connect(lambda value: self._update("interest", value))
        self.stance_edit.currentIndexChanged.connect(
            lambda: self._update("stance", self.stance_edit.currentData())
        )
        self.goals_edit.editingFinished.connect(lambda: self._update("goals", self.goals_edit.text()))
        self.contact_edit.editingFinished.connect(lambda: self._update("contact", self.contact_edit.text()))
        self.sensitive_check.toggled.connect(lambda checked: self._update("sensitive", checked))
        self.shareable_check.toggled.connect(lambda checked: self._update("contact_sensitive", not checked))
        self.delete_button.clicked.connect(self.delete_selected)

    def _relations(self):
        """The relation form (from, type, to, direction, strength), the list and its remove button."""
        relations = QGroupBox(translate("StakeholderPage", "Relations"))
        relation_layout = QVBoxLayout(relations)
        relation_form = QFormLayout()
        relation_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.relation_from = QComboBox()
        self.relation_type = _combo([(kind.id, kind.name) for kind in self.catalogues.relation_types])
        self.relation_to = QComboBox()
        self.relation_direction = _combo(
            [(direction, direction_label(direction)) for direction in RELATION_DIRECTIONS]
        )
        self.relation_strength = _spin((1, 3))
        self.relation_strength.setValue(2)
        self.relation_strength.setPrefix(translate("StakeholderPage", "strength "))
        self.relation_strength.setToolTip(translate("StakeholderPage", "1 weak, 2 medium, 3 strong"))
        self.add_relation_button = QPushButton(translate("StakeholderPage", "Relate"))
        self.add_relation_button.clicked.connect(self.add_relation)
        how = QHBoxLayout()
        for widget in (self.relation_strength, self.add_relation_button):
            how.addWidget(widget)
        relation_form.addRow(translate("StakeholderPage", "From"), self.relation_from)
        relation_form.addRow(translate("StakeholderPage", "Relation"), self.relation_type)
        relation_form.addRow(translate("StakeholderPage", "To"), self.relation_to)
        relation_form.addRow(translate("StakeholderPage", "Direction"), self.relation_direction)
        relation_form.addRow("", how)
        relation_layout.addLayout(relation_form)
        self.relation_list = wrapping_list(90)
        relation_layout.addWidget(self.relation_list)
        self.delete_relation_button = QPushButton(translate("StakeholderPage", "Remove relation"))
        self.delete_relation_button.clicked.connect(self.delete_selected_relation)
        relation_layout.addWidget(self.delete_relation_button)
        return relations

    def _views(self):
        """The influence-interest grid and the relation network, a click selecting a stakeholder."""
        self.views = QTabWidget()
        self.grid = InfluenceInterestGrid()
        self.network = RelationNetwork()
        self.views.setTabToolTip(
            self.views.addTab(self.grid, translate("StakeholderPage", "Influence–interest")),
            translate("StakeholderPage", "Influence–interest grid"),
        )
        self.views.setTabToolTip(
            self.views.addTab(self.network, translate("StakeholderPage", "Relations")),
            translate("StakeholderPage", "Relation network"),
        )
        for view in (self.grid, self.network):
            view.stakeholder_clicked.connect(self.select_stakeholder)
        self._stale, self._relations_drawn = set(), []
        self.views.currentChanged.connect(self._draw_shown)
        return self.views

    def _csv_rows(self):
        """(the import and export buttons, the check that exports sensitive details too)."""
        csv_row = QVBoxLayout()  # one above the other: side by side they pass the dock's width
        self.import_button = QPushButton(translate("StakeholderPage", "Import CSV…"))
        self.export_button = QPushButton(translate("StakeholderPage", "Export CSV…"))
        include_row, self.include_sensitive = wrapped_check(
            translate("StakeholderPage", "Export contacts and sensitive stakeholders too")
        )
        self.import_button.clicked.connect(self._ask_import)
        self.export_button.clicked.connect(self._ask_export)
        for widget in (self.import_button, self.export_button):
            csv_row.addWidget(widget)
        return csv_row, include_row

    # -- showing ----------------------------------------------------------------------------
    def refresh(self):
        selected = self.selected_id()
        self._people = self.site.workspace.stakeholders(self.site.key) if self.site else []
        relations = self.site.workspace.relations(self.site.key) if self.site else []
        names = {person.id: person.name for person in self._people}
        self.people_list.blockSignals(True)
        self.people_list.clear()
        for combo in (self.relation_from, self.relation_to):
            combo.clear()
        for person in self._people:
            group = self.catalogues.group(person.group_id)
            where = quadrant_label(quadrant(person.influence, person.interest), short=True)
            item = QListWidgetItem(f"{person.name} — {group.name if group else person.group_id} · {where}")
            item.setData(ID_ROLE, person.id)
            self.people_list.addItem(item)
            for combo in (self.relation_from, self.relation_to):
                combo.addItem(person.name, person.id)
        self.people_list.blockSignals(False)
        self.relation_list.clear()
        for relation in relations:
            kind = self.catalogues.relation_type(relation["relation_type"])
            arrow = "→" if relation["direction"] == "one way" else "↔"
            text = translate(
                "StakeholderPage", "{source} {arrow} {target}: {relation} (strength {strength})"
            ).format(
                source=names.get(relation["from_id"], "?"),
                arrow=arrow,
                target=names.get(relation["to_id"], "?"),
                relation=kind.name if kind else relation["relation_type"],
                strength=relation["strength"],
            )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, relation["fid"])
            self.relation_list.addItem(item)
        self._relations_drawn, self._stale = relations, {self.grid, self.network}
        self._draw_shown()
        self.select_stakeholder(selected if selected in names else None)

    def _draw_shown(self, *_index):
        """Draw the chart in view; the other one when its tab is shown (each redraw costs)."""
        view = self.views.currentWidget()
        if view not in self._stale:
            return
        self._stale.discard(view)
        kinds = self.catalogues.relation_types
        if view is self.grid:
            self.grid.show_stakeholders(self._people)
        else:
            colours, names = {kind.id: kind.colour for kind in kinds}, {kind.id: kind.name for kind in kinds}
            self.network.show_network(self._people, self._relations_drawn, colours, names)

    def selected_id(self):
        item = self.people_list.currentItem()
        return item.data(ID_ROLE) if item else None

    def select_stakeholder(self, stakeholder_id):
        """Make stakeholder_id (None: nobody) the selected one in the list, the form and the charts.
        The list's signal is blocked: the form is shown once, here, whatever asked for it."""
        rows = range(self.people_list.count())
        row = next((row for row in rows if self.people_list.item(row).data(ID_ROLE) == stakeholder_id), -1)
        blocked = self.people_list.blockSignals(True)
        try:
            self.people_list.setCurrentRow(row)
        finally:
            self.people_list.blockSignals(blocked)
        self._show_selected()

    def _show_selected(self, *_items):
        person = next((p for p in self._people if p.id == self.selected_id()), None)
        self.editor.setEnabled(person is not None)
        was_loading, self._loading = self._loading, True
        try:
            person = person or Stakeholder("", "")
            self.name_edit.setText(person.name)
            _select_data(self.group_edit, person.group_id)
            self.influence_edit.setValue(person.influence)
            self.interest_edit.setValue(person.interest)
            _select_data(self.stance_edit, person.stance)
            self.goals_edit.setText(person.goals)
            self.contact_edit.setText(person.contact)
            self._show_flags(person)
            where = (
                f"{person.longitude:.5f}, {person.latitude:.5f}"
                if person.longitude is not None
                else translate("StakeholderPage", "none")
            )
            self.location_button.setToolTip(
                translate("StakeholderPage", "Click the map to place this stakeholder (now: {where})").format(
                    where=where
                )
            )
        finally:
            self._loading = was_loading
        for view in (self.grid, self.network):
            view.select(person.id)

    def _show_flags(self, person):
        """The two checkboxes; a person of a sensitive group shows as sensitive, not editable."""
        group = self.catalogues.group(person.group_id)
        by_group = group is not None and group.sensitive
        self.sensitive_check.setChecked(is_sensitive(person, self.catalogues))
        self.sensitive_check.setEnabled(not by_group)
        self.sensitive_check.setToolTip(
            plain_tooltip(translate("StakeholderPage", SENSITIVE_GROUP_TIP).format(group=group.name))
            if by_group
            else translate("StakeholderPage", SENSITIVE_TIP)
        )
        self.shareable_check.setChecked(not person.contact_sensitive)

    # -- editing ----------------------------------------------------------------------------
    def add_from_group(self):
        group = self.catalogues.group(self.new_group.currentData())
        new_id = self.save(
            lambda workspace, key: workspace.add_stakeholder(key, Stakeholder(group.name, group.id))
        )
        if new_id is not None:
            self.refresh()
            self.select_stakeholder(new_id)
            self.name_edit.setFocus()
            self.name_edit.selectAll()
        return new_id

    def _update(self, field, value):
        stakeholder_id = self.selected_id()
        if stakeholder_id is None or self._loading:
            return
        current = next((p for p in self._people if p.id == stakeholder_id), None)
        if current is None or getattr(current, field) == value:
            return
        self.save(lambda workspace, _key: workspace.update_stakeholder(stakeholder_id, field, value))
        self.refresh()

    def delete_selected(self):
        stakeholder_id = self.selected_id()
        if stakeholder_id is not None:
            self.save(lambda workspace, _key: workspace.delete_stakeholder(stakeholder_id))
            self.refresh()

    def add_relation(self):
        from_id, to_id = self.relation_from.currentData(), self.relation_to.currentData()
        if from_id is None or to_id is None:
            return
        self.save(
            lambda workspace, key: workspace.add_relation(
                key,
                from_id,
                to_id,
                self.relation_type.currentData(),
                self.relation_direction.currentData(),
                self.relation_strength.value(),
            )
        )
        self.refresh()

    def delete_selected_relation(self):
        item = self.relation_list.currentItem()
        if item is not None:
            relation_id = item.data(ID_ROLE)
            self.save(lambda workspace, _key: workspace.delete_relation(relation_id))
            self.refresh()

    def _toggle_place_tool(self, active):
        from qgis.gui import QgsMapToolEmitPoint

        if active:
            if self._place_tool is None:
                self._place_tool = QgsMapToolEmitPoint(self.canvas)
                self._place_tool.canvasClicked.connect(self._placed)
                self._place_tool.deactivated.connect(lambda: self.location_button.setChecked(False))
            self.canvas.setMapTool(self._place_tool)
        elif self.canvas.mapTool() is self._place_tool:
            self.canvas.unsetMapTool(self._place_tool)

    def release_map_tool(self):
        if self._place_tool is not None:
            if self.canvas.mapTool() is self._place_tool:
                self.canvas.unsetMapTool(self._place_tool)
            self._place_tool.deleteLater()  # the canvas owns it; its slots are this page's
            self._place_tool = None

    def _placed(self, point, _button=None):
        """Store the clicked map point (in EPSG:4326) as the selected stakeholder's location."""
        from qgis.core import QgsCoordinateTransform, QgsProject

        from ..core.shared.geodesy import WGS84

        stakeholder_id = self.selected_id()
        self.location_button.setChecked(False)
        if stakeholder_id is None:
            return
        to_wgs84 = QgsCoordinateTransform(
            self.canvas.mapSettings().destinationCrs(),
            WGS84,
            QgsProject.instance(),
        )
        where = to_wgs84.transform(point)
        self.save(
            lambda workspace, _key: workspace.set_stakeholder_location(stakeholder_id, where.x(), where.y())
        )
        self.refresh()

    # -- CSV ----------------------------------------------------------------------------------
    def export_csv(self, path, include_sensitive=False):
        """Write the CSV: without include_sensitive, no sensitive stakeholder, contact or flag."""
        people = [p for p in self._people if include_sensitive or not is_sensitive(p, self.catalogues)]
        try:  # written aside, renamed when complete: a full disk keeps the earlier file
            outputs.write_text(path, to_csv(people, include_sensitive))
        except outputs.OutputWriteError as error:
            self.failed.emit(str(error))
            return False
        return True

    def import_csv(self, path):
        """Add the stakeholders of a CSV file; returns the error lines (bad rows are skipped)."""
        group_ids = {group.id for group in self.catalogues.groups}
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            message = translate("StakeholderPage", "Could not read {path}: {error}").format(
                path=path, error=error.strerror or error
            )
            self.failed.emit(message)
            return [message]
        people, errors = from_csv(decode_csv(data), group_ids)
        self.save(lambda workspace, key: workspace.add_stakeholders(key, people))
        self.refresh()
        if errors:
            self.failed.emit(
                translate("StakeholderPage", "%n CSV rows skipped: {errors}", None, len(errors)).format(
                    errors="; ".join(errors[:5])
                )
            )
        return errors

    def _ask_import(self):
        path = ask_file(
            self,
            translate("StakeholderPage", "Import stakeholders"),
            translate("StakeholderPage", "CSV (*.csv)"),
            ".csv",
        )
        if path:
            self.import_csv(path)

    def _ask_export(self):
        path = ask_file(
            self,
            translate("StakeholderPage", "Export stakeholders"),
            translate("StakeholderPage", "CSV (*.csv)"),
            ".csv",
            save=True,
        )
        if path:
            self.export_csv(path, self.include_sensitive.isChecked())
