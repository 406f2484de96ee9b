"""The packaging files that only run on other systems (macOS, Windows, the public forge), checked here.

The macOS and Windows builds need their own runners, so a typo in Info.plist, a stale file extension
or a malformed workflow would otherwise only show up on the forge, or on a user's computer.
"""

from __future__ import annotations

import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from exitplanner import __version__
from exitplanner.plan.filenames import PLAN_SUFFIX

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _info_plist() -> dict:
    text = (PACKAGING / "macos" / "Info.plist").read_text(encoding="utf-8")
    return plistlib.loads(text.replace("@VERSION@", __version__).encode("utf-8"))


def test_the_macos_info_plist_is_complete_and_french_first():
    info = _info_plist()
    assert info["CFBundleIdentifier"] == "fr.exitplanner.ExitPlanner"
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == __version__
    assert info["CFBundleExecutable"] == "exitplanner"
    assert info["CFBundleDevelopmentRegion"] == "fr"
    assert "fr" in info["CFBundleLocalizations"]
    assert info["NSHighResolutionCapable"] is True


def test_the_macos_app_owns_the_plan_extension():
    """A plan double-clicked in the Finder opens ExitPlanner: the exported type carries our extension."""
    info = _info_plist()
    (exported,) = info["UTExportedTypeDeclarations"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == [PLAN_SUFFIX.lstrip(".")]
    assert "public.json" in exported["UTTypeConformsTo"]
    owner = next(t for t in info["CFBundleDocumentTypes"] if t["LSHandlerRank"] == "Owner")
    assert owner["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    # .json files stay their editor's: ExitPlanner is only an alternative for them.
    json_type = next(t for t in info["CFBundleDocumentTypes"] if "public.json" in t["LSItemContentTypes"])
    assert json_type["LSHandlerRank"] == "Alternate"


def test_the_windows_installer_associates_the_plan_extension():
    script = (PACKAGING / "windows" / "exitplanner.iss").read_text(encoding="utf-8-sig")
    assert re.search(r'Subkey: "Software\\Classes\\\.exitplan"', script), "the .exitplan key is registered"
    assert "PrivilegesRequired=lowest" in script, "installs without administrator rights"
    assert 'Name: "fr"' in script and 'Name: "en"' in script


def test_the_linux_mime_type_uses_the_plan_extension():
    xml = (PACKAGING / "linux" / "exitplanner-plan.xml").read_text(encoding="utf-8")
    assert f'<glob pattern="*{PLAN_SUFFIX}"/>' in xml


CHECK_JSONSCHEMA = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))


@pytest.mark.skipif(CHECK_JSONSCHEMA is None, reason="check-jsonschema not installed")
def test_the_forge_workflow_is_a_valid_github_actions_workflow():
    """Against GitHub's workflow schema as vendored by check-jsonschema: no network needed."""
    tool = CHECK_JSONSCHEMA
    workflow = PACKAGING / "ci" / "build-installers.yml"
    result = subprocess.run(
        [tool, "--builtin-schema", "vendor.github-workflows", str(workflow)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_forge_workflow_builds_tests_and_uploads_the_three_artefacts():
    workflow = (PACKAGING / "ci" / "build-installers.yml").read_text(encoding="utf-8")
    matrix = re.search(r"os: \[([^\]]+)\]", workflow).group(1)
    assert any(os.strip().startswith("windows") for os in matrix.split(","))
    assert any(os.strip().startswith("macos") for os in matrix.split(","))
    assert any(os.strip().startswith("ubuntu") for os in matrix.split(","))
    needed_parts = (
        "scripts/build-bundle.sh",
        "packaging/macos/build-dmg.sh",
        "packaging\\windows\\exitplanner.iss",
        "--self-test",
        "actions/upload-artifact",
    )
    for needed in needed_parts:
        assert needed in workflow, needed
    # Every signing step is skipped when its secret is absent (forks, pull requests).
    for step in re.findall(r"- name: Sign[^\n]*\n\s+if: ([^\n]+)", workflow):
        assert "HAS_WINDOWS_CERTIFICATE == 'true'" in step or "HAS_MACOS_CERTIFICATE == 'true'" in step


SHELL_SCRIPTS = sorted(
    [*ROOT.glob("scripts/*.sh"), *PACKAGING.glob("*/*.sh"), ROOT / ".ci" / "run"], key=lambda p: p.as_posix()
)


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck not installed")
@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_shell_scripts_pass_shellcheck(script):
    """The build, install and CI scripts run on machines we never see: no quoting or portability slips."""
    result = subprocess.run(["shellcheck", "-S", "warning", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
