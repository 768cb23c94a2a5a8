#!/usr/bin/env python3
"""Generate a DECP file in the 2022/2024 (v2) format at national scale, from the real files' distributions.

No real v2 file with considerations exists at that scale here (../shared/decp/CATALOGUE.md §4),
so this file is **generated**, and says so in every record's `source` ("synthétique clausecheck"):

- each record starts from a real contract of ../shared/decp/data (all files the importer reads:
  the 2019 consolidated files, the town's three years, the 2024 works export), drawn at random:
  its CPV code, nature, procedure, place of execution, duration, holder and buyer come from it;
- buyers and holders are spread over more establishments than the real sample has (the last five
  digits of the SIRET re-drawn among 20 values for buyers and 12 for holders), for about as many
  buyers and firms as the national file;
- the amount is the real amount times a log-normal factor (σ = 0.3); the notification date is
  drawn uniformly over 2019-01-01 … 2025-12-31; offers received follow the 2024 export's counts;
- considerations come from the v2 schema's lists, with rates that are assumptions taken from the
  OECP census (legal-facts.md §4: about 20 % of contracts with a social consideration, 25 % with
  an environmental one): Clause sociale 15 %, Critère social 8 %, Marché réservé 1 %, Clause
  environnementale 22 %, Critère environnemental 15 % (independent draws);
- real defects are injected at small rates so the import path is the real one: dates with a time
  zone (1 %), amounts as strings (0.5 %), no notification date (0.2 %, rejected), a record
  published twice (0.3 %, set aside as duplicates).

    .venv/bin/python benchmarks/decp_synth.py OUT.json --count 1500000 [--seed 15]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "decp" / "data"
SOCIAL_RATES = (("Clause sociale", 0.15), ("Critère social", 0.08), ("Marché réservé", 0.01))
ENV_RATES = (("Clause environnementale", 0.22), ("Critère environnemental", 0.15))
PROCEDURES_V2 = {"Procédure adaptée", "Appel d'offres ouvert", "Appel d'offres restreint", "Procédure avec négociation",
                 "Marché passé sans publicité ni mise en concurrence préalable", "Dialogue compétitif"}
CCAG = {"travaux": "Travaux", "fournitures": "Fournitures courantes et services", "services": "Fournitures courantes et services"}


def real_pool() -> tuple[list[tuple], list[int]]:
    """Real contracts (buyer, cpv, procedure group, place, duration, amount, holder, category) and offer counts."""
    from clausecheck.ingestion.decp import Importer, open_store

    files = sorted(p for p in DATA.rglob("*") if p.suffix in (".json", ".zip", ".csv"))
    if not files:
        raise SystemExit(f"{DATA} absent : les distributions réelles sont nécessaires pour générer le fichier")
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "pool.duckdb")
        Importer(store).import_paths(files)
        pool = store.con.execute(
            "SELECT buyer_siret, cpv, procedure_group, place_code, place_type, duration_initial, amount_initial, "
            "first_holder, category FROM contracts WHERE kind = 'marche' AND cpv IS NOT NULL "
            "AND amount_initial IS NOT NULL AND first_holder IS NOT NULL").fetchall()
        offers = [r[0] for r in store.con.execute("SELECT offers FROM contracts WHERE offers IS NOT NULL").fetchall()]
        store.close()
    return pool, offers


def _siret(base: str, rng: random.Random, spread: int) -> str:
    if len(base) != 14 or not base.isdigit():
        return base
    return base[:9] + f"{rng.randrange(spread):05d}"


def record(i: int, real: tuple, offers: list[int], rng: random.Random, start: date, days: int) -> dict:
    buyer, cpv, procedure, place_code, place_type, duration, amount, holder, category = real
    notified = start + timedelta(days=rng.randrange(days))
    social = [v for v, rate in SOCIAL_RATES if rng.random() < rate] or ["Pas de considération sociale"]
    env = [v for v, rate in ENV_RATES if rng.random() < rate] or ["Pas de considération environnementale"]
    montant: object = round(amount * rng.lognormvariate(0, 0.3), 2)
    date_text = notified.isoformat()
    roll = rng.random()
    if roll < 0.01:
        date_text += "+01:00"
    elif roll < 0.015:
        montant = f"{montant:.2f}"
    rec = {
        "id": f"S{notified.year}{i:010d}"[:16], "acheteur": {"id": _siret(buyer, rng, 20)}, "nature": "Marché",
        "objet": f"Marché synthétique n° {i} (CPV {cpv})", "codeCPV": cpv,
        "techniques": {"technique": ["Sans objet"]}, "modalitesExecution": {"modaliteExecution": ["Sans objet"]},
        "marcheInnovant": False, "ccag": CCAG.get(category or "", "Pas de CCAG"), "offresRecues": rng.choice(offers),
        "attributionAvance": rng.random() < 0.3, "tauxAvance": 0.05, "typeGroupementOperateurs": "Pas de groupement",
        "procedure": procedure if procedure in PROCEDURES_V2 else "Procédure adaptée",
        "lieuExecution": {"code": place_code or "75056", "typeCode": place_type or "Code commune"},
        "dureeMois": duration or 12, "dateNotification": date_text,
        "datePublicationDonnees": (notified + timedelta(days=rng.randrange(1, 60))).isoformat(), "montant": montant,
        "typesPrix": {"typePrix": ["Définitif ferme"]}, "formePrix": "Forfaitaire", "sousTraitanceDeclaree": False,
        "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": _siret(holder, rng, 12)}}],
        "considerationsSociales": {"considerationSociale": social},
        "considerationsEnvironnementales": {"considerationEnvironnementale": env},
        "source": "synthétique clausecheck",
    }
    if roll > 0.998:
        del rec["dateNotification"]
    return rec


def generate(out: Path, count: int, seed: int = 15) -> dict:
    started = time.perf_counter()
    pool, offers = real_pool()
    rng = random.Random(seed)
    start, end = date(2019, 1, 1), date(2025, 12, 31)
    days = (end - start).days + 1
    written = duplicates = 0
    with open(out, "w", encoding="utf-8") as f:
        f.write('{"marches": {"marche": [\n')
        previous = None
        for i in range(count):
            if previous is not None and rng.random() < 0.003:
                rec = previous
                duplicates += 1
            else:
                rec = record(i, rng.choice(pool), offers, rng, start, days)
            f.write((",\n" if written else "") + json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
            written += 1
            previous = rec
        f.write("\n]}}\n")
    return {"records": written, "duplicates_injected": duplicates, "pool": len(pool), "bytes": out.stat().st_size,
            "seconds": round(time.perf_counter() - started, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1_500_000)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args(argv)
    print(json.dumps(generate(args.out, args.count, args.seed), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
