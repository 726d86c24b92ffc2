"""Starting LayerLab: platform checks, the application, smoke and self checks."""
