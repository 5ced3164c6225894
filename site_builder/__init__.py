"""site_builder: a static site generator for an annotated press archive.

The pipeline follows the folder names: load -> annotate -> index -> render -> write.
"""

__version__ = "0.1.0"
