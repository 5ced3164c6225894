"""Render stage: pages (identity) -> URLs -> HTML through Jinja templates."""
