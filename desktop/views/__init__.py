"""The training views: pipeline diagram, curves, trace table, and shared pieces."""
