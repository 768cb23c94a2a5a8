#!/usr/bin/env python3
"""Regenerate the demonstrations of docs/bilan.md by running the real CLI on the real files.

    .venv/bin/python scripts/bilan_docs.py            # needs ../shared/decp; rewrites docs/bilan.md blocks

Runs, as a user would:
  1. `clausecheck bilan --decp <every .json/.zip/.csv of ../shared/decp/data> --json …` (import of each file);
  2. the same with `--acheteur 21590163800019` (the town's three years: indicators and rotation);
  3. `clausecheck scan samples --json …`, then `clausecheck bilan --decp <DECP of the samples, one
     declaration wrong> --scan … --acheteur 21999999900013 --json …` (the cross-check);
and pastes figures from the JSON it wrote between the `<!-- demo:NAME:start -->` markers.
Nothing in those blocks is typed by hand.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "decp" / "data"
CLI = [sys.executable, "-m", "clausecheck.interfaces.cli"]
TOWN = "21590163800019"
NBSP = "\u202f"


def fr(n: float | None, decimals: int = 0) -> str:
    if n is None:
        return "non renseigné"
    return f"{n:,.{decimals}f}".replace(",", NBSP).replace(".", ",")


def money(n: float | None) -> str:
    return fr(n) + " €" if n is not None else "non renseigné"


def pct(share: dict) -> str:
    if share["value"] is None:
        return f"non renseigné ({fr(share['unknown'])} marchés)"
    return f"{fr(share['value'] * 100, 1)} % ({share['count']}/{share['known']})"


def run(args: list[str], cwd: Path = ROOT) -> int:
    completed = subprocess.run([*CLI, *args], cwd=cwd, capture_output=True, text=True)
    if completed.returncode not in (0, 1):
        raise SystemExit(f"échec de {' '.join(args)} :\n{completed.stderr}")
    return completed.returncode


def command(args: list[str]) -> str:
    shown = [a.replace(str(DATA), "../shared/decp/data").replace(str(ROOT) + "/", "") for a in args]
    shown = [("/tmp/" + Path(a).name) if a.startswith(tempfile.gettempdir()) else a for a in shown]
    return "clausecheck " + " ".join(shown)


def imports_block(data: dict, args: list[str], code: int) -> str:
    lines = ["```", command([*args[:3], "…", *args[-2:]]), f"# code de sortie : {code}", "```", "",
             "| Fichier | Format | Lignes | Lus | Importés | Écartés (motif : nombre) |", "|---|---|---:|---:|---:|---|"]
    for f in data["files"]:
        reasons = " ; ".join(f"{code} : {fr(n)}" for code, n in f["rejected_by_reason"].items())
        if f["error"]:
            reasons = (reasons + " ; " if reasons else "") + f"**fichier non lu** : {f['error']}"
        lines.append(f"| `{f['path'].replace(str(DATA) + '/', '')}` | {f['fmt'] or '—'} | {fr(f['rows']) if f['rows'] else '—'} "
                     f"| {fr(f['read'])} | {fr(f['imported'])} | {fr(f['rejected'])} {('— ' + reasons) if reasons else ''} |")
    lines += ["", f"Total : {fr(data['read'])} lus = {fr(data['imported'])} importés + {fr(data['rejected'])} écartés "
                  f"({'comptes justes' if data['balanced'] else 'COMPTES FAUX'}). Motifs : "
              + " ; ".join(f"{data['rejection_labels'][c]} ({c}) : {fr(n)}" for c, n in data["rejected_by_reason"].items()) + ".",
              "", "Avertissements les plus fréquents (enregistrements gardés) : "
              + " ; ".join(f"`{c}` {fr(n)}" for c, n in list(data["warnings_by_code"].items())[:12]) + "."]
    return "\n".join(lines)


def dim(data: dict, dim_id: str) -> list[dict]:
    return next(d for d in data["dimensions"] if d["id"] == dim_id)["rows"]


def table(rows: list[dict], columns: list[tuple[str, callable]]) -> str:
    lines = ["| " + " | ".join(name for name, _ in columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(fn(r) for _, fn in columns) + " |" for r in rows]
    return "\n".join(lines)


def main() -> int:
    if not DATA.is_dir():
        raise SystemExit(f"{DATA} absent : la démonstration se fait sur les fichiers réels")
    files = [str(p) for p in sorted(DATA.rglob("*")) if p.is_file() and p.suffix in (".json", ".zip", ".csv")]
    blocks: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        all_args = ["bilan", "--decp", *files, "--json", str(tmp_path / "tout.json")]
        code = run(all_args)
        everything = json.loads((tmp_path / "tout.json").read_text(encoding="utf-8"))
        blocks["imports"] = imports_block(everything, all_args, code)
        town_args = ["bilan", "--decp", *files, "--acheteur", TOWN, "--json", str(tmp_path / "ville.json")]
        run(town_args)
        town = json.loads((tmp_path / "ville.json").read_text(encoding="utf-8"))
        blocks.update(indicator_blocks(everything, town, town_args))
        blocks["controle"] = crosscheck_block(tmp_path)
    doc = ROOT / "docs" / "bilan.md"
    text = doc.read_text(encoding="utf-8")
    for name, content in blocks.items():
        start, end = f"<!-- demo:{name}:start -->", f"<!-- demo:{name}:end -->"
        if start in text:
            before, rest = text.split(start, 1)
            _, after = rest.split(end, 1)
            text = f"{before}{start}\n{content}\n{end}{after}"
    doc.write_text(text, encoding="utf-8")
    print(f"{len(blocks)} démonstrations régénérées dans {doc}", file=sys.stderr)
    return 0


def indicator_blocks(everything: dict, town: dict, town_args: list[str]) -> dict[str, str]:
    cmd = "```\n" + command(["bilan", "--decp", "<les 15 fichiers>", *town_args[-4:]]) + "\n```\n\n"
    years = dim(town, "annee")
    out = {"annees": cmd + table(years, [
        ("Année", lambda r: r["label"]), ("Marchés", lambda r: fr(r["contracts"])),
        ("Montant initial HT", lambda r: money(r["amount"])), ("Montant actuel HT", lambda r: money(r["amount_current"])),
        ("Clause sociale", lambda r: pct(r["social"]["clause_sociale"])), ("Offres (moyenne)", lambda r: fr(r["offers_mean"], 1))])}
    out["dimensions"] = cmd + "\n\n".join(
        f"**{next(d['label'] for d in town['dimensions'] if d['id'] == d_id)}**\n\n"
        + table(dim(town, d_id), [("Groupe", lambda r: r["label"]), ("Marchés", lambda r: fr(r["contracts"])),
                                  ("Montant initial HT", lambda r: money(r["amount"]))])
        for d_id in ("categorie", "procedure", "tranche"))
    considered = [r for r in dim(everything, "annee") if r["social"]["au_moins_une"]["known"]]
    out["considerations"] = ("```\n" + command(["bilan", "--decp", "<les 15 fichiers>", "--json", "tout.json"]) + "\n```\n\n"
                             + "Toutes les données réelles importées, années où au moins un marché porte les considérations :\n\n"
                             + table(considered, [
                                 ("Année", lambda r: r["label"]), ("Marchés", lambda r: fr(r["contracts"])),
                                 ("Clause sociale", lambda r: pct(r["social"]["clause_sociale"])),
                                 ("Critère social", lambda r: pct(r["social"]["critere_social"])),
                                 ("Marché réservé", lambda r: pct(r["social"]["marche_reserve"])),
                                 ("Clause env.", lambda r: pct(r["environmental"]["clause_environnementale"])),
                                 ("Critère env.", lambda r: pct(r["environmental"]["critere_environnemental"]))])
                             + f"\n\nLa ville (format 2019) : clause sociale {pct(dim(town, 'ensemble')[0]['social']['clause_sociale'])}.")
    out["offres"] = "Toutes les données réelles importées :\n\n" + table(
        [r for r in dim(everything, "annee") if r["offers_known"]], [
            ("Année", lambda r: r["label"]), ("Marchés", lambda r: fr(r["contracts"])),
            ("Offres renseignées", lambda r: fr(r["offers_known"])), ("Moyenne", lambda r: fr(r["offers_mean"], 2)),
            ("Offre unique", lambda r: pct(r["single_offer"])), ("Titulaire du département", lambda r: pct(r["local_holder"]))])
    rot = town["rotation"]
    out["rotation"] = cmd + f"Achats sous le seuil retenus : {fr(rot['considered'])}. Hors rotation : " + " ; ".join(
        f"{k} : {fr(v)}" for k, v in rot["excluded"].items()) + ".\n\n" + table(rot["rows"], [
            ("Année", lambda r: str(r["year"])), ("Division CPV", lambda r: r["division_label"]),
            ("Achats", lambda r: fr(r["purchases"])), ("Montant", lambda r: money(r["amount"])),
            ("Titulaires distincts", lambda r: fr(r["distinct_holders"])),
            ("Premier titulaire", lambda r: f"{r['top_holder_name'] or r['top_holder']} ({fr(r['top_share_count'] * 100, 1)} % "
                                            f"des achats, {fr(r['top_share_amount'] * 100, 1)} % du montant)"),
            ("IHH nombre / montant", lambda r: f"{fr(r['hhi_count'])} / {fr(r['hhi_amount'])}"),
            ("Répétées < 12 mois", lambda r: fr(r["repeats_12m"]))]) + "\n\nSeuils appliqués : " + " ; ".join(
        f"`{t['id']}` {fr(t['amount_ht'])} € ({fr(t['contracts'])} marché(s) notifié(s) dans sa période)"
        for t in rot["thresholds"] if t["contracts"]) + "."
    return out


def crosscheck_block(tmp: Path) -> str:
    run(["scan", str(ROOT / "samples"), "--json", str(tmp / "scan.json"), "--quiet"])
    data = json.loads((ROOT / "tests" / "bilan" / "data" / "decp_exempleville_2026.json").read_text(encoding="utf-8"))
    for record in data["marches"]["marche"][:2]:
        record["considerationsSociales"]["considerationSociale"] = ["Critère social"]
    (tmp / "decp_exempleville.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    args = ["bilan", "--decp", str(tmp / "decp_exempleville.json"), "--scan", str(tmp / "scan.json"),
            "--acheteur", "21999999900013", "--json", str(tmp / "controle.json")]
    run(args)
    check = json.loads((tmp / "controle.json").read_text(encoding="utf-8"))["crosscheck"]
    lines = ["```", "clausecheck scan samples --json /tmp/scan.json", command(args), "```", "",
             "Dans ce fichier DECP, les lots 1 et 2 ne déclarent plus que « Critère social ».", "",
             "| Dossier | Identifiant DECP | Lot | Score | Raisons |", "|---|---|---|---:|---|"]
    lines += [f"| {m['tender_id']} | {m['decp_id']} | {m['lot'] or '—'} | {fr(m['score'], 2)} | {' ; '.join(m['reasons'])} |"
              for m in check["matches"]]
    lines += ["", f"Écarts trouvés ({len(check['discrepancies'])}) :", ""]
    lines += [f"- **{d['tender_id']}** ({', '.join(d['decp_ids'])}) : {d['message']}"
              + (f" — preuve : « {d['evidence'][0]['quote']} » ({d['evidence'][0]['document']}, page {d['evidence'][0]['page']})"
                 if d["evidence"] else "") for d in check["discrepancies"]]
    lines += ["", "Dossiers sans rapprochement : " + "; ".join(f"{t} ({why})" for t, why in check["unmatched"]) + "."]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
