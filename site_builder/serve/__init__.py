"""Live preview: `python -m site_builder serve`.

Modules, smallest first:

- ``events``  -- the Server-Sent Events broadcaster and the live state (build number, current error);
- ``rwlock``  -- a readers/writer lock: requests read, the builder's write phase writes;
- ``watcher`` -- watchdog observer, editor-noise filter and debounce;
- ``server``  -- the HTTP server: safe static files, ``/__live/*``, script injection into HTML;
- ``overlay`` -- turns a BuildError into the JSON payload the browser overlay shows;
- ``app``     -- wires builder, watcher and server together (``LiveServer``).
"""

from site_builder.serve.app import LiveServer

__all__ = ["LiveServer"]
