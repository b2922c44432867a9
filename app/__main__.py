"""`python -m app` and the `jalon` command."""

from app.cli.main import main

if __name__ == "__main__":
    main()
