"""Load stage: read settings, the entity registry and every article from the content folder."""
