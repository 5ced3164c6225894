{#- Every row of an index for its type-ahead filter; a script, because pages opened from file:// cannot fetch JSON. The rows are encoded one by one in Python (render/index_data.py): the quotes index of a large archive has hundreds of thousands. -#}
window.SB_INDEX = {{ index_json(page.key, rows) }};
