"""One run seen from inside an epoch: frames, time travel, Step sample, neurons."""
