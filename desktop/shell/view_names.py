"""The views' names on the command line, one table for ``--view`` and the tabs.

``main.py --smoke-test --screenshot PATH --view NAME`` shows the tab named
here before saving the window; a feature names its tab from this table when it
adds it (``WindowServices.add_view_tab``), so a name in ``--help`` always
reaches a tab and a new view cannot be added without a name. This module
imports nothing: the argument parser reads it before Qt is loaded.
"""

from __future__ import annotations

VIEW_NAMES: dict[str, str] = {
    "training": "the curves and the epoch-by-epoch table",
    "activations": "each layer's activations for a batch",
    "prediction-trace": "one example through every layer",
    "backward": "the gradients flowing back",
    "weights": "the weight matrices",
    "insight": "the key insight, measured",
    "compare": "Compare depths",
    "boundary": "the decision boundary",
    "results": "the confusion matrix or the residual plots",
    "network": "every unit drawn as its picture over the plane",
    "untangle": "the classes untangling, layer by layer",
    "pieces": "the pieces a ReLU network cuts the plane into",
}


def check_view_name(name: str) -> str:
    """``name`` if the table has it; otherwise ValueError naming the choices."""
    if name not in VIEW_NAMES:
        raise ValueError(
            f"Unknown view {name!r}; the views are: {', '.join(VIEW_NAMES)}."
        )
    return name
