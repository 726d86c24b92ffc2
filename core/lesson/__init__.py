"""What the lesson says about a run, measured: stages, linear probe, insight, depths."""
