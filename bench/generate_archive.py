"""Generate a synthetic archive of N press articles with names, organizations, places and quotes.

Deterministic for a given N and seed. Used by build_bench.py and serve_latency.py.
    python bench/generate_archive.py 4000 bench/out/gen-4000
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

FIRST = ["Maria", "James", "Aisha", "Chen", "Olga", "Pedro", "Fatima", "John", "Ingrid", "Kofi", "Yuki", "Ahmed",
         "Laura", "Viktor", "Priya", "Samuel", "Elena", "Tomas", "Grace", "Omar"]
LAST = ["Alvarez", "Brennan", "Okafor", "Lindqvist", "Tanaka", "Haddad", "Kowalski", "Mendes", "Novak", "Reyes",
        "Schmidt", "Yilmaz", "Dubois", "Mwangi", "Petrov", "Santos", "Walsh", "Ibrahim", "Larsen", "Moreau"]
TITLES = ["Secretary", "Foreign Minister", "Senator", "Ambassador", "Prime Minister", "Spokesperson", "Governor"]
ORGS = ["the Department of State", "NATO", "the United Nations", "the European Union", "the World Bank",
        "the Ministry of Defense", "the Senate", "the International Monetary Fund"]
PLACES = ["France", "Kenya", "Brazil", "Japan", "Canada", "Germany", "India", "Mexico", "Egypt", "Poland",
          "Geneva", "Nairobi", "Tokyo", "Ottawa", "Berlin"]
TOPICS = ["trade", "security cooperation", "climate policy", "public health", "energy supplies", "refugee support",
          "maritime safety", "digital infrastructure"]
CUES = ["said", "added", "noted", "stressed", "told reporters", "emphasized"]


def article(rng: random.Random, n: int, day: date) -> str:
    people = [(rng.choice(TITLES), f"{rng.choice(FIRST)} {rng.choice(LAST)}") for _ in range(3)]
    org, place, topic = rng.choice(ORGS), rng.choice(PLACES), rng.choice(TOPICS)
    (t1, p1), (t2, p2), (t3, p3) = people
    last1, last2 = p1.split()[-1], p2.split()[-1]
    paragraphs = [
        f"{t1} {p1} met {t2} {p2} in {place} on Tuesday to discuss {topic} and the role of {org}.",
        f"“We agreed that {topic} cannot wait,” {last1} {rng.choice(CUES)}. “Our teams will meet again next month.”",
        f"{last2} said the talks were “constructive and frank” and that {place} would host a follow-up meeting.",
        f"According to a statement from {org}, both sides “reaffirmed their commitment to close cooperation.”",
        f"{t3} {p3}, who also attended, {rng.choice(CUES)}: “This is an important step for {place}.”",
        f"Officials from {rng.choice(ORGS)} and {rng.choice(PLACES)} are expected to join the next round of talks on {topic}.",
    ]
    rng.shuffle(paragraphs[3:])
    title = f"{t1} {last1} meets {t2} {last2} on {topic} ({n})"
    body = "\n\n".join(paragraphs[: rng.randint(4, 6)])
    return f'---\ntitle: "{title}"\ndate: {day.isoformat()}\nsource: "Generated Wire"\ntags: ["{topic}"]\n---\n\n{body}\n'


def generate(n: int, folder: Path, seed: int = 1) -> Path:
    rng = random.Random(seed)
    articles = folder / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    start = date(2019, 1, 1)
    for i in range(n):
        day = start + timedelta(days=i * 1000 // max(n, 1))
        (articles / f"{day.isoformat()}-article-{i:05d}.md").write_text(article(rng, i, day), encoding="utf-8")
    (folder / "site.yaml").write_text("title: Generated archive\n", encoding="utf-8")
    return folder


if __name__ == "__main__":
    generate(int(sys.argv[1]), Path(sys.argv[2]))
