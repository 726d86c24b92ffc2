"""Before Qt starts: can a window open here, and if not, what to install?

Qt's xcb platform aborts the whole process with a bare plugin error when a
system library is missing; that message does not tell a teacher what to do.
This check runs first and names the Debian/Ubuntu packages instead.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

# library name for ctypes.util.find_library -> Debian/Ubuntu package
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}


def missing_xcb_packages() -> list[str]:
    return [
        pkg
        for lib, pkg in XCB_LIBRARIES.items()
        if ctypes.util.find_library(lib) is None
    ]


def missing_display_message() -> str:
    """Empty when a window can open; otherwise what to do, in words."""
    if not sys.platform.startswith("linux"):
        return ""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return ""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "LayerLab needs a screen, and none was found (DISPLAY is not set).\n"
            "On a machine with no screen, run it with QT_QPA_PLATFORM=offscreen."
        )
    if platform.startswith("xcb") or not os.environ.get("WAYLAND_DISPLAY"):
        missing = missing_xcb_packages()
        if missing:
            return (
                "LayerLab cannot open its window: Qt needs system libraries that are "
                "missing here.\nInstall them with:\n"
                f"    sudo apt-get install {' '.join(missing)}"
            )
    return ""
