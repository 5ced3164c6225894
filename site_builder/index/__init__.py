"""Index stage: what the pages need across articles (by date, by tag, by entity, quotes)."""
