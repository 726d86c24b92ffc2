"""Running training from the GUI: the controller, the worker thread, pace and clock."""
