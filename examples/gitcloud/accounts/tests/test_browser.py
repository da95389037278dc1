"""The page in a headless browser: examples/gitcloud/test/browser.test.mjs (node --test,
playwright-core driving Debian's chromium) against the services these fixtures start on a fresh
database. Screenshots go to GITCLOUD_SCREENSHOTS (scripts/suites/gitcloud.sh: the suite's output
folder, build/test-output/gitcloud/screenshots) or else to the test's temporary directory."""

import os
import pathlib
import subprocess

from conftest import ACCOUNTS

BROWSER_TEST = ACCOUNTS.parent / "test" / "browser.test.mjs"


def test_page_in_chromium(service, actions_service, dbname, tmp_path: pathlib.Path):
    shots = os.environ.get("GITCLOUD_SCREENSHOTS") or str(tmp_path / "screenshots")
    env = {
        **os.environ,
        "GITCLOUD_URL": f"http://127.0.0.1:{service.port}",
        "GITCLOUD_ACTIONS_URL": f"http://127.0.0.1:{actions_service.port}",
        "GITCLOUD_SCREENSHOTS": shots,
        "PGDATABASE": dbname,
    }
    r = subprocess.run(
        ["node", "--test", "--test-reporter=spec", str(BROWSER_TEST)],
        cwd=ACCOUNTS.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, f"{r.stdout}\n{r.stderr}"
    assert sorted(p.name for p in pathlib.Path(shots).glob("*.png"))[:1] == ["01-nobody.png"]
