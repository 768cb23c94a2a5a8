"""The yearly bilan: indicators over the DECP store, supplier rotation under the threshold, cross-check
of the DECP against scanned dossiers. `build.build_bilan(store, scope, tenders)` assembles it;
docs/bilan.md documents each figure."""
