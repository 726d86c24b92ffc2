"""What a feature gets from the window: the run model, the action table, services."""
