import subprocess
import sys

from tests.conftest import ROOT


def test_core_imports_no_qt():
    code = (
        "import sys, core, core.cli, core.engine.training, core.data.datasets\n"
        "from core import Trainer, TrainingConfig\n"
        "Trainer(TrainingConfig(epochs=1)).run()\n"
        "names = ('PySide6', 'shiboken6', 'pyqtgraph')\n"
        "qt = [m for m in sys.modules if m.startswith(names)]\n"
        "print(','.join(qt))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == ""
