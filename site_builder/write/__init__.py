"""Write stage: put the rendered files on disk without ever losing the previous site."""
