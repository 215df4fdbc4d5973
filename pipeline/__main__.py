"""Commands for maintainers: python -m pipeline draft|evaluate ... (the stages run through make)."""
import sys

COMMANDS = {"draft": "pipeline.extraction.draft", "evaluate": "pipeline.extraction.evaluate"}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        raise SystemExit("usage: python -m pipeline {draft|evaluate} [options]  (see --help of each)")
    import importlib
    importlib.import_module(COMMANDS[sys.argv[1]]).main(sys.argv[2:])


if __name__ == "__main__":
    main()
