"""`python -m app` and the `jalon` command."""

import sys

from app.cli.desktop_start import DesktopStart


def main() -> None:
    """The desktop application for a line of global options only (without loading the
    command line's machinery: app/cli/desktop_start.py), else the command line."""
    desktop = DesktopStart.parse(sys.argv[1:])
    if desktop is not None:
        sys.exit(desktop.run())
    from app.cli.main import main as command_line

    command_line()


if __name__ == "__main__":
    import multiprocessing  # here: the `jalon` script imports main() from this module

    # A built program starts itself again for a large merge's verification process
    # (app/services/merge/process_verifier.py); this lets that copy become the worker.
    multiprocessing.freeze_support()
    main()
