{#- One shard of the quotes index's filter rows, loaded by index-filter.js as a script when the filter needs it (render/index_data.py). -#}
window.SB_INDEX_SHARD({{ page.page }}, {{ index_json("quotes", rows) }});
