"""The Qt application: the window, its views and dialogs over the Qt-free core."""
