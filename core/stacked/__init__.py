"""Many networks trained side by side as one stack: Compare depths' engine."""
