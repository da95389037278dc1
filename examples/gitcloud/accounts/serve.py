"""Runs the accounts service: /usr/bin/python3 serve.py --dsn DSN [--host H] [--port N]."""

import argparse
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
# clients/python first: the pg_polar client package (not the extension's pg_polar.so).
sys.path[:0] = [str(HERE.parents[2] / "clients" / "python"), str(HERE)]

from app import create_app  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dsn", required=True, help="libpq connection string of the GitCloud database")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=55420)
    args = parser.parse_args()
    create_app(args.dsn).run(host=args.host, port=args.port, threaded=True)


if __name__ == "__main__":
    main()
