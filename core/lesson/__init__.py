"""What the lesson says about a run, measured: stages, observations, insight."""
