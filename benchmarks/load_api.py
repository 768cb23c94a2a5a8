"""Load test of the HTTP API on loopback.

Starts `python -m api.cli serve` on 127.0.0.1 with a temporary data folder, creates an API key,
uploads N generated dossiers concurrently (default: 50 uploads of a 20-page PDF), waits for every
analysis to finish (bounded in time), and prints upload throughput and latency, end-to-end
throughput, the number of 5xx answers and of lost jobs, and the end-to-end time of one document on
a warm server.

    .venv/bin/python benchmarks/load_api.py [--uploads 50] [--concurrency 10] [--pages 20]
                                            [--workers 2] [--timeout 600] [--json OUT]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MAX_UPLOADS = 1000
MAX_TIMEOUT = 3600

CLAUSES = [
    "Article {n}.1 - Conditions d'exécution : clause sociale d'insertion",
    "Le titulaire s'engage à réaliser une action d'insertion professionnelle de {h} heures",
    "au bénéfice de personnes éloignées de l'emploi (article L2112-2 du code de la commande publique).",
    "Article {n}.2 - Le marché est décomposé en 3 lots. Montant maximum : 450 000 euros HT.",
    "Les déchets de chantier sont triés et valorisés (clause environnementale).",
    "Critères d'attribution : prix 60 %, valeur technique 30 %, performance environnementale 10 %.",
    "Les prestations sont exécutées conformément au CCTP et aux normes en vigueur.",
    "Le délai d'exécution court à compter de la notification de l'ordre de service.",
]


def make_pdf(pages: int, tag: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle(f"CCAP {tag}")
    for page in range(1, pages + 1):
        y = 800
        if page == 1:
            c.drawString(50, y, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES")
            y -= 18
            c.drawString(50, y, f"Consultation {tag} - Marché public de travaux")
            y -= 24
        for _ in range(5):
            for line in CLAUSES:
                c.drawString(50, y, line.format(n=page, h=100 * page)[:95])
                y -= 14
            y -= 6
        c.drawString(50, 30, f"CCAP {tag} - page {page}/{pages}")
        c.showPage()
    c.save()
    return buf.getvalue()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(q / 100 * (len(values) - 1))))
    return values[k]


class Server:
    def __init__(self, data_dir: Path, workers: int, executor: str):
        self.data_dir = data_dir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, CLAUSECHECK_DATA_DIR=str(data_dir), CLAUSECHECK_WORKERS=str(workers),
                   CLAUSECHECK_EXECUTOR=executor, PYTHONPATH=str(ROOT))
        env.pop("CLAUSECHECK_DATABASE_URL", None)
        env.pop("CLAUSECHECK_CORS_ORIGINS", None)
        self.log = open(data_dir.parent / "server.log", "wb")  # noqa: SIM115 (the server's log, open while it runs)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=str(ROOT), env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"le serveur s'est arrêté (code {self.proc.returncode})")
            try:
                if httpx.get(self.url + "/readyz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("le serveur n'est pas prêt à temps")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def upload(client: httpx.Client, pdf: bytes, name: str) -> tuple[int, float, str | None]:
    started = time.perf_counter()
    try:
        r = client.post("/v1/analyses", files=[("files", (name, pdf, "application/pdf"))],
                        data={"buyer": "Banc d'essai", "reference": name})
    except httpx.HTTPError:
        return 599, time.perf_counter() - started, None
    elapsed = time.perf_counter() - started
    return r.status_code, elapsed, (r.json().get("id") if r.status_code == 202 else None)


def wait_all(client: httpx.Client, ids: list[str], deadline: float, statuses: list[int]) -> dict[str, dict]:
    pending = set(ids)
    final: dict[str, dict] = {}
    while pending and time.monotonic() < deadline:
        for analysis_id in list(pending):
            try:
                r = client.get(f"/v1/analyses/{analysis_id}", params={"include_result": "false"})
            except httpx.HTTPError:
                statuses.append(599)
                continue
            statuses.append(r.status_code)
            if r.status_code != 200:
                if r.status_code == 404:
                    pending.discard(analysis_id)  # lost
                continue
            body = r.json()
            if body["status"] in ("done", "failed"):
                final[analysis_id] = {**body, "seen_at": time.monotonic()}
                pending.discard(analysis_id)
        if pending:
            time.sleep(0.25)
    return final


def single_document(client: httpx.Client, pdf: bytes, name: str, timeout: float) -> float:
    started = time.perf_counter()
    status, _, analysis_id = upload(client, pdf, name)
    if status != 202 or analysis_id is None:
        raise RuntimeError(f"dépôt refusé ({status})")
    done = wait_all(client, [analysis_id], time.monotonic() + timeout, [])
    if analysis_id not in done or done[analysis_id]["status"] != "done":
        raise RuntimeError("analyse unitaire non terminée")
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Banc de charge de l'API clausecheck (boucle locale uniquement).")
    parser.add_argument("--uploads", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2, help="CLAUSECHECK_WORKERS du serveur")
    parser.add_argument("--executor", default="process", choices=["process", "thread"])
    parser.add_argument("--timeout", type=float, default=600, help="durée maximale de l'essai (s)")
    parser.add_argument("--json", type=Path, default=None, help="écrire les mesures dans ce fichier")
    args = parser.parse_args(argv)
    uploads = max(1, min(args.uploads, MAX_UPLOADS))
    timeout = max(10.0, min(args.timeout, MAX_TIMEOUT))

    from api.cli import create_api_key
    from api.settings import Settings

    tmp = Path(tempfile.mkdtemp(prefix="clausecheck-load-"))
    data_dir = tmp / "data"
    server = None
    try:
        key = create_api_key("banc-essai", Settings(data_dir=data_dir))
        server = Server(data_dir, args.workers, args.executor)
        t0 = time.perf_counter()
        server.wait_ready()
        startup = time.perf_counter() - t0
        pdfs = [make_pdf(args.pages, f"B-{i:04d}") for i in range(uploads)]
        headers = {"Authorization": f"Bearer {key}"}
        limits = httpx.Limits(max_connections=args.concurrency + 4)
        with httpx.Client(base_url=server.url, headers=headers, timeout=120, limits=limits) as client:
            cold = single_document(client, make_pdf(args.pages, "froid"), "froid.pdf", timeout)
            warm = single_document(client, make_pdf(args.pages, "chaud"), "chaud.pdf", timeout)

            deadline = time.monotonic() + timeout
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
                results = list(pool.map(lambda i: upload(client, pdfs[i], f"dossier-{i:04d}.pdf"), range(uploads)))
            upload_wall = time.perf_counter() - started
            statuses = [r[0] for r in results]
            ids = [r[2] for r in results if r[2]]
            final = wait_all(client, ids, deadline, statuses)
            total_wall = time.perf_counter() - started

        latencies = [r[1] for r in results]
        done = [f for f in final.values() if f["status"] == "done"]
        failed = [f for f in final.values() if f["status"] == "failed"]
        lost = len(ids) - len(final)
        figures = {
            "uploads": uploads, "concurrency": args.concurrency, "pages_per_pdf": args.pages,
            "server_workers": args.workers, "executor": args.executor, "cpu_count": os.cpu_count(),
            "server_startup_s": round(startup, 2),
            "accepted": len(ids), "rejected_4xx": sum(1 for s in statuses if 400 <= s < 500),
            "responses_5xx": sum(1 for s in statuses if s >= 500),
            "upload_wall_s": round(upload_wall, 2),
            "upload_throughput_rps": round(uploads / upload_wall, 2) if upload_wall else None,
            "upload_latency_p50_s": round(percentile(latencies, 50), 3),
            "upload_latency_p95_s": round(percentile(latencies, 95), 3),
            "analyses_done": len(done), "analyses_failed": len(failed), "lost_jobs": lost,
            "end_to_end_wall_s": round(total_wall, 2),
            "analyses_per_minute": round(60 * len(done) / total_wall, 1) if total_wall else None,
            "pages_per_second": round(len(done) * args.pages / total_wall, 1) if total_wall else None,
            "single_document_cold_s": round(cold, 2),
            "single_document_warm_s": round(warm, 2),
        }
        print("Banc de charge de l'API clausecheck (127.0.0.1)")
        for name, value in figures.items():
            print(f"  {name:28s} {value}")
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
        return 0 if figures["responses_5xx"] == 0 and lost == 0 and not failed else 1
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
