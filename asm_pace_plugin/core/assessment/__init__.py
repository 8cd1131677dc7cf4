"""Assessment: the workspace, stakeholders, catalogues, the fit of each approach and the dossier's content."""
