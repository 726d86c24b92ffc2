"""The main window: its layout, menus, controls, settings and projector mode."""
