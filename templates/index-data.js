{#- Every row of an index for its type-ahead filter; a script, because pages opened from file:// cannot fetch JSON. The rows are encoded one by one in Python (render/index_data.py). The quotes index has hundreds of thousands of rows in a large archive: its file is a manifest of the shards (quotes-data.js) that index-filter.js loads on demand. -#}
{% if page.key == "quotes" -%}
{% set links = [] %}{% for shard in shards %}{% set _ = links.append(url(shard)) %}{% endfor -%}
window.SB_INDEX = {{ {"kind": "quotes", "total": total, "shards": links} | script_json }};
{% else -%}
window.SB_INDEX = {{ index_json(page.key, rows) }};
{% endif %}
