"""pdfium is not thread-safe: the API reads PDFs from several threads at once (analyses run in
threads, uploads are checked in request threads). Without one lock around every call into pdfium,
the process dies of a segmentation fault — CI saw it on 2026-12-07. The readers run in a child
process so that a crash fails this test instead of killing the test run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

_CHILD = r"""
import sys, threading
from pathlib import Path
from api.validation import pdf_pages
from clausecheck.ingestion.base import Limits
from clausecheck.ingestion.pdf import read_pdf

datas = [path.read_bytes() for path in sorted(Path(sys.argv[1]).rglob("*.pdf"))]
assert len(datas) >= 3, datas
failures = []

def work(seed):
    try:
        for round_ in range(10):
            for data in datas[seed % len(datas):] + datas[:seed % len(datas)]:
                extracted = read_pdf(data, Limits())
                assert extracted.pages and pdf_pages(data) == len(extracted.pages)
    except Exception as error:  # an assertion or a reader's error: reported, not a crash
        failures.append(repr(error))

threads = [threading.Thread(target=work, args=(seed,)) for seed in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("failures:", failures)
sys.exit(1 if failures else 0)
"""


def test_pdfs_read_from_several_threads_at_once_do_not_crash_the_process() -> None:
    run = subprocess.run([sys.executable, "-c", _CHILD, str(SAMPLES)], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, (run.returncode, run.stdout[-2000:], run.stderr[-2000:])
