"""The house: the store, the state and the server start without the reader, and the public names."""

from __future__ import annotations

import subprocess
import sys


def test_the_store_the_state_and_the_server_do_not_load_spacy() -> None:
    code = (
        "import sys, legation, legation.store, legation.state.queries, legation.faces.server;"
        "assert 'spacy' not in sys.modules, sorted(m for m in sys.modules if m.startswith('legation'))"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_public_names_import_from_legation() -> None:
    from legation import Store, extract_document, pair_state, read_document

    assert callable(extract_document) and callable(pair_state) and callable(read_document) and Store
