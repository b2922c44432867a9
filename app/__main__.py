"""`python -m app` and the `jalon` command."""

import multiprocessing

from app.cli.main import main

if __name__ == "__main__":
    # A built program starts itself again for a large merge's verification process
    # (app/services/merge/process_verifier.py); this lets that copy become the worker.
    multiprocessing.freeze_support()
    main()
