"""The data model, at the bottom of the pipeline: standoff spans (spans.py), the entity registry
(registry.py) and the article types (article.py). Every stage imports it; it imports no stage."""
