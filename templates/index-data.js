{#- Every row of an index for its type-ahead filter; a script, because pages opened from file:// cannot fetch JSON. -#}
{% if page.key == "quotes" %}
{% set data = [] %}
{% for ref in rows %}
{% set who = speaker_of(ref.quote) %}
{% set _ = data.append({"s": ref.quote.speaker or (who.name if who else "Unknown speaker"), "h": url(who) if who else "", "t": ref.quote.text|quote_excerpt|shorten(200), "u": url(ref.article, ref.quote.id), "a": ref.article.meta.title, "d": ref.article.meta.date.isoformat()}) %}
{% endfor %}
{% elif page.key == "tags" %}
{% set data = [] %}
{% for slug, name, n in rows %}{% set _ = data.append({"n": name, "u": url(PageId('tag', slug)), "c": n}) %}{% endfor %}
{% else %}
{% set data = [] %}
{% for info, mentions, articles in rows %}{% set _ = data.append({"n": info.name, "u": url(info), "c": mentions, "a": articles, "r": info.role}) %}{% endfor %}
{% endif %}
window.SB_INDEX = {{ {"kind": page.key, "rows": data}|script_json }};
